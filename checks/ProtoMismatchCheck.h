//===--- ProtoMismatchCheck.h - lttng-proto-mismatch ----------------------===//

#ifndef LTTNG_TIDY_CHECKS_PROTOMISMATCHCHECK_H
#define LTTNG_TIDY_CHECKS_PROTOMISMATCHCHECK_H

#include "TracepointModelCheck.h"
#include <map>
#include <string>

namespace clang::tidy::lttng {

struct ClassPlan;

/// Finds LTTng mirrors whose TP_PROTO differs, as types, from the kernel
/// tracepoint they attach to, and rewrites the mirror's TP_PROTO, TP_ARGS
/// and the fields that use the changed parameters. An instance is fixed
/// with its class and the class's other instances, when the kernel gives
/// them all one prototype.
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
               ASTContext &Context,
               std::map<std::string, ClassPlan> &ClassPlans);
  /// How the instances of LTTng class \p ClassName are fixed, if they are.
  ClassPlan planClass(const lttng_tidy::TracepointModel &Model,
                      StringRef ClassName, ASTContext &Context);
  /// The guard of a fix-it's new form; empty for an in-place rewrite.
  std::string guardFor(const lttng_tidy::TracepointModel &Model);

  const bool VersionGuard;
  const bool ReportTypedefSpelling;
};

} // namespace clang::tidy::lttng

#endif
