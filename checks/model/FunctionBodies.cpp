//===--- FunctionBodies.cpp - The bodies the checks read, the rest skipped ===//

#include "model/FunctionBodies.h"
#include "model/KnownMacros.h"
#include "model/Paths.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace lttng_tidy {

namespace {
/// The skippers of the parses under way: a probe read for a kernel unit is
/// parsed while the unit's own parse is still open.
std::vector<const FunctionBodySkipper *> &liveSkippers() {
  static std::vector<const FunctionBodySkipper *> Live;
  return Live;
}
} // namespace

FunctionBodySkipper::FunctionBodySkipper(Preprocessor &PP,
                                         llvm::StringRef KeptRoot)
    : PP(PP) {
  if (!KeptRoot.empty()) {
    this->KeptRoot = withoutDots(KeptRoot);
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(KeptRoot, Real))
      KeptRealRoot = std::string(Real);
  }
  liveSkippers().push_back(this);
  PP.setTokenWatcher([this](const Token &Tok) { onToken(Tok); });
}

FunctionBodySkipper::~FunctionBodySkipper() {
  PP.setTokenWatcher(nullptr);
  llvm::erase(liveSkippers(), this);
}

bool FunctionBodySkipper::underKeptRoot(FileID File) {
  if (KeptRoot.empty())
    return false;
  auto [It, New] = Kept.try_emplace(File, false);
  if (!New)
    return It->second;
  OptionalFileEntryRef Entry = PP.getSourceManager().getFileEntryRefForID(File);
  if (!Entry)
    return false;
  std::string Name = withoutDots(Entry->getName());
  bool Under = llvm::StringRef(Name).starts_with(KeptRoot + "/");
  llvm::SmallString<256> Real;
  // The real path only when the root's own differs from its spelling: a
  // probe's parse opens a thousand kernel headers.
  if (!Under && !KeptRealRoot.empty() && KeptRealRoot != KeptRoot &&
      !llvm::sys::fs::real_path(Entry->getName(), Real))
    Under = Real.str().starts_with(KeptRealRoot + "/");
  It->second = Under;
  return Under;
}

bool FunctionBodySkipper::writtenByLttngDefinitionMacro(SourceLocation Loc) {
  const SourceManager &SM = PP.getSourceManager();
  // Up the expansions, from the macro whose text holds the brace to the
  // one written in a file: a mirror header's own wrapper macros end in one
  // of the model's (LTTNG_TRACEPOINT_EVENT, ...).
  while (Loc.isMacroID()) {
    const DefinitionMacro *Macro = findDefinitionMacro(
        Lexer::getImmediateMacroName(Loc, SM, PP.getLangOpts()));
    if (Macro && Macro->MacroSide == Side::Lttng)
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

bool FunctionBodySkipper::keepsMacroWrittenBody(const FunctionDecl &FD) {
  // The parser stands on the body's '{', the last token lexed.
  if (!LastTokenWasLeftBrace || LastTokenLoc.isFileID())
    return true;
  // Of the functions the kernel's tracing macros write for each event, a
  // check reads this one only (lttng-assign-narrowing).
  if (FD.getIdentifier() && isFastAssignFunction(FD.getName()))
    return true;
  const SourceManager &SM = PP.getSourceManager();
  return underKeptRoot(SM.getFileID(SM.getSpellingLoc(LastTokenLoc))) ||
         writtenByLttngDefinitionMacro(LastTokenLoc);
}

bool FunctionBodySkipper::shouldSkip(const FunctionDecl &FD) {
  SourceLocation Loc = FD.getLocation();
  if (Loc.isInvalid())
    return false;
  if (Loc.isFileID() ? underKeptRoot(PP.getSourceManager().getFileID(Loc))
                     : keepsMacroWrittenBody(FD))
    return false;
  // The parser stands on the body's '{': the tokens up to its '}' are the
  // body's.
  Reading = &FD;
  ReadingInline = FD.isInlined();
  Depth = 1;
  AfterMemberOrTag = false;
  if (ReadingInline)
    Names[&FD];
  return true;
}

void FunctionBodySkipper::attach(ASTContext &Context) {
  this->Context = &Context;
  if (!Resumed)
    return;
  for (const std::string &Name : Resumed->NamesInAnyBody)
    NamesInAnyBody.insert(PP.getIdentifierInfo(Name));
  for (const auto &[Function, Spelled] : Resumed->InlineBodies) {
    std::vector<const IdentifierInfo *> &Ids = ResumedNames[Function];
    for (const std::string &Name : Spelled)
      Ids.push_back(PP.getIdentifierInfo(Name));
  }
}

FunctionBodySkipper::Carried FunctionBodySkipper::carried() const {
  Carried C;
  for (const auto &[Function, Ids] : Names) {
    if (!Function->getIdentifier())
      continue;
    std::vector<std::string> &Spelled = C.InlineBodies[Function->getName()];
    for (const IdentifierInfo *Id : Ids)
      Spelled.push_back(Id->getName().str());
  }
  for (const IdentifierInfo *Id : NamesInAnyBody)
    C.NamesInAnyBody.push_back(Id->getName().str());
  return C;
}

void FunctionBodySkipper::resume(const Carried &From) { Resumed = &From; }

void FunctionBodySkipper::alsoWatchTokens(
    std::function<void(const Token &)> Watcher) {
  AlsoWatching = std::move(Watcher);
}

void FunctionBodySkipper::markNamedDeclarationsUsed() {
  if (!Context)
    return;
  TranslationUnitDecl *Unit = Context->getTranslationUnitDecl();
  for (const IdentifierInfo *Name : NamesInAnyBody)
    for (NamedDecl *D : Unit->lookup(Name))
      if (isa<FunctionDecl>(D) || isa<VarDecl>(D)) {
        D->setReferenced();
        D->markUsed(*Context);
      }
}

void FunctionBodySkipper::onToken(const Token &Tok) {
  if (AlsoWatching)
    AlsoWatching(Tok);
  // The end of the unit, which the parser has yet to see: clang's checks
  // of unused declarations come next.
  if (Tok.is(tok::eof) && !Marked) {
    Marked = true;
    markNamedDeclarationsUsed();
    return;
  }
  LastTokenLoc = Tok.getLocation();
  LastTokenWasLeftBrace = Tok.is(tok::l_brace);
  if (!Reading)
    return;
  if (Tok.is(tok::l_brace)) {
    ++Depth;
  } else if (Tok.is(tok::r_brace)) {
    if (--Depth == 0) {
      Reading = nullptr;
      return;
    }
  } else if (Tok.is(tok::identifier) && !AfterMemberOrTag) {
    NamesInAnyBody.insert(Tok.getIdentifierInfo());
    if (ReadingInline)
      Names[Reading].push_back(Tok.getIdentifierInfo());
  }
  AfterMemberOrTag = Tok.isOneOf(tok::period, tok::arrow, tok::kw_struct,
                                 tok::kw_union, tok::kw_enum);
}

const std::vector<const IdentifierInfo *> *
FunctionBodySkipper::namesInSkippedBody(const FunctionDecl &Def) {
  if (!Def.hasSkippedBody())
    return nullptr;
  for (const FunctionBodySkipper *Skipper : liveSkippers()) {
    auto It = Skipper->Names.find(&Def);
    if (It != Skipper->Names.end())
      return &It->second;
  }
  // Skipped while the precompiled prefix of a probe read was built.
  if (!Def.isFromASTFile() || !Def.getIdentifier())
    return nullptr;
  for (const FunctionBodySkipper *Skipper : liveSkippers()) {
    auto It = Skipper->ResumedNames.find(Def.getName());
    if (It != Skipper->ResumedNames.end())
      return &It->second;
  }
  return nullptr;
}

} // namespace lttng_tidy
