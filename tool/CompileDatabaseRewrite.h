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

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/ADT/ArrayRef.h"
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

/// Whether GCC takes \p Arg and clang does not (on x86-64): a compile
/// database holding one was recorded from a GCC build.
bool isGccOnlyFlag(llvm::StringRef Arg);

/// \p Arguments without the flags that make a compiler write a dependency
/// file: -MD, -MMD, -MF FILE, -MFFILE, -MT/-MQ with them, -MP, -MG, and
/// -Wp,-MD,FILE or -Wp,-MMD,FILE (the kernel's form; other -Wp, items are
/// kept). \p Removed tells whether any was found. Every command our tools
/// run goes through this, so that nothing is written into the user's tree.
std::vector<std::string>
withoutDependencyOutputs(llvm::ArrayRef<std::string> Arguments,
                         bool *Removed = nullptr);

/// withoutDependencyOutputs() as an adjuster for a ClangTool. ClangTool's
/// own adjuster drops -MD and -MF, but not the -Wp, forms.
clang::tooling::ArgumentsAdjuster dependencyOutputsAdjuster();

/// Rewrites one command line (argv form) for clang. \p Dropped collects
/// the flags clang does not accept that were removed; dependency outputs
/// are removed too (withoutDependencyOutputs), and only told through
/// \p DependencyOutputsRemoved.
std::vector<std::string>
rewriteCommandForClang(const std::vector<std::string> &Arguments,
                       llvm::StringRef Clang,
                       std::vector<std::string> &Dropped,
                       bool *DependencyOutputsRemoved = nullptr);

/// Rewrites a whole compile_commands.json text. With \p KeepClangEntries,
/// an entry whose compiler is already clang keeps its compiler and flags,
/// and only loses its dependency outputs.
llvm::Expected<RewriteResult> rewriteCompileDatabase(llvm::StringRef Json,
                                                     llvm::StringRef Clang,
                                                     bool KeepClangEntries = false);

} // namespace lttng_tidy

#endif
