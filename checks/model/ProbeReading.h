//===--- ProbeReading.h - How a kernel unit reads its probes --*- C++ -*-===//
//
// With an LTTng-modules tree (option LttngModulesDir), a kernel unit is
// read with the probes that mirror its trace headers: each kernel
// definition pairs with the probe of its header (LttngTree::probeFor, the
// one answer to "which probe mirrors this header"), and each probe is
// compiled with the unit's own flags plus what LTTng's Kbuild adds. One
// service for the checks (in clang-tidy's plugin and in the audit's
// in-process workers, which run the same checks) and for `generate`.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_PROBEREADING_H
#define LTTNG_TIDY_MODEL_PROBEREADING_H

#include "model/LttngTree.h"
#include "model/TracepointModel.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
class Preprocessor;
class SourceManager;
} // namespace clang

namespace lttng_tidy {

/// A kernel definition and the probe of the tree that mirrors its header.
struct PairedProbe {
  const TracepointDefinition *Kernel = nullptr;
  const LttngProbe *Probe = nullptr; ///< null: no probe mirrors the header
};

/// Each kernel definition of \p Model, in the model's order, with its probe.
std::vector<PairedProbe> pairWithProbes(const TracepointModel &Model,
                                        const LttngTree &Tree);

/// A syntax-only compilation of \p Input with the flags of \p PP's unit,
/// function bodies skipped where the consumer allows (FunctionBodies.h).
std::shared_ptr<clang::CompilerInvocation>
invocationLike(const clang::Preprocessor &PP, llvm::StringRef Input);

/// The compilation that reads \p Probe for \p PP's unit: the unit's own
/// flags (its kernel, its configuration) plus LTTng's include directories
/// and version macros, as LTTng's Kbuild adds them. A unit Kbuild compiled
/// names its module (KBUILD_MODNAME and the like, MODULE when it is one):
/// the probe gets the names Kbuild gives LTTng's probe module instead.
std::shared_ptr<clang::CompilerInvocation>
probeInvocation(const clang::Preprocessor &PP, const LttngTree &Tree,
                const LttngProbe &Probe, const KernelVersion &Version);

/// The options of \p Invocation that shape a parse, as text: the ones
/// invocationLike copies from the unit, less the include directories
/// \p OwnEntries (as spelled).
std::string parseOptionsText(const clang::CompilerInvocation &Invocation,
                             const std::vector<std::string> &OwnEntries);

/// Every file \p SM entered, by absolute path (the real one where known).
std::vector<std::string> filesEntered(const clang::SourceManager &SM);

/// The include directories Kbuild gives \p PP's unit alone: its source
/// directory and, in a build with O=, the same directory of the object
/// tree. As spelled in the command, and absolute.
struct UnitOwnDirectories {
  std::vector<std::string> Spelled;
  std::vector<std::string> Absolute;
};
UnitOwnDirectories unitOwnDirectories(const clang::Preprocessor &PP);

/// The kernel tree the unit is built against: the parent of the first
/// include directory called "include" that holds linux/tracepoint.h (the
/// kernel's -I<tree>/include); empty when there is none.
std::string kernelRootOf(const clang::Preprocessor &PP);

/// \p Probe's text with `#include "KernelHeader"` before its mirror part
/// (the line defining LTTNG_PACKAGE_BUILD or CREATE_TRACE_POINTS, else the
/// mirror's #include), where LTTng's probes include the kernel header.
std::string withHeaderBeforeMirror(llvm::StringRef Probe,
                                   llvm::StringRef MirrorInclude,
                                   llvm::StringRef KernelHeader);

} // namespace lttng_tidy

#endif
