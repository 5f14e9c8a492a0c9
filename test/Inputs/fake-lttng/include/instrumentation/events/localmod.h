/* LTTng side of the module-header tests: the mirror of an out-of-tree
 * module's driver-local trace.h (localmod_release is not mirrored yet,
 * localmod_gone is no longer in the module). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM localmod

#if !defined(LTTNG_TRACE_LOCALMOD_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_LOCALMOD_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(localmod_open,
	TP_PROTO(int minor, unsigned int flags),
	TP_ARGS(minor, flags),
	TP_FIELDS(
		ctf_integer(int, minor, minor)
		ctf_integer_hex(unsigned int, flags, flags)
	)
)

LTTNG_TRACEPOINT_EVENT(localmod_gone,
	TP_PROTO(int minor),
	TP_ARGS(minor),
	TP_FIELDS(
		ctf_integer(int, minor, minor)
	)
)

#endif /* LTTNG_TRACE_LOCALMOD_H */

#include <lttng/define_trace.h>
