/* Test stand-in for LTTng's probe stages: re-reads the mirror named by
 * TRACE_INCLUDE_PATH/TRACE_INCLUDE_FILE twice, like the real stages do
 * many times, declaring one probe function per class, compiling every
 * field's source and checking each instance's prototype against its
 * class's. */
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

/* Stage 3: the _CODE forms' probe bodies, compiled as LTTng compiles them:
 * TP_locvar a struct that tp_locvar points to, TP_code_pre statements, then
 * every TP_FIELDS source read. Generated _CODE mirrors must build here. */
#define TP_locvar(...) __VA_ARGS__
#define TP_code_pre(...) __VA_ARGS__
#define TP_code_post(...) __VA_ARGS__
#define TP_FIELDS(...) __VA_ARGS__
#define ctf_integer(_type, _item, _src) (void)(_type)(_src);
#define ctf_integer_hex(_type, _item, _src) (void)(_type)(_src);
#define ctf_array(_type, _item, _src, _length) \
	{ const _type *__p = (_src); (void)__p; (void)(_length); }
#define ctf_array_text ctf_array
#define ctf_array_bitfield ctf_array
#define ctf_sequence(_type, _item, _src, _length_type, _length) \
	{ const _type *__p = (_src); (void)__p; (void)(_length_type)(_length); }
#define ctf_sequence_text ctf_sequence
#define ctf_sequence_bitfield ctf_sequence
#define ctf_string(_item, _src) { const char *__s = (_src); (void)__s; }
#define ctf_enum(_name, _type, _item, _src) (void)(_type)(_src);
#define __LTTNG_CODE_PROBE(name, proto, locvar, code_pre, fields, code_post) \
	static void __event_code_probe__##name(proto)			\
	{								\
		struct { locvar } __tp_locvar;				\
		__typeof__(__tp_locvar) *tp_locvar = &__tp_locvar;	\
		code_pre						\
		fields							\
		code_post						\
	}
/* Every other event and class reads its sources the same way, with its
 * own prototype, as LTTng's probe functions do. */
#define __LTTNG_FIELDS_PROBE(name, proto, fields) \
	static void __event_fields_probe__##name(proto) { fields }
#undef LTTNG_TRACEPOINT_EVENT
#define LTTNG_TRACEPOINT_EVENT(name, proto, args, fields) \
	__LTTNG_FIELDS_PROBE(name, PARAMS(proto), PARAMS(fields))
#undef LTTNG_TRACEPOINT_EVENT_MAP
#define LTTNG_TRACEPOINT_EVENT_MAP(name, map, proto, args, fields) \
	__LTTNG_FIELDS_PROBE(map, PARAMS(proto), PARAMS(fields))
/* Like LTTng, a class and each of its instances declare the class's
 * template function with their own prototype: an instance whose TP_PROTO
 * is not its class's is a conflicting declaration. */
#define __LTTNG_TEMPLATE_PROTO(template, proto) \
	void __event_template_proto___##template(proto);
#undef LTTNG_TRACEPOINT_EVENT_CLASS
#define LTTNG_TRACEPOINT_EVENT_CLASS(name, proto, args, fields) \
	__LTTNG_TEMPLATE_PROTO(name, PARAMS(proto)) \
	__LTTNG_FIELDS_PROBE(name, PARAMS(proto), PARAMS(fields))
#undef LTTNG_TRACEPOINT_EVENT_INSTANCE
#define LTTNG_TRACEPOINT_EVENT_INSTANCE(template, name, proto, args) \
	__LTTNG_TEMPLATE_PROTO(template, PARAMS(proto))
#undef LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP
#define LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(template, name, map, proto, args) \
	__LTTNG_TEMPLATE_PROTO(template, PARAMS(proto))
#undef LTTNG_TRACEPOINT_EVENT_CODE
#define LTTNG_TRACEPOINT_EVENT_CODE(name, proto, args, _locvar, _code_pre, fields, _code_post) \
	__LTTNG_CODE_PROBE(name, PARAMS(proto), PARAMS(_locvar), PARAMS(_code_pre), PARAMS(fields), PARAMS(_code_post))
#undef LTTNG_TRACEPOINT_EVENT_CODE_MAP
#define LTTNG_TRACEPOINT_EVENT_CODE_MAP(name, map, proto, args, _locvar, _code_pre, fields, _code_post) \
	__LTTNG_CODE_PROBE(map, PARAMS(proto), PARAMS(_locvar), PARAMS(_code_pre), PARAMS(fields), PARAMS(_code_post))
#undef LTTNG_TRACEPOINT_EVENT_CLASS_CODE
#define LTTNG_TRACEPOINT_EVENT_CLASS_CODE(name, proto, args, _locvar, _code_pre, fields, _code_post) \
	__LTTNG_TEMPLATE_PROTO(name, PARAMS(proto)) \
	__LTTNG_CODE_PROBE(name, PARAMS(proto), PARAMS(_locvar), PARAMS(_code_pre), PARAMS(fields), PARAMS(_code_post))
#define LTTNG_FAKE_CODE_STAGE
#include LTTNG_TRACE_INCLUDE(TRACE_INCLUDE_FILE)
#undef LTTNG_FAKE_CODE_STAGE
#undef TP_locvar
#undef TP_code_pre
#undef TP_code_post
#undef TP_FIELDS
#undef ctf_integer
#undef ctf_integer_hex
#undef ctf_array
#undef ctf_array_text
#undef ctf_array_bitfield
#undef ctf_sequence
#undef ctf_sequence_text
#undef ctf_sequence_bitfield
#undef ctf_string
#undef ctf_enum
#undef __LTTNG_CODE_PROBE
#undef __LTTNG_FIELDS_PROBE
#undef __LTTNG_TEMPLATE_PROTO

#undef TRACE_HEADER_MULTI_READ
#endif
