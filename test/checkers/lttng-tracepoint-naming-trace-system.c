// TRACE_SYSTEM must name its header under trace/events/ (or the header
// named by TRACE_INCLUDE_FILE); a driver-local trace.h is free.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include
// RUN: %check_lttng_tidy --check-suffix=OFF %s lttng-tracepoint-naming %t.off -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.CheckTraceSystem: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include

// Without TRACE_INCLUDE_FILE, define_trace.h would look for other_system.h.
#include <trace/events/wrong_system.h>
// Sets TRACE_SYSTEM only under CREATE_TRACE_POINTS (as the kernel's
// module.h does): its event is not blamed on 'other_system'.
#include <trace/events/late_system.h>

#define CREATE_TRACE_POINTS
#include <trace/events/included_file.h>

// CHECK-MESSAGES: trace/events/wrong_system.h:3:9: warning: TRACE_SYSTEM 'other_system' does not match its header 'wrong_system.h' and the header sets no TRACE_INCLUDE_FILE [lttng-tracepoint-naming]
// CHECK-MESSAGES-OFF-NOT: warning:
