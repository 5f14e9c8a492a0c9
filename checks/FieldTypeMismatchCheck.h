//===--- FieldTypeMismatchCheck.h - lttng-field-type-mismatch -------------===//

#ifndef LTTNG_TIDY_CHECKS_FIELDTYPEMISMATCHCHECK_H
#define LTTNG_TIDY_CHECKS_FIELDTYPEMISMATCHCHECK_H

#include "TracepointModelCheck.h"

namespace clang::tidy::lttng {

/// Finds LTTng ctf_* fields whose type or kind does not match the kernel
/// field of the same source, or the type of the expression they record:
/// size, signedness, integer vs pointer, array length, string vs array.
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

  const bool CheckSignedness;
  const bool CheckWider;
  const bool CheckSourceExpressions;
};

} // namespace clang::tidy::lttng

#endif
