//===--- Paths.cpp - One spelling for a path named many ways --------------===//

#include "model/Paths.h"
#include "clang/Basic/FileManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace lttng_tidy {

std::string withoutDots(llvm::StringRef Path) {
  llvm::SmallString<256> Out(Path);
  llvm::sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

std::string absoluteWithoutDots(llvm::StringRef Path,
                                const clang::FileManager &Files) {
  llvm::SmallString<256> Out(Path);
  Files.makeAbsolutePath(Out);
  return withoutDots(Out);
}

} // namespace lttng_tidy
