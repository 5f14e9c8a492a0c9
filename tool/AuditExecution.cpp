//===--- AuditExecution.cpp - The workers that check the units ------------===//

#include "AuditParts.h"
#include "AuditWorker.h"
#include "CompileDatabaseRewrite.h"
#include "UntrustedInput.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <thread>

using namespace llvm;

namespace lttng_tidy {

namespace {

/// YAML single-quoted scalar, for clang-tidy's --config.
std::string yamlQuoted(StringRef S) {
  std::string Out = "'";
  for (char C : S)
    Out += C == '\'' ? std::string("''") : std::string(1, C);
  return Out + "'";
}

/// Runs clang-tidy on the units not found in the cache, -j at a time.
class UnitRunner {
public:
  UnitRunner(const AuditOptions &O, StringRef TempDir, size_t Total)
      : O(O), TempDir(TempDir), Total(Total),
        Progress(!O.Quiet && sys::Process::StandardErrIsDisplayed()) {}

  void run(std::vector<Job *> &Pending, size_t AlreadyDone) {
    Done = AlreadyDone;
    size_t Next = 0;
    std::vector<Running> Active;
    while (Next < Pending.size() || !Active.empty()) {
      while (Active.size() < O.Jobs && Next < Pending.size())
        Active.push_back(start(*Pending[Next++]));
      bool Finished = false;
      for (size_t I = 0; I < Active.size();) {
        std::optional<sys::ProcessStatistics> Stats;
        std::string Error;
        sys::ProcessInfo Status =
            sys::Wait(Active[I].Process, /*SecondsToWait=*/0, &Error, &Stats,
                      /*Polling=*/true);
        if (Status.Pid == 0) {
          ++I;
          continue;
        }
        finish(Active[I], Status.ReturnCode, Error, Stats);
        Active.erase(Active.begin() + I);
        Finished = true;
      }
      if (!Finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (Progress)
      errs() << "\r\x1b[K";
  }

private:
  struct Running {
    Job *Unit;
    sys::ProcessInfo Process;
    std::string Base;
    std::chrono::steady_clock::time_point Start;
  };

  /// The command that checks one unit: a worker of ours, or clang-tidy
  /// with the plugin. Both read the same options and write the same files.
  std::vector<std::string> commandFor(const Job &J, StringRef Base) const {
    std::string Config = "{CheckOptions: {LttngModelExportFile: " +
                         yamlQuoted((Base + ".json").str());
    if (!O.LttngDir.empty())
      Config += ", LttngModulesDir: " + yamlQuoted(O.LttngDir);
    Config += "}}";
    std::vector<std::string> Args;
    if (O.UseClangTidy)
      Args = {O.ClangTidy, "--load=" + O.Plugin, "--header-filter=.*",
              "--quiet"};
    else {
      Args = {O.Worker, AuditWorkerVerb};
      if (O.KeepBodies)
        Args.push_back("--keep-bodies");
      // Each LTTng probe is parsed once for the whole run: the workers
      // share their reads through this run's directory.
      if (!O.LttngDir.empty())
        Args.push_back(("--share-probe-reads=" + TempDir + "/probe-reads").str());
    }
    Args.insert(Args.end(), {"--checks=" + O.Checks, "-p", O.DatabaseDir,
                             "--export-fixes=" + (Base + ".yaml").str(),
                             "--config=" + Config, J.File});
    return Args;
  }

  Running start(Job &J) {
    std::string Base = (TempDir + "/" + J.Key).str();
    std::vector<std::string> Args = commandFor(J, Base);
    std::vector<StringRef> ArgRefs(Args.begin(), Args.end());
    std::string Out = Base + ".out";
    std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(Out),
                                            StringRef(Out)};
    std::string Error;
    bool Failed = false;
    Running R{&J,
              sys::ExecuteNoWait(Args.front(), ArgRefs, std::nullopt,
                                 Redirects, 0, &Error, &Failed),
              Base, std::chrono::steady_clock::now()};
    if (Failed)
      J.Unit.Error = "not analysed: cannot run " + Args.front() + ": " + Error;
    return R;
  }

  void finish(Running &R, int ReturnCode, const std::string &Error,
              const std::optional<sys::ProcessStatistics> &Stats) {
    Job &J = *R.Unit;
    J.Unit.Seconds = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - R.Start)
                         .count();
    if (Stats)
      J.Unit.PeakMemoryKiB = Stats->PeakMemory;
    if (auto B = MemoryBuffer::getFile(R.Base + ".json"))
      J.ExportJson = (*B)->getBuffer().str();
    if (auto B = MemoryBuffer::getFile(R.Base + ".yaml"))
      J.FixesYaml = (*B)->getBuffer().str();
    // clang-tidy and the workers exit 1 on compiler errors (read from the
    // YAML) and die on a signal; anything else with no model is reported
    // from its output.
    if (J.Unit.Error.empty() && (ReturnCode < 0 || J.ExportJson.empty())) {
      std::string Output;
      if (auto B = MemoryBuffer::getFile(R.Base + ".out"))
        Output = (*B)->getBuffer().trim().rsplit('\n').second.str();
      J.Unit.Error = "not analysed: " +
                     std::string(O.UseClangTidy ? "clang-tidy" : "the worker") +
                     " failed (exit " +
                     std::to_string(ReturnCode) +
                     (Error.empty() ? "" : ", " + Error) + ")" +
                     (Output.empty() ? "" : ": " + Output);
    }
    for (StringRef Ext : {".json", ".yaml", ".out"})
      removeScratch(R.Base + Ext.str());
    ++Done;
    if (Progress) {
      StringRef Name = J.File;
      if (Name.size() > 60)
        Name = Name.take_back(60);
      errs() << format("\r[%zu/%zu] ", Done, Total) << Name << "\x1b[K";
      errs().flush();
    }
  }

  const AuditOptions &O;
  StringRef TempDir;
  size_t Total, Done = 0;
  bool Progress;
};

} // namespace

std::string defaultPlugin(const char *Argv0) {
  std::string Exe = sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&defaultPlugin));
  // Installed side by side, or in the build tree (tool/ and checks/).
  for (const char *Relative : {"LttngTidyModule.so", "../checks/LttngTidyModule.so",
                               "../lib/LttngTidyModule.so"}) {
    SmallString<256> Candidate(sys::path::parent_path(Exe));
    sys::path::append(Candidate, Relative);
    if (sys::fs::exists(Candidate))
      return absolutePath(Candidate, "");
  }
  return LTTNG_TIDY_PLUGIN_PATH;
}

/// The workers run on the audit's own copy of the database, rewritten for
/// clang (lttng-tidy compdb): GCC's flags would be errors in every unit,
/// and -Wp,-MMD,... would write dependency files into the build tree.
bool writeRewrittenDatabase(AuditOptions &O, StringRef TempDir) {
  std::string Input = O.BuildDir + "/compile_commands.json";
  if (std::optional<std::string> Why = notARegularFile(Input)) {
    errs() << "lttng-tidy audit: error: " << Input << " " << *Why << "\n";
    return false;
  }
  auto Buffer = MemoryBuffer::getFile(Input);
  if (!Buffer) {
    errs() << "lttng-tidy audit: error: cannot read " << Input << ": "
           << Buffer.getError().message() << "\n";
    return false;
  }
  // A clang build's entries keep their flags: only GCC's are rewritten.
  Expected<RewriteResult> Rewritten = rewriteCompileDatabase(
      (*Buffer)->getBuffer(), "clang", /*KeepClangEntries=*/true);
  if (!Rewritten) {
    errs() << "lttng-tidy audit: error: " << Input
           << ": not a compile database: " << toString(Rewritten.takeError())
           << "\n";
    return false;
  }
  O.DatabaseDir = TempDir.str();
  std::string Output = O.DatabaseDir + "/compile_commands.json";
  std::error_code EC;
  raw_fd_ostream OS(Output, EC);
  if (EC) {
    errs() << "lttng-tidy audit: error: cannot write " << Output << ": "
           << EC.message() << "\n";
    return false;
  }
  OS << Rewritten->Json;
  if (!Rewritten->Dropped.empty() && !O.Quiet) {
    errs() << "lttng-tidy audit: note: the compile database was recorded "
              "from a GCC build; GCC's flags, left out of the analysis:";
    for (const auto &[Flag, Count] : Rewritten->Dropped)
      errs() << " " << Flag;
    errs() << "\n";
  }
  return true;
}

void runUnits(const AuditOptions &O, StringRef TempDir,
              std::vector<Job *> &Pending, size_t Total) {
  if (std::error_code EC = sys::fs::create_directories(TempDir + "/probe-reads"))
    errs() << "lttng-tidy audit: warning: cannot create " << TempDir
           << "/probe-reads (each unit parses its probes): " << EC.message() << "\n";
  UnitRunner Runner(O, TempDir, Total);
  Runner.run(Pending, Total - Pending.size());
}

} // namespace lttng_tidy
