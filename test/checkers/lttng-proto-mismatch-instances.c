// Mirrors that are instances of an LTTng class. When the kernel gives every
// instance of the class it defines the same new prototype, the class and
// each instance are rewritten, each under its own version guard with the
// old form under #else; the first instance's warning carries the class's
// replacement. When the kernel split the instances, or the class cannot be
// rewritten, no fix-it is offered and a note says why. The fixed header is
// compiled again (the fake probe stage declares each instance's prototype
// against its class's) and must propose nothing more.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/protoclass.h \
// RUN:   %s lttng-proto-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=118
//
// The fixed header still compiles for an older kernel: every #else branch
// holds a class and its instances with the prototype they had.
// RUN: clang -fsyntax-only -Werror \
// RUN:   -I%t/Inputs/fake-kernel/include -I%t/Inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=1 -DLTTNG_LINUX_PATCH=0 \
// RUN:   %t/lttng-proto-mismatch-instances.c

#include <trace/events/protoclass.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/protoclass.h>
//
// Every instance of the class changed the same way: the first warning
// carries the class's rewrite with its own, the second its own. A field
// reading the removed parameter goes, unless the kernel's own events still
// record it from what they pass now: then it reads it the kernel's way.
// CHECK-MESSAGES: instrumentation/events/protoclass.h:26:1: warning: LTTng mirror of 'pc_level_start' does not match the kernel's prototype ('struct pc_context *ctx' added, 'struct pc_board *board' removed): the mirror has TP_PROTO(struct pc_board *board, int val), the kernel TP_PROTO(struct pc_context *ctx, int val) [lttng-proto-mismatch]
// CHECK-MESSAGES: instrumentation/events/protoclass.h:12:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: instrumentation/events/protoclass.h:26:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: trace/events/protoclass.h:30:1: note: kernel tracepoint 'pc_level_start' is defined here
// CHECK-MESSAGES: instrumentation/events/protoclass.h:12:1: note: the fix-it gives class 'pc_board_class' and its instances 'pc_level_start' and 'pc_level_done' the kernel's TP_PROTO(struct pc_context *ctx, int val)
// CHECK-MESSAGES: instrumentation/events/protoclass.h:12:1: note: field 'name' read the removed 'board'
// CHECK-MESSAGES: instrumentation/events/protoclass.h:12:1: note: field 'level' read the removed 'board'; it now reads 'ctx->board->level', as the kernel's own event records it
// CHECK-MESSAGES: instrumentation/events/protoclass.h:12:1: note: no field records the new 'ctx'
// CHECK-MESSAGES: instrumentation/events/protoclass.h:33:1: warning: LTTng mirror of 'pc_level_done' does not match the kernel's prototype ('struct pc_context *ctx' added, 'struct pc_board *board' removed)
// CHECK-MESSAGES: instrumentation/events/protoclass.h:33:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: trace/events/protoclass.h:35:1: note: kernel tracepoint 'pc_level_done' is defined here
//
// An instance the kernel does not define gets no warning here (it is
// lttng-stale-mirror's) but follows its class, on the first warning.
// CHECK-MESSAGES: instrumentation/events/protoclass.h:52:1: warning: LTTng mirror of 'pc_run_start' does not match the kernel's prototype ('int event' added): the mirror has TP_PROTO(struct pc_board *board), the kernel TP_PROTO(struct pc_board *board, int event) [lttng-proto-mismatch]
// CHECK-MESSAGES: instrumentation/events/protoclass.h:44:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: instrumentation/events/protoclass.h:52:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: instrumentation/events/protoclass.h:57:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: trace/events/protoclass.h:49:1: note: kernel tracepoint 'pc_run_start' is defined here
// CHECK-MESSAGES: instrumentation/events/protoclass.h:44:1: note: the fix-it gives class 'pc_run_class' and its instances 'pc_run_start', 'pc_run_gone' and 'pc_run_done' the kernel's TP_PROTO(struct pc_board *board, int event)
// CHECK-MESSAGES: instrumentation/events/protoclass.h:44:1: note: 'pc_run_gone', which the kernel does not define, takes the class's new prototype too: an instance's prototype is its class's
// CHECK-MESSAGES: instrumentation/events/protoclass.h:62:1: warning: LTTng mirror of 'pc_run_done' does not match the kernel's prototype ('int event' added)
// CHECK-MESSAGES: instrumentation/events/protoclass.h:62:1: note: FIX-IT applied suggested code changes
// CHECK-MESSAGES: trace/events/protoclass.h:54:1: note: kernel tracepoint 'pc_run_done' is defined here
//
// No fix-it: the kernel split the class's instances.
// CHECK-MESSAGES: instrumentation/events/protoclass.h:76:1: warning: LTTng mirror of 'pc_split_wide_one' does not match the kernel's prototype ('int b' added): the mirror has TP_PROTO(int a), the kernel TP_PROTO(int a, int b) [lttng-proto-mismatch]
// CHECK-MESSAGES-NOT: FIX-IT
// CHECK-MESSAGES: trace/events/protoclass.h:68:1: note: kernel tracepoint 'pc_split_wide_one' is defined here
// CHECK-MESSAGES: instrumentation/events/protoclass.h:76:1: note: the kernel gives the instances of class 'pc_split_class' different prototypes (TP_PROTO(int a, int b) for 'pc_split_wide_one'; TP_PROTO(int a), the class's own, for 'pc_split_narrow'); one class cannot carry them all: split it by hand; no fix-it is offered
//
// No fix-it: the class's own code reads the removed parameter.
// CHECK-MESSAGES: instrumentation/events/protoclass.h:103:1: warning: LTTng mirror of 'pc_coded' does not match the kernel's prototype ('int gone' removed): the mirror has TP_PROTO(int a, int gone), the kernel TP_PROTO(int a) [lttng-proto-mismatch]
// CHECK-MESSAGES-NOT: FIX-IT
// CHECK-MESSAGES: trace/events/protoclass.h:82:1: note: kernel tracepoint 'pc_coded' is defined here
// CHECK-MESSAGES: instrumentation/events/protoclass.h:103:1: note: TP_code_pre of 'pc_coded_class' reads the removed 'gone'; no fix-it is offered
//
// No fix-it: the class comes from a wrapper macro.
// CHECK-MESSAGES: instrumentation/events/protoclass.h:117:1: warning: LTTng mirror of 'pc_wrapped_one' does not match the kernel's prototype ('int b' added)
// CHECK-MESSAGES-NOT: FIX-IT
// CHECK-MESSAGES: trace/events/protoclass.h:91:1: note: kernel tracepoint 'pc_wrapped_one' is defined here
// CHECK-MESSAGES: instrumentation/events/protoclass.h:117:1: note: the mirror is an instance of class 'pc_wrapped_class', which is not written directly in a header; no fix-it is offered
// CHECK-MESSAGES-NOT: FIX-IT
// CHECK-MESSAGES: clang-tidy applied 7 of 7 suggested fixes.

// Each definition under its own guard, the old form under #else.
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(pc_board_class,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_context *ctx, int val),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(ctx, val),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, level,
// CHECK-FIXES-NEXT: {{^}}			ctx->board->level)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, val, val)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(pc_board_class,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int val),
// CHECK-FIXES:      {{^}}		ctf_string(name, board->name)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, level,
// CHECK-FIXES-NEXT: {{^}}			board->level)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, val, val)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_board_class, pc_level_start,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_context *ctx, int val),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(ctx, val)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_board_class, pc_level_start,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int val),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board, val)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(pc_board_class, pc_level_done,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	protoclass_level_done,
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_context *ctx, int val),
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(ctx, val)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES:      {{^}}	TP_PROTO(struct pc_board *board, int val),
// CHECK-FIXES:      {{^}}#endif
//
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(pc_run_class,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int event),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board, event),
// CHECK-FIXES-NEXT: {{^}}	TP_FIELDS(
// CHECK-FIXES-NEXT: {{^}}		ctf_string(name, board->name)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, event, event)
// CHECK-FIXES-NEXT: {{^}}	)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_CLASS(pc_run_class,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board),
// CHECK-FIXES:      {{^}}#endif
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_start,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int event),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board, event)
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_gone,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int event),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board, event)
// CHECK-FIXES:      {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,118)){{$}}
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_done,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board, int event),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board, event)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#else
//
// The classes that get no fix-it are left as they are.
// CHECK-FIXES-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_run_class, pc_run_done,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(struct pc_board *board),
// CHECK-FIXES-NEXT: {{^}}	TP_ARGS(board)
// CHECK-FIXES-NEXT: {{^}})
// CHECK-FIXES-NEXT: {{^}}#endif
// CHECK-FIXES-NOT:  {{^}}#if
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_split_class, pc_split_wide_one,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a),
// CHECK-FIXES-NOT:  {{^}}#if
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_coded_class, pc_coded,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a, int gone),
// CHECK-FIXES-NOT:  {{^}}#if
// CHECK-FIXES:      {{^}}LTTNG_TRACEPOINT_EVENT_INSTANCE(pc_wrapped_class, pc_wrapped_one,
// CHECK-FIXES-NEXT: {{^}}	TP_PROTO(int a),
