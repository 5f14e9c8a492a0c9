// A mirror event that an out-of-tree module's driver-local trace.h no
// longer defines: the message names the module's header (which has no
// kernel version), and no kernel version guard is proposed; the mirror is
// left as it is.
//
// RUN: %check_lttng_tidy \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/localmod.h \
// RUN:   %s lttng-stale-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -I%inputs/fake-module/localmod \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176

#include <trace.h>
#undef TRACE_INCLUDE_PATH
#undef TRACE_INCLUDE_FILE
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/localmod.h>

// CHECK-MESSAGES: instrumentation/events/localmod.h:21:1: warning: LTTng mirror 'localmod_gone' has no tracepoint in the module's header trace.h; its probe would never fire [lttng-stale-mirror]

// CHECK-FIXES-NOT:  LTTNG_KERNEL_VERSION
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT(localmod_gone,
