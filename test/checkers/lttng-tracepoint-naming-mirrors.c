// Mirror-side cases with no fix-it: an event defined through a wrapper
// macro (rewriting the wrapper would rename every event it defines) and a
// _MAP name chosen without the prefix. A header named by TRACE_INCLUDE_FILE
// in the .c file (LTTng's statedump probe does this) is not a mismatch.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/wrapped.h \
// RUN:   %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/wrapped.h>

#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_FILE lttng-statedump-like
#include <instrumentation/events/lttng-statedump-like.h>

// CHECK-MESSAGES: instrumentation/events/wrapped.h:25:1: warning: LTTng event 'unprefixed_via_wrapper' is not prefixed with its TRACE_SYSTEM 'wrapped_'; map it to 'wrapped_unprefixed_via_wrapper' [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/wrapped.h:25:1: note: defined through the macro 'WRAPPED_INSTANCE'; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/wrapped.h:27:1: warning: LTTng event 'chosen_map_name' is not prefixed with its TRACE_SYSTEM 'wrapped_' [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/wrapped.h:27:1: note: the _MAP name was chosen by the mirror's author; no fix-it is offered

// Nothing is rewritten.
// CHECK-FIXES: WRAPPED_INSTANCE(unprefixed_via_wrapper)
// CHECK-FIXES: LTTNG_TRACEPOINT_EVENT_MAP(wrapped_event, chosen_map_name,
