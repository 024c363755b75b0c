#!/usr/bin/env bash
# Installs what capplan needs beyond the Swift toolchain, if it is missing: libxlsxwriter-dev
# (and pkg-config, which SwiftPM uses to find it). Uses sudo when not root. Idempotent.
set -euo pipefail

need=()
pkg-config --exists xlsxwriter 2>/dev/null || need+=(libxlsxwriter-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)

if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "capplan: installing ${need[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
