#!/usr/bin/env bash
# Renders the top of the quarterly example's Changes sheet to docs/changes.png for the README
# (render-sheet.sh). Page 1 is the top of the Changes sheet (one page wide): key figures, headline
# changes, people, mentoring, the start of the holders table and chart.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/render-sheet.sh render-changes "${1:-Reports/quarterly-q1-q2/changes.xlsx}" docs/changes.png 160 80 110 1640 900
