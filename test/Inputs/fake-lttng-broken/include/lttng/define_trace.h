/* Test stand-in for LTTng's probe stages: re-reads the mirror named by
 * TRACE_INCLUDE_PATH/TRACE_INCLUDE_FILE twice, like the real stages do
 * many times, declaring one probe function per class. */
#ifdef CREATE_TRACE_POINTS
#undef CREATE_TRACE_POINTS
#define TRACE_HEADER_MULTI_READ
#define __lttng_stringify_1(x) #x
#define __lttng_stringify(x) __lttng_stringify_1(x)
#ifndef TRACE_INCLUDE_FILE
# define TRACE_INCLUDE_FILE TRACE_SYSTEM
#endif
#define LTTNG_TRACE_INCLUDE(system) __lttng_stringify(TRACE_INCLUDE_PATH/system.h)

/* Stage 1: probe prototypes, one per class (an event is its own class). */
#undef LTTNG_TRACEPOINT_EVENT
#define LTTNG_TRACEPOINT_EVENT(name, proto, args, fields) \
	LTTNG_TRACEPOINT_EVENT_CLASS(name, PARAMS(proto), PARAMS(args), PARAMS(fields))
#undef LTTNG_TRACEPOINT_EVENT_MAP
#define LTTNG_TRACEPOINT_EVENT_MAP(name, map, proto, args, fields) \
	LTTNG_TRACEPOINT_EVENT_CLASS(map, PARAMS(proto), PARAMS(args), PARAMS(fields))
#undef LTTNG_TRACEPOINT_EVENT_CLASS
#define LTTNG_TRACEPOINT_EVENT_CLASS(name, proto, args, fields) \
	static void __event_probe__##name(void *__data, proto);
#undef LTTNG_TRACEPOINT_EVENT_INSTANCE
#define LTTNG_TRACEPOINT_EVENT_INSTANCE(template, name, proto, args)
#undef LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP
#define LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(template, name, map, proto, args)
#include LTTNG_TRACE_INCLUDE(TRACE_INCLUDE_FILE)

/* Stage 2: the field list is read again (and discarded here). */
#undef LTTNG_TRACEPOINT_EVENT_CLASS
#define LTTNG_TRACEPOINT_EVENT_CLASS(name, proto, args, fields)
#include LTTNG_TRACE_INCLUDE(TRACE_INCLUDE_FILE)

#undef TRACE_HEADER_MULTI_READ
#endif
