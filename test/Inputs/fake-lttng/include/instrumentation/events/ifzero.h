/* LTTng side of the #if 0 clean-up test: a parameter after a comma sits
 * in an #if 0 branch and again in its #else (mutation testing, seed 10,
 * mutant 2200). clang-format's first reading of the file skips both, so
 * the clean-up around a fix-it sees "int a, )" and drops the comma. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM ifzero

#if !defined(LTTNG_TRACE_IFZERO_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_IFZERO_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(ifzero_event,
	TP_PROTO(int a,
#if 0
 int b
#else
 int b
#endif
),
	TP_ARGS(a, b),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

#endif /* LTTNG_TRACE_IFZERO_H */

#include <lttng/define_trace.h>
