/* Kernel side of the pointer-to-integer test: the handle the mirror
 * records as a pointer is now passed as a number. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM ptrint

#if !defined(_TRACE_PTRINT_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_PTRINT_H

#include <linux/tracepoint.h>

TRACE_EVENT(ptrint_dump,
	TP_PROTO(unsigned long long client, int tag),
	TP_ARGS(client, tag),
	TP_STRUCT__entry(__field(unsigned long long, client) __field(int, tag)),
	TP_fast_assign(__entry->client = client; __entry->tag = tag;),
	TP_printk("client=%llx tag=%d", __entry->client, __entry->tag)
);

#endif /* _TRACE_PTRINT_H */

#include <trace/define_trace.h>
