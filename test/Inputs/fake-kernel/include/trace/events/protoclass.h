/* Kernel side of the class-instance prototype tests: the kernel changed the
 * prototypes of events whose LTTng mirrors are instances of one class. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM protoclass

#if !defined(_TRACE_PROTOCLASS_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_PROTOCLASS_H

#include <linux/tracepoint.h>

struct pc_board {
	const char *name;
	int level;
};

struct pc_context {
	struct pc_board *board;
	int depth;
};

/* The two level events moved to a class that passes the context. */
DECLARE_EVENT_CLASS(pc_context_class,
	TP_PROTO(struct pc_context *ctx, int val),
	TP_ARGS(ctx, val),
	TP_STRUCT__entry(__field(int, depth) __field(int, level) __field(int, val)),
	TP_fast_assign(__entry->depth = ctx->depth; __entry->level = ctx->board->level; __entry->val = val;),
	TP_printk("depth=%d val=%d", __entry->depth, __entry->val)
);

DEFINE_EVENT(pc_context_class, pc_level_start,
	TP_PROTO(struct pc_context *ctx, int val),
	TP_ARGS(ctx, val)
);

DEFINE_EVENT(pc_context_class, pc_level_done,
	TP_PROTO(struct pc_context *ctx, int val),
	TP_ARGS(ctx, val)
);

/* The run events gained a parameter, stored as is. */
DECLARE_EVENT_CLASS(pc_run,
	TP_PROTO(struct pc_board *board, int event),
	TP_ARGS(board, event),
	TP_STRUCT__entry(__field(int, event)),
	TP_fast_assign(__entry->event = event;),
	TP_printk("event=%d", __entry->event)
);

DEFINE_EVENT(pc_run, pc_run_start,
	TP_PROTO(struct pc_board *board, int event),
	TP_ARGS(board, event)
);

DEFINE_EVENT(pc_run, pc_run_done,
	TP_PROTO(struct pc_board *board, int event),
	TP_ARGS(board, event)
);

/* The split events: one gained a parameter, the other kept its prototype. */
DECLARE_EVENT_CLASS(pc_split_wide,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

DEFINE_EVENT(pc_split_wide, pc_split_wide_one,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b)
);

TRACE_EVENT(pc_split_narrow,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* A parameter dropped that the mirror's own code reads. */
TRACE_EVENT(pc_coded,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

/* The mirror's class comes from a wrapper macro. */
TRACE_EVENT(pc_wrapped_one,
	TP_PROTO(int a, int b),
	TP_ARGS(a, b),
	TP_STRUCT__entry(__field(int, a)),
	TP_fast_assign(__entry->a = a;),
	TP_printk("a=%d", __entry->a)
);

#endif

#include <trace/define_trace.h>
