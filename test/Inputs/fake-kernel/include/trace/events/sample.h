/* A trace header written like the kernel's own trace/events headers. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM sample

#if !defined(_TRACE_SAMPLE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_SAMPLE_H

#include <linux/tracepoint.h>
#include <linux/sample_task.h>

TRACE_EVENT(sample_wakeup,
	TP_PROTO(struct task *p, int success),
	TP_ARGS(p, success),
	TP_STRUCT__entry(
		__array(char, comm, 16)
		__field(pid_t, pid)
		__field(int, success)
	),
	TP_fast_assign(
		memcpy(__entry->comm, p->comm, 16);
		__entry->pid = p->pid;
		__entry->success = success;
	),
	TP_printk("comm=%s pid=%d success=%d", __entry->comm, __entry->pid,
		  __entry->success)
);

DECLARE_EVENT_CLASS(sample_task_class,
	TP_PROTO(struct task *p),
	TP_ARGS(p),
	TP_STRUCT__entry(
		__field(pid_t, pid)
		__field(u64, stamp)
	),
	TP_fast_assign(
		__entry->pid = p->pid;
		__entry->stamp = 0;
	),
	TP_printk("pid=%d", __entry->pid)
);

DEFINE_EVENT(sample_task_class, sample_task_fork,
	TP_PROTO(struct task *p),
	TP_ARGS(p)
);

/* Not prefixed with "sample_": an ABI name, so a note and no fix-it. */
DEFINE_EVENT(sample_task_class, task_exit,
	TP_PROTO(struct task *p),
	TP_ARGS(p)
);

/* A subsystem wrapper macro, as xfs, sunrpc and many drivers use. */
#define DEFINE_SAMPLE_TASK_EVENT(name)				\
DEFINE_EVENT(sample_task_class, name,				\
	TP_PROTO(struct task *p),				\
	TP_ARGS(p))

DEFINE_SAMPLE_TASK_EVENT(sample_task_rename);
DEFINE_SAMPLE_TASK_EVENT(sample_task_free);

DECLARE_TRACE(sample_raw_tp,
	TP_PROTO(int cpu),
	TP_ARGS(cpu));

#endif /* _TRACE_SAMPLE_H */

#include <trace/define_trace.h>
