//===--- MirrorRewriter.cpp - Edits to an LTTng mirror definition ---------===//

#include "MirrorRewriter.h"
#include "model/CleanupHazard.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>

namespace clang::tidy::lttng {

std::string versionAtLeast(const lttng_tidy::KernelVersion &V) {
  return "LTTNG_LINUX_VERSION_CODE >= LTTNG_KERNEL_VERSION(" +
         std::to_string(V.Major) + "," + std::to_string(V.Minor) + "," +
         std::to_string(V.Patch) + ")";
}

std::string versionBefore(const lttng_tidy::KernelVersion &V) {
  return "LTTNG_LINUX_VERSION_CODE < LTTNG_KERNEL_VERSION(" +
         std::to_string(V.Major) + "," + std::to_string(V.Minor) + "," +
         std::to_string(V.Patch) + ")";
}

std::string versionMacrosUnseen() {
  return "LTTng's version macros (LTTNG_KERNEL_VERSION, "
         "LTTNG_LINUX_VERSION_CODE) are not defined where the mirror is read, "
         "so a version guard would not compile (the mirror header can include "
         "<lttng/kernel-version.h>); no fix-it is offered";
}

std::string unreadDefinition(
    std::initializer_list<const lttng_tidy::TracepointDefinition *> Defs) {
  auto NotUnderstood = [](const lttng_tidy::TracepointDefinition &D,
                          const std::string &Why) {
    return (D.macroName() + " '" + D.Name + "' is not fully understood (" +
            Why + "); no fix-it is offered")
        .str();
  };
  for (const lttng_tidy::TracepointDefinition *D : Defs) {
    if (!D)
      continue;
    if (!D->readFully())
      for (const lttng_tidy::ModelProblem &P : D->Problems)
        if (!P.Informational)
          return NotUnderstood(*D, P.Message);
    // The clean-up around a fix-it would reach past it in such a file.
    if (!D->FileHazard.empty())
      return (D->macroName() + " '" + D->Name + "' is in a file where " +
              D->FileHazard + "; no fix-it is offered")
          .str();
    // A kernel type the unit does not declare: the kernel header does not
    // compile, and a rewrite copying the type would only move the error.
    // (A mirror's type may be what drifted: a structure the kernel renamed.)
    if (D->side() != lttng_tidy::Side::Kernel)
      continue;
    for (const lttng_tidy::ProtoParameter &P : D->Params) {
      // A prototype-scoped type, copied into the mirror, would declare a
      // type of its own there.
      const char *Why =
          !P.Type.Resolved     ? "is not declared in this unit"
          : P.Type.IsIncomplete ? "is not defined in this unit"
          : P.Type.ScopedToPrototype
              ? "is declared only inside the prototype, where no other "
                "declaration can name it"
              : nullptr;
      if (Why)
        return NotUnderstood(*D, "the type '" + P.TypeText + "' of '" +
                                     P.Name + "' in TP_PROTO " + Why);
    }
  }
  return {};
}

MirrorRewriter::MirrorRewriter(const lttng_tidy::TracepointDefinition &Def,
                               const lttng_tidy::TracepointModel &Model,
                               const SourceManager &SM,
                               const LangOptions &LangOpts)
    : SM(SM), LangOpts(LangOpts), SeesVersionMacros(Def.SeesVersionMacros) {
  if (const lttng_tidy::TracepointDefinition *Nameless =
          Model.namelessDefinitionIn(Def.Position.File))
    NamelessNeighbour = Nameless->Name;
  if (Def.InvocationFileRange.isInvalid() || !Def.WrapperMacro.empty())
    return;
  auto [BeginFile, Begin] =
      SM.getDecomposedLoc(Def.InvocationFileRange.getBegin());
  auto [EndFile, EndTokenOffset] =
      SM.getDecomposedLoc(Def.InvocationFileRange.getEnd());
  if (BeginFile != EndFile)
    return;
  File = BeginFile;
  llvm::StringRef Buffer = SM.getBufferData(File);
  LineStart = Begin;
  while (LineStart > 0 && Buffer[LineStart - 1] != '\n')
    --LineStart;
  // Only rewrite a definition that starts its line.
  if (!Buffer.slice(LineStart, Begin).trim().empty())
    return;
  End = endOffsetOf(Def.InvocationFileRange.getEnd());
  Valid = End > Begin;
  // LTTng's jbd2 mirror picks an event's name under #if, its #else and
  // #endif inside the arguments: copied under a guard, or wrapped in one,
  // those lines would pair with the guard's own.
  SplitsConditional =
      Valid && lttng_tidy::splitsConditional(SM, File, LineStart, End, LangOpts);
}

unsigned MirrorRewriter::offsetOf(SourceLocation Loc) const {
  return SM.getDecomposedLoc(Loc).second;
}

unsigned MirrorRewriter::endOffsetOf(SourceLocation TokenLoc) const {
  return offsetOf(TokenLoc) +
         Lexer::MeasureTokenLength(TokenLoc, SM, LangOpts);
}

bool MirrorRewriter::covers(SourceRange TokenRange) const {
  if (!Valid || TokenRange.isInvalid() || !TokenRange.getBegin().isFileID() ||
      !TokenRange.getEnd().isFileID())
    return false;
  auto [BeginFile, Begin] = SM.getDecomposedLoc(TokenRange.getBegin());
  FileID EndFile = SM.getFileID(TokenRange.getEnd());
  return BeginFile == File && EndFile == File && Begin >= LineStart &&
         endOffsetOf(TokenRange.getEnd()) <= End;
}

void MirrorRewriter::replace(SourceRange TokenRange, std::string Text) {
  addEdit(offsetOf(TokenRange.getBegin()), endOffsetOf(TokenRange.getEnd()),
          std::move(Text));
}

void MirrorRewriter::addEdit(unsigned Begin, unsigned Stop, std::string Text) {
  // Tokens of an active branch around a #if, #else or #endif line: an edit
  // across it would keep some of those lines and drop others.
  llvm::StringRef Replaced = SM.getBufferData(File).slice(Begin, Stop);
  for (size_t Newline = Replaced.find('\n'); Newline != llvm::StringRef::npos;
       Newline = Replaced.find('\n', Newline + 1))
    if (Replaced.substr(Newline + 1).ltrim(" \t").starts_with("#"))
      CrossesDirective = true;
  Edits.push_back({Begin, Stop, std::move(Text)});
}

void MirrorRewriter::removeLines(SourceRange TokenRange) {
  llvm::StringRef Buffer = SM.getBufferData(File);
  unsigned Begin = offsetOf(TokenRange.getBegin());
  unsigned Stop = endOffsetOf(TokenRange.getEnd());
  unsigned First = Begin;
  while (First > 0 && Buffer[First - 1] != '\n')
    --First;
  unsigned Last = Stop;
  while (Last < Buffer.size() && Buffer[Last] != '\n')
    ++Last;
  if (!Buffer.slice(First, Begin).trim().empty() ||
      !Buffer.slice(Stop, Last).trim().empty()) {
    addEdit(Begin, Stop, ""); // shares its line: remove the tokens
    return;
  }
  addEdit(First, std::min<unsigned>(Last + 1, Buffer.size()), "");
}

void MirrorRewriter::insertLineBefore(SourceLocation Loc, std::string Text) {
  llvm::StringRef Buffer = SM.getBufferData(File);
  unsigned At = offsetOf(Loc);
  while (At > 0 && Buffer[At - 1] != '\n')
    --At;
  Edits.push_back({At, At, std::move(Text)});
}

std::string MirrorRewriter::indentationOf(SourceLocation Loc) const {
  llvm::StringRef Buffer = SM.getBufferData(File);
  unsigned At = offsetOf(Loc);
  unsigned First = At;
  while (First > 0 && Buffer[First - 1] != '\n')
    --First;
  llvm::StringRef Line = Buffer.slice(First, At);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

std::string MirrorRewriter::originalText() const {
  return SM.getBufferData(File).slice(LineStart, End).str();
}

std::string MirrorRewriter::rewrittenText() const {
  std::vector<Edit> Sorted = Edits;
  std::stable_sort(Sorted.begin(), Sorted.end(),
                   [](const Edit &A, const Edit &B) { return A.Begin < B.Begin; });
  llvm::StringRef Buffer = SM.getBufferData(File);
  std::string Out;
  unsigned At = LineStart;
  for (const Edit &E : Sorted) {
    if (E.Begin < At || E.End > End)
      continue; // overlapping or outside: never produce broken code
    Out += Buffer.slice(At, E.Begin);
    Out += E.Text;
    At = E.End;
  }
  Out += Buffer.slice(At, End);
  return Out;
}

std::string MirrorRewriter::blockedReason(const std::string &Guard) const {
  if (CrossesDirective)
    return "the edit would cross a preprocessor conditional inside the "
           "definition's arguments; no fix-it is offered";
  if (!Guard.empty() && !SeesVersionMacros)
    return versionMacrosUnseen();
  if (!Guard.empty() && SplitsConditional)
    return "the definition holds only part of a preprocessor conditional (an "
           "#else or #endif of one that begins before it); a version guard "
           "around it would pair with those lines: no fix-it is offered";
  // The file does not compile: what an edit in it does to clang's recovery
  // from that error cannot be told.
  if (!NamelessNeighbour.empty())
    return "a definition of this file has '" + NamelessNeighbour +
           "' for its name, which is no name: no fix-it is offered in the "
           "file until it reads as a definition";
  return {};
}

std::optional<FixItHint> MirrorRewriter::fix(const std::string &Guard) const {
  if (!Valid || !blockedReason(Guard).empty())
    return std::nullopt;
  std::string Text = Guard.empty()
                         ? rewrittenText()
                         : "#if (" + Guard + ")\n" + rewrittenText() +
                               "\n#else\n" + originalText() + "\n#endif";
  SourceLocation FileStart = SM.getLocForStartOfFile(File);
  return FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(FileStart.getLocWithOffset(LineStart),
                                    FileStart.getLocWithOffset(End)),
      Text);
}

std::optional<FixItHint> MirrorRewriter::wrap(const std::string &Guard) const {
  if (!Valid || !blockedReason(Guard).empty())
    return std::nullopt;
  SourceLocation FileStart = SM.getLocForStartOfFile(File);
  return FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(FileStart.getLocWithOffset(LineStart),
                                    FileStart.getLocWithOffset(End)),
      "#if (" + Guard + ")\n" + originalText() + "\n#endif");
}

} // namespace clang::tidy::lttng
