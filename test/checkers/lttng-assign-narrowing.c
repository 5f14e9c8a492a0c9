// The kernel's own TP_fast_assign, as compiled in a CREATE_TRACE_POINTS
// unit: stores into fields that cannot hold the value. No LTTng tree needed.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-assign-narrowing %t -- -- \
// RUN:   -I%inputs/fake-kernel/include
// Not compiled without CREATE_TRACE_POINTS: nothing to judge.
// RUN: %check_lttng_tidy --no-fix --check-suffix=PLAIN %s lttng-assign-narrowing %t.plain -- -- \
// RUN:   -I%inputs/fake-kernel/include -DPLAIN_INCLUDE

#ifndef PLAIN_INCLUDE
#define CREATE_TRACE_POINTS
#endif
#include <trace/events/narrow.h>

// CHECK-MESSAGES: trace/events/narrow.h:28:16: warning: TP_fast_assign of 'narrow_event' stores 'unsigned long' into field 'ino' of type 'unsigned int': a 64-bit value in a 32-bit field [lttng-assign-narrowing]
// CHECK-MESSAGES: trace/events/narrow.h:29:16: warning: TP_fast_assign of 'narrow_event' stores 'int' into field 'err' of type 'short': a 32-bit value in a 16-bit field [lttng-assign-narrowing]
// CHECK-MESSAGES: trace/events/narrow.h:31:18: warning: TP_fast_assign of 'narrow_event' stores 'enum fields_state' into field 'state' of type 'unsigned char': 9 bits of value in an 8-bit field [lttng-assign-narrowing]
// CHECK-MESSAGES: trace/events/narrow.h:32:16: warning: TP_fast_assign of 'narrow_event' stores 'unsigned long' into field 'ptr' of type 'unsigned int': a 64-bit value in a 32-bit field [lttng-assign-narrowing]
// CHECK-MESSAGES: trace/events/narrow.h:35:22: warning: TP_fast_assign of 'narrow_event' stores 'int' into field 'big_konst' of type 'unsigned char': 9 bits of value in an 8-bit field [lttng-assign-narrowing]
// CHECK-MESSAGES-PLAIN-NOT: warning:
