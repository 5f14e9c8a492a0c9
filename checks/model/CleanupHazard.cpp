//===--- CleanupHazard.cpp - Files a fix-it's clean-up could damage -------===//

#include "model/CleanupHazard.h"
#include "clang/Lex/Lexer.h"
#include <vector>

namespace lttng_tidy {

using namespace clang;

std::optional<CleanupHazard> cleanupHazard(const SourceManager &SM,
                                           FileID File,
                                           const LangOptions &LangOpts) {
  llvm::StringRef Buffer = SM.getBufferData(File);
  Lexer Raw(SM.getLocForStartOfFile(File), LangOpts, Buffer.begin(),
            Buffer.begin(), Buffer.end());
  // Per open conditional: the depth at its #if, and the depth its first
  // branch ended with (none until one has). Each branch must leave the
  // depth its first branch left, whichever the preprocessor takes.
  struct Conditional {
    int AtIf;
    std::optional<int> FirstBranch;
  };
  std::vector<Conditional> Open;
  int Depth = 0;
  bool AfterDirective = false;
  auto At = [&](const Token &Tok, const char *What) {
    return CleanupHazard{
        SM.getLineNumber(File, SM.getFileOffset(Tok.getLocation())), What};
  };
  const char *Unbalanced = "its brackets do not balance";
  Token Tok;
  Raw.LexFromRawLexer(Tok);
  while (!Tok.is(tok::eof)) {
    if (Tok.is(tok::hash) && Tok.isAtStartOfLine()) {
      Token Hash = Tok;
      Raw.LexFromRawLexer(Tok);
      llvm::StringRef Name = Tok.is(tok::raw_identifier) &&
                                     !Tok.isAtStartOfLine()
                                 ? Tok.getRawIdentifier()
                                 : "";
      if (Name.starts_with("if")) {
        Open.push_back({Depth, std::nullopt});
      } else if (Name == "else" || Name.starts_with("elif") ||
                 Name == "endif") {
        if (Open.empty())
          return At(Hash, Unbalanced);
        Conditional &C = Open.back();
        if (!C.FirstBranch)
          C.FirstBranch = Depth;
        else if (*C.FirstBranch != Depth)
          return At(Hash, Unbalanced);
        Depth = Name == "endif" ? *C.FirstBranch : C.AtIf;
        if (Name == "endif")
          Open.pop_back();
      }
      // The rest of the directive: its continuation lines lex as tokens
      // that do not start a line.
      while (!Tok.is(tok::eof) && !Tok.isAtStartOfLine())
        Raw.LexFromRawLexer(Tok);
      AfterDirective = true;
      continue;
    }
    if (Tok.isOneOf(tok::l_paren, tok::l_brace, tok::l_square)) {
      ++Depth;
    } else if (Tok.isOneOf(tok::r_paren, tok::r_brace, tok::r_square)) {
      if (--Depth < 0)
        return At(Tok, Unbalanced);
    } else if (Tok.is(tok::comma)) {
      if (Depth == 0)
        return At(Tok, "a comma stands outside every bracket");
      if (AfterDirective && Tok.isAtStartOfLine())
        return At(Tok, "a comma opens the line after a preprocessor "
                       "directive");
    }
    AfterDirective = false;
    Raw.LexFromRawLexer(Tok);
  }
  if (Depth != 0 || !Open.empty())
    return CleanupHazard{SM.getLineNumber(File, Buffer.size()), Unbalanced};
  return std::nullopt;
}

} // namespace lttng_tidy
