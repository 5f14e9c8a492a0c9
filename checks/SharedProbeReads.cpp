//===--- SharedProbeReads.cpp - One read of a probe for every unit --------===//

#include "SharedProbeReads.h"
#include "model/Paths.h"
#include "model/ProbeReading.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <set>

namespace clang::tidy::lttng {

using lttng_tidy::absoluteWithoutDots;

namespace {

std::string &sharedDirectory() {
  static std::string Dir;
  return Dir;
}

//===----------------------------------------------------------------------===//
// The kept read, as JSON
//===----------------------------------------------------------------------===//

llvm::json::Value toJson(const StableFinding::Place &P) {
  return llvm::json::Object{{"file", P.File}, {"offset", P.Offset}};
}

std::optional<StableFinding::Place> placeFrom(const llvm::json::Object *O) {
  if (!O)
    return std::nullopt;
  std::optional<StringRef> File = O->getString("file");
  std::optional<int64_t> Offset = O->getInteger("offset");
  if (!File || !Offset || *Offset < 0)
    return std::nullopt;
  return StableFinding::Place{File->str(), static_cast<unsigned>(*Offset)};
}

llvm::json::Value toJson(const StableFinding &F) {
  llvm::json::Array Fixes, Notes;
  for (const StableFinding::Replacement &R : F.Fixes)
    Fixes.push_back(llvm::json::Object{
        {"at", toJson(R.Begin)}, {"length", R.Length}, {"text", R.Text}});
  for (const auto &[Place, Message] : F.Notes)
    Notes.push_back(llvm::json::Object{{"at", toJson(Place)}, {"message", Message}});
  return llvm::json::Object{{"at", toJson(F.At)},
                            {"message", F.Message},
                            {"level", static_cast<int64_t>(F.Level)},
                            {"fixes", std::move(Fixes)},
                            {"notes", std::move(Notes)}};
}

std::optional<StableFinding> findingFrom(const llvm::json::Value &V) {
  const llvm::json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  std::optional<StableFinding::Place> At = placeFrom(O->getObject("at"));
  std::optional<StringRef> Message = O->getString("message");
  std::optional<int64_t> Level = O->getInteger("level");
  const llvm::json::Array *Fixes = O->getArray("fixes");
  const llvm::json::Array *Notes = O->getArray("notes");
  if (!At || !Message || !Level || !Fixes || !Notes)
    return std::nullopt;
  StableFinding F;
  F.At = *At;
  F.Message = Message->str();
  F.Level = static_cast<DiagnosticIDs::Level>(*Level);
  for (const llvm::json::Value &R : *Fixes) {
    const llvm::json::Object *RO = R.getAsObject();
    std::optional<StableFinding::Place> Begin =
        placeFrom(RO ? RO->getObject("at") : nullptr);
    std::optional<int64_t> Length = RO ? RO->getInteger("length") : std::nullopt;
    std::optional<StringRef> Text = RO ? RO->getString("text") : std::nullopt;
    if (!Begin || !Length || *Length < 0 || !Text)
      return std::nullopt;
    F.Fixes.push_back({*Begin, static_cast<unsigned>(*Length), Text->str()});
  }
  for (const llvm::json::Value &N : *Notes) {
    const llvm::json::Object *NO = N.getAsObject();
    std::optional<StableFinding::Place> Place =
        placeFrom(NO ? NO->getObject("at") : nullptr);
    std::optional<StringRef> Text = NO ? NO->getString("message") : std::nullopt;
    if (!Place || !Text)
      return std::nullopt;
    F.Notes.emplace_back(*Place, Text->str());
  }
  return F;
}

llvm::json::Array strings(const std::vector<std::string> &List) {
  return llvm::json::Array(List);
}

bool stringsFrom(const llvm::json::Array *A, std::vector<std::string> &Out) {
  if (!A)
    return false;
  for (const llvm::json::Value &V : *A) {
    std::optional<StringRef> S = V.getAsString();
    if (!S)
      return false;
    Out.push_back(S->str());
  }
  return true;
}

llvm::json::Value toJson(StringRef Key, const ProbeRead &Read) {
  llvm::json::Object Findings;
  for (const auto &[Check, List] : Read.Findings) {
    llvm::json::Array Array;
    for (const StableFinding &F : List)
      Array.push_back(toJson(F));
    Findings[Check] = std::move(Array);
  }
  llvm::json::Array Queries;
  for (const UnitQuery &Q : Read.Queries)
    Queries.push_back(llvm::json::Object{{"tracepoint", Q.Tracepoint},
                                         {"answer", Q.Answer}});
  return llvm::json::Object{
      {"key", Key},
      {"mirrors", strings(Read.Mirrors)},
      {"kernelHeaders", strings(Read.KernelHeaders)},
      {"filesRead", strings(Read.FilesRead)},
      {"definitions", llvm::json::Array(Read.Definitions)},
      {"findings", std::move(Findings)},
      {"queries", std::move(Queries)},
      {"shadowableIncludes", strings(Read.ShadowableIncludes)}};
}

std::optional<ProbeRead> readFrom(const llvm::json::Value &V, StringRef Key) {
  const llvm::json::Object *O = V.getAsObject();
  if (!O || O->getString("key") != Key)
    return std::nullopt;
  ProbeRead Read;
  const llvm::json::Array *Definitions = O->getArray("definitions");
  const llvm::json::Object *Findings = O->getObject("findings");
  const llvm::json::Array *Queries = O->getArray("queries");
  if (!stringsFrom(O->getArray("mirrors"), Read.Mirrors) ||
      !stringsFrom(O->getArray("kernelHeaders"), Read.KernelHeaders) ||
      !stringsFrom(O->getArray("filesRead"), Read.FilesRead) ||
      !stringsFrom(O->getArray("shadowableIncludes"), Read.ShadowableIncludes) ||
      !Definitions || !Findings || !Queries)
    return std::nullopt;
  Read.Definitions = *Definitions;
  for (const auto &[Check, List] : *Findings) {
    const llvm::json::Array *Array = List.getAsArray();
    if (!Array)
      return std::nullopt;
    std::vector<StableFinding> &Out = Read.Findings[Check.str()];
    for (const llvm::json::Value &F : *Array) {
      std::optional<StableFinding> Finding = findingFrom(F);
      if (!Finding)
        return std::nullopt;
      Out.push_back(std::move(*Finding));
    }
  }
  for (const llvm::json::Value &Q : *Queries) {
    const llvm::json::Object *QO = Q.getAsObject();
    std::optional<StringRef> Tracepoint = QO ? QO->getString("tracepoint") : std::nullopt;
    std::optional<bool> Answer = QO ? QO->getBoolean("answer") : std::nullopt;
    if (!Tracepoint || !Answer)
      return std::nullopt;
    Read.Queries.push_back({Tracepoint->str(), *Answer});
  }
  return Read;
}

//===----------------------------------------------------------------------===//
// The probe's include lookups
//===----------------------------------------------------------------------===//

/// Notes each include name the probe looked up through the search list,
/// and whether any was found in the unit's own directories.
class IncludeWatcher : public PPCallbacks {
public:
  IncludeWatcher(const Preprocessor &PP, const std::vector<std::string> &OwnDirs,
                 ProbeRead &Read)
      : SM(PP.getSourceManager()), FM(PP.getFileManager()), OwnDirs(OwnDirs),
        Read(Read) {}

  void EndOfMainFile() override {
    Read.ShadowableIncludes.assign(Names.begin(), Names.end());
  }

  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef FileName,
                          bool, CharSourceRange, OptionalFileEntryRef File,
                          StringRef SearchPath, StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (File && !SearchPath.empty()) {
      std::string Found = absoluteWithoutDots(SearchPath, FM);
      // Found beside the file that includes it: no directory of the list
      // is asked, so none of the unit's own can change the answer.
      if (OptionalFileEntryRef Includer =
              SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(HashLoc))))
        if (absoluteWithoutDots(Includer->getDir().getName(), FM) == Found)
          return;
      noteFoundIn(Found);
    }
    Names.insert(FileName.str());
  }

  void HasInclude(SourceLocation, StringRef FileName, bool,
                  OptionalFileEntryRef File, SrcMgr::CharacteristicKind) override {
    if (File)
      noteFoundIn(absoluteWithoutDots(File->getDir().getName(), FM));
    Names.insert(FileName.str());
  }

private:
  void noteFoundIn(StringRef Dir) {
    for (const std::string &Own : OwnDirs)
      if (Dir == Own || Dir.starts_with(Own + "/"))
        Read.Shareable = false;
  }

  const SourceManager &SM;
  const FileManager &FM;
  const std::vector<std::string> &OwnDirs;
  ProbeRead &Read;
  std::set<std::string> Names;
};

} // namespace

void SharedProbeReads::useDirectory(StringRef Dir) { sharedDirectory() = Dir.str(); }

SharedProbeReads *SharedProbeReads::get() {
  static std::unique_ptr<SharedProbeReads> Store;
  if (sharedDirectory().empty())
    return nullptr;
  if (!Store || Store->Dir != sharedDirectory())
    Store.reset(new SharedProbeReads(sharedDirectory()));
  return Store.get();
}


std::string SharedProbeReads::key(const CompilerInvocation &Probe,
                                  StringRef WorkingDir,
                                  const std::vector<std::string> &OwnEntries,
                                  const std::vector<TracepointModelCheck *> &Checks) {
  // The unit's own directories differ from unit to unit; whether the probe
  // used them is decided by the read itself (includeWatcher).
  std::string Key = "cwd=" + WorkingDir.str() + "\n" +
                    lttng_tidy::parseOptionsText(Probe, OwnEntries);
  for (TracepointModelCheck *Check : Checks) {
    ClangTidyOptions::OptionMap Options;
    Check->storeOptions(Options);
    std::map<std::string, std::string> Sorted;
    for (const auto &Entry : Options)
      // Where the unit writes its model is its own and shapes no read; in
      // the key, it would keep every unit of an audit from sharing.
      if (!Entry.getKey().ends_with(".LttngModelExportFile"))
        Sorted[Entry.getKey().str()] = Entry.getValue().Value;
    Key += "check=" + Check->checkName().str() + '\n';
    for (const auto &[Name, Value] : Sorted)
      ((((Key += "  ") += Name) += '=') += Value) += '\n';
  }
  return Key;
}

std::string SharedProbeReads::pathOf(StringRef Key) const {
  SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, llvm::utohexstr(llvm::xxh3_64bits(Key)) + ".json");
  return std::string(Path);
}

std::optional<ProbeRead>
SharedProbeReads::find(StringRef Key, const std::vector<std::string> &OwnDirs,
                       llvm::function_ref<bool(const UnitQuery &)> Answer) const {
  auto Buffer = llvm::MemoryBuffer::getFile(pathOf(Key));
  if (!Buffer)
    return std::nullopt;
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return std::nullopt;
  }
  std::optional<ProbeRead> Read = readFrom(*Parsed, Key);
  if (!Read)
    return std::nullopt;
  for (const UnitQuery &Q : Read->Queries)
    if (Answer(Q) != Q.Answer)
      return std::nullopt;
  for (const std::string &Own : OwnDirs)
    for (const std::string &Name : Read->ShadowableIncludes) {
      SmallString<256> Path(Own);
      llvm::sys::path::append(Path, Name);
      if (llvm::sys::fs::exists(Path))
        return std::nullopt;
    }
  return Read;
}

void SharedProbeReads::keep(StringRef Key, const ProbeRead &Read) const {
  if (!Read.Shareable)
    return;
  std::string Path = pathOf(Key);
  // Written aside, then renamed: a worker reading it at the same time sees
  // the whole file or none.
  std::string Temporary =
      Path + ".part" + std::to_string(llvm::sys::Process::getProcessId());
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Temporary, EC);
    if (EC)
      return;
    OS << toJson(Key, Read);
  }
  if (llvm::sys::fs::rename(Temporary, Path)) {
    // Not kept: the next unit parses. A part left over goes with the run's
    // directory.
    std::error_code Ignored = llvm::sys::fs::remove(Temporary);
    (void)Ignored;
  }
}

std::unique_ptr<PPCallbacks>
SharedProbeReads::includeWatcher(const Preprocessor &ProbePP,
                                 const std::vector<std::string> &OwnDirs,
                                 ProbeRead &Read) {
  return std::make_unique<IncludeWatcher>(ProbePP, OwnDirs, Read);
}

} // namespace clang::tidy::lttng
