#!/usr/bin/env bash
# Fuzzes capplan's input readers with libFuzzer: builds the fuzz targets of the separate package in
# Fuzz/ (never built by the main package's `swift build` or `swift test`), seeds a corpus from the
# examples and test fixtures, runs every fuzzer for SECONDS (default 600) side by side, and prints a
# summary. Exits 1 when any fuzzer found a crash, a hang (an input taking over 10 s), an out-of-memory
# or a leak; the inputs are in fuzz-out/findings/FUZZER/. Exits 2 when the fuzzers cannot be built.
#
#   scripts/fuzz.sh [SECONDS]
#
# Environment:
#   FUZZERS="fuzz-roster …"  which fuzzers to run (default: all six: fuzz-roster, fuzz-roster-custom,
#                            fuzz-framework, fuzz-targets, fuzz-xlsx, fuzz-xlsx-parts)
#   FUZZ_JOBS=N              how many run at once (default: the number of cores)
#   FUZZ_OUT=DIR             work folder (default: fuzz-out, ignored by git); the corpus in
#                            DIR/corpus/FUZZER is kept from run to run, so later runs start further on
#   FUZZ_ASAN=0              build without AddressSanitizer (faster, finds less)
#   FUZZ_ARGS="…"            more libFuzzer options, e.g. FUZZ_ARGS=-seed=1
#
# Reproduce a finding:  Fuzz/.build/release/FUZZER fuzz-out/findings/FUZZER/crash-…
set -uo pipefail

seconds=${1:-600}
if ! [[ $seconds =~ ^[0-9]+$ ]] || (( seconds == 0 )); then
    echo "usage: scripts/fuzz.sh [SECONDS]   (seconds per fuzzer, default 600)" >&2
    exit 64
fi
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_OUT:-$root/fuzz-out}
jobs=${FUZZ_JOBS:-$(nproc)}
fuzzers=(${FUZZERS:-fuzz-roster fuzz-roster-custom fuzz-framework fuzz-targets fuzz-xlsx fuzz-xlsx-parts})
mkdir -p "$out"
out=$(cd "$out" && pwd)

# --- Build -------------------------------------------------------------------------------------
# SwiftPM's --sanitize=fuzzer compiles the fuzz targets as libraries (libFuzzer has the main) and
# instruments the C code (libyaml, inside Yams); swiftc keeps only the last -sanitize option it is
# given, so the Swift code gets fuzzer and address together through -Xswiftc.
sanitizers=(--sanitize=fuzzer)
swift_sanitize=fuzzer
if [[ ${FUZZ_ASAN:-1} != 0 ]]; then
    sanitizers+=(--sanitize=address)
    swift_sanitize=fuzzer,address
fi
echo "== building the fuzzers (${swift_sanitize}) in Fuzz/"
build_log=$out/build.log
for attempt in 1 2 3; do
    if swift build --package-path "$root/Fuzz" -c release "${sanitizers[@]}" -Xswiftc "-sanitize=$swift_sanitize" >"$build_log" 2>&1; then
        break
    fi
    # Other work in the tree can change a source file mid-build; building again picks it up.
    if (( attempt < 3 )) && grep -q "was modified during the build" "$build_log"; then
        echo "   a source file changed during the build; building again"
        continue
    fi
    grep -E "error|warning: unre" "$build_log" | head -40 >&2
    echo "fuzz.sh: the fuzzers did not build (full log: $build_log)" >&2
    exit 2
done
bin=$(swift build --package-path "$root/Fuzz" -c release --show-bin-path)

# --- Seed corpus ------------------------------------------------------------------------------
# Every fuzzer gets every seed: a roster given as the framework (or the other way round) is an
# input the readers must handle too. Seeds are copied, never written back into the tree.
shopt -s nullglob globstar
seeds=()
for file in "$root"/Examples/*.{csv,yaml} "$root"/Fuzz/Seeds/*.csv "$root"/Sources/CapplanCore/Resources/Frameworks/*.yaml \
            "$root"/Tests/*/Fixtures/**; do
    # Fixtures/fuzz holds the inputs that once crashed or hung (FuzzRegressionTests runs them on every
    # `swift test`); they are large and slow on purpose, and would only slow the fuzzers down. So are
    # the XLSX reader's ZIP bombs and 16,384-column sheets (each run inflates megabytes or fills tens of
    # thousands of fields); the tests cover them.
    [[ -f $file && $file != */Fixtures/fuzz/* && ! $(basename "$file") =~ zip-bomb|16384-columns|dimension-billion|stray-cell ]] \
        && seeds+=("$file")
done
echo "== ${#seeds[@]} seed files; ${seconds} s per fuzzer, ${jobs} at a time; work folder ${out}"

# fuzz-xlsx-parts takes one part's XML behind a byte choosing which part it replaces
# (XLSXFuzz.replaceable): its seeds are the XML parts of the workbooks among the seeds.
parts_seeds() {
    python3 - "$1" "${seeds[@]}" <<'PY'
import hashlib, os, sys, zipfile
corpus, files = sys.argv[1], sys.argv[2:]
targets = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"]
for path in files:
    try:
        archive = zipfile.ZipFile(path)
        for selector, name in enumerate(targets):
            if name in archive.namelist() and archive.getinfo(name).file_size <= 65536:
                seed = bytes([selector]) + archive.read(name)
                with open(os.path.join(corpus, "seed-part-" + hashlib.sha1(seed).hexdigest()), "wb") as f:
                    f.write(seed)
    except Exception:
        pass
PY
}

dict_for() {
    case $1 in
        fuzz-framework) echo "$root/Fuzz/Seeds/yaml.dict" ;;
        fuzz-xlsx*) echo "$root/Fuzz/Seeds/xlsx.dict" ;;
        *) echo "$root/Fuzz/Seeds/csv.dict" ;;
    esac
}

# Workbooks are larger than the text inputs: the fixtures run to about 50 KB.
max_len_for() {
    case $1 in
        fuzz-xlsx) echo 262144 ;;
        *) echo 65536 ;;
    esac
}

# --- Run ----------------------------------------------------------------------------------------
pids=()
cleanup() {
    for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; done
    exit 130
}
trap cleanup INT TERM

run_one() {
    local name=$1 corpus=$out/corpus/$1 findings=$out/findings/$1 log=$out/logs/$1.log
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings" "$out/logs"
    for file in "${seeds[@]}"; do
        local rel=${file#"$root"/}
        cp "$file" "$corpus/seed-${rel//\//_}"
    done
    [[ $name == fuzz-xlsx-parts ]] && parts_seeds "$corpus"
    "$bin/$name" "$corpus" \
        -max_total_time="$seconds" -max_len="$(max_len_for "$name")" -timeout=10 -rss_limit_mb=2048 \
        -dict="$(dict_for "$name")" -artifact_prefix="$findings/" -print_final_stats=1 \
        ${FUZZ_ARGS:-} >"$log" 2>&1
    echo $? >"$out/logs/$name.status"
}

running=0
for name in "${fuzzers[@]}"; do
    if [[ ! -x $bin/$name ]]; then
        echo "fuzz.sh: no fuzzer called $name (built: $(cd "$bin" && ls -d fuzz-* | grep -v '\.' | tr '\n' ' '))" >&2
        exit 64
    fi
    if (( running >= jobs )); then
        wait -n
        running=$((running - 1))
    fi
    echo "   started $name"
    run_one "$name" &
    pids+=($!)
    running=$((running + 1))
done
wait

# --- Summary ------------------------------------------------------------------------------------
found=0
printf '\n%-20s %-8s %12s %8s %7s %8s %8s  %s\n' fuzzer result executions exec/s cov features corpus findings
for name in "${fuzzers[@]}"; do
    log=$out/logs/$name.log
    status=$(cat "$out/logs/$name.status" 2>/dev/null || echo "?")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
    artifacts=$(find "$out/findings/$name" -type f | wc -l)
    result=ok
    if [[ $status != 0 ]] || (( artifacts > 0 )); then
        result=FOUND
        found=1
    fi
    printf '%-20s %-8s %12s %8s %7s %8s %8s  %s\n' "$name" "$result" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" \
        "$( ((artifacts > 0)) && echo "$out/findings/$name/" || echo -)"
done
if (( found )); then
    echo
    for name in "${fuzzers[@]}"; do
        for file in "$out/findings/$name"/*; do
            [[ -f $file ]] || continue
            echo "finding: $file"
        done
        if [[ $(cat "$out/logs/$name.status" 2>/dev/null) != 0 ]]; then
            grep -m1 -E "ERROR: |Fatal error|SUMMARY" "$out/logs/$name.log" | sed "s/^/  $name: /"
        fi
    done
    echo "fuzz.sh: findings (logs in $out/logs/)" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
