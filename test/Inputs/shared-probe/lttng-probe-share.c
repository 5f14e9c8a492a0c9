/* Test stand-in for an LTTng-modules probe: the kernel header first, then
 * the mirror, as src/probes/lttng-probe-*.c do. */
#include <trace/events/share.h>
#include <share_options.h>

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events

#include <instrumentation/events/share.h>
