/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A driver-local trace header, written as drivers/<subsys>/trace.h are:
 * beside the sources, read again through TRACE_INCLUDE_PATH . by the
 * module's -I$(src). An event, and a class with two instances.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM localmod

#if !defined(_LOCALMOD_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _LOCALMOD_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(localmod_probe,
	TP_PROTO(int unit, unsigned long flags),
	TP_ARGS(unit, flags),
	TP_STRUCT__entry(
		__field(int, unit)
		__field(unsigned long, flags)
	),
	TP_fast_assign(
		__entry->unit = unit;
		__entry->flags = flags;
	),
	TP_printk("unit=%d flags=%lx", __entry->unit, __entry->flags)
);

DECLARE_EVENT_CLASS(localmod_xfer,
	TP_PROTO(int unit, size_t len),
	TP_ARGS(unit, len),
	TP_STRUCT__entry(
		__field(int, unit)
		__field(size_t, len)
	),
	TP_fast_assign(
		__entry->unit = unit;
		__entry->len = len;
	),
	TP_printk("unit=%d len=%zu", __entry->unit, __entry->len)
);

DEFINE_EVENT(localmod_xfer, localmod_send,
	TP_PROTO(int unit, size_t len),
	TP_ARGS(unit, len)
);

DEFINE_EVENT(localmod_xfer, localmod_receive,
	TP_PROTO(int unit, size_t len),
	TP_ARGS(unit, len)
);

#endif /* _LOCALMOD_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
