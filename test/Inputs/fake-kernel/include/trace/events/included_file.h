/* TRACE_INCLUDE_FILE names the header, as the kernel allows: the header
 * name is then TRACE_INCLUDE_FILE, and TRACE_SYSTEM may differ. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM incl

#if !defined(_TRACE_INCLUDED_FILE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_INCLUDED_FILE_H

#include <linux/tracepoint.h>

TRACE_EVENT(incl_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE included_file
#include <trace/define_trace.h>
