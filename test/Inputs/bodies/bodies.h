/* Kernel side of the in-process audit's body-skipping test: the helpers
 * are inline functions of a header, whose bodies the audit's workers skip
 * and summarise (checks/model/FunctionBodies.h). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM bodies

#if !defined(_TRACE_BODIES_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_BODIES_H

#include <linux/tracepoint.h>

#ifndef BODIES_HELPERS_DEFINED
#define BODIES_HELPERS_DEFINED
/* Not exported: a module can call neither it nor an inline that does. */
extern int bodies_private(int x);
static inline int bodies_twice(int x)
{
	return x * 2;
}
static inline int bodies_via_private(int x)
{
	if (x > 0) {
		return bodies_private(x);
	}
	return 0;
}
#define BODIES_CALL(x) bodies_private(x)
static inline int bodies_via_macro(int x)
{
	return BODIES_CALL(x) + 1;
}
/* Written by a macro that defines no tracepoint, as page-flags.h writes
 * its Page*() tests: skipped and summarised like the others. */
#define BODIES_HELPER(name, expr)			\
	static inline int bodies_##name(int x)		\
	{						\
		return expr;				\
	}
BODIES_HELPER(macro_ok, bodies_twice(x) + 1)
BODIES_HELPER(macro_private, BODIES_CALL(x) - 1)
#endif

TRACE_EVENT(bodies_mirrored,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(bodies_inline_ok,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v) __field(int, twice)
			 __field(int, written)),
	TP_fast_assign(__entry->v = v; __entry->twice = bodies_twice(v);
		       __entry->written = bodies_macro_ok(v);),
	TP_printk("v=%d twice=%d written=%d", __entry->v, __entry->twice,
		  __entry->written)
);

TRACE_EVENT(bodies_inline_private,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v) __field(int, hidden) __field(int, macro)
			 __field(int, written)),
	TP_fast_assign(__entry->v = v; __entry->hidden = bodies_via_private(v);
		       __entry->macro = bodies_via_macro(v);
		       __entry->written = bodies_macro_private(v);),
	TP_printk("v=%d hidden=%d macro=%d written=%d", __entry->v,
		  __entry->hidden, __entry->macro, __entry->written)
);

#endif /* _TRACE_BODIES_H */

#include <trace/define_trace.h>
