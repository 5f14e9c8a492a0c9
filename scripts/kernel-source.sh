#!/usr/bin/env bash
# Prints the path of Debian's Linux 6.1 source (package linux-source-6.1),
# unpacking /usr/src/linux-source-6.1.tar.xz into the cache on first use.
# The tree is shared by the whole-kernel audit, the `make clang-tidy`
# workflow test and the benchmark; scripts that modify it work in their own
# output directory (O=...), never in the unpacked source.
set -euo pipefail
CACHE="${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}"
TARBALL=/usr/src/linux-source-6.1.tar.xz
DEST="$CACHE/linux-source-6.1"
if [[ ! -f "$DEST/Makefile" ]]; then
  [[ -f "$TARBALL" ]] || { echo "kernel-source: $TARBALL is missing (run scripts/setup.sh)" >&2; exit 2; }
  echo "kernel-source: unpacking $TARBALL into $CACHE" >&2
  mkdir -p "$CACHE"
  rm -rf "$DEST.partial"
  mkdir "$DEST.partial"
  tar -xJf "$TARBALL" -C "$DEST.partial" --strip-components=1
  mv "$DEST.partial" "$DEST"
fi
echo "$DEST"
