/* Test stand-in for LTTng-modules' include/lttng/kernel-version.h: the
 * version macros mirrors test, computed the same way. */
#ifndef FAKE_LTTNG_KERNEL_VERSION_H
#define FAKE_LTTNG_KERNEL_VERSION_H

#define LTTNG_KERNEL_VERSION(a, b, c) \
	((((a) << 24) + ((b) << 16) + (c)) * 1ULL)

#ifdef LTTNG_LINUX_MAJOR
#define LTTNG_LINUX_VERSION_CODE \
	LTTNG_KERNEL_VERSION(LTTNG_LINUX_MAJOR, LTTNG_LINUX_MINOR, LTTNG_LINUX_PATCH)
#else
#define LTTNG_LINUX_VERSION_CODE LTTNG_KERNEL_VERSION(6, 1, 0)
#endif

#define LTTNG_KERNEL_RANGE(a_low, b_low, c_low, a_high, b_high, c_high) \
	(LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(a_low, b_low, c_low) && \
	 LTTNG_LINUX_VERSION_CODE < LTTNG_KERNEL_VERSION(a_high, b_high, c_high))

#endif
