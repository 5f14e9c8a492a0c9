/* Kernel side of the missing-mirror tests: events of every field kind. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM gen

#if !defined(_TRACE_GEN_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_GEN_H

#include <linux/tracepoint.h>
#include <linux/fields_obj.h>

TRACE_EVENT(gen_mirrored,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(gen_fields,
	TP_PROTO(struct fields_obj *o, const char *label, void *ptr),
	TP_ARGS(o, label, ptr),
	TP_STRUCT__entry(
		__field(unsigned long, flags)
		__field(void *, ptr)
		__array(char, name, FIELDS_NAME_LEN)
		__string(label, label)
	),
	TP_fast_assign(
		__entry->flags = o->flags;
		__entry->ptr = ptr;
		memcpy(__entry->name, o->name, FIELDS_NAME_LEN);
		__assign_str(label, label);
	),
	TP_printk("flags=%lx", __entry->flags)
);

/* Not prefixed with "gen_": mirrored with the _MAP form. */
TRACE_EVENT(unprefixed_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

DECLARE_EVENT_CLASS(gen_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

DEFINE_EVENT(gen_class, gen_instance,
	TP_PROTO(int a),
	TP_ARGS(a)
);

TRACE_EVENT(gen_computed,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a) __field(int, b)),
	TP_fast_assign(
		__entry->a = a;
		if (a > 0)
			__entry->b = a;
		else
			__entry->b = -a;
	),
	TP_printk("a=%d", __entry->a)
);

#endif

#include <trace/define_trace.h>
