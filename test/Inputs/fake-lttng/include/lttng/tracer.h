/* Test stand-in for LTTng-modules' lttng/tracer.h. */
