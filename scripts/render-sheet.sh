#!/usr/bin/env bash
# Opens a workbook in LibreOffice (headless), converts it to PDF, and renders a crop of its first page
# to a PNG for the README; scripts/render-summary.sh and scripts/render-changes.sh say which workbook
# and which crop. Fails if LibreOffice cannot open the workbook.
# Needs: libreoffice-calc (Debian: libreoffice-calc-nogui), poppler-utils (pdftoppm) and, for the
# workbook's Calibri, fonts-crosextra-carlito.
#   scripts/render-sheet.sh NAME WORKBOOK OUT.png RESOLUTION X Y WIDTH HEIGHT
set -euo pipefail
name=$1 workbook=$2 out=$3 resolution=$4 x=$5 y=$6 width=$7 height=$8
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 300 soffice --headless -env:UserInstallation=file://$work/profile --convert-to pdf --outdir "$work" "$workbook" >"$work/log" 2>&1 || {
    cat "$work/log" >&2; echo "$name: LibreOffice could not convert $workbook" >&2; exit 1; }
pdf="$work/$(basename "${workbook%.xlsx}").pdf"
[ -s "$pdf" ] || { cat "$work/log" >&2; echo "$name: no PDF was written" >&2; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "$name: $workbook opened in LibreOffice and converted to a ${pages:-?}-page PDF"
pdftoppm -r "$resolution" -png -singlefile -f 1 -l 1 -x "$x" -y "$y" -W "$width" -H "$height" "$pdf" "${out%.png}"
echo "$name: wrote $out"
