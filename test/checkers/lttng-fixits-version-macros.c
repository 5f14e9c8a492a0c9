// A version guard needs LTTng's version macros where the mirror is read
// (issue 13's mutants: a mirror header without its #include line got a
// guard that did not compile). Here the LTTng tree's headers bring no
// version macros (their include guard is taken first), as with a mirror
// header that does not include <lttng/kernel-version.h> in a probe that
// does not include <lttng/tracer.h>: every finding stays, no fix-it is
// offered, and each says why. With the macros, the same findings carry
// their fixes.
//
// RUN: %check_lttng_tidy --no-fix %s lttng-proto-mismatch,lttng-missing-mirror,lttng-stale-mirror %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9
// RUN: not grep -q ReplacementText %t/fixes.yaml
//
// RUN: %clang_tidy --load=%lttng_plugin -checks='-*,lttng-proto-mismatch,lttng-missing-mirror,lttng-stale-mirror' \
// RUN:   -header-filter='.*' --export-fixes=%t/with-macros.yaml %s -- \
// RUN:   -I%S/../Inputs/fake-kernel/include -I%S/../Inputs/fake-lttng/include \
// RUN:   -DLTTNG_LINUX_MAJOR=6 -DLTTNG_LINUX_MINOR=12 -DLTTNG_LINUX_PATCH=9 -DWITH_VERSION_MACROS > /dev/null 2>&1
// RUN: grep -c 'LTTNG_KERNEL_VERSION(6,12,9)' %t/with-macros.yaml | FileCheck %s --check-prefix=GUARDS
// GUARDS: 4

#ifndef WITH_VERSION_MACROS
#define FAKE_LTTNG_KERNEL_VERSION_H
#endif
#include <trace/events/fixcompile.h>
#include <trace/events/fields.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fixcompile.h>
#include <instrumentation/events/fields.h>

// CHECK-MESSAGES: trace/events/fixcompile.h:39:1: warning: kernel tracepoint 'fixcompile_private' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:39:1: note: LTTng's version macros (LTTNG_KERNEL_VERSION, LTTNG_LINUX_VERSION_CODE) are not defined where the mirror is read, so a version guard would not compile (the mirror header can include <lttng/kernel-version.h>); no fix-it is offered
// CHECK-MESSAGES: trace/events/fixcompile.h:68:1: warning: kernel tracepoint 'fixcompile_odd' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:74:1: warning: kernel tracepoint 'fixcompile_even' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:81:1: warning: kernel tracepoint 'fixcompile_stray' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: trace/events/fixcompile.h:88:1: warning: kernel tracepoint 'fixcompile_renamed' has no LTTng mirror for the analysed kernel [lttng-missing-mirror]
// CHECK-MESSAGES: instrumentation/events/fields.h:31:1: warning: LTTng mirror 'fields_removed' has no kernel tracepoint in the analysed kernel 6.12.9; its probe would never fire [lttng-stale-mirror]
// CHECK-MESSAGES: instrumentation/events/fields.h:31:1: note: LTTng's version macros (LTTNG_KERNEL_VERSION, LTTNG_LINUX_VERSION_CODE) are not defined where the mirror is read, so a version guard would not compile (the mirror header can include <lttng/kernel-version.h>); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:10:1: warning: LTTng mirror of 'fixcompile_retyped' does not match the kernel's prototype ('obj' changed from 'const struct fc_obj *' to 'unsigned long'): the mirror has TP_PROTO(const struct fc_obj *obj, int n), the kernel TP_PROTO(unsigned long obj, int n) [lttng-proto-mismatch]
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:10:1: note: LTTng's version macros (LTTNG_KERNEL_VERSION, LTTNG_LINUX_VERSION_CODE) are not defined where the mirror is read, so a version guard would not compile (the mirror header can include <lttng/kernel-version.h>); no fix-it is offered
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:21:1: warning: LTTng mirror 'fixcompile_oldname' has no kernel tracepoint in the analysed kernel 6.12.9; its probe would never fire [lttng-stale-mirror]
// CHECK-MESSAGES: instrumentation/events/fixcompile.h:21:1: note: LTTng's version macros (LTTNG_KERNEL_VERSION, LTTNG_LINUX_VERSION_CODE) are not defined where the mirror is read, so a version guard would not compile (the mirror header can include <lttng/kernel-version.h>); no fix-it is offered
