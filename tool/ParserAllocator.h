//===--- ParserAllocator.h - glibc's allocator, tuned for a parse -*- C++ -*-===//
//
// A kernel unit's parse allocates a hundred MiB or more in small pieces and
// frees little of it before the process ends. With glibc's defaults, every
// 4 KiB page of that heap is a page fault (about 12,000 on
// kernel/time/timer.c, 32,000 on net/core/net-traces.c with its probes),
// and the larger buffers are mapped and unmapped again. The commands that
// parse therefore start again with glibc's malloc tunables set: the heap
// in transparent huge pages (where the kernel allows them on request),
// buffers up to 32 MiB taken from the heap, and the heap kept rather than
// trimmed. docs/benchmark.md has the figures.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_PARSERALLOCATOR_H
#define LTTNG_TIDY_TOOL_PARSERALLOCATOR_H

namespace lttng_tidy {

/// Starts the tool again with \p Argv and the allocator's tunables added to
/// GLIBC_TUNABLES, once: it returns (and the tool goes on as it is) when
/// they are already there, when the user's GLIBC_TUNABLES sets glibc's
/// huge-page tunable itself, under a sanitizer (which brings its own
/// allocator), without glibc, or when the tool cannot be started again.
void restartWithParserAllocator(const char **Argv);

} // namespace lttng_tidy

#endif
