//===--- AuditReport.cpp - The audit's reports ----------------------------===//

#include "AuditResult.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace llvm;

namespace lttng_tidy {

namespace {
// What each check finds, for the SARIF rules (the docs pages say more).
const std::pair<const char *, const char *> CheckSummaries[] = {
    {"lttng-assign-narrowing",
     "A store in a kernel TP_fast_assign that the field cannot hold"},
    {"lttng-field-type-mismatch",
     "A ctf_* field narrower than, or of another sign or kind than, its "
     "source"},
    {"lttng-missing-mirror",
     "A kernel tracepoint with no LTTng mirror for the analysed kernel"},
    {"lttng-proto-mismatch",
     "An LTTng mirror whose TP_PROTO differs from the kernel's"},
    {"lttng-stale-mirror",
     "An LTTng mirror with no kernel tracepoint for the analysed kernel"},
    {"lttng-tracepoint-naming",
     "A tracepoint name that does not follow <TRACE_SYSTEM>_<name>"},
};

struct SystemCounts {
  unsigned Tracepoints = 0, Mirrored = 0, Missing = 0, Findings = 0;
};

std::map<std::string, SystemCounts> countBySystem(const AuditResult &R) {
  std::map<std::string, SystemCounts> Systems;
  for (const AuditTracepoint &T : R.Tracepoints) {
    if (T.Side != "kernel" || !T.DefinesTracepoint)
      continue;
    SystemCounts &C = Systems[T.System.empty() ? "(none)" : T.System];
    ++C.Tracepoints;
    C.Mirrored += T.Mirror == "mirrored";
    C.Missing += T.Mirror == "missing";
  }
  for (const AuditFinding &F : R.Findings)
    ++Systems[R.systemOf(F)].Findings;
  return Systems;
}

std::map<std::string, unsigned> countByCheck(const AuditResult &R) {
  std::map<std::string, unsigned> Checks;
  for (const AuditFinding &F : R.Findings)
    ++Checks[F.Check];
  return Checks;
}

json::Object placeJson(const AuditPlace &P) {
  return json::Object{{"file", P.File},
                      {"line", static_cast<int64_t>(P.Line)},
                      {"column", static_cast<int64_t>(P.Column)}};
}
} // namespace

unsigned AuditResult::failedUnits() const {
  return count_if(Units, [](const AuditUnit &U) { return !U.Error.empty(); });
}

std::string AuditResult::systemOf(const AuditFinding &F) const {
  const AuditTracepoint *SameFile = nullptr;
  for (const AuditTracepoint &T : Tracepoints) {
    if (T.At.File != F.At.File)
      continue;
    if (T.At.Line == F.At.Line)
      return T.System.empty() ? "(none)" : T.System;
    if (!SameFile)
      SameFile = &T;
  }
  if (SameFile && !SameFile->System.empty())
    return SameFile->System;
  return "(none)";
}

void classifyCompileErrors(AuditResult &R) {
  StringSet<> MirrorFiles, Names;
  for (const AuditTracepoint &T : R.Tracepoints) {
    if (T.Side == "lttng")
      MirrorFiles.insert(T.At.File);
    Names.insert(T.Name);
  }
  // The probe's stages declare each event's prototype again (trace_X, and
  // LTTng's __event_template_proto___X for a class's instances): a
  // conflict there is a mirror's prototype that no longer matches.
  static const Regex Conflict(
      "^conflicting types for '(trace_|__event_template_proto___)?([A-Za-z0-9_]+)'");
  for (AuditCompileError &E : R.CompileErrors) {
    SmallVector<StringRef, 3> Match;
    E.Tracepoint = MirrorFiles.count(E.At.File) ||
                   (Conflict.match(E.Message, &Match) && Names.count(Match[2]));
  }
}

namespace {
void printCompileErrors(const AuditResult &R, raw_ostream &OS) {
  unsigned Drift = count_if(R.CompileErrors, [](const AuditCompileError &E) {
    return E.Tracepoint;
  });
  size_t Outside = R.CompileErrors.size() - Drift;
  if (Outside) {
    OS << "\nCompile errors outside the checks' scope (not tracepoint drift: "
          "LTTng's core, its wrappers of kernel APIs, kernel headers, the "
          "units' own code), "
       << Outside << ":\n";
    for (const AuditCompileError &E : R.CompileErrors) {
      if (E.Tracepoint)
        continue;
      OS << "  ";
      if (!E.At.File.empty())
        OS << E.At.File << ":" << E.At.Line << ":" << E.At.Column << ": ";
      OS << "error: " << E.Message << " (" << E.Units.front();
      if (E.Units.size() > 1)
        OS << " and " << E.Units.size() - 1 << " other unit"
           << (E.Units.size() == 2 ? "" : "s");
      OS << ")\n";
    }
  }
  if (Drift)
    OS << "\n"
       << Drift << " compile error" << (Drift == 1 ? "" : "s")
       << " in tracepoint definitions (a mirror, or a prototype in "
          "conflict): tracepoint drift, in the checks' scope\n";
}
} // namespace

void printHumanReport(const AuditResult &R, raw_ostream &OS) {
  for (const AuditFinding &F : R.Findings)
    OS << F.At.File << ":" << F.At.Line << ":" << F.At.Column << ": "
       << F.Level << ": " << F.Message << " [" << F.Check << "]\n";
  for (const AuditUnit &U : R.Units)
    if (!U.Error.empty())
      OS << U.File << ": error: " << U.Error << "\n";
  printCompileErrors(R, OS);

  std::map<std::string, SystemCounts> Systems = countBySystem(R);
  OS << "\nPer TRACE_SYSTEM:\n"
     << format("  %-28s %11s %9s %8s %9s\n", static_cast<const char *>("system"),
               static_cast<const char *>("tracepoints"),
               static_cast<const char *>("mirrored"),
               static_cast<const char *>("missing"),
               static_cast<const char *>("findings"));
  SystemCounts Total;
  for (const auto &[Name, C] : Systems) {
    OS << format("  %-28s %11u %9u %8u %9u\n", Name.c_str(), C.Tracepoints,
                 C.Mirrored, C.Missing, C.Findings);
    Total.Tracepoints += C.Tracepoints;
    Total.Mirrored += C.Mirrored;
    Total.Missing += C.Missing;
    Total.Findings += C.Findings;
  }
  OS << format("  %-28s %11u %9u %8u %9u\n",
               static_cast<const char *>("total"), Total.Tracepoints,
               Total.Mirrored, Total.Missing, Total.Findings);
  OS << "\nPer check:\n";
  std::map<std::string, unsigned> Checks = countByCheck(R);
  for (const auto &[Check, Summary] : CheckSummaries)
    OS << format("  %-28s %9u\n", Check, Checks.count(Check) ? Checks[Check] : 0);
  unsigned Cached = count_if(R.Units, [](const AuditUnit &U) { return U.FromCache; });
  OS << "\n"
     << R.Units.size() << " translation units (" << Cached << " from the cache, "
     << R.failedUnits() << " with errors), " << Total.Tracepoints
     << " tracepoints in " << Systems.size() << " systems, "
     << R.Findings.size() << " findings, "
     << format("%.1f", R.WallSeconds) << " s"
     << (R.LttngTree.empty() ? std::string(", no LTTng-modules tree given")
                             : ", LTTng-modules tree " + R.LttngTree)
     << "\n";
}

json::Value jsonReport(const AuditResult &R) {
  json::Array Units;
  for (const AuditUnit &U : R.Units) {
    json::Object O{{"file", U.File},
                   {"cached", U.FromCache},
                   {"seconds", U.Seconds},
                   {"peak_memory_kib", static_cast<int64_t>(U.PeakMemoryKiB)}};
    if (!U.Error.empty())
      O["error"] = U.Error;
    Units.push_back(std::move(O));
  }
  json::Array Tracepoints;
  for (const AuditTracepoint &T : R.Tracepoints) {
    json::Object O{{"name", T.Name},       {"system", T.System},
                   {"side", T.Side},       {"kind", T.Macro},
                   {"shape", T.Shape},     {"header", T.At.File},
                   {"line", static_cast<int64_t>(T.At.Line)},
                   {"defines_tracepoint", T.DefinesTracepoint}};
    if (!T.Class.empty())
      O["class"] = T.Class;
    if (!T.Wrapper.empty())
      O["wrapper"] = T.Wrapper;
    if (!T.Mirror.empty())
      O["mirror"] = T.Mirror;
    Tracepoints.push_back(std::move(O));
  }
  json::Array Findings;
  for (const AuditFinding &F : R.Findings) {
    json::Object O = placeJson(F.At);
    O["check"] = F.Check;
    O["level"] = F.Level;
    O["message"] = F.Message;
    O["system"] = R.systemOf(F);
    O["has_fix"] = F.HasFix;
    json::Array Notes;
    for (const AuditNote &N : F.Notes) {
      json::Object NO = placeJson(N.At);
      NO["message"] = N.Message;
      Notes.push_back(std::move(NO));
    }
    O["notes"] = std::move(Notes);
    Findings.push_back(std::move(O));
  }
  json::Object Systems;
  for (const auto &[Name, C] : countBySystem(R))
    Systems[Name] = json::Object{{"tracepoints", C.Tracepoints},
                                 {"mirrored", C.Mirrored},
                                 {"missing", C.Missing},
                                 {"findings", C.Findings}};
  json::Object Checks;
  for (const auto &[Name, N] : countByCheck(R))
    Checks[Name] = N;
  json::Array CompileErrors;
  for (const AuditCompileError &E : R.CompileErrors) {
    json::Object O = placeJson(E.At);
    O["message"] = E.Message;
    O["scope"] = E.Tracepoint ? "tracepoint" : "outside";
    O["units"] = json::Array(E.Units);
    CompileErrors.push_back(std::move(O));
  }
  return json::Object{
      {"tool", json::Object{{"name", "lttng-tidy"}, {"version", LTTNG_TIDY_VERSION}}},
      {"build_dir", R.BuildDir},
      {"lttng_tree", R.LttngTree},
      {"wall_seconds", R.WallSeconds},
      {"units", std::move(Units)},
      {"tracepoints", std::move(Tracepoints)},
      {"findings", std::move(Findings)},
      {"compile_errors", std::move(CompileErrors)},
      {"summary", json::Object{{"systems", std::move(Systems)},
                               {"checks", std::move(Checks)}}}};
}

namespace {
/// A SARIF artifact location: relative to SRCROOT when under it.
json::Object sarifLocation(const AuditPlace &P, StringRef SourceRoot) {
  json::Object Artifact;
  StringRef File = P.File;
  if (!SourceRoot.empty() && File.starts_with(SourceRoot) &&
      File.size() > SourceRoot.size() &&
      sys::path::is_separator(File[SourceRoot.size()])) {
    Artifact["uri"] = File.substr(SourceRoot.size() + 1).str();
    Artifact["uriBaseId"] = "SRCROOT";
  } else {
    Artifact["uri"] = "file://" + P.File;
  }
  json::Object Region{{"startLine", static_cast<int64_t>(P.Line)}};
  if (P.Column)
    Region["startColumn"] = static_cast<int64_t>(P.Column);
  return json::Object{
      {"physicalLocation", json::Object{{"artifactLocation", std::move(Artifact)},
                                        {"region", std::move(Region)}}}};
}
} // namespace

json::Value sarifReport(const AuditResult &R, StringRef SourceRoot) {
  json::Array Rules;
  std::map<std::string, int64_t> RuleIndex;
  for (const auto &[Check, Summary] : CheckSummaries) {
    RuleIndex[Check] = static_cast<int64_t>(Rules.size());
    Rules.push_back(json::Object{
        {"id", Check},
        {"shortDescription", json::Object{{"text", Summary}}},
        {"help", json::Object{{"text", std::string("lttng-tidy docs: "
                                                   "docs/checks/") +
                                           Check + ".md"}}}});
  }
  json::Array Results;
  for (const AuditFinding &F : R.Findings) {
    json::Object O{{"ruleId", F.Check},
                   {"level", F.Level == "error"     ? "error"
                             : F.Level == "warning" ? "warning"
                                                    : "note"},
                   {"message", json::Object{{"text", F.Message}}},
                   {"locations", json::Array{sarifLocation(F.At, SourceRoot)}}};
    if (RuleIndex.count(F.Check))
      O["ruleIndex"] = RuleIndex[F.Check];
    json::Array Related;
    for (const AuditNote &N : F.Notes) {
      json::Object L = sarifLocation(N.At, SourceRoot);
      L["message"] = json::Object{{"text", N.Message}};
      Related.push_back(std::move(L));
    }
    if (!Related.empty())
      O["relatedLocations"] = std::move(Related);
    Results.push_back(std::move(O));
  }
  json::Object Run{
      {"tool", json::Object{{"driver",
                             json::Object{{"name", "lttng-tidy"},
                                          {"version", LTTNG_TIDY_VERSION},
                                          {"rules", std::move(Rules)}}}}},
      {"results", std::move(Results)}};
  // Units with errors: the run did not fully succeed, and says where.
  json::Array Notifications;
  for (const AuditUnit &U : R.Units)
    if (!U.Error.empty()) {
      json::Object Location = sarifLocation({U.File, 1, 0}, SourceRoot);
      json::Object *Physical = Location.getObject("physicalLocation");
      Physical->erase("region");
      Notifications.push_back(
          json::Object{{"level", "error"},
                       {"message", json::Object{{"text", U.Error}}},
                       {"locations", json::Array{std::move(Location)}}});
    }
  Run["invocations"] = json::Array{json::Object{
      {"executionSuccessful", Notifications.empty()},
      {"toolExecutionNotifications", std::move(Notifications)}}};
  if (!SourceRoot.empty())
    Run["originalUriBaseIds"] = json::Object{
        {"SRCROOT", json::Object{{"uri", "file://" + SourceRoot.str() + "/"}}}};
  return json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{std::move(Run)}}};
}

void writeExportedFixes(const AuditResult &R, raw_ostream &OS) {
  clang::tooling::TranslationUnitDiagnostics All;
  All.MainSourceFile = "";
  for (const AuditFinding &F : R.Findings)
    All.Diagnostics.push_back(F.Exported);
  yaml::Output YAML(OS);
  YAML << All;
}

} // namespace lttng_tidy
