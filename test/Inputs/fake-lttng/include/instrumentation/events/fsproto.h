/* LTTng side of the combined prototype and field-source tests: mirrors
 * written for structures the kernel no longer has. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsproto

#if !defined(LTTNG_TRACE_FSPROTO_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FSPROTO_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT_CLASS(fsp_ref_class,

	TP_PROTO(const struct fsp_node *ref,
		 const struct fsp_full_ref *full_ref, int action),

	TP_ARGS(ref, full_ref, action),

	TP_FIELDS(
		ctf_integer(unsigned long, bytenr, ref->bytenr)
		ctf_integer(int, action, action)
		ctf_integer(int, level, full_ref->level)
		ctf_integer(int, root, full_ref->root)
	)
)

LTTNG_TRACEPOINT_EVENT_INSTANCE(fsp_ref_class, fsp_add_ref,

	TP_PROTO(const struct fsp_node *ref,
		 const struct fsp_full_ref *full_ref, int action),

	TP_ARGS(ref, full_ref, action)
)

LTTNG_TRACEPOINT_EVENT(fsp_chunk_alloc,

	TP_PROTO(const struct fsp_chunk_map *map, unsigned long offset),

	TP_ARGS(map, offset),

	TP_FIELDS(
		ctf_integer(int, num_stripes, map->num_stripes)
		ctf_integer(unsigned long, offset, offset)
	)
)

LTTNG_TRACEPOINT_EVENT(fsp_node_seen,

	TP_PROTO(const struct fsp_node *node),

	TP_ARGS(node),

	TP_FIELDS(
		ctf_integer(unsigned long, bytenr, node->start)
	)
)

LTTNG_TRACEPOINT_EVENT(fsp_reserve,

	TP_PROTO(const struct fsp_chunk *map, unsigned long len),

	TP_ARGS(map, len),

	TP_FIELDS(
		ctf_integer(int, num_stripes, map->num_stripes)
		ctf_integer(unsigned long, len, len)
	)
)

#endif /* LTTNG_TRACE_FSPROTO_H */

#include <lttng/define_trace.h>
