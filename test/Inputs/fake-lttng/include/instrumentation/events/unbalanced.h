/* LTTng side of the unbalanced-file test: the first line of a definition
 * is lost, as in a half-edited file; its arguments stay, with their ')'. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unbalanced

#if !defined(LTTNG_TRACE_UNBALANCED_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_UNBALANCED_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(unbalanced_changed,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(unbalanced_class, ,
	TP_PROTO(int v),
	TP_ARGS(v)
)

#endif /* LTTNG_TRACE_UNBALANCED_H */
