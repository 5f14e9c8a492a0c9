// SPDX-License-Identifier: GPL-2.0
/*
 * A module that defines its own tracepoints (trace.h) and fires real kernel
 * ones (irq.h, timer.h). The lttng-tidy workflow tests build it with
 * kbuild and run clang-tidy over its compile database.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/err.h>

#include <trace/events/irq.h>
#include <trace/events/timer.h>

#define CREATE_TRACE_POINTS
#include "trace.h"
#include "workflow_util.h"

static int __init workflow_demo_init(void)
{
	trace_workflow_demo_start(1);
	/* A kernel-style finding in the main file: linuxkernel-* still runs. */
	PTR_ERR(NULL);
	return 0;
}

static void __exit workflow_demo_exit(void)
{
	trace_demo_stop(1);
}

module_init(workflow_demo_init);
module_exit(workflow_demo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("lttng-tidy workflow tests: a module with its own tracepoints");
