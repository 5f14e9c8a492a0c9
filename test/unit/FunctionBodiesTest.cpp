#include <gtest/gtest.h>

#include "model/FunctionBodies.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include <map>
#include <set>
#include <string>

using namespace lttng_tidy;

namespace {

/// What one parse with the skipper says of each function definition.
struct BodyFacts {
  bool Skipped = false;
  bool Summarised = false;           ///< namesInSkippedBody gave a list
  std::set<std::string> Names;       ///< that list
};

class SkippingConsumer : public clang::ASTConsumer {
public:
  SkippingConsumer(clang::Preprocessor &PP, llvm::StringRef KeptRoot,
                   std::map<std::string, BodyFacts> &Facts)
      : Skipper(PP, KeptRoot), Facts(Facts) {}

  void Initialize(clang::ASTContext &Context) override {
    Skipper.attach(Context);
  }

  bool shouldSkipFunctionBody(clang::Decl *D) override {
    const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D);
    return FD && Skipper.shouldSkip(*FD);
  }

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    for (const clang::Decl *D : Context.getTranslationUnitDecl()->decls()) {
      const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D);
      if (!FD || !FD->isThisDeclarationADefinition())
        continue;
      BodyFacts &F = Facts[FD->getNameAsString()];
      F.Skipped = FD->hasSkippedBody();
      if (const auto *Names = FunctionBodySkipper::namesInSkippedBody(*FD)) {
        F.Summarised = true;
        for (const clang::IdentifierInfo *Name : *Names)
          F.Names.insert(Name->getName().str());
      }
    }
  }

private:
  FunctionBodySkipper Skipper;
  std::map<std::string, BodyFacts> &Facts;
};

class SkippingAction : public clang::ASTFrontendAction {
public:
  SkippingAction(std::string KeptRoot, std::map<std::string, BodyFacts> &Facts)
      : KeptRoot(std::move(KeptRoot)), Facts(Facts) {}

protected:
  bool BeginInvocation(clang::CompilerInstance &CI) override {
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return true;
  }
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
    return std::make_unique<SkippingConsumer>(CI.getPreprocessor(), KeptRoot,
                                              Facts);
  }

private:
  std::string KeptRoot;
  std::map<std::string, BodyFacts> &Facts;
};

std::map<std::string, BodyFacts>
parse(llvm::StringRef Code, std::string KeptRoot = "",
      const clang::tooling::FileContentMappings &Headers = {}) {
  std::map<std::string, BodyFacts> Facts;
  EXPECT_TRUE(clang::tooling::runToolOnCodeWithArgs(
      std::make_unique<SkippingAction>(std::move(KeptRoot), Facts), Code,
      {"-std=gnu11", "--target=x86_64-unknown-linux-gnu", "-nostdinc",
       "-I/tree/include"},
      "/work/unit.c", "lttng-tidy-unittests",
      std::make_shared<clang::PCHContainerOperations>(), Headers));
  return Facts;
}

const char *const Code = R"c(
struct s { int other; int hidden; };
extern int hidden(int x);
extern int other(int x);
#define CALL_HIDDEN(x) hidden(x)
#define GENERATE(name) static int name(int x) { return hidden(x); }

int own_code(int x) { return hidden(x) + other(x); }
static inline int inline_calls(struct s *p) {
  struct s local = { .other = 1 };
  return CALL_HIDDEN(p->other) + local.hidden;
}
GENERATE(generated)
)c";

TEST(FunctionBodiesTest, UnitCodeAndOtherMacrosSkipped) {
  std::map<std::string, BodyFacts> Facts = parse(Code);
  // The unit's own code: skipped, nothing kept of it (not inline).
  EXPECT_TRUE(Facts["own_code"].Skipped);
  EXPECT_FALSE(Facts["own_code"].Summarised);
  // Written by a macro that defines no tracepoint (page-flags.h's
  // helpers): skipped as well.
  EXPECT_TRUE(Facts["generated"].Skipped);
  EXPECT_FALSE(Facts["generated"].Summarised);
}

// The shapes of a trace header's stages and of an LTTng mirror: the
// definition macros write the functions, directly or through the header's
// own wrapper.
const char *const TraceStage = R"c(
extern int hidden(int x);
#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print) \
  static int trace_event_raw_event_##name(int x) { return hidden(x); } \
  static int perf_trace_##name(int x) { return hidden(x); }
#define LTTNG_TRACEPOINT_EVENT(name, proto, args, fields)              \
  static int __event_probe__##name(int x) { return hidden(x); }
#define MIRROR_EVENT(name) LTTNG_TRACEPOINT_EVENT(name, 0, 0, 0)
#define HELPER(name) static inline int helper_##name(void) { return hidden(1); }
DECLARE_EVENT_CLASS(foo_class, 0, 0, 0, 0, 0)
MIRROR_EVENT(foo_start)
HELPER(foo)
)c";

TEST(FunctionBodiesTest, BodiesChecksReadKept) {
  std::map<std::string, BodyFacts> Facts = parse(TraceStage);
  // TP_fast_assign's function: lttng-assign-narrowing reads it.
  EXPECT_FALSE(Facts["trace_event_raw_event_foo_class"].Skipped);
  // The event's other functions: no check reads them.
  EXPECT_TRUE(Facts["perf_trace_foo_class"].Skipped);
  // An LTTng definition macro further up the expansion: a probe function.
  EXPECT_FALSE(Facts["__event_probe__foo_start"].Skipped);
  // Another macro's inline: skipped, its names kept for the generator.
  const BodyFacts &Helper = Facts["helper_foo"];
  EXPECT_TRUE(Helper.Skipped);
  ASSERT_TRUE(Helper.Summarised);
  EXPECT_TRUE(Helper.Names.count("hidden"));
}

TEST(FunctionBodiesTest, KeptRootMacrosKept) {
  clang::tooling::FileContentMappings Headers = {
      {"/tree/include/gen.h",
       "#define GEN(name) static int name(int x) { return x; }\n"}};
  const char *const UsesTree = "#include <gen.h>\nGEN(from_tree)\n";
  EXPECT_FALSE(parse(UsesTree, "/tree", Headers)["from_tree"].Skipped);
  EXPECT_TRUE(parse(UsesTree, "/elsewhere", Headers)["from_tree"].Skipped);
}

TEST(FunctionBodiesTest, InlineBodySummarisedByItsNames) {
  std::map<std::string, BodyFacts> Facts = parse(Code);
  const BodyFacts &F = Facts["inline_calls"];
  EXPECT_TRUE(F.Skipped);
  ASSERT_TRUE(F.Summarised);
  // A call spelled by a macro is seen as expanded.
  EXPECT_TRUE(F.Names.count("hidden"));
  EXPECT_TRUE(F.Names.count("p"));
  EXPECT_TRUE(F.Names.count("local"));
  // Member names (after . and ->, a designator) and tags are not names
  // the body refers to: "other" appears only as members here.
  EXPECT_FALSE(F.Names.count("other"));
  EXPECT_FALSE(F.Names.count("s"));
  EXPECT_FALSE(F.Names.count("CALL_HIDDEN"));
}

TEST(FunctionBodiesTest, KeptRootKeepsEveryBody) {
  std::map<std::string, BodyFacts> Facts = parse(Code, "/work");
  EXPECT_FALSE(Facts["own_code"].Skipped);
  EXPECT_FALSE(Facts["inline_calls"].Skipped);
  EXPECT_FALSE(Facts["inline_calls"].Summarised);
  Facts = parse(Code, "/elsewhere");
  EXPECT_TRUE(Facts["own_code"].Skipped);
}

} // namespace
