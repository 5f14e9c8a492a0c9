/* A driver-local trace header whose helper macros are #undef'd after its
 * tracepoints, as amdgpu_trace.h does with AMDGPU_JOB_GET_TIMELINE_NAME:
 * where LTTng reads the mirror they are gone, so a mirror that names them
 * does not build. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM unseenmod

#ifndef _UNSEENMOD_TYPES_H
#define _UNSEENMOD_TYPES_H
struct unseenmod_job {
	const char *name;
	int base;
	int weight;
	char tag[4];
};

void *memcpy(void *dest, const void *src, unsigned long n);
int unseenmod_secret(const struct unseenmod_job *job);
#endif

#if !defined(_UNSEENMOD_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _UNSEENMOD_TRACE_H

#include <linux/tracepoint.h>

#define UNSEENMOD_NAME(job) \
	((job)->name)
#define UNSEENMOD_BASE(job) (job)->base
#define UNSEENMOD_SCALED(job, factor) (UNSEENMOD_BASE(job) * (factor))
#define UNSEENMOD_TAG_LEN 4
#define UNSEENMOD_SECRET(job) unseenmod_secret(job)

TRACE_EVENT(unseenmod_run,
	TP_PROTO(const struct unseenmod_job *job, int factor),
	TP_ARGS(job, factor),
	TP_STRUCT__entry(
		__string(name, UNSEENMOD_NAME(job))
		__field(int, scaled)
		__field(int, total)
		__array(char, tag, UNSEENMOD_TAG_LEN)
	),
	TP_fast_assign(
		int sum = UNSEENMOD_BASE(job) + job->weight;
		__assign_str(name, UNSEENMOD_NAME(job));
		__entry->scaled = UNSEENMOD_SCALED(job, factor);
		__entry->total = sum;
		memcpy(__entry->tag, job->tag, UNSEENMOD_TAG_LEN);
	),
	TP_printk("name=%s scaled=%d total=%d", __get_str(name),
		  __entry->scaled, __entry->total)
);

TRACE_EVENT(unseenmod_secret_read,
	TP_PROTO(const struct unseenmod_job *job),
	TP_ARGS(job),
	TP_STRUCT__entry(
		__field(int, secret)
		__field(int, base)
	),
	TP_fast_assign(
		__entry->secret = UNSEENMOD_SECRET(job);
		__entry->base = UNSEENMOD_BASE(job);
	),
	TP_printk("secret=%d base=%d", __entry->secret, __entry->base)
);

TRACE_EVENT(unseenmod_secret_sum,
	TP_PROTO(const struct unseenmod_job *job),
	TP_ARGS(job),
	TP_STRUCT__entry(
		__field(int, sum)
	),
	TP_fast_assign(
		int secret = UNSEENMOD_SECRET(job);
		__entry->sum = secret + job->weight;
	),
	TP_printk("sum=%d", __entry->sum)
);

#undef UNSEENMOD_NAME
#undef UNSEENMOD_BASE
#undef UNSEENMOD_SCALED
#undef UNSEENMOD_TAG_LEN
#undef UNSEENMOD_SECRET
#endif /* _UNSEENMOD_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
