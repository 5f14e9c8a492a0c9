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

/* Mirrored with a comma alone after the mirror's #endif. */
TRACE_EVENT(unsafe_comma,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

#endif

#include <trace/define_trace.h>
