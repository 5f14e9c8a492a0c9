//===--- AuditParts.h - Shared by the parts of the audit ------*- C++ -*-===//
//
// The audit, one file per job: Audit.cpp (options and the run),
// AuditSelection.cpp (which units), AuditCache.cpp (unit results kept by
// the contents of what they read), AuditExecution.cpp (the workers that
// check the units), AuditMerge.cpp (one result from the units') and
// AuditReport.cpp (the report's forms).
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_AUDITPARTS_H
#define LTTNG_TIDY_TOOL_AUDITPARTS_H

#include "AuditResult.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <string>
#include <vector>

namespace lttng_tidy {

/// What the command line asked for.
struct AuditOptions {
  std::string BuildDir, LttngDir, Format = "human", Output, ExportFixes;
  /// Where clang-tidy finds the database: the audit's rewritten copy.
  std::string DatabaseDir;
  std::string CacheDir, ClangTidy = LTTNG_TIDY_CLANG_TIDY, Plugin;
  std::string Checks = "-*,lttng-*", SourceRoot;
  bool AllTraceUnits = false, NoCache = false, Quiet = false;
  /// Units run in clang-tidy with the plugin, not in lttng-tidy workers.
  bool UseClangTidy = false;
  bool KeepBodies = false;
  /// This program, which the workers run (`lttng-tidy audit-unit`).
  std::string Worker;
  unsigned Jobs = 0;
};

/// A unit to analyse and where its result goes.
struct Job {
  clang::tooling::CompileCommand Command;
  std::string File; ///< absolute
  std::string Key;  ///< the cache key: everything but the files it reads
  AuditUnit Unit;
  std::string ExportJson, FixesYaml; ///< the unit's result, as text
};

/// \p Path made absolute against \p Base, without . and .. components.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base);
/// Removes a scratch file of the audit's own; one left behind (in the
/// temporary directory or the cache) is harmless, so failure is ignored.
void removeScratch(const llvm::Twine &Path);

// Selection (AuditSelection.cpp).

/// The units that define tracepoints, or also include trace headers.
std::vector<Job> selectUnits(const clang::tooling::CompilationDatabase &DB,
                             bool AllTraceUnits);

// The cache (AuditCache.cpp).

/// Content hashes of the files the audit reads, each file read once.
class ContentHashes {
public:
  /// The hash of \p Path's contents; empty when it cannot be read.
  std::string of(llvm::StringRef Path);

private:
  llvm::StringMap<std::string> Hashes;
};

/// One hash of an LTTng-modules tree's layout: the names of its source
/// files and the contents of those that pair kernel headers with probes
/// (the .c files, Kbuild). A header's contents are left out: every header a
/// unit's probes read is among the unit's cached inputs, so a fixed mirror
/// invalidates only the units that read it.
std::string treeFingerprint(llvm::StringRef Root, ContentHashes &Hashes);
/// A unit's key: everything that is not a file it reads.
std::string cacheKey(const Job &J, llvm::StringRef Environment);
/// A cached result still holds when every file the unit read is unchanged.
bool loadCached(Job &J, llvm::StringRef CacheDir, ContentHashes &Hashes);
void storeCached(const Job &J, llvm::StringRef CacheDir, ContentHashes &Hashes);

// Execution (AuditExecution.cpp).

/// The database the workers read: the audit's copy in \p TempDir,
/// rewritten for clang; false (with the error printed) when impossible.
bool writeRewrittenDatabase(AuditOptions &O, llvm::StringRef TempDir);
/// The plugin beside this program (installed or in the build tree).
std::string defaultPlugin(const char *Argv0);
/// Checks \p Pending, -j at a time, each in a worker (or clang-tidy);
/// \p Total counts every unit, for the progress line.
void runUnits(const AuditOptions &O, llvm::StringRef TempDir,
              std::vector<Job *> &Pending, size_t Total);

// Merging (AuditMerge.cpp).

/// Merges \p Jobs into \p R, each tracepoint and finding once, and calls
/// \p Merged with each unit as it was recorded.
void mergeUnits(std::vector<Job> &Jobs, AuditResult &R,
                llvm::function_ref<void(const Job &, const AuditUnit &)> Merged);

} // namespace lttng_tidy

#endif
