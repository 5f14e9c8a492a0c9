/* Kernel side of the field-source tests: the events as the new kernel
 * records them. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsrc

#if !defined(_TRACE_FSRC_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_FSRC_H

#include <linux/tracepoint.h>
#include <linux/fsrc_dev.h>

TRACE_EVENT(fsrc_probe,
	TP_PROTO(struct fsrc_dev *dev, int ret),
	TP_ARGS(dev, ret),
	TP_STRUCT__entry(
		__field(int, pkg)
		__field(int, core)
		__field(int, ret)
	),
	TP_fast_assign(
		__entry->pkg = dev->topo.pkg_id;
		__entry->core = dev->topo.core_id;
		__entry->ret = ret;
	),
	TP_printk("pkg=%d ret=%d", __entry->pkg, __entry->ret)
);

DECLARE_EVENT_CLASS(fsrc_class,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev),
	TP_STRUCT__entry(
		__field(int, id)
		__field(int, weight)
	),
	TP_fast_assign(
		__entry->id = dev->id;
		__entry->weight = fsrc_dev_weight(dev, 2);
	),
	TP_printk("id=%d", __entry->id)
);

DEFINE_EVENT(fsrc_class, fsrc_open,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev)
);

DEFINE_EVENT(fsrc_class, fsrc_close,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev)
);

TRACE_EVENT(fsrc_flags,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev),
	TP_STRUCT__entry(
		__field(unsigned long, flags)
	),
	TP_fast_assign(
		__entry->flags = dev->flags;
	),
	TP_printk("flags=%lx", __entry->flags)
);

#endif

#include <trace/define_trace.h>
