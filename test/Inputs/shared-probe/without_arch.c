/* A kernel unit that defines the share tracepoints only: for it, the
 * probe's share_arch mirror has no kernel tracepoint. */
#define CREATE_TRACE_POINTS
#include <trace/events/share.h>

void share_work(int v)
{
	trace_share_one(v);
}
