/* Test stand-in for LTTng-modules' wrapper/tracepoint.h. */
