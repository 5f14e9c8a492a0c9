/* Uses a trace header without defining its tracepoints. */
#include <trace/events/narrow.h>
int use_narrow;
