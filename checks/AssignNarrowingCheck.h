//===--- AssignNarrowingCheck.h - lttng-assign-narrowing ------------------===//

#ifndef LTTNG_TIDY_CHECKS_ASSIGNNARROWINGCHECK_H
#define LTTNG_TIDY_CHECKS_ASSIGNNARROWINGCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::lttng {

/// Finds stores in a kernel tracepoint's own TP_fast_assign into a
/// TP_STRUCT__entry field that cannot hold the stored value.
///
/// For the user-facing documentation see:
/// docs/checks/lttng-assign-narrowing.md
class AssignNarrowingCheck : public ClangTidyCheck {
public:
  AssignNarrowingCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const bool CheckSignedness;
};

} // namespace clang::tidy::lttng

#endif
