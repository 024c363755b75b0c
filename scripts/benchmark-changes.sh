#!/usr/bin/env bash
# The change-over-time benchmark (README, "Performance"). Two targets:
#   compare: `capplan compare` of two 20,000-person snapshots (both formats) takes at most 2 × the time
#            `capplan analyze` takes on one of them (both formats);
#   trend:   `capplan trend` over 8 snapshots of 2,000 people takes under 2 s.
# The later snapshots come from Benchmarks/perturb.py (leavers, joiners, promotions, moved ratings,
# shuffled rows). analyze and compare are run alternately, RUNS times each (default 7), so a busy
# machine slows both alike; the script prints each run, the medians and their ratio.
# With ROLES (a --roles value of capplan generate, such as all), the rosters are multidisciplinary.
# Usage: [RUNS=7] [ROLES=all] scripts/benchmark-changes.sh [people] [trend-people] [snapshots]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release >/dev/null
capplan=.build/release/capplan
runs=${RUNS:-7}
people=${1:-20000}
trend_people=${2:-2000}
snapshots=${3:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

"$capplan" generate --people "$people" --seed 1 ${ROLES:+--roles "$ROLES"} -o "$work/before.csv"
python3 Benchmarks/perturb.py "$work/before.csv" "$work/after.csv" 2
echo "compare: $people people${ROLES:+ (roles: $ROLES)}, $(($(wc -l < "$work/after.csv") - 1)) after; $runs alternating runs each"
: > "$work/analyze.txt"; : > "$work/compare.txt"
for run in $(seq "$runs"); do
    rm -rf "$work/a" "$work/c"
    a=$(seconds "$capplan" analyze "$work/before.csv" --out "$work/a" --quiet)
    c=$(seconds "$capplan" compare "$work/before.csv" "$work/after.csv" --out "$work/c" --quiet)
    echo "$a" >> "$work/analyze.txt"; echo "$c" >> "$work/compare.txt"
    printf '  run %d: analyze %.3f s, compare %.3f s\n' "$run" "$a" "$c"
done
ma=$(median < "$work/analyze.txt"); mc=$(median < "$work/compare.txt")
printf 'median: analyze %.3f s, compare %.3f s, compare / analyze %.2f (target at most 2)\n' "$ma" "$mc" "$(echo "$mc / $ma" | bc -l)"
wc -l "$work"/c/*.csv | sed 's/^/  /'

"$capplan" generate --people "$trend_people" --seed 3 ${ROLES:+--roles "$ROLES"} -o "$work/s1.csv"
files=("$work/s1.csv")
for n in $(seq 2 "$snapshots"); do
    python3 Benchmarks/perturb.py "$work/s$((n - 1)).csv" "$work/s$n.csv" "$n"
    files+=("$work/s$n.csv")
done
echo "trend: $snapshots snapshots of about $trend_people people; $runs runs"
: > "$work/trend.txt"
for run in $(seq "$runs"); do
    rm -rf "$work/t"
    t=$(seconds "$capplan" trend "${files[@]}" --out "$work/t" --quiet)
    echo "$t" >> "$work/trend.txt"
    printf '  run %d: trend %.3f s\n' "$run" "$t"
done
printf 'median: trend %.3f s (target under 2)\n' "$(median < "$work/trend.txt")"
