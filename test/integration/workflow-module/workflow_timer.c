// SPDX-License-Identifier: GPL-2.0
/*
 * A second unit that includes a kernel trace header (timer.h), so that the
 * batch fix-it workflow exports the same fix from two translation units.
 */
#include <linux/module.h>
#include <linux/hrtimer.h>

#include <trace/events/timer.h>

static int __init workflow_timer_init(void)
{
	return 0;
}

module_init(workflow_timer_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("lttng-tidy workflow tests: a second unit with timer.h");
