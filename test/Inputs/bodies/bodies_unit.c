/* A kernel unit that defines the bodies tracepoints; its own functions'
 * bodies are ones the in-process audit skips. bodies_unit_step() is called
 * only from a skipped body: built with -Werror -Wunused-function, the unit
 * must not get an "unused function" error that a full parse does not. */
#define CREATE_TRACE_POINTS
#include <trace/events/bodies.h>

static int bodies_unit_state;

static int bodies_unit_step(int v)
{
	return v + 1;
}

int bodies_unit_work(int v)
{
	trace_bodies_mirrored(v);
	bodies_unit_state = v;
	return bodies_unit_step(v);
}
