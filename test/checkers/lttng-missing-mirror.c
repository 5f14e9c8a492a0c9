// Kernel tracepoints with no mirror: the generated adaptation is inserted,
// in one piece, after the mirror header's last definition, under a guard
// for the analysed kernel. What cannot be translated is said in a note.
// The fixed header is compiled again by the runner (--idempotent): the
// generated code builds and nothing is missing any more.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/gen.h \
// RUN:   %s lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=176

#include <trace/events/gen.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/gen.h>

// CHECK-MESSAGES: trace/events/gen.h:19:1: warning: kernel tracepoint 'gen_fields' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gen.h:38:1: warning: kernel tracepoint 'unprefixed_event' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gen.h:38:1: note: generated with the mirror of 'gen_fields', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/gen.h:54:1: warning: kernel tracepoint 'gen_instance' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gen.h:54:1: note: generated with the mirror of 'gen_fields'
// CHECK-MESSAGES: trace/events/gen.h:59:1: warning: kernel tracepoint 'gen_computed' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/gen.h:59:1: note: generated with the mirror of 'gen_fields'

// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,176))
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(gen_fields,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct fields_obj *o, const char *label, void *ptr),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(o, label, ptr),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, flags, o->flags)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer_hex(void *, ptr, ptr)
// CHECK-FIXES-NEXT: {{^}}		ctf_array_text(char, name, o->name, FIELDS_NAME_LEN)
// CHECK-FIXES-NEXT: {{^}}		ctf_string(label, label)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_MAP(unprefixed_event,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	gen_unprefixed_event,
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(gen_class,
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(gen_class, gen_instance,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(a)
// CHECK-FIXES-NEXT: {{^}})
// A branch: the _CODE form (test/checkers/lttng-missing-mirror-code.c has more).
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_CODE(gen_computed,
// CHECK-FIXES:      {{^}}		ctf_integer(int, a, a)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, b, tp_locvar->b)
// CHECK-FIXES-NEXT: {{^}}	),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_code_post()
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}#endif /* LTTNG_TRACE_GEN_H */
