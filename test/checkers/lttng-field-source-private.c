// A field source that no longer compiles, where the kernel's own event
// records the same field from a structure that only its subsystem defines
// (a private header the probe does not read, as btrfs's
// find_free_extent_ctl on Linux 6.12). The kernel's expression would not
// compile in the probe either: reported, with the reason, and no fix-it,
// even with DropUnrecordedFields (the kernel does record the value).
//
// RUN: %check_lttng_tidy --no-fix %s lttng-field-type-mismatch %t -- \
// RUN:   -config="{CheckOptions: {lttng-field-type-mismatch.DropUnrecordedFields: true}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// RUN: awk '/DiagnosticName:/ { ours = /lttng-field-type-mismatch/ } ours && /ReplacementText/' %t/fixes.yaml > %t/ours.txt
// RUN: not grep -q . %t/ours.txt

#include <trace/events/fsprivate.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fsprivate.h>

// CHECK-MESSAGES: instrumentation/events/fsprivate.h:15:3: warning: LTTng field 'bytes' of 'fspv_alloc' reads 'dev->bytes', which does not compile for Linux 6.12.9: no member named 'bytes' in 'struct fspv_dev' [lttng-field-type-mismatch]
// CHECK-MESSAGES: trace/events/fsprivate.h:11:8: note: 'struct fspv_dev' is declared here
// CHECK-MESSAGES: trace/events/fsprivate.h:18:1: note: the kernel's own event 'fspv_alloc' records 'bytes', but 'ctl->num_bytes' reads 'struct fspv_ctl', which is not defined where the probe reads the mirror; no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/fsprivate.h:15:42: error: no member named 'bytes' in 'struct fspv_dev' [clang-diagnostic-error]
