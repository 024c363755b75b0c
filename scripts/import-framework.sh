#!/usr/bin/env bash
# Regenerates the built-in framework, Sources/CapplanCore/Resources/Frameworks/ddat.yaml, from the
# files in Data/ddat (see Data/ddat/README.md): the official DDaT role-content download, the levels
# file and the seed roles; and ddat.snapshot beside it, the binary copy capplan loads it from
# (FrameworkSnapshot). Tests fail when the committed files differ from a fresh import.
# Usage: scripts/import-framework.sh [capplan-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
capplan=${1:-.build/debug/capplan}
"$capplan" framework import Data/ddat/ddat-role-content.csv \
    --levels Data/ddat/ddat-role-levels.csv \
    --seed-roles Data/ddat/seed-roles.yaml \
    -o Sources/CapplanCore/Resources/Frameworks/ddat.yaml \
    --snapshot Sources/CapplanCore/Resources/Frameworks/ddat.snapshot
