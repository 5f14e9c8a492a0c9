//===--- Audit.cpp - `lttng-tidy audit` -------------------------------------===//

#include "Audit.h"
#include "AuditParts.h"
#include "UntrustedInput.h"
#include "model/LttngTree.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <thread>

using namespace llvm;

namespace lttng_tidy {

namespace {

constexpr const char *Usage =
    "USAGE: lttng-tidy audit -p BUILD_DIR [options]\n\n"
    "Runs the lttng-* checks over the translation units of\n"
    "BUILD_DIR/compile_commands.json that define tracepoints (#define\n"
    "CREATE_TRACE_POINTS), and reports per TRACE_SYSTEM and per check. Each\n"
    "unit is checked in a worker process that runs the checks in process\n"
    "(the clang-tidy library linked into lttng-tidy) and skips the function\n"
    "bodies no check reads; --clang-tidy runs clang-tidy-19 with the plugin\n"
    "instead. Both give the same findings and fixes.\n\n"
    "OPTIONS:\n"
    "  -p BUILD_DIR            directory holding compile_commands.json\n"
    "  --lttng=DIR             an LTTng-modules tree: mirror status, mirror\n"
    "                          checks (the option LttngModulesDir)\n"
    "  --all-trace-units       also every unit that includes a trace header\n"
    "                          (<trace/events/...>, or a quoted *trace*.h)\n"
    "  -j N                    parallel units (default: all cores)\n"
    "  --format=human|json|sarif\n"
    "                          report form (default human)\n"
    "  -o FILE                 write the report to FILE (default stdout)\n"
    "  --export-fixes=FILE     all fix-its, as clang-tidy's YAML, for\n"
    "                          clang-apply-replacements\n"
    "  --source-root=DIR       SARIF locations relative to DIR\n"
    "  --checks=GLOB           checks to run (default -*,lttng-*)\n"
    "  --cache-dir=DIR         unit results cache (default\n"
    "                          BUILD_DIR/.lttng-tidy-cache)\n"
    "  --no-cache              neither read nor write the cache\n"
    "  --clang-tidy[=PATH]     run each unit in this clang-tidy 19 (default\n"
    "                          clang-tidy-19) with the plugin\n"
    "  --plugin=PATH           LttngTidyModule.so (implies --clang-tidy)\n"
    "  --keep-bodies           parse every function body (in process)\n"
    "  --quiet                 no progress line\n\n"
    "EXIT STATUS: 0 no findings, 1 findings, 2 usage or input errors\n"
    "(including a unit that could not be analysed; the report is still\n"
    "written).\n";

bool parseOptions(ArrayRef<const char *> Args, AuditOptions &O,
                  std::string &Error) {
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    auto Value = [&](StringRef Flag, std::string &Into) {
      if (A == Flag && I + 1 < Args.size()) {
        Into = Args[++I];
        return true;
      }
      if (A.consume_front((Flag + "=").str())) {
        Into = A.str();
        return true;
      }
      return false;
    };
    std::string Jobs;
    if (Value("-p", O.BuildDir) || Value("--lttng", O.LttngDir) ||
        Value("--format", O.Format) || Value("-o", O.Output) ||
        Value("--export-fixes", O.ExportFixes) ||
        Value("--source-root", O.SourceRoot) || Value("--checks", O.Checks) ||
        Value("--cache-dir", O.CacheDir) ||
        Value("--plugin", O.Plugin))
      continue;
    if (A == "--clang-tidy" || A.starts_with("--clang-tidy=")) {
      // The path is optional: `--clang-tidy`, `--clang-tidy PATH`, `=PATH`.
      if (A.consume_front("--clang-tidy="))
        O.ClangTidy = A.str();
      else if (I + 1 < Args.size() && !StringRef(Args[I + 1]).starts_with("-"))
        O.ClangTidy = Args[++I];
      O.UseClangTidy = true;
      continue;
    }
    if (Value("-j", Jobs)) {
      if (StringRef(Jobs).getAsInteger(10, O.Jobs) || O.Jobs == 0) {
        Error = "-j needs a positive number, not '" + Jobs + "'";
        return false;
      }
      continue;
    }
    if (A.starts_with("-j") && !A.substr(2).getAsInteger(10, O.Jobs) && O.Jobs)
      continue;
    if (A == "--all-trace-units")
      O.AllTraceUnits = true;
    else if (A == "--no-cache")
      O.NoCache = true;
    else if (A == "--keep-bodies")
      O.KeepBodies = true;
    else if (A == "--quiet" || A == "-q")
      O.Quiet = true;
    else {
      Error = "unexpected argument '" + A.str() + "'";
      return false;
    }
  }
  if (O.BuildDir.empty()) {
    Error = "-p BUILD_DIR is required";
    return false;
  }
  if (!is_contained({"human", "json", "sarif"}, O.Format)) {
    Error = "--format must be human, json or sarif, not '" + O.Format + "'";
    return false;
  }
  if (!O.Jobs)
    O.Jobs = std::max(1u, std::thread::hardware_concurrency());
  return true;
}

/// Whether \p Glob (clang-tidy's --checks) enables a check outside
/// lttng-*: a positive pattern that is not one of ours.
bool enablesOtherChecks(StringRef Glob) {
  SmallVector<StringRef> Patterns;
  Glob.split(Patterns, ',', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Patterns, [](StringRef P) {
    P = P.trim();
    return !P.empty() && !P.starts_with("-") && !P.starts_with("lttng-");
  });
}

int usageError(StringRef Message) {
  errs() << "lttng-tidy audit: error: " << Message << "\n\n" << Usage;
  return 2;
}

} // namespace

int runAudit(const char *Argv0, ArrayRef<const char *> Args) {
  if (llvm::is_contained(Args, StringRef("--help"))) {
    outs() << Usage;
    return 0;
  }
  AuditOptions O;
  std::string Error;
  if (!parseOptions(Args, O, Error))
    return usageError(Error);
  SmallString<256> Cwd;
  if (std::error_code EC = sys::fs::current_path(Cwd))
    return usageError("cannot read the current directory: " + EC.message());
  O.BuildDir = absolutePath(O.BuildDir, Cwd);
  O.Worker = sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&usageError));
  // A plugin named on the command line is the one to run.
  O.UseClangTidy |= !O.Plugin.empty();
  // The workers hold the lttng-* checks only: a glob that enables others
  // (linuxkernel-*, say) is run where those checks are, in clang-tidy.
  if (!O.UseClangTidy && enablesOtherChecks(O.Checks)) {
    O.UseClangTidy = true;
    if (!O.Quiet)
      errs() << "lttng-tidy audit: note: --checks enables checks besides "
                "lttng-*: each unit runs in clang-tidy with the plugin\n";
  }
  if (O.UseClangTidy) {
    if (O.Plugin.empty())
      O.Plugin = defaultPlugin(Argv0);
    if (!sys::fs::exists(O.Plugin))
      return usageError("the plugin '" + O.Plugin +
                        "' does not exist (--plugin)");
    if (!sys::fs::can_execute(O.ClangTidy))
      return usageError("'" + O.ClangTidy +
                        "' is not an executable clang-tidy (--clang-tidy)");
  }

  if (refuseCompileDatabase(O.BuildDir + "/compile_commands.json", "audit"))
    return 2;
  auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
      O.BuildDir + "/compile_commands.json", Error,
      clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB) {
    errs() << "lttng-tidy audit: error: cannot read " << O.BuildDir
           << "/compile_commands.json: " << Error << "\n";
    return 2;
  }
  ContentHashes Hashes;
  // v4: units are run from the rewritten database, in our workers or in
  // clang-tidy; a result holds for the program that made it; its inputs
  // include what its probes read.
  std::string Environment =
      "lttng-tidy audit v4\n" LTTNG_TIDY_VERSION "\n" + O.Checks + "\n" +
      (O.UseClangTidy ? O.ClangTidy + "\n" + Hashes.of(O.ClangTidy) + "\n" +
                            Hashes.of(O.Plugin)
                      : O.Worker + "\n" + Hashes.of(O.Worker) +
                            (O.KeepBodies ? "\nall bodies" : ""));
  if (!O.LttngDir.empty()) {
    O.LttngDir = absolutePath(O.LttngDir, Cwd);
    if (!LttngTree::open(O.LttngDir, Error)) {
      errs() << "lttng-tidy audit: error: " << Error << " (--lttng)\n";
      return 2;
    }
    Environment += "\n" + O.LttngDir + "\n" + treeFingerprint(O.LttngDir, Hashes);
  }

  auto Start = std::chrono::steady_clock::now();
  std::vector<Job> Jobs = selectUnits(*DB, O.AllTraceUnits);
  if (Jobs.empty()) {
    errs() << "lttng-tidy audit: error: no translation unit of " << O.BuildDir
           << "/compile_commands.json "
           << (O.AllTraceUnits ? "defines or uses tracepoints"
                               : "defines CREATE_TRACE_POINTS")
           << "\n";
    return 2;
  }

  if (O.CacheDir.empty())
    O.CacheDir = O.BuildDir + "/.lttng-tidy-cache";
  if (!O.NoCache && sys::fs::create_directories(O.CacheDir)) {
    errs() << "lttng-tidy audit: warning: cannot create the cache '"
           << O.CacheDir << "'; running without it\n";
    O.NoCache = true;
  }
  std::vector<Job *> Pending;
  for (Job &J : Jobs) {
    J.Key = cacheKey(J, Environment);
    if (O.NoCache || !loadCached(J, O.CacheDir, Hashes))
      Pending.push_back(&J);
  }

  SmallString<256> TempDir;
  if (std::error_code EC = sys::fs::createUniqueDirectory("lttng_tidy_audit", TempDir)) {
    errs() << "lttng-tidy audit: error: no temporary directory: " << EC.message() << "\n";
    return 2;
  }
  if (!Pending.empty() && !writeRewrittenDatabase(O, TempDir))
    return 2;
  runUnits(O, TempDir, Pending, Jobs.size());
  if (std::error_code EC = sys::fs::remove_directories(TempDir))
    errs() << "lttng-tidy audit: warning: cannot remove " << TempDir << ": "
           << EC.message() << "\n";

  AuditResult R;
  R.BuildDir = O.BuildDir;
  R.LttngTree = O.LttngDir;
  mergeUnits(Jobs, R, [&](const Job &J, const AuditUnit &Recorded) {
    // A unit that failed is never kept: the next run tries it again.
    if (!J.Unit.FromCache && !O.NoCache && Recorded.Error.empty())
      storeCached(J, O.CacheDir, Hashes);
  });
  R.WallSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();

  std::unique_ptr<raw_fd_ostream> File;
  if (!O.Output.empty()) {
    std::error_code EC;
    File = std::make_unique<raw_fd_ostream>(O.Output, EC);
    if (EC) {
      errs() << "lttng-tidy audit: error: cannot write '" << O.Output
             << "': " << EC.message() << "\n";
      return 2;
    }
  }
  raw_ostream &OS = File ? *File : outs();
  if (O.Format == "json")
    OS << formatv("{0:2}", jsonReport(R)) << "\n";
  else if (O.Format == "sarif")
    OS << formatv("{0:2}", sarifReport(R, O.SourceRoot)) << "\n";
  else
    printHumanReport(R, OS);
  if (!O.ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream Fixes(O.ExportFixes, EC);
    if (EC) {
      errs() << "lttng-tidy audit: error: cannot write '" << O.ExportFixes
             << "': " << EC.message() << "\n";
      return 2;
    }
    writeExportedFixes(R, Fixes);
  }
  if (R.failedUnits())
    return 2;
  return R.Findings.empty() ? 0 : 1;
}

} // namespace lttng_tidy
