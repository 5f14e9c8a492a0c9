// ctf_* sources that no longer compile for the analysed kernel: a member
// renamed, a member moved into a nested struct. The kernel's own
// TP_fast_assign records the same fields, so the fix-it takes its
// expression, written for the mirror's parameter names, and keeps the old
// definition for older kernels under a version guard. The unit does not
// compile before the fix: clang-tidy applies fixes then only with
// --fix-errors (--export-fixes writes them either way).
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/fsrc.h \
// RUN:   %s lttng-field-type-mismatch %t -- --fix-errors -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
//
// With the release that made the change named, the guard uses it.
// RUN: %check_lttng_tidy --check-suffix=BOUNDARY \
// RUN:   --fixed-file=CHECK-FIXES-BOUNDARY=Inputs/fake-lttng/include/instrumentation/events/fsrc.h \
// RUN:   %s lttng-field-type-mismatch %t.boundary -- \
// RUN:   --fix-errors -config="{CheckOptions: {LttngVersionBoundary: '6.12'}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9

#include <trace/events/fsrc.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fsrc.h>

// CHECK-MESSAGES: instrumentation/events/fsrc.h:15:3: warning: LTTng field 'pkg' of 'fsrc_probe' reads 'device->phys_pkg_id', which does not compile for Linux 6.12.9: no member named 'phys_pkg_id' in 'struct fsrc_dev' [lttng-field-type-mismatch]
// CHECK-MESSAGES: linux/fsrc_dev.h:12:8: note: 'struct fsrc_dev' is declared here
// CHECK-MESSAGES: trace/events/fsrc.h:12:1: note: the kernel's own event 'fsrc_probe' records 'pkg' as 'device->topo.pkg_id'; the fix-it reads it the same way
// CHECK-MESSAGES: instrumentation/events/fsrc.h:15:33: error: no member named 'phys_pkg_id' in 'struct fsrc_dev' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsrc.h:16:3: warning: LTTng field 'core' of 'fsrc_probe' reads 'device->topo.cpu_core_id', which does not compile for Linux 6.12.9: no member named 'cpu_core_id' in 'struct fsrc_topology' [lttng-field-type-mismatch]
// CHECK-MESSAGES: linux/fsrc_dev.h:7:8: note: 'struct fsrc_topology' is declared here
// CHECK-MESSAGES: trace/events/fsrc.h:12:1: note: the kernel's own event 'fsrc_probe' records 'core' as 'device->topo.core_id'; the fix-it reads it the same way
// CHECK-MESSAGES: instrumentation/events/fsrc.h:16:39: error: no member named 'cpu_core_id' in 'struct fsrc_topology' [clang-diagnostic-error]
// A type finding in the same definition: its fix goes into the same
// rewrite (two fixes of one definition would overlap).
// CHECK-MESSAGES: instrumentation/events/fsrc.h:18:3: warning: LTTng field 'flags' of 'fsrc_probe' is ctf_integer 'unsigned int' but its source 'device->flags' is 'unsigned long': narrower: 32 bits for 64 [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fsrc.h:18:3: note: the field-source fix-it of 'fsrc_probe' writes 'unsigned long' here in its new definition
// CHECK-MESSAGES: instrumentation/events/fsrc.h:26:3: warning: LTTng field 'id' of 'fsrc_class' reads 'dev->dev_id', which does not compile for Linux 6.12.9: no member named 'dev_id' in 'struct fsrc_dev' [lttng-field-type-mismatch]
// CHECK-MESSAGES: linux/fsrc_dev.h:12:8: note: 'struct fsrc_dev' is declared here
// CHECK-MESSAGES: trace/events/fsrc.h:42:1: note: the kernel's own event 'fsrc_open' records 'id' as 'dev->id'; the fix-it reads it the same way
// CHECK-MESSAGES: instrumentation/events/fsrc.h:26:29: error: no member named 'dev_id' in 'struct fsrc_dev' [clang-diagnostic-error]
//
// The same with the boundary option: same findings.
// CHECK-MESSAGES-BOUNDARY: fsrc.h:15:3: warning: LTTng field 'pkg' of 'fsrc_probe'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:15:33: error: no member named 'phys_pkg_id'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:16:3: warning: LTTng field 'core' of 'fsrc_probe'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:16:39: error: no member named 'cpu_core_id'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:18:3: warning: LTTng field 'flags' of 'fsrc_probe'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:18:3: note: the field-source fix-it
// CHECK-MESSAGES-BOUNDARY: fsrc.h:26:3: warning: LTTng field 'id' of 'fsrc_class'
// CHECK-MESSAGES-BOUNDARY: fsrc.h:26:29: error: no member named 'dev_id'
//
// fsrc_flags still compiles and the weight field reads a function that
// still exists: silent.
//
// One definition, both broken fields fixed, the old form kept before the
// analysed kernel:
// CHECK-FIXES: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsrc_probe,{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct fsrc_dev *device, int ret),{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(device, ret),{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS({{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, pkg, device->topo.pkg_id){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, core, device->topo.core_id){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, ret, ret){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, flags, device->flags){{$}}
// CHECK-FIXES-NEXT: {{^}}	){{$}}
// CHECK-FIXES-NEXT: {{^}}){{$}}
// CHECK-FIXES-NEXT: {{^}}#else{{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsrc_probe,{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct fsrc_dev *device, int ret),{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(device, ret),{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS({{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, pkg, device->phys_pkg_id){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, core, device->topo.cpu_core_id){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, ret, ret){{$}}
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned int, flags, device->flags){{$}}
// CHECK-FIXES-NEXT: {{^}}	){{$}}
// CHECK-FIXES-NEXT: {{^}}){{$}}
// CHECK-FIXES-NEXT: {{^}}#endif{{$}}
// CHECK-FIXES: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(fsrc_class,{{$}}
// CHECK-FIXES: {{^}}		ctf_integer(int, id, dev->id){{$}}
// CHECK-FIXES: {{^}}#else{{$}}
// CHECK-FIXES: {{^}}		ctf_integer(int, id, dev->dev_id){{$}}
// CHECK-FIXES: {{^}}#endif{{$}}
//
// CHECK-FIXES-BOUNDARY: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,0)){{$}}
// CHECK-FIXES-BOUNDARY-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsrc_probe,{{$}}
// CHECK-FIXES-BOUNDARY: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,0)){{$}}
// CHECK-FIXES-BOUNDARY-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(fsrc_class,{{$}}
