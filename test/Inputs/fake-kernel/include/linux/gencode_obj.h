/* Types, constants and lower-case macros the _CODE generation tests read,
 * as kernel headers provide them. */
#ifndef FAKE_LINUX_GENCODE_OBJ_H
#define FAKE_LINUX_GENCODE_OBJ_H
#include <linux/tracepoint.h>

#define GENCODE_TAG_LEN 8
#define GENCODE_MAX 4
#define GENCODE_NR_BITS 64

/* Lower-case function-like macros, like min() or ntohs(). */
#define gencode_min(a, b) ((a) < (b) ? (a) : (b))
#define gencode_ntohs(x) ((u16)((((x) & 0xff) << 8) | (((x) >> 8) & 0xff)))
#define READ_ONCE(x) (x)

#define BITS_PER_LONG 64
#define BITS_TO_LONGS(nr) (((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define nr_cpumask_bits 8
#define cpumask_bits(maskp) ((maskp)->bits)
struct cpumask {
	unsigned long bits[BITS_TO_LONGS(8)];
};

struct gencode_obj {
	int busy;
	int state;
	unsigned int vals[GENCODE_MAX];
	char tag[GENCODE_TAG_LEN];
	u16 port;
	const char *name;
};

/* Inline: compiled into a module that includes this header. */
static inline int gencode_weight(int v) { return v * 2; }
/* Neither inline nor exported: a module cannot link against it. */
int gencode_private_helper(int v);
/* A lower-case macro over it: no more usable than the function. */
#define gencode_hidden_of(v) gencode_private_helper(v)
void *memcpy(void *dest, const void *src, unsigned long n);
#endif
