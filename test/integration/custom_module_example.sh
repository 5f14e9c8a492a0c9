#!/usr/bin/env bash
# Integration test of the README's main job: runs scripts/run-example.sh
# itself (into WORK, with the tests' build of lttng-tidy) and checks what
# its user reads: the findings on the custom module's trace header with
# file:line, what `lttng-tidy generate` reports and the mirror it prints,
# the probe's Kbuild lines, a probe .ko built with zero errors whose event
# descriptors are the module's tracepoints. Then a second run (it must do
# the same again), and the refusal to wipe a directory it did not make.
# Usage: custom_module_example.sh BUILD_DIR WORK KERNEL_RELEASE LTTNG_SOURCE
set -euo pipefail
BUILD=$1 WORK=$2 RELEASE=$3 LTTNG_SOURCE=$4
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HEADER="$ROOT/examples/custom-module/include/trace/events/hello.h"
fail() { echo "FAIL: $*"; exit 1; }

LOG="$WORK-logs"
rm -rf "$WORK" "$LOG"
mkdir -p "$LOG"
# run-example.sh reads the LTTng source from the cache that holds it.
CACHE=${LTTNG_SOURCE%/lttng-modules/usr/src/lttng-modules-2.13.9}
[[ "$CACHE" != "$LTTNG_SOURCE" ]] || fail "unexpected LTTng source path $LTTNG_SOURCE"
run_example() {
  LTTNG_TIDY_BUILD_DIR="$BUILD" LTTNG_TIDY_EXAMPLE_DIR="$WORK" \
    LTTNG_TIDY_KERNEL_RELEASE="$RELEASE" LTTNG_TIDY_CACHE="$CACHE" \
    "$ROOT/scripts/run-example.sh"
}

touch "$LOG/stamp"
run_example >"$LOG/run1.out" 2>&1 || fail "run-example.sh failed: $(tail -15 "$LOG/run1.out")"
OUT="$LOG/run1.out"
has() { grep -qF -- "$1" "$OUT" || fail "expected in the output: $1"; }
# The line of a definition in the shipped header, as the findings cite it.
line_of() { grep -n "^$1" "$HEADER" | cut -d: -f1; }

# Step 3: exactly these five findings, each at its definition.
naming="include/trace/events/hello.h:$(line_of 'TRACE_EVENT(greeting_reset,'):1: warning: kernel tracepoint 'greeting_reset' is not prefixed with its TRACE_SYSTEM 'hello_' [lttng-tracepoint-naming]"
has "$naming"
has "an LTTng mirror names it 'hello_greeting_reset' with a _MAP form"
for d in 'TRACE_EVENT(hello_open,' 'DEFINE_EVENT(hello_io, hello_read,' \
         'DEFINE_EVENT(hello_io, hello_write,' 'TRACE_EVENT(greeting_reset,'; do
  name=$(sed 's/.*[(, ]\([a-z_]*\),$/\1/' <<<"$d")
  has "include/trace/events/hello.h:$(line_of "$d"):1: warning: tracepoint '$name' in the module's header has no LTTng mirror: no probe of the LTTng-modules tree mirrors its header [lttng-missing-mirror]"
done
[[ $(grep -c ': warning: ' "$OUT") -eq 5 ]] ||
  fail "expected 5 findings, got: $(grep ': warning: ' "$OUT")"
echo "ok: the naming finding and the four missing mirrors, at their lines in hello.h"

# Step 4: generate's report, the mirror it wrote and the Kbuild lines.
has "lttng-tidy generate: hello: 4 tracepoints from trace/events/hello.h, 0 notes"
has "lttng-tidy generate: hello: the header is not the kernel's: its probe is built with -I$WORK/hello/include (Kbuild)"
for l in 'LTTNG_TRACEPOINT_EVENT(hello_open,' 'ctf_string(comm, comm)' \
         'ctf_integer(int, opens, opens)' 'LTTNG_TRACEPOINT_EVENT_CLASS(hello_io,' \
         'ctf_integer(size_t, count, count)' 'ctf_integer(loff_t, end, pos + count)' \
         'ctf_array_text(char, head, buf, HELLO_HEAD_LEN)' \
         'LTTNG_TRACEPOINT_EVENT_INSTANCE(hello_io, hello_read,' \
         'LTTNG_TRACEPOINT_EVENT_INSTANCE(hello_io, hello_write,' \
         'LTTNG_TRACEPOINT_EVENT_MAP(greeting_reset,' 'hello_greeting_reset,' \
         'ctf_integer(unsigned int, old_len, old_len)' \
         "+CFLAGS_lttng-probe-hello.o += -I$WORK/hello/include" \
         '+obj-$(CONFIG_LTTNG) += lttng-probe-hello.o'; do
  has "$l"
done
echo "ok: generate's report, the mirror's definitions and fields, the Kbuild lines"

# Step 5: zero errors, and the .ko holds one descriptor per tracepoint.
KO="$WORK/lttng-modules-2.13.9/src/probes/lttng-probe-hello.ko"
has "make: exit status 0, 0 errors"
has "built $KO ($RELEASE, depends: lttng-tracer)"
[[ -f "$KO" ]] || fail "no $KO"
events=$(nm "$KO" | sed -n 's/.* [rRdD] __event_desc___\(hello_[a-z_]*\)$/\1/p' | sort | tr '\n' ' ')
[[ "$events" == "hello_greeting_reset hello_open hello_read hello_write " ]] ||
  fail "the probe's event descriptors: '$events'"
has "probe:     $KO"
echo "ok: $KO built with zero errors, events: $events"

# Nothing written outside WORK: not the shipped example, not the cache.
changed=$(find "$ROOT/examples" "$LTTNG_SOURCE" -newer "$LOG/stamp" | head -5)
[[ -z "$changed" ]] || fail "run-example.sh wrote outside its work directory: $changed"

# A second run: the same output, timings aside. Kbuild's progress lines
# (CC [M], LD [M], MODPOST) come in the order parallel make finishes them,
# so they are compared as a set, apart from the rest.
run_example >"$LOG/run2.out" 2>&1 || fail "the second run failed: $(tail -15 "$LOG/run2.out")"
PROGRESS='^  (CC \[M\]|LD \[M\]|MODPOST) '
timeless() { sed -E 's/  \[[0-9]+ s\]$//' "$1" | grep -Ev "$PROGRESS"; }
progress() { grep -E "$PROGRESS" "$1" | sort; }
diff <(timeless "$LOG/run1.out") <(timeless "$LOG/run2.out") >"$LOG/runs.diff" ||
  fail "the second run differs from the first: $(head -20 "$LOG/runs.diff")"
diff <(progress "$LOG/run1.out") <(progress "$LOG/run2.out") >"$LOG/progress.diff" ||
  fail "the second run built other objects: $(head -20 "$LOG/progress.diff")"
[[ -n "$(progress "$LOG/run1.out")" ]] || fail "run-example.sh showed no kbuild progress"
echo "ok: a second run prints the same"

# A work directory run-example.sh did not make is left alone.
mkdir -p "$LOG/foreign" && echo keep >"$LOG/foreign/file"
if LTTNG_TIDY_BUILD_DIR="$BUILD" LTTNG_TIDY_EXAMPLE_DIR="$LOG/foreign" \
    "$ROOT/scripts/run-example.sh" >"$LOG/foreign.out" 2>&1; then
  fail "run-example.sh accepted a directory it did not make"
fi
grep -q "was not made by run-example.sh; not removing it" "$LOG/foreign.out" ||
  fail "no refusal message: $(cat "$LOG/foreign.out")"
[[ -f "$LOG/foreign/file" ]] || fail "run-example.sh removed a foreign directory"
echo "ok: a foreign work directory is refused and kept"
echo PASS
