// Subsystem macros the model reads through: a macro that gives a whole
// part, its wrapper included (btrfs' TP_STRUCT__entry_btrfs, firewire's
// TP_STRUCT__entry_iso_packet and TP_fast_assign_iso_packet), and a field
// macro that builds its names with `##` (bcachefs' TRACE_BPOS_entries).
// Their fields and stores are the event's; a malformed field inside such
// an expansion is reported, and nothing else is.
//
// RUN: %check_lttng_tidy %s lttng-tracepoint-naming %t -- -- \
// RUN:   -I%inputs/fake-kernel/include
// RUN: %lttng_tidy model %s -- -I%fake_kernel > %t.model.json
// RUN: %python -c "import json; [print(d['name'], [f['name'] for f in d['fields']], [(a.get('field'), a['kind']) for a in d['assign']]) for d in json.load(open('%t.model.json'))['definitions']]" \
// RUN:   | FileCheck %s --check-prefix=MODEL --match-full-lines

#define TRACE_SYSTEM parts
#include <linux/tracepoint.h>

typedef unsigned long long u64;
typedef unsigned int u32;

#define TP_STRUCT__entry_common(args...)                                       \
	TP_STRUCT__entry(__field(int, common) args)
#define TP_fast_assign_common(v, args...)                                      \
	TP_fast_assign(__entry->common = (v); args)

TRACE_EVENT(parts_wrapped,
	TP_PROTO(int v, long w),
	TP_ARGS(v, w),
	TP_STRUCT__entry_common(
		__field(long, w)
	),
	TP_fast_assign_common(v,
		__entry->w = w;
	),
	TP_printk("w=%ld", __entry->w)
);
// MODEL: parts_wrapped ['common', 'w'] [('common', 'store'), ('w', 'store')]

#define TP_STRUCT__entry_one(v) TP_STRUCT__entry(__field(int, v))
#define TP_fast_assign_one(v) TP_fast_assign(__entry->v = v;)

TRACE_EVENT(parts_whole_part,
	TP_PROTO(int level),
	TP_ARGS(level),
	TP_STRUCT__entry_one(level),
	TP_fast_assign_one(level),
	TP_printk("level=%d", __entry->level)
);
// MODEL-NEXT: parts_whole_part ['level'] [('level', 'store')]

#define POS_entries(name)                                                      \
	__field(u64, name##_inode)                                             \
	__field(u32, name##_snapshot)

TRACE_EVENT(parts_pasted,
	TP_PROTO(u64 pos),
	TP_ARGS(pos),
	TP_STRUCT__entry(
		POS_entries(pos)
		__field(int, plain)
	),
	TP_fast_assign(
		__entry->pos_inode = pos;
		__entry->pos_snapshot = 0;
		__entry->plain = 1;
	),
	TP_printk("inode=%llu", __entry->pos_inode)
);
// MODEL-NEXT: parts_pasted ['pos_inode', 'pos_snapshot', 'plain'] [('pos_inode', 'store'), ('pos_snapshot', 'store'), ('plain', 'store')]

// Inside an expansion, a malformed field is still found, at its line.
TRACE_EVENT(parts_wrapped_bad,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry_common(
		__field(long)
	),
	TP_fast_assign_common(v, ),
	TP_printk("v=%d", __entry->common)
);
// CHECK-MESSAGES: :[[@LINE-5]]:3: warning: __field expects 2 arguments, got 1 [lttng-tracepoint-naming]
// MODEL-NEXT: parts_wrapped_bad ['common'] [('common', 'store')]

#define POS_bad(name) __field(u64, name##_inode, name)

TRACE_EVENT(parts_pasted_bad,
	TP_PROTO(u64 pos),
	TP_ARGS(pos),
	TP_STRUCT__entry(
		POS_bad(pos)
	),
	TP_fast_assign(__entry->pos_inode = pos;),
	TP_printk("inode=%llu", __entry->pos_inode)
);
// CHECK-MESSAGES: :[[@LINE-5]]:3: warning: __field expects 2 arguments, got 3 [lttng-tracepoint-naming]
// MODEL-NEXT: parts_pasted_bad [] [('pos_inode', 'store')]
