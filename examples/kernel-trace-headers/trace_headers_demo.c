// SPDX-License-Identifier: GPL-2.0
/*
 * A small out-of-tree module that includes real kernel trace headers, as any
 * code that fires those tracepoints does. lttng-tidy's main example builds it
 * with kbuild against Debian's linux-headers (GCC), records the compile
 * database, and runs the lttng-* checks over the headers it includes.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/blkdev.h>
#include <linux/netdevice.h>

#include <trace/events/sched.h>
#include <trace/events/irq.h>
#include <trace/events/kmem.h>
#include <trace/events/timer.h>
#include <trace/events/workqueue.h>
#include <trace/events/signal.h>
#include <trace/events/block.h>
#include <trace/events/writeback.h>
#include <trace/events/power.h>
#include <trace/events/module.h>
#include <trace/events/net.h>
#include <trace/events/skb.h>
#include <trace/events/oom.h>
#include <trace/events/filemap.h>
#include <trace/events/rcu.h>

static int __init trace_headers_demo_init(void)
{
	pr_info("trace_headers_demo: loaded\n");
	return 0;
}

static void __exit trace_headers_demo_exit(void)
{
}

module_init(trace_headers_demo_init);
module_exit(trace_headers_demo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("lttng-tidy example: real kernel trace headers");
