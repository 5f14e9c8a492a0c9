/* Kernel side of the shared probe reads test: the header the units define
 * tracepoints from, and the one LTTng's probe mirrors. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM share

#if !defined(_TRACE_SHARE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_SHARE_H

#include <linux/tracepoint.h>

TRACE_EVENT(share_one,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__field(int, v)
	),
	TP_fast_assign(
		__entry->v = v;
	),
	TP_printk("v=%d", __entry->v)
);

#endif /* _TRACE_SHARE_H */

#include <trace/define_trace.h>
