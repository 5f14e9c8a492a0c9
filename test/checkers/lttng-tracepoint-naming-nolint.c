// NOLINT and NOLINTNEXTLINE on the definition's macro line silence it, even
// though define_trace.h reads the header several times.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include

#define CREATE_TRACE_POINTS
#include <trace/events/nolint.h>

// Silent: names may start with a digit (the kernel's 9p events).
#define CREATE_TRACE_POINTS
#include <trace/events/9p.h>

// CHECK-MESSAGES: trace/events/nolint.h:27:1: warning: kernel tracepoint 'unprefixed_reported' is not prefixed with its TRACE_SYSTEM 'nolint_' [lttng-tracepoint-naming]
// CHECK-MESSAGES: trace/events/nolint.h:27:1: note: renaming a kernel tracepoint
// CHECK-MESSAGES: trace/events/nolint.h:43:1: warning: kernel tracepoint 'nolint_BadCase' is not in lower snake case [lttng-tracepoint-naming]
