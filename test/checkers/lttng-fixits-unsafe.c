// Fix-its that broke code once applied (issue 13's mutants), now withheld
// or left without what would break:
//   unsafe_fieldtypes  a kernel field whose type no header declares ('s16',
//                      which clang reads as the 'u16' it suggests, or an
//                      enum defined nowhere): the generated mirror copied
//                      the type; the field is now left out, with the reason
//   unsafe_retyped_call the kernel now passes a number where it passed the
//                      structure the mirror hands to a helper: the
//                      rewritten mirror kept 'lttng_unsafe_id(obj)';
//                      the field now goes, with the reason
//   unsafe_perf_args   the kernel's TP_ARGS wraps a parameter in
//                      __perf_count(), which a probe does not define (real
//                      sched_stat_runtime, seed-7 mutant 9494): the mirror
//                      passes the parameters by name
//   unsafe_text_number the kernel now passes a number where it passed the
//                      text the mirror records with ctf_sequence_text (real
//                      printk's console, seed-7 mutant 9827): the field now
//                      goes, with the reason
//   unsafe_pointer_field the kernel records an int where the mirror records
//                      a pointer: retyping the mirror's field to 'int' no
//                      longer compiled; the finding comes without a fix-it
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/unsafe.h \
// RUN:   %s lttng-proto-mismatch,lttng-missing-mirror,lttng-field-type-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9

#include <trace/events/unsafe.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/unsafe.h>

// CHECK-MESSAGES: trace/events/unsafe.h:12:1: warning: kernel tracepoint 'unsafe_fieldtypes' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/unsafe.h:12:1: note: field 'typo' of 'unsafe_fieldtypes': its type 's16' is not declared in this unit
// CHECK-MESSAGES: trace/events/unsafe.h:12:1: note: field 'kind' of 'unsafe_fieldtypes': its type 'enum unsafe_never_defined' is not defined in this unit
// CHECK-MESSAGES: trace/events/unsafe.h:58:1: warning: kernel tracepoint 'unsafe_perf_args' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: instrumentation/events/unsafe.h:18:1: warning: LTTng mirror of 'unsafe_retyped_call' does not match the kernel's prototype ('obj' changed from 'const struct unsafe_obj *' to 'unsigned long'): the mirror has TP_PROTO(const struct unsafe_obj *obj, int n), the kernel TP_PROTO(unsigned long obj, int n) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/unsafe.h:38:1: note: kernel tracepoint 'unsafe_retyped_call' is defined here
// CHECK-MESSAGES: instrumentation/events/unsafe.h:18:1: note: field 'id' read 'lttng_unsafe_id(obj)', which the kernel's prototype no longer allows ('obj' is 'unsigned long', and 'lttng_unsafe_id' takes 'const struct unsafe_obj *')
// CHECK-MESSAGES: instrumentation/events/unsafe.h:27:1: warning: LTTng mirror of 'unsafe_text_number' does not match the kernel's prototype ('text' changed from 'const char *' to 'unsigned long'): the mirror has TP_PROTO(const char *text, unsigned int len), the kernel TP_PROTO(unsigned long text, unsigned int len) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/unsafe.h:48:1: note: kernel tracepoint 'unsafe_text_number' is defined here
// CHECK-MESSAGES: instrumentation/events/unsafe.h:27:1: note: field 'msg' read 'text', which the kernel's prototype no longer allows ('text' is 'unsigned long', and ctf_sequence_text records through a pointer)
// CHECK-MESSAGES: instrumentation/events/unsafe.h:40:3: warning: LTTng field 'slot' of 'unsafe_pointer_field' is ctf_integer_hex 'const void *' but the kernel field 'slot' is 'int': wider: 64 bits for 32 [lttng-field-type-mismatch]

// The mirror of unsafe_retyped_call without the field; unsafe_fieldtypes
// generated with its one field of a declared type.
// CHECK-FIXES:      #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(unsafe_retyped_call,
// CHECK-FIXES-NEXT: 	TP_PROTO(unsigned long obj, int n),
// CHECK-FIXES-NEXT: 	TP_ARGS(obj, n),
// CHECK-FIXES-NEXT: 	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(int, n, n)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES-NEXT: )
// CHECK-FIXES-NEXT: #else
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT(unsafe_text_number,
// CHECK-FIXES-NEXT: 	TP_PROTO(unsigned long text, unsigned int len),
// CHECK-FIXES-NEXT: 	TP_ARGS(text, len),
// CHECK-FIXES-NEXT: 	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(unsigned int, len, len)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES:      		ctf_integer_hex(const void *, slot, obj->slots[0])
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT(unsafe_fieldtypes,
// CHECK-FIXES:      	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(int, ok, v)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT(unsafe_perf_args,
// CHECK-FIXES:      	TP_ARGS(a, count),
// CHECK-FIXES:      #endif /* LTTNG_TRACE_UNSAFE_H */

