#include <gtest/gtest.h>

#include "CompileDatabaseRewrite.h"
#include "llvm/Support/JSON.h"
#include <algorithm>
#include <string>
#include <vector>

using namespace lttng_tidy;

namespace {

const char Clang[] = "/usr/bin/clang-19";

bool contains(const std::vector<std::string> &List, const std::string &Item) {
  return std::find(List.begin(), List.end(), Item) != List.end();
}

/// The arguments of entry \p Index of a rewritten database, as strings.
std::vector<std::string> argumentsOf(const llvm::json::Value &Database,
                                     size_t Index) {
  std::vector<std::string> Out;
  const llvm::json::Array *Entries = Database.getAsArray();
  if (!Entries || Index >= Entries->size())
    return Out;
  const llvm::json::Object *Entry = (*Entries)[Index].getAsObject();
  if (!Entry)
    return Out;
  if (const llvm::json::Array *Args = Entry->getArray("arguments"))
    for (const llvm::json::Value &A : *Args)
      if (auto S = A.getAsString())
        Out.push_back(S->str());
  return Out;
}

//===--------------------------------------------------------------------===//
// rewriteCommandForClang
//===--------------------------------------------------------------------===//

// A Debian kernel module compile line, shortened.
const std::vector<std::string> GccCommand = {
    "gcc-12",
    "-Wp,-MMD,x.d",
    "-nostdinc",
    "-I./arch/x86/include",
    "-I",
    "./include",
    "-include",
    "./include/linux/kconfig.h",
    "-D__KERNEL__",
    "-DKBUILD_MODNAME=\"sample\"",
    "-std=gnu11",
    "-O2",
    "-fconserve-stack",
    "-mrecord-mcount",
    "-mindirect-branch=thunk-extern",
    "-mindirect-branch-register",
    "-mpreferred-stack-boundary=3",
    "-fno-allow-store-data-races",
    "-MF",
    "deps/x.d",
    "-c",
    "-o",
    "sample.o",
    "sample.c",
};

TEST(RewriteCommandTest, DropsGccOnlyFlags) {
  std::vector<std::string> Dropped;
  std::vector<std::string> Out =
      rewriteCommandForClang(GccCommand, Clang, Dropped);
  for (const char *Flag :
       {"-fconserve-stack", "-mrecord-mcount", "-mindirect-branch=thunk-extern",
        "-mindirect-branch-register", "-mpreferred-stack-boundary=3",
        "-fno-allow-store-data-races"}) {
    SCOPED_TRACE(Flag);
    EXPECT_FALSE(contains(Out, Flag));
    EXPECT_TRUE(contains(Dropped, Flag));
  }
  EXPECT_EQ(Dropped.size(), 6u);
}

TEST(RewriteCommandTest, RemovesDependencyOutputs) {
  std::vector<std::string> Dropped;
  bool Removed = false;
  std::vector<std::string> Out =
      rewriteCommandForClang(GccCommand, Clang, Dropped, &Removed);
  EXPECT_TRUE(Removed);
  // Not flags clang refuses: not reported as dropped.
  for (const char *Flag : {"-Wp,-MMD,x.d", "-MF", "deps/x.d"}) {
    SCOPED_TRACE(Flag);
    EXPECT_FALSE(contains(Out, Flag));
    EXPECT_FALSE(contains(Dropped, Flag));
  }
}

TEST(RewriteCommandTest, KeepsWhatClangUnderstands) {
  std::vector<std::string> Dropped;
  std::vector<std::string> Out =
      rewriteCommandForClang(GccCommand, Clang, Dropped);
  // The kept arguments stay in their order: separate values must still
  // follow their flag.
  const std::vector<std::string> Expected = {
      Clang,
      "-nostdinc",
      "-I./arch/x86/include",
      "-I",
      "./include",
      "-include",
      "./include/linux/kconfig.h",
      "-D__KERNEL__",
      "-DKBUILD_MODNAME=\"sample\"",
      "-std=gnu11",
      "-O2",
      "-c",
      "-o",
      "sample.o",
      "sample.c",
      // GCC-only -W names are kept; clang is told not to complain.
      "-Wno-unknown-warning-option",
  };
  EXPECT_EQ(Out, Expected);
}

TEST(RewriteCommandTest, ReplacesTheCompiler) {
  std::vector<std::string> Dropped;
  EXPECT_EQ(rewriteCommandForClang({"gcc-12", "-c", "a.c"}, Clang, Dropped),
            (std::vector<std::string>{Clang, "-c", "a.c",
                                      "-Wno-unknown-warning-option"}));
  // ccache goes too: it would run gcc.
  EXPECT_EQ(rewriteCommandForClang({"ccache", "gcc-12", "-c", "a.c"}, Clang,
                                   Dropped),
            (std::vector<std::string>{Clang, "-c", "a.c",
                                      "-Wno-unknown-warning-option"}));
  EXPECT_EQ(rewriteCommandForClang({"/usr/bin/ccache",
                                    "/usr/bin/x86_64-linux-gnu-gcc-12", "-c",
                                    "a.c"},
                                   Clang, Dropped)
                .front(),
            Clang);
  // The compiler is no dropped flag.
  EXPECT_TRUE(Dropped.empty());
}

TEST(RewriteCommandTest, OtherDependencyAndGccFlags) {
  std::vector<std::string> Dropped;
  std::vector<std::string> Out = rewriteCommandForClang(
      {"gcc", "-MD", "-Wp,-MD,y.d", "-MT", "target", "--param", "foo=1",
       "--param=bar=2", "-fplugin=x.so", "-mfunction-return=thunk-extern",
       "-c", "b.c"},
      Clang, Dropped);
  EXPECT_EQ(Out, (std::vector<std::string>{Clang, "-c", "b.c",
                                           "-Wno-unknown-warning-option"}));
  // Separate values are not reported as flags.
  EXPECT_FALSE(contains(Dropped, "target"));
  EXPECT_FALSE(contains(Dropped, "-MT"));
  EXPECT_FALSE(contains(Dropped, "foo=1"));
  EXPECT_TRUE(contains(Dropped, "--param"));
}

TEST(RewriteCommandTest, UnknownToClangIsDropped) {
  // Not in the GCC list, but clang's driver does not know it either.
  std::vector<std::string> Dropped;
  std::vector<std::string> Out = rewriteCommandForClang(
      {"gcc", "-fno-such-clang-flag-at-all", "-Wno-such-warning", "-c", "c.c"},
      Clang, Dropped);
  EXPECT_EQ(Dropped, std::vector<std::string>{"-fno-such-clang-flag-at-all"});
  // Warning flags are never dropped.
  EXPECT_TRUE(contains(Out, "-Wno-such-warning"));
}

TEST(DependencyOutputsTest, EveryForm) {
  bool Removed = false;
  EXPECT_EQ(withoutDependencyOutputs({"cc", "-MD", "-MMD", "-MP", "-MG", "-MF",
                                      "a.d", "-MFb.d", "-MT", "t", "-MTt2",
                                      "-MQ", "q", "-MQq2", "-c", "x.c"},
                                     &Removed),
            (std::vector<std::string>{"cc", "-c", "x.c"}));
  EXPECT_TRUE(Removed);
  // -Wp, forms: the file after -MD/-MMD goes with it, other items stay.
  EXPECT_EQ(withoutDependencyOutputs({"cc", "-Wp,-MMD,dir/.x.o.d",
                                      "-Wp,-MD,y.d,-DKEEP=1", "-Wp,-DOTHER",
                                      "-c", "x.c"},
                                     &Removed),
            (std::vector<std::string>{"cc", "-Wp,-DKEEP=1", "-Wp,-DOTHER", "-c",
                                      "x.c"}));
  EXPECT_TRUE(Removed);
  // Nothing to remove: unchanged, and told so.
  EXPECT_EQ(withoutDependencyOutputs({"cc", "-Wall", "-c", "x.c"}, &Removed),
            (std::vector<std::string>{"cc", "-Wall", "-c", "x.c"}));
  EXPECT_FALSE(Removed);
}

TEST(RewriteCommandTest, EmptyCommand) {
  std::vector<std::string> Dropped;
  EXPECT_TRUE(rewriteCommandForClang({}, Clang, Dropped).empty());
  EXPECT_TRUE(Dropped.empty());
}

//===--------------------------------------------------------------------===//
// rewriteCompileDatabase
//===--------------------------------------------------------------------===//

TEST(RewriteCompileDatabaseTest, ArgumentsAndCommandEntries) {
  const char Database[] = R"json([
  {
    "directory": "/build/module",
    "file": "/build/module/a.c",
    "arguments": ["gcc-12", "-Wp,-MMD,a.d", "-fconserve-stack",
                  "-I./include", "-c", "-o", "a.o", "a.c"],
    "output": "a.o"
  },
  {
    "directory": "/build/module",
    "file": "/build/module/b.c",
    "command": "ccache gcc-12 -Wp,-MMD,b.d -mrecord-mcount -DNAME='\"b\"' -include ./include/linux/kconfig.h -c -o b.o b.c"
  }
])json";
  llvm::Expected<RewriteResult> Result =
      rewriteCompileDatabase(Database, Clang);
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Entries, 2u);

  // The GCC-only flags count once per entry that had them.
  EXPECT_EQ(Result->Dropped.size(), 2u);
  EXPECT_EQ(Result->Dropped["-fconserve-stack"], 1u);
  EXPECT_EQ(Result->Dropped["-mrecord-mcount"], 1u);
  // Dependency-file flags are counted apart: clang accepts them, they are
  // removed so that clang tools write nothing into the tree.
  EXPECT_EQ(Result->Dropped.count("-Wp,-MMD,a.d"), 0u);
  EXPECT_EQ(Result->Dropped.count("-Wp,-MMD,b.d"), 0u);
  EXPECT_EQ(Result->DependencyOutputsRemoved, 2u);

  llvm::Expected<llvm::json::Value> Out = llvm::json::parse(Result->Json);
  ASSERT_TRUE(static_cast<bool>(Out)) << llvm::toString(Out.takeError());
  ASSERT_NE(Out->getAsArray(), nullptr);
  ASSERT_EQ(Out->getAsArray()->size(), 2u);

  EXPECT_EQ(argumentsOf(*Out, 0),
            (std::vector<std::string>{Clang, "-I./include", "-c", "-o", "a.o",
                                      "a.c", "-Wno-unknown-warning-option"}));
  // A "command" becomes "arguments", shell quoting undone.
  EXPECT_EQ(argumentsOf(*Out, 1),
            (std::vector<std::string>{
                Clang, "-DNAME=\"b\"", "-include", "./include/linux/kconfig.h",
                "-c", "-o", "b.o", "b.c", "-Wno-unknown-warning-option"}));

  // directory, file and output are carried over; command is not.
  const llvm::json::Object *First = (*Out->getAsArray())[0].getAsObject();
  ASSERT_NE(First, nullptr);
  EXPECT_EQ(First->getString("directory"), "/build/module");
  EXPECT_EQ(First->getString("file"), "/build/module/a.c");
  EXPECT_EQ(First->getString("output"), "a.o");
  const llvm::json::Object *Second = (*Out->getAsArray())[1].getAsObject();
  ASSERT_NE(Second, nullptr);
  EXPECT_EQ(Second->get("command"), nullptr);
  EXPECT_EQ(Second->get("output"), nullptr);
}

TEST(RewriteCompileDatabaseTest, DroppedCountsEntries) {
  // Dropped maps a flag to "how many entries" dropped it.
  const char Database[] = R"json([
  {"directory": "/b", "file": "a.c",
   "arguments": ["gcc", "-mrecord-mcount", "-c", "a.c"]},
  {"directory": "/b", "file": "b.c",
   "arguments": ["gcc", "-mrecord-mcount", "-c", "b.c"]}
])json";
  llvm::Expected<RewriteResult> Result =
      rewriteCompileDatabase(Database, Clang);
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Dropped["-mrecord-mcount"], 2u);
}

TEST(RewriteCompileDatabaseTest, FlagRepeatedInOneEntryCountsOnce) {
  const char Database[] = R"json([
  {"directory": "/b", "file": "a.c",
   "arguments": ["gcc", "-mrecord-mcount", "-mrecord-mcount", "-c", "a.c"]}
])json";
  llvm::Expected<RewriteResult> Result =
      rewriteCompileDatabase(Database, Clang);
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Dropped["-mrecord-mcount"], 1u);
}

TEST(RewriteCompileDatabaseTest, ClangEntriesKeptWhenAsked) {
  // The audit's copy: a clang entry keeps its compiler and flags (clang
  // accepts -mno-80387, which the GCC list drops), minus its dependency
  // outputs; a GCC entry of the same database is rewritten.
  const char Database[] = R"json([
  {"directory": "/b", "file": "a.c",
   "arguments": ["clang", "-Wp,-MMD,.a.o.d", "-mno-80387", "-c", "a.c"]},
  {"directory": "/b", "file": "b.c",
   "arguments": ["gcc-12", "-Wp,-MMD,.b.o.d", "-mno-80387", "-c", "b.c"]}
])json";
  llvm::Expected<RewriteResult> Result =
      rewriteCompileDatabase(Database, Clang, /*KeepClangEntries=*/true);
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->DependencyOutputsRemoved, 2u);
  EXPECT_EQ(Result->Dropped["-mno-80387"], 1u);
  EXPECT_NE(Result->Json.find(R"("clang",
      "-mno-80387",)"),
            std::string::npos)
      << Result->Json;
  EXPECT_EQ(Result->Json.find(".o.d"), std::string::npos) << Result->Json;
}

TEST(RewriteCompileDatabaseTest, InvalidJsonIsAnError) {
  for (const char *Text : {"", "[", "{\"directory\": ", "not json",
                           "[{\"arguments\": [\"gcc\",]}]"}) {
    SCOPED_TRACE(Text);
    llvm::Expected<RewriteResult> Result = rewriteCompileDatabase(Text, Clang);
    EXPECT_FALSE(static_cast<bool>(Result));
    llvm::consumeError(Result.takeError());
  }
}

TEST(RewriteCompileDatabaseTest, NonArrayIsAnError) {
  llvm::Expected<RewriteResult> Result =
      rewriteCompileDatabase(R"json({"directory": "/b"})json", Clang);
  ASSERT_FALSE(static_cast<bool>(Result));
  EXPECT_EQ(llvm::toString(Result.takeError()),
            "a compile database is a JSON array");
}

TEST(RewriteCompileDatabaseTest, EmptyDatabaseAndOddEntries) {
  llvm::Expected<RewriteResult> Empty = rewriteCompileDatabase("[]", Clang);
  ASSERT_TRUE(static_cast<bool>(Empty)) << llvm::toString(Empty.takeError());
  EXPECT_EQ(Empty->Entries, 0u);
  EXPECT_TRUE(Empty->Dropped.empty());

  // Entries that are not objects are skipped, not fatal.
  llvm::Expected<RewriteResult> Odd = rewriteCompileDatabase(
      R"json([42, "x", {"file": "a.c", "arguments": ["gcc", "a.c"]}])json",
      Clang);
  ASSERT_TRUE(static_cast<bool>(Odd)) << llvm::toString(Odd.takeError());
  EXPECT_EQ(Odd->Entries, 1u);
}

} // namespace
