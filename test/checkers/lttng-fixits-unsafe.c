// Fix-its that broke code once applied (issue 13's mutants), now withheld
// or left without what would break:
//   unsafe_fieldtypes  a kernel field whose type no header declares ('s16',
//                      which clang reads as the 'u16' it suggests, or an
//                      enum defined nowhere): the generated mirror copied
//                      the type; the field is now left out, with the reason
//   unsafe_comma       the mirror's comma opens the line after its #endif:
//                      the clean-up that clang-tidy and
//                      clang-apply-replacements run around a fix-it read it
//                      as a second comma and dropped it (too few macro
//                      arguments); no fix-it is offered
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/unsafe.h \
// RUN:   %s lttng-proto-mismatch,lttng-missing-mirror %t -- -- \
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
// CHECK-MESSAGES: instrumentation/events/unsafe.h:10:1: warning: LTTng mirror of 'unsafe_comma' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/unsafe.h:29:1: note: kernel tracepoint 'unsafe_comma' is defined here
// CHECK-MESSAGES: instrumentation/events/unsafe.h:10:1: note: a comma opens the line after a preprocessor directive inside the definition's arguments, where the clean-up around a fix-it would drop it; no fix-it is offered

// The mirror of unsafe_comma as it was; unsafe_fieldtypes generated with
// its one field of a declared type.
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT(unsafe_comma,
// CHECK-FIXES-NEXT: #if 0
// CHECK-FIXES-NEXT: 	TP_PROTO(int a)
// CHECK-FIXES-NEXT: #else
// CHECK-FIXES-NEXT: 	TP_PROTO(int a)
// CHECK-FIXES-NEXT: #endif
// CHECK-FIXES-NEXT: ,
// CHECK-FIXES-NEXT: 	TP_ARGS(a),
// CHECK-FIXES:      LTTNG_TRACEPOINT_EVENT(unsafe_fieldtypes,
// CHECK-FIXES:      	TP_FIELDS(
// CHECK-FIXES-NEXT: 		ctf_integer(int, ok, v)
// CHECK-FIXES-NEXT: 	)
// CHECK-FIXES:      #endif /* LTTNG_TRACE_UNSAFE_H */
