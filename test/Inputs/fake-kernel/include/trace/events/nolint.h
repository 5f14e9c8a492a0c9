/* Findings silenced with NOLINT on the macro line. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM nolint

#if !defined(_TRACE_NOLINT_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_NOLINT_H

#include <linux/tracepoint.h>

TRACE_EVENT(unprefixed_silenced, // NOLINT(lttng-tracepoint-naming)
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

// NOLINTNEXTLINE(lttng-tracepoint-naming)
TRACE_EVENT(unprefixed_next_line,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(unprefixed_reported,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(nolint_prefixed,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(nolint_BadCase,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif /* _TRACE_NOLINT_H */

#include <trace/define_trace.h>
