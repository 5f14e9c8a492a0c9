/* LTTng side of the private-structure field-source test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsprivate

#if !defined(LTTNG_TRACE_FSPRIVATE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FSPRIVATE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(fspv_alloc,
	TP_PROTO(const struct fspv_dev *dev, const struct fspv_ctl *ctl),
	TP_ARGS(dev, ctl),
	TP_FIELDS(
		ctf_integer(unsigned long, flags, dev->flags)
		ctf_integer(unsigned long, bytes, dev->bytes)
	)
)

#endif /* LTTNG_TRACE_FSPRIVATE_H */

#include <lttng/define_trace.h>
