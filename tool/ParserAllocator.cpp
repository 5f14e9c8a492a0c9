//===--- ParserAllocator.cpp - glibc's allocator, tuned for a parse -------===//

#include "ParserAllocator.h"
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace lttng_tidy {

namespace {
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) ||    \
    __has_feature(thread_sanitizer)
constexpr bool SanitizerAllocator = true;
#else
constexpr bool SanitizerAllocator = false;
#endif
#else
constexpr bool SanitizerAllocator = false;
#endif

/// glibc's malloc tunables (its manual, "Memory Allocation Tunables"):
///  - hugetlb=1: glibc asks for transparent huge pages (madvise) on the
///    memory it takes from the kernel, so one fault maps 2 MiB, not 4 KiB;
///  - mmap_threshold: allocations below 32 MiB, glibc's largest, come
///    from the heap, not from a mapping of their own unmapped at free;
///  - trim_threshold: the heap's top is given back only beyond 256 MiB.
constexpr const char *ParserTunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:"
    "glibc.malloc.trim_threshold=268435456";
} // namespace

void restartWithParserAllocator(const char **Argv) {
#ifdef __GLIBC__
  if (SanitizerAllocator)
    return;
  const char *Current = std::getenv("GLIBC_TUNABLES");
  std::string Tunables = Current ? Current : "";
  // Set already: by the restart, by the audit that started this worker
  // (its environment is inherited), or by the user, whose choice stands.
  if (Tunables.find("glibc.malloc.hugetlb") != std::string::npos)
    return;
  // The user's own tunables last: where both set one, theirs wins.
  Tunables = Tunables.empty() ? ParserTunables
                              : ParserTunables + (":" + Tunables);
  if (setenv("GLIBC_TUNABLES", Tunables.c_str(), /*overwrite=*/1) != 0)
    return;
  // argv[0] stays as the user spelled it: the audit starts its workers
  // through it.
  execv("/proc/self/exe", const_cast<char *const *>(Argv));
  // Not restarted: this process goes on with glibc's defaults; the
  // workers an audit starts still get the tunables.
#else
  (void)Argv;
#endif
}

} // namespace lttng_tidy
