#include <gtest/gtest.h>

#include "model/CleanupHazard.h"

using namespace lttng_tidy;

namespace {

/// The hazard's line and words, or "none".
std::string hazardOf(llvm::StringRef Code) {
  clang::SourceManagerForFile Env("header.h", Code);
  clang::SourceManager &SM = Env.get();
  std::optional<CleanupHazard> H =
      cleanupHazard(SM, SM.getMainFileID(), clang::LangOptions());
  return H ? std::to_string(H->Line) + ": " + H->What : "none";
}

TEST(CleanupHazardTest, WellFormedDefinitionsHaveNone) {
  EXPECT_EQ(hazardOf("EVENT(a,\n\tTP_PROTO(int a),\n\tTP_ARGS(a)\n)\n"
                     "enum { A, B };\nint f(int a, int b);\n"),
            "none");
}

TEST(CleanupHazardTest, CommentsStringsAndDirectivesDoNotCount) {
  EXPECT_EQ(hazardOf("/* ( , */\n// [\n"
                     "#define OPEN(x) f((x), \n"
                     "#define LONG(x) \\\n\tg((x)\n"
                     "const char *s = \"),\";\nchar c = '{';\n"),
            "none");
}

TEST(CleanupHazardTest, BranchesThatEachOpenTheSameHaveNone) {
  // Each branch opens the definition its own way, as mirrors do.
  EXPECT_EQ(hazardOf("#if V >= 5\nEVENT(a,\n\tTP_PROTO(int a, int b),\n"
                     "#else\nEVENT(a,\n\tTP_PROTO(int a),\n#endif\n"
                     "\tTP_ARGS(a)\n)\n"),
            "none");
}

TEST(CleanupHazardTest, StrayClosingBracket) {
  EXPECT_EQ(hazardOf("EVENT(a,\n\tTP_ARGS(a)\n)\n\tTP_ARGS(b))\n"),
            "4: its brackets do not balance");
}

TEST(CleanupHazardTest, BranchesThatDisagree) {
  // At the #endif: the #else branch ends at another depth than the first.
  EXPECT_EQ(hazardOf("#if 0\nEVENT(a,\n#else\nEVENT(a)\n#endif\n"),
            "5: its brackets do not balance");
}

TEST(CleanupHazardTest, UnclosedBracketGivesTheLastLine) {
  EXPECT_EQ(hazardOf("struct s {\n\tint a;\n"), "3: its brackets do not balance");
}

TEST(CleanupHazardTest, EndifWithoutIf) {
  EXPECT_EQ(hazardOf("int a;\n#endif\n"), "2: its brackets do not balance");
}

TEST(CleanupHazardTest, ArgumentsWithoutTheirDefinition) {
  // A definition's first line lost: its arguments stand at the top level.
  EXPECT_EQ(hazardOf("\tTP_PROTO(int v),\n\tTP_ARGS(v)\n)\n"),
            "1: a comma stands outside every bracket");
}

TEST(CleanupHazardTest, CommaOpeningTheLineAfterADirective) {
  EXPECT_EQ(hazardOf("EVENT(a,\n#if 0\n\tTP_PROTO(int a)\n#else\n"
                     "\tTP_PROTO(int a)\n#endif\n,\n\tTP_ARGS(a)\n)\n"),
            "7: a comma opens the line after a preprocessor directive");
}

// clang-format reads one branch of each #if at a time and skips #if 0:
// its first reading of this is "int a, )".
TEST(CleanupHazardTest, CommaBeforeAnIfZeroBranch) {
  EXPECT_EQ(hazardOf("EVENT(a,\n\tTP_PROTO(int a,\n#if 0\n int b\n#else\n"
                     " int b\n#endif\n),\n\tTP_ARGS(a, b)\n)\n"),
            "2: a comma is left before ')' or another comma when the clean-up "
            "reads one branch of each #if (and skips #if 0)");
  // The same with a real first branch reads "int a, int b )" every time.
  EXPECT_EQ(hazardOf("EVENT(a,\n\tTP_PROTO(int a,\n#ifdef X\n int b\n#else\n"
                     " int b\n#endif\n),\n\tTP_ARGS(a, b)\n)\n"),
            "none");
  // An empty macro argument is the file's own text, read alike each time.
  EXPECT_EQ(hazardOf("EVENT(a,\n\tTP_fast_assign_common(v, ),\n\tTP_ARGS(v)\n)\n"),
            "none");
}

} // namespace
