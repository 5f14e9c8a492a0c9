/* Kernel side of the combined prototype and field-source tests: the
 * kernel changed the prototypes of events whose fields the mirror reads
 * through the parameters it no longer passes. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsproto

#if !defined(_TRACE_FSPROTO_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_FSPROTO_H

#include <linux/tracepoint.h>

struct fsp_tree_ref {
	int level;
};

struct fsp_node {
	unsigned long bytenr;
	int action;
	struct fsp_tree_ref tree_ref;
};

struct fsp_chunk {
	int num_stripes;
	int sub_stripes;
};

/* Defined in a private header of the subsystem, which probes do not read. */
struct fsp_alloc_ctl;

/* The full reference is gone: the node carries what it held. */
DECLARE_EVENT_CLASS(fsp_ref_class,
	TP_PROTO(const struct fsp_node *ref),
	TP_ARGS(ref),
	TP_STRUCT__entry(
		__field(unsigned long, bytenr)
		__field(int, action)
		__field(int, level)
	),
	TP_fast_assign(
		__entry->bytenr = ref->bytenr;
		__entry->action = ref->action;
		__entry->level = ref->tree_ref.level;
	),
	TP_printk("bytenr=%lu level=%d", __entry->bytenr, __entry->level)
);

DEFINE_EVENT(fsp_ref_class, fsp_add_ref,
	TP_PROTO(const struct fsp_node *ref),
	TP_ARGS(ref)
);

/* The chunk map the mirror names is renamed. */
TRACE_EVENT(fsp_chunk_alloc,
	TP_PROTO(const struct fsp_chunk *map, unsigned long offset),
	TP_ARGS(map, offset),
	TP_STRUCT__entry(
		__field(int, num_stripes)
		__field(unsigned long, offset)
	),
	TP_fast_assign(
		__entry->num_stripes = map->num_stripes;
		__entry->offset = offset;
	),
	TP_printk("stripes=%d", __entry->num_stripes)
);

/* Same prototype; a member the mirror reads was renamed. */
TRACE_EVENT(fsp_node_seen,
	TP_PROTO(const struct fsp_node *node),
	TP_ARGS(node),
	TP_STRUCT__entry(
		__field(unsigned long, bytenr)
	),
	TP_fast_assign(
		__entry->bytenr = node->bytenr;
	),
	TP_printk("bytenr=%lu", __entry->bytenr)
);

/* The sizes moved into the allocator's private control structure. */
TRACE_EVENT(fsp_reserve,
	TP_PROTO(const struct fsp_chunk *map, const struct fsp_alloc_ctl *ctl),
	TP_ARGS(map, ctl),
	TP_STRUCT__entry(
		__field(int, num_stripes)
		__field(unsigned long, len)
	),
	TP_fast_assign(
		__entry->num_stripes = map->num_stripes;
		__entry->len = ctl->num_bytes;
	),
	TP_printk("len=%lu", __entry->len)
);

#endif

#include <trace/define_trace.h>
