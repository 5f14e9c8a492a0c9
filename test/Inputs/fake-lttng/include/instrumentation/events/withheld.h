/* LTTng side of the withheld fix-its test. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM withheld

#if !defined(LTTNG_TRACE_WITHHELD_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_WITHHELD_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(withheld_cond,
	TP_PROTO(
#if 0
		unsigned int a,
#else
		int a,
#endif
		long b),
	TP_ARGS(a, b),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT(withheld_empty,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
		ctf_integer(int, , a)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(withheld_solo,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(withheld_solo, withheld_orphan,
	TP_PROTO(int a),
	TP_ARGS(a)
)

LTTNG_TRACEPOINT_EVENT(withheld_private,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, type, WITHHELD_PRIVATE_TYPE)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(withheld_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

/* An instance without a name. */
LTTNG_TRACEPOINT_EVENT_INSTANCE(withheld_class, ,
	TP_PROTO(int a),
	TP_ARGS(a)
)

LTTNG_TRACEPOINT_EVENT(withheld_swapped,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT(withheld_undeclared,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

/* TP_FIELDS left out: an empty argument (a rewrite kept the comma before
 * the closing parenthesis, which clang-apply-replacements' clean-up drops). */
LTTNG_TRACEPOINT_EVENT(withheld_nofields,
	TP_PROTO(int a),
	TP_ARGS(a),
)

LTTNG_TRACEPOINT_EVENT(withheld_proto_scoped,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT(withheld_enum_param,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(withheld_doubled_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

/* TP_ARGS twice, no comma between: one argument, which a rewrite of the
 * wrapper kept half of (seed 12, mutant 1112). */
LTTNG_TRACEPOINT_EVENT_INSTANCE(withheld_doubled_class, withheld_doubled,
	TP_PROTO(int a),
	TP_ARGS(a)
	TP_ARGS(a)
)

#endif /* LTTNG_TRACE_WITHHELD_H */

#include <lttng/define_trace.h>
