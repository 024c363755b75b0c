#!/usr/bin/env bash
# Regenerates Reports/ from Examples/: one folder of reports per example roster.
# Usage: scripts/example-reports.sh [capplan-binary] [reports-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
capplan=${1:-.build/debug/capplan}
out=${2:-Reports}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}   # 2026-01-01: fixed, so the reports are byte-identical

run() { local name=$1; shift; "$capplan" analyze "$@" --out "$out/$name" --quiet; }

run ops-team Examples/ops-team.csv
run ops-team-targets Examples/ops-team.csv --targets Examples/targets.csv
run infrastructure-team Examples/infrastructure-team.csv
run infrastructure-team-long Examples/infrastructure-team-long.csv
run sre-team Examples/sre-team.csv --framework Examples/sre-framework.yaml
run digital-team Examples/digital-team.csv
run digital-team-plan Examples/digital-team.csv --attrition 0.15 --plan-hires
echo "capplan: example reports written to $out/"
