//===--- AuditResult.h - What `lttng-tidy audit` found --------------------===//
//
// The audit's merged result over all the translation units it analysed:
// the tracepoints (each once, however many units read its header), the
// findings of the lttng-* checks (deduplicated the same way) and the units
// with their status. The reports (human, JSON, SARIF, exported fixes) are
// all written from this.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_AUDITRESULT_H
#define LTTNG_TIDY_TOOL_AUDITRESULT_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <string>
#include <vector>

namespace lttng_tidy {

struct AuditPlace {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

struct AuditTracepoint {
  std::string Name, System, Side, Macro, Shape, Class, Wrapper;
  AuditPlace At;
  bool DefinesTracepoint = false;
  /// "mirrored", "missing" or "unknown" (no LTTng tree to tell); kernel
  /// tracepoints only.
  std::string Mirror;
};

struct AuditNote {
  std::string Message;
  AuditPlace At;
};

struct AuditFinding {
  std::string Check, Level, Message;
  AuditPlace At;
  std::vector<AuditNote> Notes;
  /// The diagnostic as clang-tidy exported it, fix-its included.
  clang::tooling::Diagnostic Exported;
  bool HasFix = false;
};

struct AuditUnit {
  std::string File;
  bool FromCache = false;
  /// Empty when the unit was analysed without errors; otherwise what went
  /// wrong ("not analysed: ..." when it gave no result at all).
  std::string Error;
  double Seconds = 0;
  uint64_t PeakMemoryKiB = 0;
};

/// A compiler error of an analysed unit, listed once however many units
/// share it (one broken header breaks them all).
struct AuditCompileError {
  AuditPlace At; ///< no file: an error of clang's driver
  std::string Message;
  std::vector<std::string> Units;
  /// In a mirror, or a tracepoint's prototype in conflict: drift that the
  /// findings report. Otherwise outside the checks' scope (LTTng's core,
  /// its wrappers of kernel APIs, a kernel header, the unit's own code):
  /// listed apart, never counted as found.
  bool Tracepoint = false;
};

struct AuditResult {
  std::string BuildDir, LttngTree;
  std::vector<AuditUnit> Units;
  std::vector<AuditTracepoint> Tracepoints;
  std::vector<AuditFinding> Findings;
  std::vector<AuditCompileError> CompileErrors;
  double WallSeconds = 0;

  unsigned failedUnits() const;
  /// The TRACE_SYSTEM a finding belongs to: that of the tracepoint
  /// defined where it points, or of the first one in its file.
  std::string systemOf(const AuditFinding &F) const;
};

/// Sorts each compile error into tracepoint drift or outside the checks'
/// scope, from the tracepoints of every unit (call once all are merged).
void classifyCompileErrors(AuditResult &R);

/// The output forms of the audit.
void printHumanReport(const AuditResult &R, llvm::raw_ostream &OS);
llvm::json::Value jsonReport(const AuditResult &R);
/// SARIF 2.1.0; \p SourceRoot, when set, makes file locations relative to
/// it (uriBaseId SRCROOT), as code-scanning services want them.
llvm::json::Value sarifReport(const AuditResult &R, llvm::StringRef SourceRoot);
/// clang-tidy's exported-fixes YAML, for clang-apply-replacements.
void writeExportedFixes(const AuditResult &R, llvm::raw_ostream &OS);

} // namespace lttng_tidy

#endif
