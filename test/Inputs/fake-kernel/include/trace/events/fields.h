/* Kernel side of the field-type and stale-mirror tests. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fields

#if !defined(_TRACE_FIELDS_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_FIELDS_H

#include <linux/tracepoint.h>
#include <linux/fields_obj.h>

TRACE_EVENT(fields_event,
	TP_PROTO(struct fields_obj *o, int cpu, unsigned long addr,
		 const char *label, unsigned int client),
	TP_ARGS(o, cpu, addr, label, client),
	TP_STRUCT__entry(
		__field(int, cpu)
		__field(unsigned long, addr)
		__array(char, name, FIELDS_NAME_LEN)
		__string(label, label)
		__field(unsigned long, flags)
		__field(unsigned int, client_id)
	),
	TP_fast_assign(
		__entry->cpu = cpu;
		__entry->addr = addr;
		memcpy(__entry->name, o->name, FIELDS_NAME_LEN);
		__assign_str(label, label);
		__entry->flags = o->flags;
		__entry->client_id = fields_client_id(client);
	),
	TP_printk("cpu=%d", __entry->cpu)
);

#endif

#include <trace/define_trace.h>
