#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, and runs every
# test (lit checks, unit tests, integration tests on the real Debian
# packages) through ctest.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/scripts/setup.sh"
# --sanitized: also the ASan/UBSan build that the lit.sanitized test runs.
"$ROOT/scripts/build.sh" --sanitized
cd "${LTTNG_TIDY_BUILD_DIR:-$ROOT/build}"
ctest --output-on-failure -j "$(nproc)" "$@"
