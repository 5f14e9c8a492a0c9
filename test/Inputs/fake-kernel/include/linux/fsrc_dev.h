/* A kernel structure after a release that renamed and moved members, for
 * the field-source tests: `pkg_id` now lives in `topo`, `dev_id` became
 * `id`, and the constant FSRC_OLD_MODE is gone. */
#ifndef FAKE_LINUX_FSRC_DEV_H
#define FAKE_LINUX_FSRC_DEV_H

struct fsrc_topology {
	int pkg_id;
	int core_id;
};

struct fsrc_dev {
	int id;
	unsigned long flags;
	struct fsrc_topology topo;
};

static inline int fsrc_dev_weight(const struct fsrc_dev *dev, int scale)
{
	return dev->id * scale;
}

#endif
