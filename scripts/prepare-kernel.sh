#!/usr/bin/env bash
# Prepares Debian's Linux source of one series (linux-source-6.1 by default,
# linux-source-6.12 with LTTNG_TIDY_KERNEL_SERIES=6.12) for a whole-kernel
# audit: an x86-64 `make LLVM=1 allmodconfig` build directory in which only
# the objects that define tracepoints (the .c files defining
# CREATE_TRACE_POINTS) are compiled, plus its compile_commands.json.
#
#   scripts/prepare-kernel.sh [OUT_DIR]
#
# OUT_DIR defaults to ~/.cache/lttng-tidy/linux-<series>-allmodconfig. The
# unpacked source is never modified: kbuild writes into OUT_DIR (O=).
# Re-running is cheap: kbuild rebuilds nothing that is up to date.
#
# Choices, for speed on a small machine (DESIGN.md section 6):
# - clang 19 from Debian is put first on PATH so `LLVM=1` finds clang,
#   ld.lld and the llvm-* tools under their plain names;
# - WERROR is off (clang 19 is newer than the compilers 6.1 was tested
#   with), and so are the options that only slow a build or need tools
#   Debian does not configure here: sanitizers (KASAN, KCSAN, KMSAN,
#   UBSAN), coverage (GCOV, KCOV), LTO and CFI, debug info and BTF, module
#   signing;
# - only the CREATE_TRACE_POINTS objects are built (kbuild single targets,
#   with -k: an object allmodconfig does not build for x86 is skipped and
#   listed in OUT_DIR/lttng-tidy-skipped.txt).
#
# Safe to call from several processes at once (ctest -j): one prepares
# OUT_DIR under a lock while the others wait, then find it up to date. A
# configuration interrupted before it was complete is made again, and
# compile_commands.json is replaced only by a complete one.
#
# A complete preparation is stamped (OUT_DIR/lttng-tidy-prepared.done) with
# what made it: this script's contents, the source tree and its Makefile
# (which names the kernel's version). A later call
# with the same returns at once instead of having kbuild walk the tree again
# (about a minute, and every kernel-wide test calls this). Remove the stamp
# to have kbuild check the tree.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SERIES="${LTTNG_TIDY_KERNEL_SERIES:-6.1}"
SRC=$("$ROOT/scripts/kernel-source.sh" "$SERIES")
OUT="${1:-${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}/linux-$SERIES-allmodconfig}"
JOBS="${JOBS:-$(nproc)}"
export PATH="/usr/lib/llvm-19/bin:$PATH"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
source "$ROOT/scripts/cache-lock.sh"
cache_lock "$OUT"
KMAKE=(make -C "$SRC" O="$OUT" LLVM=1 ARCH=x86_64 -s)

step() { printf '== prepare-kernel: %s\n' "$*" >&2; }

STAMP="$OUT/lttng-tidy-prepared.done"
STAMP_TEXT="$(cat "${BASH_SOURCE[0]}" "$SRC/Makefile" | sha256sum | cut -d' ' -f1) $SRC"
if [[ -f "$STAMP" && -f "$OUT/compile_commands.json" &&
      "$(cat "$STAMP")" == "$STAMP_TEXT" ]]; then
  step "up to date (stamped in $STAMP)"
  echo "$OUT"
  exit 0
fi
rm -f "$STAMP"

# Written once the configuration below is complete: a .config without it
# is the leftover of an interrupted run.
CONFIG_DONE="$OUT/lttng-tidy-config.done"
if [[ ! -f "$CONFIG_DONE" ]]; then
  step "allmodconfig in $OUT"
  rm -f "$OUT/.config"
  "${KMAKE[@]}" allmodconfig
  "$SRC/scripts/config" --file "$OUT/.config" \
    -d WERROR -d DRM_WERROR -d KASAN -d KCSAN -d KMSAN -d UBSAN \
    -d GCOV_KERNEL -d KCOV -d LTO_CLANG_FULL -d LTO_CLANG_THIN -e LTO_NONE \
    -d CFI_CLANG -d DEBUG_INFO -d DEBUG_INFO_BTF -e DEBUG_INFO_NONE \
    -d DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -d DEBUG_INFO_DWARF4 \
    -d DEBUG_INFO_DWARF5 -d MODULE_SIG -d MODULE_SIG_ALL -d IKHEADERS \
    -d KALLSYMS_ALL
  "${KMAKE[@]}" olddefconfig
  touch "$CONFIG_DONE"
fi

step "make LLVM=1 prepare"
"${KMAKE[@]}" -j"$JOBS" prepare

# The tracepoint-defining units, as objects of the build. arch/ other than
# x86, tools/ (user space) and samples/ are not part of an x86 kernel.
(cd "$SRC" && grep -rl --include='*.c' -E '^[[:space:]]*#[[:space:]]*define[[:space:]]+CREATE_TRACE_POINTS' \
   --exclude-dir=tools --exclude-dir=samples --exclude-dir=Documentation . |
   sed 's|^\./||' | grep -E -v '^arch/' ; \
 cd "$SRC" && grep -rl --include='*.c' -E '^[[:space:]]*#[[:space:]]*define[[:space:]]+CREATE_TRACE_POINTS' arch/x86) |
  sort -u | sed 's/\.c$/.o/' >"$OUT/lttng-tidy-trace-objects.txt"
step "building $(wc -l <"$OUT/lttng-tidy-trace-objects.txt") CREATE_TRACE_POINTS objects (-j$JOBS)"
mapfile -t objects <"$OUT/lttng-tidy-trace-objects.txt"
"${KMAKE[@]}" -k -j"$JOBS" "${objects[@]}" >"$OUT/lttng-tidy-build.log" 2>&1 || true

: >"$OUT/lttng-tidy-skipped.txt"
for o in "${objects[@]}"; do
  [[ -f "$OUT/$o" ]] || echo "$o" >>"$OUT/lttng-tidy-skipped.txt"
done
step "built $(( ${#objects[@]} - $(wc -l <"$OUT/lttng-tidy-skipped.txt") )), skipped $(wc -l <"$OUT/lttng-tidy-skipped.txt") (see lttng-tidy-skipped.txt, lttng-tidy-build.log)"

step "compile_commands.json"
python3 "$SRC/scripts/clang-tools/gen_compile_commands.py" -d "$OUT" \
  -o "$OUT/compile_commands.json.partial"
mv "$OUT/compile_commands.json.partial" "$OUT/compile_commands.json"
printf '%s\n' "$STAMP_TEXT" >"$STAMP"
echo "$OUT"
