// Fix-its that did not compile once applied (issue 13's mutants): each now
// yields code that compiles (--idempotent compiles the fixed unit again).
//   fixcompile_retyped  the kernel passes 'unsigned long obj' where it
//                       passed a structure: the field that reached into it
//                       takes the kernel's own expression instead of
//                       keeping 'obj->id'
//   fixcompile_private  generated: its fields from a structure the probe
//                       only declares and from a constant no header
//                       defines are left out, with the reason; the
//                       header's own constant is kept
//   fixcompile_odd      an instance whose prototype is not its class's:
//                       no code (it would conflict with the class)
//   fixcompile_even     its sibling: generated with the class
//   fixcompile_stray    an instance of a class defined nowhere: no code
//                       (its prototype for the class would be a guess)
//   fixcompile_renamed  the event name it would get is the one the mirror
//                       of its old name records: no code (LTTng would
//                       define the event twice)
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/fixcompile.h \
// RUN:   %s lttng-proto-mismatch,lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9

#include <trace/events/fixcompile.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fixcompile.h>

// CHECK-MESSAGES: trace/events/fixcompile.h:39:1: warning: kernel tracepoint 'fixcompile_private' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:39:1: note: field 'bytes' of 'fixcompile_private': its source reads 'struct fc_priv', which is not defined where the probe reads the mirror (the kernel's build reads a private header for it)
// CHECK-MESSAGES: trace/events/fixcompile.h:39:1: note: field 'kind' of 'fixcompile_private': its source reads 'FC_PRIVATE_KIND', which the mirror cannot see (a local of TP_fast_assign, or a helper of the kernel's own build)
// CHECK-MESSAGES: trace/events/fixcompile.h:68:1: warning: kernel tracepoint 'fixcompile_odd' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:68:1: note: its prototype is not the one of its kernel class 'fixcompile_class' (an instance cannot declare another one): no code is generated for it
// CHECK-MESSAGES: trace/events/fixcompile.h:74:1: warning: kernel tracepoint 'fixcompile_even' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:74:1: note: generated with the mirror of 'fixcompile_private', in one insertion into the mirror header
// CHECK-MESSAGES: trace/events/fixcompile.h:81:1: warning: kernel tracepoint 'fixcompile_stray' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:81:1: note: it is an instance of 'fixcompile_gone', which this unit does not define: no code is generated for it
// CHECK-MESSAGES: trace/events/fixcompile.h:88:1: warning: kernel tracepoint 'fixcompile_renamed' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:88:1: note: the LTTng event name 'fixcompile_renamed' it would get is taken by the mirror 'fixcompile_oldname': no code is generated for it
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:10:1: warning: LTTng mirror of 'fixcompile_retyped' does not match the kernel's prototype ('obj' changed from 'const struct fc_obj *' to 'unsigned long'): the mirror has TP_PROTO(const struct fc_obj *obj, int n), the kernel TP_PROTO(unsigned long obj, int n) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/fixcompile.h:23:1: note: kernel tracepoint 'fixcompile_retyped' is defined here
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:10:1: note: field 'id' read 'obj->id', which the kernel's prototype no longer allows ('obj' is 'unsigned long', not a pointer); it now reads 'obj', as the kernel's own event records it

// CHECK-FIXES: #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(fixcompile_retyped,
// CHECK-FIXES-NEXT: 	TP_PROTO(unsigned long obj, int n),
// CHECK-FIXES-NEXT: 	TP_ARGS(obj, n),
// CHECK-FIXES-NEXT: 	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(int, id, obj)
// CHECK-FIXES-NEXT: 		ctf_integer(int, n, n)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES-NEXT: )
// CHECK-FIXES-NEXT: #else
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(fixcompile_retyped,
// CHECK-FIXES-NEXT: 	TP_PROTO(const struct fc_obj *obj, int n),
// CHECK-FIXES:      #endif
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT_MAP(fixcompile_oldname,
// CHECK-FIXES:      #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(fixcompile_private,
// CHECK-FIXES:      	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(int, id, o->id)
// CHECK-FIXES-NEXT: 		ctf_integer(int, public_kind, FC_PUBLIC_KIND)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT_CLASS(fixcompile_class,
// CHECK-FIXES-NOT:  fixcompile_odd
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT_INSTANCE(fixcompile_class, fixcompile_even,
// CHECK-FIXES-NOT:  fixcompile_odd
// CHECK-FIXES-NOT:  {{fixcompile_stray|LTTNG_TRACEPOINT_EVENT\(fixcompile_renamed}}
// CHECK-FIXES:      #endif /* LTTNG_TRACE_FIXCOMPILE_H */
