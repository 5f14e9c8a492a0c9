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

std::map<std::string, BodyFacts> parse(llvm::StringRef Code,
                                       std::string KeptRoot = "") {
  std::map<std::string, BodyFacts> Facts;
  EXPECT_TRUE(clang::tooling::runToolOnCodeWithArgs(
      std::make_unique<SkippingAction>(std::move(KeptRoot), Facts), Code,
      {"-std=gnu11", "--target=x86_64-unknown-linux-gnu", "-nostdinc"},
      "/work/unit.c"));
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

TEST(FunctionBodiesTest, UnitCodeSkippedMacroWrittenKept) {
  std::map<std::string, BodyFacts> Facts = parse(Code);
  // The unit's own code: skipped, nothing kept of it (not inline).
  EXPECT_TRUE(Facts["own_code"].Skipped);
  EXPECT_FALSE(Facts["own_code"].Summarised);
  // Written by a macro, as a trace header's functions are: parsed.
  EXPECT_FALSE(Facts["generated"].Skipped);
  EXPECT_FALSE(Facts["generated"].Summarised);
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
