// An LTTng probe unit whose mirror drifted from the kernel's prototypes.
// The fix-it rewrites TP_PROTO, TP_ARGS and the fields that use changed
// parameters, under a guard for the analysed kernel version (6.1.176 here,
// as LTTng's build passes it) so that older kernels keep the old form.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/proto.h \
// RUN:   %s lttng-proto-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176
//
// Without the guard, the mirror is rewritten in place.
// RUN: %check_lttng_tidy --check-suffix=NOGUARD \
// RUN:   --fixed-file=CHECK-FIXES-NOGUARD=Inputs/fake-lttng/include/instrumentation/events/proto.h \
// RUN:   %s lttng-proto-mismatch %t.noguard -- \
// RUN:   -config="{CheckOptions: {lttng-proto-mismatch.VersionGuard: false, lttng-proto-mismatch.ReportTypedefSpelling: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176

#include <trace/events/proto.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/proto.h>

// CHECK-MESSAGES: instrumentation/events/proto.h:11:1: warning: LTTng mirror of 'proto_added' does not match the kernel's prototype ('bool armed' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, bool armed) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/proto.h:10:1: note: kernel tracepoint 'proto_added' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:22:1: warning: LTTng mirror of 'proto_removed' does not match the kernel's prototype ('int gone' removed): the mirror has TP_PROTO(int a, int gone), the kernel TP_PROTO(int a) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/proto.h:18:1: note: kernel tracepoint 'proto_removed' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:22:1: note: field 'gone' read the removed 'gone'
// CHECK-MESSAGES: instrumentation/events/proto.h:35:1: warning: LTTng mirror of 'proto_changed' does not match the kernel's prototype ('v' changed from 'int' to 'long', 'name' changed from 'char *' to 'const char *'): {{.*}} [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/proto.h:26:1: note: kernel tracepoint 'proto_changed' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:43:1: remark: LTTng mirror of 'proto_typedef' spells parameter 1 as 'int' where the kernel has 'pid_t'; identical on this ABI [lttng-proto-mismatch]
// CHECK-MESSAGES: instrumentation/events/proto.h:67:1: warning: LTTng mirror of 'proto_instance' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/proto.h:58:1: note: kernel tracepoint 'proto_instance' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:59:1: note: the fix-it gives class 'proto_class' and its instance 'proto_instance' the kernel's TP_PROTO(int a, int b)
// CHECK-MESSAGES: instrumentation/events/proto.h:59:1: note: no field records the new 'b'
// CHECK-MESSAGES: instrumentation/events/proto.h:81:1: warning: LTTng mirror of 'proto_versioned' does not match the kernel's prototype ('int b' added){{.*}}
// CHECK-MESSAGES: trace/events/proto.h:63:1: note: kernel tracepoint 'proto_versioned' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:81:1: note: no field records the new 'b'

// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(proto_added,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, bool armed),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a, armed),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, a, a)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(bool, armed, armed)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(proto_added,
// CHECK-FIXES:      {{^}}	TP_PROTO(int a),
// CHECK-FIXES:      {{^}}#endif
//
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(proto_removed,
// CHECK-FIXES:      {{^}}	TP_PROTO(int a),
// CHECK-FIXES:      {{^}}	TP_ARGS(a),
// CHECK-FIXES:      {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, a, a)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
//
// CHECK-FIXES:      {{^}}	TP_PROTO(long v, const char *name),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(v, name),
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(long, v, v)
//
// The typedef spelling and the matching prototype are left alone.
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT(proto_typedef,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int pid),
// CHECK-FIXES:      {{^}}	TP_PROTO(int a, const char *name),
//
// The instance is fixed with its class, each under its own guard (more in
// lttng-proto-mismatch-instances.c).
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(proto_class,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, int b),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a, b),
// CHECK-FIXES:      {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(proto_class,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a),
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(proto_class, proto_instance,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, int b),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a, b)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(proto_class, proto_instance,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
//
// CHECK-MESSAGES-NOGUARD: instrumentation/events/proto.h:11:1: warning: LTTng mirror of 'proto_added'
// CHECK-MESSAGES-NOGUARD: note: kernel tracepoint 'proto_added' is defined here
// CHECK-MESSAGES-NOGUARD: instrumentation/events/proto.h:22:1: warning: LTTng mirror of 'proto_removed'
// CHECK-MESSAGES-NOGUARD: note: kernel tracepoint 'proto_removed' is defined here
// CHECK-MESSAGES-NOGUARD: note: field 'gone' read the removed 'gone'
// CHECK-MESSAGES-NOGUARD: instrumentation/events/proto.h:35:1: warning: LTTng mirror of 'proto_changed'
// CHECK-MESSAGES-NOGUARD: note: kernel tracepoint 'proto_changed' is defined here
// CHECK-MESSAGES-NOGUARD: instrumentation/events/proto.h:67:1: warning: LTTng mirror of 'proto_instance'
// CHECK-MESSAGES-NOGUARD: note: kernel tracepoint 'proto_instance' is defined here
// CHECK-MESSAGES-NOGUARD: note: the fix-it gives class 'proto_class' and its instance 'proto_instance'
// CHECK-MESSAGES-NOGUARD: note: no field records the new 'b'
// CHECK-MESSAGES-NOGUARD: instrumentation/events/proto.h:81:1: warning: LTTng mirror of 'proto_versioned'
// CHECK-MESSAGES-NOGUARD: note: kernel tracepoint 'proto_versioned' is defined here
// CHECK-MESSAGES-NOGUARD: note: no field records the new 'b'
// CHECK-FIXES-NOGUARD-NOT: LTTNG_KERNEL_VERSION(6,1,176)
// CHECK-FIXES-NOGUARD:      {{^}}LTTNG_TRACEPOINT_EVENT(proto_added,
// CHECK-FIXES-NOGUARD:      {{^}}	TP_PROTO(int a, bool armed),
// CHECK-FIXES-NOGUARD-EMPTY:
// CHECK-FIXES-NOGUARD-NEXT: {{^}}	TP_ARGS(a, armed),
