/* Kernel side of the unbalanced-file test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unbalanced

#if !defined(_TRACE_UNBALANCED_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_UNBALANCED_H

#include <linux/tracepoint.h>

TRACE_EVENT(unbalanced_changed,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

TRACE_EVENT(unbalanced_new,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
