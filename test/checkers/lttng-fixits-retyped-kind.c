// Fix-its that mutation testing (seed 8) found breaking code that compiled:
//   ptrint_dump    a parameter the mirror records as a pointer
//                  (ctf_integer_hex(void *, ...)) is now a number: the field
//                  goes, with the reason, rather than initialise a pointer
//                  from a number (mutant 9057, 9p's 9p_protocol_dump)
//   ptrint_text    a sequence's length is now a pointer: the field goes,
//                  with the reason, rather than store a pointer in the
//                  length type (seed 14, mutant 9641, printk's console)
//   ptrint_split   its mirror picks the event's name under a #if whose
//                  #else and #endif lie inside the definition: the
//                  prototype fix would copy them under a version guard,
//                  where they pair with the guard's own; no fix-it, with
//                  the reason (seed 15, mutant 9663, jbd2's
//                  jbd2_update_log_tail)
//   ptrint_split_commented  the same, a comment before each directive
//                  (the preprocessor still reads them as directives)
//   ptrint_commented_if  a line that starts with '#if' inside a comment
//                  is no directive: the fix-it is offered
//   oddname_second the mirror header's definition of it has its name and
//                  prototype swapped: the model marks that definition's
//                  name as none; the tracepoint is not called missing (a
//                  remark), no second mirror is inserted beside the unread
//                  one, and the unread one is no stale mirror
//                  (mutant 9016, gpio's gpio_value; LTTng's own macros
//                  compile the swapped definition, this test's stand-ins
//                  do not, so the probe is only read for the finding)
//   oddname_gone   a stale mirror in that header: reported, but no
//                  version guard is written into a file that does not
//                  compile (seed 10, mutant 271: the guard changed clang's
//                  recovery from the unread definition, one error more)
//
// RUN: %check_lttng_tidy \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/ptrint.h \
// RUN:   %s lttng-proto-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=9
// RUN: not %clang_tidy --load=%lttng_plugin -checks='-*,lttng-missing-mirror,lttng-stale-mirror,lttng-tracepoint-naming' --header-filter='.*' --quiet \
// RUN:   --export-fixes=%t.odd.yaml %S/../Inputs/lttng-probe-oddname.c -- \
// RUN:   -I%S/../Inputs/fake-kernel/include -I%S/../Inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=9 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ODD
// RUN: not grep ReplacementText %t.odd.yaml

#include <trace/events/ptrint.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/ptrint.h>

// CHECK-MESSAGES: instrumentation/events/ptrint.h:15:1: warning: LTTng mirror of 'ptrint_dump' does not match the kernel's prototype ('client' changed from 'struct ptrint_client *' to 'unsigned long long'): the mirror has TP_PROTO(struct ptrint_client *client, int tag), the kernel TP_PROTO(unsigned long long client, int tag) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/ptrint.h:11:1: note: kernel tracepoint 'ptrint_dump' is defined here
// CHECK-MESSAGES: instrumentation/events/ptrint.h:15:1: note: field 'client' read 'client' as 'void *', which the kernel's prototype no longer allows ('client' is 'unsigned long long')

// CHECK-FIXES: #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,9))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_dump,
// CHECK-FIXES: TP_PROTO(unsigned long long client, int tag),
// CHECK-FIXES: TP_FIELDS(
// CHECK-FIXES-NEXT: ctf_integer(int, tag, tag)
// CHECK-FIXES-NEXT: )
// CHECK-FIXES: #else
// CHECK-FIXES: ctf_integer_hex(void *, client, client)
// CHECK-FIXES: #endif

// CHECK-MESSAGES: instrumentation/events/ptrint.h:29:1: warning: LTTng mirror of 'ptrint_text' does not match the kernel's prototype ('len' changed from 'unsigned long' to 'char *'): the mirror has TP_PROTO(const char *text, unsigned long len), the kernel TP_PROTO(const char *text, char *len) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/ptrint.h:21:1: note: kernel tracepoint 'ptrint_text' is defined here
// CHECK-MESSAGES: instrumentation/events/ptrint.h:29:1: note: field 'msg' read 'len' as the length of its sequence, which the kernel's prototype no longer allows ('len' is 'char *')

// CHECK-FIXES: LTTNG_TRACEPOINT_EVENT(ptrint_text,
// CHECK-FIXES: TP_PROTO(const char *text, char *len),
// CHECK-FIXES: TP_FIELDS(
// CHECK-FIXES-NEXT: )
// CHECK-FIXES: #else
// CHECK-FIXES: ctf_sequence_text(char, msg, text, unsigned long, len)
// CHECK-FIXES: #endif

// CHECK-MESSAGES: instrumentation/events/ptrint.h:44:1: warning: LTTng mirror of 'ptrint_split' does not match the kernel's prototype ('first' changed from 'unsigned long' to 'int'): the mirror has TP_PROTO(int tail, unsigned long first), the kernel TP_PROTO(int tail, int first) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/ptrint.h:31:1: note: kernel tracepoint 'ptrint_split' is defined here
// CHECK-MESSAGES: instrumentation/events/ptrint.h:44:1: note: the definition holds only part of a preprocessor conditional (an #else or #endif of one that begins before it); a version guard around it would pair with those lines: no fix-it is offered

// CHECK-FIXES: #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(3,4,0))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_split,
// CHECK-FIXES-NEXT: #else
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_split_old,
// CHECK-FIXES-NEXT: #endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: TP_PROTO(int tail, unsigned long first),

// CHECK-MESSAGES: instrumentation/events/ptrint.h:61:1: warning: LTTng mirror of 'ptrint_split_commented' does not match the kernel's prototype ('first' changed from 'unsigned long' to 'int'): the mirror has TP_PROTO(int tail, unsigned long first), the kernel TP_PROTO(int tail, int first) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/ptrint.h:39:1: note: kernel tracepoint 'ptrint_split_commented' is defined here
// CHECK-MESSAGES: instrumentation/events/ptrint.h:61:1: note: the definition holds only part of a preprocessor conditional (an #else or #endif of one that begins before it); a version guard around it would pair with those lines: no fix-it is offered

// CHECK-FIXES: #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(3,4,0))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_split_commented,
// CHECK-FIXES-NEXT: /* older kernels */ #else
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_split_commented_old,
// CHECK-FIXES-NEXT: /* both */ #endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: TP_PROTO(int tail, unsigned long first),

// CHECK-MESSAGES: instrumentation/events/ptrint.h:77:1: warning: LTTng mirror of 'ptrint_commented_if' does not match the kernel's prototype ('first' changed from 'unsigned long' to 'int'): the mirror has TP_PROTO(int tail, unsigned long first), the kernel TP_PROTO(int tail, int first) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/ptrint.h:47:1: note: kernel tracepoint 'ptrint_commented_if' is defined here

// CHECK-FIXES: #if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,1,9))
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_commented_if,
// CHECK-FIXES: TP_PROTO(int tail, int first),
// CHECK-FIXES: #else
// CHECK-FIXES-NEXT: LTTNG_TRACEPOINT_EVENT(ptrint_commented_if,
// CHECK-FIXES: TP_PROTO(int tail, unsigned long first),
// CHECK-FIXES: #endif

// The tracepoint is not said to be missing (its mirror may be the unread
// one), the unread definition is named once, and it is no stale mirror.
// ODD-NOT: has no LTTng mirror
// ODD: trace/events/oddname.h:19:1: remark: kernel tracepoint 'oddname_second' may have no LTTng mirror: the mirror header defines 'unsigned gpio, int value' where a name goes, which may be its mirror; no fix-it is offered [lttng-missing-mirror]
// ODD: instrumentation/events/oddname.h:25:1: warning: LTTNG_TRACEPOINT_EVENT has 'unsigned gpio, int value' where its name goes, which is no name [lttng-tracepoint-naming]
// ODD-NOT: lttng-stale-mirror
// ODD: instrumentation/events/oddname.h:[[#GONE:]]:1: warning: LTTng mirror 'oddname_gone' has no kernel tracepoint in the analysed kernel 6.1.9; its probe would never fire [lttng-stale-mirror]
// ODD-NEXT: LTTNG_TRACEPOINT_EVENT(oddname_gone,
// ODD-NEXT: ^
// ODD-NEXT: instrumentation/events/oddname.h:[[#GONE]]:1: note: a definition of this file has 'unsigned gpio, int value' for its name, which is no name: no fix-it is offered in the file until it reads as a definition
// ODD-NOT: lttng-stale-mirror
