// A comma that opens the line after a directive inside a definition's
// arguments (issue 13's mutants): the clean-up that clang-tidy and
// clang-apply-replacements run around a fix-it read it as a second comma
// and dropped it (too few macro arguments), in the rewritten definition
// and, through the naming fix-it, in any other of the file. No fix-it is
// built from such a file or written into it; findings stand.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-tracepoint-naming,lttng-proto-mismatch,lttng-missing-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// RUN: not grep ReplacementText %t/fixes.yaml

#include <trace/events/commaline.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/commaline.h>

// CHECK-MESSAGES: trace/events/commaline.h:19:1: warning: kernel tracepoint 'commaline_new' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/commaline.h:19:1: note: in the mirror header a comma opens the line after a preprocessor directive (line 17): the clean-up around an insertion would change lines it does not touch; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/commaline.h:11:1: warning: LTTng mirror of 'commaline_changed' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/commaline.h:11:1: note: kernel tracepoint 'commaline_changed' is defined here
// CHECK-MESSAGES: instrumentation/events/commaline.h:11:1: note: LTTNG_TRACEPOINT_EVENT 'commaline_changed' is in a file where a comma opens the line after a preprocessor directive (line 17); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/commaline.h:17:1: warning: in this file a comma opens the line after a preprocessor directive: no fix-it is built from its definitions or written into it, as the clean-up around a fix-it would change lines it does not touch [lttng-tracepoint-naming]
