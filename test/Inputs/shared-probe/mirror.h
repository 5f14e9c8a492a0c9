/* LTTng side: share_one mirrored, share_arch mirrored from a header the
 * probe does not include, and share_gone, which no kernel has, mirrored
 * only where SHARE_MIRROR_GONE says so. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM share

#if !defined(LTTNG_TRACE_SHARE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_SHARE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(share_one,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

LTTNG_TRACEPOINT_EVENT(share_arch,
	TP_PROTO(int cpu),
	TP_ARGS(cpu),
	TP_FIELDS(
		ctf_integer(int, cpu, cpu)
	)
)

#if SHARE_MIRROR_GONE
LTTNG_TRACEPOINT_EVENT(share_gone,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)
#endif

#endif /* LTTNG_TRACE_SHARE_H */

#include <lttng/define_trace.h>
