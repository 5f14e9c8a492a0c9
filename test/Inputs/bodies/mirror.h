/* LTTng side of the body-skipping test: one event of three mirrored. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM bodies

#if !defined(LTTNG_TRACE_BODIES_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_BODIES_H

#include <lttng/tracepoint-event.h>
#include <wrapper/bodies_wrapper.h>

LTTNG_TRACEPOINT_EVENT(bodies_mirrored,

	TP_PROTO(int v),

	TP_ARGS(v),

	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_BODIES_H */

#include <lttng/define_trace.h>
