/* Kernel side of the withheld fix-its test: each event pairs with a mirror
 * that the model cannot read fully, or that a rewrite would cut through. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM withheld

#if !defined(_TRACE_WITHHELD_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_WITHHELD_H

#include <linux/tracepoint.h>

/* The mirror's TP_PROTO holds a #if. */
TRACE_EVENT(withheld_cond,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* The mirror has a field with an empty argument. */
TRACE_EVENT(withheld_empty,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* An instance of a class no header defines: a probe unit only declares
 * the tracepoint, so it compiles there. */
DEFINE_EVENT(withheld_nowhere, withheld_orphan,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b)
);

/* Records a constant that only the subsystem's private header defines:
 * the mirror reads it the same way, and cannot compile in a probe. */
TRACE_EVENT(withheld_private,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, type)),
	TP_fast_assign(__entry->type = WITHHELD_PRIVATE_TYPE;),
	TP_printk("type=%d", __entry->type)
);

DECLARE_EVENT_CLASS(withheld_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* An instance without a name. */
DEFINE_EVENT(withheld_class, ,
	TP_PROTO(int a),
	TP_ARGS(a)
);

/* TP_ARGS in another order than TP_PROTO: a mirror copying it would not
 * compile (or record swapped values). */
TRACE_EVENT(withheld_swapped,
	TP_PROTO(int a, long b),
	TP_ARGS(b, a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* A type no header declares (clang reads it as the u16 it suggests). */
TRACE_EVENT(withheld_undeclared,
	TP_PROTO(s16 v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(withheld_nofields,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* A pointer to a structure first named in the prototype itself: each
 * declaration of the tracepoint's functions gets a structure of its own. */
TRACE_EVENT(withheld_proto_scoped,
	TP_PROTO(int a, struct withheld_prototype_only *p),
	TP_ARGS(a, p),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* A parameter of an enum declared nowhere (clang takes it as incomplete). */
TRACE_EVENT(withheld_enum_param,
	TP_PROTO(int a, enum withheld_never_declared e),
	TP_ARGS(a, e),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* The mirror's instance writes TP_ARGS twice with no comma between. */
DECLARE_EVENT_CLASS(withheld_doubled_class,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

DEFINE_EVENT(withheld_doubled_class, withheld_doubled,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b)
);

#endif

#include <trace/define_trace.h>
