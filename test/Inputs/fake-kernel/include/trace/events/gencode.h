/* Kernel side of the _CODE generation tests: assignments that compute
 * values, masks, and one assignment a module cannot reproduce. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM gencode

#if !defined(_TRACE_GENCODE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_GENCODE_H

#include <linux/tracepoint.h>
#include <linux/gencode_obj.h>

TRACE_EVENT(gencode_mirrored,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

/* Locals, a loop, an inline helper and lower-case macros. */
TRACE_EVENT(gencode_sum,
	TP_PROTO(const struct gencode_obj *o, int n),
	TP_ARGS(o, n),
	TP_STRUCT__entry(
		__field(int, n)
		__field(unsigned int, total)
		__array(char, tag, GENCODE_TAG_LEN)
		__array(int, weights, 2)
		__field(u16, port)
	),
	TP_fast_assign(
		unsigned int i, sum = 0;

		__entry->n = n;
		for (i = 0; i < gencode_min(n, GENCODE_MAX); i++)
			sum += o->vals[i];
		__entry->total = sum;
		memcpy(__entry->tag, o->tag, GENCODE_TAG_LEN);
		__entry->weights[0] = gencode_weight(n);
		__entry->weights[1] = gencode_weight(__entry->total);
		__entry->port = gencode_ntohs(o->port);
	),
	TP_printk("n=%d total=%u", __entry->n, __entry->total)
);

/* A class that computes: LTTNG_TRACEPOINT_EVENT_CLASS_CODE; its instance
 * stays an instance. */
DECLARE_EVENT_CLASS(gencode_class,
	TP_PROTO(const struct gencode_obj *o),
	TP_ARGS(o),
	TP_STRUCT__entry(
		__field(int, state)
		__string(name, o->name)
	),
	TP_fast_assign(
		if (o->busy) {
			__entry->state = 1;
		} else {
			__entry->state = READ_ONCE(o->state);
		}
		__assign_str(name, o->name);
	),
	TP_printk("state=%d", __entry->state)
);

DEFINE_EVENT(gencode_class, gencode_start,
	TP_PROTO(const struct gencode_obj *o),
	TP_ARGS(o)
);

/* Not prefixed with "gencode_": the _CODE_MAP form. */
TRACE_EVENT(code_unprefixed,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, sign)),
	TP_fast_assign(
		__entry->sign = v < 0 ? -1 : 1;
		if (!v)
			__entry->sign = 0;
	),
	TP_printk("sign=%d", __entry->sign)
);

/* Masks: recorded as bitfields of unsigned long. */
TRACE_EVENT(gencode_masks,
	TP_PROTO(const unsigned long *bits, const struct cpumask *mask),
	TP_ARGS(bits, mask),
	TP_STRUCT__entry(
		__bitmask(bits, GENCODE_NR_BITS)
		__cpumask(cpus)
	),
	TP_fast_assign(
		__assign_bitmask(bits, bits, GENCODE_NR_BITS);
		__assign_cpumask(cpus, cpumask_bits(mask));
	),
	TP_printk("bits")
);

/* A local computed by a function a module cannot link: no _CODE form; the
 * plain field is recorded and the other one gets a note. */
TRACE_EVENT(gencode_private,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__field(int, v)
		__field(int, hidden)
		__field(int, via_macro)
	),
	TP_fast_assign(
		int h = gencode_private_helper(v);

		__entry->v = v;
		__entry->hidden = h;
		__entry->via_macro = gencode_hidden_of(v);
	),
	TP_printk("v=%d", __entry->v)
);

#endif

#include <trace/define_trace.h>
