//===--- TracepointCollector.cpp - Builds the model from the preprocessor -===//

#include "model/TracepointCollector.h"
#include "model/CleanupHazard.h"
#include "model/TypeResolver.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace lttng_tidy {

namespace {
// Every definition macro's name starts with one of these: a cheap filter
// for the millions of expansions in a kernel translation unit.
bool mayNameDefinitionMacro(llvm::StringRef Name) {
  return Name.starts_with("TRACE_EVENT") || Name.starts_with("DEFINE_EVENT") ||
         Name.starts_with("DECLARE_") || Name.starts_with("LTTNG_TRACEPOINT_");
}
} // namespace

TracepointCollector::TracepointCollector(Preprocessor &PP,
                                         TracepointModel &Model)
    : PP(PP), SM(PP.getSourceManager()), Model(Model) {}

TracepointCollector::Carried TracepointCollector::carried() const {
  return {Model.Version,     LttngVersion,       LinuxVersion,
          Model.IncludeFileByHeader, Model.HeaderMacros, Model.UnseenMacros,
          Model.KernelRoots};
}

void TracepointCollector::resume(const Carried &From) {
  Model.Version = From.Version;
  LttngVersion = From.LttngVersion;
  LinuxVersion = From.LinuxVersion;
  Model.IncludeFileByHeader = From.IncludeFileByHeader;
  Model.HeaderMacros = From.HeaderMacros;
  Model.UnseenMacros = From.UnseenMacros;
  Model.KernelRoots = From.KernelRoots;
}

const DefinitionMacro *
TracepointCollector::definitionMacroFor(const IdentifierInfo *II) {
  if (!II)
    return nullptr;
  auto It = MacroByIdentifier.find(II);
  if (It != MacroByIdentifier.end())
    return It->second;
  const DefinitionMacro *Spec = mayNameDefinitionMacro(II->getName())
                                    ? findDefinitionMacro(II->getName())
                                    : nullptr;
  MacroByIdentifier[II] = Spec;
  return Spec;
}

std::vector<std::string>
TracepointCollector::macroCallers(SourceLocation Loc) const {
  // Walks from a token out through the macro expansions that produced it,
  // innermost first. Tokens that came from an argument are followed to
  // where the argument was written.
  std::vector<std::string> Callers;
  while (Loc.isMacroID()) {
    const SrcMgr::ExpansionInfo &Expansion =
        SM.getSLocEntry(SM.getFileID(Loc)).getExpansion();
    if (Expansion.isMacroArgExpansion()) {
      Loc = SM.getImmediateSpellingLoc(Loc);
      continue;
    }
    SourceLocation NameStart = Expansion.getExpansionLocStart();
    SourceLocation Spelled = SM.getSpellingLoc(NameStart);
    // Lex the name again: it may start with an escaped newline.
    Token NameTok;
    if (!Lexer::getRawToken(Spelled, NameTok, SM, PP.getLangOpts(), true))
      Callers.push_back(Lexer::getSpelling(NameTok, SM, PP.getLangOpts()));
    Loc = NameStart;
  }
  return Callers;
}

bool TracepointCollector::isInsideDefinitionMacro(SourceLocation Loc) const {
  // A definition macro written in the body of another one is the kernel's
  // or LTTng's own machinery (TRACE_EVENT becoming DECLARE_EVENT_CLASS and
  // DEFINE_EVENT), not a definition of its own.
  for (const std::string &Caller : macroCallers(Loc))
    if (findDefinitionMacro(Caller))
      return true;
  return false;
}

void TracepointCollector::noteDirective(SourceLocation Loc) {
  if (Loc.isFileID())
    Directives.push_back(SM.getDecomposedLoc(Loc));
}

bool TracepointCollector::hasDirectiveWithin(SourceRange Range) const {
  SourceLocation Begin = SM.getExpansionLoc(Range.getBegin());
  SourceLocation End = SM.getExpansionRange(Range.getEnd()).getEnd();
  auto [BeginFile, BeginOffset] = SM.getDecomposedLoc(Begin);
  auto [EndFile, EndOffset] = SM.getDecomposedLoc(End);
  if (BeginFile != EndFile)
    return false;
  // Directives inside the arguments are the most recent ones in that file.
  for (auto It = Directives.rbegin(); It != Directives.rend(); ++It) {
    if (It->first != BeginFile)
      continue;
    if (It->second < BeginOffset)
      return false;
    if (It->second < EndOffset)
      return true;
  }
  return false;
}

void TracepointCollector::InclusionDirective(
    SourceLocation HashLoc, const Token &, llvm::StringRef FileName,
    bool IsAngled, CharSourceRange, OptionalFileEntryRef File,
    llvm::StringRef, llvm::StringRef, const Module *, bool,
    SrcMgr::CharacteristicKind) {
  if (!File)
    return;
  llvm::StringRef Real = File->getFileEntry().tryGetRealPathName();
  // Two files only a kernel tree has (autoconf.h comes by -include).
  for (llvm::StringRef Marker :
       {"/include/linux/tracepoint.h", "/include/generated/autoconf.h"})
    if (Real.ends_with(Marker) && Real.size() > Marker.size())
      Model.KernelRoots.insert(Real.drop_back(Marker.size()).str());
  if (!SM.isInMainFile(HashLoc))
    return;
  Model.MainFileIncludes.push_back(
      {FileName.str(), Real.empty() ? File->getName().str() : Real.str(),
       IsAngled});
}

void TracepointCollector::noteVersionMacro(llvm::StringRef Name,
                                           const MacroInfo *MI) {
  // LTTng's build passes LTTNG_LINUX_MAJOR/MINOR/PATCH (the real sublevel);
  // the kernel's generated linux/version.h has LINUX_VERSION_*.
  unsigned *Slot = llvm::StringSwitch<unsigned *>(Name)
                       .Case("LTTNG_LINUX_MAJOR", &LttngVersion.Major)
                       .Case("LTTNG_LINUX_MINOR", &LttngVersion.Minor)
                       .Case("LTTNG_LINUX_PATCH", &LttngVersion.Patch)
                       .Case("LINUX_VERSION_MAJOR", &LinuxVersion.Major)
                       .Case("LINUX_VERSION_PATCHLEVEL", &LinuxVersion.Minor)
                       .Case("LINUX_VERSION_SUBLEVEL", &LinuxVersion.Patch)
                       .Default(nullptr);
  if (!Slot || !MI || MI->getNumTokens() != 1)
    return;
  unsigned Value = 0;
  if (!llvm::StringRef(PP.getSpelling(MI->getReplacementToken(0)))
           .getAsInteger(0, Value))
    *Slot = Value;
  Model.Version = LttngVersion.known() ? LttngVersion : LinuxVersion;
}

void TracepointCollector::noteHeaderMacro(const Token &MacroNameTok,
                                          const MacroInfo *Defined) {
  // Every name, constants too: upper case is a convention, not a promise
  // that the probe sees the header defining it.
  const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
  llvm::StringRef Name = II ? II->getName() : llvm::StringRef();
  if (Name.empty())
    return;
  SourceLocation Loc = MacroNameTok.getLocation();
  // Not the command line, <built-in> or the main file: a header that a
  // module can include.
  bool Header = Loc.isFileID() && !SM.isInMainFile(Loc) &&
                !SM.isWrittenInBuiltinFile(Loc) &&
                !SM.isWrittenInCommandLineFile(Loc);
  if (!Defined || !Header) {
    Model.HeaderMacros.erase(Name);
    return;
  }
  // A constant's body is never followed (the generator takes a header's
  // upper-case macro as it is): its uses need not be kept.
  std::string Uses;
  for (const Token &T :
       isConstantName(Name) ? llvm::ArrayRef<Token>() : Defined->tokens()) {
    const IdentifierInfo *Used = T.getIdentifierInfo();
    if (!Used || T.is(tok::raw_identifier) ||
        llvm::is_contained(Defined->params(), Used))
      continue;
    if (!Uses.empty())
      Uses += ' ';
    Uses += Used->getName();
  }
  Model.HeaderMacros[Name] = std::move(Uses);
}

void TracepointCollector::noteUnseenMacro(const Token &MacroNameTok,
                                          const MacroInfo *MI, bool Undefined) {
  const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
  SourceLocation Loc = MacroNameTok.getLocation();
  if (!II || !MI || !Loc.isFileID() || SM.isWrittenInBuiltinFile(Loc) ||
      SM.isWrittenInCommandLineFile(Loc))
    return;
  llvm::StringRef Name = II->getName();
  bool Main = SM.isInMainFile(Loc);
  SourceLocation DefinedLoc = MI->getDefinitionLoc();
  // Unseen by a probe: a main file's macro, or one a header #undefs in the
  // file that defines it (what it #undefs elsewhere, the probe may still
  // see: the main file cannot take a header's macro away from it).
  bool Unseen = Main ? !Undefined
                     : Undefined && DefinedLoc.isFileID() &&
                           SM.getFileID(DefinedLoc) == SM.getFileID(Loc);
  if (!Unseen) {
    if (!Undefined && !Main)
      Model.UnseenMacros.erase(Name); // a header defines it again
    return;
  }
  UnseenMacro M;
  M.FunctionLike = MI->isFunctionLike();
  M.Variadic = MI->isVariadic();
  for (const IdentifierInfo *P : MI->params())
    M.Params.push_back(P->getName().str());
  for (const Token &T : MI->tokens()) {
    if (!M.Body.empty() && T.hasLeadingSpace())
      M.Body += ' ';
    M.Body += PP.getSpelling(T);
  }
  M.Defined = stablePosition(SM.getFileLoc(DefinedLoc));
  if (Undefined)
    M.Undefined = stablePosition(Loc);
  Model.UnseenMacros[Name] = std::move(M);
}

void TracepointCollector::MacroUndefined(const Token &MacroNameTok,
                                         const MacroDefinition &MD,
                                         const MacroDirective *) {
  noteHeaderMacro(MacroNameTok, nullptr);
  noteUnseenMacro(MacroNameTok, MD.getMacroInfo(), /*Undefined=*/true);
}

void TracepointCollector::MacroDefined(const Token &MacroNameTok,
                                       const MacroDirective *MD) {
  const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
  if (!II)
    return;
  noteVersionMacro(II->getName(), MD->getMacroInfo());
  noteHeaderMacro(MacroNameTok, MD->getMacroInfo());
  noteUnseenMacro(MacroNameTok, MD->getMacroInfo(), /*Undefined=*/false);
  if (II->getName() != "TRACE_INCLUDE_FILE" ||
      !MacroNameTok.getLocation().isFileID())
    return;
  std::string Value;
  for (const Token &T : MD->getMacroInfo()->tokens())
    Value += PP.getSpelling(T);
  std::string File = stablePosition(MacroNameTok.getLocation()).File;
  Model.IncludeFileByHeader.try_emplace(File, Value);
}

void TracepointCollector::If(SourceLocation Loc, SourceRange,
                             ConditionValueKind) {
  noteDirective(Loc);
}
void TracepointCollector::Elif(SourceLocation Loc, SourceRange,
                               ConditionValueKind, SourceLocation) {
  noteDirective(Loc);
}
void TracepointCollector::Ifdef(SourceLocation Loc, const Token &,
                                const MacroDefinition &) {
  noteDirective(Loc);
}
void TracepointCollector::Ifndef(SourceLocation Loc, const Token &,
                                 const MacroDefinition &) {
  noteDirective(Loc);
}
void TracepointCollector::Else(SourceLocation Loc, SourceLocation) {
  noteDirective(Loc);
}
void TracepointCollector::Endif(SourceLocation Loc, SourceLocation) {
  noteDirective(Loc);
}

std::string TracepointCollector::macroValue(llvm::StringRef Name,
                                            SourceLocation *DefinitionLoc) const {
  const MacroInfo *MI = PP.getMacroInfo(PP.getIdentifierInfo(Name));
  if (!MI)
    return {};
  if (DefinitionLoc)
    *DefinitionLoc = MI->getDefinitionLoc();
  std::string Value;
  for (const Token &T : MI->tokens())
    Value += PP.getSpelling(T);
  return Value;
}

SpelledToken TracepointCollector::spell(const Token &Tok) const {
  SpelledToken S;
  S.Kind = Tok.getKind();
  S.Spelling = PP.getSpelling(Tok);
  S.LeadingSpace = Tok.hasLeadingSpace();
  SourceLocation Spelling = SM.getSpellingLoc(Tok.getLocation());
  if (Spelling.isValid() && !SM.isWrittenInScratchSpace(Spelling) &&
      SM.getFileEntryRefForID(SM.getFileID(Spelling)))
    S.FileLoc = Spelling;
  S.Loc = SM.getFileLoc(Tok.getLocation());
  return S;
}

StablePosition
TracepointCollector::stablePosition(SourceLocation FileLoc) const {
  StablePosition P;
  auto [FID, Offset] = SM.getDecomposedLoc(FileLoc);
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(FID)) {
    llvm::StringRef Real = File->getFileEntry().tryGetRealPathName();
    P.File = Real.empty() ? File->getName().str() : Real.str();
  }
  P.Offset = Offset;
  P.Line = SM.getLineNumber(FID, Offset);
  P.Column = SM.getColumnNumber(FID, Offset);
  return P;
}

bool TracepointCollector::expandSubsystemMacro(
    const SpelledToken &Name, const std::vector<TokenList> &Args,
    bool IsFunctionLike, TokenList &Expansion) const {
  const MacroInfo *MI = PP.getMacroInfo(PP.getIdentifierInfo(Name.Spelling));
  if (!MI || MI->isFunctionLike() != IsFunctionLike)
    return false;
  if (IsFunctionLike && !MI->isVariadic() &&
      MI->getNumParams() != Args.size() &&
      !(MI->getNumParams() == 0 && Args.empty()))
    return false;
  // `a ## b` glues the tokens on either side (subsystems build field names
  // so: bcachefs' `name##_inode`); `#` is beyond this expander. An empty
  // argument beside `##` leaves the other side as it is.
  bool PasteNext = false;
  bool LastEmpty = false;
  for (const Token &T : MI->tokens()) {
    if (T.is(tok::hashhash) && IsFunctionLike) {
      if (PasteNext)
        return false;
      PasteNext = !LastEmpty;
      continue;
    }
    if (T.isOneOf(tok::hash, tok::hashhash, tok::hashat))
      return false;
    TokenList Piece;
    int Param = -1;
    if (const IdentifierInfo *II = T.getIdentifierInfo(); II && IsFunctionLike)
      Param = MI->getParameterNum(II);
    if (Param >= 0) {
      // The variadic parameter takes every remaining argument.
      bool Rest = MI->isVariadic() &&
                  static_cast<unsigned>(Param) + 1 == MI->getNumParams();
      size_t Last = Rest ? Args.size() : static_cast<size_t>(Param) + 1;
      for (size_t A = Param; A < Last && A < Args.size(); ++A) {
        if (A != static_cast<size_t>(Param)) {
          SpelledToken Comma;
          Comma.Kind = tok::comma;
          Comma.Spelling = ",";
          Comma.Loc = Name.Loc;
          Piece.push_back(std::move(Comma));
        }
        Piece.insert(Piece.end(), Args[A].begin(), Args[A].end());
      }
    } else {
      SpelledToken S = spell(T);
      S.Loc = Name.Loc; // report problems at the use, not in the #define
      Piece.push_back(std::move(S));
    }
    LastEmpty = Piece.empty();
    if (PasteNext && !Piece.empty()) {
      if (Expansion.empty() || !pasteTokens(Expansion.back(), Piece.front()))
        return false;
      Piece.erase(Piece.begin());
    }
    PasteNext = false;
    Expansion.insert(Expansion.end(), Piece.begin(), Piece.end());
  }
  return !PasteNext;
}

bool TracepointCollector::pasteTokens(SpelledToken &Left,
                                      const SpelledToken &Right) const {
  std::string Glued = Left.Spelling + Right.Spelling;
  auto IsWordChar = [](char C) {
    return llvm::isAlnum(C) || C == '_';
  };
  if (Glued.empty() || !llvm::all_of(Glued, IsWordChar))
    return false; // only names and numbers are pasted here
  if (llvm::isDigit(Glued[0])) {
    Left.Kind = tok::numeric_constant;
  } else {
    Left.Kind = PP.getIdentifierInfo(Glued)->getTokenID();
  }
  Left.Spelling = std::move(Glued);
  Left.FileLoc = SourceLocation(); // written nowhere as one token
  return true;
}

void TracepointCollector::MacroExpands(const Token &MacroNameTok,
                                       const MacroDefinition &,
                                       SourceRange Range,
                                       const MacroArgs *Args) {
  const DefinitionMacro *Spec =
      definitionMacroFor(MacroNameTok.getIdentifierInfo());
  if (!Spec || !Args)
    return;
  SourceLocation NameLoc = MacroNameTok.getLocation();
  if (isInsideDefinitionMacro(NameLoc))
    return;
  SourceLocation ExpansionLoc = SM.getExpansionLoc(NameLoc);
  if (!SM.getFileEntryRefForID(SM.getFileID(ExpansionLoc)))
    return; // command line or built-in

  std::vector<TokenList> Arguments;
  for (unsigned I = 0, E = Args->getNumMacroArguments(); I != E; ++I) {
    TokenList Arg;
    for (const Token *T = Args->getUnexpArgument(I); T->isNot(tok::eof); ++T)
      Arg.push_back(spell(*T));
    Arguments.push_back(std::move(Arg));
  }

  TracepointDefinition Def;
  Def.Macro = Spec;
  Def.Loc = ExpansionLoc;
  Def.Position = stablePosition(ExpansionLoc);
  if (NameLoc.isMacroID()) {
    std::vector<std::string> Callers = macroCallers(NameLoc);
    if (!Callers.empty())
      Def.WrapperMacro = Callers.back();
  } else {
    Def.MacroNameFileRange = SourceRange(NameLoc, NameLoc);
    if (Range.getEnd().isFileID())
      Def.InvocationFileRange = SourceRange(NameLoc, Range.getEnd());
  }

  if (Arguments.size() != Spec->Roles.size()) {
    Def.Problems.push_back(
        {ExpansionLoc, (Spec->Name + " has " + llvm::Twine(Arguments.size()) +
                        " arguments here; expected " +
                        llvm::Twine(Spec->Roles.size()))
                           .str()});
  }

  for (size_t I = 0; I < Arguments.size() && I < Spec->Roles.size(); ++I) {
    llvm::ArrayRef<SpelledToken> Content = stripPartWrappers(Arguments[I]);
    DefinitionPart Part;
    Part.Text = joinTokens(Content);
    Part.FileRange = PartParser::fileRangeOf(Content, SM);
    Part.ArgumentFileRange = PartParser::fileRangeOf(Arguments[I], SM);
    ArgRole Role = Spec->Roles[I];
    // An empty name is reported below, by name; any other empty argument
    // (TP_FIELDS left out, or under #if 0) leaves a part the model lacks.
    if (Arguments[I].empty() && Role != ArgRole::Name)
      Def.Problems.push_back(
          {ExpansionLoc, (Spec->Name + " has an empty argument " +
                          llvm::Twine(I + 1))
                             .str()});
    switch (Role) {
    case ArgRole::Name:
      Def.Name = Part.Text;
      if (!Def.Name.empty() && !Def.hasReadableName())
        Def.Problems.push_back(
            {ExpansionLoc, (Spec->Name + " has '" + Def.Name +
                            "' where its name goes, which is no name")
                               .str()});
      if (Content.size() == 1 && Content[0].FileLoc.isValid() &&
          NameLoc.isFileID())
        Def.NameFileRange = SourceRange(Content[0].FileLoc, Content[0].FileLoc);
      break;
    case ArgRole::Template:
      Def.Template = Part.Text;
      break;
    case ArgRole::Map:
      Def.Map = Part.Text;
      break;
    default:
      break;
    }
    Def.Parts[Role] = std::move(Part);
  }

  // Only a TRACE_SYSTEM the header defines itself names its system: the
  // kernel's trace/events/module.h, for one, sets it only when creating
  // its tracepoints, and otherwise inherits the previous header's value.
  SourceLocation SystemLoc;
  std::string System = macroValue("TRACE_SYSTEM", &SystemLoc);
  if (SystemLoc.isValid() &&
      SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(SystemLoc))) ==
          SM.getFileEntryRefForID(SM.getFileID(ExpansionLoc))) {
    Def.System = System;
    Def.SystemDefinitionLoc = SystemLoc;
  } else {
    Def.InheritedSystem = System;
  }
  Def.IncludeFile = macroValue("TRACE_INCLUDE_FILE", nullptr);

  // The same definition, read again by define_trace.h, is already known;
  // a later read may still be the first to see the header's TRACE_SYSTEM.
  std::string Key = Def.Position.File + ":" +
                    std::to_string(Def.Position.Offset) + ":" +
                    Spec->Name.str() + ":" + Def.Name;
  Def.SeesVersionMacros = PP.isMacroDefined("LTTNG_KERNEL_VERSION") &&
                          PP.isMacroDefined("LTTNG_LINUX_VERSION_CODE");
  auto [Seen, Inserted] =
      DefinitionIndex.try_emplace(Key, Model.Definitions.size());
  if (!Inserted) {
    TracepointDefinition &Known = Model.Definitions[Seen->second];
    Known.SeesVersionMacros &= Def.SeesVersionMacros;
    if (Known.System.empty() && !Def.System.empty()) {
      Known.System = Def.System;
      Known.SystemDefinitionLoc = Def.SystemDefinitionLoc;
    }
    if (Known.IncludeFile.empty())
      Known.IncludeFile = Def.IncludeFile;
    return;
  }

  if (Def.Name.empty())
    Def.Problems.push_back(
        {ExpansionLoc, (Spec->Name + " has an empty name").str()});
  if (hasDirectiveWithin(Range))
    Def.Problems.push_back(
        {ExpansionLoc,
         "preprocessor conditional inside the arguments of " +
             Spec->Name.str() + " '" + Def.Name +
             "'; only the branch active in this translation unit is "
             "analysed",
         /*Informational=*/true});


  PartParser Parser(Def.Problems,
                    [this](const SpelledToken &N,
                           const std::vector<TokenList> &A, bool F,
                           TokenList &Out) {
                      return expandSubsystemMacro(N, A, F, Out);
                    });
  Parser.SM = &SM;
  for (size_t I = 0; I < Arguments.size() && I < Spec->Roles.size(); ++I) {
    llvm::ArrayRef<SpelledToken> Arg = Arguments[I];
    if (Spec->Roles[I] == ArgRole::Struct && stripPartWrappers(Arg).empty())
      Def.Problems.push_back(
          {ExpansionLoc, "empty TP_STRUCT__entry in " + Spec->Name.str() +
                             " '" + Def.Name + "': the event records "
                             "no field"});
    Parser.parsePart(Spec->Roles[I], Arg, Def);
  }
  // Names that only a declaration can give: what a field or an enum value
  // needs from the kernel's headers besides its macros.
  // Calls are left to the compiler (it declares an unknown function
  // implicitly, which the checks see), and so is a statement expression,
  // whose own locals no lookup outside it finds. So are the arguments of a
  // function-like macro: it may test, paste or stringify them instead of
  // reading them (IS_ENABLED(CONFIG_X) is 0 for an unset option).
  auto MacroArgumentNames = [this](llvm::StringRef Text) {
    llvm::StringSet<> Inside;
    std::vector<bool> MacroFrames; // one per open parenthesis
    llvm::StringRef LastName;
    unsigned OpenMacroFrames = 0;
    for (size_t I = 0; I < Text.size();) {
      char C = Text[I];
      if (clang::isAsciiIdentifierStart(C)) {
        size_t End = I;
        while (End < Text.size() && clang::isAsciiIdentifierContinue(Text[End]))
          ++End;
        LastName = Text.slice(I, End);
        if (OpenMacroFrames)
          Inside.insert(LastName);
        I = End;
        continue;
      }
      if (C == '(') {
        const MacroInfo *MI =
            LastName.empty() ? nullptr
                             : PP.getMacroInfo(PP.getIdentifierInfo(LastName));
        bool IsMacroCall = MI && MI->isFunctionLike();
        MacroFrames.push_back(IsMacroCall);
        OpenMacroFrames += IsMacroCall;
      } else if (C == ')' && !MacroFrames.empty()) {
        OpenMacroFrames -= MacroFrames.back();
        MacroFrames.pop_back();
      }
      if (!clang::isWhitespace(C))
        LastName = {};
      ++I;
    }
    return Inside;
  };
  auto DeclaredNamesOf = [this, &MacroArgumentNames](llvm::StringRef Text) {
    std::vector<std::string> Names;
    if (Text.contains("({"))
      return Names;
    llvm::StringSet<> InMacroCalls = MacroArgumentNames(Text);
    auto IsCalled = [Text](llvm::StringRef Name) {
      for (size_t At = Text.find(Name); At != llvm::StringRef::npos;
           At = Text.find(Name, At + 1))
        if (Text.drop_front(At + Name.size()).ltrim().starts_with("("))
          return true;
      return false;
    };
    for (const auto &Name : variablesOf(Text)) {
      if (IsCalled(Name.getKey()) || InMacroCalls.count(Name.getKey()))
        continue;
      IdentifierInfo *II = PP.getIdentifierInfo(Name.getKey());
      if (!II->isKeyword(PP.getLangOpts()) && !II->getBuiltinID() &&
          !PP.isMacroDefined(II))
        Names.push_back(Name.getKey().str());
    }
    llvm::sort(Names);
    return Names;
  };
  if (Def.side() == Side::Lttng) {
    for (CtfField &F : Def.CtfFields)
      F.DeclaredNames = DeclaredNamesOf(F.Source + " " + F.Length);
    if (const DefinitionPart *Values = Def.part(ArgRole::EnumValues))
      Def.EnumValueNames = DeclaredNamesOf(Values->Text);
  }
  if (Def.Params.size() != Def.ArgNames.size() && Def.part(ArgRole::Proto) &&
      Def.part(ArgRole::Args))
    Def.Problems.push_back(
        {ExpansionLoc, "TP_PROTO has " + std::to_string(Def.Params.size()) +
                           " parameters but TP_ARGS names " +
                           std::to_string(Def.ArgNames.size())});
  // TP_ARGS passes the parameters in TP_PROTO's order; another order does
  // not compile where the types differ, and records the wrong values where
  // they agree: nothing to copy into a mirror.
  if (Def.Params.size() == Def.ArgNames.size())
    for (size_t I = 0; I < Def.ArgNames.size(); ++I) {
      const std::string &Passed = Def.ArgNames[I];
      const std::string &Declared = Def.Params[I].Name;
      bool Plain = !Passed.empty() && llvm::all_of(Passed, [](char C) {
        return llvm::isAlnum(C) || C == '_';
      });
      if (Plain && !Declared.empty() && Passed != Declared) {
        Def.Problems.push_back(
            {ExpansionLoc, (llvm::Twine("TP_ARGS passes '") + Passed +
                            "' where TP_PROTO declares '" + Declared +
                            "' (argument " + llvm::Twine(I + 1) + ")")
                               .str()});
        break;
      }
    }
  // A second active definition of the same tracepoint or class (a header
  // that defines it twice): neither can be rewritten alone, for the
  // compiler reads both.
  auto Kind = [](const TracepointDefinition &D) {
    return D.definesTracepoint() ? 1 : D.shape() == DefinitionShape::Class ? 2 : 0;
  };
  for (TracepointDefinition &Other : Model.Definitions) {
    if (Other.side() != Def.side() || Other.Name != Def.Name ||
        Def.Name.empty() || Kind(Other) == 0 || Kind(Other) != Kind(Def))
      continue;
    PresumedLoc First = SM.getPresumedLoc(SM.getExpansionLoc(Other.Loc));
    Def.Problems.push_back(
        {ExpansionLoc, "'" + Def.Name + "' is defined a second time (first at " +
                           llvm::sys::path::filename(First.getFilename()).str() +
                           ":" + std::to_string(First.getLine()) + ")"});
    Other.Problems.push_back(
        {Other.Loc, "'" + Other.Name + "' is defined again later in this unit"});
    break;
  }
  // A file a fix-it's clean-up could damage: said once, where.
  FileID DefFile = SM.getFileID(ExpansionLoc);
  auto [Known, New] = HazardByFile.try_emplace(SM.getFilename(ExpansionLoc));
  if (New) {
    if (std::optional<CleanupHazard> Hazard =
            cleanupHazard(SM, DefFile, PP.getLangOpts())) {
      Known->second = (Hazard->What + " (line " + llvm::Twine(Hazard->Line) +
                       ")")
                          .str();
      Model.Problems.push_back(
          {SM.translateLineCol(DefFile, Hazard->Line, 1),
           "in this file " + Hazard->What +
               ": no fix-it is built from its definitions or written into "
               "it, as the clean-up around a fix-it would change lines it "
               "does not touch"});
    }
  }
  Def.FileHazard = Known->second;
  Model.Definitions.push_back(std::move(Def));
}

} // namespace lttng_tidy
