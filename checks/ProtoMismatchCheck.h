//===--- ProtoMismatchCheck.h - lttng-proto-mismatch ----------------------===//

#ifndef LTTNG_TIDY_CHECKS_PROTOMISMATCHCHECK_H
#define LTTNG_TIDY_CHECKS_PROTOMISMATCHCHECK_H

#include "TracepointModelCheck.h"

namespace clang::tidy::lttng {

/// Finds LTTng mirrors whose TP_PROTO differs, as types, from the kernel
/// tracepoint they attach to, and rewrites the mirror's TP_PROTO, TP_ARGS
/// and the fields that use the changed parameters.
///
/// For the user-facing documentation see:
/// docs/checks/lttng-proto-mismatch.md
class ProtoMismatchCheck : public TracepointModelCheck {
public:
  ProtoMismatchCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkModel(const lttng_tidy::TracepointModel &Model,
                  ASTContext &Context) override;
  bool comparesMirrorsWithKernel() const override { return true; }

private:
  void compare(const lttng_tidy::TracepointModel &Model,
               const lttng_tidy::TracepointDefinition &Mirror,
               const lttng_tidy::TracepointDefinition &Kernel,
               ASTContext &Context);

  const bool VersionGuard;
  const bool ReportTypedefSpelling;
};

} // namespace clang::tidy::lttng

#endif
