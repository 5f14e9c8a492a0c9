/* Kernel side of the #if 0 clean-up test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM ifzero

#if !defined(_TRACE_IFZERO_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_IFZERO_H

#include <linux/tracepoint.h>

TRACE_EVENT(ifzero_event,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(
		__field(int, a)
	),
	TP_fast_assign(
		__entry->a = a;
	),
	TP_printk("a=%d", __entry->a)
);

TRACE_EVENT(ifzero_new,
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

#endif /* _TRACE_IFZERO_H */

#include <trace/define_trace.h>
