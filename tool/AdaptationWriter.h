//===--- AdaptationWriter.h - New LTTng adaptation files for a subsystem --===//
//
// For a kernel trace header that no LTTng-modules probe mirrors yet, the
// files a maintainer adds: the mirror header, the probe source (kernel
// header first, so that LTTng's own build checks every prototype) and the
// probe's line in the probes' Kbuild (with the header's include directory
// when it is not the kernel's, e.g. an out-of-tree module's). A fix-it
// cannot create files: this is what `lttng-tidy generate` writes, or prints
// as a diff.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_ADAPTATIONWRITER_H
#define LTTNG_TIDY_TOOL_ADAPTATIONWRITER_H

#include "model/LttngTree.h"
#include "model/MirrorGenerator.h"
#include "model/TracepointModel.h"
#include <string>
#include <vector>

namespace lttng_tidy {

struct AdaptationFile {
  std::string Path;     ///< absolute, inside the LTTng tree
  std::string Contents; ///< the whole new file, or the line to append
  bool Append = false;  ///< append to an existing file (the Kbuild)
};

struct Adaptation {
  std::string System;
  std::string KernelHeader; ///< as the probe includes it
  /// The header's include directory when it is not the kernel's (a
  /// module's own): the Kbuild lines give it to the probe's compilation.
  std::string ExtraIncludeDir;
  std::vector<AdaptationFile> Files;
  std::vector<std::string> Notes;
  unsigned Events = 0, Fields = 0;
  /// The generated tracepoints, by how completely they were translated:
  /// plain ctf_* fields only, with the _CODE form, or with a note (a field
  /// or the computed assignment left out; _CODE or not).
  unsigned PlainEvents = 0, CodeEvents = 0, PartialEvents = 0;
};

/// How a probe includes the trace header \p HeaderFile: by its path under
/// an include/ directory, from the kernel's include/ by ".." for a
/// driver-local header of the kernel tree, or by its file name for a
/// module's (whose directory the probe's Kbuild line gives).
std::string probeIncludeOf(llvm::StringRef HeaderFile,
                           const TracepointModel &Model);

/// The adaptation of the kernel definitions of \p Model that live in
/// \p HeaderFile, for \p Tree's layout; empty Files with a note when the
/// header cannot be included from a probe. An instance is left out, with a
/// note, unless its class is written beside it with the same prototype
/// (compared in \p Context): the probe would not compile.
Adaptation adaptHeader(const TracepointModel &Model, llvm::StringRef HeaderFile,
                       const LttngTree &Tree, const DeclaredName &IsDeclared,
                       clang::ASTContext &Context);

/// Writes \p A's files. False, with \p Error, when a path would leave the
/// tree or a file cannot be written.
bool writeAdaptation(const Adaptation &A, const LttngTree &Tree,
                     std::string &Error);

/// \p A as a unified diff against the tree.
std::string adaptationDiff(const Adaptation &A, const LttngTree &Tree);

} // namespace lttng_tidy

#endif
