//===--- PrecompiledPrefix.cpp - Probes' leading headers, parsed once ----===//

#include "model/PrecompiledPrefix.h"
#include "model/Paths.h"
#include "model/ProbeReading.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Serialization/ASTWriter.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using llvm::StringRef;

namespace lttng_tidy {

std::vector<std::string> leadingIncludes(StringRef Text) {
  std::vector<std::string> Lines;
  bool InComment = false;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    StringRef Trimmed = Line.trim();
    if (InComment) {
      // Only comments may come before the first include.
      size_t End = Trimmed.find("*/");
      if (End == StringRef::npos)
        continue;
      InComment = false;
      Trimmed = Trimmed.drop_front(End + 2).trim();
    }
    if (Lines.empty() && (Trimmed.empty() || Trimmed.starts_with("//")))
      continue;
    if (Lines.empty() && Trimmed.starts_with("/*")) {
      size_t End = Trimmed.find("*/", 2);
      if (End == StringRef::npos) {
        InComment = true;
        continue;
      }
      if (Trimmed.drop_front(End + 2).trim().empty())
        continue;
      break; // code after the comment on its line
    }
    StringRef Directive = Trimmed;
    if (!Directive.consume_front("#") ||
        !Directive.ltrim().starts_with("include") || Trimmed.ends_with("\\"))
      break;
    Lines.push_back(Line.rtrim().str());
  }
  return Lines;
}

namespace {
/// The two files a prefix adds beside its probes.
constexpr StringRef HeaderName = ".lttng-tidy-probe-prefix.h";
constexpr StringRef PchSuffix = ".pch";

/// Notes any use of the names the prefix must not depend on: the macros
/// left out of its build, and __BASE_FILE__.
class LeftOutMacroWatcher : public PPCallbacks {
public:
  LeftOutMacroWatcher(Preprocessor &PP, const llvm::StringSet<> &Names,
                      bool &Used)
      : PP(PP), Names(Names), Used(Used) {}

  void MacroExpands(const Token &Name, const MacroDefinition &, SourceRange,
                    const MacroArgs *) override {
    note(Name);
  }
  void MacroDefined(const Token &Name, const MacroDirective *) override {
    note(Name);
  }
  void MacroUndefined(const Token &Name, const MacroDefinition &,
                      const MacroDirective *) override {
    note(Name);
  }
  void Defined(const Token &Name, const MacroDefinition &,
               SourceRange) override {
    note(Name);
  }
  void Ifdef(SourceLocation, const Token &Name,
             const MacroDefinition &) override {
    note(Name);
  }
  void Ifndef(SourceLocation, const Token &Name,
              const MacroDefinition &) override {
    note(Name);
  }
  void Elifdef(SourceLocation, const Token &Name,
               const MacroDefinition &) override {
    note(Name);
  }
  void Elifndef(SourceLocation, const Token &Name,
                const MacroDefinition &) override {
    note(Name);
  }
  // An undefined name in #if is 0, with no callback of its own.
  void If(SourceLocation, SourceRange Condition, ConditionValueKind) override {
    noteText(Condition);
  }
  void Elif(SourceLocation, SourceRange Condition, ConditionValueKind,
            SourceLocation) override {
    noteText(Condition);
  }

  /// A token the parser sees (the token watcher).
  void note(const Token &Tok) {
    // An annotation token's pointer is no identifier.
    if (Tok.isAnnotation())
      return;
    if (const IdentifierInfo *II = Tok.getIdentifierInfo())
      if (Names.contains(II->getName()))
        Used = true;
  }

private:
  void noteText(SourceRange Condition) {
    StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(Condition), PP.getSourceManager(),
        PP.getLangOpts());
    for (const auto &Name : Names)
      for (size_t At = Text.find(Name.getKey()); At != StringRef::npos;
           At = Text.find(Name.getKey(), At + 1)) {
        size_t End = At + Name.getKey().size();
        auto IsNameChar = [](char C) { return isAsciiIdentifierContinue(C); };
        if ((At == 0 || !IsNameChar(Text[At - 1])) &&
            (End == Text.size() || !IsNameChar(Text[End])))
          Used = true;
      }
  }

  Preprocessor &PP;
  const llvm::StringSet<> &Names;
  bool &Used;
};

/// Decides the bodies skipped in the build as in a probe read, and keeps
/// what the skipper learnt once the headers are parsed.
class SkippingConsumer : public ASTConsumer {
public:
  SkippingConsumer(Preprocessor &PP, StringRef KeptRoot,
                   LeftOutMacroWatcher &Watcher,
                   FunctionBodySkipper::Carried &Out)
      : Skipper(PP, KeptRoot), Out(Out) {
    Skipper.alsoWatchTokens([&Watcher](const Token &Tok) { Watcher.note(Tok); });
  }
  void Initialize(ASTContext &Context) override { Skipper.attach(Context); }
  bool shouldSkipFunctionBody(Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    return FD && Skipper.shouldSkip(*FD);
  }
  void HandleTranslationUnit(ASTContext &) override { Out = Skipper.carried(); }

private:
  FunctionBodySkipper Skipper;
  FunctionBodySkipper::Carried &Out;
};

/// Builds the unit's table of names before the prefix is written, which
/// then carries it: clang builds it for C only when something looks a name
/// up, and a read finds the prefix's declarations through it.
class NameTableBuilder : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &Context) override {
    Context.getTranslationUnitDecl()->buildLookup();
  }
};

/// Parses the leading lines as a prefix (TU_Prefix) and serialises it into
/// memory, as clang's precompiled preambles are.
class BuildPrefixAction : public ASTFrontendAction {
public:
  BuildPrefixAction(StringRef KeptRoot, const llvm::StringSet<> &LeftOut,
                    llvm::function_ref<void(Preprocessor &)> Watch)
      : KeptRoot(KeptRoot), LeftOut(LeftOut), Watch(Watch) {}

  TranslationUnitKind getTranslationUnitKind() override { return TU_Prefix; }
  bool hasASTFileSupport() const override { return false; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    Preprocessor &PP = CI.getPreprocessor();
    auto Collecting = std::make_unique<TracepointCollector>(PP, Model);
    Collector = Collecting.get();
    PP.addPPCallbacks(std::move(Collecting));
    auto Watching = std::make_unique<LeftOutMacroWatcher>(PP, LeftOut, UsesLeftOut);
    LeftOutMacroWatcher &Watcher = *Watching;
    PP.addPPCallbacks(std::move(Watching));
    Watch(PP);
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<NameTableBuilder>());
    Consumers.push_back(std::make_unique<PCHGenerator>(
        PP, CI.getModuleCache(), /*OutputFile=*/"", /*isysroot=*/"", Buffer,
        llvm::ArrayRef<std::shared_ptr<ModuleFileExtension>>()));
    Consumers.push_back(
        std::make_unique<SkippingConsumer>(PP, KeptRoot, Watcher, Skipped));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

  std::shared_ptr<PCHBuffer> Buffer = std::make_shared<PCHBuffer>();
  TracepointModel Model;
  TracepointCollector *Collector = nullptr;
  FunctionBodySkipper::Carried Skipped;
  bool UsesLeftOut = false;

private:
  std::string KeptRoot;
  const llvm::StringSet<> &LeftOut;
  llvm::function_ref<void(Preprocessor &)> Watch;
};

/// The read's watch on its own leading lines: the first \p Count include
/// directives of the main file must find their headers included already.
class LeadingLinesWatcher : public PPCallbacks {
public:
  LeadingLinesWatcher(const SourceManager &SM, size_t Count, bool &Broken)
      : SM(SM), Count(Count), Broken(Broken) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef,
                          bool, CharSourceRange, OptionalFileEntryRef,
                          StringRef, StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (SM.isInMainFile(HashLoc))
      ++Seen;
  }

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID) override {
    if (Reason != EnterFile || Seen == 0 || Seen > Count)
      return;
    SourceLocation IncludedFrom = SM.getIncludeLoc(SM.getFileID(Loc));
    if (IncludedFrom.isValid() && SM.isInMainFile(IncludedFrom))
      Broken = true;
  }

private:
  const SourceManager &SM;
  size_t Count;
  size_t Seen = 0;
  bool &Broken;
};

/// \p Invocation's options, but for its input and macros, as text.
std::string optionsBesideMacros(const CompilerInvocation &Invocation) {
  CompilerInvocation Copy(Invocation);
  Copy.getPreprocessorOpts().Macros.clear();
  Copy.getFrontendOpts().Inputs.clear();
  return parseOptionsText(Copy, {});
}
} // namespace

std::unique_ptr<PrecompiledPrefix> PrecompiledPrefix::build(
    const std::vector<const CompilerInvocation *> &Invocations, StringRef Dir,
    const std::vector<std::string> &Includes,
    const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS, StringRef KeptRoot,
    llvm::function_ref<void(Preprocessor &)> Watch) {
  if (Invocations.empty() || Includes.empty())
    return nullptr;
  const CompilerInvocation &First = *Invocations.front();
  std::string Options = optionsBesideMacros(First);
  for (const CompilerInvocation *Other : Invocations)
    if (optionsBesideMacros(*Other) != Options)
      return nullptr;
  // The macros every probe defines alike go into the build; the others
  // (the module names) each read defines after loading it.
  using Macro = std::pair<std::string, bool>;
  std::vector<Macro> Common;
  llvm::StringSet<> LeftOut{"__BASE_FILE__"};
  auto NameOf = [](StringRef Definition) {
    return Definition.take_until([](char C) { return C == '=' || C == '('; });
  };
  for (const Macro &M : First.getPreprocessorOpts().Macros) {
    if (llvm::all_of(Invocations, [&M](const CompilerInvocation *I) {
          return llvm::is_contained(I->getPreprocessorOpts().Macros, M);
        }))
      Common.push_back(M);
  }
  for (const CompilerInvocation *I : Invocations)
    for (const Macro &M : I->getPreprocessorOpts().Macros)
      if (!llvm::is_contained(Common, M))
        LeftOut.insert(NameOf(M.first));
  // A name defined both alike and otherwise is left out wholly.
  llvm::erase_if(Common, [&](const Macro &M) {
    return LeftOut.contains(NameOf(M.first));
  });

  std::unique_ptr<PrecompiledPrefix> Prefix(new PrecompiledPrefix);
  llvm::SmallString<256> Header(Dir);
  llvm::sys::path::append(Header, HeaderName);
  Prefix->HeaderPath = std::string(Header);
  Prefix->PchPath = Prefix->HeaderPath + PchSuffix.str();
  for (const std::string &Line : Includes)
    (Prefix->HeaderText += Line) += '\n';
  Prefix->LeadingLines = Includes.size();

  auto Invocation = std::make_shared<CompilerInvocation>(First);
  Invocation->getPreprocessorOpts().Macros = Common;
  Invocation->getLangOpts().CompilingPCH = true;
  FrontendOptions &FEOpts = Invocation->getFrontendOpts();
  FEOpts.Inputs.clear();
  FEOpts.Inputs.emplace_back(Prefix->HeaderPath, InputKind(Language::C));
  FEOpts.ProgramAction = frontend::GeneratePCH;
  FEOpts.OutputFile.clear();

  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(Prefix->HeaderPath, 0,
                  llvm::MemoryBuffer::getMemBuffer(Prefix->HeaderText,
                                                   Prefix->HeaderPath, false));
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(FS);
  Overlay->pushOverlay(Memory);

  CompilerInstance CI;
  CI.setInvocation(std::move(Invocation));
  CI.createDiagnostics(new IgnoringDiagConsumer, /*ShouldOwnClient=*/true);
  CI.createFileManager(Overlay);
  BuildPrefixAction Action(KeptRoot, LeftOut, Watch);
  CI.ExecuteAction(Action);
  if (CI.getDiagnostics().hasErrorOccurred() || !Action.Buffer->IsComplete ||
      Action.UsesLeftOut || !Action.Collector ||
      !Action.Model.Definitions.empty() || !Action.Model.Problems.empty())
    return nullptr;
  Prefix->Pch = std::move(Action.Buffer->Data);
  Prefix->Collector = Action.Collector->carried();
  Prefix->Skipper = std::move(Action.Skipped);
  for (std::string &Path : filesEntered(CI.getSourceManager()))
    if (!Prefix->isOwnFile(Path))
      Prefix->FilesRead.push_back(std::move(Path));
  return Prefix;
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
PrecompiledPrefix::useIn(CompilerInvocation &Invocation,
                         const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS) const {
  Invocation.getPreprocessorOpts().ImplicitPCHInclude = PchPath;
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(HeaderPath, 0,
                  llvm::MemoryBuffer::getMemBuffer(HeaderText, HeaderPath, false));
  Memory->addFile(PchPath, 0,
                  llvm::MemoryBuffer::getMemBuffer(
                      StringRef(Pch.data(), Pch.size()), PchPath, false));
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(FS);
  Overlay->pushOverlay(Memory);
  return Overlay;
}

void PrecompiledPrefix::lookUpByNameOnly(ASTContext &Context) {
  if (!Context.getExternalSource())
    return;
  // The reader asked for the table to be built from the unit's lexical
  // list before it attached the prefix's table; with no list to load, the
  // table is built from the read's own declarations and asks the prefix's
  // for every other name.
  Context.getTranslationUnitDecl()->setHasExternalLexicalStorage(false);
}

std::unique_ptr<PPCallbacks>
PrecompiledPrefix::leadingLinesWatcher(Preprocessor &PP, bool &Broken) const {
  return std::make_unique<LeadingLinesWatcher>(PP.getSourceManager(),
                                               LeadingLines, Broken);
}

bool PrecompiledPrefix::isOwnFile(StringRef Path) const {
  return Path == HeaderPath || Path == PchPath;
}

} // namespace lttng_tidy
