#!/usr/bin/env bash
# How long `capplan validate` takes on a 10-person roster (issue 12's target: at most 100 ms,
# median of 10 runs): loading the built-in framework (the whole DDaT profession) is most of it.
# Prints the median and the range of RUNS runs (default 10) of the release build, and beside it,
# alternating run by run, `capplan --version` (the process's own start, the floor of any command) and
# the same validate with the built-in framework's YAML given as a file (`--framework FILE`: the YAML
# read, not the binary snapshot the built-in framework loads from).
# Usage: scripts/benchmark-validate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
capplan=.build/release/capplan
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$capplan" generate --people 10 --seed 1 -o "$work/team.csv"
now() { date +%s%N; }
: > "$work/validate"; : > "$work/version"; : > "$work/yaml"
yaml=Sources/CapplanCore/Resources/Frameworks/ddat.yaml
for _ in $(seq "$runs"); do
    start=$(now); "$capplan" validate "$work/team.csv" --quiet 2>/dev/null; end=$(now)
    echo $(( (end - start) / 1000 )) >> "$work/validate"
    start=$(now); "$capplan" --version >/dev/null; end=$(now)
    echo $(( (end - start) / 1000 )) >> "$work/version"
    start=$(now); "$capplan" validate "$work/team.csv" --framework "$yaml" --quiet 2>/dev/null; end=$(now)
    echo $(( (end - start) / 1000 )) >> "$work/yaml"
done
report() {
    sort -n "$2" | awk -v what="$1" '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%-26s median %6.1f ms   (min %.1f, max %.1f, %d runs)\n", what, m / 1000, v[1] / 1000, v[NR] / 1000, NR }'
}
report "validate, 10 people" "$work/validate"
report "--version (process start)" "$work/version"
report "validate, YAML as a file" "$work/yaml"
