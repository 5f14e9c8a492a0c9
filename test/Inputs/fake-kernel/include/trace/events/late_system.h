/* Like the kernel's trace/events/module.h: TRACE_SYSTEM is set only when
 * the tracepoints are created, so an ordinary include inherits the
 * previous header's value. The model must not attribute these events to
 * that other system. */
#ifdef CREATE_TRACE_POINTS
#undef TRACE_SYSTEM
#define TRACE_SYSTEM late_system
#endif

#if !defined(_TRACE_LATE_SYSTEM_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LATE_SYSTEM_H

#include <linux/tracepoint.h>

TRACE_EVENT(late_system_load,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
