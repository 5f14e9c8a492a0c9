/* Kernel side of the fix-its-compile test: fixes whose first form did not
 * compile once applied. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fixcompile

#if !defined(_TRACE_FIXCOMPILE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_FIXCOMPILE_H

#include <linux/tracepoint.h>

struct fc_obj {
	int id;
	unsigned long flags;
};

/* Defined in a private header of the subsystem, which probes do not read;
 * so is FC_PRIVATE_KIND. */
struct fc_priv;

#define FC_PUBLIC_KIND 3

/* The kernel now passes the object's id where it passed the object. */
TRACE_EVENT(fixcompile_retyped,
	TP_PROTO(unsigned long obj, int n),
	TP_ARGS(obj, n),
	TP_STRUCT__entry(
		__field(unsigned long, id)
		__field(int, n)
	),
	TP_fast_assign(
		__entry->id = obj;
		__entry->n = n;
	),
	TP_printk("id=%lu n=%d", __entry->id, __entry->n)
);

/* Not mirrored; one field reads the private structure, one a private
 * constant (upper case is no proof a probe sees it). */
TRACE_EVENT(fixcompile_private,
	TP_PROTO(const struct fc_obj *o, const struct fc_priv *p),
	TP_ARGS(o, p),
	TP_STRUCT__entry(
		__field(int, id)
		__field(unsigned long, bytes)
		__field(int, kind)
		__field(int, public_kind)
	),
	TP_fast_assign(
		__entry->id = o->id;
		__entry->bytes = p->bytes;
		__entry->kind = FC_PRIVATE_KIND;
		__entry->public_kind = FC_PUBLIC_KIND;
	),
	TP_printk("id=%d bytes=%lu kind=%d", __entry->id, __entry->bytes,
		  __entry->kind)
);

DECLARE_EVENT_CLASS(fixcompile_class,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

/* Not mirrored, and not the prototype of its class: the kernel's own
 * build rejects it; a probe unit only declares it. */
DEFINE_EVENT(fixcompile_class, fixcompile_odd,
	TP_PROTO(long v),
	TP_ARGS(v)
);

/* Not mirrored: generated with its class. */
DEFINE_EVENT(fixcompile_class, fixcompile_even,
	TP_PROTO(int v),
	TP_ARGS(v)
);

/* Not mirrored, and an instance of a class no header defines (renamed
 * away): two such instances could declare two prototypes for it. */
DEFINE_EVENT(fixcompile_gone, fixcompile_stray,
	TP_PROTO(long v),
	TP_ARGS(v)
);

/* Renamed from fixcompile_oldname, whose mirror records the event name
 * 'fixcompile_renamed' already: a generated mirror would define it twice. */
TRACE_EVENT(fixcompile_renamed,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
