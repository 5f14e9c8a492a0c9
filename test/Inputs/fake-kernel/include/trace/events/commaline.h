/* Kernel side of the comma-line test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM commaline

#if !defined(_TRACE_COMMALINE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_COMMALINE_H

#include <linux/tracepoint.h>

/* Mirrored with a comma alone after the mirror's #endif. */
TRACE_EVENT(commaline_changed,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

TRACE_EVENT(commaline_new,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
