//===--- TracepointModelCheck.h - Base of the checks that use the model ---===//
//
// Every lttng-* check works on the tracepoint model of the translation unit:
// this base collects it from the preprocessor, resolves its types once the
// AST is complete, and hands it to the check.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_CHECKS_TRACEPOINTMODELCHECK_H
#define LTTNG_TIDY_CHECKS_TRACEPOINTMODELCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "model/TracepointModel.h"

namespace clang::tidy::lttng {

class TracepointModelCheck : public ClangTidyCheck {
public:
  TracepointModelCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true; // the kernel is C; tests may be C++
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  /// Called once per translation unit with the complete model.
  virtual void checkModel(const lttng_tidy::TracepointModel &Model,
                          ASTContext &Context) = 0;

  /// Reports the problems the model met while reading definitions.
  /// Informational ones (legal code read with a caveat) only when asked.
  void reportModelProblems(const lttng_tidy::TracepointModel &Model,
                           bool IncludeInformational);

private:
  lttng_tidy::TracepointModel Model;
};

} // namespace clang::tidy::lttng

#endif
