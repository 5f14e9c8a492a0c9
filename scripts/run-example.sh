#!/usr/bin/env bash
# The main job, end to end on the example we ship, examples/custom-module:
# an out-of-tree module (a /dev/hello device) with a trace header of its
# own. It installs what is missing and builds lttng-tidy; builds the module
# with kbuild against Debian's linux-headers (GCC, as Debian configures
# them) while bear records the compile database, rewritten for clang by
# `lttng-tidy compdb`; runs the lttng-* checks with clang-tidy-19 and our
# plugin; has `lttng-tidy generate` write the module's LTTng adaptation into
# a copy of Debian's LTTng-modules source; and builds that probe, modpost
# included, against the same headers.
#
# Everything is written under LTTNG_TIDY_EXAMPLE_DIR (default out/example),
# which each run starts afresh, except lttng-tidy's own build (build/, or
# LTTNG_TIDY_BUILD_DIR) and, on a first run, the set-up's cache
# (~/.cache/lttng-tidy); the LTTng-modules source in the cache is only read.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KERNEL_RELEASE="${LTTNG_TIDY_KERNEL_RELEASE:-6.1.0-50-amd64}"
KDIR="/usr/src/linux-headers-$KERNEL_RELEASE"
BUILD="${LTTNG_TIDY_BUILD_DIR:-$ROOT/build}"
WORK="${LTTNG_TIDY_EXAMPLE_DIR:-$ROOT/out/example}"
LTTNG_SOURCE="${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}/lttng-modules/usr/src/lttng-modules-2.13.9"
JOBS=$(nproc)

START=$SECONDS
step() { printf '\n== %s  [%d s]\n' "$*" $((SECONDS - START)); }
fail() { echo "run-example: error: $*" >&2; exit 1; }
# Runs a kbuild command with its whole output in LOG, and shows its
# progress (an indented line per object compiled or module linked) while
# it runs; the command's exit status is the function's.
kbuild_with_progress() {
  local log=$1; shift
  local status=0
  "$@" >"$log" 2>&1 &
  local pid=$!
  tail -n +1 -F --pid="$pid" "$log" 2>/dev/null |
    sed -nu -e "s|$WORK/||g" -e 's/^ *\(CC \[M\]\|LD \[M\]\|MODPOST\) */  \1 /p' || true
  wait "$pid" || status=$?
  return "$status"
}

# A fresh work directory each run, so that a second run does the same as
# the first; a directory we did not create is never removed.
MARK="$WORK/.lttng-tidy-example"
if [[ -e "$WORK" && ! -e "$MARK" ]] && [[ -n "$(ls -A "$WORK")" ]]; then
  fail "$WORK exists and was not made by run-example.sh; not removing it"
fi

step "1/6 set-up (Debian packages, only when missing) and build lttng-tidy"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" | tail -1
PLUGIN="$BUILD/checks/LttngTidyModule.so"
TOOL="$BUILD/tool/lttng-tidy"

rm -rf "$WORK"
mkdir -p "$WORK/logs"
touch "$MARK"
MODULE="$WORK/hello"
LTTNG="$WORK/lttng-modules-2.13.9"
LOGS="$WORK/logs"
# kbuild writes its objects next to the sources: build copies.
cp -r "$ROOT/examples/custom-module" "$MODULE"
cp -r "$LTTNG_SOURCE" "$LTTNG"

step "2/6 build the module with kbuild against $KDIR (GCC), recorded by bear"
kbuild_with_progress "$LOGS/module-build.log" \
  bear --output "$MODULE/gcc_commands.json" -- make -C "$KDIR" M="$MODULE" ||
  fail "the module does not build: $(tail -5 "$LOGS/module-build.log")"
echo "built $MODULE/hello.ko with $(grep -o '"[^"]*gcc[^"]*"' "$MODULE/gcc_commands.json" | head -1)"
"$TOOL" compdb "$MODULE/gcc_commands.json" -o "$MODULE/compile_commands.json" \
  2>"$LOGS/compdb.log"
sed 's/\(dropped GCC-only flags\).*/\1 (list in logs\/compdb.log)/' "$LOGS/compdb.log"

step "3/6 the lttng-* checks (clang-tidy-19 --load $(basename "$PLUGIN")), LttngModulesDir=$LTTNG"
# The findings are in the module's trace header, which --header-filter
# must name for clang-tidy to show them.
clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-*' \
  --header-filter='.*/(trace|instrumentation)/events/.*|.*/[^/]*trace[^/]*\.h$' \
  -config="{CheckOptions: {LttngModulesDir: '$LTTNG'}}" \
  -p "$MODULE" "$MODULE/hello.c" >"$LOGS/findings.txt" 2>"$LOGS/clang-tidy.err" ||
  fail "clang-tidy-19 failed: $(tail -5 "$LOGS/findings.txt" "$LOGS/clang-tidy.err")"
grep -E ': (warning|note): ' "$LOGS/findings.txt" | sed "s|^$MODULE/||"
echo "per check:"
grep -o '\[lttng-[a-z-]*\]$' "$LOGS/findings.txt" | sort | uniq -c

step "4/6 lttng-tidy generate: the module's LTTng adaptation, into $LTTNG"
"$TOOL" generate --lttng="$LTTNG" -p "$MODULE" "$MODULE/hello.c" 2>&1 |
  tee "$LOGS/generate.log"
MIRROR="$LTTNG/include/instrumentation/events/hello.h"
PROBE="$LTTNG/src/probes/lttng-probe-hello.c"
[[ -f "$MIRROR" && -f "$PROBE" ]] || fail "generate wrote no mirror or no probe"
echo "-- the mirror, ${MIRROR#"$WORK/"}:"
cat "$MIRROR"
echo "-- the probe's Kbuild lines (diff against the LTTng source):"
diff "$LTTNG_SOURCE/src/probes/Kbuild" "$LTTNG/src/probes/Kbuild" | sed -n 's/^> /+/p' || true

step "5/6 build the probe with kbuild against $KDIR, with the LTTng modules it links to"
# Only what the probe needs: modpost must resolve its LTTng symbols
# (lttng_kernel_probe_register, ...) from lttng-tracer.ko, and that module's
# own from the others below, all built in this one run.
LTTNG_MODULES=(lttng-tracer.ko lttng-wrapper.ko lttng-clock.ko lttng-statedump.ko
  lib/lttng-lib-ring-buffer.ko probes/lttng-kprobes.ko probes/lttng-kretprobes.ko
  probes/lttng-uprobes.ko)
status=0
kbuild_with_progress "$LOGS/probe-build.log" \
  make -C "$KDIR" M="$LTTNG/src" CONFIG_LTTNG=m -j"$JOBS" \
  "${LTTNG_MODULES[@]}" probes/lttng-probe-hello.ko || status=$?
errors=$(grep -cE ': error: |^ERROR: ' "$LOGS/probe-build.log" || true)
warnings=$(grep -cE ': warning: |^WARNING: ' "$LOGS/probe-build.log" || true)
KO="$LTTNG/src/probes/lttng-probe-hello.ko"
echo "make: exit status $status, $errors errors, $warnings warnings (log: ${LOGS#"$WORK/"}/probe-build.log)"
if ((status)) || ((errors)) || [[ ! -f "$KO" ]]; then
  grep -E ': error: |^ERROR: ' "$LOGS/probe-build.log" | head -10
  fail "the generated probe does not build"
fi
echo "built $KO ($(modinfo -F vermagic "$KO" | cut -d' ' -f1), depends: $(modinfo -F depends "$KO"))"

step "6/6 summary"
cat <<EOF
findings:  $(grep -c ': warning: ' "$LOGS/findings.txt") warnings on the module's trace header, in $LOGS/findings.txt
generated: ${MIRROR#"$LTTNG/"}, ${PROBE#"$LTTNG/"} and their lines in src/probes/Kbuild,
           in the copy of LTTng-modules $LTTNG
probe:     $KO
For a module of yours: the same steps on its compile database and your
LTTng-modules tree (docs/workflows/generating-adaptations.md); the Kbuild
lines name the module's include directory where generate read it.
EOF
