//===--- ParserAllocator.cpp - glibc's allocator, tuned for a parse -------===//

#include "ParserAllocator.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/FileSystem.h"
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace lttng_tidy {

namespace {
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
#if defined(__GLIBC__) && !LLVM_ADDRESS_SANITIZER_BUILD &&                   \
    !LLVM_MEMORY_SANITIZER_BUILD && !LLVM_THREAD_SANITIZER_BUILD
  const char *Current = std::getenv("GLIBC_TUNABLES");
  std::string Tunables = Current ? Current : "";
  // Set already: by the restart, by the audit that started this worker
  // (its environment is inherited), or by the user, whose choice stands.
  if (Tunables.find("glibc.malloc.hugetlb") != std::string::npos)
    return;
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv[0], reinterpret_cast<void *>(&restartWithParserAllocator));
  if (Self.empty())
    return;
  // The user's own tunables last: where both set one, theirs wins.
  Tunables = Tunables.empty() ? ParserTunables
                              : ParserTunables + (":" + Tunables);
  if (setenv("GLIBC_TUNABLES", Tunables.c_str(), /*overwrite=*/1) != 0)
    return;
  // The same arguments, argv[0] included.
  execv(Self.c_str(), const_cast<char *const *>(Argv));
  // Not restarted: this process goes on with glibc's defaults; the
  // workers an audit starts still get the tunables.
#else
  (void)Argv;
#endif
}

} // namespace lttng_tidy
