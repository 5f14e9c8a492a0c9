//===--- TracepointModelCheck.cpp - Base of the checks that use the model -===//

#include "TracepointModelCheck.h"
#include "model/TracepointCollector.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang::ast_matchers;

namespace clang::tidy::lttng {

TracepointModelCheck::TracepointModelCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {}

void TracepointModelCheck::registerPPCallbacks(const SourceManager &,
                                               Preprocessor *PP,
                                               Preprocessor *) {
  Model = lttng_tidy::TracepointModel();
  PP->addPPCallbacks(
      std::make_unique<lttng_tidy::TracepointCollector>(*PP, Model));
}

void TracepointModelCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void TracepointModelCheck::check(const MatchFinder::MatchResult &Result) {
  lttng_tidy::resolveModelTypes(Model, *Result.Context);
  checkModel(Model, *Result.Context);
}

void TracepointModelCheck::reportModelProblems(
    const lttng_tidy::TracepointModel &Model, bool IncludeInformational) {
  auto Report = [&](const lttng_tidy::ModelProblem &P) {
    if (!P.Informational || IncludeInformational)
      diag(P.Loc, "%0") << P.Message;
  };
  for (const lttng_tidy::ModelProblem &P : Model.Problems)
    Report(P);
  for (const lttng_tidy::TracepointDefinition &Def : Model.Definitions)
    for (const lttng_tidy::ModelProblem &P : Def.Problems)
      Report(P);
}

} // namespace clang::tidy::lttng
