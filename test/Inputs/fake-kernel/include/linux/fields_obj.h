/* Types recorded by the field-type tests. */
#ifndef FAKE_LINUX_FIELDS_OBJ_H
#define FAKE_LINUX_FIELDS_OBJ_H
#include <linux/tracepoint.h>

#define FIELDS_NAME_LEN 16

enum fields_state { FIELDS_IDLE, FIELDS_BUSY, FIELDS_GONE = 300 };

struct fields_obj {
	unsigned long flags;
	unsigned int bit:1;
	long big;
	int small;
	char name[FIELDS_NAME_LEN];
	enum fields_state state;
	unsigned int bit_count;
};

static inline unsigned int fields_client_id(unsigned int c) { return c; }
void *memcpy(void *dest, const void *src, unsigned long n);
#endif
