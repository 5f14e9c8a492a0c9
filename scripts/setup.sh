#!/usr/bin/env bash
# Installs the Debian 12 packages lttng-tidy needs, only when they are missing.
# Safe to run again: it does nothing once everything is present.
set -euo pipefail

# The kernel headers release the project is tested against. Debian 12's
# lttng-modules-dkms 2.13.9 fails to build against it (hrtimer_start).
KERNEL_RELEASE="${LTTNG_TIDY_KERNEL_RELEASE:-6.1.0-50-amd64}"

PACKAGES=(
  clang-19 clang-tidy-19 clang-tools-19 libclang-19-dev llvm-19-dev
  llvm-19-tools lld-19
  cmake ninja-build make gcc-12 g++ python3 bc kmod libelf-dev
  bear libgtest-dev clang-tidy-14 linux-source-6.1 xz-utils flex bison libssl-dev
  "linux-headers-${KERNEL_RELEASE}"
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# LTTng-modules is unpacked, not installed: installing lttng-modules-dkms
# would start a DKMS build for the running kernel, which is not what we check.
# Unpacked beside its final name and renamed when complete, under a lock:
# an interrupted unpack is redone, and parallel callers wait for one.
LTTNG_DIR="${LTTNG_TIDY_CACHE:-$HOME/.cache/lttng-tidy}/lttng-modules"
source "$(dirname "$0")/cache-lock.sh"
if [[ ! -d "$LTTNG_DIR/usr/src" ]]; then
  cache_lock "$LTTNG_DIR"
  if [[ ! -d "$LTTNG_DIR/usr/src" ]]; then
    echo "setup: unpacking lttng-modules-dkms source into $LTTNG_DIR"
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download lttng-modules-dkms >/dev/null 2>&1 ||
       { ${SUDO:-} apt-get update -qq && apt-get download lttng-modules-dkms >/dev/null; })
    rm -rf "$LTTNG_DIR.partial" "$LTTNG_DIR"
    mkdir -p "$LTTNG_DIR.partial"
    dpkg-deb -x "$tmp"/lttng-modules-dkms_*.deb "$LTTNG_DIR.partial"
    rm -rf "$tmp"
    mv "$LTTNG_DIR.partial" "$LTTNG_DIR"
  fi
  cache_unlock
fi
echo "setup: ok (kernel headers ${KERNEL_RELEASE}, LLVM 19)"
