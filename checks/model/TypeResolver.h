//===--- TypeResolver.h - Resolve type text through a translation unit ----===//
//
// Tracepoint macros carry types as text ("unsigned int", "pid_t",
// "const struct task_struct *"). The checks compare types, not text, so the
// text is resolved against the declarations of the translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_TYPERESOLVER_H
#define LTTNG_TIDY_MODEL_TYPERESOLVER_H

#include "model/TracepointModel.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace lttng_tidy {

/// The variables an expression's text reads: its identifiers that are not
/// member names ("p->field", "s.field").
llvm::StringSet<> variablesOf(llvm::StringRef Expression);

/// \p Expression with each variable (as variablesOf() finds them) that
/// \p Renames names replaced by its new name; member names are kept.
std::string renameVariables(llvm::StringRef Expression,
                            const llvm::StringMap<std::string> &Renames);

class TypeResolver {
public:
  explicit TypeResolver(clang::ASTContext &Context) : Context(Context) {}

  /// The type spelled by \p Text, or a null type when some name in it is
  /// not declared in the translation unit.
  clang::QualType resolve(llvm::StringRef Text) const;

  /// Size, signedness and kind of \p Type.
  TypeFacts factsOf(clang::QualType Type) const;

  /// Resolves \p Text and describes it; Resolved is false on failure.
  TypeFacts describe(llvm::StringRef Text) const;

  /// The type of a simple source expression over the prototype's
  /// parameters: `p`, `p->member`, `p->a.b`, possibly parenthesised. A null
  /// type for anything else (calls, arithmetic, casts).
  /// \p BitWidth receives the width of a bit-field member, else 0.
  clang::QualType
  typeOfExpression(llvm::StringRef Expression,
                   llvm::ArrayRef<ProtoParameter> Params,
                   unsigned *BitWidth = nullptr) const;

private:
  clang::ASTContext &Context;
};

} // namespace lttng_tidy

#endif
