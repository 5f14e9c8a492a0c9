#!/usr/bin/env bash
# The main job, end to end on a real example: installs what is missing,
# builds lttng-tidy, builds a small out-of-tree module that includes real
# kernel trace headers with kbuild against Debian's linux-headers (GCC, as
# Debian configures them) while bear records the compile database, makes
# that database usable by clang with `lttng-tidy compdb`, and runs the
# lttng-* checks over it with clang-tidy-19 and our plugin. The mirror
# checks read Debian's own LTTng-modules source (lttng-modules-dkms 2.13.9)
# for the headers the module includes: among the findings is the
# hrtimer_start prototype change that breaks that package's build, with
# the guarded fix-it that repairs it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KERNEL_RELEASE="${LTTNG_TIDY_KERNEL_RELEASE:-6.1.0-50-amd64}"
KDIR="/usr/src/linux-headers-$KERNEL_RELEASE"
BUILD="${LTTNG_TIDY_BUILD_DIR:-$ROOT/build}"
WORK="${LTTNG_TIDY_EXAMPLE_DIR:-$ROOT/out/example}"
LTTNG_SOURCE="${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}/lttng-modules/usr/src/lttng-modules-2.13.9"

step() { printf '\n== %s\n' "$*"; }

step "1/5 set-up (Debian packages, only when missing)"
"$ROOT/scripts/setup.sh"

step "2/5 build lttng-tidy"
"$ROOT/scripts/build.sh" | tail -1
PLUGIN="$BUILD/checks/LttngTidyModule.so"
TOOL="$BUILD/tool/lttng-tidy"

step "3/5 build the example module with kbuild against $KDIR, recording with bear"
rm -rf "$WORK"
mkdir -p "$WORK"
cp "$ROOT"/examples/kernel-trace-headers/* "$WORK"/
bear --output "$WORK/gcc_commands.json" -- \
  make -s -C "$KDIR" M="$WORK" trace_headers_demo.o
echo "built $WORK/trace_headers_demo.o with $(grep -o '"[^"]*gcc[^"]*"' "$WORK/gcc_commands.json" | head -1)"

step "4/5 rewrite the GCC compile database for clang"
"$TOOL" compdb "$WORK/gcc_commands.json" -o "$WORK/compile_commands.json"

step "5/5 run the lttng-* checks (clang-tidy-19 --load $(basename "$PLUGIN")), LttngModulesDir=$LTTNG_SOURCE"
set +e
clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-*' \
  --header-filter='.*/(trace|instrumentation)/events/.*' \
  -config="{CheckOptions: {LttngModulesDir: '$LTTNG_SOURCE'}}" \
  --export-fixes="$WORK/fixes.yaml" \
  -p "$WORK" "$WORK/trace_headers_demo.c" \
  2>/dev/null | tee "$WORK/findings.txt"
set -e

printf '\n== done. Findings per check:\n'
grep -o '\[lttng-[a-z-]*\]$' "$WORK/findings.txt" | sort | uniq -c
printf 'full output: %s\nfix-its (for clang-apply-replacements-19 on a copy of the LTTng tree): %s\n' \
  "$WORK/findings.txt" "$WORK/fixes.yaml"
