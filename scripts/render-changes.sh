#!/usr/bin/env bash
# Opens the quarterly example's changes.xlsx in LibreOffice (headless), converts it to PDF, and renders
# the top of the Changes sheet to docs/changes.png for the README (as scripts/render-summary.sh does
# for the Summary). Fails if LibreOffice cannot open the workbook.
# Needs: libreoffice-calc (Debian: libreoffice-calc-nogui), poppler-utils (pdftoppm) and, for the
# workbook's Calibri, fonts-crosextra-carlito.
set -euo pipefail
cd "$(dirname "$0")/.."
workbook=${1:-Reports/quarterly-q1-q2/changes.xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 300 soffice --headless -env:UserInstallation=file://$work/profile --convert-to pdf --outdir "$work" "$workbook" >"$work/log" 2>&1 || {
    cat "$work/log" >&2; echo "render-changes: LibreOffice could not convert $workbook" >&2; exit 1; }
pdf="$work/$(basename "${workbook%.xlsx}").pdf"
[ -s "$pdf" ] || { cat "$work/log" >&2; echo "render-changes: no PDF was written" >&2; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "render-changes: $workbook opened in LibreOffice and converted to a ${pages:-?}-page PDF"
# Page 1 is the top of the Changes sheet (one page wide): key figures, headline changes, people,
# mentoring, the start of the holders table and chart. Crop to them.
pdftoppm -r 160 -png -singlefile -f 1 -l 1 -x 80 -y 110 -W 1640 -H 900 "$pdf" docs/changes
echo "render-changes: wrote docs/changes.png"
