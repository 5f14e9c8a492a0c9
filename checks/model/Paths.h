//===--- Paths.h - One spelling for a path named many ways ----------------===//
//
// The kernel's build names one header many ways ("arch/x86/kvm/vmx/../
// trace.h", "./include/...", relative to the build directory or absolute).
// The model compares paths only in these spellings.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_PATHS_H
#define LTTNG_TIDY_MODEL_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class FileManager;
} // namespace clang

namespace lttng_tidy {

/// \p Path with its "." and ".." components resolved by name (symbolic
/// links are not followed).
std::string withoutDots(llvm::StringRef Path);

/// \p Path made absolute against \p Files' working directory, then
/// withoutDots().
std::string absoluteWithoutDots(llvm::StringRef Path,
                                const clang::FileManager &Files);

} // namespace lttng_tidy

#endif
