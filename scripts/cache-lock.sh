# Sourced by the scripts that prepare something shared in the cache
# (~/.cache/lttng-tidy): an exclusive lock per prepared item, so that tests
# run in parallel (ctest -j) prepare it once while the others wait.
#
#   cache_lock PATH     waits for, then holds, the lock PATH.lock
#   cache_unlock        releases it (also released when the script exits)

cache_lock() {
  local lock="$1.lock"
  mkdir -p "$(dirname "$lock")"
  exec {LTTNG_TIDY_LOCK_FD}>"$lock"
  if ! flock -n "$LTTNG_TIDY_LOCK_FD"; then
    echo "$(basename "$0"): waiting for another process preparing $1" >&2
    flock "$LTTNG_TIDY_LOCK_FD"
  fi
}

cache_unlock() {
  if [[ -n "${LTTNG_TIDY_LOCK_FD:-}" ]]; then
    exec {LTTNG_TIDY_LOCK_FD}>&-
    unset LTTNG_TIDY_LOCK_FD
  fi
}
