/* LTTng side of the odd-name test: the second mirror's first two
 * arguments are swapped (mutation testing, seed 8, mutant 9016, on the
 * gpio mirror), so its name is no identifier: it still compiles, and the
 * tracepoint it mirrors looks missing. Inserting another mirror of it
 * would conflict with it. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM oddname

#if !defined(LTTNG_TRACE_ODDNAME_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_ODDNAME_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(oddname_first,

	TP_PROTO(int v),

	TP_ARGS(v),

	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

LTTNG_TRACEPOINT_EVENT(

	TP_PROTO(unsigned gpio, int value),oddname_second,

	TP_ARGS(gpio, value),

	TP_FIELDS(
		ctf_integer(unsigned, gpio, gpio)
		ctf_integer(int, value, value)
	)
)

/* No kernel has it: a stale mirror, whose version guard is withheld while
 * the file holds the unread definition above (seed 10, mutant 271: the
 * guard changed how clang recovered from that definition's error). */
LTTNG_TRACEPOINT_EVENT(oddname_gone,

	TP_PROTO(int v),

	TP_ARGS(v),

	TP_FIELDS(
		ctf_integer(int, v, v)
	)
)

#endif /* LTTNG_TRACE_ODDNAME_H */

#include <lttng/define_trace.h>
