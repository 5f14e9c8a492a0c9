/* Kernel side of the odd-name test: two tracepoints, of which the mirror
 * header's second definition has its name and prototype swapped. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM oddname

#if !defined(_TRACE_ODDNAME_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_ODDNAME_H

#include <linux/tracepoint.h>

TRACE_EVENT(oddname_first,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(oddname_second,
	TP_PROTO(unsigned gpio, int value),
	TP_ARGS(gpio, value),
	TP_STRUCT__entry(__field(unsigned, gpio) __field(int, value)),
	TP_fast_assign(__entry->gpio = gpio; __entry->value = value;),
	TP_printk("gpio=%u value=%d", __entry->gpio, __entry->value)
);

#endif /* _TRACE_ODDNAME_H */

#include <trace/define_trace.h>
