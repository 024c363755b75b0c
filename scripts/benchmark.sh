#!/usr/bin/env bash
# The speed and scale benchmark (README, "Performance"). For rosters of 2,000, 20,000 and 100,000
# generated people it prints capplan's wall time per phase, its total and peak memory, and the
# floor: the time libxlsxwriter alone takes to write the same tables' cells (Benchmarks/floor.c).
# Each figure is the best of RUNS runs (default 3); capplan and the floor alternate, and the last
# column is the median of each run's total / floor (a busy machine slows the pair alike). With ROLES (a --roles value of capplan generate,
# such as all), the rosters are multidisciplinary teams of those roles rather than the default two
# IT operations roles. Usage: [ROLES=all] scripts/benchmark.sh [sizes…]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
command -v /usr/bin/time >/dev/null 2>&1 || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq time >/dev/null; }
swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/floor" Benchmarks/floor.c $(pkg-config --cflags --libs xlsxwriter)
capplan=.build/release/capplan
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000 100000)

best() { sort -g | head -1; }
if [ -n "${ROLES:-}" ]; then echo "rosters: capplan generate --roles $ROLES"; fi
printf '%-8s %6s %7s %9s %7s %8s %7s %7s %7s %7s %8s\n' people read analyse mentoring csv workbook total floor ratio peakMB "median"
for n in "${sizes[@]}"; do
    "$capplan" generate --people "$n" --seed 1 ${ROLES:+--roles "$ROLES"} -o "$work/roster.csv"
    : > "$work/timings"; : > "$work/rss"; : > "$work/floor.txt"
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f '%M' -o "$work/rss.one" "$capplan" analyze "$work/roster.csv" --out "$work/out" --quiet --timings 2>>"$work/timings"
        cat "$work/rss.one" >> "$work/rss"
        "$work/floor" "$work/out" "$work/floor.xlsx" | sed 's/floor_seconds=//' >> "$work/floor.txt"
    done
    # Each run's total / its floor, and their median.
    ratios=$(grep '^timings:' "$work/timings" | sed 's/.*total=\([0-9.]*\).*/\1/' | paste - "$work/floor.txt" | awk '{ printf "%.3f\n", $1 / $2 }' | sort -g)
    median=$(echo "$ratios" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    # The run with the best total.
    line=$(grep '^timings:' "$work/timings" | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^total=/) {split($i, t, "="); print t[2], $0}}' | sort -g | head -1 | cut -d' ' -f2-)
    get() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
    total=$(get total); floor=$(best < "$work/floor.txt")
    peak=$(best < "$work/rss")
    printf '%-8s %6s %7s %9s %7s %8s %7s %7s %7.2f %7d %8.2f\n' "$n" "$(get read)" "$(get analyse)" "$(get mentoring)" "$(get csv)" \
        "$(get workbook)" "$total" "$floor" "$(echo "$total / $floor" | bc -l)" "$((peak / 1024))" "$median"
    echo "  total / floor of each run: $(echo $ratios)"
done
echo "read, analyse: before writing; mentoring and the CSV files run at background priority beside the workbook's writer;"
echo "csv and workbook: time spent writing each (side by side); total: wall time of the whole analyze; ratio: total / floor;"
echo "median: the median of each run's total / the floor run beside it."
