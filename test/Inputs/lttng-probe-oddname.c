/* The probe of the odd-name test (lttng-fixits-retyped-kind.c). */
#include <trace/events/oddname.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/oddname.h>
