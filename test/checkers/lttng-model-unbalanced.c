// An unterminated definition: the compiler reports where it starts, and
// clang-tidy neither crashes nor reports anything of ours for it.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include

#define TRACE_SYSTEM unbalanced
#include <linux/tracepoint.h>

TRACE_EVENT(unbalanced_event,
	TP_PROTO(int v,
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-7]]:1: error: unterminated function-like macro invocation [clang-diagnostic-error]
