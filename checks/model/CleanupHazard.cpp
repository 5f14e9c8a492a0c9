//===--- CleanupHazard.cpp - Files a fix-it's clean-up could damage -------===//

#include "model/CleanupHazard.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>
#include <vector>

namespace lttng_tidy {

using namespace clang;

namespace {
/// A token outside directives, with the branch of each conditional that
/// holds it (outermost first).
struct BranchToken {
  tok::TokenKind Kind;
  Token Tok;
  std::vector<std::pair<unsigned, unsigned>> Branches; ///< conditional, branch
  bool AfterDirective; ///< a directive stands between it and the token before
};

/// clang-format reads a file once per branch index k, each conditional
/// taking its k-th branch (its last when it has fewer), and skips the
/// contents of an `#if 0` (or `#if false`) branch in every reading. The
/// clean-up then drops a comma that, in one reading, comes before ')' or
/// another comma. The first such comma that has a directive or a skipped
/// branch between it and what follows, or none (an empty macro argument,
/// `f(a, )`, is the file's own text and reads the same every time).
std::optional<Token>
commaDroppedInAReading(const std::vector<BranchToken> &Tokens,
                       const std::vector<std::vector<bool>> &SkippedBranches) {
  size_t Readings = 1;
  for (const std::vector<bool> &Branches : SkippedBranches)
    Readings = std::max(Readings, Branches.size());
  for (size_t K = 0; K < Readings; ++K) {
    const BranchToken *Previous = nullptr;
    for (const BranchToken &T : Tokens) {
      bool Read = llvm::all_of(T.Branches, [&](const auto &B) {
        const std::vector<bool> &Branches = SkippedBranches[B.first];
        size_t Taken = std::min(K, Branches.size() - 1);
        return B.second == Taken && !Branches[B.second];
      });
      if (!Read)
        continue;
      bool Apart = T.AfterDirective || (Previous && Previous != &T - 1);
      if (Previous && Apart && Previous->Kind == tok::comma &&
          (T.Kind == tok::r_paren || T.Kind == tok::comma))
        return Previous->Tok;
      Previous = &T;
    }
  }
  return std::nullopt;
}
} // namespace

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
  // For the readings of clang-format: every token with its branches, and
  // per conditional, which of its branches it skips.
  std::vector<BranchToken> Tokens;
  std::vector<std::vector<bool>> SkippedBranches;
  std::vector<std::pair<unsigned, unsigned>> Branches;
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
        Token Condition;
        Raw.LexFromRawLexer(Condition);
        bool Skipped = Name == "if" && !Condition.isAtStartOfLine() &&
                       ((Condition.is(tok::numeric_constant) &&
                         llvm::StringRef(Condition.getLiteralData(),
                                         Condition.getLength()) == "0") ||
                        (Condition.is(tok::raw_identifier) &&
                         Condition.getRawIdentifier() == "false"));
        Branches.emplace_back(SkippedBranches.size(), 0);
        SkippedBranches.push_back({Skipped});
        Tok = Condition;
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
        if (Name == "endif") {
          Open.pop_back();
          Branches.pop_back();
        } else {
          ++Branches.back().second;
          SkippedBranches[Branches.back().first].push_back(false);
        }
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
    Tokens.push_back({Tok.getKind(), Tok, Branches, AfterDirective});
    AfterDirective = false;
    Raw.LexFromRawLexer(Tok);
  }
  if (Depth != 0 || !Open.empty())
    return CleanupHazard{SM.getLineNumber(File, Buffer.size()), Unbalanced};
  if (std::optional<Token> Comma = commaDroppedInAReading(Tokens, SkippedBranches))
    return At(*Comma, "a comma is left before ')' or another comma when the "
                      "clean-up reads one branch of each #if (and skips "
                      "#if 0)");
  return std::nullopt;
}

bool splitsConditional(const SourceManager &SM, FileID File, unsigned Begin,
                       unsigned End, const LangOptions &LangOpts) {
  llvm::StringRef Buffer = SM.getBufferData(File);
  if (Begin > End || End > Buffer.size())
    return false;
  // A lexer made at a line's start takes its first token to start a line.
  Lexer Raw(SM.getLocForStartOfFile(File), LangOpts, Buffer.begin(),
            Buffer.begin() + Begin, Buffer.end());
  int Depth = 0;
  Token Tok;
  Raw.LexFromRawLexer(Tok);
  while (!Tok.is(tok::eof) && SM.getFileOffset(Tok.getLocation()) < End) {
    if (!Tok.is(tok::hash) || !Tok.isAtStartOfLine()) {
      Raw.LexFromRawLexer(Tok);
      continue;
    }
    Raw.LexFromRawLexer(Tok);
    llvm::StringRef Name =
        Tok.is(tok::raw_identifier) && !Tok.isAtStartOfLine()
            ? Tok.getRawIdentifier()
            : "";
    if (Name.starts_with("if")) // #if, #ifdef, #ifndef
      ++Depth;
    else if (Name == "else" || Name.starts_with("elif") || Name == "endif") {
      if (Depth == 0)
        return true;
      if (Name == "endif")
        --Depth;
    }
    while (!Tok.is(tok::eof) && !Tok.isAtStartOfLine())
      Raw.LexFromRawLexer(Tok);
  }
  return Depth != 0;
}

} // namespace lttng_tidy
