/* LTTng side of the prototype-mismatch tests: each event drifted from the
 * kernel the way real mirrors did. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM proto

#if !defined(LTTNG_TRACE_PROTO_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_PROTO_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(proto_added,

	TP_PROTO(int a),

	TP_ARGS(a),

	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT(proto_removed,

	TP_PROTO(int a, int gone),

	TP_ARGS(a, gone),

	TP_FIELDS(
		ctf_integer(int, a, a)
		ctf_integer(int, gone,
			gone + 1)
	)
)

LTTNG_TRACEPOINT_EVENT(proto_changed,
	TP_PROTO(int v, char *name),
	TP_ARGS(v, name),
	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

LTTNG_TRACEPOINT_EVENT(proto_typedef,
	TP_PROTO(int pid),
	TP_ARGS(pid),
	TP_FIELDS(
		ctf_integer(int, pid, pid)
	)
)

LTTNG_TRACEPOINT_EVENT(proto_same,
	TP_PROTO(int a, const char *name),
	TP_ARGS(a, name),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(proto_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(proto_class, proto_instance,
	TP_PROTO(int a),
	TP_ARGS(a)
)

/* The mirror already knows the 6.2 form: which branch is compared depends
 * on the kernel being analysed. */
#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,2,0))
LTTNG_TRACEPOINT_EVENT(proto_versioned,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_FIELDS(ctf_integer(int, a, a))
)
#else
LTTNG_TRACEPOINT_EVENT(proto_versioned,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(ctf_integer(int, a, a))
)
#endif

#endif /* LTTNG_TRACE_PROTO_H */

#include <lttng/define_trace.h>
