// Found by integration.lttng-6.12-drift. LTTng-modules' syscall-table units (src/lttng-syscalls-*.c) define
// CREATE_TRACE_POINTS and read LTTng's own syscall instrumentation, which
// has no TRACE_SYSTEM and mirrors no kernel trace header. lttng-stale-mirror
// reported each of them as "this LTTng probe includes no kernel trace
// header, so the prototypes of its '' events are checked by nothing" (an
// empty subsystem name, and nothing a kernel header could fix). A header
// without TRACE_SYSTEM mirrors no kernel subsystem: nothing to report.
//
// RUN: %check_lttng_tidy %s lttng-stale-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/syscalls
#define TRACE_INCLUDE_FILE syscalls-like
#include <instrumentation/syscalls/syscalls-like.h>

// CHECK-MESSAGES-NOT: warning:
