// Definitions a rewrite would break: findings stand, no fix-it is offered
// (issue 13's mutants of real headers and mirrors: each compiled before
// the fixes and not after).
//   withheld_cond    the prototype's tokens straddle a #if/#else/#endif:
//                    replacing them dropped the #endif and kept the #if
//   withheld_empty   a field with an empty argument: the model's rewrite
//                    of the definition lost the argument
//   withheld_orphan  the kernel instance's class is defined nowhere: the
//                    fix planning crashed clang-tidy (a null layout)
//   withheld_private a constant only a private header defines, read the
//                    kernel's way already: reported, no rewrite (on real
//                    data, btrfs on 6.1.192, the rewrite changed nothing)
//   the empty names  DEFINE_EVENT and LTTNG_TRACEPOINT_EVENT_INSTANCE whose
//                    name argument is empty: reported, nothing rewritten
//   withheld_swapped the kernel's TP_ARGS passes the parameters in another
//                    order than its TP_PROTO: copying it broke the mirror
//   withheld_undeclared the kernel's TP_PROTO names a type no header
//                    declares (clang reads it as the u16 it suggests):
//                    copying it moved the error into the mirror
//   withheld_enum_param the kernel's TP_PROTO names an enum declared
//                    nowhere (an incomplete type): copying it moved the
//                    error into the mirror
//   withheld_proto_scoped the kernel's TP_PROTO names a structure declared
//                    nowhere before it, so each prototype declares its own
//                    (real block.h, seed 11 9139): copying it gave the
//                    mirror's functions conflicting types
//   withheld_doubled the mirror instance's TP_ARGS written twice with no
//                    comma between (one argument): the rewrite replaced
//                    the argument and kept half of it (seed 12, 1112)
//   withheld_nofields the mirror's TP_FIELDS argument is empty: the rewrite
//                    kept ", )", whose comma clang-apply-replacements'
//                    clean-up drops (too few macro arguments)
//
// RUN: %check_lttng_tidy --no-fix %s lttng-tracepoint-naming,lttng-proto-mismatch,lttng-missing-mirror,lttng-stale-mirror,lttng-field-type-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// Clang's own fix-it for its typo correction (s16 for u16) is the only one.
// RUN: grep ReplacementText %t/fixes.yaml | FileCheck %s --check-prefix=ONLY-CLANG
// ONLY-CLANG-NOT: ReplacementText
// ONLY-CLANG:     ReplacementText: u16
// ONLY-CLANG-NOT: ReplacementText

#include <trace/events/withheld.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/withheld.h>

// CHECK-MESSAGES: trace/events/withheld.h:55:1: warning: DEFINE_EVENT has an empty name [lttng-tracepoint-naming]
// CHECK-MESSAGES: trace/events/withheld.h:62:1: warning: TP_ARGS passes 'b' where TP_PROTO declares 'a' (argument 1) [lttng-tracepoint-naming]
// CHECK-MESSAGES: trace/events/withheld.h:72:11: error: unknown type name 's16'; did you mean 'u16'? [clang-diagnostic-error]
// CHECK-MESSAGES: trace/events/withheld.h:99:47: error: variable has incomplete type 'enum withheld_never_declared' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/withheld.h:10:1: warning: LTTng mirror of 'withheld_cond' does not match the kernel's prototype ('b' changed from 'long' to 'int'): the mirror has TP_PROTO(int a, long b), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:12:1: note: kernel tracepoint 'withheld_cond' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:10:1: note: the edit would cross a preprocessor conditional inside the definition's arguments; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:24:1: warning: LTTng mirror of 'withheld_empty' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:21:1: note: kernel tracepoint 'withheld_empty' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:24:1: note: LTTNG_TRACEPOINT_EVENT 'withheld_empty' is not fully understood (ctf_integer has an empty argument 2); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:29:3: warning: ctf_integer has an empty argument 2 [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/withheld.h:41:1: warning: LTTng mirror of 'withheld_orphan' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:31:1: note: kernel tracepoint 'withheld_orphan' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:41:1: note: kernel tracepoint 'withheld_orphan' is an instance of 'withheld_nowhere', which this unit does not define; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:50:3: warning: LTTng field 'type' of 'withheld_private' reads 'WITHHELD_PRIVATE_TYPE', which does not compile for Linux 6.12.9: 'WITHHELD_PRIVATE_TYPE' is not declared [lttng-field-type-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:38:1: note: the kernel's own event 'withheld_private' has no plain expression for 'type'; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:50:26: error: use of undeclared identifier 'WITHHELD_PRIVATE_TYPE' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/withheld.h:63:1: warning: LTTNG_TRACEPOINT_EVENT_INSTANCE has an empty name [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/withheld.h:68:1: warning: LTTng mirror of 'withheld_swapped' does not match the kernel's prototype ('long b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, long b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:62:1: note: kernel tracepoint 'withheld_swapped' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:68:1: note: TRACE_EVENT 'withheld_swapped' is not fully understood (TP_ARGS passes 'b' where TP_PROTO declares 'a' (argument 1)); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:76:1: warning: LTTng mirror of 'withheld_undeclared' does not match the kernel's prototype ('v' changed from 'int' to 's16'): the mirror has TP_PROTO(int v), the kernel TP_PROTO(s16 v) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:71:1: note: kernel tracepoint 'withheld_undeclared' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:76:1: note: TRACE_EVENT 'withheld_undeclared' is not fully understood (the type 's16' of 'v' in TP_PROTO is not declared in this unit); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:86:1: warning: LTTng mirror of 'withheld_nofields' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:79:1: note: kernel tracepoint 'withheld_nofields' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:86:1: note: LTTNG_TRACEPOINT_EVENT 'withheld_nofields' is not fully understood (LTTNG_TRACEPOINT_EVENT has an empty argument 4); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:86:1: warning: LTTNG_TRACEPOINT_EVENT has an empty argument 4 [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/withheld.h:91:1: warning: LTTng mirror of 'withheld_proto_scoped' does not match the kernel's prototype ('struct withheld_prototype_only *p' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, struct withheld_prototype_only *p) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:89:1: note: kernel tracepoint 'withheld_proto_scoped' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:91:1: note: TRACE_EVENT 'withheld_proto_scoped' is not fully understood (the type 'struct withheld_prototype_only *' of 'p' in TP_PROTO is declared only inside the prototype, where no other declaration can name it); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:99:1: warning: LTTng mirror of 'withheld_enum_param' does not match the kernel's prototype ('enum withheld_never_declared e' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, enum withheld_never_declared e) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:98:1: note: kernel tracepoint 'withheld_enum_param' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:99:1: note: TRACE_EVENT 'withheld_enum_param' is not fully understood (the type 'enum withheld_never_declared' of 'e' in TP_PROTO is not defined in this unit); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:117:1: warning: LTTng mirror of 'withheld_doubled' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/withheld.h:115:1: note: kernel tracepoint 'withheld_doubled' is defined here
// CHECK-MESSAGES: instrumentation/events/withheld.h:117:1: note: LTTNG_TRACEPOINT_EVENT_INSTANCE 'withheld_doubled' is not fully understood ('TP_ARGS' follows TP_ARGS(...) in the same argument); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/withheld.h:120:2: warning: 'TP_ARGS' follows TP_ARGS(...) in the same argument [lttng-tracepoint-naming]
