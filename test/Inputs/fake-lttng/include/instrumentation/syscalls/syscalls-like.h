/* Like LTTng-modules' syscall tables (instrumentation/syscalls/headers/):
 * LTTng's own instrumentation of system calls, with no TRACE_SYSTEM and no
 * kernel trace header behind it. The unit that includes it names the file
 * with TRACE_INCLUDE_FILE and prefixes the events itself. */
#if !defined(LTTNG_SYSCALLS_LIKE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_SYSCALLS_LIKE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(syscall_entry_close,
	TP_PROTO(unsigned int fd),
	TP_ARGS(fd),
	TP_FIELDS(ctf_integer(unsigned int, fd, fd))
)

#endif

#include <lttng/define_trace.h>
