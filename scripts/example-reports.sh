#!/usr/bin/env bash
# Regenerates Reports/ from Examples/: one folder of reports per example roster.
# Usage: scripts/example-reports.sh [capplan-binary] [reports-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
capplan=${1:-.build/debug/capplan}
out=${2:-Reports}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}   # 2026-01-01: fixed, so the reports are byte-identical

run() { local name=$1; shift; "$capplan" analyze "$@" --out "$out/$name" --quiet; }
compare() { local name=$1; shift; "$capplan" compare "$@" --out "$out/$name" --quiet; }
trend() { local name=$1; shift; "$capplan" trend "$@" --out "$out/$name" --quiet; }

run ops-team Examples/ops-team.csv
run ops-team-targets Examples/ops-team.csv --targets Examples/targets.csv
run infrastructure-team Examples/infrastructure-team.csv
run infrastructure-team-long Examples/infrastructure-team-long.csv
run sre-team Examples/sre-team.csv --framework Examples/sre-framework.yaml
run digital-team Examples/digital-team.csv
run digital-team-plan Examples/digital-team.csv --attrition 0.15 --plan-hires
# Three quarters of the digital team (Examples/quarterly/README.md): what changed, the trend, and Q2's
# analysis with Q1 as its baseline; Q3 against a newer framework with one requirement raised.
compare quarterly-q1-q2 Examples/quarterly/2026-q1.csv Examples/quarterly/2026-q2.csv
compare quarterly-q2-q3 Examples/quarterly/2026-q2.csv Examples/quarterly/2026-q3.csv --framework Examples/quarterly/ddat-2026.yaml --framework-before ddat
trend quarterly-trend Examples/quarterly/2026-q1.csv Examples/quarterly/2026-q2.csv Examples/quarterly/2026-q3.csv
run quarterly-q2 Examples/quarterly/2026-q2.csv --baseline Examples/quarterly/2026-q1.csv
echo "capplan: example reports written to $out/"
