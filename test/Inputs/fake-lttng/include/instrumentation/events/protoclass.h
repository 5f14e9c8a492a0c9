/* LTTng side of the class-instance prototype tests: classes whose instances
 * the kernel changed together, apart, or where a fix cannot reach. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM protoclass

#if !defined(LTTNG_TRACE_PROTOCLASS_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_PROTOCLASS_H

#include <lttng/tracepoint-event.h>

/* The kernel moved both instances to a class passing another struct. */
LTTNG_TRACEPOINT_EVENT_CLASS(pc_board_class,

	TP_PROTO(struct pc_board *board, int val),

	TP_ARGS(board, val),

	TP_FIELDS(
		ctf_string(name, board->name)
		ctf_integer(int, level,
			board->level)
		ctf_integer(int, val, val)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_board_class, pc_level_start,

	TP_PROTO(struct pc_board *board, int val),

	TP_ARGS(board, val)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(pc_board_class, pc_level_done,

	protoclass_level_done,

	TP_PROTO(struct pc_board *board, int val),

	TP_ARGS(board, val)
)

/* The kernel added a parameter to both instances; the third instance's
 * tracepoint is gone from the kernel. */
LTTNG_TRACEPOINT_EVENT_CLASS(pc_run_class,
	TP_PROTO(struct pc_board *board),
	TP_ARGS(board),
	TP_FIELDS(
		ctf_string(name, board->name)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_start,
	TP_PROTO(struct pc_board *board),
	TP_ARGS(board)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_gone,
	TP_PROTO(struct pc_board *board),
	TP_ARGS(board)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_done,
	TP_PROTO(struct pc_board *board),
	TP_ARGS(board)
)

/* The kernel split the instances: one prototype cannot serve both. */
LTTNG_TRACEPOINT_EVENT_CLASS(pc_split_class,
	TP_PROTO(int a),
	TP_ARGS(a),
	TP_FIELDS(
		ctf_integer(int, a, a)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_split_class, pc_split_wide_one,
	TP_PROTO(int a),
	TP_ARGS(a)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_split_class, pc_split_narrow,
	TP_PROTO(int a),
	TP_ARGS(a)
)

/* The class's own code reads the parameter the kernel dropped. */
LTTNG_TRACEPOINT_EVENT_CLASS_CODE(pc_coded_class,
	TP_PROTO(int a, int gone),
	TP_ARGS(a, gone),
	TP_locvar(
		int g;
	),
	TP_code_pre(
		tp_locvar->g = gone;
	),
	TP_FIELDS(
		ctf_integer(int, a, a)
		ctf_integer(int, g, tp_locvar->g)
	),
	TP_code_post()
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_coded_class, pc_coded,
	TP_PROTO(int a, int gone),
	TP_ARGS(a, gone)
)

/* The class is written by a wrapper macro of the header. */
#define PC_WRAPPED_CLASS(name)					\
	LTTNG_TRACEPOINT_EVENT_CLASS(name,			\
		TP_PROTO(int a),				\
		TP_ARGS(a),					\
		TP_FIELDS(ctf_integer(int, a, a)))

PC_WRAPPED_CLASS(pc_wrapped_class)

LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_wrapped_class, pc_wrapped_one,
	TP_PROTO(int a),
	TP_ARGS(a)
)

#endif /* LTTNG_TRACE_PROTOCLASS_H */

#include <lttng/define_trace.h>
