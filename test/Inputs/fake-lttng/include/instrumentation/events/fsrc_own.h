/* LTTng's own events (no kernel tracepoint behind them) whose sources no
 * longer compile: a function gone, a constant gone, an enum value gone,
 * and a member gone inside a helper macro. No kernel event records them,
 * so the field-source findings come without a fix-it. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM fsrc_own

#if !defined(LTTNG_TRACE_FSRC_OWN_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_FSRC_OWN_H

#include <lttng/tracepoint-event.h>
#include <linux/fsrc_dev.h>

#ifndef FSRC_OWN_HELPERS
#define FSRC_OWN_HELPERS
enum fsrc_own_mode { FSRC_MODE_NEW = 1 };
#define fsrc_own_ids(d)					\
	ctf_integer(int, pkg, (d)->phys_pkg_id)		\
	ctf_integer(int, dev_id, (d)->id)
/* Tests a configuration option, as IS_ENABLED does: never reads it. */
#define fsrc_own_option_set(option) 0
#endif

LTTNG_TRACEPOINT_ENUM(fsrc_own_mode,
	TP_ENUM_VALUES(
		ctf_enum_value("old", FSRC_MODE_OLD)
		ctf_enum_value("new", FSRC_MODE_NEW)
	)
)

LTTNG_TRACEPOINT_EVENT(lttng_fsrc_own_state,
	TP_PROTO(struct fsrc_dev *dev),
	TP_ARGS(dev),
	TP_FIELDS(
		ctf_integer(int, weight, fsrc_dev_old_weight(dev))
		ctf_integer(unsigned long, mode, FSRC_OLD_MODE)
		ctf_enum(fsrc_own_mode, int, mode_name, dev->id)
		fsrc_own_ids(dev)
		ctf_integer(unsigned long, flags, dev->flags)
		ctf_integer(int, accounted, fsrc_own_option_set(CONFIG_FSRC_UNSET) ? 1 : 0)
	)
)

#endif /* LTTNG_TRACE_FSRC_OWN_H */

#include <lttng/define_trace.h>
