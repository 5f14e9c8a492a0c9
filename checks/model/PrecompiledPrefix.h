//===--- PrecompiledPrefix.h - Probes' leading headers, parsed once -*- C++ -*-===//
//
// Most of a probe read is the kernel and LTTng headers every probe starts
// with: LTTng 2.13's probes begin with the same `#include` lines
// (<linux/module.h>, <lttng/tracer.h>), which cost about two thirds of a
// read. When a kernel unit reads several probes, the audit's worker parses
// the lines they all begin with once, as a precompiled header kept in
// memory, and each probe read loads it instead (clang's -include-pch). The
// probe's own leading lines then find their headers already included.
//
// A precompiled header hides from the read what our callbacks see while
// those headers are parsed. The build runs the same callbacks and hands
// their state to each read:
//  - the collector's (TracepointCollector::Carried): header macros, macros
//    a probe does not see, kernel roots, versions;
//  - the names of the inline bodies it skipped (FunctionBodySkipper);
//  - the files it read, and what the caller's own callbacks note (the
//    include lookups that decide whether a read may be shared).
// It is built with the flags every probe of the group has: the macros that
// differ (the module names Kbuild gives each probe) are left out, and a
// read defines them after loading it. It is not built, and the probes are
// read as before, when it could make a read differ from a plain one:
//  - a compile error while building it;
//  - a tracepoint definition in those headers;
//  - a use of a left-out macro there (#ifdef, defined(), #if, a token the
//    parser sees), or of __BASE_FILE__, which names the file built.
// And a read whose own leading lines enter one of those headers again (one
// without an include guard) is thrown away and done again without it.
//
// A read finds the prefix's declarations by name only. Clang's reader of a
// C precompiled header has the unit's first declaration at file scope (or
// its first lookup) build the unit's table of names from every declaration
// the header holds: about a quarter of each read of net-traces.c's probes (a
// profile of the worker). The prefix is written with its table of names,
// which serves each lookup (see lookUpByNameOnly).
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_PRECOMPILEDPREFIX_H
#define LTTNG_TIDY_MODEL_PRECOMPILEDPREFIX_H

#include "model/FunctionBodies.h"
#include "model/TracepointCollector.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CompilerInvocation;
class PPCallbacks;
class Preprocessor;
} // namespace clang

namespace llvm::vfs {
class FileSystem;
} // namespace llvm::vfs

namespace lttng_tidy {

/// The `#include` lines \p Text starts with, as written (trailing blanks
/// dropped): comments and blank lines may come before the first; any
/// other line, a comment included, ends them.
std::vector<std::string> leadingIncludes(llvm::StringRef Text);

class PrecompiledPrefix {
public:
  /// Builds the prefix of \p Includes, the leading lines of probes in
  /// directory \p Dir read with \p Invocations (one per probe). Null when
  /// the invocations differ in more than their input and macros, or when
  /// the prefix cannot serve (above). \p KeptRoot: as FunctionBodySkipper's.
  /// \p Watch adds the caller's callbacks to the build's preprocessor.
  static std::unique_ptr<PrecompiledPrefix>
  build(const std::vector<const clang::CompilerInvocation *> &Invocations,
        llvm::StringRef Dir, const std::vector<std::string> &Includes,
        const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS,
        llvm::StringRef KeptRoot,
        llvm::function_ref<void(clang::Preprocessor &)> Watch);

  /// Makes \p Invocation, a probe's of the group, load the prefix; the
  /// file system to read it with, \p FS with the prefix's files added.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
  useIn(clang::CompilerInvocation &Invocation,
        const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS) const;

  /// For a read's \p Context, once it has loaded the prefix: lookups of
  /// the unit's names use the table the prefix carries, and the list of
  /// the prefix's declarations is not loaded. A walk over the unit's
  /// declarations then meets the probe's own only; the prefix holds no
  /// tracepoint and no error (it is not built otherwise), which is what
  /// such walks look for (the kernel's generated trace_<event>() and
  /// trace_event_raw_<class>, broken expressions).
  static void lookUpByNameOnly(clang::ASTContext &Context);

  /// For the read: notes in \p Broken that its leading lines entered a
  /// header again, which the read must then not be used for.
  std::unique_ptr<clang::PPCallbacks> leadingLinesWatcher(clang::Preprocessor &PP,
                                                          bool &Broken) const;

  /// The prefix's files, which are no file of the probe's.
  bool isOwnFile(llvm::StringRef Path) const;

  const TracepointCollector::Carried &collector() const { return Collector; }
  const FunctionBodySkipper::Carried &skipper() const { return Skipper; }
  /// Every file the build entered, absolute (the prefix's own left out).
  const std::vector<std::string> &filesRead() const { return FilesRead; }

private:
  PrecompiledPrefix() = default;

  std::string HeaderPath, HeaderText, PchPath;
  llvm::SmallVector<char, 0> Pch;
  size_t LeadingLines = 0;
  TracepointCollector::Carried Collector;
  FunctionBodySkipper::Carried Skipper;
  std::vector<std::string> FilesRead;
};

} // namespace lttng_tidy

#endif
