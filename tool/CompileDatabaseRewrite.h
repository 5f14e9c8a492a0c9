//===--- CompileDatabaseRewrite.h - Make GCC compile databases clang's ----===//
//
// Distribution kernels are built with GCC, so a compile database recorded
// from an out-of-tree module build holds flags clang rejects. This rewrite
// keeps every file and every flag clang understands, swaps the compiler for
// clang, and drops the rest, saying what it dropped.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_COMPILEDATABASEREWRITE_H
#define LTTNG_TIDY_TOOL_COMPILEDATABASEREWRITE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>
#include <vector>

namespace lttng_tidy {

struct RewriteResult {
  std::string Json;                         ///< the rewritten database
  std::map<std::string, unsigned> Dropped;  ///< flag -> how many entries
  /// Entries whose dependency-file flags (-MD, -Wp,-MMD,...) were removed
  /// so that clang tools write nothing into the build tree.
  unsigned DependencyOutputsRemoved = 0;
  unsigned Entries = 0;
};

/// Rewrites one command line (argv form) for clang. \p Dropped collects
/// the flags removed.
std::vector<std::string>
rewriteCommandForClang(const std::vector<std::string> &Arguments,
                       llvm::StringRef Clang,
                       std::vector<std::string> &Dropped);

/// Rewrites a whole compile_commands.json text.
llvm::Expected<RewriteResult> rewriteCompileDatabase(llvm::StringRef Json,
                                                     llvm::StringRef Clang);

} // namespace lttng_tidy

#endif
