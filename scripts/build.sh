#!/usr/bin/env bash
# Configures and builds lttng-tidy (plugin, tool, tests) into build/.
#
# --sanitized: also configures and builds build/sanitized, the plugin and
# the tool with ASan and UBSan (-DLTTNG_TIDY_SANITIZE=ON), which ctest's
# lit.sanitized test runs the lit suite against (docs/testing.md), and the
# two libFuzzer harnesses that the fuzz.* tests run (docs/robustness.md).
# scripts/run-tests.sh asks for it; the main job does not pay for it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="${LTTNG_TIDY_BUILD_DIR:-$ROOT/build}"
SANITIZED=0
for arg in "$@"; do
  case "$arg" in
    --sanitized) SANITIZED=1 ;;
    *) echo "usage: $0 [--sanitized]" >&2; exit 2 ;;
  esac
done
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)
configure() {  # configure DIR [CMAKE_ARGS...], once
  local dir=$1; shift
  if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    cmake -S "$ROOT" -B "$dir" "${GENERATOR[@]}" \
      -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 "$@" >/dev/null
  fi
}
configure "$BUILD"
cmake --build "$BUILD" -j "$(nproc)"
if ((SANITIZED)); then
  # Inside the build directory: its ctest and lit do not descend into it
  # (and git ignores build/). Only the two targets lit runs, not the unit
  # tests, nor whatever else a later add_subdirectory brings.
  configure "$BUILD/sanitized" -DLTTNG_TIDY_SANITIZE=ON
  cmake --build "$BUILD/sanitized" -j "$(nproc)" --target LttngTidyModule lttng-tidy
  if grep -q '^LTTNG_TIDY_FUZZ_BUILT:INTERNAL=ON' "$BUILD/CMakeCache.txt"; then
    cmake --build "$BUILD" -j "$(nproc)" --target lttng-tidy-fuzz lttng-tidy-fuzz-parsers
  fi
fi
