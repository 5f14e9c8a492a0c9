/* LTTng side of the fix-its-compile test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fixcompile

#if !defined(LTTNG_TRACE_FIXCOMPILE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FIXCOMPILE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(fixcompile_retyped,
	TP_PROTO(const struct fc_obj *obj, int n),
	TP_ARGS(obj, n),
	TP_FIELDS(
		ctf_integer(int, id, obj->id)
		ctf_integer(int, n, n)
	)
)

/* Named after a tracepoint the kernel renamed, and recording under the new
 * name's event name already. */
LTTNG_TRACEPOINT_EVENT_MAP(fixcompile_oldname,
	fixcompile_renamed,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_FIXCOMPILE_H */

#include <lttng/define_trace.h>
