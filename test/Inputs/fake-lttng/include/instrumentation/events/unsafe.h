/* LTTng side of the unsafe-fixits test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unsafe

#if !defined(LTTNG_TRACE_UNSAFE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_UNSAFE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(unsafe_comma,
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

#endif /* LTTNG_TRACE_UNSAFE_H */
