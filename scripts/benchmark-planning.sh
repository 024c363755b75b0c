#!/usr/bin/env bash
# The planning-ahead benchmark (README, "Planning ahead" and "Performance"), on a release build:
#
# 1. What attrition risk adds to `analyze`: a generated roster of RISK_PEOPLE people (default 20,000,
#    `capplan generate --seed 1`, as scripts/benchmark.sh), analysed without and with --attrition 0.1,
#    the two runs alternating RUNS times (default 7). Prints the median wall time of each, their ratio,
#    and the median of the analyse phase (`--timings`, where the risk is worked out).
# 2. `capplan plan --hire-role all` (every DDaT role may be hired) on multidisciplinary rosters of
#    2,000 and 20,000 people (`generate --roles all --seed 1`): with the default target (2 holders),
#    with a target that leaves most skills short (--min-holders N/33: 60 and 606), and with a cap about
#    half the minimum (--min-holders N/100 --max-hires N/50). Median and maximum wall time of RUNS runs,
#    the plan's size and whether it is proven.
#
# Usage: [RUNS=7] [RISK_PEOPLE=20000] scripts/benchmark-planning.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release >/dev/null
capplan=.build/release/capplan
runs=${RUNS:-7}
risk_people=${RISK_PEOPLE:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Milliseconds the command takes (its output discarded).
ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
maximum() { sort -g | tail -1; }
seconds() { awk -v m="$1" 'BEGIN {printf "%.3f", m / 1000}'; }

echo "== attrition risk: analyze at $risk_people people, without and with --attrition 0.1, alternating, $runs runs each"
"$capplan" generate --people "$risk_people" --seed 1 -o "$work/roster.csv"
: > "$work/plain"; : > "$work/risk"; : > "$work/plain.analyse"; : > "$work/risk.analyse"
phase() { grep '^timings:' "$1" | tr ' ' '\n' | awk -F= '$1 == "analyse" {print $2 * 1000}'; }
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$capplan" analyze "$work/roster.csv" --out "$work/plain-out" --quiet --timings 2> "$work/t"
    echo $((($(date +%s%N) - start) / 1000000)) >> "$work/plain"; phase "$work/t" >> "$work/plain.analyse"
    start=$(date +%s%N)
    "$capplan" analyze "$work/roster.csv" --attrition 0.1 --out "$work/risk-out" --quiet --timings 2> "$work/t"
    echo $((($(date +%s%N) - start) / 1000000)) >> "$work/risk"; phase "$work/t" >> "$work/risk.analyse"
done
plain=$(median < "$work/plain"); risk=$(median < "$work/risk")
printf '%-22s %10s %14s\n' run "total (s)" "analyse (s)"
printf '%-22s %10s %14s\n' "analyze" "$(seconds "$plain")" "$(seconds "$(median < "$work/plain.analyse")")"
printf '%-22s %10s %14s\n' "analyze --attrition" "$(seconds "$risk")" "$(seconds "$(median < "$work/risk.analyse")")"
echo "ratio of the medians (with / without): $(awk -v a="$risk" -v b="$plain" 'BEGIN {printf "%.3f", a / b}') (target: at most 1.05)"

echo
echo "== capplan plan --hire-role all (every DDaT role), generate --roles all --seed 1; $runs runs each"
printf '%-8s %-36s %10s %10s  %s\n' people options "median (s)" "max (s)" plan
for n in 2000 20000; do
    "$capplan" generate --people "$n" --seed 1 --roles all -o "$work/all.csv"
    for options in "" "--min-holders $((n / 33))" "--min-holders $((n / 100)) --max-hires $((n / 50))"; do
        : > "$work/plan"
        # shellcheck disable=SC2086 # the options are words
        for _ in $(seq "$runs"); do ms "$capplan" plan "$work/all.csv" --hire-role all --out "$work/plan-out" --quiet $options >> "$work/plan"; done
        # shellcheck disable=SC2086
        what=$("$capplan" plan "$work/all.csv" --hire-role all --out "$work/plan-out" $options 2>/dev/null | sed -n '3,4p' \
            | grep -v -e '^Plan written' -e '^  hire' | tr '\n' ' ' | cut -c1-160)
        printf '%-8s %-36s %10s %10s  %s\n' "$n" "${options:-(default: 2 holders)}" "$(seconds "$(median < "$work/plan")")" \
            "$(seconds "$(maximum < "$work/plan")")" "$what"
    done
done
echo "targets: plan under 5 s at 2,000 people and under 30 s at 20,000."
