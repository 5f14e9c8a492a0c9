/* A mirror whose version test cannot be evaluated. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM broken

#if !defined(LTTNG_TRACE_BROKEN_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_BROKEN_H

#include <lttng/tracepoint-event.h>

#if (LTTNG_LINUX_VERSION_CODE >= )
LTTNG_TRACEPOINT_EVENT(broken_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(ctf_integer(int, v, v))
)
#endif

#endif

#include <lttng/define_trace.h>
