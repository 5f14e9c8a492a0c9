/* Test stand-in for the kernel's linux/module.h: the module macros a probe
 * uses, defined to nothing. */
#ifndef FAKE_LINUX_MODULE_H
#define FAKE_LINUX_MODULE_H
#define MODULE_LICENSE(x)
#define MODULE_DESCRIPTION(x)
#define MODULE_AUTHOR(x)
#endif
