/* Like LTTng-modules' lttng-statedump.h: the file name differs from
 * TRACE_SYSTEM, and the .c file that includes it sets TRACE_INCLUDE_FILE. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM lttng_statedump

#if !defined(LTTNG_TRACE_STATEDUMP_LIKE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_STATEDUMP_LIKE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(lttng_statedump_start,
	TP_PROTO(int session),
	TP_ARGS(session),
	TP_FIELDS()
)

#endif

#include <lttng/define_trace.h>
