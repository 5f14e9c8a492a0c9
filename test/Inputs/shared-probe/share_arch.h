/* Kernel side: a tracepoint of the share system that only some units read
 * (as an architecture's header is), which the probe mirrors without
 * including it. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM share
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE share_arch

#if !defined(_TRACE_SHARE_ARCH_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_SHARE_ARCH_H

#include <linux/tracepoint.h>

TRACE_EVENT(share_arch,
	TP_PROTO(int cpu),
	TP_ARGS(cpu),
	TP_STRUCT__entry(
		__field(int, cpu)
	),
	TP_fast_assign(
		__entry->cpu = cpu;
	),
	TP_printk("cpu=%d", __entry->cpu)
);

#endif /* _TRACE_SHARE_ARCH_H */

#include <trace/define_trace.h>
