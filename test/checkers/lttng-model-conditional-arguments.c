// A #if inside a definition's arguments is legal (the kernel's sock.h and
// net.h do it), but the model then sees only the active branch. It is
// reported only with ReportConditionalArguments.
//
// RUN: %check_lttng_tidy --check-suffix=DEFAULT %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include
// RUN: %check_lttng_tidy --check-suffix=ON %s lttng-tracepoint-naming %t.on -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.ReportConditionalArguments: true}}" -- \
// RUN:   -I%inputs/fake-kernel/include

#define TRACE_SYSTEM cond
#include <linux/tracepoint.h>

TRACE_EVENT(cond_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
#if defined(CONFIG_WIDE)
		__field(long, v)
#else
		__field(int, v)
#endif
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES-DEFAULT-NOT: warning:
// CHECK-MESSAGES-ON: :[[@LINE-14]]:1: warning: preprocessor conditional inside the arguments of TRACE_EVENT 'cond_event'; only the branch active in this translation unit is analysed [lttng-tracepoint-naming]
