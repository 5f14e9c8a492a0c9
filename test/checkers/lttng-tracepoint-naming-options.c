// Options: accepted prefix aliases, ignored events, and turning the kernel
// or mirror side off.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
// RUN: %check_lttng_tidy --check-suffix=ALIAS --no-fix %s lttng-tracepoint-naming %t.alias -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.SystemPrefixAliases: 'sample=task;other=x'}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
// RUN: %check_lttng_tidy --check-suffix=IGNORED --no-fix %s lttng-tracepoint-naming %t.ignored -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.IgnoredEventsRegex: '^task_'}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
// RUN: %check_lttng_tidy --check-suffix=MIRROR-ONLY --no-fix %s lttng-tracepoint-naming %t.mirror -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.CheckKernelEvents: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
// RUN: %check_lttng_tidy --check-suffix=KERNEL-ONLY --no-fix %s lttng-tracepoint-naming %t.kernel -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.CheckMirrorEvents: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include

#include <trace/events/sample.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/sample.h>

// CHECK-MESSAGES: trace/events/sample.h:48:1: warning: kernel tracepoint 'task_exit'
// CHECK-MESSAGES: trace/events/sample.h:48:1: note: renaming
// CHECK-MESSAGES: instrumentation/events/sample.h:34:1: warning: LTTng event 'task_exit'

// CHECK-MESSAGES-ALIAS-NOT: warning:
// CHECK-MESSAGES-IGNORED-NOT: warning:

// CHECK-MESSAGES-MIRROR-ONLY: instrumentation/events/sample.h:34:1: warning: LTTng event 'task_exit'

// CHECK-MESSAGES-KERNEL-ONLY: trace/events/sample.h:48:1: warning: kernel tracepoint 'task_exit'
// CHECK-MESSAGES-KERNEL-ONLY: trace/events/sample.h:48:1: note: renaming
