//===--- MissingMirrorCheck.h - lttng-missing-mirror ----------------------===//

#ifndef LTTNG_TIDY_CHECKS_MISSINGMIRRORCHECK_H
#define LTTNG_TIDY_CHECKS_MISSINGMIRRORCHECK_H

#include "TracepointModelCheck.h"

namespace clang::tidy::lttng {

/// Finds kernel tracepoints with no LTTng mirror for the analysed kernel,
/// and inserts the generated adaptation into the existing mirror header.
///
/// For the user-facing documentation see:
/// docs/checks/lttng-missing-mirror.md
class MissingMirrorCheck : public TracepointModelCheck {
public:
  MissingMirrorCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkModel(const lttng_tidy::TracepointModel &Model,
                  ASTContext &Context) override;
  void checkPairings(const std::vector<ProbePairing> &Pairings) override;
  bool judgesKernelSideFromMirror() const override { return true; }

private:
  /// The kernel definitions of the header the unit's mirror stands for.
  std::vector<const lttng_tidy::TracepointDefinition *>
  mirroredKernelDefinitions(const lttng_tidy::TracepointModel &Model,
                            ASTContext &Context);

  const bool VersionGuard;
  /// Also guard the mirror of a module's own header (outside the kernel
  /// tree) by the analysed kernel's version.
  const bool ModuleVersionGuard;
  /// Also flag tracepoints of headers that no probe mirrors at all.
  const bool UnmirroredSubsystems;
};

} // namespace clang::tidy::lttng

#endif
