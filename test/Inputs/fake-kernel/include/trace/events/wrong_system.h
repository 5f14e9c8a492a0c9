/* A header under trace/events/ whose TRACE_SYSTEM is not its file name. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM other_system

#if !defined(_TRACE_WRONG_SYSTEM_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_WRONG_SYSTEM_H

#include <linux/tracepoint.h>

TRACE_EVENT(other_system_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
