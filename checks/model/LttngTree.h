//===--- LttngTree.h - An LTTng-modules source tree -----------------------===//
//
// Finds an LTTng-modules tree's layout (2.13+: include/instrumentation/
// events and src/probes; 2.12 and earlier: instrumentation/events/
// lttng-module and probes) and reads its probes to pair each kernel trace
// header with the probe that mirrors it: the probe includes the kernel
// header first, then its mirror. Pairing by the probes' own includes, not
// by TRACE_SYSTEM, follows LTTng's renamed providers (vmscan / mm_vmscan,
// sunrpc / rpc, irq_vectors / x86_irq_vectors).
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_LTTNGTREE_H
#define LTTNG_TIDY_MODEL_LTTNGTREE_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lttng_tidy {

enum class LttngLayout { Modern, Legacy }; ///< 2.13 and later; 2.12 and earlier

struct LttngProbe {
  std::string Path;          ///< the probe's .c file
  std::string KernelInclude; ///< as spelled: "trace/events/sched.h"
  std::string MirrorInclude; ///< "instrumentation/events/sched.h"
};

class LttngTree {
public:
  /// Reads the tree at \p Root; an error message when it is not one.
  static std::optional<LttngTree> open(llvm::StringRef Root,
                                       std::string &Error);

  LttngLayout layout() const { return Layout; }
  llvm::StringRef root() const { return Root; }
  /// Include directories a probe is built with.
  std::vector<std::string> includeDirs() const;
  const std::vector<LttngProbe> &probes() const { return Probes; }
  /// The probe that mirrors \p KernelHeader, or null: the one whose
  /// mirror's path names it by LTTng's layout, else the one whose kernel
  /// include names it (the longest such include). The one answer to "which
  /// probe mirrors this header", for kernel units and probe units alike.
  const LttngProbe *probeFor(llvm::StringRef KernelHeader) const;
  /// The probe read from \p Path (any spelling of it), or null.
  const LttngProbe *probeAt(llvm::StringRef Path) const;

  /// The tree at \p Root, opened once per process; null (and \p Error)
  /// when it is none.
  static const LttngTree *cached(llvm::StringRef Root, std::string &Error);
  /// The root of the tree a probe source lies in (above src/probes/ or
  /// probes/), or empty.
  static std::string rootOfProbe(llvm::StringRef ProbePath);
  /// The LTTng-modules tree (either layout) a file lies in, or empty.
  static std::string rootContaining(llvm::StringRef Path);

private:
  std::string Root;
  LttngLayout Layout = LttngLayout::Modern;
  std::vector<LttngProbe> Probes;
};

/// The kernel and mirror includes of one probe source, or nothing when it
/// is not a mirror probe.
/// The kernel header a mirror include stands for, by LTTng's layout:
/// "instrumentation/events/sched.h" mirrors "trace/events/sched.h",
/// "instrumentation/events/arch/x86/kvm/trace.h" mirrors
/// "arch/x86/kvm/trace.h" (a probe of an arch header may not include it);
/// empty when \p MirrorInclude is no mirror include.
std::string mirroredHeader(llvm::StringRef MirrorInclude);

std::optional<LttngProbe> parseProbeSource(llvm::StringRef Path,
                                           llvm::StringRef Text);

} // namespace lttng_tidy

#endif
