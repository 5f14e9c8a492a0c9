#!/usr/bin/env bash
# Integration test of a module whose trace header is driver-local (trace.h
# beside its sources, TRACE_INCLUDE_PATH ., -I$(src)) on Debian's 6.1
# headers: kbuild and gcc-12 build it while bear records the database,
# `lttng-tidy compdb` rewrites it; clang-tidy-19 with the README's header
# filter shows the missing mirrors at their lines in trace.h (the old
# trace/events-only filter showed none), worded as the module's; `lttng-tidy
# generate` writes the mirror (named after TRACE_SYSTEM), the probe and its
# Kbuild lines into a copy of LTTng-modules; that probe builds with kbuild,
# modpost included, with zero errors and one event descriptor per
# tracepoint; and the checks then find the module mirrored.
# Usage: driver_local_module.sh KDIR TOOL PLUGIN MODULE_SRC WORK LTTNG_SOURCE
set -euo pipefail
KDIR=$1 TOOL=$2 PLUGIN=$3 SRC=$4 WORK=$5 LTTNG_SOURCE=$6
source "$(dirname "$0")/workflow_lib.sh"
FILTER='.*/(trace|instrumentation)/events/.*|.*/[^/]*trace[^/]*\.h$'

LOG="$WORK/logs"
rm -rf "$WORK"
mkdir -p "$LOG"
MODULE="$WORK/localmod"
LTTNG="$WORK/lttng-modules-2.13.9"
build_workflow_module "$KDIR" "$TOOL" "$SRC" "$MODULE" "$LOG"
cp -r "$LTTNG_SOURCE" "$LTTNG"
echo "ok: built localmod.ko with gcc-12, database rewritten for clang"

tidy() {
  clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-*' \
    -config="{CheckOptions: {LttngModulesDir: '$LTTNG'}}" \
    -p "$MODULE" "$@" "$MODULE/localmod.c"
}
# The old filter hides every finding of a driver-local header.
tidy --header-filter='.*/trace/events/.*' >"$LOG/old-filter.out" 2>"$LOG/old-filter.err" ||
  fail "clang-tidy-19 failed: $(tail -5 "$LOG/old-filter.err")"
if grep -q ': warning: ' "$LOG/old-filter.out"; then
  fail "the trace/events-only filter showed findings; the test lost its point"
fi
grep -q 'Suppressed [0-9]* warnings' "$LOG/old-filter.err" ||
  fail "the old filter suppressed nothing: $(cat "$LOG/old-filter.err")"

tidy --header-filter="$FILTER" >"$LOG/findings.out" 2>"$LOG/findings.err" ||
  fail "clang-tidy-19 failed: $(tail -5 "$LOG/findings.err")"
line_of() { grep -n "^$1" "$SRC/trace.h" | cut -d: -f1; }
expected=""
for d in 'TRACE_EVENT(localmod_probe,' 'DEFINE_EVENT(localmod_xfer, localmod_send,' \
         'DEFINE_EVENT(localmod_xfer, localmod_receive,'; do
  name=$(sed 's/.*[(, ]\([a-z_]*\),$/\1/' <<<"$d")
  expected+="$MODULE/trace.h:$(line_of "$d"):1: warning: tracepoint '$name' in the module's header has no LTTng mirror: no probe of the LTTng-modules tree mirrors its header [lttng-missing-mirror]"$'\n'
done
diff <(printf '%s' "$expected") <(grep ': warning: ' "$LOG/findings.out") >"$LOG/findings.diff" ||
  fail "the findings differ from the expected ones: $(cat "$LOG/findings.diff")"
grep -q "trace.h:$(line_of 'TRACE_EVENT(localmod_probe,'):1: note: 'lttng-tidy generate' writes the mirror header, the probe and its Kbuild line for 'localmod'" \
  "$LOG/findings.out" || fail "no note naming generate: $(cat "$LOG/findings.out")"
echo "ok: the three missing mirrors, at their lines in trace.h, shown by the README's filter only"

# generate: what it reports, the mirror it writes and the Kbuild lines.
"$TOOL" generate --lttng="$LTTNG" -p "$MODULE" "$MODULE/localmod.c" >"$LOG/generate.out" 2>&1 ||
  fail "generate failed: $(cat "$LOG/generate.out")"
has() { grep -qF -- "$1" "$2" || fail "expected in $2: $1"; }
has "lttng-tidy generate: localmod: 3 tracepoints from trace.h, 0 notes" "$LOG/generate.out"
has "lttng-tidy generate: localmod: the header is not the kernel's: its probe is built with -I$MODULE (Kbuild)" "$LOG/generate.out"
if grep -q '^note:' "$LOG/generate.out"; then fail "generate left notes: $(cat "$LOG/generate.out")"; fi
MIRROR="$LTTNG/include/instrumentation/events/localmod.h"
PROBE="$LTTNG/src/probes/lttng-probe-localmod.c"
[[ -f "$MIRROR" && -f "$PROBE" ]] || fail "generate wrote no mirror or no probe"
for l in 'LTTNG_TRACEPOINT_EVENT(localmod_probe,' 'LTTNG_TRACEPOINT_EVENT_CLASS(localmod_xfer,' \
         'LTTNG_TRACEPOINT_EVENT_INSTANCE(localmod_xfer, localmod_send,' \
         'LTTNG_TRACEPOINT_EVENT_INSTANCE(localmod_xfer, localmod_receive,' \
         'ctf_integer(size_t, len, len)'; do
  has "$l" "$MIRROR"
done
if grep -q 'LTTNG_KERNEL_VERSION' "$MIRROR"; then fail "a kernel version guard in a module's mirror"; fi
has '#include <trace.h>' "$PROBE"
has '#undef TRACE_INCLUDE_FILE' "$PROBE"
diff "$LTTNG_SOURCE/src/probes/Kbuild" "$LTTNG/src/probes/Kbuild" | sed -n 's/^> //p' >"$LOG/kbuild.added" || true
printf '%s\n' "CFLAGS_lttng-probe-localmod.o += -I$MODULE" 'obj-$(CONFIG_LTTNG) += lttng-probe-localmod.o' |
  diff - "$LOG/kbuild.added" || fail "the Kbuild lines differ (above)"
echo "ok: generate wrote localmod.h, lttng-probe-localmod.c and the Kbuild lines"

# The probe, with the LTTng modules modpost resolves its symbols from.
LTTNG_MODULES=(lttng-tracer.ko lttng-wrapper.ko lttng-clock.ko lttng-statedump.ko
  lib/lttng-lib-ring-buffer.ko probes/lttng-kprobes.ko probes/lttng-kretprobes.ko
  probes/lttng-uprobes.ko)
status=0
make -C "$KDIR" M="$LTTNG/src" CONFIG_LTTNG=m -j"$(nproc)" \
  "${LTTNG_MODULES[@]}" probes/lttng-probe-localmod.ko >"$LOG/probe-build.log" 2>&1 || status=$?
errors=$(grep -cE ': error: |^ERROR: ' "$LOG/probe-build.log" || true)
KO="$LTTNG/src/probes/lttng-probe-localmod.ko"
if ((status)) || ((errors)) || [[ ! -f "$KO" ]]; then
  fail "the probe does not build (status $status, $errors errors): $(grep -E ': error: |^ERROR: ' "$LOG/probe-build.log" | head -5)"
fi
events=$(nm "$KO" | sed -n 's/.* [rRdD] __event_desc___\(localmod_[a-z_]*\)$/\1/p' | sort | tr '\n' ' ')
[[ "$events" == "localmod_probe localmod_receive localmod_send " ]] ||
  fail "the probe's event descriptors: '$events'"
echo "ok: $KO built with zero errors, events: $events"

# With the mirror in the tree, the module is mirrored: no finding.
tidy --header-filter="$FILTER" >"$LOG/after.out" 2>"$LOG/after.err" ||
  fail "clang-tidy-19 failed: $(tail -5 "$LOG/after.err")"
if grep -E ': (warning|error): ' "$LOG/after.out"; then fail "findings after generate (above)"; fi
echo "ok: after generate, no finding"
echo PASS
