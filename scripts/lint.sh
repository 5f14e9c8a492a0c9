#!/usr/bin/env bash
# Runs our own .clang-tidy over lttng-tidy's C++ sources.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="${LTTNG_TIDY_BUILD_DIR:-$ROOT/build}"
cd "$ROOT"
run-clang-tidy-19 -quiet -p "$BUILD" -j "$(nproc)" \
  "$ROOT/checks/.*\.cpp" "$ROOT/tool/.*\.cpp" "$ROOT/fuzz/.*\.cpp"
