/* LTTng side of the field-type and stale-mirror tests. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fields

#if !defined(LTTNG_TRACE_FIELDS_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FIELDS_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(fields_event,
	TP_PROTO(struct fields_obj *o, int cpu, unsigned long addr,
		 const char *label, unsigned int client),
	TP_ARGS(o, cpu, addr, label, client),
	TP_FIELDS(
		ctf_integer(unsigned int, cpu, cpu)
		ctf_integer(unsigned int, addr, addr)
		ctf_array_text(char, name, o->name, 8)
		ctf_sequence_text(char, label, label, unsigned int, 4)
		ctf_integer(unsigned long, flags, o->flags)
		ctf_integer(char, bit, o->bit)
		ctf_integer_hex(unsigned int, obj, o)
		ctf_integer(int, small, o->small)
		ctf_integer(unsigned char, state, o->state)
		ctf_integer(int, client_id, fields_client_id(client))
		ctf_integer(u64, flags_wide, o->bit_count)
		ctf_integer(unsigned long, name_addr, o->name)
	)
)

/* The kernel removed this tracepoint. */
LTTNG_TRACEPOINT_EVENT(fields_removed,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_FIELDS_H */

#include <lttng/define_trace.h>
