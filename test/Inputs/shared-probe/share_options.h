/* LTTng's include directory: which mirrors the probe builds. */
#define SHARE_MIRROR_GONE 1
