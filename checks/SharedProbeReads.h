//===--- SharedProbeReads.h - One read of a probe for every unit -*- C++ -*-===//
//
// A kernel unit read with LttngModulesDir parses each LTTng probe that
// mirrors one of its trace headers. Units of one kernel build read the
// same probe with the same flags, except the few Kbuild gives each unit
// (its module name, its own directories), so the audit's workers share
// each read through a directory: the first worker to read a probe keeps
// what the unit keeps of it (the findings on the mirror, the mirrors it
// defines, the kernel headers it read), and a later unit whose command is
// the same takes it instead of parsing the probe again.
//
// A read is taken only where it cannot differ from a parse:
//  - the key is the probe's whole compile command (clang's -cc1 line), less
//    the unit's own include directories, plus the checks and their options;
//  - a probe that found a file in the unit's own directories is not shared;
//    the include names a later directory resolved (or none did) are kept,
//    and a unit with a file of that name in its own directories parses;
//  - what the checks asked of the reading unit (whether it defines a
//    kernel tracepoint) is kept with the answers, and a unit that answers
//    otherwise parses.
// Only the audit's workers share (a directory per audit run); clang-tidy's
// plugin always parses.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_CHECKS_SHAREDPROBEREADS_H
#define LTTNG_TIDY_CHECKS_SHAREDPROBEREADS_H

#include "TracepointModelCheck.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
class Preprocessor;
class PPCallbacks;
} // namespace clang

namespace clang::tidy::lttng {

/// A question a check asked of the kernel unit a probe was read for, and
/// the unit's answer.
struct UnitQuery {
  std::string Tracepoint; ///< empty: whether it defines any kernel tracepoint
  bool Answer = false;
};

/// What a kernel unit keeps of reading one probe.
struct ProbeRead {
  std::vector<std::string> Mirrors;       ///< the probe's mirror names
  std::vector<std::string> KernelHeaders; ///< normalised paths it read
  /// Every file the read entered, absolute: the audit's cache checks them.
  std::vector<std::string> FilesRead;
  llvm::json::Array Definitions;          ///< its mirrors, as the audit lists them
  std::map<std::string, std::vector<StableFinding>> Findings; ///< by check
  std::vector<UnitQuery> Queries;
  /// Include names that a directory of the unit's own, searched before
  /// the one that resolved them (or where none did), could resolve.
  std::vector<std::string> ShadowableIncludes;
  /// False when the probe found a file in the unit's own directories.
  bool Shareable = true;
};

class SharedProbeReads {
public:
  /// Shares the reads through \p Dir from now on (the audit's workers).
  static void useDirectory(llvm::StringRef Dir);
  /// The store, or null when reads are not shared.
  static SharedProbeReads *get();

  /// The key of reading the probe \p Probe describes, in \p WorkingDir,
  /// for a unit whose own include directories are spelled \p OwnEntries
  /// (as in its command), by \p Checks.
  static std::string key(const CompilerInvocation &Probe,
                         llvm::StringRef WorkingDir,
                         const std::vector<std::string> &OwnEntries,
                         const std::vector<TracepointModelCheck *> &Checks);

  /// The read kept under \p Key, if the unit may take it: \p Answer gives
  /// the unit's answer to a query, \p OwnDirs are its own directories
  /// (absolute).
  std::optional<ProbeRead>
  find(llvm::StringRef Key, const std::vector<std::string> &OwnDirs,
       llvm::function_ref<bool(const UnitQuery &)> Answer) const;

  /// Keeps \p Read under \p Key (a read that is not shareable is not kept).
  void keep(llvm::StringRef Key, const ProbeRead &Read) const;

  /// Watches the probe's include lookups, for \p Read's Shareable and
  /// ShadowableIncludes.
  static std::unique_ptr<PPCallbacks>
  includeWatcher(const Preprocessor &ProbePP,
                 const std::vector<std::string> &OwnDirs, ProbeRead &Read);

private:
  explicit SharedProbeReads(std::string Dir) : Dir(std::move(Dir)) {}
  std::string pathOf(llvm::StringRef Key) const;
  std::string Dir;
};

} // namespace clang::tidy::lttng

#endif
