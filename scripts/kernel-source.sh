#!/usr/bin/env bash
# Prints the path of Debian's Linux source of one series (package
# linux-source-<series>), unpacking /usr/src/linux-source-<series>.tar.xz
# into the cache on first use.
#
#   scripts/kernel-source.sh [SERIES]      SERIES: 6.1 (default) or 6.12
#
# LTTNG_TIDY_KERNEL_SERIES gives the series when no argument does.
# The tree is shared by the whole-kernel audit, the `make clang-tidy`
# workflow test and the benchmark; scripts that modify it work in their own
# output directory (O=...), never in the unpacked source.
#
# Safe to call from several processes at once (ctest -j): one unpacks under
# a lock while the others wait for it. The tree is unpacked beside its final
# name and renamed when complete, so an interrupted unpack is redone.
set -euo pipefail
CACHE="${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}"
SERIES="${1:-${LTTNG_TIDY_KERNEL_SERIES:-6.1}}"
# LTTNG_TIDY_KERNEL_TARBALL: another tarball (the tests use a small one).
TARBALL="${LTTNG_TIDY_KERNEL_TARBALL:-/usr/src/linux-source-$SERIES.tar.xz}"
DEST="$CACHE/linux-source-$SERIES"
source "$(dirname "$0")/cache-lock.sh"
if [[ ! -f "$DEST/Makefile" ]]; then
  [[ -f "$TARBALL" ]] || { echo "kernel-source: $TARBALL is missing (run scripts/setup.sh)" >&2; exit 2; }
  cache_lock "$DEST"
  # Another process may have finished it while this one waited.
  if [[ ! -f "$DEST/Makefile" ]]; then
    echo "kernel-source: unpacking $TARBALL into $CACHE" >&2
    rm -rf "$DEST.partial" "$DEST"
    mkdir "$DEST.partial"
    tar -xJf "$TARBALL" -C "$DEST.partial" --strip-components=1
    mv "$DEST.partial" "$DEST"
  fi
  cache_unlock
fi
echo "$DEST"
