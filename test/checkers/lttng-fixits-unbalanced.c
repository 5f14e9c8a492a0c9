// A mirror header that lost the first line of a definition (issue 13's
// mutants): its arguments stand outside every bracket, and its ')' closes
// nothing. A fix-it anywhere in it, even an insertion at its end, let the
// clean-up that clang-tidy and clang-apply-replacements run around fix-its
// take the rest of the file for the code around it: it dropped the comma
// after an empty name far away. The file is reported once, at its first
// hazard (CleanupHazard.h); findings stand, with no fix-it.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-tracepoint-naming,lttng-proto-mismatch,lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// Clang's own fix-its for the broken lines (an implicit int, a missing ';')
// are the only ones.
// RUN: grep ReplacementText %t/fixes.yaml > %t/replacements.txt
// RUN: grep -q "ReplacementText: *int$" %t/replacements.txt
// RUN: not grep -v -e "ReplacementText: *int$" -e "ReplacementText: *';'$" %t/replacements.txt

#include <trace/events/unbalanced.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/unbalanced.h>

// CHECK-MESSAGES: trace/events/unbalanced.h:18:1: warning: kernel tracepoint 'unbalanced_new' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/unbalanced.h:18:1: note: in the mirror header a comma stands outside every bracket (line 19): the clean-up around an insertion would change lines it does not touch; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:11:1: warning: LTTng mirror of 'unbalanced_changed' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/unbalanced.h:10:1: note: kernel tracepoint 'unbalanced_changed' is defined here
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:11:1: note: LTTNG_TRACEPOINT_EVENT 'unbalanced_changed' is in a file where a comma stands outside every bracket (line 19); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:19:1: warning: in this file a comma stands outside every bracket: no fix-it is built from its definitions or written into it, as the clean-up around a fix-it would change lines it does not touch [lttng-tracepoint-naming]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:22:3: error: type specifier missing, defaults to 'int'; ISO C99 and later do not support implicit int [clang-diagnostic-implicit-int]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:22:20: error: type specifier missing, defaults to 'int'; ISO C99 and later do not support implicit int [clang-diagnostic-implicit-int]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:22:23: error: redefinition of parameter 'v' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:22:23: error: type specifier missing, defaults to 'int'; ISO C99 and later do not support implicit int [clang-diagnostic-implicit-int]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:23:3: error: expected ';' after top level declarator [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/unbalanced.h:26:1: warning: LTTNG_TRACEPOINT_EVENT_INSTANCE has an empty name [lttng-tracepoint-naming]
