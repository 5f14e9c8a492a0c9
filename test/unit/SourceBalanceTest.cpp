#include <gtest/gtest.h>

#include "model/SourceBalance.h"

using namespace lttng_tidy;

namespace {

std::optional<unsigned> unbalancedLineOf(llvm::StringRef Code) {
  clang::SourceManagerForFile Env("header.h", Code);
  clang::SourceManager &SM = Env.get();
  return unbalancedLine(SM, SM.getMainFileID(), clang::LangOptions());
}

TEST(SourceBalanceTest, BalancedFileHasNoLine) {
  EXPECT_EQ(unbalancedLineOf("EVENT(a,\n\tTP_PROTO(int a),\n\tTP_ARGS(a)\n)\n"),
            std::nullopt);
}

TEST(SourceBalanceTest, BracketsInCommentsStringsAndDefinesDoNotCount) {
  EXPECT_EQ(unbalancedLineOf("/* ( */\n// [\n"
                             "#define OPEN(x) f((x)\n"
                             "#define LONG(x) \\\n\tg((x)\n"
                             "const char *s = \")\";\nchar c = '{';\n"),
            std::nullopt);
}

TEST(SourceBalanceTest, BranchesThatEachOpenTheSameBalance) {
  // Each branch opens the definition its own way, as mirrors do.
  EXPECT_EQ(unbalancedLineOf("#if V >= 5\nEVENT(a,\n\tTP_PROTO(int a, int b),\n"
                             "#else\nEVENT(a,\n\tTP_PROTO(int a),\n#endif\n"
                             "\tTP_ARGS(a)\n)\n"),
            std::nullopt);
}

TEST(SourceBalanceTest, StrayClosingBracketGivesItsLine) {
  EXPECT_EQ(unbalancedLineOf("EVENT(a,\n\tTP_ARGS(a)\n)\n\tTP_ARGS(b)\n)\n"), 5u);
}

TEST(SourceBalanceTest, BranchesThatDisagreeGiveTheLineOfTheSecond) {
  // The #endif: the #else branch ends at another depth than the #if branch.
  EXPECT_EQ(unbalancedLineOf("#if 0\nEVENT(a,\n#else\nEVENT(a)\n#endif\n"), 5u);
}

TEST(SourceBalanceTest, UnclosedBracketGivesTheLastLine) {
  EXPECT_EQ(unbalancedLineOf("struct s {\n\tint a;\n"), 3u);
}

TEST(SourceBalanceTest, EndifWithoutIfGivesItsLine) {
  EXPECT_EQ(unbalancedLineOf("int a;\n#endif\n"), 2u);
}

} // namespace
