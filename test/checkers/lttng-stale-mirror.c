// A mirror event whose kernel tracepoint is gone from the analysed kernel
// (6.1.176 here): the fix-it keeps it for older kernels only.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/fields.h \
// RUN:   %s lttng-stale-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176

#include <trace/events/fields.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fields.h>

// CHECK-MESSAGES: instrumentation/events/fields.h:31:1: warning: LTTng mirror 'fields_removed' has no kernel tracepoint in the analysed kernel 6.1.176; its probe would never fire [lttng-stale-mirror]

// CHECK-FIXES: {{^}}/* The kernel removed this tracepoint. */
// CHECK-FIXES-NEXT: {{^}}#if (LTTNG_LINUX_VERSION_CODE < LTTNG_KERNEL_VERSION(6,1,176))
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fields_removed,
// CHECK-FIXES:      {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
