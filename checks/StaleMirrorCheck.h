//===--- StaleMirrorCheck.h - lttng-stale-mirror --------------------------===//

#ifndef LTTNG_TIDY_CHECKS_STALEMIRRORCHECK_H
#define LTTNG_TIDY_CHECKS_STALEMIRRORCHECK_H

#include "TracepointModelCheck.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::lttng {

/// Finds LTTng mirror events, active for the analysed kernel, whose kernel
/// tracepoint does not exist in that kernel, and LTTng probes that include
/// no kernel trace header at all (so nothing of theirs is checked).
///
/// For the user-facing documentation see:
/// docs/checks/lttng-stale-mirror.md
class StaleMirrorCheck : public TracepointModelCheck {
public:
  StaleMirrorCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkModel(const lttng_tidy::TracepointModel &Model,
                  ASTContext &Context) override;
  bool comparesMirrorsWithKernel() const override { return true; }

private:
  const std::string LttngOwnSystemsRegex;
  std::optional<llvm::Regex> LttngOwnSystems;
};

} // namespace clang::tidy::lttng

#endif
