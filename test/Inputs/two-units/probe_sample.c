/* An LTTng probe unit for the sample mirror. */
#include <trace/events/sample.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/sample.h>
