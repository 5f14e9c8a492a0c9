/* Like the kernel's trace/events/9p.h: the system and its event names
 * start with a digit, which is fine for event names (they are strings). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM 9p

#if !defined(_TRACE_9P_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_9P_H

#include <linux/tracepoint.h>

TRACE_EVENT(9p_client_req,
	TP_PROTO(int tag),
	TP_ARGS(tag),
	TP_STRUCT__entry(__field(int, tag)),
	TP_fast_assign(__entry->tag = tag;),
	TP_printk("tag=%d", __entry->tag)
);

#endif

#include <trace/define_trace.h>
