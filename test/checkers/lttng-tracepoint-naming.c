// An LTTng probe translation unit, as LTTng-modules builds them: the kernel
// header first, then its mirror with CREATE_TRACE_POINTS. Both headers are
// re-read several times (TRACE_HEADER_MULTI_READ); each finding must still
// appear once, with one fix, in the mirror header and nowhere else.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/sample.h \
// RUN:   --fixed-file=CHECK-KERNEL=Inputs/fake-kernel/include/trace/events/sample.h \
// RUN:   %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include

#include <trace/events/sample.h>

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/sample.h>

// The kernel event without its prefix: a warning and a note, no fix-it.
// CHECK-MESSAGES: trace/events/sample.h:48:1: warning: kernel tracepoint 'task_exit' is not prefixed with its TRACE_SYSTEM 'sample_' [lttng-tracepoint-naming]
// CHECK-MESSAGES: trace/events/sample.h:48:1: note: renaming a kernel tracepoint changes the tracing ABI, so no fix-it is offered; an LTTng mirror names it 'sample_task_exit' with a _MAP form

// Its mirror: the warning carries the fix to the _MAP form.
// CHECK-MESSAGES: instrumentation/events/sample.h:34:1: warning: LTTng event 'task_exit' is not prefixed with its TRACE_SYSTEM 'sample_'; map it to 'sample_task_exit' [lttng-tracepoint-naming]

// CHECK-FIXES: LTTNG_TRACEPOINT_EVENT_INSTANCE(sample_task_class, sample_task_fork,
// The map name on its own line, as LTTng-modules writes its mirrors.
// CHECK-FIXES: LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(sample_task_class, task_exit,{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	sample_task_exit,{{$}}
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct task *p),

// The kernel header is never rewritten.
// CHECK-KERNEL: DEFINE_EVENT(sample_task_class, task_exit,
