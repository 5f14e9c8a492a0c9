/* An LTTng wrapper whose inline body no longer compiles: LTTng's own code
 * keeps its bodies in every parse, so the error is always reported. */
#ifndef LTTNG_WRAPPER_BODIES_WRAPPER_H
#define LTTNG_WRAPPER_BODIES_WRAPPER_H

static inline int bodies_wrapper_value(void)
{
	return bodies_wrapper_removed_symbol;
}

#endif
