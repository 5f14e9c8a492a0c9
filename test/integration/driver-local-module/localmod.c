// SPDX-License-Identifier: GPL-2.0
/*
 * An out-of-tree module whose tracepoints are defined in a driver-local
 * trace.h; the lttng-tidy integration test driver-local-module checks it,
 * generates its LTTng adaptation and builds the probe.
 */
#include <linux/module.h>

#define CREATE_TRACE_POINTS
#include "trace.h"

static int __init localmod_init(void)
{
	trace_localmod_probe(0, 0);
	trace_localmod_send(0, 1);
	trace_localmod_receive(0, 1);
	return 0;
}

static void __exit localmod_exit(void)
{
}

module_init(localmod_init);
module_exit(localmod_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("lttng-tidy integration test: a driver-local trace.h");
