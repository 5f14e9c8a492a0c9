#!/usr/bin/env bash
# Installs the Debian 12 packages lttng-tidy needs, only when they are missing.
# Safe to run again: it does nothing once everything is present.
set -euo pipefail

# The kernel headers release the project is tested against. Debian 12's
# lttng-modules-dkms 2.13.9 fails to build against it (hrtimer_start).
KERNEL_RELEASE="${LTTNG_TIDY_KERNEL_RELEASE:-6.1.0-50-amd64}"

# The newer kernel Debian 12 ships (security suite): the newest
# linux-headers-6.12.<N>+deb12-amd64 the archive offers, unless one is named.
# scripts/kernel-headers.sh 6.12 finds it again.
newest_612_headers() {
  apt-cache search --names-only '^linux-headers-6\.12\.[0-9]+\+deb12-amd64$' 2>/dev/null |
    awk '{print $1}' | sort -V | tail -1
}
HEADERS_612="${LTTNG_TIDY_KERNEL_612_HEADERS:-}"
if [[ -z "$HEADERS_612" ]]; then
  # No match is normal on a fresh machine: not an error under pipefail.
  HEADERS_612=$(ls -d /usr/src/linux-headers-6.12.*+deb12-amd64 2>/dev/null | sort -V | tail -1 || true)
  HEADERS_612=${HEADERS_612#/usr/src/}
fi
[[ -n "$HEADERS_612" ]] || HEADERS_612=$(newest_612_headers)
if [[ -z "$HEADERS_612" ]]; then
  apt-get update -qq 2>/dev/null || sudo apt-get update -qq
  HEADERS_612=$(newest_612_headers)
fi

PACKAGES=(
  clang-19 clang-tidy-19 clang-tools-19 libclang-19-dev llvm-19-dev
  llvm-19-tools lld-19
  # The shared ASan/UBSan runtime of the sanitized build (lit.sanitized);
  # only recommended by libclang-common-19-dev.
  libclang-rt-19-dev
  # lttng-tidy links clang and LLVM statically (tool/CMakeLists.txt): zlib's
  # development files, which llvm-19-dev brings only through libxml2-dev.
  zlib1g-dev
  cmake ninja-build make gcc-12 g++ python3 python3-yaml bc kmod libelf-dev
  bear libgtest-dev clang-tidy-14 linux-source-6.1 xz-utils flex bison libssl-dev
  "linux-headers-${KERNEL_RELEASE}"
  linux-source-6.12 "${HEADERS_612:?no linux-headers-6.12.*+deb12-amd64 in the archive}"
  # Recording (docs/workflows/recording.md): Debian's kernel image of the
  # headers' ABI booted under qemu, LTTng's tools and a static busybox for
  # the guest's initramfs.
  "linux-image-${KERNEL_RELEASE}" qemu-system-x86 lttng-tools babeltrace2
  busybox-static cpio
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
echo "setup: ok (kernel headers ${KERNEL_RELEASE} and ${HEADERS_612#linux-headers-}, LLVM 19)"
