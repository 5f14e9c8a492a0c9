//===--- MacroArgumentParser.cpp - Split definition macro arguments -------===//

#include "model/MacroArgumentParser.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace lttng_tidy {

namespace {
bool isOpening(tok::TokenKind K) {
  return K == tok::l_paren || K == tok::l_square || K == tok::l_brace;
}
bool isClosing(tok::TokenKind K) {
  return K == tok::r_paren || K == tok::r_square || K == tok::r_brace;
}
constexpr unsigned MaxExpansionDepth = 8;
} // namespace

TokenList lexCode(llvm::StringRef Text) {
  LangOptions Lang;
  Lang.C11 = true;
  Lang.GNUMode = true;
  // The lexer reads one character past the end, which must be a NUL: a
  // StringRef into a larger text has none (the fuzzer found it).
  std::string Code = Text.str();
  Lexer Lex(SourceLocation(), Lang, Code.data(), Code.data(),
            Code.data() + Code.size());
  TokenList Tokens;
  Token Tok;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      break;
    SpelledToken T;
    T.Kind = Tok.is(tok::raw_identifier) ? tok::identifier : Tok.getKind();
    const char *End = Lex.getBufferLocation();
    T.Spelling = std::string(End - Tok.getLength(), End);
    T.LeadingSpace = Tok.hasLeadingSpace() || Tok.isAtStartOfLine();
    Tokens.push_back(std::move(T));
  }
  return Tokens;
}

std::string joinTokens(llvm::ArrayRef<SpelledToken> Tokens) {
  std::string Text;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    if (I && Tokens[I].LeadingSpace)
      Text += ' ';
    Text += Tokens[I].Spelling;
  }
  return Text;
}

namespace {
/// Recursive descent over a token list: additive > multiplicative > shift
/// is enough for array lengths such as TASK_COMM_LEN or (2 * NR_FOO).
class IntegerEvaluator {
public:
  explicit IntegerEvaluator(llvm::ArrayRef<SpelledToken> Tokens)
      : Tokens(Tokens) {}

  std::optional<uint64_t> evaluate() {
    std::optional<uint64_t> V = shift();
    if (!V || Pos != Tokens.size())
      return std::nullopt;
    return V;
  }

private:
  bool accept(tok::TokenKind K) {
    if (Pos < Tokens.size() && Tokens[Pos].Kind == K) {
      ++Pos;
      return true;
    }
    return false;
  }
  std::optional<uint64_t> shift() {
    std::optional<uint64_t> L = additive();
    while (L) {
      if (accept(tok::lessless)) {
        auto R = additive();
        if (!R || *R >= 64)
          return std::nullopt;
        L = *L << *R;
      } else if (accept(tok::greatergreater)) {
        auto R = additive();
        if (!R || *R >= 64)
          return std::nullopt;
        L = *L >> *R;
      } else
        break;
    }
    return L;
  }
  std::optional<uint64_t> additive() {
    std::optional<uint64_t> L = multiplicative();
    while (L) {
      if (accept(tok::plus)) {
        auto R = multiplicative();
        if (!R)
          return std::nullopt;
        L = *L + *R;
      } else if (accept(tok::minus)) {
        auto R = multiplicative();
        if (!R)
          return std::nullopt;
        L = *L - *R;
      } else
        break;
    }
    return L;
  }
  std::optional<uint64_t> multiplicative() {
    std::optional<uint64_t> L = primary();
    while (L) {
      if (accept(tok::star)) {
        auto R = primary();
        if (!R)
          return std::nullopt;
        L = *L * *R;
      } else if (accept(tok::slash)) {
        auto R = primary();
        if (!R || *R == 0)
          return std::nullopt;
        L = *L / *R;
      } else
        break;
    }
    return L;
  }
  std::optional<uint64_t> primary() {
    if (accept(tok::l_paren)) {
      auto V = shift();
      if (!V || !accept(tok::r_paren))
        return std::nullopt;
      return V;
    }
    if (Pos < Tokens.size() && Tokens[Pos].Kind == tok::numeric_constant) {
      llvm::StringRef Text = Tokens[Pos++].Spelling;
      Text = Text.rtrim("uUlL");
      unsigned long long V = 0;
      if (Text.getAsInteger(0, V))
        return std::nullopt;
      return V;
    }
    return std::nullopt;
  }

  llvm::ArrayRef<SpelledToken> Tokens;
  size_t Pos = 0;
};
} // namespace

std::optional<uint64_t> evaluateInteger(llvm::ArrayRef<SpelledToken> Tokens) {
  return IntegerEvaluator(Tokens).evaluate();
}

size_t findClosing(llvm::ArrayRef<SpelledToken> Tokens, size_t Open) {
  int Depth = 0;
  for (size_t I = Open; I < Tokens.size(); ++I) {
    if (isOpening(Tokens[I].Kind))
      ++Depth;
    else if (isClosing(Tokens[I].Kind) && --Depth == 0)
      return I;
  }
  return llvm::StringRef::npos;
}

llvm::ArrayRef<SpelledToken>
stripPartWrappers(llvm::ArrayRef<SpelledToken> Tokens) {
  while (Tokens.size() >= 3 && Tokens[0].Kind == tok::identifier &&
         isPartWrapperMacro(Tokens[0].Spelling) &&
         Tokens[1].Kind == tok::l_paren &&
         findClosing(Tokens, 1) == Tokens.size() - 1)
    Tokens = Tokens.slice(2, Tokens.size() - 3);
  return Tokens;
}

std::vector<TokenList> splitTopLevel(llvm::ArrayRef<SpelledToken> Tokens,
                                     tok::TokenKind Separator) {
  std::vector<TokenList> Pieces(1);
  int Depth = 0;
  for (const SpelledToken &T : Tokens) {
    if (isOpening(T.Kind))
      ++Depth;
    else if (isClosing(T.Kind))
      --Depth;
    if (Depth == 0 && T.Kind == Separator) {
      Pieces.emplace_back();
      continue;
    }
    Pieces.back().push_back(T);
  }
  if (Pieces.size() == 1 && Pieces[0].empty())
    Pieces.clear();
  return Pieces;
}

SourceRange PartParser::fileRangeOf(llvm::ArrayRef<SpelledToken> Tokens,
                                    const SourceManager &SM) {
  if (Tokens.empty())
    return {};
  FileID File;
  unsigned PreviousEnd = 0;
  for (const SpelledToken &T : Tokens) {
    if (T.FileLoc.isInvalid())
      return {};
    auto [FID, Offset] = SM.getDecomposedLoc(T.FileLoc);
    if (File.isInvalid())
      File = FID;
    if (FID != File || Offset < PreviousEnd)
      return {};
    PreviousEnd = Offset + T.Spelling.size();
  }
  return {Tokens.front().FileLoc, Tokens.back().FileLoc};
}

std::optional<uint64_t>
PartParser::constantValue(llvm::ArrayRef<SpelledToken> Tokens) {
  if (std::optional<uint64_t> V = evaluateInteger(Tokens))
    return V;
  TokenList Expanded =
      expandItems(Tokens, [](llvm::StringRef) { return false; }, 0);
  return evaluateInteger(Expanded);
}

void PartParser::problem(SourceLocation Loc, std::string Message) {
  Problems.push_back({Loc, std::move(Message)});
}

bool PartParser::reportEmptyArgument(const SpelledToken &Macro,
                                     llvm::ArrayRef<TokenList> Args) {
  for (size_t I = 0; I < Args.size(); ++I)
    if (Args[I].empty()) {
      problem(Macro.Loc, (Macro.Spelling + " has an empty argument " +
                          llvm::Twine(I + 1))
                             .str());
      return true;
    }
  return false;
}

TokenList
PartParser::expandItems(llvm::ArrayRef<SpelledToken> Tokens,
                        llvm::function_ref<bool(llvm::StringRef)> IsKnown,
                        unsigned Depth) {
  TokenList Out;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const SpelledToken &T = Tokens[I];
    bool Call = I + 1 < Tokens.size() && Tokens[I + 1].Kind == tok::l_paren;
    size_t Close = Call ? findClosing(Tokens, I + 1) : I;
    if (T.Kind != tok::identifier || IsKnown(T.Spelling) || !Expander ||
        Depth >= MaxExpansionDepth || Close == llvm::StringRef::npos) {
      // Copy a known item whole, so its arguments stay unexpanded.
      size_t End = (Call && Close != llvm::StringRef::npos) ? Close : I;
      Out.insert(Out.end(), Tokens.begin() + I, Tokens.begin() + End + 1);
      I = End;
      continue;
    }
    std::vector<TokenList> Args;
    if (Call)
      Args = splitTopLevel(Tokens.slice(I + 2, Close - I - 2), tok::comma);
    if (Call && isPartWrapperMacro(T.Spelling)) {
      // A subsystem macro may give the whole part, wrapper included
      // (btrfs' TP_STRUCT__entry_btrfs): the wrapper's contents are items.
      TokenList Inner = expandItems(Tokens.slice(I + 2, Close - I - 2),
                                    IsKnown, Depth + 1);
      Out.insert(Out.end(), Inner.begin(), Inner.end());
      I = Close;
      continue;
    }
    TokenList Expansion;
    if (!Expander(T, Args, Call, Expansion)) {
      size_t End = Call ? Close : I;
      Out.insert(Out.end(), Tokens.begin() + I, Tokens.begin() + End + 1);
      I = End;
      continue;
    }
    TokenList Expanded = expandItems(Expansion, IsKnown, Depth + 1);
    // The outermost call wins: it is the one written in the part.
    if (SM)
      if (SourceRange Call = fileRangeOf(Tokens.slice(I, Close - I + 1), *SM);
          Call.isValid())
        for (SpelledToken &E : Expanded)
          E.ItemFileRange = Call;
    Out.insert(Out.end(), Expanded.begin(), Expanded.end());
    I = Close;
  }
  return Out;
}

llvm::ArrayRef<SpelledToken>
PartParser::resolvePart(llvm::ArrayRef<SpelledToken> Tokens) {
  Tokens = stripPartWrappers(Tokens);
  for (unsigned Depth = 0; Depth < MaxExpansionDepth && Expander &&
                           !Tokens.empty() && Tokens[0].Kind == tok::identifier;
       ++Depth) {
    auto Expansion = std::make_unique<TokenList>();
    if (Tokens.size() == 1) {
      if (!Expander(Tokens[0], {}, false, *Expansion))
        break;
    } else {
      // The whole part as one call of a subsystem macro whose expansion is
      // the part's wrapper (firewire's TP_fast_assign_iso_packet(...)).
      // Other calls are the part's own items and are left alone.
      if (Tokens.size() < 3 || Tokens[1].Kind != tok::l_paren ||
          findClosing(Tokens, 1) != Tokens.size() - 1 ||
          !Expander(Tokens[0],
                    splitTopLevel(Tokens.slice(2, Tokens.size() - 3),
                                  tok::comma),
                    true, *Expansion))
        break;
      if (stripPartWrappers(*Expansion).size() == Expansion->size())
        break;
    }
    Tokens = stripPartWrappers(*Expansion);
    Expansions.push_back(std::move(Expansion));
  }
  return Tokens;
}

void PartParser::parseProto(llvm::ArrayRef<SpelledToken> Tokens,
                            std::vector<ProtoParameter> &Params) {
  Tokens = resolvePart(Tokens);
  if (Tokens.empty() || (Tokens.size() == 1 && Tokens[0].isIdentifier("void")))
    return;
  for (const TokenList &Piece : splitTopLevel(Tokens, tok::comma)) {
    ProtoParameter P;
    llvm::ArrayRef<SpelledToken> Ref(Piece);
    if (Ref.empty()) {
      problem(Tokens.front().Loc, "empty parameter in TP_PROTO");
      continue;
    }
    P.FileRange = SM ? fileRangeOf(Ref, *SM) : SourceRange();
    // A function pointer: the name is the identifier after '(' '*'.
    size_t NameIndex = llvm::StringRef::npos;
    for (size_t I = 0; I + 2 < Ref.size(); ++I)
      if (Ref[I].Kind == tok::l_paren && Ref[I + 1].Kind == tok::star &&
          Ref[I + 2].Kind == tok::identifier) {
        NameIndex = I + 2;
        break;
      }
    if (NameIndex == llvm::StringRef::npos) {
      size_t Last = Ref.size() - 1;
      if (Ref[Last].Kind == tok::r_square) {
        // An array parameter: the name precedes the first '['.
        for (size_t I = 0; I < Ref.size(); ++I)
          if (Ref[I].Kind == tok::l_square) {
            Last = I ? I - 1 : 0;
            break;
          }
      }
      if (Ref[Last].Kind == tok::identifier && Last > 0)
        NameIndex = Last;
    }
    if (NameIndex == llvm::StringRef::npos) {
      problem(Ref.front().Loc, "cannot find the parameter name in TP_PROTO "
                               "entry '" + joinTokens(Ref) + "'");
      P.TypeText = joinTokens(Ref);
    } else {
      P.Name = Ref[NameIndex].Spelling;
      TokenList TypeTokens(Ref.begin(), Ref.begin() + NameIndex);
      TypeTokens.insert(TypeTokens.end(), Ref.begin() + NameIndex + 1,
                        Ref.end());
      P.TypeText = joinTokens(TypeTokens);
    }
    Params.push_back(std::move(P));
  }
}

void PartParser::parseArgNames(llvm::ArrayRef<SpelledToken> Tokens,
                               std::vector<std::string> &Names) {
  Tokens = resolvePart(Tokens);
  for (const TokenList &Piece : splitTopLevel(Tokens, tok::comma))
    Names.push_back(joinTokens(Piece));
}

void PartParser::parseStruct(llvm::ArrayRef<SpelledToken> Tokens,
                             std::vector<EntryField> &Fields) {
  Tokens = resolvePart(Tokens);
  TokenList Items = expandItems(
      Tokens, [](llvm::StringRef N) { return findFieldMacro(N) != nullptr; },
      0);
  llvm::ArrayRef<SpelledToken> Ref(Items);
  for (size_t I = 0; I < Ref.size(); ++I) {
    const SpelledToken &T = Ref[I];
    if (T.Kind == tok::semi)
      continue;
    const FieldMacro *Macro =
        T.Kind == tok::identifier ? findFieldMacro(T.Spelling) : nullptr;
    bool Call = I + 1 < Ref.size() && Ref[I + 1].Kind == tok::l_paren;
    size_t Close = Call ? findClosing(Ref, I + 1) : llvm::StringRef::npos;
    if (!Macro || Close == llvm::StringRef::npos) {
      problem(T.Loc, "unrecognised TP_STRUCT__entry item '" + T.Spelling +
                         "'; the field layout is incomplete");
      if (Close == llvm::StringRef::npos)
        return;
      I = Close;
      continue;
    }
    std::vector<TokenList> Args =
        splitTopLevel(Ref.slice(I + 2, Close - I - 2), tok::comma);
    if (Args.size() != Macro->ArgCount) {
      problem(T.Loc, (Macro->Name + " expects " +
                      llvm::Twine(Macro->ArgCount) + " arguments, got " +
                      llvm::Twine(Args.size()))
                         .str());
      I = Close;
      continue;
    }
    if (reportEmptyArgument(T, Args)) {
      I = Close;
      continue;
    }
    EntryField F;
    F.Macro = Macro;
    F.MacroName = Macro->Name.str();
    if (Macro->TypeArg >= 0)
      F.TypeText = joinTokens(Args[Macro->TypeArg]);
    F.Name = joinTokens(Args[Macro->NameArg]);
    if (Macro->LengthArg >= 0) {
      F.Length = joinTokens(Args[Macro->LengthArg]);
      F.LengthValue = constantValue(Args[Macro->LengthArg]);
    }
    if (Macro->SourceArg >= 0)
      F.Source = joinTokens(Args[Macro->SourceArg]);
    F.FileRange = SM ? fileRangeOf(Ref.slice(I, Close - I + 1), *SM)
                     : SourceRange();
    Fields.push_back(std::move(F));
    I = Close;
  }
}

namespace {
bool isCopyFunction(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("memcpy", "strscpy", "strncpy", "strlcpy", "strcpy", true)
      .Cases("memset", "strscpy_pad", true)
      .Default(false);
}

AssignStatement classify(llvm::ArrayRef<SpelledToken> S) {
  AssignStatement A;
  A.Text = joinTokens(S);
  if (S.size() >= 4 && S[0].isIdentifier("__entry") &&
      S[1].Kind == tok::arrow && S[2].Kind == tok::identifier &&
      S[3].Kind == tok::equal) {
    A.Kind = AssignKind::Store;
    A.Field = S[2].Spelling;
    A.Value = joinTokens(S.drop_front(4));
    return A;
  }
  if (S.size() >= 3 && S[0].Kind == tok::identifier &&
      S[1].Kind == tok::l_paren && findClosing(S, 1) == S.size() - 1) {
    std::vector<TokenList> Args =
        splitTopLevel(S.slice(2, S.size() - 3), tok::comma);
    llvm::StringRef Callee = S[0].Spelling;
    if (Callee.starts_with("__assign_") && !Args.empty()) {
      A.Kind = AssignKind::HelperAssign;
      A.Helper = Callee.str();
      A.Field = joinTokens(Args[0]);
      if (Args.size() > 1)
        A.Value = joinTokens(Args[1]);
      return A;
    }
    if (isCopyFunction(Callee) && Args.size() >= 2 && Args[0].size() == 3 &&
        Args[0][0].isIdentifier("__entry") && Args[0][1].Kind == tok::arrow) {
      A.Kind = AssignKind::Copy;
      A.Helper = Callee.str();
      A.Field = Args[0][2].Spelling;
      A.Value = joinTokens(Args[1]);
      return A;
    }
  }
  return A;
}
} // namespace

void PartParser::parseAssign(llvm::ArrayRef<SpelledToken> Tokens,
                             std::vector<AssignStatement> &Statements) {
  Tokens = resolvePart(Tokens);
  // Statements end at a top-level ';' or at the '}' closing a block.
  size_t Start = 0;
  int Depth = 0;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    tok::TokenKind K = Tokens[I].Kind;
    if (isOpening(K))
      ++Depth;
    else if (isClosing(K))
      --Depth;
    bool End = Depth == 0 && (K == tok::semi || K == tok::r_brace);
    // "} else", "; else" and "} while" continue the statement.
    if (End && I + 1 < Tokens.size() &&
        (Tokens[I + 1].isIdentifier("else") ||
         Tokens[I + 1].Kind == tok::kw_else ||
         Tokens[I + 1].Kind == tok::kw_while))
      End = false;
    if (!End)
      continue;
    llvm::ArrayRef<SpelledToken> S = Tokens.slice(Start, I - Start);
    if (K == tok::r_brace)
      S = Tokens.slice(Start, I - Start + 1);
    if (!S.empty()) {
      // "__entry->a = x, __entry->b = y;" is a chain of stores.
      std::vector<TokenList> Chain = splitTopLevel(S, tok::comma);
      bool AllStores = Chain.size() > 1 && llvm::all_of(Chain, [](const TokenList &T) {
        return classify(T).Kind == AssignKind::Store;
      });
      if (AllStores)
        for (const TokenList &T : Chain)
          Statements.push_back(classify(T));
      else
        Statements.push_back(classify(S));
    }
    Start = I + 1;
  }
  if (Start < Tokens.size())
    Statements.push_back(classify(Tokens.drop_front(Start)));
}

void PartParser::parsePart(ArgRole Role, llvm::ArrayRef<SpelledToken> Tokens,
                           TracepointDefinition &Def) {
  // "TP_ARGS(a) TP_ARGS(a)": the prototype and the arguments are read, and
  // rewritten, as one wrapper call; what follows it would be read as part
  // of the list, and a rewrite of the argument would keep it.
  if ((Role == ArgRole::Proto || Role == ArgRole::Args) && Tokens.size() >= 3 &&
      Tokens[0].Kind == tok::identifier &&
      isPartWrapperMacro(Tokens[0].Spelling) && Tokens[1].Kind == tok::l_paren) {
    size_t Close = findClosing(Tokens, 1);
    if (Close != llvm::StringRef::npos && Close + 1 < Tokens.size())
      problem(Tokens[Close + 1].Loc, "'" + Tokens[Close + 1].Spelling +
                                         "' follows " + Tokens[0].Spelling +
                                         "(...) in the same argument");
  }
  switch (Role) {
  case ArgRole::Proto:
    parseProto(Tokens, Def.Params);
    break;
  case ArgRole::Args:
    parseArgNames(Tokens, Def.ArgNames);
    break;
  case ArgRole::Struct:
    parseStruct(Tokens, Def.Fields);
    break;
  case ArgRole::Assign:
    parseAssign(Tokens, Def.Assigns);
    break;
  case ArgRole::Fields:
    parseCtfFields(Tokens, Def.CtfFields);
    break;
  default:
    break;
  }
}

void PartParser::parseCtfFields(llvm::ArrayRef<SpelledToken> Tokens,
                                std::vector<CtfField> &Fields) {
  Tokens = stripPartWrappers(Tokens);
  CtfMacroInfo Scratch;
  TokenList Items = expandItems(
      Tokens,
      [&Scratch](llvm::StringRef N) { return decodeCtfMacro(N, Scratch); },
      0);
  llvm::ArrayRef<SpelledToken> Ref(Items);
  for (size_t I = 0; I < Ref.size(); ++I) {
    const SpelledToken &T = Ref[I];
    if (T.Kind == tok::semi)
      continue;
    CtfMacroInfo Info;
    bool Known = T.Kind == tok::identifier && decodeCtfMacro(T.Spelling, Info);
    bool Call = I + 1 < Ref.size() && Ref[I + 1].Kind == tok::l_paren;
    size_t Close = Call ? findClosing(Ref, I + 1) : llvm::StringRef::npos;
    if (!Known || Close == llvm::StringRef::npos) {
      problem(T.Loc, "unrecognised TP_FIELDS item '" + T.Spelling +
                         "'; the field list is incomplete");
      if (Close == llvm::StringRef::npos)
        return;
      I = Close;
      continue;
    }
    std::vector<TokenList> Args =
        splitTopLevel(Ref.slice(I + 2, Close - I - 2), tok::comma);
    if (Args.size() != Info.ArgCount) {
      problem(T.Loc, (T.Spelling + " expects " + llvm::Twine(Info.ArgCount) +
                      " arguments, got " + llvm::Twine(Args.size()))
                         .str());
      I = Close;
      continue;
    }
    if (reportEmptyArgument(T, Args)) {
      I = Close;
      continue;
    }
    CtfField F;
    F.MacroName = T.Spelling;
    F.Info = Info;
    auto Arg = [&Args](int Index) {
      return Index >= 0 ? joinTokens(Args[Index]) : std::string();
    };
    F.EnumName = Arg(Info.EnumNameArg);
    F.TypeText = Arg(Info.TypeArg);
    F.Name = Arg(Info.NameArg);
    F.Source = Arg(Info.SourceArg);
    F.Length = Arg(Info.LengthArg);
    F.LengthType = Arg(Info.LengthTypeArg);
    if (Info.LengthArg >= 0 && Info.LengthTypeArg < 0)
      F.LengthValue = constantValue(Args[Info.LengthArg]);
    if (Info.TypeArg >= 0 && SM)
      F.TypeFileRange = fileRangeOf(Args[Info.TypeArg], *SM);
    if (Info.SourceArg >= 0 && SM)
      F.SourceFileRange = fileRangeOf(Args[Info.SourceArg], *SM);
    F.FileRange = SM ? fileRangeOf(Ref.slice(I, Close - I + 1), *SM)
                     : SourceRange();
    F.ItemFileRange = T.ItemFileRange.isValid() ? T.ItemFileRange : F.FileRange;
    Fields.push_back(std::move(F));
    I = Close;
  }
}

} // namespace lttng_tidy
