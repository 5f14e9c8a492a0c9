// A mirror written for structures the kernel no longer has: its prototype
// names them, and its fields read them through the parameters the kernel
// no longer passes (the Linux 6.12 btrfs delayed-ref and chunk events).
// lttng-proto-mismatch rewrites the prototype and gives each field that
// read a removed parameter the kernel's own expression for the same field;
// a field the kernel does not record goes. lttng-field-type-mismatch
// leaves those fields to it, and a structure only the mirror declares is
// no reason to leave the unit's other field sources unjudged: both checks
// fix the header in one run, and the fixed header compiles and proposes
// nothing more.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/fsproto.h \
// RUN:   %s lttng-proto-mismatch,lttng-field-type-mismatch %t -- --fix-errors -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=118

#include <trace/events/fsproto.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fsproto.h>
//
// The class's fields read the removed 'full_ref' and 'action'; the
// kernel's events record 'action' and 'level' from the node they pass now,
// and no longer record 'root'.
// CHECK-MESSAGES: instrumentation/events/fsproto.h:21:35: error: incomplete definition of type 'const struct fsp_full_ref' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsproto.h:22:34: error: incomplete definition of type 'const struct fsp_full_ref' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsproto.h:26:1: error: conflicting types for '__event_template_proto___fsp_ref_class' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsproto.h:26:1: warning: LTTng mirror of 'fsp_add_ref' does not match the kernel's prototype ('const struct fsp_full_ref *full_ref' removed, 'int action' removed): the mirror has TP_PROTO(const struct fsp_node *ref, const struct fsp_full_ref *full_ref, int action), the kernel TP_PROTO(const struct fsp_node *ref) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/fsproto.h:47:1: note: kernel tracepoint 'fsp_add_ref' is defined here
// CHECK-MESSAGES: instrumentation/events/fsproto.h:11:1: note: field 'action' read the removed 'action'; it now reads 'ref->action', as the kernel's own event records it
// CHECK-MESSAGES: instrumentation/events/fsproto.h:11:1: note: field 'level' read the removed 'full_ref'; it now reads 'ref->tree_ref.level', as the kernel's own event records it
// CHECK-MESSAGES: instrumentation/events/fsproto.h:11:1: note: field 'root' read the removed 'full_ref'
//
// The structure the mirror's prototype names was renamed: the new type,
// and the field reads the member the renamed structure still has.
// CHECK-MESSAGES: instrumentation/events/fsproto.h:34:1: warning: LTTng mirror of 'fsp_chunk_alloc' does not match the kernel's prototype ('map' changed from 'const struct fsp_chunk_map *' to 'const struct fsp_chunk *'): the mirror has TP_PROTO(const struct fsp_chunk_map *map, unsigned long offset), the kernel TP_PROTO(const struct fsp_chunk *map, unsigned long offset) [lttng-proto-mismatch]
// CHECK-MESSAGES: instrumentation/events/fsproto.h:41:36: error: incomplete definition of type 'const struct fsp_chunk_map' [clang-diagnostic-error]
//
// Judged although the unit has structures only the mirror declares.
// CHECK-MESSAGES: instrumentation/events/fsproto.h:53:3: warning: LTTng field 'bytenr' of 'fsp_node_seen' reads 'node->start', which does not compile for Linux 6.12.118: no member named 'start' in 'struct fsp_node' [lttng-field-type-mismatch]
// CHECK-MESSAGES: trace/events/fsproto.h:68:1: note: the kernel's own event 'fsp_node_seen' records 'bytenr' as 'node->bytenr'; the fix-it reads it the same way
// CHECK-MESSAGES: instrumentation/events/fsproto.h:53:44: error: no member named 'start' in 'struct fsp_node' [clang-diagnostic-error]
//
// The kernel records 'len' from a structure defined in a private header of
// its subsystem, which the probe does not read: its expression would not
// compile in the probe, so the field goes, and the note says why.
// CHECK-MESSAGES: instrumentation/events/fsproto.h:57:1: warning: LTTng mirror of 'fsp_reserve' does not match the kernel's prototype ('const struct fsp_alloc_ctl *ctl' added, 'unsigned long len' removed): the mirror has TP_PROTO(const struct fsp_chunk *map, unsigned long len), the kernel TP_PROTO(const struct fsp_chunk *map, const struct fsp_alloc_ctl *ctl) [lttng-proto-mismatch]
// CHECK-MESSAGES: trace/events/fsproto.h:81:1: note: kernel tracepoint 'fsp_reserve' is defined here
// CHECK-MESSAGES: instrumentation/events/fsproto.h:57:1: note: field 'len' read the removed 'len'; the kernel's own event records it, but 'ctl->num_bytes' reads 'struct fsp_alloc_ctl', which is not defined where the probe reads the mirror
// CHECK-MESSAGES: instrumentation/events/fsproto.h:57:1: note: no field records the new 'ctl'
// CHECK-MESSAGES: clang-tidy applied 5 of 5 suggested fixes.
//
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(fsp_ref_class,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(const struct fsp_node *ref),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(ref),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, bytenr, ref->bytenr)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, action, ref->action)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, level, ref->tree_ref.level)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(fsp_ref_class,
// CHECK-FIXES:      {{^}}		ctf_integer(int, root, full_ref->root)
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(fsp_ref_class, fsp_add_ref,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(const struct fsp_node *ref),
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsp_chunk_alloc,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(const struct fsp_chunk *map, unsigned long offset),
// CHECK-FIXES:      {{^}}		ctf_integer(int, num_stripes, map->num_stripes)
// CHECK-FIXES:      {{^}}#else
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsp_node_seen,
// CHECK-FIXES:      {{^}}		ctf_integer(unsigned long, bytenr, node->bytenr)
// CHECK-FIXES:      {{^}}#else
// CHECK-FIXES:      {{^}}		ctf_integer(unsigned long, bytenr, node->start)
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(fsp_reserve,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(const struct fsp_chunk *map, const struct fsp_alloc_ctl *ctl),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(map, ctl),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, num_stripes, map->num_stripes)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
