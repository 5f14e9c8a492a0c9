// A probe for an out-of-tree module's driver-local trace.h (outside the
// kernel tree, which the unit reads linux/tracepoint.h from): the missing
// event is inserted without a kernel version guard, and the message speaks
// of the module's header, not of the analysed kernel. The fixed mirror
// builds (--idempotent). Option ModuleVersionGuard brings the guard back.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/localmod.h \
// RUN:   %s lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -I%inputs/fake-module/localmod \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176
// RUN: %check_lttng_tidy --check-suffix=GUARD \
// RUN:   --fixed-file=CHECK-FIXES-GUARD=Inputs/fake-lttng/include/instrumentation/events/localmod.h \
// RUN:   %s lttng-missing-mirror %t-guard -- \
// RUN:   "-config={CheckOptions: {lttng-missing-mirror.ModuleVersionGuard: true}}" -- \
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

// CHECK-MESSAGES: localmod/trace.h:26:1: warning: tracepoint 'localmod_release' in the module's header has no LTTng mirror [lttng-missing-mirror]
// CHECK-MESSAGES-GUARD: localmod/trace.h:26:1: warning: tracepoint 'localmod_release' in the module's header has no LTTng mirror [lttng-missing-mirror]

// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT(localmod_gone,
// CHECK-FIXES:      {{^}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(localmod_release,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int minor),
// CHECK-FIXES-NOT:  #if
// CHECK-FIXES:      {{^}}#endif /* LTTNG_TRACE_LOCALMOD_H */

// CHECK-FIXES-GUARD:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176))
// CHECK-FIXES-GUARD-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(localmod_release,
