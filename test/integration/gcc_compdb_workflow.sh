#!/usr/bin/env bash
# Integration test: a compile database recorded (with bear) from a GCC
# kbuild of an out-of-tree module against Debian's linux-headers works with
# clang-tidy-19 and run-clang-tidy-19 after `lttng-tidy compdb`, and does
# not without it. With LTTNG (Debian's lttng-modules-dkms source) as
# LttngModulesDir, the mirror checks read the probes that mirror the
# module's trace headers, evaluated for this kernel.
# Usage: gcc_compdb_workflow.sh KDIR TOOL PLUGIN EXAMPLE_DIR WORK LTTNG
set -euo pipefail
KDIR=$1 TOOL=$2 PLUGIN=$3 EXAMPLE=$4 WORK=$5 LTTNG=$6
fail() { echo "FAIL: $*"; exit 1; }

LOG="$WORK-logs"
rm -rf "$WORK" "$LOG"; mkdir -p "$WORK" "$LOG"
cp "$EXAMPLE"/* "$WORK"/
bear --output "$WORK/gcc_commands.json" -- make -s -C "$KDIR" M="$WORK" trace_headers_demo.o
grep -q 'gcc-12' "$WORK/gcc_commands.json" || fail "the database was not recorded from gcc-12"

# As recorded, clang-tidy-19 stops on GCC-only flags.
cp "$WORK/gcc_commands.json" "$WORK/compile_commands.json"
if clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-*' -p "$WORK" \
    "$WORK/trace_headers_demo.c" >"$LOG/raw.out" 2>&1; then
  fail "clang-tidy-19 accepted the raw GCC database; the test lost its point"
fi
grep -q "unknown argument" "$LOG/raw.out" || fail "expected 'unknown argument' from the raw database"
echo "ok: the raw GCC database is rejected by clang-tidy-19 (unknown argument)"

# lttng-tidy model and audit on the raw database write nothing into the
# module tree (kbuild's -Wp,-MMD,.x.o.d is dropped, where clang-tidy-19
# alone just wrote it). model counts clang's errors, exits 1 and names
# GCC's flags once; audit runs on its own rewritten copy: no unit errors.
rm -f "$WORK"/.*.o.d
before=$(find "$WORK" -type f | sort)
set +e
"$TOOL" model --summary -p "$WORK" "$WORK/trace_headers_demo.c" >"$LOG/model-raw.json" 2>"$LOG/model-raw.err"
status=$?
"$TOOL" audit -p "$WORK" --lttng="$LTTNG" --all-trace-units --quiet --no-cache \
  --format=json -o "$LOG/audit-raw.json" 2>"$LOG/audit-raw.err"
audit_status=$?
set -e
[[ $status == 1 ]] || fail "model on the raw GCC database: exit $status, expected 1"
python3 -c 'import json, sys; r = json.loads(open(sys.argv[1]).readline()); assert r["errors"] > 0, r["errors"]' \
  "$LOG/model-raw.json" || fail "model's JSON counts no error on the raw GCC database"
[[ $(grep -c "^lttng-tidy model: note: clang does not accept .*-fconserve-stack.*: they are GCC's, so the compile database was recorded from a GCC build; \`lttng-tidy compdb IN -o OUT\` rewrites it for clang$" "$LOG/model-raw.err") == 1 ]] \
  || fail "model: no single note on GCC's flags: $(tail -3 "$LOG/model-raw.err")"
[[ $audit_status == 1 ]] || fail "audit on the raw GCC database: exit $audit_status, expected 1: $(cat "$LOG/audit-raw.err")"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); assert all("error" not in u for u in r["units"]), r["units"]' \
  "$LOG/audit-raw.json" || fail "audit on the raw GCC database: a unit with errors"
after=$(find "$WORK" -type f | sort)
[[ "$before" == "$after" ]] || fail "model or audit wrote files into the module tree: $(comm -13 <(echo "$before") <(echo "$after"))"
echo "ok: model (exit 1, errors counted, GCC's flags named once) and audit (its own rewritten copy) on the raw database, no files written"

# Rewritten, both clang-tidy-19 and run-clang-tidy-19 run our checks cleanly.
"$TOOL" compdb "$WORK/gcc_commands.json" -o "$WORK/compile_commands.json" 2>"$LOG/compdb.err"
grep -q -- '-mrecord-mcount' "$LOG/compdb.err" || fail "compdb did not report the flags it dropped"
before=$(find "$WORK" -type f | sort)
clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-*' --header-filter='.*/trace/events/.*' \
  -p "$WORK" "$WORK/trace_headers_demo.c" >"$LOG/tidy.out" 2>&1 || fail "clang-tidy-19 failed: $(tail -5 "$LOG/tidy.out")"
grep -q "kmem.h:[0-9]*:1: warning: kernel tracepoint 'kmalloc' is not prefixed with its TRACE_SYSTEM 'kmem_' \[lttng-tracepoint-naming\]" "$LOG/tidy.out" \
  || fail "expected the kmalloc finding"
grep -q "irq.h:[0-9]*:1: warning: kernel tracepoint 'softirq_entry'" "$LOG/tidy.out" || fail "expected the softirq_entry finding"
if grep -q "error:" "$LOG/tidy.out"; then fail "clang-tidy-19 reported errors: $(grep error: "$LOG/tidy.out" | head -3)"; fi
after=$(find "$WORK" -type f | sort)
[[ "$before" == "$after" ]] || fail "clang-tidy wrote files into the module tree: $(comm -13 <(echo "$before") <(echo "$after"))"
echo "ok: clang-tidy-19 with the rewritten database: $(grep -c ': warning:' "$LOG/tidy.out") findings, no errors, no files written"

run-clang-tidy-19 -clang-tidy-binary "$(command -v clang-tidy-19)" -load "$PLUGIN" \
  -checks='-*,lttng-*' -header-filter='.*/trace/events/.*' -p "$WORK" -quiet \
  >"$LOG/run.out" 2>&1 || fail "run-clang-tidy-19 failed: $(tail -5 "$LOG/run.out")"
grep -q "'kmalloc' is not prefixed" "$LOG/run.out" || fail "run-clang-tidy-19 did not report kmalloc"
echo "ok: run-clang-tidy-19 -load with the rewritten database"
# The kernel unit read with Debian's LTTng-modules: the hrtimer_start
# drift and a stale mirror of this kernel, in the LTTng tree's mirrors.
clang-tidy-19 --load="$PLUGIN" -checks='-*,lttng-proto-mismatch,lttng-stale-mirror' \
  --header-filter='.*/instrumentation/events/.*' \
  -config="{CheckOptions: {LttngModulesDir: '$LTTNG'}}" \
  -p "$WORK" "$WORK/trace_headers_demo.c" >"$LOG/lttng-dir.out" 2>&1 || true
grep -q "instrumentation/events/timer.h:[0-9]*:1: warning: LTTng mirror of 'hrtimer_start' does not match the kernel's prototype ('bool was_armed' added)" "$LOG/lttng-dir.out" \
  || fail "LttngModulesDir: no hrtimer_start finding: $(grep warning: "$LOG/lttng-dir.out" | head -3)"
grep -q "instrumentation/events/power.h:[0-9]*:1: warning: LTTng mirror 'machine_suspend' has no kernel tracepoint in the analysed kernel" "$LOG/lttng-dir.out" \
  || fail "LttngModulesDir: no machine_suspend stale finding"
echo "ok: the kernel unit read with Debian's LTTng-modules through LttngModulesDir"

# lttng-tidy audit on the same GCC-recorded (rewritten) database: the
# module only uses trace headers, so --all-trace-units selects it.
set +e
"$TOOL" audit -p "$WORK" --lttng="$LTTNG" --all-trace-units --quiet \
  --cache-dir="$LOG/audit-cache" --format=json -o "$LOG/audit.json" 2>"$LOG/audit.err"
status=$?
set -e
[[ $status == 1 ]] || fail "audit on the GCC database: exit $status, expected 1: $(cat "$LOG/audit.err")"
python3 - "$LOG/audit.json" <<'PY' || fail "audit report on the GCC database"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r['units']) == 1 and 'error' not in r['units'][0], r['units']
names = {t['name']: t for t in r['tracepoints'] if t['side'] == 'kernel'}
assert names['hrtimer_start']['mirror'] == 'mirrored', names['hrtimer_start']
msgs = [f['message'] for f in r['findings']]
assert any("'hrtimer_start' does not match the kernel's prototype" in m for m in msgs)
assert any("'kmalloc' is not prefixed" in m for m in msgs)
PY
echo "ok: lttng-tidy audit on the GCC-recorded database"
echo "PASS"
