// Bad LTTng trees: a missing directory, a directory that is not an
// LTTng-modules tree, and a mirror whose #if cannot be evaluated. Each is
// named clearly, and nothing crashes.
//
// RUN: %check_lttng_tidy --check-suffix=MISSING --no-fix %s lttng-stale-mirror %t.missing -- \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%inputs/no-such-tree'}}" -- \
// RUN:   -I%inputs/fake-kernel/include
// RUN: %check_lttng_tidy --check-suffix=LAYOUT --no-fix %s lttng-stale-mirror %t.layout -- \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%inputs/not-an-lttng-tree'}}" -- \
// RUN:   -I%inputs/fake-kernel/include
// RUN: %check_lttng_tidy --check-suffix=IF --no-fix %s lttng-stale-mirror %t.if -- \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%inputs/fake-lttng-broken'}}" -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include
//
// A configured tree that cannot be used fails the run (exit 1), so a
// pre-commit hook or an audit does not pass with the mirror checks off.
// RUN: not %clang_tidy --load=%lttng_plugin -checks='-*,lttng-stale-mirror' --quiet \
// RUN:   -config="{CheckOptions: {LttngModulesDir: '%t.none'}}" %s -- -I%fake_kernel 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STATUS
// STATUS: error: LTTng-modules tree '{{.*}}.none' does not exist (option LttngModulesDir) [clang-tidy-config]

#define CREATE_TRACE_POINTS
#include <trace/events/broken.h>

// CHECK-MESSAGES-MISSING: error: LTTng-modules tree '{{.*}}no-such-tree' does not exist (option LttngModulesDir) [clang-tidy-config]
// CHECK-MESSAGES-LAYOUT: error: '{{.*}}not-an-lttng-tree' is not an LTTng-modules tree: it has neither include/instrumentation/events with src/probes (2.13 and later) nor instrumentation/events/lttng-module with probes (2.12 and earlier) (option LttngModulesDir) [clang-tidy-config]
// CHECK-MESSAGES-IF: instrumentation/events/broken.h:10:34: warning: reading the LTTng probe 'lttng-probe-broken.c' for the analysed kernel failed here: expected value in expression [lttng-stale-mirror]
