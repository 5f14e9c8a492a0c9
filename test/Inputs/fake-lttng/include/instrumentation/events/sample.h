/* An LTTng mirror of trace/events/sample.h, written like LTTng-modules'
 * include/instrumentation/events/ headers. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM sample

#if !defined(LTTNG_TRACE_SAMPLE_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_SAMPLE_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(sample_wakeup,
	TP_PROTO(struct task *p, int success),
	TP_ARGS(p, success),
	TP_FIELDS(
		ctf_array_text(char, comm, p->comm, 16)
		ctf_integer(pid_t, tid, p->pid)
		ctf_integer(int, success, success)
	)
)

LTTNG_TRACEPOINT_EVENT_CLASS(sample_task_class,
	TP_PROTO(struct task *p),
	TP_ARGS(p),
	TP_FIELDS(
		ctf_integer(pid_t, tid, p->pid)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(sample_task_class, sample_task_fork,
	TP_PROTO(struct task *p),
	TP_ARGS(p)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(sample_task_class, task_exit,
	TP_PROTO(struct task *p),
	TP_ARGS(p)
)

#endif /* LTTNG_TRACE_SAMPLE_H */

#include <lttng/define_trace.h>
