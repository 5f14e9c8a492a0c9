//===--- ProbePrefixes.h - The leading headers of a unit's probes -*- C++ -*-===//
//
// In the audit's workers, a kernel unit that reads several LTTng probes
// parses the `#include` lines they all begin with once, as a precompiled
// prefix (model/PrecompiledPrefix.h), and reads each probe on top of it.
// Probes are grouped by directory (a quoted include is looked up beside
// its file). Building a prefix costs about two parses of its headers (the
// parse, then writing it out), and a read on it, which finds the prefix's
// declarations by name, costs about half a plain read: two probes already
// gain (kernel/sched/core.c reads sched and power: 1.34 s to 1.24 s), a
// lone probe is read as before. The
// clang-tidy plugin never does this: its reads stay plain, and
// integration.audit-paths-identical compares the two.
//
// With LTTNG_TIDY_TRACE_PROBE_PREFIXES set in the environment, the worker
// says on stderr which prefixes it built and which reads used them.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_CHECKS_PROBEPREFIXES_H
#define LTTNG_TIDY_CHECKS_PROBEPREFIXES_H

#include "SharedProbeReads.h"
#include "model/LttngTree.h"
#include "model/PrecompiledPrefix.h"
#include "model/TracepointModel.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <memory>
#include <vector>

namespace clang {
class Preprocessor;
} // namespace clang

namespace clang::tidy::lttng {

/// A prefix, and what the shared reads' include watcher saw while it was
/// built (its lookups are the reads' too).
struct ProbePrefix {
  std::unique_ptr<lttng_tidy::PrecompiledPrefix> Built;
  ProbeRead Watched;
};

/// Says \p What on stderr when LTTNG_TIDY_TRACE_PROBE_PREFIXES is set.
void traceProbePrefixes(const llvm::Twine &What);

class ProbePrefixes {
public:
  /// Builds the prefixes of the probes \p ToParse, which the unit of \p PP
  /// is about to parse. With \p OwnDirs (reads are shared), each build
  /// watches the include lookups as a shared read does.
  ProbePrefixes(const Preprocessor &PP, const lttng_tidy::LttngTree &Tree,
                const std::vector<const lttng_tidy::LttngProbe *> &ToParse,
                const lttng_tidy::KernelVersion &Version,
                const std::vector<std::string> *OwnDirs);

  /// The prefix \p Probe is read on, or null.
  const ProbePrefix *forProbe(const lttng_tidy::LttngProbe &Probe) const;

private:
  std::vector<std::unique_ptr<ProbePrefix>> Prefixes;
  llvm::StringMap<const ProbePrefix *> ByProbe;
};

} // namespace clang::tidy::lttng

#endif
