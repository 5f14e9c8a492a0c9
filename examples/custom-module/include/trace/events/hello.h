/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoints of the hello module: a device opened, read and written, and
 * its greeting reset.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM hello

#if !defined(_TRACE_HELLO_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_HELLO_H

#include <linux/tracepoint.h>
#include <linux/types.h>

/* How many bytes of each buffer the read and write events keep. */
#define HELLO_HEAD_LEN 8

TRACE_EVENT(hello_open,

	TP_PROTO(const char *comm, int opens),

	TP_ARGS(comm, opens),

	TP_STRUCT__entry(
		__string(comm, comm)
		__field(int, opens)
	),

	TP_fast_assign(
		__assign_str(comm, comm);
		__entry->opens = opens;
	),

	TP_printk("comm=%s opens=%d", __get_str(comm), __entry->opens)
);

DECLARE_EVENT_CLASS(hello_io,

	TP_PROTO(const char *buf, size_t count, loff_t pos),

	TP_ARGS(buf, count, pos),

	TP_STRUCT__entry(
		__field(size_t, count)
		__field(loff_t, pos)
		__field(loff_t, end)
		__array(char, head, HELLO_HEAD_LEN)
	),

	TP_fast_assign(
		__entry->count = count;
		__entry->pos = pos;
		__entry->end = pos + count;
		memcpy(__entry->head, buf, HELLO_HEAD_LEN);
	),

	TP_printk("count=%zu pos=%lld end=%lld head=%.*s",
		  __entry->count, __entry->pos, __entry->end,
		  HELLO_HEAD_LEN, __entry->head)
);

DEFINE_EVENT(hello_io, hello_read,

	TP_PROTO(const char *buf, size_t count, loff_t pos),

	TP_ARGS(buf, count, pos)
);

DEFINE_EVENT(hello_io, hello_write,

	TP_PROTO(const char *buf, size_t count, loff_t pos),

	TP_ARGS(buf, count, pos)
);

/* Not prefixed with "hello_": lttng-tracepoint-naming reports it. */
TRACE_EVENT(greeting_reset,

	TP_PROTO(unsigned int old_len),

	TP_ARGS(old_len),

	TP_STRUCT__entry(
		__field(unsigned int, old_len)
	),

	TP_fast_assign(
		__entry->old_len = old_len;
	),

	TP_printk("old_len=%u", __entry->old_len)
);

#endif /* _TRACE_HELLO_H */

/* This part must be outside protection */
#include <trace/define_trace.h>
