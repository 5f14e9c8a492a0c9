#!/usr/bin/env bash
# Integration test: the kernel's `make LLVM=1 clang-tidy` runs our checks
# through kernel-wrapper/bin/clang-tidy. The kernel's own
# scripts/clang-tools/run-clang-tools.py (from linux-source-6.1) is run as
# the kernel Makefile runs it, `run-clang-tools.py clang-tidy DB`, on the
# compile database of a real module build: test/integration/workflow-module
# built with kbuild (gcc-12) against Debian's linux-headers under bear, then
# rewritten with `lttng-tidy compdb`. The module's .clang-tidy is the
# kernel-root one we ship, with LttngModulesDir naming Debian's
# LTTng-modules source.
# Usage: make_clang_tidy_workflow.sh KDIR TOOL PLUGIN MODULE_DIR WORK LTTNG ROOT
set -euo pipefail
KDIR=$1 TOOL=$2 PLUGIN=$3 MODULE=$4 WORK=$5 LTTNG=$6 ROOT=$7
# run-clang-tools.py runs clang-tidy in another directory: absolute paths.
PLUGIN=$(realpath "$PLUGIN") TOOL=$(realpath "$TOOL") WORK=$(realpath -m "$WORK")
ROOT=$(realpath "$ROOT") MODULE=$(realpath "$MODULE")
source "$(dirname "$0")/workflow_lib.sh"

KSRC=$("$ROOT/scripts/kernel-source.sh")
RUN_CLANG_TOOLS="$KSRC/scripts/clang-tools/run-clang-tools.py"
[[ -f "$RUN_CLANG_TOOLS" ]] || fail "$RUN_CLANG_TOOLS is missing"
WRAPPER_BIN="$ROOT/kernel-wrapper/bin"
export LTTNG_TIDY_PLUGIN=$PLUGIN

LOG="$WORK-logs"
rm -rf "$WORK" "$LOG"; mkdir -p "$WORK" "$LOG"
build_workflow_module "$KDIR" "$TOOL" "$MODULE" "$WORK" "$LOG" workflow_demo.o
cp "$ROOT/kernel-wrapper/kernel.clang-tidy" "$WORK/.clang-tidy"
printf 'CheckOptions:\n  LttngModulesDir: %s\n' "$LTTNG" >>"$WORK/.clang-tidy"

# As the kernel Makefile does: `$(PYTHON3) run-clang-tools.py clang-tidy DB`.
# The script prints clang-tidy's output on its standard error.
run_kernel_script() {
  local out=$1; shift
  env "$@" python3 "$RUN_CLANG_TOOLS" clang-tidy "$WORK/compile_commands.json" >"$out" 2>&1 \
    || fail "run-clang-tools.py failed: $(tail -5 "$out")"
}
# "path-suffix:line: [check] message" for each warning, sorted.
warnings() {
  sed -n 's/^\(.*\):\([0-9]*\):[0-9]*: warning: \(.*\) \[\([a-z-]*\)\]$/\1:\2: [\4] \3/p' "$1" |
    sed -e "s|^$WORK/|module/|" -e "s|^$LTTNG/|lttng/|" \
        -e 's|^/usr/src/linux-headers-[^/]*/|headers/|' | sort
}

# 1. Without the wrapper, PATH's clang-tidy is Debian's version 14: no
#    lttng-* check runs (this is what the wrapper is for).
run_kernel_script "$LOG/plain.out" PATH="$PATH"
if grep -q '\[lttng-' "$LOG/plain.out"; then fail "lttng-* findings without the wrapper: the test lost its point"; fi
echo "ok: without the wrapper, no lttng-* check runs ($(clang-tidy --version | grep -o 'version [0-9.]*' | head -1))"

# 2. With the wrapper first on PATH: exactly these findings, no error.
run_kernel_script "$LOG/wrapper.out" PATH="$WRAPPER_BIN:$PATH"
if grep -q 'error:' "$LOG/wrapper.out"; then fail "errors: $(grep error: "$LOG/wrapper.out" | head -3)"; fi
cat >"$LOG/expected.txt" <<'EXPECTED'
headers/include/trace/events/irq.h:128: [lttng-tracepoint-naming] kernel tracepoint 'softirq_entry' is not prefixed with its TRACE_SYSTEM 'irq_'
headers/include/trace/events/irq.h:142: [lttng-tracepoint-naming] kernel tracepoint 'softirq_exit' is not prefixed with its TRACE_SYSTEM 'irq_'
headers/include/trace/events/irq.h:156: [lttng-tracepoint-naming] kernel tracepoint 'softirq_raise' is not prefixed with its TRACE_SYSTEM 'irq_'
headers/include/trace/events/irq.h:189: [lttng-missing-mirror] kernel tracepoint 'tasklet_entry' has no LTTng mirror for the analysed kernel
headers/include/trace/events/irq.h:189: [lttng-tracepoint-naming] kernel tracepoint 'tasklet_entry' is not prefixed with its TRACE_SYSTEM 'irq_'
headers/include/trace/events/irq.h:203: [lttng-missing-mirror] kernel tracepoint 'tasklet_exit' has no LTTng mirror for the analysed kernel
headers/include/trace/events/irq.h:203: [lttng-tracepoint-naming] kernel tracepoint 'tasklet_exit' is not prefixed with its TRACE_SYSTEM 'irq_'
headers/include/trace/events/timer.h:173: [lttng-tracepoint-naming] kernel tracepoint 'hrtimer_init' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:203: [lttng-tracepoint-naming] kernel tracepoint 'hrtimer_start' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:242: [lttng-tracepoint-naming] kernel tracepoint 'hrtimer_expire_entry' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:289: [lttng-tracepoint-naming] kernel tracepoint 'hrtimer_expire_exit' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:300: [lttng-tracepoint-naming] kernel tracepoint 'hrtimer_cancel' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:314: [lttng-tracepoint-naming] kernel tracepoint 'itimer_state' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:351: [lttng-tracepoint-naming] kernel tracepoint 'itimer_expire' is not prefixed with its TRACE_SYSTEM 'timer_'
headers/include/trace/events/timer.h:409: [lttng-missing-mirror] kernel tracepoint 'tick_stop' has no LTTng mirror for the analysed kernel
headers/include/trace/events/timer.h:409: [lttng-tracepoint-naming] kernel tracepoint 'tick_stop' is not prefixed with its TRACE_SYSTEM 'timer_'
lttng/include/instrumentation/events/timer.h:190: [lttng-proto-mismatch] LTTng mirror of 'hrtimer_start' does not match the kernel's prototype ('bool was_armed' added): the mirror has TP_PROTO(struct hrtimer *hrtimer, enum hrtimer_mode mode), the kernel TP_PROTO(struct hrtimer *hrtimer, enum hrtimer_mode mode, bool was_armed)
lttng/include/instrumentation/events/timer.h:190: [lttng-stale-mirror] reading the LTTng probe 'lttng-probe-timer.c' for the analysed kernel failed here: conflicting types for 'trace_hrtimer_start'
module/trace.h:14: [lttng-missing-mirror] tracepoint 'workflow_demo_start' in the module's header has no LTTng mirror: no probe of the LTTng-modules tree mirrors its header
module/trace.h:26: [lttng-missing-mirror] tracepoint 'demo_stop' in the module's header has no LTTng mirror: no probe of the LTTng-modules tree mirrors its header
module/trace.h:26: [lttng-tracepoint-naming] kernel tracepoint 'demo_stop' is not prefixed with its TRACE_SYSTEM 'workflow_demo_'
module/workflow_demo.c:22: [linuxkernel-must-check-errs] result from function 'PTR_ERR' is unused
EXPECTED
warnings "$LOG/wrapper.out" >"$LOG/actual.txt"
diff -u "$LOG/expected.txt" "$LOG/actual.txt" || fail "the findings differ from the expected ones (above)"
# workflow_util.h's PTR_ERR finding is there, in a header the filter keeps out.
if grep -q 'workflow_util.h' "$LOG/wrapper.out"; then fail "a finding in workflow_util.h got through the header filter"; fi
echo "ok: run-clang-tools.py with the wrapper: $(wc -l <"$LOG/actual.txt") findings, exactly the expected ones"

# 3. Without the kernel .clang-tidy, the trace headers' findings are hidden
#    (the main file's finding stays): the header filter is what shows them.
mv "$WORK/.clang-tidy" "$WORK/clang-tidy.off"
run_kernel_script "$LOG/no-config.out" PATH="$WRAPPER_BIN:$PATH"
mv "$WORK/clang-tidy.off" "$WORK/.clang-tidy"
if grep -q 'trace.h:26:1: warning\|events/irq.h:128:1: warning' "$LOG/no-config.out"; then
  fail "trace header findings without the .clang-tidy header filter"
fi
grep -q "workflow_demo.c:22:2: warning: result from function 'PTR_ERR' is unused \[linuxkernel-must-check-errs\]" "$LOG/no-config.out" \
  || fail "the main file's linuxkernel-must-check-errs finding is missing"
echo "ok: without the .clang-tidy, trace header findings are hidden"
echo "PASS"
