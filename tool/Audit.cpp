//===--- Audit.cpp - `lttng-tidy audit` -------------------------------------===//

#include "Audit.h"
#include "AuditResult.h"
#include "AuditWorker.h"
#include "CompileDatabaseRewrite.h"
#include "UntrustedInput.h"
#include "model/LttngTree.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <chrono>
#include <map>
#include <thread>

using namespace llvm;
using clang::tooling::CompileCommand;

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

std::string absolutePath(StringRef Path, StringRef Base) {
  SmallString<256> Out(Path);
  if (!sys::path::is_absolute(Out)) {
    Out = Base;
    sys::path::append(Out, Path);
  }
  sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

/// Content hashes of the files the audit reads, each file read once.
class ContentHashes {
public:
  /// The hash of \p Path's contents; empty when it cannot be read.
  std::string of(StringRef Path) {
    auto [It, New] = Hashes.try_emplace(Path);
    if (New) {
      if (auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false))
        It->second = utohexstr(xxh3_64bits((*Buffer)->getBuffer()));
    }
    return It->second;
  }

private:
  StringMap<std::string> Hashes;
};

/// One hash of every source file of an LTTng-modules tree: a mirror that
/// changes invalidates every cached unit read with the tree.
std::string treeFingerprint(StringRef Root, ContentHashes &Hashes) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC)) {
    StringRef Path = It->path();
    StringRef Name = sys::path::filename(Path);
    if (Name.ends_with(".h") || Name.ends_with(".c") || Name == "Kbuild")
      Files.push_back(Path.str());
  }
  llvm::sort(Files);
  std::string All;
  for (const std::string &F : Files)
    All += F + "=" + Hashes.of(F) + "\n";
  return utohexstr(xxh3_64bits(All));
}

/// A unit to analyse and where its result goes.
struct Job {
  CompileCommand Command;
  std::string File; ///< absolute
  std::string Key;  ///< the cache key: everything but the files it reads
  AuditUnit Unit;
  std::string ExportJson, FixesYaml; ///< the unit's result, as text
};

/// The units that define tracepoints, or also include trace headers.
std::vector<Job> selectUnits(const clang::tooling::CompilationDatabase &DB,
                             bool AllTraceUnits) {
  Regex Defines("^[ \t]*#[ \t]*define[ \t]+CREATE_TRACE_POINTS([ \t]|$)",
                Regex::Newline);
  Regex IncludesTraceHeader(
      "^[ \t]*#[ \t]*include[ \t]*(<trace/events/[^>]+>|\"[^\"]*trace[^\"/]*\\.h\")",
      Regex::Newline);
  std::vector<Job> Jobs;
  StringSet<> Seen;
  for (CompileCommand &C : DB.getAllCompileCommands()) {
    std::string File = absolutePath(C.Filename, C.Directory);
    if (!StringRef(File).ends_with(".c") || !Seen.insert(File).second)
      continue;
    auto Buffer = MemoryBuffer::getFile(File);
    if (!Buffer)
      continue;
    StringRef Text = (*Buffer)->getBuffer();
    if (!Defines.match(Text) && !(AllTraceUnits && IncludesTraceHeader.match(Text)))
      continue;
    Job J;
    J.Command = std::move(C);
    J.File = File;
    J.Unit.File = File;
    Jobs.push_back(std::move(J));
  }
  llvm::sort(Jobs, [](const Job &A, const Job &B) { return A.File < B.File; });
  return Jobs;
}

std::string cacheKey(const Job &J, StringRef Environment) {
  std::string Text = Environment.str();
  Text += '\0' + J.Command.Directory + '\0' + J.File;
  for (const std::string &Arg : J.Command.CommandLine)
    Text += '\0' + Arg;
  return utohexstr(xxh3_64bits(Text));
}

/// Removes a scratch file of the audit's own; one left behind (in the
/// temporary directory or the cache) is harmless, so failure is ignored.
void removeScratch(const Twine &Path) {
  std::error_code Ignored = sys::fs::remove(Path);
  (void)Ignored;
}

/// A cached result still holds when every file the unit read is unchanged.
bool loadCached(Job &J, StringRef CacheDir, ContentHashes &Hashes) {
  SmallString<256> Path(CacheDir);
  sys::path::append(Path, J.Key + ".json");
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return false;
  Expected<json::Value> Entry = json::parse((*Buffer)->getBuffer());
  if (!Entry) {
    consumeError(Entry.takeError());
    return false;
  }
  const json::Object *O = Entry->getAsObject();
  const json::Array *Inputs = O ? O->getArray("inputs") : nullptr;
  if (!Inputs)
    return false;
  for (const json::Value &I : *Inputs) {
    const json::Array *Pair = I.getAsArray();
    if (!Pair || Pair->size() != 2)
      return false;
    std::optional<StringRef> File = (*Pair)[0].getAsString();
    std::optional<StringRef> Hash = (*Pair)[1].getAsString();
    if (!File || !Hash || Hashes.of(*File) != *Hash)
      return false;
  }
  std::optional<StringRef> Export = O->getString("export");
  std::optional<StringRef> Fixes = O->getString("fixes");
  if (!Export || !Fixes)
    return false;
  J.ExportJson = Export->str();
  J.FixesYaml = Fixes->str();
  J.Unit.FromCache = true;
  return true;
}

void storeCached(const Job &J, StringRef CacheDir, ContentHashes &Hashes) {
  Expected<json::Value> Export = json::parse(J.ExportJson);
  if (!Export) {
    consumeError(Export.takeError());
    return;
  }
  json::Array Inputs;
  if (const json::Array *Read = Export->getAsObject()->getArray("inputs"))
    for (const json::Value &I : *Read)
      if (std::optional<StringRef> File = I.getAsString()) {
        std::string Hash = Hashes.of(*File);
        if (Hash.empty())
          return; // a file that cannot be read back cannot be checked
        Inputs.push_back(json::Array{*File, Hash});
      }
  SmallString<256> Path(CacheDir), Temp;
  sys::path::append(Path, J.Key + ".json");
  Temp = Path;
  Temp += ".partial";
  {
    std::error_code EC;
    raw_fd_ostream OS(Temp, EC);
    if (EC)
      return;
    OS << json::Value(json::Object{{"inputs", std::move(Inputs)},
                                   {"export", J.ExportJson},
                                   {"fixes", J.FixesYaml}});
  }
  // A cache that cannot be written only costs the next run its time.
  if (sys::fs::rename(Temp, Path))
    removeScratch(Temp);
}

/// Offsets to lines and columns, each file read once.
class LineTables {
public:
  AuditPlace place(StringRef File, unsigned Offset) {
    auto [It, New] = Tables.try_emplace(File);
    if (New)
      if (auto Buffer = MemoryBuffer::getFile(File)) {
        StringRef Text = (*Buffer)->getBuffer();
        It->second.push_back(0);
        for (size_t I = 0; I < Text.size(); ++I)
          if (Text[I] == '\n')
            It->second.push_back(I + 1);
      }
    AuditPlace P;
    P.File = File.str();
    const std::vector<unsigned> &Starts = It->second;
    if (Starts.empty())
      return P;
    auto Line = llvm::upper_bound(Starts, Offset);
    P.Line = static_cast<unsigned>(Line - Starts.begin());
    P.Column = Offset - *(Line - 1) + 1;
    return P;
  }

private:
  StringMap<std::vector<unsigned>> Tables;
};

/// Merges units into one result, each tracepoint and finding once.
class ResultMerger {
public:
  explicit ResultMerger(AuditResult &R) : R(R) {}

  void addUnit(Job &J) {
    if (!J.ExportJson.empty())
      addTracepoints(J);
    if (!J.FixesYaml.empty())
      addDiagnostics(J);
    if (J.Unit.Error.empty() && J.ExportJson.empty())
      J.Unit.Error = "not analysed: clang-tidy wrote no tracepoint model for it";
    R.Units.push_back(J.Unit);
  }

  void finish() {
    auto ByPlace = [](const AuditPlace &A, const AuditPlace &B) {
      return std::tie(A.File, A.Line, A.Column) <
             std::tie(B.File, B.Line, B.Column);
    };
    llvm::stable_sort(R.Tracepoints, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At);
    });
    llvm::stable_sort(R.Findings, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At) ||
             (!ByPlace(B.At, A.At) && A.Check < B.Check);
    });
    classifyCompileErrors(R);
    llvm::stable_sort(R.CompileErrors, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At);
    });
  }

private:
  void addCompileError(const AuditPlace &At, const std::string &Message,
                       const std::string &Unit) {
    std::string Key = At.File + "\n" + std::to_string(At.Line) + "\n" +
                      std::to_string(At.Column) + "\n" + Message;
    auto [It, New] = CompileErrorIndex.try_emplace(Key, R.CompileErrors.size());
    if (New)
      R.CompileErrors.push_back({At, Message, {}, false});
    std::vector<std::string> &Units = R.CompileErrors[It->second].Units;
    if (Units.empty() || Units.back() != Unit)
      Units.push_back(Unit);
  }

  void addTracepoints(Job &J) {
    Expected<json::Value> Export = json::parse(J.ExportJson);
    if (!Export) {
      J.Unit.Error =
          "not analysed: unreadable model export: " + toString(Export.takeError());
      return;
    }
    const json::Array *List = Export->getAsObject()->getArray("tracepoints");
    for (const json::Value &V : List ? *List : json::Array()) {
      const json::Object *O = V.getAsObject();
      if (!O)
        continue;
      AuditTracepoint T;
      auto Str = [&](StringRef Key) {
        return O->getString(Key).value_or("").str();
      };
      T.Name = Str("name");
      T.System = Str("system");
      T.Side = Str("side");
      T.Macro = Str("macro");
      T.Shape = Str("shape");
      T.Class = Str("class");
      T.Wrapper = Str("wrapper");
      T.Mirror = Str("mirror");
      T.At.File = Str("file");
      T.At.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
      T.At.Column = static_cast<unsigned>(O->getInteger("column").value_or(0));
      T.DefinesTracepoint = O->getBoolean("defines_tracepoint").value_or(false);
      std::string Key = T.Side + "\n" + T.Name + "\n" + T.At.File + "\n" +
                        std::to_string(T.At.Line);
      auto [It, New] = TracepointIndex.try_emplace(Key, R.Tracepoints.size());
      if (New) {
        R.Tracepoints.push_back(std::move(T));
        continue;
      }
      // One unit read the mirror, another did not: mirrored wins.
      AuditTracepoint &Known = R.Tracepoints[It->second];
      if (Known.Mirror != "mirrored" && !T.Mirror.empty() &&
          T.Mirror != "unknown")
        Known.Mirror = T.Mirror;
    }
  }

  void addDiagnostics(Job &J) {
    clang::tooling::TranslationUnitDiagnostics TUD;
    yaml::Input In(J.FixesYaml);
    In >> TUD;
    if (In.error()) {
      J.Unit.Error = "not analysed: unreadable exported diagnostics";
      return;
    }
    unsigned Errors = 0;
    std::string FirstError;
    for (clang::tooling::Diagnostic &D : TUD.Diagnostics) {
      std::string Base =
          D.BuildDirectory.empty() ? J.Command.Directory : D.BuildDirectory;
      AuditFinding F;
      F.Check = D.DiagnosticName;
      F.Message = D.Message.Message;
      F.At = Lines.place(absolutePath(D.Message.FilePath, Base),
                         D.Message.FileOffset);
      F.Level = D.DiagLevel == clang::tooling::Diagnostic::Error ? "error"
                : D.DiagLevel == clang::tooling::Diagnostic::Remark
                    ? "remark"
                    : "warning";
      if (StringRef(F.Check).starts_with("clang-diagnostic-") ||
          F.Check == "clang-tidy-config") {
        // Compiler and configuration errors: the unit was not analysed as
        // a whole. An error of the driver has no place.
        if (F.Level != "error")
          continue;
        if (D.Message.FilePath.empty())
          F.At = AuditPlace();
        if (!Errors++)
          FirstError = (F.At.File.empty()
                            ? ""
                            : F.At.File + ":" + std::to_string(F.At.Line) +
                                  ":" + std::to_string(F.At.Column) + ": ") +
                       F.Message;
        addCompileError(F.At, F.Message, J.Unit.File);
        continue;
      }
      for (const clang::tooling::DiagnosticMessage &N : D.Notes)
        F.Notes.push_back(
            {N.Message, Lines.place(absolutePath(N.FilePath, Base), N.FileOffset)});
      F.HasFix = clang::tooling::selectFirstFix(D) != nullptr;
      std::string Key = F.Check + "\n" + F.At.File + "\n" +
                        std::to_string(D.Message.FileOffset) + "\n" + F.Message;
      if (!FindingKeys.insert(Key).second)
        continue;
      F.Exported = std::move(D);
      R.Findings.push_back(std::move(F));
    }
    // One message for the unit, whose findings are still reported.
    if (Errors && J.Unit.Error.empty())
      J.Unit.Error = formatv("clang reported {0} error{1}, so the findings "
                             "of this unit may be incomplete; the first: {2}",
                             Errors, Errors == 1 ? "" : "s", FirstError)
                         .str();
  }

  AuditResult &R;
  StringMap<size_t> TracepointIndex, CompileErrorIndex;
  StringSet<> FindingKeys;
  LineTables Lines;
};

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

/// clang-tidy runs on the audit's own copy of the database, rewritten for
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
  // v3: units are run from the rewritten database, in our workers or in
  // clang-tidy; a result holds for the program that made it.
  std::string Environment =
      "lttng-tidy audit v3\n" LTTNG_TIDY_VERSION "\n" + O.Checks + "\n" +
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
  UnitRunner Runner(O, TempDir, Jobs.size());
  Runner.run(Pending, Jobs.size() - Pending.size());
  if (std::error_code EC = sys::fs::remove_directories(TempDir))
    errs() << "lttng-tidy audit: warning: cannot remove " << TempDir << ": "
           << EC.message() << "\n";

  AuditResult R;
  R.BuildDir = O.BuildDir;
  R.LttngTree = O.LttngDir;
  ResultMerger Merger(R);
  for (Job &J : Jobs) {
    bool Fresh = !J.Unit.FromCache;
    Merger.addUnit(J);
    if (Fresh && !O.NoCache && R.Units.back().Error.empty())
      storeCached(J, O.CacheDir, Hashes);
  }
  Merger.finish();
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
