/* An out-of-tree module's driver-local trace header: beside the module's
 * sources, read again through TRACE_INCLUDE_PATH . and the module's
 * -I$(src), not under any include/ directory. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM localmod

#if !defined(_LOCALMOD_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _LOCALMOD_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(localmod_open,
	TP_PROTO(int minor, unsigned int flags),
	TP_ARGS(minor, flags),
	TP_STRUCT__entry(
		__field(int, minor)
		__field(unsigned int, flags)
	),
	TP_fast_assign(
		__entry->minor = minor;
		__entry->flags = flags;
	),
	TP_printk("minor=%d flags=%x", __entry->minor, __entry->flags)
);

TRACE_EVENT(localmod_release,
	TP_PROTO(int minor),
	TP_ARGS(minor),
	TP_STRUCT__entry(
		__field(int, minor)
	),
	TP_fast_assign(
		__entry->minor = minor;
	),
	TP_printk("minor=%d", __entry->minor)
);

#endif /* _LOCALMOD_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
