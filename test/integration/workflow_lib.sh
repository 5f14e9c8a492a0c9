# Shared by the workflow tests (sourced, not run): builds a copy of
# test/integration/workflow-module with kbuild and gcc-12 against Debian's
# linux-headers while bear records the compile database, and rewrites that
# database for clang with `lttng-tidy compdb`, as a user of a distribution
# kernel would.

fail() { echo "FAIL: $*"; exit 1; }

# build_workflow_module KDIR TOOL MODULE_SRC DEST LOG OBJECT...
build_workflow_module() {
  local kdir=$1 tool=$2 src=$3 dest=$4 log=$5
  shift 5
  mkdir -p "$dest"
  cp "$src"/* "$dest"/
  bear --output "$dest/gcc_commands.json" -- \
    make -s -C "$kdir" M="$dest" "$@" >"$log/build.out" 2>&1 \
    || fail "kbuild failed: $(tail -5 "$log/build.out")"
  grep -q 'gcc-12' "$dest/gcc_commands.json" || fail "the database was not recorded from gcc-12"
  "$tool" compdb "$dest/gcc_commands.json" -o "$dest/compile_commands.json" 2>"$log/compdb.err"
}
