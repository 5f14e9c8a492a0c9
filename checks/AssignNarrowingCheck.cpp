//===--- AssignNarrowingCheck.cpp - lttng-assign-narrowing ----------------===//

#include "AssignNarrowingCheck.h"
#include "model/KnownMacros.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::lttng {

namespace {
/// "a 16-bit", "an 8-bit": the article goes by how the number is read
/// aloud, so eight, eleven and eighteen (and their thousands) take "an".
std::string bitWidth(unsigned Bits) {
  std::string Digits = std::to_string(Bits);
  bool Vowel = Digits[0] == '8' ||
               (Digits.size() % 3 == 2 &&
                (Digits.compare(0, 2, "11") == 0 || Digits.compare(0, 2, "18") == 0));
  return (Vowel ? "an " : "a ") + Digits + "-bit";
}

/// The bits a value of \p E needs, and whether it may be negative, when
/// that is known more precisely than from its type: constants, enums,
/// bool, bit-fields.
struct Needed {
  unsigned Bits;
  bool Signed;
};

std::optional<Needed> neededByValue(const Expr *E, ASTContext &Context) {
  Expr::EvalResult Result;
  if (!E->isValueDependent() && E->EvaluateAsInt(Result, Context)) {
    const llvm::APSInt &V = Result.Val.getInt();
    if (V.isNegative())
      return Needed{V.getSignificantBits(), true};
    return Needed{V.getActiveBits(), false};
  }
  QualType T = E->getType().getCanonicalType();
  if (T->isBooleanType())
    return Needed{1, false};
  if (const auto *ET = T->getAs<EnumType>())
    if (const EnumDecl *ED = ET->getDecl()->getDefinition()) {
      unsigned Negative = ED->getNumNegativeBits();
      return Negative ? Needed{std::max(ED->getNumPositiveBits() + 1, Negative),
                               true}
                      : Needed{ED->getNumPositiveBits(), false};
    }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      if (FD->isBitField())
        return Needed{FD->getBitWidthValue(Context),
                      T->isSignedIntegerType()};
  return std::nullopt;
}
} // namespace

AssignNarrowingCheck::AssignNarrowingCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CheckSignedness(Options.get("CheckSignedness", false)) {}

void AssignNarrowingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CheckSignedness", CheckSignedness);
}

namespace {
/// The function the kernel compiles TP_fast_assign into. A name test, not
/// matchesName: that one builds every function's qualified name.
AST_MATCHER(FunctionDecl, isTraceEventRawEvent) {
  const IdentifierInfo *Id = Node.getIdentifier();
  return Id && lttng_tidy::isFastAssignFunction(Id->getName());
}
} // namespace

void AssignNarrowingCheck::registerMatchers(MatchFinder *Finder) {
  // The kernel compiles TP_fast_assign into trace_event_raw_event_<class>()
  // (include/trace/trace_events.h; do_trace_event_raw_event_<class>() in
  // later 6.1 stable releases), where __entry is the local `entry`.
  // Only translation units that define CREATE_TRACE_POINTS have it.
  // Matching from the function down, never from each store up: hasAncestor
  // would build the parent map of the whole unit (tens of MiB on a kernel
  // unit, and its time).
  auto EntryField = memberExpr(hasObjectExpression(ignoringParenImpCasts(
                                   declRefExpr(to(varDecl(hasName("entry")))))),
                               member(fieldDecl().bind("field")));
  Finder->addMatcher(
      functionDecl(isDefinition(), isTraceEventRawEvent(),
                   forEachDescendant(binaryOperator(hasOperatorName("="),
                                                    hasLHS(EntryField))
                                         .bind("store")))
          .bind("fn"),
      this);
}

void AssignNarrowingCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Store = Result.Nodes.getNodeAs<BinaryOperator>("store");
  const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("field");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  ASTContext &Context = *Result.Context;
  QualType To = Field->getType().getCanonicalType();
  const Expr *Value = Store->getRHS()->IgnoreParenImpCasts();
  // After a compile error, types of recovered expressions mean nothing.
  if (Store->containsErrors() || Field->isInvalidDecl())
    return;
  QualType From = Value->getType().getCanonicalType();
  // Storing into a bool tests for zero: nothing is cut.
  if (To->isBooleanType())
    return;
  if (!(To->isIntegerType() || To->isPointerType()) ||
      !(From->isIntegerType() || From->isPointerType()) ||
      To->isDependentType() || From->isDependentType())
    return;

  unsigned ToBits = Context.getTypeSize(To);
  bool ToSigned = To->isSignedIntegerOrEnumerationType();
  std::string Why;
  if (From->isPointerType() && !To->isPointerType()) {
    if (ToBits < Context.getTypeSize(From))
      Why = "a pointer does not fit in " + std::to_string(ToBits) + " bits";
  } else if (std::optional<Needed> N = neededByValue(Value, Context)) {
    unsigned Usable = ToSigned && !N->Signed ? ToBits - 1 : ToBits;
    if (N->Signed && !ToSigned && CheckSignedness)
      Why = "negative values stored in an unsigned field";
    else if (N->Bits > Usable)
      Why = std::to_string(N->Bits) + " bits of value in " +
            bitWidth(ToBits) + " field";
  } else if (!From->isPointerType()) {
    // Arithmetic is computed in int at least: only plain reads of a wider
    // object (variables, members, calls, casts) are judged by their type.
    if (isa<BinaryOperator>(Value) || isa<UnaryOperator>(Value) ||
        isa<ConditionalOperator>(Value))
      return;
    unsigned FromBits = Context.getTypeSize(From);
    if (FromBits > ToBits)
      Why = bitWidth(FromBits) + " value in " + bitWidth(ToBits) + " field";
    else if (CheckSignedness && FromBits == ToBits &&
             From->isSignedIntegerOrEnumerationType() != ToSigned)
      Why = "the sign changes";
  }
  if (Why.empty())
    return;
  const SourceManager &SM = *Result.SourceManager;
  SourceLocation Loc = SM.getFileLoc(Store->getExprLoc());
  StringRef Event = Fn->getName();
  Event.consume_front("do_");
  Event.consume_front("trace_event_raw_event_");
  diag(Loc, "TP_fast_assign of '%0' stores '%1' into field '%2' of type "
            "'%3': %4")
      << Event << From.getAsString(Context.getPrintingPolicy())
      << Field->getName() << To.getAsString(Context.getPrintingPolicy())
      << Why;
}

} // namespace clang::tidy::lttng
