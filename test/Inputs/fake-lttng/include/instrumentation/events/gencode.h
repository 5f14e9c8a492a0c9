/* LTTng side of the _CODE generation tests: one event mirrored so far. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM gencode

#if !defined(LTTNG_TRACE_GENCODE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_GENCODE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(gencode_mirrored,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_GENCODE_H */

#include <lttng/define_trace.h>
