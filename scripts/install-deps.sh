#!/usr/bin/env bash
# Installs what capplan needs beyond the Swift toolchain, if it is missing: libxlsxwriter-dev (the
# workbooks it writes), libzip-dev and libxml2-dev (the workbooks it reads), pkg-config (which SwiftPM
# uses to find them), and for the tests python3 with openpyxl (an independent reader and writer of
# workbooks). Uses sudo when not root. Idempotent.
set -euo pipefail

need=()
pkg-config --exists xlsxwriter 2>/dev/null || need+=(libxlsxwriter-dev)
pkg-config --exists libzip 2>/dev/null || need+=(libzip-dev)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v python3 >/dev/null 2>&1 || need+=(python3 python3-openpyxl)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ${#need[@]} -gt 0 ]; then
    echo "capplan: installing ${need[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# openpyxl, for Tests/CapplanCLITests/Workbook/check_workbook.py: pip (which refuses an externally
# managed Python unless told), else Debian's package.
if ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "capplan: installing openpyxl" >&2
    python3 -m pip install -q openpyxl 2>/dev/null \
        || python3 -m pip install -q --break-system-packages openpyxl 2>/dev/null \
        || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-openpyxl >/dev/null; }
fi
