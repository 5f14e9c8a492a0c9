/* Kernel side of the unsafe-fixits test: definitions and files that no
 * fix-it may be built from as they are (issue 13's mutants). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unsafe

#if !defined(_TRACE_UNSAFE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_UNSAFE_H

#include <linux/tracepoint.h>

/* Not mirrored; two field types no header of the unit declares. */
TRACE_EVENT(unsafe_fieldtypes,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__field(int, ok)
		__field(s16, typo)
		__field(enum unsafe_never_defined, kind)
	),
	TP_fast_assign(
		__entry->ok = v;
		__entry->typo = v;
		__entry->kind = v;
	),
	TP_printk("ok=%d", __entry->ok)
);

#ifndef _UNSAFE_TYPES
#define _UNSAFE_TYPES
struct unsafe_obj {
	int id;
	void *slots[2];
};
#endif

/* Once a structure, now its address as a number: the mirror hands it to a
 * helper that takes the structure. */
TRACE_EVENT(unsafe_retyped_call,
	TP_PROTO(unsigned long obj, int n),
	TP_ARGS(obj, n),
	TP_STRUCT__entry(__field(int, n)),
	TP_fast_assign(__entry->n = n;),
	TP_printk("n=%d", __entry->n)
);

/* Once the text, now its address as a number: the mirror records the text
 * through it. */
TRACE_EVENT(unsafe_text_number,
	TP_PROTO(unsigned long text, unsigned int len),
	TP_ARGS(text, len),
	TP_STRUCT__entry(__field(unsigned int, len)),
	TP_fast_assign(__entry->len = len;),
	TP_printk("len=%u", __entry->len)
);

/* Not mirrored; its TP_ARGS wraps a parameter in a perf annotation that
 * a probe does not define. */
TRACE_EVENT(unsafe_perf_args,
	TP_PROTO(int a, unsigned long count),
	TP_ARGS(a, __perf_count(count)),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* The kernel records an int where the mirror records a pointer. */
TRACE_EVENT(unsafe_pointer_field,
	TP_PROTO(const struct unsafe_obj *obj),
	TP_ARGS(obj),
	TP_STRUCT__entry(__field(int, slot)),
	TP_fast_assign(__entry->slot = obj->id;),
	TP_printk("slot=%d", __entry->slot)
);

#endif

#include <trace/define_trace.h>
