//===--- FieldTypeMismatchCheck.h - lttng-field-type-mismatch -------------===//

#ifndef LTTNG_TIDY_CHECKS_FIELDTYPEMISMATCHCHECK_H
#define LTTNG_TIDY_CHECKS_FIELDTYPEMISMATCHCHECK_H

#include "TracepointModelCheck.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::lttng {

/// Finds LTTng ctf_* fields whose type or kind does not match the kernel
/// field of the same source, or the type of the expression they record:
/// size, signedness, integer vs pointer, array length, string vs array.
/// And fields whose source no longer compiles for the analysed kernel (a
/// member renamed or removed, a name no header declares any more), with
/// the kernel's own expression for the same field as the fix-it.
///
/// For the user-facing documentation see:
/// docs/checks/lttng-field-type-mismatch.md
class FieldTypeMismatchCheck : public TracepointModelCheck {
public:
  FieldTypeMismatchCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkModel(const lttng_tidy::TracepointModel &Model,
                  ASTContext &Context) override;
  bool comparesMirrorsWithKernel() const override { return true; }

private:
  void checkLayout(const lttng_tidy::TracepointModel &Model,
                   const lttng_tidy::TracepointDefinition &MirrorLayout,
                   const lttng_tidy::TracepointDefinition &KernelEvent,
                   ASTContext &Context);
  /// Fields whose source expression the compiler could not build.
  void checkFieldSources(const lttng_tidy::TracepointModel &Model,
                         ASTContext &Context);

  const bool CheckSignedness;
  const bool CheckWider;
  const bool CheckSourceExpressions;
  const bool DropUnrecordedFields;
  /// While a field-source rewrite is prepared: checkLayout's type fixes go
  /// here instead of into diagnostics.
  std::vector<std::pair<const lttng_tidy::CtfField *, std::string>>
      *CollectTypeFixes = nullptr;
  /// Layouts of this model that a field-source fix-it rewrites.
  llvm::StringSet<> RewrittenLayouts;
};

} // namespace clang::tidy::lttng

#endif
