/* A kernel unit that defines the proto tracepoints: mirrored, drifted. */
#define CREATE_TRACE_POINTS
#include <trace/events/proto.h>
