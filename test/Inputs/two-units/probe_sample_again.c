/* A second unit reading the same mirror: its findings and fixes must be
 * byte-identical to the first unit's, so that clang-apply-replacements
 * applies them once. */
#include <trace/events/sample.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/sample.h>

int unrelated_code_changes_offsets_in_this_unit_only;
