// A probe that includes only the mirror: LTTng's own build then checks no
// prototype, and stale mirrors cannot be told apart. LTTng's own events
// (a TRACE_SYSTEM matching LttngOwnSystemsRegex, '^lttng' by default) have
// no kernel header and are exempt.
//
// RUN: %check_lttng_tidy %s lttng-stale-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
// RUN: %check_lttng_tidy --check-suffix=OWN %s lttng-stale-mirror %t.own -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include -DONLY_LTTNG_OWN

#ifndef ONLY_LTTNG_OWN
#include <linux/fields_obj.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fields.h>
#else
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#define TRACE_INCLUDE_FILE lttng-statedump-like
#include <instrumentation/events/lttng-statedump-like.h>
#endif

// CHECK-MESSAGES: lttng-stale-mirror-no-kernel-header.c:1:1: warning: this LTTng probe includes no kernel trace header, so the prototypes of its 'fields' events are checked by nothing; include the kernel header before the mirror [lttng-stale-mirror]
// CHECK-MESSAGES-OWN-NOT: warning:
