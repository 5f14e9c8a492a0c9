/* Types the sample trace header records. */
#ifndef FAKE_LINUX_SAMPLE_TASK_H
#define FAKE_LINUX_SAMPLE_TASK_H
#include <linux/tracepoint.h>

struct task {
	pid_t pid;
	char comm[16];
	int prio;
	unsigned long long start;
};

void *memcpy(void *dest, const void *src, unsigned long n);
#endif
