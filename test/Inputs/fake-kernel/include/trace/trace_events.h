/* Test stand-in for include/trace/trace_events.h: one stage that declares
 * struct trace_event_raw_<class>, then re-reads the header. */
#undef TRACE_EVENT
#define TRACE_EVENT(name, proto, args, tstruct, assign, print)	\
	DECLARE_EVENT_CLASS(name, PARAMS(proto), PARAMS(args),	\
			    PARAMS(tstruct), PARAMS(assign), PARAMS(print));
#undef TRACE_EVENT_CONDITION
#define TRACE_EVENT_CONDITION(name, proto, args, cond, tstruct, assign, print) \
	TRACE_EVENT(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct), PARAMS(assign), PARAMS(print))
#undef TRACE_EVENT_FN
#define TRACE_EVENT_FN(name, proto, args, tstruct, assign, print, reg, unreg) \
	TRACE_EVENT(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct), PARAMS(assign), PARAMS(print))
#undef TRACE_EVENT_FN_COND
#define TRACE_EVENT_FN_COND(name, proto, args, cond, tstruct, assign, print, reg, unreg) \
	TRACE_EVENT(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct), PARAMS(assign), PARAMS(print))
#undef DECLARE_EVENT_CLASS
#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print) \
	struct trace_event_raw_##name { int common; tstruct char __data[]; };
#undef DEFINE_EVENT
#define DEFINE_EVENT(template, name, proto, args)
#undef DEFINE_EVENT_FN
#define DEFINE_EVENT_FN(template, name, proto, args, reg, unreg)
#undef DEFINE_EVENT_PRINT
#define DEFINE_EVENT_PRINT(template, name, proto, args, print)
#undef DEFINE_EVENT_CONDITION
#define DEFINE_EVENT_CONDITION(template, name, proto, args, cond)
#undef DECLARE_TRACE
#define DECLARE_TRACE(name, proto, args)

#define TP_STRUCT__entry(args...) args
#define __field(type, item) type item;
#define __field_ext(type, item, filter_type) type item;
#define __field_struct(type, item) type item;
#define __array(type, item, len) type item[len];
#define __dynamic_array(type, item, len) u32 __data_loc_##item;
#define __string(item, src) __dynamic_array(char, item, -1)
#define __string_len(item, src, len) __dynamic_array(char, item, -1)
#define __bitmask(item, nr_bits) __dynamic_array(char, item, -1)
#define __cpumask(item) __dynamic_array(char, item, -1)

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)

/* Stage 3: the assignment code, compiled as the kernel compiles it, into
 * do_trace_event_raw_event_<class>() where __entry is the local entry. */
#undef TP_STRUCT__entry
#undef __field
#undef __field_ext
#undef __field_struct
#undef __array
#undef __dynamic_array
#undef __string
#undef __string_len
#undef __bitmask
#undef __cpumask
#define TP_STRUCT__entry(args...)
#define TP_fast_assign(args...) args
#define __entry entry
/* The kernel's helpers copy from their source, so it is compiled here too:
 * a source that does not compile must fail the kernel's build as well. */
#define __assign_str(dst, src) \
	do { const char *__src = (src) ? (const char *)(src) : "(null)"; (void)__src; } while (0)
#define __assign_bitmask(dst, src, nr_bits) \
	do { const void *__src = (src); (void)__src; (void)(nr_bits); } while (0)
#define __assign_cpumask(dst, src) \
	do { const void *__src = (src); (void)__src; } while (0)

#undef DECLARE_EVENT_CLASS
#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print) \
	static void do_trace_event_raw_event_##name(void *__data, proto)	\
	{								\
		struct trace_event_raw_##name *entry = __data;		\
		{ assign; }						\
	}

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)

#undef TP_STRUCT__entry
#undef TP_fast_assign
#undef __entry
#undef __assign_str
#undef __assign_bitmask
#undef __assign_cpumask
#undef __field
#undef __field_ext
#undef __field_struct
#undef __array
#undef __dynamic_array
#undef __string
#undef __string_len
#undef __bitmask
#undef __cpumask
