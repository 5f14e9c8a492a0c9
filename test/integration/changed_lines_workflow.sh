#!/usr/bin/env bash
# Integration test: checking only the lines a patch changes, on a real
# module with a GCC-recorded compile database (test/integration/
# workflow-module, kbuild + gcc-12 against Debian's linux-headers under
# bear, rewritten with `lttng-tidy compdb`), in a throwaway git repository.
# Its trace.h already has an unprefixed event, demo_stop (line 26).
#  - clang-tidy-diff-19.py on the staged diff reports a new unprefixed
#    event and not demo_stop;
#  - hooks/lttng-tidy-pre-commit as .git/hooks/pre-commit refuses that
#    commit and accepts a clean one;
#  - with the database as GCC recorded it, the hook fails loudly (exit 2,
#    naming GCC's flags and `lttng-tidy compdb`), rather than passing, and
#    writes no dependency file into the module.
# Usage: changed_lines_workflow.sh KDIR TOOL PLUGIN MODULE_DIR WORK ROOT
set -euo pipefail
KDIR=$1 TOOL=$2 PLUGIN=$3 MODULE=$4 WORK=$5 ROOT=$6
source "$(dirname "$0")/workflow_lib.sh"
export LTTNG_TIDY_PLUGIN=$PLUGIN
git_() { git -c user.name=lttng-tidy-test -c user.email=test@example.org "$@"; }

LOG="$WORK-logs"
rm -rf "$WORK" "$LOG"; mkdir -p "$WORK" "$LOG"
build_workflow_module "$KDIR" "$TOOL" "$MODULE" "$WORK" "$LOG" workflow_demo.o

cd "$WORK"
printf '%s\n' '*.o' '*.cmd' '.*.cmd' '*.json' '*.mod*' 'modules.order' >.gitignore
git_ init -q && git_ add -A && git_ commit -qm base
ln -s "$ROOT/hooks/lttng-tidy-pre-commit" .git/hooks/pre-commit

# A new, unprefixed event after demo_stop: lines 38-48.
new_event() {
  sed -i "37r /dev/stdin" trace.h <<'EVENT'
TRACE_EVENT(reset_demo,
	TP_PROTO(int id),
	TP_ARGS(id),
	TP_STRUCT__entry(
		__field(int, id)
	),
	TP_fast_assign(
		__entry->id = id;
	),
	TP_printk("id=%d", __entry->id)
);

EVENT
}
new_event && git_ add trace.h

# 1. clang-tidy-diff-19.py on the staged diff.
git diff --cached -U0 | clang-tidy-diff-19.py -p1 -path "$WORK" \
  -clang-tidy-binary "$(command -v clang-tidy-19)" -load "$PLUGIN" -checks='-*,lttng-*' -quiet \
  >"$LOG/diff.out" 2>&1 || fail "clang-tidy-diff-19.py failed: $(tail -5 "$LOG/diff.out")"
grep -q "^$WORK/trace.h:38:1: warning: kernel tracepoint 'reset_demo' is not prefixed with its TRACE_SYSTEM 'workflow_demo_' \[lttng-tracepoint-naming\]$" "$LOG/diff.out" \
  || fail "clang-tidy-diff-19.py did not report reset_demo: $(cat "$LOG/diff.out")"
if grep -q 'demo_stop' "$LOG/diff.out"; then fail "clang-tidy-diff-19.py reported the unchanged demo_stop"; fi
[[ $(grep -c ': warning:' "$LOG/diff.out") == 1 ]] || fail "expected exactly one warning: $(grep warning: "$LOG/diff.out")"
echo "ok: clang-tidy-diff-19.py reports the new event only"

# 2. The git hook refuses the commit, with the same single finding.
if git_ commit -qm bad >"$LOG/hook-bad.out" 2>&1; then fail "the commit with reset_demo was accepted"; fi
grep -q "trace.h:38:1: warning: kernel tracepoint 'reset_demo'" "$LOG/hook-bad.out" || fail "the hook did not report reset_demo: $(cat "$LOG/hook-bad.out")"
grep -q "lttng-tidy pre-commit: 1 finding(s) on changed lines" "$LOG/hook-bad.out" || fail "no summary line"
if grep -q 'demo_stop' "$LOG/hook-bad.out"; then fail "the hook reported the unchanged demo_stop"; fi
[[ $(git rev-list --count HEAD) == 1 ]] || fail "a commit was made"
echo "ok: the pre-commit hook refuses the commit and reports only reset_demo"

# 3. A clean change in the header and in the unit is committed.
git_ reset -q --hard
new_event && sed -i 's/^TRACE_EVENT(reset_demo,$/TRACE_EVENT(workflow_demo_reset,/' trace.h
sed -i 's/^\ttrace_demo_stop(1);$/&\n\ttrace_workflow_demo_reset(1);/' workflow_demo.c
git_ add -A
git_ commit -qm good >"$LOG/hook-good.out" 2>&1 || fail "the clean commit was refused: $(cat "$LOG/hook-good.out")"
[[ ! -s "$LOG/hook-good.out" ]] || fail "the hook printed something for a clean change: $(cat "$LOG/hook-good.out")"
echo "ok: a clean change is committed silently"

# 4. With the database as GCC recorded it, clang-tidy stops on GCC flags:
#    the hook must fail (exit 2), not pass, say once which flags are GCC's
#    and how to rewrite the database, and write no dependency file
#    (kbuild's -Wp,-MMD,.workflow_demo.o.d) into the module.
cp "$WORK/gcc_commands.json" "$WORK/compile_commands.json"
rm -f .*.o.d
printf '\n' >>workflow_demo.c && git_ add workflow_demo.c
if git_ commit -qm raw >"$LOG/hook-raw.out" 2>&1; then fail "the hook passed with the raw GCC database"; fi
grep -q "unknown argument" "$LOG/hook-raw.out" || fail "expected clang's 'unknown argument': $(head -5 "$LOG/hook-raw.out")"
[[ $(grep -c "lttng-tidy pre-commit: clang does not accept .*-fconserve-stack.*-mrecord-mcount.*: the compile database was recorded from a GCC build; rewrite it with \`lttng-tidy compdb IN -o OUT\`" "$LOG/hook-raw.out") == 1 ]] ||
  fail "no single GCC-flags message: $(tail -3 "$LOG/hook-raw.out")"
status=0; .git/hooks/pre-commit >/dev/null 2>&1 || status=$?
[[ $status == 2 ]] || fail "the hook exited $status with the raw GCC database, expected 2"
if compgen -G '.*.o.d' >/dev/null; then fail "a dependency file was written into the module: $(echo .*.o.d)"; fi
echo "ok: the raw GCC database makes the hook fail loudly (exit 2, use lttng-tidy compdb), writing nothing"
echo "PASS"
