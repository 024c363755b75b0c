#!/usr/bin/env bash
# Renders the example workbook's Summary sheet to docs/summary.png for the README (render-sheet.sh).
# Page 1 is the Summary sheet (printed landscape on one page); the crop takes the margins away.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/render-sheet.sh render-summary "${1:-Reports/digital-team/capability.xlsx}" docs/summary.png 110 60 70 1040 740
