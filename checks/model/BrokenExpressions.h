//===--- BrokenExpressions.h - Expressions the compiler could not build ----===//
//
// A mirror's ctf_* source expression that no longer means anything for the
// analysed kernel (a struct member renamed or removed, a constant dropped, a
// function gone) leaves its mark in the AST: clang keeps a RecoveryExpr
// where the expression failed, or an implicitly declared function where a
// call names nothing a header declares. This finds those marks, with the
// place their tokens are spelled and the reason in words, so that a check
// can name the field they break instead of leaving a bare compiler error.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_BROKENEXPRESSIONS_H
#define LTTNG_TIDY_MODEL_BROKENEXPRESSIONS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/FunctionExtras.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace lttng_tidy {

struct BrokenExpression {
  /// Where the failing tokens are spelled (a file location).
  clang::SourceLocation Spelling;
  /// Where each macro expansion that produced them is spelled, innermost
  /// first, ending with the file location of the outermost expansion: a
  /// source that calls a helper macro fails in the macro's body, and is
  /// found through the helper's name spelled in the field.
  std::vector<clang::SourceLocation> Chain;
  /// Why it failed, e.g. "no member named 'x' in 'struct y'".
  std::string Reason;
  /// The name that failed (the member, the undeclared name, the function),
  /// when the reason is about one.
  std::string Name;
  /// The declaration the reason is about (the struct that lacks the
  /// member, the function called wrongly), when there is one.
  clang::SourceLocation RelatedDecl;
  std::string RelatedName;
  /// The failure is a structure the unit has only declared: the unit did
  /// not read its definition (a private header), which says nothing about
  /// the kernel.
  bool IncompleteType = false;
};

/// The broken expressions of the translation unit whose spelling, or one of
/// its expansions' (Chain), satisfies \p Wanted (called with file locations
/// only), one per spelled place and reason, innermost failure first.
std::vector<BrokenExpression>
findBrokenExpressions(clang::ASTContext &Context,
                      llvm::function_ref<bool(clang::SourceLocation)> Wanted);

} // namespace lttng_tidy

#endif
