/* A header of one unit's own directory with the name of one the probe
 * finds in LTTng's include directory: searched before it, it wins. */
#define SHARE_MIRROR_GONE 0
