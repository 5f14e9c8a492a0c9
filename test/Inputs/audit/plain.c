/* No tracepoints at all. */
int plain;
