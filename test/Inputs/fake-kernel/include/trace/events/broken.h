/* Kernel side of the unreadable-mirror test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM broken

#if !defined(_TRACE_BROKEN_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_BROKEN_H

#include <linux/tracepoint.h>

TRACE_EVENT(broken_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
