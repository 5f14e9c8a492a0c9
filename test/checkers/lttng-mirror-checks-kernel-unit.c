// A kernel translation unit, as the kernel builds it, with LttngModulesDir
// naming an LTTng-modules tree: the probe that includes this unit's trace
// header is read with this unit's flags, so the mirror's #if conditions are
// evaluated for this kernel (6.1.176 here, from the kernel's version
// macros). The findings and fixes land in the mirror.
//
// RUN: %check_lttng_tidy \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/proto.h \
// RUN:   %s 'lttng-proto-mismatch,lttng-stale-mirror,lttng-field-type-mismatch' %t -- \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%inputs/fake-lttng', lttng-proto-mismatch.ReportTypedefSpelling: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include \
// RUN:   -DLINUX_VERSION_MAJOR=6 -DLINUX_VERSION_PATCHLEVEL=1 -DLINUX_VERSION_SUBLEVEL=176
//
// For a 6.2 kernel, the mirror's 6.2 branch of proto_versioned is the one
// compared, and it matches.
// RUN: %check_lttng_tidy --check-suffix=V62 --no-fix \
// RUN:   %s lttng-proto-mismatch %t.v62 -- \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%inputs/fake-lttng', lttng-proto-mismatch.ReportTypedefSpelling: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include \
// RUN:   -DLINUX_VERSION_MAJOR=6 -DLINUX_VERSION_PATCHLEVEL=2 -DLINUX_VERSION_SUBLEVEL=0
//
// Without the option, a kernel unit has no mirror to compare.
// RUN: %check_lttng_tidy --check-suffix=OFF --no-fix \
// RUN:   %s lttng-proto-mismatch %t.off -- -- -I%inputs/fake-kernel/include

#define CREATE_TRACE_POINTS
#include <trace/events/proto.h>
#define CREATE_TRACE_POINTS
#include <trace/events/fields.h>

// CHECK-MESSAGES: instrumentation/events/fields.h:15:3: warning: LTTng field 'cpu' of 'fields_event' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:16:3: warning: LTTng field 'addr' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:17:3: warning: LTTng field 'name' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:18:3: warning: LTTng field 'label' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:21:3: warning: LTTng field 'obj' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:23:3: warning: LTTng field 'state' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:24:3: warning: LTTng field 'client_id' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:25:3: warning: LTTng field 'flags_wide' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:26:3: warning: LTTng field 'name_addr' {{.*}} [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:31:1: warning: LTTng mirror 'fields_removed' has no kernel tracepoint in the analysed kernel 6.1.176; its probe would never fire [lttng-stale-mirror]
// CHECK-MESSAGES: instrumentation/events/proto.h:11:1: warning: LTTng mirror of 'proto_added' does not match the kernel's prototype ('bool armed' added){{.*}} [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/proto.h:10:1: note: kernel tracepoint 'proto_added' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:22:1: warning: LTTng mirror of 'proto_removed'
// CHECK-MESSAGES: note: kernel tracepoint 'proto_removed' is defined here
// CHECK-MESSAGES: note: field 'gone' read the removed 'gone'
// CHECK-MESSAGES: instrumentation/events/proto.h:35:1: warning: LTTng mirror of 'proto_changed'
// CHECK-MESSAGES: note: kernel tracepoint 'proto_changed' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:67:1: warning: LTTng mirror of 'proto_instance'
// CHECK-MESSAGES: note: kernel tracepoint 'proto_instance' is defined here
// CHECK-MESSAGES: instrumentation/events/proto.h:59:1: note: the fix-it gives class 'proto_class' and its instance 'proto_instance' the kernel's TP_PROTO(int a, int b)
// CHECK-MESSAGES: instrumentation/events/proto.h:59:1: note: no field records the new 'b'
// CHECK-MESSAGES: instrumentation/events/proto.h:81:1: warning: LTTng mirror of 'proto_versioned' does not match the kernel's prototype ('int b' added)
// CHECK-MESSAGES: note: kernel tracepoint 'proto_versioned' is defined here
// CHECK-MESSAGES: note: no field records the new 'b'

// The same guarded rewrite as from the probe unit.
// CHECK-FIXES: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(proto_added,
// An instance's fix rewrites its class too, from the kernel unit as well.
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(proto_class,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, int b),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a, b),
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(proto_class, proto_instance,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, int b),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a, b)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else

// CHECK-MESSAGES-V62: instrumentation/events/proto.h:11:1: warning: LTTng mirror of 'proto_added'
// CHECK-MESSAGES-V62: note: kernel tracepoint 'proto_added' is defined here
// CHECK-MESSAGES-V62: instrumentation/events/proto.h:22:1: warning: LTTng mirror of 'proto_removed'
// CHECK-MESSAGES-V62: note: kernel tracepoint 'proto_removed' is defined here
// CHECK-MESSAGES-V62: note: field 'gone' read the removed 'gone'
// CHECK-MESSAGES-V62: instrumentation/events/proto.h:35:1: warning: LTTng mirror of 'proto_changed'
// CHECK-MESSAGES-V62: note: kernel tracepoint 'proto_changed' is defined here
// CHECK-MESSAGES-V62: instrumentation/events/proto.h:67:1: warning: LTTng mirror of 'proto_instance'
// CHECK-MESSAGES-V62: note: kernel tracepoint 'proto_instance' is defined here
// CHECK-MESSAGES-V62: note: the fix-it gives class 'proto_class' and its instance 'proto_instance' the kernel's TP_PROTO(int a, int b)

// CHECK-MESSAGES-OFF-NOT: warning:
