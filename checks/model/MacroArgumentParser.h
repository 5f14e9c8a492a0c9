//===--- MacroArgumentParser.h - Split definition macro arguments ---------===//
//
// Turns the unexpanded tokens of a definition macro's arguments into the
// model's parts: prototype parameters, TP_ARGS names, TP_STRUCT__entry
// fields, TP_fast_assign statements and LTTng TP_FIELDS entries.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_MACROARGUMENTPARSER_H
#define LTTNG_TIDY_MODEL_MACROARGUMENTPARSER_H

#include "model/TracepointModel.h"
#include "clang/Basic/TokenKinds.h"
#include <functional>
#include <memory>
#include <optional>

namespace lttng_tidy {

/// A token copied out of the preprocessor with its spelling.
struct SpelledToken {
  clang::tok::TokenKind Kind = clang::tok::unknown;
  std::string Spelling;
  clang::SourceLocation Loc;         ///< as the preprocessor gave it
  clang::SourceLocation FileLoc;     ///< its spelling in a file, if any
  /// For a token of a helper macro the parser expanded: the helper's call
  /// as written in the part, when it is spelled in a file.
  clang::SourceRange ItemFileRange;
  bool LeadingSpace = false;

  bool isIdentifier(llvm::StringRef Name) const {
    return Kind == clang::tok::identifier && Spelling == Name;
  }
};

using TokenList = std::vector<SpelledToken>;

/// Expands a macro name found inside a part (for subsystem field macros):
/// returns false when \p Name is not a macro the parser may expand.
using MacroExpander = std::function<bool(
    const SpelledToken &Name, const std::vector<TokenList> &Args,
    bool IsFunctionLike, TokenList &Expansion)>;

/// The tokens of C code given as text (generated code, or a statement the
/// model kept as text). Raw lexing: no macro is expanded, and keywords
/// come back as identifiers.
TokenList lexCode(llvm::StringRef Code);

/// Single-spaced text of \p Tokens.
std::string joinTokens(llvm::ArrayRef<SpelledToken> Tokens);

/// The tokens inside WRAPPER( ... ) for part wrappers (TP_PROTO, PARAMS, ...),
/// repeated while the whole list is one such call.
llvm::ArrayRef<SpelledToken> stripPartWrappers(llvm::ArrayRef<SpelledToken> Tokens);

/// Splits at the commas outside any parentheses, brackets or braces.
std::vector<TokenList> splitTopLevel(llvm::ArrayRef<SpelledToken> Tokens,
                                     clang::tok::TokenKind Separator);

/// The value of a constant integer expression (literals, parentheses,
/// + - * / << >>), or nothing.
std::optional<uint64_t> evaluateInteger(llvm::ArrayRef<SpelledToken> Tokens);

/// Index of the token that closes the bracket opened at \p Open, or npos.
size_t findClosing(llvm::ArrayRef<SpelledToken> Tokens, size_t Open);

class PartParser {
public:
  PartParser(std::vector<ModelProblem> &Problems, MacroExpander Expander)
      : Problems(Problems), Expander(std::move(Expander)) {}

  void parseProto(llvm::ArrayRef<SpelledToken> Tokens,
                  std::vector<ProtoParameter> &Params);
  void parseArgNames(llvm::ArrayRef<SpelledToken> Tokens,
                     std::vector<std::string> &Names);
  void parseStruct(llvm::ArrayRef<SpelledToken> Tokens,
                   std::vector<EntryField> &Fields);
  void parseAssign(llvm::ArrayRef<SpelledToken> Tokens,
                   std::vector<AssignStatement> &Statements);
  void parseCtfFields(llvm::ArrayRef<SpelledToken> Tokens,
                      std::vector<CtfField> &Fields);
  /// Parses \p Tokens, the definition macro's argument of role \p Role,
  /// into \p Def (its parameters, TP_ARGS names, fields, assignments or
  /// ctf_* fields); the roles that are names are left to the caller.
  void parsePart(ArgRole Role, llvm::ArrayRef<SpelledToken> Tokens,
                 TracepointDefinition &Def);

  /// The file range covering \p Tokens when they are contiguous in a file.
  static clang::SourceRange fileRangeOf(llvm::ArrayRef<SpelledToken> Tokens,
                                        const clang::SourceManager &SM);
  const clang::SourceManager *SM = nullptr;

private:
  void problem(clang::SourceLocation Loc, std::string Message);
  /// Reports the first empty argument of a field macro call; true if any.
  bool reportEmptyArgument(const SpelledToken &Macro,
                           llvm::ArrayRef<TokenList> Args);
  /// Looks through part wrappers and through a part given as one macro
  /// name (power_cpu_migrate.h passes `__cpu_migrate_proto` as TP_PROTO).
  llvm::ArrayRef<SpelledToken> resolvePart(llvm::ArrayRef<SpelledToken> Tokens);
  /// The value of \p Tokens with object-like macros expanded.
  std::optional<uint64_t> constantValue(llvm::ArrayRef<SpelledToken> Tokens);
  /// Expands subsystem macros in \p Tokens until only known items remain.
  TokenList expandItems(llvm::ArrayRef<SpelledToken> Tokens,
                        llvm::function_ref<bool(llvm::StringRef)> IsKnown,
                        unsigned Depth);

  std::vector<ModelProblem> &Problems;
  MacroExpander Expander;
  std::vector<std::unique_ptr<TokenList>> Expansions; ///< owns resolvePart's tokens
};

} // namespace lttng_tidy

#endif
