/* LTTng side of the comma-line test: the comma after a definition's
 * prototype opens the line after an #endif. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM commaline

#if !defined(LTTNG_TRACE_COMMALINE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_COMMALINE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(commaline_changed,
#if 0
	TP_PROTO(int a)
#else
	TP_PROTO(int a)
#endif
,
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

#endif /* LTTNG_TRACE_COMMALINE_H */
