/* A kernel unit that defines the gen tracepoints: no LTTng probe. */
#define CREATE_TRACE_POINTS
#include <trace/events/gen.h>
