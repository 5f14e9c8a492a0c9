//===--- TracepointModelCheck.cpp - Base of the checks that use the model -===//

#include "TracepointModelCheck.h"
#include "ProbePrefixes.h"
#include "SharedProbeReads.h"
#include "model/FunctionBodies.h"
#include "model/LttngTree.h"
#include "model/ModelJson.h"
#include "model/Paths.h"
#include "model/ProbeReading.h"
#include "model/TracepointCollector.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::lttng {

using lttng_tidy::withoutDots;

//===----------------------------------------------------------------------===//
// FindingBuilder
//===----------------------------------------------------------------------===//

FindingBuilder::FindingBuilder(TracepointModelCheck &Owner, SourceLocation Loc,
                               StringRef Format, DiagnosticIDs::Level Level)
    : Owner(&Owner), Loc(Loc), Format(Format.str()), Level(Level) {}

FindingBuilder::FindingBuilder(FindingBuilder &&Other) noexcept
    : Owner(Other.Owner), Loc(Other.Loc), Format(std::move(Other.Format)),
      Level(Other.Level), Args(std::move(Other.Args)),
      Fixes(std::move(Other.Fixes)) {
  Other.Owner = nullptr;
}

FindingBuilder::~FindingBuilder() {
  if (!Owner)
    return;
  // %0..%9, as clang's diagnostics spell their arguments.
  std::string Message;
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] == '%' && I + 1 < Format.size() && isdigit(Format[I + 1])) {
      size_t Index = Format[I + 1] - '0';
      if (Index < Args.size())
        Message += Args[Index];
      ++I;
      continue;
    }
    Message += Format[I];
  }
  Finding F;
  F.Loc = Loc;
  F.Message = std::move(Message);
  F.Level = Level;
  F.Fixes = std::move(Fixes);
  Owner->emit(std::move(F));
}

FindingBuilder &FindingBuilder::operator<<(StringRef Arg) & {
  Args.push_back(Arg.str());
  return *this;
}

FindingBuilder &&FindingBuilder::operator<<(StringRef Arg) && {
  Args.push_back(Arg.str());
  return std::move(*this);
}

FindingBuilder &FindingBuilder::operator<<(const FixItHint &Fix) & {
  Fixes.push_back(Fix);
  return *this;
}

FindingBuilder &&FindingBuilder::operator<<(const FixItHint &Fix) && {
  Fixes.push_back(Fix);
  return std::move(*this);
}

//===----------------------------------------------------------------------===//
// The check
//===----------------------------------------------------------------------===//

namespace {
/// What the model checks of one translation unit share: the checks (so a
/// probe unit read through LttngModulesDir is compiled once for all) and
/// the model (collected and type-resolved once for all).
struct UnitState {
  std::vector<TracepointModelCheck *> Checks;
  std::shared_ptr<lttng_tidy::TracepointModel> Model;
  bool TypesResolved = false;
  /// The checks whose finishUnit() waits for the unit's AST to be freed,
  /// in the order they ran.
  std::vector<TracepointModelCheck *> AfterAST;
  /// Mirror definitions seen: this unit's own and its probes'.
  std::set<std::string> Mirrored;
  /// The probes' mirror definitions, as the audit lists them.
  llvm::json::Array ProbeDefinitions;
  /// The probes read through LttngModulesDir.
  std::vector<std::string> ProbesRead;
  /// Every file the unit's second compilations read (its probes, a probe's
  /// kernel counterpart): the audit's cache checks them as the unit's own.
  std::set<std::string> SecondaryInputs;
  /// What each probe read for the unit holds.
  struct ProbeContents {
    llvm::StringSet<> Mirrors;
    llvm::StringSet<> KernelHeaders; ///< normalised paths
  };
  std::map<std::string, ProbeContents> Probes;
  /// Each kernel definition with the probe read for its header.
  std::vector<ProbePairing> Pairings;
  /// In a probe unit: the kernel header its mirror stands for, when the
  /// unit did not read it (LTTng's kvm x86 probe includes only
  /// trace/events/kvm.h, not arch/x86/kvm/trace.h).
  struct UnreadHeader {
    std::string Mirrored;      ///< "arch/x86/kvm/trace.h"
    std::string MirrorInclude; ///< "instrumentation/events/arch/x86/kvm/trace.h"
    /// The kernel tree the unit's include directories name; empty if none.
    std::string KernelRoot;
    /// The header in that tree; empty when the tree does not have it (a
    /// headers-only package).
    std::string KernelFile;
    /// The unit's model without the mirrors of the header, once made.
    std::shared_ptr<lttng_tidy::TracepointModel> WithoutMirrors;
    bool Remarked = false;
  };
  bool UnreadComputed = false;
  std::optional<UnreadHeader> Unread;
  /// While a probe that may be shared is read: the checks' questions about
  /// this unit (readingUnitDefines).
  std::vector<UnitQuery> *ProbeQueries = nullptr;
};

llvm::DenseMap<const Preprocessor *, UnitState> &unitStates() {
  static llvm::DenseMap<const Preprocessor *, UnitState> Units;
  return Units;
}

/// TracepointModelCheck::readProbesAfterAST: off in clang-tidy.
bool &readsProbesAfterAST() {
  static bool AfterAST = false;
  return AfterAST;
}

/// TracepointModelCheck::precompileProbeHeaders: off in clang-tidy.
bool &precompilesProbeHeaders() {
  static bool Precompile = false;
  return Precompile;
}
} // namespace

TracepointModelCheck::TracepointModelCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      LttngModulesDir(Options.getLocalOrGlobal("LttngModulesDir", "")),
      ModelExportFile(Options.getLocalOrGlobal("LttngModelExportFile", "")),
      VersionBoundary(Options.getLocalOrGlobal("LttngVersionBoundary", "")) {}

TracepointModelCheck::~TracepointModelCheck() {
  if (!PP)
    return;
  auto It = unitStates().find(PP);
  if (It == unitStates().end())
    return;
  llvm::erase(It->second.Checks, this);
  if (It->second.Checks.empty())
    unitStates().erase(It);
}

void TracepointModelCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "LttngModulesDir", LttngModulesDir);
  Options.store(Opts, "LttngModelExportFile", ModelExportFile);
  Options.store(Opts, "LttngVersionBoundary", VersionBoundary);
}

lttng_tidy::KernelVersion
TracepointModelCheck::guardVersion(const lttng_tidy::TracepointModel &Model) {
  if (VersionBoundary.empty())
    return Model.Version;
  lttng_tidy::KernelVersion Boundary;
  llvm::SmallVector<StringRef, 3> Parts;
  StringRef(VersionBoundary).split(Parts, '.');
  bool Valid = Parts.size() >= 2 && Parts.size() <= 3 &&
               !Parts[0].getAsInteger(10, Boundary.Major) && Boundary.Major &&
               !Parts[1].getAsInteger(10, Boundary.Minor) &&
               (Parts.size() < 3 || !Parts[2].getAsInteger(10, Boundary.Patch));
  if (!Valid) {
    if (std::exchange(BoundaryReported, true))
      return Model.Version;
    configurationDiag("invalid kernel version '%0' in option "
                      "LttngVersionBoundary (expected MAJOR.MINOR[.PATCH])")
        << VersionBoundary;
    return Model.Version;
  }
  auto Code = [](const lttng_tidy::KernelVersion &V) {
    return (uint64_t(V.Major) << 32) | (uint64_t(V.Minor) << 16) | V.Patch;
  };
  // A boundary after the analysed kernel would leave the old definition
  // active for it: the fix would not fix what was found.
  if (Model.Version.known() && Code(Boundary) > Code(Model.Version)) {
    if (std::exchange(BoundaryReported, true))
      return Model.Version;
    configurationDiag("option LttngVersionBoundary %0 is later than the "
                      "analysed kernel %1.%2.%3; the analysed version guards "
                      "the fixes")
        << VersionBoundary << std::to_string(Model.Version.Major)
        << std::to_string(Model.Version.Minor)
        << std::to_string(Model.Version.Patch);
    return Model.Version;
  }
  return Boundary;
}

void TracepointModelCheck::registerPPCallbacks(const SourceManager &,
                                               Preprocessor *PP,
                                               Preprocessor *) {
  ProbeFindings.reset();
  this->PP = PP;
  // clang stops reading a unit after 20 errors by default, and a mirror
  // header that drifted from its kernel easily makes more (each broken
  // field fails once per LTTng expansion stage): the checks need the whole
  // unit, or the definitions after the cut go unjudged.
  PP->getDiagnostics().setErrorLimit(0);
  UnitState &Unit = unitStates()[PP];
  Unit.Checks.push_back(this);
  if (!Unit.Model) {
    Unit.Model = std::make_shared<lttng_tidy::TracepointModel>();
    PP->addPPCallbacks(
        std::make_unique<lttng_tidy::TracepointCollector>(*PP, *Unit.Model));
  }
  Model = Unit.Model;
}

void TracepointModelCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void TracepointModelCheck::check(const MatchFinder::MatchResult &Result) {
  if (!Model)
    return;
  UnitState &Unit = unitStates()[PP];
  if (!Unit.TypesResolved) {
    lttng_tidy::resolveModelTypes(*Model, *Result.Context);
    Unit.TypesResolved = true;
  }
  const lttng_tidy::TracepointModel &Model = *this->Model;
  if (!comparesMirrorsWithKernel() ||
      !checkUnreadMirrorHeader(Model, *Result.Context))
    checkModel(Model, *Result.Context);
  if (readsProbesAfterAST()) {
    Unit.AfterAST.push_back(this);
    return;
  }
  finishUnit(Model, Result.Context->getSourceManager());
}

void TracepointModelCheck::finishUnit(const lttng_tidy::TracepointModel &Model,
                                      SourceManager &SM) {
  bool HasMirror = llvm::any_of(Model.Definitions, [](const auto &D) {
    return D.side() == lttng_tidy::Side::Lttng;
  });
  if (!LttngModulesDir.empty() && !HasMirror &&
      !Model.definitions(lttng_tidy::Side::Kernel).empty()) {
    if (!ProbeFindings)
      readProbesForAllChecks(Model);
    if (ProbeFindings)
      for (const StableFinding &F : *ProbeFindings)
        replay(F, SM);
    checkPairings(unitStates()[PP].Pairings);
  }
  // The last model check of the unit has seen every probe read for it.
  if (!ModelExportFile.empty() && unitStates()[PP].Checks.back() == this)
    exportModel(Model, SM);
}

void TracepointModelCheck::readProbesAfterAST(bool Enabled) {
  readsProbesAfterAST() = Enabled;
}

void TracepointModelCheck::precompileProbeHeaders(bool Enabled) {
  precompilesProbeHeaders() = Enabled;
}

bool TracepointModelCheck::hasWorkAfterAST(const Preprocessor &PP) {
  auto It = unitStates().find(&PP);
  return It != unitStates().end() && !It->second.AfterAST.empty();
}

void TracepointModelCheck::finishAfterAST(const Preprocessor &PP) {
  auto It = unitStates().find(&PP);
  if (It == unitStates().end())
    return;
  std::vector<TracepointModelCheck *> Waiting =
      std::exchange(It->second.AfterAST, {});
  for (TracepointModelCheck *Check : Waiting)
    Check->finishUnit(*Check->Model, PP.getSourceManager());
}

std::optional<llvm::Regex>
TracepointModelCheck::regexOption(StringRef Name, StringRef Pattern) {
  if (Pattern.empty())
    return std::nullopt;
  llvm::Regex Regex(Pattern);
  std::string Error;
  if (!Regex.isValid(Error)) {
    configurationDiag("invalid regular expression '%0' in option %1: %2")
        << Pattern << Name << Error;
    return std::nullopt;
  }
  return Regex;
}

void TracepointModelCheck::reportModelProblems(
    const lttng_tidy::TracepointModel &Model, bool IncludeInformational) {
  auto Report = [&](const lttng_tidy::ModelProblem &P) {
    if (!P.Informational || IncludeInformational)
      diag(P.Loc, "%0") << P.Message;
  };
  for (const lttng_tidy::ModelProblem &P : Model.Problems)
    Report(P);
  for (const lttng_tidy::TracepointDefinition &Def : Model.Definitions)
    for (const lttng_tidy::ModelProblem &P : Def.Problems)
      Report(P);
}

namespace {
std::optional<StableFinding::Place> placeOf(SourceLocation Loc,
                                            const SourceManager &SM) {
  if (Loc.isInvalid())
    return std::nullopt;
  Loc = SM.getFileLoc(Loc);
  auto [FID, Offset] = SM.getDecomposedLoc(Loc);
  OptionalFileEntryRef File = SM.getFileEntryRefForID(FID);
  if (!File)
    return std::nullopt;
  StringRef Real = File->getFileEntry().tryGetRealPathName();
  return StableFinding::Place{Real.empty() ? File->getName().str() : Real.str(),
                              Offset};
}
} // namespace

void TracepointModelCheck::emit(Finding F) { // NOLINT(performance-unnecessary-value-param): moved from
  if (!Recording) {
    auto Diag = ClangTidyCheck::diag(F.Loc, "%0", F.Level) << F.Message;
    for (const FixItHint &Fix : F.Fixes)
      Diag << Fix;
    return;
  }
  std::optional<StableFinding::Place> At = placeOf(F.Loc, *RecordingSM);
  if (!At)
    return;
  if (F.Level == DiagnosticIDs::Note) {
    if (!Recording->empty())
      Recording->back().Notes.emplace_back(*At, F.Message);
    return;
  }
  StableFinding S;
  S.At = *At;
  S.Message = F.Message;
  S.Level = F.Level;
  for (const FixItHint &Fix : F.Fixes) {
    std::optional<StableFinding::Place> Begin =
        placeOf(Fix.RemoveRange.getBegin(), *RecordingSM);
    if (!Begin)
      continue;
    unsigned End = RecordingSM->getDecomposedLoc(Fix.RemoveRange.getEnd()).second;
    if (Fix.RemoveRange.isTokenRange())
      End += Lexer::MeasureTokenLength(Fix.RemoveRange.getEnd(), *RecordingSM,
                                       *RecordingLangOpts);
    S.Fixes.push_back({*Begin, End - Begin->Offset, Fix.CodeToInsert});
  }
  Recording->push_back(std::move(S));
}

//===----------------------------------------------------------------------===//
// Kernel units read with their LTTng probe
//===----------------------------------------------------------------------===//

namespace {
/// Keeps the compile errors of a probe unit, which the check reports.
class ErrorCollector : public DiagnosticConsumer {
public:
  explicit ErrorCollector(std::vector<StableFinding> &Errors)
      : Errors(Errors) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || Errors.size() >= 5 ||
        !Info.hasSourceManager())
      return;
    std::optional<StableFinding::Place> At =
        placeOf(Info.getLocation(), Info.getSourceManager());
    if (!At)
      return;
    SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    StableFinding F;
    F.At = *At;
    F.Message = Text.str().str();
    Errors.push_back(std::move(F));
  }

private:
  std::vector<StableFinding> &Errors;
};
} // namespace

/// Runs the checks on the probe unit's model once its AST is complete.
class ProbeUnitConsumer : public ASTConsumer {
public:
  ProbeUnitConsumer(const std::vector<TracepointModelCheck *> &Checks,
                    CompilerInstance &CI, lttng_tidy::TracepointModel &Model,
                    bool NoteMirrors, StringRef LttngRoot,
                    const lttng_tidy::PrecompiledPrefix *Prefix,
                    const bool &PrefixBroken, bool &Completed)
      : Checks(Checks), CI(CI), Model(Model), NoteMirrors(NoteMirrors),
        Skipper(CI.getPreprocessor(), LttngRoot), OnPrefix(Prefix != nullptr),
        PrefixBroken(PrefixBroken), Completed(Completed) {
    if (Prefix)
      Skipper.resume(Prefix->skipper());
  }

  void Initialize(ASTContext &Context) override {
    if (OnPrefix)
      lttng_tidy::PrecompiledPrefix::lookUpByNameOnly(Context);
    Skipper.attach(Context);
  }

  /// The probe is parsed without the bodies no check reads; the LTTng
  /// tree's own keep theirs (model/FunctionBodies.h).
  bool shouldSkipFunctionBody(Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    return FD && Skipper.shouldSkip(*FD);
  }

  void HandleTranslationUnit(ASTContext &Context) override {
    if (PrefixBroken)
      return;
    Completed = true;
    lttng_tidy::resolveModelTypes(Model, Context);
    if (!Checks.empty() && NoteMirrors)
      Checks.front()->noteMirrors(Model, &CI.getSourceManager(),
                                  CI.getFrontendOpts().Inputs[0].getFile());
    for (TracepointModelCheck *Check : Checks) {
      if (!Check->ProbeFindings)
        continue;
      Check->Recording = &*Check->ProbeFindings;
      Check->RecordingSM = &CI.getSourceManager();
      Check->RecordingLangOpts = &CI.getLangOpts();
      Check->ReadingUnitModel = Check->Model.get();
      Check->checkModel(Model, Context);
      Check->Recording = nullptr;
      Check->RecordingSM = nullptr;
      Check->RecordingLangOpts = nullptr;
    }
  }

private:
  const std::vector<TracepointModelCheck *> &Checks;
  CompilerInstance &CI;
  lttng_tidy::TracepointModel &Model;
  /// Whether the probe's mirrors count as the unit's (a probe read for a
  /// kernel unit), not the unit's own read again.
  bool NoteMirrors;
  lttng_tidy::FunctionBodySkipper Skipper;
  bool OnPrefix;
  const bool &PrefixBroken;
  /// Whether the checks ran on the unit (a read on a broken prefix is
  /// thrown away before they do).
  bool &Completed;
};

namespace {
/// What a probe read that may be shared watches (SharedProbeReads.h).
struct ShareWatch {
  const std::vector<std::string> *OwnDirs = nullptr;
  ProbeRead *Read = nullptr;
};

class ProbeUnitAction : public ASTFrontendAction {
public:
  ProbeUnitAction(const std::vector<TracepointModelCheck *> &Checks,
                  bool NoteMirrors, StringRef LttngRoot, ShareWatch Watch,
                  const lttng_tidy::PrecompiledPrefix *Prefix = nullptr)
      : Checks(Checks), NoteMirrors(NoteMirrors), LttngRoot(LttngRoot),
        Watch(Watch), Prefix(Prefix) {}

  /// Whether the checks ran on the probe.
  bool completed() const { return Completed; }

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    Preprocessor &PP = CI.getPreprocessor();
    auto Collector = std::make_unique<lttng_tidy::TracepointCollector>(PP, Model);
    if (Prefix) {
      Collector->resume(Prefix->collector());
      PP.addPPCallbacks(Prefix->leadingLinesWatcher(PP, PrefixBroken));
    }
    PP.addPPCallbacks(std::move(Collector));
    if (Watch.Read)
      PP.addPPCallbacks(
          SharedProbeReads::includeWatcher(PP, *Watch.OwnDirs, *Watch.Read));
    return std::make_unique<ProbeUnitConsumer>(Checks, CI, Model, NoteMirrors,
                                               LttngRoot, Prefix, PrefixBroken,
                                               Completed);
  }

private:
  const std::vector<TracepointModelCheck *> &Checks;
  lttng_tidy::TracepointModel Model;
  bool NoteMirrors;
  std::string LttngRoot;
  ShareWatch Watch;
  const lttng_tidy::PrecompiledPrefix *Prefix;
  bool PrefixBroken = false;
  bool Completed = false;
};

/// Runs \p Checks on the probe \p Invocation describes, loading \p
/// Prefix; false, with nothing noted, when it cannot serve the probe.
bool runChecksOnPrefix(const CompilerInvocation &Invocation,
                       const std::vector<TracepointModelCheck *> &Checks,
                       const IntrusiveRefCntPtr<llvm::vfs::FileSystem> &VFS,
                       StringRef LttngRoot, std::set<std::string> &FilesRead,
                       ShareWatch Watch, const ProbePrefix &Prefix,
                       std::vector<StableFinding> &Errors) {
  // The read's own include lookups, kept apart until it is known to count.
  ProbeRead Lookups;
  ShareWatch ReadWatch = Watch;
  if (Watch.Read)
    ReadWatch.Read = &Lookups;
  std::vector<StableFinding> ReadErrors;
  auto WithPrefix = std::make_shared<CompilerInvocation>(Invocation);
  CompilerInstance CI;
  CI.createFileManager(Prefix.Built->useIn(*WithPrefix, VFS));
  CI.setInvocation(std::move(WithPrefix));
  CI.createDiagnostics(new ErrorCollector(ReadErrors), /*ShouldOwnClient=*/true);
  ProbeUnitAction Action(Checks, /*NoteMirrors=*/true, LttngRoot, ReadWatch,
                         Prefix.Built.get());
  CI.ExecuteAction(Action);
  StringRef Probe = Invocation.getFrontendOpts().Inputs[0].getFile();
  if (!Action.completed()) {
    traceProbePrefixes("read " + Probe + " again without its precompiled prefix");
    return false;
  }
  traceProbePrefixes("read " + Probe + " on its precompiled prefix");
  Errors = std::move(ReadErrors);
  std::vector<std::string> Files = lttng_tidy::filesEntered(CI.getSourceManager());
  llvm::erase_if(Files, [&](const std::string &F) {
    return Prefix.Built->isOwnFile(F);
  });
  Files.insert(Files.end(), Prefix.Built->filesRead().begin(),
               Prefix.Built->filesRead().end());
  for (std::string &File : Files) {
    if (Watch.Read)
      Watch.Read->FilesRead.push_back(File);
    FilesRead.insert(std::move(File));
  }
  if (Watch.Read) {
    Watch.Read->Shareable = Lookups.Shareable && Prefix.Watched.Shareable;
    std::set<std::string> Names(Lookups.ShadowableIncludes.begin(),
                                Lookups.ShadowableIncludes.end());
    Names.insert(Prefix.Watched.ShadowableIncludes.begin(),
                 Prefix.Watched.ShadowableIncludes.end());
    Watch.Read->ShadowableIncludes.assign(Names.begin(), Names.end());
  }
  return true;
}

/// Runs \p Checks on the unit \p Invocation describes; its compile errors.
/// The files it read are added to \p FilesRead. With \p Prefix, on it
/// where it serves.
std::vector<StableFinding>
runChecksOn(std::shared_ptr<CompilerInvocation> Invocation,
            const std::vector<TracepointModelCheck *> &Checks,
            IntrusiveRefCntPtr<llvm::vfs::FileSystem> VFS, bool NoteMirrors,
            StringRef LttngRoot, std::set<std::string> &FilesRead,
            ShareWatch Watch = {}, const ProbePrefix *Prefix = nullptr) {
  std::vector<StableFinding> Errors;
  if (Prefix && runChecksOnPrefix(*Invocation, Checks, VFS, LttngRoot,
                                  FilesRead, Watch, *Prefix, Errors))
    return Errors;
  CompilerInstance CI;
  CI.setInvocation(std::move(Invocation));
  CI.createDiagnostics(new ErrorCollector(Errors), /*ShouldOwnClient=*/true);
  CI.createFileManager(std::move(VFS));
  ProbeUnitAction Action(Checks, NoteMirrors, LttngRoot, Watch);
  CI.ExecuteAction(Action);
  if (CI.hasSourceManager())
    for (std::string &File : lttng_tidy::filesEntered(CI.getSourceManager())) {
      if (Watch.Read)
        Watch.Read->FilesRead.push_back(File);
      FilesRead.insert(std::move(File));
    }
  return Errors;
}
} // namespace

void TracepointModelCheck::runProbeUnit(
    const lttng_tidy::LttngTree &Tree, const lttng_tidy::LttngProbe &Probe,
    std::shared_ptr<CompilerInvocation> Invocation,
    const std::vector<TracepointModelCheck *> &Checks,
    const std::vector<std::string> *OwnDirs, ProbeRead *Shared,
    const ProbePrefix *Prefix) {
  std::vector<StableFinding> Errors =
      runChecksOn(std::move(Invocation), Checks,
                  PP->getFileManager().getVirtualFileSystemPtr(),
                  /*NoteMirrors=*/true, Tree.root(),
                  unitStates()[PP].SecondaryInputs, {OwnDirs, Shared}, Prefix);

  // The compile errors are this check's to report, once.
  for (StableFinding &E : Errors) {
    E.Message = "reading the LTTng probe '" +
                llvm::sys::path::filename(Probe.Path).str() +
                "' for the analysed kernel failed here: " + E.Message;
    if (ProbeFindings)
      ProbeFindings->push_back(std::move(E));
  }
}

void TracepointModelCheck::replay(const StableFinding &F, SourceManager &SM) {
  auto LocOf = [&SM](const StableFinding::Place &P) -> SourceLocation {
    OptionalFileEntryRef File = SM.getFileManager().getOptionalFileRef(P.File);
    if (!File)
      return {};
    FileID FID = SM.translateFile(*File);
    if (FID.isInvalid())
      FID = SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
    return SM.getLocForStartOfFile(FID).getLocWithOffset(P.Offset);
  };
  SourceLocation At = LocOf(F.At);
  if (At.isInvalid())
    return;
  {
    auto Diag = ClangTidyCheck::diag(At, "%0", F.Level) << F.Message;
    for (const StableFinding::Replacement &R : F.Fixes) {
      SourceLocation Begin = LocOf(R.Begin);
      if (Begin.isValid())
        Diag << FixItHint::CreateReplacement(
            CharSourceRange::getCharRange(Begin,
                                          Begin.getLocWithOffset(R.Length)),
            R.Text);
    }
  }
  for (const auto &[Place, Message] : F.Notes) {
    SourceLocation NoteAt = LocOf(Place);
    if (NoteAt.isValid())
      ClangTidyCheck::diag(NoteAt, "%0", DiagnosticIDs::Note) << Message;
  }
}

namespace {
/// The check that reports a probe's compile errors, once for all: the same
/// whatever order the checks run in (clang-tidy's registry of every module
/// and lttng-tidy's of ours order them differently). A probe that no longer
/// compiles against the analysed kernel is a stale mirror; without that
/// check, the first by name.
TracepointModelCheck *
probeErrorOwner(const std::vector<TracepointModelCheck *> &Checks) {
  TracepointModelCheck *Owner = nullptr;
  for (TracepointModelCheck *Check : Checks) {
    if (Check->checkName() == "lttng-stale-mirror")
      return Check;
    if (!Owner || Check->checkName() < Owner->checkName())
      Owner = Check;
  }
  return Owner;
}
} // namespace

namespace {
/// \p Unit's answer to \p Q (whether it defines that kernel tracepoint).
bool answer(const lttng_tidy::TracepointModel &Unit, StringRef Tracepoint) {
  if (Tracepoint.empty())
    return !Unit.definitions(lttng_tidy::Side::Kernel).empty();
  return Unit.findTracepoint(lttng_tidy::Side::Kernel, Tracepoint) != nullptr;
}

/// The key of the shared read of \p Probe by the unit of \p PP.
std::string sharedReadKey(const Preprocessor &PP, const CompilerInvocation &Probe,
                          const lttng_tidy::UnitOwnDirectories &Own,
                          const std::vector<TracepointModelCheck *> &Checks) {
  llvm::ErrorOr<std::string> WorkingDir =
      PP.getFileManager().getVirtualFileSystem().getCurrentWorkingDirectory();
  return SharedProbeReads::key(Probe, WorkingDir ? *WorkingDir : std::string(),
                               Own.Spelled, Checks);
}
} // namespace

bool TracepointModelCheck::readingUnitDefines(StringRef Tracepoint) {
  const lttng_tidy::TracepointModel *Unit = readingUnit();
  if (!Unit)
    return false;
  bool Answer = answer(*Unit, Tracepoint);
  if (std::vector<UnitQuery> *Queries = unitStates()[PP].ProbeQueries)
    Queries->push_back({Tracepoint.str(), Answer});
  return Answer;
}

void TracepointModelCheck::readProbe(
    const lttng_tidy::LttngTree &Tree, const lttng_tidy::LttngProbe &Probe,
    const lttng_tidy::TracepointModel &Model,
    const std::vector<TracepointModelCheck *> &Checks,
    const ProbePrefix *Prefix) {
  TracepointModelCheck *Owner = probeErrorOwner(Checks);
  std::shared_ptr<CompilerInvocation> Invocation =
      lttng_tidy::probeInvocation(*PP, Tree, Probe, Model.Version);
  SharedProbeReads *Store = SharedProbeReads::get();
  if (!Store) {
    Owner->runProbeUnit(Tree, Probe, std::move(Invocation), Checks, nullptr,
                        nullptr, Prefix);
    return;
  }
  UnitState &Unit = unitStates()[PP];
  lttng_tidy::UnitOwnDirectories Own = lttng_tidy::unitOwnDirectories(*PP);
  std::string Key = sharedReadKey(*PP, *Invocation, Own, Checks);
  std::optional<ProbeRead> Read = Store->find(
      Key, Own.Absolute,
      [&Model](const UnitQuery &Q) { return answer(Model, Q.Tracepoint); });
  if (Read) {
    // What reading the probe would have left, in the same order.
    for (const std::string &Name : Read->Mirrors) {
      Unit.Mirrored.insert(Name);
      Unit.Probes[Probe.Path].Mirrors.insert(Name);
    }
    for (const std::string &Header : Read->KernelHeaders)
      Unit.Probes[Probe.Path].KernelHeaders.insert(Header);
    Unit.SecondaryInputs.insert(Read->FilesRead.begin(), Read->FilesRead.end());
    for (llvm::json::Value &D : Read->Definitions)
      Unit.ProbeDefinitions.push_back(std::move(D));
    for (TracepointModelCheck *Check : Checks) {
      if (!Check->ProbeFindings)
        continue; // readProbesForAllChecks gave every check one
      std::vector<StableFinding> &Found = Read->Findings[Check->checkName().str()];
      Check->ProbeFindings->insert(Check->ProbeFindings->end(),
                                   std::make_move_iterator(Found.begin()),
                                   std::make_move_iterator(Found.end()));
    }
    return;
  }

  ProbeRead Fresh;
  std::map<TracepointModelCheck *, size_t> FoundBefore;
  for (TracepointModelCheck *Check : Checks)
    FoundBefore[Check] =
        Check->ProbeFindings ? Check->ProbeFindings->size() : 0;
  size_t DefinitionsBefore = Unit.ProbeDefinitions.size();
  Unit.ProbeQueries = &Fresh.Queries;
  Owner->runProbeUnit(Tree, Probe, std::move(Invocation), Checks,
                      &Own.Absolute, &Fresh, Prefix);
  UnitState &Done = unitStates()[PP];
  Done.ProbeQueries = nullptr;
  auto Contents = Done.Probes.find(Probe.Path);
  if (Contents != Done.Probes.end()) {
    for (const auto &Name : Contents->second.Mirrors)
      Fresh.Mirrors.push_back(Name.getKey().str());
    for (const auto &Header : Contents->second.KernelHeaders)
      Fresh.KernelHeaders.push_back(Header.getKey().str());
  }
  for (size_t I = DefinitionsBefore; I < Done.ProbeDefinitions.size(); ++I)
    Fresh.Definitions.push_back(Done.ProbeDefinitions[I]);
  for (TracepointModelCheck *Check : Checks)
    if (Check->ProbeFindings)
      Fresh.Findings[Check->checkName().str()].assign(
          Check->ProbeFindings->begin() + FoundBefore[Check],
          Check->ProbeFindings->end());
  Store->keep(Key, Fresh);
}

std::vector<const lttng_tidy::LttngProbe *> TracepointModelCheck::probesToParse(
    const lttng_tidy::LttngTree &Tree,
    const std::vector<const lttng_tidy::LttngProbe *> &Probes,
    const lttng_tidy::TracepointModel &Model,
    const std::vector<TracepointModelCheck *> &Checks) {
  SharedProbeReads *Store = SharedProbeReads::get();
  if (!Store)
    return Probes;
  std::vector<const lttng_tidy::LttngProbe *> ToParse;
  lttng_tidy::UnitOwnDirectories Own = lttng_tidy::unitOwnDirectories(*PP);
  for (const lttng_tidy::LttngProbe *Probe : Probes) {
    std::shared_ptr<CompilerInvocation> Invocation =
        lttng_tidy::probeInvocation(*PP, Tree, *Probe, Model.Version);
    if (!Store->find(sharedReadKey(*PP, *Invocation, Own, Checks), Own.Absolute,
                     [&Model](const UnitQuery &Q) {
                       return answer(Model, Q.Tracepoint);
                     }))
      ToParse.push_back(Probe);
  }
  return ToParse;
}

void TracepointModelCheck::readProbesForAllChecks(
    const lttng_tidy::TracepointModel &Model) {
  std::vector<TracepointModelCheck *> Checks;
  for (TracepointModelCheck *Check : unitStates()[PP].Checks)
    if (!Check->ProbeFindings && Check->LttngModulesDir == LttngModulesDir) {
      Check->ProbeFindings.emplace();
      Checks.push_back(Check);
    }
  std::string Error;
  const lttng_tidy::LttngTree *Tree =
      lttng_tidy::LttngTree::cached(LttngModulesDir, Error);
  if (!Tree) {
    // An error, not a warning: a configured tree that cannot be read would
    // otherwise turn every mirror check off while clang-tidy exits 0.
    configurationDiag("%0 (option LttngModulesDir)", DiagnosticIDs::Error)
        << Error;
    return;
  }
  std::set<std::string> Seen;
  std::vector<const lttng_tidy::LttngProbe *> ToRead;
  for (const auto &[Def, Probe] : lttng_tidy::pairWithProbes(Model, *Tree)) {
    unitStates()[PP].Pairings.push_back({Def, Probe ? Probe->Path : ""});
    unitStates()[PP].Pairings.back().ModuleHeader =
        !Model.isKernelFile(Def->Position.File);
    if (Probe && Seen.insert(Probe->Path).second) {
      unitStates()[PP].ProbesRead.push_back(Probe->Path);
      ToRead.push_back(Probe);
    }
  }
  std::optional<ProbePrefixes> Prefixes;
  if (precompilesProbeHeaders() && ToRead.size() > 1) {
    // A shared read notes the unit's own directories its lookups asked.
    lttng_tidy::UnitOwnDirectories Own;
    if (SharedProbeReads::get())
      Own = lttng_tidy::unitOwnDirectories(*PP);
    Prefixes.emplace(*PP, *Tree, probesToParse(*Tree, ToRead, Model, Checks),
                     Model.Version,
                     SharedProbeReads::get() ? &Own.Absolute : nullptr);
  }
  for (const lttng_tidy::LttngProbe *Probe : ToRead)
    readProbe(*Tree, *Probe, Model, Checks,
              Prefixes ? Prefixes->forProbe(*Probe) : nullptr);
  UnitState &Unit = unitStates()[PP];
  for (ProbePairing &P : Unit.Pairings) {
    auto It = Unit.Probes.find(P.Probe);
    if (It == Unit.Probes.end())
      continue;
    P.ProbeMirrors = &It->second.Mirrors;
    P.ProbeReadsHeader =
        It->second.KernelHeaders.count(withoutDots(P.Kernel->Position.File));
  }
  // The kernel side was judged in this unit already: keep the mirror's.
  SmallString<256> Root;
  if (llvm::sys::fs::real_path(Tree->root(), Root))
    Root = Tree->root();
  for (TracepointModelCheck *Check : Checks)
    if (Check->ProbeFindings && !Check->judgesKernelSideFromMirror())
      llvm::erase_if(*Check->ProbeFindings, [&Root](const StableFinding &F) {
      return !StringRef(F.At.File).starts_with(Root);
    });
}

//===----------------------------------------------------------------------===//
// Probe units that do not read the kernel header they mirror
//===----------------------------------------------------------------------===//

namespace {
/// The mirror of a probe of an LTTng tree whose kernel header the unit did
/// not read, or nothing.
std::optional<UnitState::UnreadHeader>
findUnreadHeader(const Preprocessor &PP, const lttng_tidy::TracepointModel &Model) {
  const SourceManager &SM = PP.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return std::nullopt;
  StringRef MainPath = Main->getFileEntry().tryGetRealPathName();
  std::string Root = lttng_tidy::LttngTree::rootOfProbe(MainPath);
  std::string Error;
  const lttng_tidy::LttngTree *Tree =
      Root.empty() ? nullptr : lttng_tidy::LttngTree::cached(Root, Error);
  const lttng_tidy::LttngProbe *Probe = Tree ? Tree->probeAt(MainPath) : nullptr;
  if (!Probe)
    return std::nullopt;
  std::string Mirrored = lttng_tidy::mirroredHeader(Probe->MirrorInclude);
  std::vector<const lttng_tidy::TracepointDefinition *> Kernel =
      Model.definitions(lttng_tidy::Side::Kernel);
  // A probe that reads no kernel trace header at all is a finding of
  // lttng-stale-mirror's own.
  if (Mirrored.empty() || Kernel.empty())
    return std::nullopt;
  for (const lttng_tidy::TracepointDefinition *K : Kernel)
    if (Tree->probeFor(K->Position.File) == Probe)
      return std::nullopt;
  std::string MirrorSuffix = "/" + Probe->MirrorInclude;
  if (llvm::none_of(Model.Definitions, [&](const auto &D) {
        return D.side() == lttng_tidy::Side::Lttng &&
               StringRef(withoutDots(D.Position.File)).ends_with(MirrorSuffix);
      }))
    return std::nullopt;
  UnitState::UnreadHeader U;
  U.Mirrored = Mirrored;
  U.MirrorInclude = Probe->MirrorInclude;
  U.KernelRoot = lttng_tidy::kernelRootOf(PP);
  if (!U.KernelRoot.empty()) {
    // "arch/x86/kvm/trace.h" lies under the tree's root, "trace/events/x.h"
    // under its include/.
    SmallString<256> File(U.KernelRoot);
    if (!StringRef(Mirrored).starts_with("arch/"))
      llvm::sys::path::append(File, "include");
    llvm::sys::path::append(File, Mirrored);
    if (PP.getFileManager().getVirtualFileSystem().exists(File))
      U.KernelFile = std::string(File);
  }
  return U;
}

} // namespace

bool TracepointModelCheck::checkUnreadMirrorHeader(
    const lttng_tidy::TracepointModel &Model, ASTContext &Context) {
  UnitState &Unit = unitStates()[PP];
  if (!Unit.UnreadComputed) {
    Unit.UnreadComputed = true;
    Unit.Unread = findUnreadHeader(*PP, Model);
  }
  if (!Unit.Unread)
    return false;
  UnitState::UnreadHeader &U = *Unit.Unread;
  SourceManager &SM = Context.getSourceManager();
  if (!U.KernelFile.empty()) {
    // Read once for every check that compares: the probe with the header.
    if (!ProbeFindings) {
      std::vector<TracepointModelCheck *> Checks;
      for (TracepointModelCheck *Check : Unit.Checks)
        if (Check->comparesMirrorsWithKernel() && !Check->ProbeFindings) {
          Check->ProbeFindings.emplace();
          Checks.push_back(Check);
        }
      if (!Checks.empty())
        probeErrorOwner(Checks)->rereadProbeWithHeader(U.KernelFile, Checks);
    }
    if (ProbeFindings)
      for (const StableFinding &F : *ProbeFindings)
        replay(F, SM);
    return true;
  }
  if (!U.Remarked) {
    U.Remarked = true;
    SourceLocation Start = SM.getLocForStartOfFile(SM.getMainFileID());
    if (U.KernelRoot.empty())
      diag(Start,
           "the mirrors of '%0' in '%1' were not judged: this unit does not "
           "read the kernel header, and none of its include directories is "
           "a kernel tree's include/",
           DiagnosticIDs::Remark)
          << U.Mirrored << U.MirrorInclude;
    else
      diag(Start,
           "the mirrors of '%0' in '%1' were not judged: this unit does not "
           "read the kernel header, and the unit's kernel tree '%2' does not "
           "have it (a headers-only package has no private headers)",
           DiagnosticIDs::Remark)
          << U.Mirrored << U.MirrorInclude << U.KernelRoot;
  }
  if (!U.WithoutMirrors) {
    U.WithoutMirrors = std::make_shared<lttng_tidy::TracepointModel>(Model);
    std::string MirrorSuffix = "/" + U.MirrorInclude;
    llvm::erase_if(U.WithoutMirrors->Definitions, [&](const auto &D) {
      return D.side() == lttng_tidy::Side::Lttng &&
             StringRef(withoutDots(D.Position.File)).ends_with(MirrorSuffix);
    });
  }
  checkModel(*U.WithoutMirrors, Context);
  return true;
}

void TracepointModelCheck::rereadProbeWithHeader(
    StringRef KernelHeader, const std::vector<TracepointModelCheck *> &Checks) {
  // The same command, the same configuration: only the main file gains the
  // kernel header, so its definitions are the unit's kernel's.
  const SourceManager &SM = PP->getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  UnitState &Unit = unitStates()[PP];
  if (!Main || !Unit.Unread)
    return;
  StringRef MainName = Main->getName();
  std::unique_ptr<llvm::MemoryBuffer> Text = llvm::MemoryBuffer::getMemBufferCopy(
      lttng_tidy::withHeaderBeforeMirror(SM.getBufferData(SM.getMainFileID()),
                             Unit.Unread->MirrorInclude, KernelHeader),
      MainName);
  std::shared_ptr<CompilerInvocation> Invocation =
      lttng_tidy::invocationLike(*PP, MainName);
  PreprocessorOptions &PPOpts = Invocation->getPreprocessorOpts();
  PPOpts.addRemappedFile(MainName, Text.get());
  PPOpts.RetainRemappedFileBuffers = true; // Text outlives the compilation
  std::vector<StableFinding> Errors =
      runChecksOn(Invocation, Checks,
                  PP->getFileManager().getVirtualFileSystemPtr(),
                  /*NoteMirrors=*/false,
                  lttng_tidy::LttngTree::rootContaining(MainName),
                  Unit.SecondaryInputs);
  // A mirror whose prototype differs from the kernel's conflicts with it
  // here, as LTTng's build would say if the probe included the header:
  // lttng-proto-mismatch reports that one, with its fix. Other errors
  // (the header not compiling in this unit) are reported.
  std::string MirrorSuffix = "/" + Unit.Unread->MirrorInclude;
  llvm::erase_if(Errors, [&](const StableFinding &E) {
    return StringRef(withoutDots(E.At.File)).ends_with(MirrorSuffix);
  });
  for (StableFinding &E : Errors) {
    E.Message = "reading this probe again with the kernel header '" +
                KernelHeader.str() + "' before its mirror failed here: " +
                E.Message;
    if (ProbeFindings)
      ProbeFindings->push_back(std::move(E));
  }
}

} // namespace clang::tidy::lttng

//===----------------------------------------------------------------------===//
// The unit's tracepoints, for `lttng-tidy audit`
//===----------------------------------------------------------------------===//

namespace clang::tidy::lttng {

namespace {
/// What the audit lists of a definition: no prototype or field details.
llvm::json::Object auditEntry(const lttng_tidy::TracepointDefinition &D,
                              const SourceManager &SM) {
  llvm::json::Value Full = lttng_tidy::definitionToJson(D, SM);
  llvm::json::Object O;
  for (StringRef Key : {"side", "macro", "shape", "name", "system", "file",
                        "line", "column", "class", "map", "wrapper"})
    if (const llvm::json::Value *V = Full.getAsObject()->get(Key))
      O[Key] = *V;
  O["defines_tracepoint"] = D.definesTracepoint();
  return O;
}
} // namespace

void TracepointModelCheck::noteMirrors(const lttng_tidy::TracepointModel &M,
                                       const SourceManager *ProbeSM,
                                       StringRef ProbePath) {
  UnitState &Unit = unitStates()[PP];
  for (const lttng_tidy::TracepointDefinition *D :
       M.definitions(lttng_tidy::Side::Lttng)) {
    Unit.Mirrored.insert(D->Name);
    if (ProbeSM) {
      Unit.ProbeDefinitions.push_back(auditEntry(*D, *ProbeSM));
      Unit.Probes[ProbePath.str()].Mirrors.insert(D->Name);
    }
  }
  if (ProbeSM)
    for (const lttng_tidy::TracepointDefinition *D :
         M.definitions(lttng_tidy::Side::Kernel))
      Unit.Probes[ProbePath.str()].KernelHeaders.insert(
          withoutDots(D->Position.File));
}

void TracepointModelCheck::exportModel(const lttng_tidy::TracepointModel &M,
                                       const SourceManager &SM) {
  UnitState &Unit = unitStates()[PP];
  noteMirrors(M, nullptr, "");
  // Whether a missing mirror can be told from an unknown one.
  bool MirrorsKnown = !LttngModulesDir.empty() ||
                      !M.definitions(lttng_tidy::Side::Lttng).empty();
  llvm::json::Array Tracepoints;
  for (const lttng_tidy::TracepointDefinition &D : M.Definitions) {
    llvm::json::Object O = auditEntry(D, SM);
    if (D.side() == lttng_tidy::Side::Kernel && D.definesTracepoint())
      O["mirror"] = D.shape() == lttng_tidy::DefinitionShape::Trace
                        ? "no-layout" // bare DECLARE_TRACE: nothing to record
                    : !MirrorsKnown ? "unknown"
                    : Unit.Mirrored.count(D.Name) ? "mirrored"
                                                  : "missing";
    Tracepoints.push_back(std::move(O));
  }
  for (llvm::json::Value &D : Unit.ProbeDefinitions)
    Tracepoints.push_back(std::move(D));
  // Every file the unit read: the audit's cache checks their contents.
  std::set<std::string> Read = Unit.SecondaryInputs;
  for (std::string &File : lttng_tidy::filesEntered(SM))
    Read.insert(std::move(File));
  Read.insert(Unit.ProbesRead.begin(), Unit.ProbesRead.end());
  llvm::json::Array Inputs;
  for (const std::string &File : Read)
    Inputs.push_back(File);
  llvm::json::Object Out{{"tracepoints", std::move(Tracepoints)},
                         {"probes", llvm::json::Array(Unit.ProbesRead)},
                         {"inputs", std::move(Inputs)}};
  std::error_code EC;
  llvm::raw_fd_ostream OS(ModelExportFile, EC);
  if (EC) {
    configurationDiag("cannot write '%0' (option LttngModelExportFile): %1")
        << ModelExportFile << EC.message();
    return;
  }
  OS << llvm::json::Value(std::move(Out));
}

} // namespace clang::tidy::lttng
