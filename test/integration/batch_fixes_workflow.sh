#!/usr/bin/env bash
# Integration test: whole-tree fix-its. Two kernel units of a real module
# (test/integration/workflow-module, built with kbuild and gcc-12 against
# Debian's linux-headers under bear, the database rewritten with
# `lttng-tidy compdb`) both include <trace/events/timer.h>; with
# LttngModulesDir naming a copy of Debian's LTTng-modules 2.13.9, each
# reports the hrtimer_start prototype drift of that copy's mirror with the
# same fix. run-clang-tidy-19 -export-fixes writes one YAML per unit,
# clang-apply-replacements-19 applies them with no conflict, and a second
# round finds and changes nothing. run-clang-tidy-19 -fix gives the same tree.
# Usage: batch_fixes_workflow.sh KDIR TOOL PLUGIN MODULE_DIR WORK LTTNG
set -euo pipefail
KDIR=$1 TOOL=$2 PLUGIN=$3 MODULE=$4 WORK=$5 LTTNG=$6
source "$(dirname "$0")/workflow_lib.sh"

LOG="$WORK-logs"
rm -rf "$WORK" "$LOG"; mkdir -p "$WORK" "$LOG"
build_workflow_module "$KDIR" "$TOOL" "$MODULE" "$WORK/module" "$LOG" workflow_demo.o workflow_timer.o
grep -q '2 entries' "$LOG/compdb.err" || fail "expected 2 units in the database: $(cat "$LOG/compdb.err")"

# The LTTng tree the fixes are written into: a copy, and a pristine one.
cp -r "$LTTNG" "$WORK/lttng"
cp -r "$LTTNG" "$WORK/lttng.orig"
MIRROR=include/instrumentation/events/timer.h

# All lttng-* checks, every unit of the database, in parallel.
tidy_all() {
  local tree=$1; shift
  run-clang-tidy-19 -clang-tidy-binary "$(command -v clang-tidy-19)" \
    -clang-apply-replacements-binary "$(command -v clang-apply-replacements-19)" \
    -load "$PLUGIN" -checks='-*,lttng-*' -header-filter='.*/instrumentation/events/.*' \
    -config "{CheckOptions: {LttngModulesDir: '$tree'}}" -p "$WORK/module" -quiet "$@"
}
replacements() { grep -h -A3 '^        - FilePath:' "$1"/*.yaml 2>/dev/null || true; }
tree_sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# 1. Export: one YAML per unit, each with the same fix in the mirror.
mkdir "$WORK/fixes"
tidy_all "$WORK/lttng" -export-fixes "$WORK/fixes/" >"$LOG/export.out" 2>&1 || fail "run-clang-tidy-19 failed: $(tail -5 "$LOG/export.out")"
n=$(grep -c "lttng/$MIRROR:190:1: warning: LTTng mirror of 'hrtimer_start' does not match the kernel's prototype ('bool was_armed' added)" "$LOG/export.out" || true)
[[ $n == 2 ]] || fail "expected the hrtimer_start finding once per unit (2), got $n"
yamls=("$WORK"/fixes/*.yaml)
[[ ${#yamls[@]} == 2 ]] || fail "expected 2 fix files, got ${#yamls[@]}"
for y in "${yamls[@]}"; do
  [[ $(grep -c 'ReplacementText:' "$y") == 1 ]] || fail "$y: expected one replacement"
  grep -q "FilePath: *'$WORK/lttng/$MIRROR'" "$y" || fail "$y: the fix is not in the mirror"
done
# Every replacement of both units stays inside the LTTng copy.
if grep -h '^        - FilePath:' "${yamls[@]}" | grep -v "'$WORK/lttng/"; then fail "a fix outside the LTTng copy"; fi
a=$(grep -A3 '^        - FilePath:' "${yamls[0]}") b=$(grep -A3 '^        - FilePath:' "${yamls[1]}")
[[ "$a" == "$b" ]] || fail "the two units export different replacements"
echo "ok: 2 units, 2 fix files, one identical replacement in $MIRROR"

# 2. Apply: no conflict, only the mirror changes, as expected.
clang-apply-replacements-19 "$WORK/fixes" >"$LOG/apply.out" 2>&1 || fail "clang-apply-replacements-19 failed: $(cat "$LOG/apply.out")"
[[ ! -s "$LOG/apply.out" ]] || fail "clang-apply-replacements-19 reported: $(cat "$LOG/apply.out")"
changed=$(diff -rq "$WORK/lttng.orig" "$WORK/lttng" | sed "s|$WORK/||g" || true)
[[ "$changed" == "Files lttng.orig/$MIRROR and lttng/$MIRROR differ" ]] || fail "unexpected changes: $changed"
diff -u "$WORK/lttng.orig/$MIRROR" "$WORK/lttng/$MIRROR" >"$LOG/mirror.diff" || true
grep -q '^+#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176))$' "$LOG/mirror.diff" || fail "no version guard in the fix"
grep -q '^+	TP_PROTO(struct hrtimer \*hrtimer, enum hrtimer_mode mode, bool was_armed),$' "$LOG/mirror.diff" || fail "no new TP_PROTO"
grep -q '^+	TP_ARGS(hrtimer, mode, was_armed),$' "$LOG/mirror.diff" || fail "no new TP_ARGS"
grep -q '^+		ctf_integer(bool, was_armed, was_armed)$' "$LOG/mirror.diff" || fail "no new field"
grep -q '^-' <(tail -n +3 "$LOG/mirror.diff") && fail "the fix removed lines of the mirror"
echo "ok: applied with no conflict; the mirror gains the guarded 6.1.176 definition"

# 3. Idempotent: a second round finds nothing to fix and changes nothing.
sum=$(tree_sum "$WORK/lttng")
mkdir "$WORK/fixes2"
tidy_all "$WORK/lttng" -export-fixes "$WORK/fixes2/" >"$LOG/export2.out" 2>&1 || fail "second run failed"
if grep -q 'hrtimer_start' "$LOG/export2.out"; then fail "hrtimer_start still reported: $(grep hrtimer_start "$LOG/export2.out" | head -2)"; fi
if grep -q 'ReplacementText' "$WORK"/fixes2/*.yaml; then fail "the second round proposes fixes"; fi
clang-apply-replacements-19 "$WORK/fixes2" >"$LOG/apply2.out" 2>&1 || fail "second apply failed"
[[ "$(tree_sum "$WORK/lttng")" == "$sum" ]] || fail "the second round changed the tree"
echo "ok: a second round finds no drift and changes nothing"

# 4. run-clang-tidy-19 -fix (which runs clang-apply-replacements-19 itself)
#    on a fresh copy gives the same tree.
cp -r "$LTTNG" "$WORK/lttng-fix"
tidy_all "$WORK/lttng-fix" -fix >"$LOG/fix.out" 2>&1 || fail "run-clang-tidy-19 -fix failed: $(tail -5 "$LOG/fix.out")"
diff -r "$WORK/lttng" "$WORK/lttng-fix" >"$LOG/fix-vs-apply.diff" || fail "-fix and export+apply differ: $(head -20 "$LOG/fix-vs-apply.diff")"
echo "ok: run-clang-tidy-19 -fix gives the same tree"
echo "PASS"
