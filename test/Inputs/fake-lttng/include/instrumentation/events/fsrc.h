/* LTTng side of the field-source tests: mirrors written for the kernel
 * before the rename, so their sources no longer compile. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsrc

#if !defined(LTTNG_TRACE_FSRC_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FSRC_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(fsrc_probe,
	TP_PROTO(struct fsrc_dev *device, int ret),
	TP_ARGS(device, ret),
	TP_FIELDS(
		ctf_integer(int, pkg, device->phys_pkg_id)
		ctf_integer(int, core, device->topo.cpu_core_id)
		ctf_integer(int, ret, ret)
		ctf_integer(unsigned int, flags, device->flags)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(fsrc_class,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev),
	TP_FIELDS(
		ctf_integer(int, id, dev->dev_id)
		ctf_integer(int, weight, fsrc_dev_weight(dev, 2))
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(fsrc_class, fsrc_open,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(fsrc_class, fsrc_close,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev)
)

/* Still right: silent. */
LTTNG_TRACEPOINT_EVENT(fsrc_flags,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev),
	TP_FIELDS(
		ctf_integer(unsigned long, flags, dev->flags)
	)
)

#endif /* LTTNG_TRACE_FSRC_H */

#include <lttng/define_trace.h>
