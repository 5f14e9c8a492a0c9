/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A driver's own trace header, as drivers/<subsys>/trace.h are written:
 * one well-named event and one without its TRACE_SYSTEM prefix.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM workflow_demo

#if !defined(_WORKFLOW_DEMO_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _WORKFLOW_DEMO_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(workflow_demo_start,
	TP_PROTO(int id),
	TP_ARGS(id),
	TP_STRUCT__entry(
		__field(int, id)
	),
	TP_fast_assign(
		__entry->id = id;
	),
	TP_printk("id=%d", __entry->id)
);

TRACE_EVENT(demo_stop,
	TP_PROTO(int id),
	TP_ARGS(id),
	TP_STRUCT__entry(
		__field(int, id)
	),
	TP_fast_assign(
		__entry->id = id;
	),
	TP_printk("id=%d", __entry->id)
);

#endif /* _WORKFLOW_DEMO_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
