#!/usr/bin/env bash
# Runs scripts/kernel-source.sh three times at once on an empty cache, as
# ctest -j does, with a small kernel tarball, while this script holds the
# preparation lock and has left a half-unpacked tree behind (an interrupted
# run). Prints what a reader of the test needs: who unpacked, who waited,
# what each caller printed, and whether the tree is whole.
# Usage: parallel-unpack.sh SCRIPTS_DIR WORK
set -euo pipefail
SCRIPTS=$1 WORK=$2
rm -rf "$WORK"; mkdir -p "$WORK/src/linux-source-6.1" "$WORK/cache"
printf 'all:\n' >"$WORK/src/linux-source-6.1/Makefile"
mkdir -p "$WORK/src/linux-source-6.1/include/linux"
echo '/* tracepoint.h */' >"$WORK/src/linux-source-6.1/include/linux/tracepoint.h"
tar -cJf "$WORK/linux.tar.xz" -C "$WORK/src" linux-source-6.1
export LTTNG_TIDY_CACHE="$WORK/cache" LTTNG_TIDY_KERNEL_TARBALL="$WORK/linux.tar.xz"
DEST="$WORK/cache/linux-source-6.1"

# An interrupted unpack: a partial tree, no final one.
mkdir -p "$DEST.partial/include"; echo stale >"$DEST.partial/include/stale.h"

exec 8>"$DEST.lock"
flock 8
for i in 1 2 3; do
  "$SCRIPTS/kernel-source.sh" >"$WORK/out.$i" 2>"$WORK/err.$i" 8>&- &
done
# Every caller is waiting for the lock this script holds.
for _ in $(seq 100); do
  [[ $(cat "$WORK"/err.* | grep -c waiting) -eq 3 ]] && break
  sleep 0.1
done
echo "waiting: $(cat "$WORK"/err.* | grep -c 'waiting for another process')"
exec 8>&-
wait
echo "unpacked: $(cat "$WORK"/err.* | grep -c 'unpacking')"
for i in 1 2 3; do echo "caller $i: $(sed "s|$WORK|WORK|" "$WORK/out.$i")"; done
[[ -f "$DEST/include/linux/tracepoint.h" ]] && echo "tree: complete"
[[ -e "$DEST.partial" || -e "$DEST/include/stale.h" ]] && echo "tree: leftover of the interrupted unpack"
# A second call finds it ready: no lock, no unpack.
"$SCRIPTS/kernel-source.sh" 2>&1 | sed "s|$WORK|WORK|"
