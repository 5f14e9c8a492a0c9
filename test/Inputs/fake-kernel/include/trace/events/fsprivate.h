/* Kernel side of the private-structure field-source test: the kernel
 * records a value from a structure that only its subsystem defines. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsprivate

#if !defined(_TRACE_FSPRIVATE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_FSPRIVATE_H

#include <linux/tracepoint.h>

struct fspv_dev {
	unsigned long flags;
};

/* Defined in a private header of the subsystem, which probes do not read. */
struct fspv_ctl;

TRACE_EVENT(fspv_alloc,
	TP_PROTO(const struct fspv_dev *dev, const struct fspv_ctl *ctl),
	TP_ARGS(dev, ctl),
	TP_STRUCT__entry(
		__field(unsigned long, flags)
		__field(unsigned long, bytes)
	),
	TP_fast_assign(
		__entry->flags = dev->flags;
		__entry->bytes = ctl->num_bytes;
	),
	TP_printk("bytes=%lu", __entry->bytes)
);

#endif

#include <trace/define_trace.h>
