/* Kernel stores into fields too small for the value (lttng-assign-narrowing). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM narrow

#if !defined(_TRACE_NARROW_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_NARROW_H

#include <linux/tracepoint.h>
#include <linux/fields_obj.h>

TRACE_EVENT(narrow_event,
	TP_PROTO(unsigned long ino, int err, struct fields_obj *o, void *ptr,
		 bool flag, u64 seq),
	TP_ARGS(ino, err, o, ptr, flag, seq),
	TP_STRUCT__entry(
		__field(unsigned int, ino)
		__field(short, err)
		__field(char, bit)
		__field(unsigned char, state)
		__field(unsigned int, ptr)
		__field(bool, flag)
		__field(u8, konst)
		__field(u8, big_konst)
		__field(int, sum)
		__field(u64, seq)
	),
	TP_fast_assign(
		__entry->ino = ino;
		__entry->err = err;
		__entry->bit = o->bit;
		__entry->state = o->state;
		__entry->ptr = (unsigned long)ptr;
		__entry->flag = flag;
		__entry->konst = 7;
		__entry->big_konst = 300;
		__entry->sum = err + 1;
		__entry->seq = seq;
	),
	TP_printk("ino=%u", __entry->ino)
);

#endif

#include <trace/define_trace.h>
