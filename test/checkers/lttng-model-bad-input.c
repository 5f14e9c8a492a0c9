// Malformed definitions: each gets a diagnostic naming its file and line,
// and the analysis goes on to the next definition.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- \
// RUN:   -config="{CheckOptions: {lttng-tracepoint-naming.ReportConditionalArguments: true}}" -- \
// RUN:   -I%inputs/fake-kernel/include

#define TRACE_SYSTEM bad
#include <linux/tracepoint.h>

TRACE_EVENT(bad_empty_entry,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(),
	TP_fast_assign(),
	TP_printk("nothing")
);
// CHECK-MESSAGES: :[[@LINE-7]]:1: warning: empty TP_STRUCT__entry in TRACE_EVENT 'bad_empty_entry': the event records no field [lttng-tracepoint-naming]

TRACE_EVENT(bad_conditional_argument,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
#ifdef SOME_OPTION
		__field(long, v)
#else
		__field(int, v)
#endif
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-13]]:1: warning: preprocessor conditional inside the arguments of TRACE_EVENT 'bad_conditional_argument'; only the branch active in this translation unit is analysed [lttng-tracepoint-naming]

TRACE_EVENT(bad_unknown_field,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__field(int, v)
		__not_a_field(int, w)
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-5]]:3: warning: unrecognised TP_STRUCT__entry item '__not_a_field'; the field layout is incomplete [lttng-tracepoint-naming]

TRACE_EVENT(bad_field_arguments,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__array(char, comm)
	),
	TP_fast_assign(__entry->comm[0] = 0;),
	TP_printk("c")
);
// CHECK-MESSAGES: :[[@LINE-5]]:3: warning: __array expects 3 arguments, got 2 [lttng-tracepoint-naming]

TRACE_EVENT(bad_args_count,
	TP_PROTO(int v, int w),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-7]]:1: warning: TP_PROTO has 2 parameters but TP_ARGS names 1 [lttng-tracepoint-naming]

TRACE_EVENT(bad_unnamed_parameter,
	TP_PROTO(int),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = 0;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-6]]:11: warning: cannot find the parameter name in TP_PROTO entry 'int' [lttng-tracepoint-naming]

// Too few arguments: the compiler's own error names the line; the
// definitions after it are still analysed.
TRACE_EVENT(bad_too_few, TP_PROTO(int v), TP_ARGS(v));
// CHECK-MESSAGES: :[[@LINE-1]]:1: error: type specifier missing, defaults to 'int'
// CHECK-MESSAGES: :[[@LINE-2]]:53: error: too few arguments provided to function-like macro invocation [clang-diagnostic-error]

TRACE_EVENT(still_analysed_after_errors,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
// CHECK-MESSAGES: :[[@LINE-7]]:1: warning: kernel tracepoint 'still_analysed_after_errors' is not prefixed with its TRACE_SYSTEM 'bad_' [lttng-tracepoint-naming]
// CHECK-MESSAGES: :[[@LINE-8]]:1: note: renaming a kernel tracepoint
