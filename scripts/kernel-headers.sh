#!/usr/bin/env bash
# Prints the directory of the Debian kernel headers of one series, as
# scripts/setup.sh installs them (what `make KERNELDIR=...` is given):
#
#   scripts/kernel-headers.sh [SERIES]     SERIES: 6.1 (default) or 6.12
#
# 6.1 is the release setup.sh pins (LTTNG_TIDY_KERNEL_RELEASE); 6.12 is the
# newest linux-headers-6.12.<N>+deb12-amd64 installed.
set -euo pipefail
SERIES="${1:-6.1}"
case "$SERIES" in
  6.1) dir="/usr/src/linux-headers-${LTTNG_TIDY_KERNEL_RELEASE:-6.1.0-50-amd64}" ;;
  *) dir=$(ls -d /usr/src/linux-headers-"$SERIES".*+deb12-amd64 2>/dev/null | sort -V | tail -1 || true) ;;
esac
if [[ -z "$dir" || ! -f "$dir/Makefile" ]]; then
  echo "kernel-headers: no Debian headers of Linux $SERIES installed (run scripts/setup.sh)" >&2
  exit 2
fi
echo "$dir"
