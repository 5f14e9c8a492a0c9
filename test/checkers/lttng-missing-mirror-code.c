// Assignments that compute values become the _CODE forms: TP_locvar holds
// one member per computed field, TP_code_pre the kernel's statements with
// __entry->f read as tp_locvar->f (in a block, after the kernel's own
// declarations, tp_locvar cleared first), TP_FIELDS reads tp_locvar->f for
// computed fields and keeps plain sources. A class stays a class
// (LTTNG_TRACEPOINT_EVENT_CLASS_CODE) with a plain instance; an unprefixed
// event takes _CODE_MAP. Lower-case macros from the unit's headers
// (gencode_min, gencode_ntohs, cpumask_bits) are visible to the module,
// unless they call what it cannot link (gencode_hidden_of).
// Bitmasks and cpumasks become bitfields of unsigned long. An assignment
// that reads what a module cannot link keeps the plain form, with notes.
// --idempotent compiles the fixed header again, with the fake LTTng stage
// that builds every _CODE probe body, and expects nothing more to fix.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/gencode.h \
// RUN:   %s lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176

#include <trace/events/gencode.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/gencode.h>

// CHECK-MESSAGES: trace/events/gencode.h:21:1: warning: kernel tracepoint 'gencode_sum' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gencode.h:66:1: warning: kernel tracepoint 'gencode_start' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gencode.h:66:1: note: generated with the mirror of 'gencode_sum', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/gencode.h:72:1: warning: kernel tracepoint 'code_unprefixed' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gencode.h:72:1: note: generated with the mirror of 'gencode_sum', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/gencode.h:85:1: warning: kernel tracepoint 'gencode_masks' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gencode.h:85:1: note: generated with the mirror of 'gencode_sum', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/gencode.h:101:1: warning: kernel tracepoint 'gencode_private' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gencode.h:101:1: note: generated with the mirror of 'gencode_sum', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/gencode.h:101:1: note: field 'hidden' of 'gencode_private': its source reads 'h', which the mirror cannot see (a local of TP_fast_assign, or a helper of the kernel's own build)
// CHECK-MESSAGES: trace/events/gencode.h:101:1: note: field 'via_macro' of 'gencode_private': its source reads 'gencode_hidden_of', which the mirror cannot see (a local of TP_fast_assign, or a helper of the kernel's own build)
// CHECK-MESSAGES: trace/events/gencode.h:101:1: note: TP_fast_assign of 'gencode_private' is more than plain stores and cannot become TP_code_pre (it reads 'gencode_private_helper', which the mirror cannot see): only the fields it stores plainly are recorded

// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176))
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CODE(gencode_sum,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(const struct gencode_obj *o, int n),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(o, n),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_locvar(
// CHECK-FIXES-NEXT: {{^}}		unsigned int total;
// CHECK-FIXES-NEXT: {{^}}		int weights[2];
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_code_pre(
// CHECK-FIXES-NEXT: {{^}}		{
// CHECK-FIXES-NEXT: {{^}}			unsigned int i, sum = 0;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}			memset(tp_locvar, 0, sizeof(*tp_locvar));
// CHECK-FIXES-NEXT: {{^}}			for (i = 0; i < gencode_min(n, GENCODE_MAX); i++)
// CHECK-FIXES-NEXT: {{^}}				sum += o->vals[i];
// CHECK-FIXES-NEXT: {{^}}			tp_locvar->total = sum;
// CHECK-FIXES-NEXT: {{^}}			tp_locvar->weights[0] = gencode_weight(n);
// CHECK-FIXES-NEXT: {{^}}			tp_locvar->weights[1] = gencode_weight(tp_locvar->total);
// CHECK-FIXES-NEXT: {{^}}		}
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, n, n)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned int, total, tp_locvar->total)
// CHECK-FIXES-NEXT: {{^}}		ctf_array_text(char, tag, o->tag, GENCODE_TAG_LEN)
// CHECK-FIXES-NEXT: {{^}}		ctf_array(int, weights, tp_locvar->weights, 2)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(u16, port, gencode_ntohs(o->port))
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_code_post()
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS_CODE(gencode_class,
// CHECK-FIXES:      {{^}}	TP_locvar(
// CHECK-FIXES-NEXT: {{^}}		int state;
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_code_pre(
// CHECK-FIXES-NEXT: {{^}}		{
// CHECK-FIXES-NEXT: {{^}}			memset(tp_locvar, 0, sizeof(*tp_locvar));
// CHECK-FIXES-NEXT: {{^}}			if (o->busy) {
// CHECK-FIXES-NEXT: {{^}}				tp_locvar->state = 1;
// CHECK-FIXES-NEXT: {{^}}			} else {
// CHECK-FIXES-NEXT: {{^}}				tp_locvar->state = READ_ONCE(o->state);
// CHECK-FIXES-NEXT: {{^}}			}
// CHECK-FIXES-NEXT: {{^}}		}
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, state, tp_locvar->state)
// CHECK-FIXES-NEXT: {{^}}		ctf_string(name, o->name)
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_code_post()
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(gencode_class, gencode_start,
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_CODE_MAP(code_unprefixed,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	gencode_code_unprefixed,
// CHECK-FIXES:      {{^}}			memset(tp_locvar, 0, sizeof(*tp_locvar));
// CHECK-FIXES-NEXT: {{^}}			tp_locvar->sign = v < 0 ? -1 : 1;
// CHECK-FIXES-NEXT: {{^}}			if (!v)
// CHECK-FIXES-NEXT: {{^}}				tp_locvar->sign = 0;
// CHECK-FIXES-NEXT: {{^}}		}
// CHECK-FIXES:      {{^}}		ctf_integer(int, sign, tp_locvar->sign)
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT(gencode_masks,
// CHECK-FIXES:      {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_array_bitfield(unsigned long, bits, bits, BITS_TO_LONGS(GENCODE_NR_BITS))
// CHECK-FIXES-NEXT: {{^}}		ctf_sequence_bitfield(unsigned long, cpus, cpumask_bits(mask), unsigned int, BITS_TO_LONGS(nr_cpumask_bits))
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(gencode_private,
// CHECK-FIXES:      {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, v, v)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
// CHECK-FIXES-NOT:  __entry
