/* A kernel unit that defines the bodies tracepoints; its own function's
 * body is one the in-process audit skips. */
#define CREATE_TRACE_POINTS
#include <trace/events/bodies.h>

int bodies_unit_work(int v)
{
	trace_bodies_mirrored(v);
	return v + 1;
}
