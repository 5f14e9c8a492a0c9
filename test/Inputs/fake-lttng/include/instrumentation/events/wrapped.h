/* A mirror whose events come through a wrapper macro of its own, and one
 * whose _MAP name lacks the prefix: both are reported without a fix-it. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM wrapped

#if !defined(LTTNG_TRACE_WRAPPED_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_WRAPPED_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT_CLASS(wrapped_class,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#define WRAPPED_INSTANCE(name)					\
	LTTNG_TRACEPOINT_EVENT_INSTANCE(wrapped_class, name,	\
		TP_PROTO(int v),				\
		TP_ARGS(v))

WRAPPED_INSTANCE(wrapped_ok)
WRAPPED_INSTANCE(unprefixed_via_wrapper)

LTTNG_TRACEPOINT_EVENT_MAP(wrapped_event, chosen_map_name,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_WRAPPED_H */

#include <lttng/define_trace.h>
