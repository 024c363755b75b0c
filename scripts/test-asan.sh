#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer: every module, the capplan executable the
# signal tests start, and libxlsxwriter's calls through the XLSXWriter wrapper are checked for
# out-of-bounds accesses, use after free and double frees. The instrumented build goes to its own
# scratch folder (.build-asan, git-ignored), so it never mixes with the ordinary .build.
# Usage: scripts/test-asan.sh [swift test options, e.g. --filter HostileInputTests]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The first report fails the run. Leak checking stays on (LeakSanitizer), except for the leaks
# inside the Swift toolchain's libraries listed in scripts/asan-leaks.supp.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/scripts/asan-leaks.supp:print_suppressions=0}"
# Instrumented code runs several times slower: the tests' time bounds stretch by this factor.
export CAPPLAN_TEST_TIME_SCALE="${CAPPLAN_TEST_TIME_SCALE:-5}"
exec swift test --sanitize=address --scratch-path .build-asan "$@"
