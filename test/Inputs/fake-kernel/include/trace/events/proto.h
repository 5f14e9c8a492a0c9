/* Kernel side of the prototype-mismatch tests. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM proto

#if !defined(_TRACE_PROTO_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_PROTO_H

#include <linux/tracepoint.h>

TRACE_EVENT(proto_added,
	TP_PROTO(int a, bool armed),
	TP_ARGS(a, armed),
	TP_STRUCT__entry(__field(int, a) __field(bool, armed)),
	TP_fast_assign(__entry->a = a; __entry->armed = armed;),
	TP_printk("a=%d armed=%d", __entry->a, __entry->armed)
);

TRACE_EVENT(proto_removed,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

TRACE_EVENT(proto_changed,
	TP_PROTO(long v, const char *name),
	TP_ARGS(v, name),
	TP_STRUCT__entry(__field(long, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%ld", __entry->v)
);

TRACE_EVENT(proto_typedef,
	TP_PROTO(pid_t pid),
	TP_ARGS(pid),
	TP_STRUCT__entry(__field(pid_t, pid)),
	TP_fast_assign(__entry->pid = pid;),
	TP_printk("pid=%d", __entry->pid)
);

TRACE_EVENT(proto_same,
	TP_PROTO(int a, const char *const name),
	TP_ARGS(a, name),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

DECLARE_EVENT_CLASS(proto_class,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

DEFINE_EVENT(proto_class, proto_instance,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b)
);

TRACE_EVENT(proto_versioned,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

#endif

#include <trace/define_trace.h>
