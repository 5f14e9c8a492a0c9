/* Test stand-in for LTTng's kvm x86 probe: it includes a kernel trace
 * header that another probe mirrors, but not arch/x86/kvm/trace.h, the
 * header its own mirror stands for. */
#include <trace/events/proto.h>

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events/arch/x86/kvm

#include <instrumentation/events/arch/x86/kvm/trace.h>
