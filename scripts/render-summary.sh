#!/usr/bin/env bash
# Opens the example workbook in LibreOffice (headless), converts it to PDF, and renders the Summary
# sheet to docs/summary.png for the README. Fails if LibreOffice cannot open the workbook.
# Needs: libreoffice-calc (Debian: libreoffice-calc-nogui) and poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
workbook=${1:-Reports/digital-team/capability.xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 300 soffice --headless -env:UserInstallation=file://$work/profile --convert-to pdf --outdir "$work" "$workbook" >"$work/log" 2>&1 || {
    cat "$work/log" >&2; echo "render-summary: LibreOffice could not convert $workbook" >&2; exit 1; }
pdf="$work/$(basename "${workbook%.xlsx}").pdf"
[ -s "$pdf" ] || { cat "$work/log" >&2; echo "render-summary: no PDF was written" >&2; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "render-summary: $workbook opened in LibreOffice and converted to a ${pages:-?}-page PDF"
# Page 1 is the Summary sheet (printed landscape on one page); crop the margins away.
pdftoppm -r 110 -png -singlefile -f 1 -l 1 -x 60 -y 70 -W 1040 -H 740 "$pdf" docs/summary
echo "render-summary: wrote docs/summary.png"
