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

/* A length the mirror stores in a sequence is now a pointer (mutation
 * testing, seed 14, mutant 9641, on printk's console). */
TRACE_EVENT(ptrint_text,
	TP_PROTO(const char *text, char *len),
	TP_ARGS(text, len),
	TP_STRUCT__entry(__field(char *, len)),
	TP_fast_assign(__entry->len = len;),
	TP_printk("len=%p", __entry->len)
);

/* Its mirror's prototype is older (mutation testing, seed 15, mutant
 * 9663, on jbd2's jbd2_update_log_tail). */
TRACE_EVENT(ptrint_split,
	TP_PROTO(int tail, int first),
	TP_ARGS(tail, first),
	TP_STRUCT__entry(__field(int, first)),
	TP_fast_assign(__entry->first = first;),
	TP_printk("first=%d", __entry->first)
);

TRACE_EVENT(ptrint_split_commented,
	TP_PROTO(int tail, int first),
	TP_ARGS(tail, first),
	TP_STRUCT__entry(__field(int, first)),
	TP_fast_assign(__entry->first = first;),
	TP_printk("first=%d", __entry->first)
);

TRACE_EVENT(ptrint_commented_if,
	TP_PROTO(int tail, int first),
	TP_ARGS(tail, first),
	TP_STRUCT__entry(__field(int, first)),
	TP_fast_assign(__entry->first = first;),
	TP_printk("first=%d", __entry->first)
);

#endif /* _TRACE_PTRINT_H */

#include <trace/define_trace.h>
