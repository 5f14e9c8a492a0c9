/* The probe that mirrors trace/events/proto.h (the mirror itself is in
 * Inputs/fake-lttng). */
#include <trace/events/proto.h>

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events

#include <instrumentation/events/proto.h>
