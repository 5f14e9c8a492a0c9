// An argument after a comma that sits in an #if 0 branch (and again in its
// #else): clang-format reads each conditional's first branch first and
// skips what an #if 0 holds, so the clean-up around a fix-it read
// "int a, )" and dropped the comma (seed 10, mutant 2200: a naming fix-it
// in the same definition). No fix-it is built from such a file or written
// into it; findings stand.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-tracepoint-naming,lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// RUN: not grep ReplacementText %t/fixes.yaml

#include <trace/events/ifzero.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/ifzero.h>

// CHECK-MESSAGES: trace/events/ifzero.h:22:1: warning: kernel tracepoint 'ifzero_new' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/ifzero.h:22:1: note: in the mirror header a comma is left before ')' or another comma when the clean-up reads one branch of each #if (and skips #if 0) (line 14): the clean-up around an insertion would change lines it does not touch; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/ifzero.h:14:1: warning: in this file a comma is left before ')' or another comma when the clean-up reads one branch of each #if (and skips #if 0): no fix-it is built from its definitions or written into it, as the clean-up around a fix-it would change lines it does not touch [lttng-tracepoint-naming]
