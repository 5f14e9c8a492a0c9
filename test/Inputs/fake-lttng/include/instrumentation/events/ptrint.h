/* LTTng side of the pointer-to-integer test (mutation testing, seed 8,
 * mutant 9057, on the 9p mirror): the mirror records the handle as a
 * pointer; kept as it is under the kernel's new prototype, the field
 * would initialise a pointer from a number, which does not compile. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM ptrint

#if !defined(LTTNG_TRACE_PTRINT_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_PTRINT_H

#include <lttng/tracepoint-event.h>

struct ptrint_client;

LTTNG_TRACEPOINT_EVENT(ptrint_dump,

	TP_PROTO(struct ptrint_client *client, int tag),

	TP_ARGS(client, tag),

	TP_FIELDS(
		ctf_integer_hex(void *, client, client)
		ctf_integer(int, tag, tag)
	)
)

/* Its length kept under the kernel's new prototype would store a pointer
 * in an unsigned long, which does not compile. */
LTTNG_TRACEPOINT_EVENT(ptrint_text,

	TP_PROTO(const char *text, unsigned long len),

	TP_ARGS(text, len),

	TP_FIELDS(
		ctf_sequence_text(char, msg, text, unsigned long, len)
	)
)

/* The event's name is chosen under a conditional whose #else and #endif
 * lie inside the definition, as in LTTng's jbd2 mirror: a version guard
 * around the definition would pair with them. */
#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(3,4,0))
LTTNG_TRACEPOINT_EVENT(ptrint_split,
#else
LTTNG_TRACEPOINT_EVENT(ptrint_split_old,
#endif

	TP_PROTO(int tail, unsigned long first),

	TP_ARGS(tail, first),

	TP_FIELDS(
		ctf_integer(unsigned long, first, first)
	)
)

/* The same with a comment before each directive: the preprocessor reads
 * them as directives all the same. */
#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(3,4,0))
LTTNG_TRACEPOINT_EVENT(ptrint_split_commented,
/* older kernels */ #else
LTTNG_TRACEPOINT_EVENT(ptrint_split_commented_old,
/* both */ #endif

	TP_PROTO(int tail, unsigned long first),

	TP_ARGS(tail, first),

	TP_FIELDS(
		ctf_integer(unsigned long, first, first)
	)
)

/* A line that starts with '#if' inside a comment is no directive: the
 * definition holds no conditional and gets its fix-it. */
LTTNG_TRACEPOINT_EVENT(ptrint_commented_if,
	/* Said of older kernels:
#if they had no 'first', this event did not exist.
	 */
	TP_PROTO(int tail, unsigned long first),

	TP_ARGS(tail, first),

	TP_FIELDS(
		ctf_integer(unsigned long, first, first)
	)
)

#endif /* LTTNG_TRACE_PTRINT_H */

#include <lttng/define_trace.h>
