#!/usr/bin/env bash
# Issue 13's speed targets for rosters kept in Excel, on a 20,000-person wide roster
# (`capplan generate --people 20000 --seed 1`: id, name, role, level, grade, team, mentor,
# mentor_capacity and 20 skills rated by name), written as a workbook by XlsxWriter (shared strings,
# as Excel writes) and by openpyxl (inline strings):
#
#   1. reading it at least 10 times faster than pandas.read_excel(path, engine="openpyxl"):
#      - the reader alone (xlsx-bench: file to table of cells, in the process, as pandas' read_excel is
#        file to DataFrame), with libxml2 (the parser kept) and Foundation's XMLParser (for comparison);
#      - the whole of `capplan validate` (process start, framework, reading, checking every cell of
#        the roster), against pandas' read alone;
#   2. `capplan analyze` of the workbook at most 1.3 times `capplan analyze` of the same roster as CSV.
#
# Each comparison alternates its runs (the order flips every round) and prints the medians of ROUNDS
# rounds (default 5) and their ratio. Each pandas run is a fresh python3 timing only read_excel (not
# its start-up or imports). Needs pandas, openpyxl and xlsxwriter (pip-installed if missing).
#
#   scripts/benchmark-xlsx.sh [ROUNDS]
set -euo pipefail
rounds=${1:-5}
cd "$(dirname "$0")/.."
python3 -c "import pandas, openpyxl, xlsxwriter" 2>/dev/null \
    || python3 -m pip install -q pandas openpyxl xlsxwriter 2>/dev/null \
    || python3 -m pip install -q --break-system-packages pandas openpyxl xlsxwriter
swift build -c release --product capplan >/dev/null
swift build -c release --product xlsx-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin/capplan" generate --people 20000 --seed 1 -o "$work/team.csv"
python3 Benchmarks/roster_workbooks.py "$work/team.csv" "$work"

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.4f\n", ns / 1e9 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

reader() {   # seconds for one read by the reader alone: PARSER FILE
    "$bin/xlsx-bench" --parser "$1" "$2" | sed -n 's/^median: \([0-9.]*\) ms.*/\1/p' | awk '{ printf "%.4f\n", $1 / 1000 }'
}
pandas() {   # seconds for one pandas.read_excel: FILE
    python3 -c '
import sys, time, pandas
t = time.perf_counter()
frame = pandas.read_excel(sys.argv[1], engine="openpyxl")
print("%.4f" % (time.perf_counter() - t))
assert frame.shape[0] == 20000, frame.shape' "$1"
}
wall() {     # seconds for one whole command
    local start end
    start=$(now); "$@" >/dev/null 2>&1; end=$(now)
    seconds $((end - start))
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(python3 -c 'import pandas, openpyxl; print("pandas", pandas.__version__, "openpyxl", openpyxl.__version__)')"
echo "roster: 20,000 people × $(head -1 "$work/team.csv" | tr ',' '\n' | wc -l) columns; $rounds rounds, medians in seconds"
echo
printf '%-20s %12s %14s %16s %10s %12s %12s\n' workbook "reader" "reader+XMLP" "capplan validate" pandas "pandas÷reader" "pandas÷validate"
for file in "$work/roster-shared.xlsx" "$work/roster-inline.xlsx"; do
    a=() x=() v=() p=()
    for ((i = 0; i < rounds; i++)); do
        if (( i % 2 == 0 )); then
            a+=("$(reader libxml2 "$file")"); x+=("$(reader xmlparser "$file")"); v+=("$(wall "$bin/capplan" validate "$file" --quiet)"); p+=("$(pandas "$file")")
        else
            p+=("$(pandas "$file")"); v+=("$(wall "$bin/capplan" validate "$file" --quiet)"); x+=("$(reader xmlparser "$file")"); a+=("$(reader libxml2 "$file")")
        fi
    done
    ma=$(printf '%s\n' "${a[@]}" | median); mx=$(printf '%s\n' "${x[@]}" | median)
    mv=$(printf '%s\n' "${v[@]}" | median); mp=$(printf '%s\n' "${p[@]}" | median)
    printf '%-20s %12.3f %14.3f %16.3f %10.3f %11s× %11s×\n' "$(basename "$file")" "$ma" "$mx" "$mv" "$mp" "$(ratio "$mp" "$ma")" "$(ratio "$mp" "$mv")"
    echo "  runs: reader ${a[*]} | XMLParser ${x[*]} | validate ${v[*]} | pandas ${p[*]}"
done

echo
printf '%-20s %12s %12s %12s\n' analyze "xlsx" "csv" "xlsx÷csv"
for file in "$work/roster-shared.xlsx" "$work/roster-inline.xlsx"; do
    w=() c=()
    for ((i = 0; i < rounds; i++)); do
        if (( i % 2 == 0 )); then
            w+=("$(wall "$bin/capplan" analyze "$file" --out "$work/out-xlsx" --quiet)"); c+=("$(wall "$bin/capplan" analyze "$work/team.csv" --out "$work/out-csv" --quiet)")
        else
            c+=("$(wall "$bin/capplan" analyze "$work/team.csv" --out "$work/out-csv" --quiet)"); w+=("$(wall "$bin/capplan" analyze "$file" --out "$work/out-xlsx" --quiet)")
        fi
    done
    mw=$(printf '%s\n' "${w[@]}" | median); mc=$(printf '%s\n' "${c[@]}" | median)
    printf '%-20s %12.3f %12.3f %11s×\n' "$(basename "$file")" "$mw" "$mc" "$(awk -v a="$mw" -v b="$mc" 'BEGIN { printf "%.2f", a / b }')"
    echo "  runs: xlsx ${w[*]} | csv ${c[*]}"
done
# The reports must be the same whichever the roster came as.
for f in "$work"/out-csv/*.csv; do cmp -s "$f" "$work/out-xlsx/$(basename "$f")" || echo "warning: $(basename "$f") differs between the CSV and XLSX runs"; done
