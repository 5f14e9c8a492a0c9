// SPDX-License-Identifier: GPL-2.0
/*
 * hello: a character device, /dev/hello, that returns a greeting when read
 * and takes a new one when written; writing an empty line restores the
 * default. It fires the tracepoints of include/trace/events/hello.h, the
 * example that lttng-tidy's main job checks and adapts to LTTng.
 */
#include <linux/atomic.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#define CREATE_TRACE_POINTS
#include <trace/events/hello.h>

#define HELLO_DEFAULT "hello, world\n"

/* Never shorter than HELLO_HEAD_LEN: the read and write events copy that much. */
static char hello_greeting[64] = HELLO_DEFAULT;
static DEFINE_MUTEX(hello_lock);
static atomic_t hello_opens = ATOMIC_INIT(0);

static int hello_open(struct inode *inode, struct file *file)
{
	trace_hello_open(current->comm, atomic_inc_return(&hello_opens));
	return 0;
}

static ssize_t hello_read(struct file *file, char __user *buf, size_t count,
			  loff_t *ppos)
{
	ssize_t ret;

	mutex_lock(&hello_lock);
	trace_hello_read(hello_greeting, count, *ppos);
	ret = simple_read_from_buffer(buf, count, ppos, hello_greeting,
				      strlen(hello_greeting));
	mutex_unlock(&hello_lock);
	return ret;
}

static ssize_t hello_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *ppos)
{
	char next[sizeof(hello_greeting)] = "";

	if (count >= sizeof(next))
		return -EINVAL;
	if (copy_from_user(next, buf, count))
		return -EFAULT;
	trace_hello_write(next, count, *ppos);

	mutex_lock(&hello_lock);
	if (count == 0 || !strcmp(next, "\n")) {
		trace_greeting_reset(strlen(hello_greeting));
		strscpy(hello_greeting, HELLO_DEFAULT, sizeof(hello_greeting));
	} else {
		strscpy(hello_greeting, next, sizeof(hello_greeting));
	}
	mutex_unlock(&hello_lock);
	*ppos += count;
	return count;
}

static const struct file_operations hello_fops = {
	.owner = THIS_MODULE,
	.open = hello_open,
	.read = hello_read,
	.write = hello_write,
	.llseek = default_llseek,
};

static struct miscdevice hello_device = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "hello",
	.fops = &hello_fops,
	.mode = 0666,
};

module_misc_device(hello_device);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("lttng-tidy example: a device with tracepoints of its own");
