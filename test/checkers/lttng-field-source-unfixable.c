// Field sources that no longer compile in LTTng's own events, which no
// kernel event records: a function gone, a constant gone, an enum value
// gone, a member gone inside a helper macro that gives two fields (only the
// field that reads it is named). With DropUnrecordedFields off (the
// default, said explicitly here): reported, with no fix-it. An unset
// configuration option given to a macro that only tests it compiles, and
// is not reported.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-field-type-mismatch %t -- \
// RUN:   -config="{CheckOptions: {lttng-field-type-mismatch.DropUnrecordedFields: false}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// No replacement of ours (clang's own "did you mean" fix is not ours):
// RUN: awk '/DiagnosticName:/ { ours = /lttng-field-type-mismatch/ } ours && /ReplacementText/' %t/fixes.yaml > %t/ours.txt
// RUN: grep -c ReplacementText %t/fixes.yaml
// RUN: not grep -q . %t/ours.txt
//
// With DropUnrecordedFields on, the two fields whose own source fails (the
// function, the constant) are dropped from the analysed kernel on; the
// helper's field and the enum value are left to the maintainer.
// RUN: %check_lttng_tidy --check-suffix=DROP \
// RUN:   --fixed-file=CHECK-FIXES-DROP=Inputs/fake-lttng/include/instrumentation/events/fsrc_own.h \
// RUN:   %s lttng-field-type-mismatch %t.drop -- --fix-errors \
// RUN:   -config="{CheckOptions: {lttng-field-type-mismatch.DropUnrecordedFields: true}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fsrc_own.h>

// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:35:3: warning: LTTng field 'weight' of 'lttng_fsrc_own_state' reads 'fsrc_dev_old_weight(dev)', which does not compile for Linux 6.12.9: 'fsrc_dev_old_weight' is not declared [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:31:1: note: no kernel event of this unit records 'weight'; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:35:28: error: call to undeclared function 'fsrc_dev_old_weight'; ISO C99 and later do not support implicit function declarations [clang-diagnostic-implicit-function-declaration]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:35:28: note: did you mean 'fsrc_dev_weight'?
// CHECK-MESSAGES: linux/fsrc_dev.h:18:19: note: 'fsrc_dev_weight' declared here
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:36:3: warning: LTTng field 'mode' of 'lttng_fsrc_own_state' reads 'FSRC_OLD_MODE', which does not compile for Linux 6.12.9: 'FSRC_OLD_MODE' is not declared [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:31:1: note: no kernel event of this unit records 'mode'; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:36:36: error: use of undeclared identifier 'FSRC_OLD_MODE' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:37:3: warning: LTTng field 'mode_name' of 'lttng_fsrc_own_state' records enum 'fsrc_own_mode', whose values do not compile for Linux 6.12.9: 'FSRC_MODE_OLD' is not declared [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:24:1: note: enum 'fsrc_own_mode' is defined here; remove the value or guard it by kernel version
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:38:3: error: no member named 'phys_pkg_id' in 'struct fsrc_dev' [clang-diagnostic-error]
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:38:3: warning: LTTng field 'pkg' of 'lttng_fsrc_own_state' reads 'fsrc_own_ids(dev)', which does not compile for Linux 6.12.9: no member named 'phys_pkg_id' in 'struct fsrc_dev' [lttng-field-type-mismatch]
// CHECK-MESSAGES: linux/fsrc_dev.h:12:8: note: 'struct fsrc_dev' is declared here
// CHECK-MESSAGES: instrumentation/events/fsrc_own.h:31:1: note: no kernel event of this unit records 'pkg'; no fix-it is offered
//
// The last field, 'flags', still compiles: silent.
//
// CHECK-MESSAGES-DROP: fsrc_own.h:35:3: warning: LTTng field 'weight' of 'lttng_fsrc_own_state' reads 'fsrc_dev_old_weight(dev)', which does not compile for Linux 6.12.9: 'fsrc_dev_old_weight' is not declared [lttng-field-type-mismatch]
// CHECK-MESSAGES-DROP: fsrc_own.h:31:1: note: no kernel event of this unit records 'weight': the fix-it drops the field from Linux 6.12.9 on; give it its new source by hand if the kernel still has the value
// CHECK-MESSAGES-DROP: fsrc_own.h:35:28: error: call to undeclared function 'fsrc_dev_old_weight'
// CHECK-MESSAGES-DROP: fsrc_own.h:35:28: note: did you mean 'fsrc_dev_weight'?
// CHECK-MESSAGES-DROP: fsrc_dev.h:18:19: note: 'fsrc_dev_weight' declared here
// CHECK-MESSAGES-DROP: fsrc_own.h:36:3: warning: LTTng field 'mode' of 'lttng_fsrc_own_state' reads 'FSRC_OLD_MODE'
// CHECK-MESSAGES-DROP: fsrc_own.h:31:1: note: no kernel event of this unit records 'mode': the fix-it drops the field
// CHECK-MESSAGES-DROP: fsrc_own.h:36:36: error: use of undeclared identifier 'FSRC_OLD_MODE'
// CHECK-MESSAGES-DROP: fsrc_own.h:37:3: warning: LTTng field 'mode_name' of 'lttng_fsrc_own_state' records enum 'fsrc_own_mode'
// CHECK-MESSAGES-DROP: fsrc_own.h:24:1: note: enum 'fsrc_own_mode' is defined here
// CHECK-MESSAGES-DROP: fsrc_own.h:38:3: error: no member named 'phys_pkg_id'
// CHECK-MESSAGES-DROP: fsrc_own.h:38:3: warning: LTTng field 'pkg' of 'lttng_fsrc_own_state' reads 'fsrc_own_ids(dev)'
// CHECK-MESSAGES-DROP: fsrc_dev.h:12:8: note: 'struct fsrc_dev' is declared here
// CHECK-MESSAGES-DROP: fsrc_own.h:31:1: note: no kernel event of this unit records 'pkg'; no fix-it is offered
//
// CHECK-FIXES-DROP: {{^}}#if (LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(6,12,9)){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(lttng_fsrc_own_state,{{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}	TP_PROTO(struct fsrc_dev *dev),{{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}	TP_ARGS(dev),{{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}	TP_FIELDS({{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}		ctf_enum(fsrc_own_mode, int, mode_name, dev->id){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}		fsrc_own_ids(dev){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}		ctf_integer(unsigned long, flags, dev->flags){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}		ctf_integer(int, accounted, fsrc_own_option_set(CONFIG_FSRC_UNSET) ? 1 : 0){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}	){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}#else{{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}LTTNG_TRACEPOINT_EVENT(lttng_fsrc_own_state,{{$}}
// CHECK-FIXES-DROP: {{^}}		ctf_integer(int, weight, fsrc_dev_old_weight(dev)){{$}}
// CHECK-FIXES-DROP-NEXT: {{^}}		ctf_integer(unsigned long, mode, FSRC_OLD_MODE){{$}}
// CHECK-FIXES-DROP: {{^}}#endif{{$}}
