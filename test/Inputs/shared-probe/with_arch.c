/* A kernel unit that reads the architecture's header before defining the
 * share tracepoints: for it, share_arch is a kernel tracepoint. */
#include <trace/events/share_arch.h>

#define CREATE_TRACE_POINTS
#include <trace/events/share.h>

void share_work(int v)
{
	trace_share_one(v);
}
