/* LTTng side of the unsafe-fixits test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unsafe

#if !defined(LTTNG_TRACE_UNSAFE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_UNSAFE_H

#include <lttng/tracepoint-event.h>

#ifndef LTTNG_UNSAFE_HELPERS
#define LTTNG_UNSAFE_HELPERS
static inline int lttng_unsafe_id(const struct unsafe_obj *obj)
{
	return obj->id;
}
#endif

LTTNG_TRACEPOINT_EVENT(unsafe_retyped_call,
	TP_PROTO(const struct unsafe_obj *obj, int n),
	TP_ARGS(obj, n),
	TP_FIELDS(
		ctf_integer(int, id, lttng_unsafe_id(obj))
		ctf_integer(int, n, n)
	)
)

LTTNG_TRACEPOINT_EVENT(unsafe_text_number,
	TP_PROTO(const char *text, unsigned int len),
	TP_ARGS(text, len),
	TP_FIELDS(
		ctf_sequence_text(char, msg, text, unsigned int, len)
		ctf_integer(unsigned int, len, len)
	)
)

LTTNG_TRACEPOINT_EVENT(unsafe_pointer_field,
	TP_PROTO(const struct unsafe_obj *obj),
	TP_ARGS(obj),
	TP_FIELDS(
		ctf_integer_hex(const void *, slot, obj->slots[0])
	)
)

#endif /* LTTNG_TRACE_UNSAFE_H */
