//===--- BrokenExpressions.cpp - Expressions the compiler could not build --===//

#include "model/BrokenExpressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <set>

using namespace clang;

namespace lttng_tidy {
namespace {

/// The characters of \p Range where they are spelled, or empty when the
/// range does not lie in one piece of one file.
StringRef spelledText(SourceRange Range, const SourceManager &SM,
                      const LangOptions &LangOpts) {
  SourceLocation Begin = SM.getSpellingLoc(Range.getBegin());
  SourceLocation End = SM.getSpellingLoc(Range.getEnd());
  if (SM.getFileID(Begin) != SM.getFileID(End) ||
      SM.getFileOffset(End) < SM.getFileOffset(Begin))
    return {};
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Begin, End), SM,
                              LangOpts);
}

/// The record an expression of \p Type gives access to with `.` or `->`.
const RecordDecl *recordBehind(QualType Type) {
  if (Type.isNull())
    return nullptr;
  QualType T = Type.getCanonicalType();
  if (T->isPointerType())
    T = T->getPointeeType().getCanonicalType();
  const auto *RT = T->getAs<RecordType>();
  return RT ? RT->getDecl() : nullptr;
}

/// The member name that follows \p Base in \p Whole ("p->m" after "p").
StringRef memberAfter(StringRef Whole, StringRef Base) {
  if (Base.empty() || !Whole.starts_with(Base))
    return {};
  StringRef Rest = Whole.drop_front(Base.size()).ltrim();
  if (!Rest.consume_front("->") && !Rest.consume_front("."))
    return {};
  Rest = Rest.ltrim();
  size_t Length = 0;
  while (Length < Rest.size() &&
         (isalnum(static_cast<unsigned char>(Rest[Length])) ||
          Rest[Length] == '_'))
    ++Length;
  return Rest.take_front(Length);
}

class BrokenExpressionFinder
    : public RecursiveASTVisitor<BrokenExpressionFinder> {
public:
  BrokenExpressionFinder(ASTContext &Context,
                         llvm::function_ref<bool(SourceLocation)> Wanted)
      : Context(Context), SM(Context.getSourceManager()), Wanted(Wanted) {}

  std::vector<BrokenExpression> Found;

  bool TraverseFunctionDecl(FunctionDecl *FD) {
    // Only code generated where a wanted file expands it can hold one of
    // its expressions: the rest of the unit is not walked.
    if (FD->doesThisDeclarationHaveABody() &&
        !Wanted(SM.getFileLoc(FD->getBeginLoc())))
      return true;
    return RecursiveASTVisitor::TraverseFunctionDecl(FD);
  }

  bool VisitRecoveryExpr(RecoveryExpr *E) {
    // The innermost failure says why; the expressions around it only
    // inherit it.
    for (const Expr *Sub : E->subExpressions())
      if (Sub && Sub->containsErrors())
        return true;
    SourceLocation Spelling = SM.getSpellingLoc(E->getBeginLoc());
    std::vector<SourceLocation> Chain = chainOf(E->getBeginLoc());
    if (!llvm::any_of(Chain, Wanted))
      return true;
    const LangOptions &LangOpts = Context.getLangOpts();
    StringRef Text = spelledText(E->getSourceRange(), SM, LangOpts);
    BrokenExpression B;
    B.Spelling = Spelling;
    B.Chain = std::move(Chain);
    auto Subs = E->subExpressions();
    if (Subs.empty()) {
      SmallString<32> Buffer;
      std::string Name =
          Lexer::getSpelling(Spelling, Buffer, SM, LangOpts).str();
      B.Reason = Name.empty() ? "it does not compile"
                              : "'" + Name + "' is not declared";
      B.Name = Name;
    } else if (const auto *Callee = dyn_cast<DeclRefExpr>(
                   Subs.front()->IgnoreParenImpCasts());
               Callee && isa<FunctionDecl>(Callee->getDecl())) {
      const auto *FD = cast<FunctionDecl>(Callee->getDecl());
      B.Reason = "the call does not match '" + FD->getNameAsString() +
                 "', declared as '" +
                 FD->getType().getAsString(Context.getPrintingPolicy()) + "'";
      B.RelatedDecl = FD->getLocation();
      B.RelatedName = FD->getNameAsString();
      B.Name = FD->getNameAsString();
    } else if (const RecordDecl *RD = Subs.size() == 1
                                          ? recordBehind(Subs.front()->getType())
                                          : nullptr) {
      StringRef Base = spelledText(Subs.front()->getSourceRange(), SM, LangOpts);
      StringRef Member = memberAfter(Text, Base);
      std::string Record =
          QualType(RD->getTypeForDecl(), 0)
              .getAsString(Context.getPrintingPolicy());
      B.IncompleteType = !RD->getDefinition();
      if (B.IncompleteType)
        B.Reason = "'" + Record + "' is not defined where the probe reads it";
      else if (!Member.empty())
        B.Reason = "no member named '" + Member.str() + "' in '" + Record + "'";
      else
        B.Reason = "'" + Text.str() + "' does not compile";
      B.Name = Member.str();
      const RecordDecl *Def = RD->getDefinition() ? RD->getDefinition() : RD;
      B.RelatedDecl = Def->getLocation();
      B.RelatedName = Record;
    } else if (Subs.size() == 1 && !Subs.front()->getType().isNull() &&
               !Subs.front()->getType()->isDependentType()) {
      // `now->tv64` where `now` became a plain integer.
      StringRef Base = spelledText(Subs.front()->getSourceRange(), SM, LangOpts);
      StringRef Member = memberAfter(Text, Base);
      B.Name = Member.str();
      if (!Member.empty())
        B.Reason = "'" + Base.str() + "' is '" +
                   Subs.front()->getType().getAsString(
                       Context.getPrintingPolicy()) +
                   "', which has no member '" + Member.str() + "'";
      else
        B.Reason = "'" + Text.str() + "' does not compile";
    } else {
      B.Reason = Text.empty() ? "it does not compile"
                              : "'" + Text.str() + "' does not compile";
    }
    add(std::move(B));
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // C lets the compiler declare an unknown function itself (an error
    // for the kernel's C standard): the name exists nowhere the probe
    // looks.
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !FD->isImplicit() || FD->getBuiltinID())
      return true;
    BrokenExpression B;
    B.Spelling = SM.getSpellingLoc(Call->getBeginLoc());
    B.Chain = chainOf(Call->getBeginLoc());
    if (!llvm::any_of(B.Chain, Wanted))
      return true;
    B.Reason = "'" + FD->getNameAsString() + "' is not declared";
    B.Name = FD->getNameAsString();
    add(std::move(B));
    return true;
  }

private:
  /// The spelling of \p Loc and of every macro expansion around it.
  std::vector<SourceLocation> chainOf(SourceLocation Loc) const {
    std::vector<SourceLocation> Chain;
    while (Loc.isMacroID()) {
      Chain.push_back(SM.getSpellingLoc(Loc));
      Loc = SM.getImmediateMacroCallerLoc(Loc);
    }
    Chain.push_back(Loc);
    return Chain;
  }

  void add(BrokenExpression B) {
    // The same tokens are expanded in several generated functions, from
    // the several readings of the mirror header.
    std::string Place = SM.getFilename(B.Spelling).str() + ":" +
                        std::to_string(SM.getFileOffset(B.Spelling));
    if (Seen.insert({Place, B.Reason}).second)
      Found.push_back(std::move(B));
  }

  ASTContext &Context;
  const SourceManager &SM;
  llvm::function_ref<bool(SourceLocation)> Wanted;
  std::set<std::pair<std::string, std::string>> Seen;
};

} // namespace

std::vector<BrokenExpression>
findBrokenExpressions(ASTContext &Context,
                      llvm::function_ref<bool(SourceLocation)> Wanted) {
  BrokenExpressionFinder Finder(Context, Wanted);
  Finder.TraverseAST(Context);
  return std::move(Finder.Found);
}

} // namespace lttng_tidy
