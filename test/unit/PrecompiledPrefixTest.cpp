#include <gtest/gtest.h>

#include "model/PrecompiledPrefix.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticBuffer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

using namespace lttng_tidy;

namespace {

TEST(LeadingIncludesTest, TakesTheIncludesAfterTheLicenceComment) {
  EXPECT_EQ(leadingIncludes("/* SPDX-License-Identifier: GPL-2.0\n"
                            " * probe\n"
                            " */\n"
                            "\n"
                            "#include <linux/module.h>  \n"
                            "# include <lttng/tracer.h>\n"
                            "/* the kernel's own header */\n"
                            "#include <trace/events/timer.h>\n"),
            (std::vector<std::string>{"#include <linux/module.h>",
                                      "# include <lttng/tracer.h>"}));
  EXPECT_EQ(leadingIncludes("// one line\n#include \"local.h\"\nint x;\n"),
            std::vector<std::string>{"#include \"local.h\""});
}

TEST(LeadingIncludesTest, StopsAtAnythingElse) {
  EXPECT_TRUE(leadingIncludes("#define MODULE\n#include <linux/module.h>\n").empty());
  EXPECT_TRUE(leadingIncludes("int x; /* c */\n#include <a.h>\n").empty());
  EXPECT_TRUE(leadingIncludes("/* c */ int x;\n#include <a.h>\n").empty());
  // A continued line is left to the probe's own read.
  EXPECT_TRUE(leadingIncludes("#include \\\n <a.h>\n").empty());
}

/// A directory of headers and probes, removed at the end.
class PrefixFixture : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("prefix-test", Root));
    write("include/guarded.h",
          "#ifndef GUARDED_H\n#define GUARDED_H\n"
          "#define OTHER 1\n"
          "#define helper_macro(x) ((x) + OTHER)\n"
          "int callee(int);\n"
          "static inline int helper(int v) { return callee(v) + OTHER; }\n"
          "#endif\n");
    write("include/second.h", "#pragma once\nstruct second { int s; };\n");
    write("include/unguarded.h", "extern int counter;\n");
    // No inline body: nothing looks a name up while the prefix is built.
    write("include/declares.h", "#pragma once\nint callee(int);\n");
    write("include/asks-module.h",
          "#ifndef ASKS_H\n#define ASKS_H\n#ifdef KBUILD_MODNAME\n"
          "int named;\n#endif\n#endif\n");
  }
  void TearDown() override { EXPECT_FALSE(llvm::sys::fs::remove_directories(Root)); }

  void write(llvm::StringRef Relative, llvm::StringRef Text) {
    llvm::SmallString<256> Path(Root);
    llvm::sys::path::append(Path, Relative);
    ASSERT_FALSE(llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)));
    std::error_code EC;
    llvm::raw_fd_ostream(Path, EC) << Text;
    ASSERT_FALSE(EC);
  }
  std::string path(llvm::StringRef Relative) const {
    llvm::SmallString<256> Path(Root);
    llvm::sys::path::append(Path, Relative);
    return std::string(Path);
  }

  /// A syntax-only read of the probe \p Name, with its module's name, as
  /// probeInvocation spells it.
  std::shared_ptr<clang::CompilerInvocation> invocation(llvm::StringRef Name) {
    std::string Module = "-DKBUILD_MODNAME=\"" + Name.str() + "\"";
    std::string Include = "-I" + path("include");
    std::string File = path("probes/" + Name.str() + ".c");
    std::vector<const char *> Args = {"-fsyntax-only", "-DMODULE",
                                      Module.c_str(), Include.c_str(),
                                      File.c_str()};
    auto Invocation = std::make_shared<clang::CompilerInvocation>();
    clang::DiagnosticsEngine Diags(
        new clang::DiagnosticIDs, new clang::DiagnosticOptions,
        new clang::TextDiagnosticBuffer);
    EXPECT_TRUE(clang::CompilerInvocation::CreateFromArgs(*Invocation, Args, Diags));
    Invocation->getFrontendOpts().SkipFunctionBodies = true;
    return Invocation;
  }

  std::unique_ptr<PrecompiledPrefix>
  build(const std::vector<std::string> &Probes) {
    std::vector<std::shared_ptr<clang::CompilerInvocation>> Kept;
    std::vector<const clang::CompilerInvocation *> Flags;
    std::vector<std::string> Common;
    for (const std::string &Probe : Probes) {
      Kept.push_back(invocation(Probe));
      Flags.push_back(Kept.back().get());
      auto Text = llvm::MemoryBuffer::getFile(path("probes/" + Probe + ".c"));
      EXPECT_TRUE(bool(Text));
      Common = leadingIncludes((*Text)->getBuffer());
    }
    return PrecompiledPrefix::build(Flags, path("probes"), Common,
                                    llvm::vfs::getRealFileSystem(), "",
                                    [](clang::Preprocessor &) {});
  }

  /// Reads \p Probe on \p Prefix; its error count, and whether its leading
  /// lines entered a header again.
  struct ReadResult {
    unsigned Errors = 0;
    bool Broken = false;
    TracepointModel Model;
    /// What the unit's lookup found for "callee" and "second", and
    /// whether its list of declarations held one of the prefix's.
    const clang::FunctionDecl *Callee = nullptr;
    const clang::RecordDecl *Second = nullptr;
    bool ListsPrefixDeclarations = false;
  };
  ReadResult read(const PrecompiledPrefix &Prefix, llvm::StringRef Probe) {
    class ReadAction : public clang::SyntaxOnlyAction {
    public:
      ReadAction(const PrecompiledPrefix &Prefix, ReadResult &Result)
          : Prefix(Prefix), Result(Result) {}
      std::unique_ptr<clang::ASTConsumer>
      CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
        clang::Preprocessor &PP = CI.getPreprocessor();
        auto Collector = std::make_unique<TracepointCollector>(PP, Result.Model);
        Collector->resume(Prefix.collector());
        PP.addPPCallbacks(std::move(Collector));
        PP.addPPCallbacks(Prefix.leadingLinesWatcher(PP, Result.Broken));
        return std::make_unique<LookingUp>(Result);
      }
      /// Loads the prefix as a probe read does, and looks names up.
      class LookingUp : public clang::ASTConsumer {
      public:
        explicit LookingUp(ReadResult &Result) : Result(Result) {}
        void Initialize(clang::ASTContext &Context) override {
          PrecompiledPrefix::lookUpByNameOnly(Context);
        }
        void HandleTranslationUnit(clang::ASTContext &Context) override {
          clang::TranslationUnitDecl *Unit = Context.getTranslationUnitDecl();
          for (clang::NamedDecl *D : Unit->lookup(&Context.Idents.get("callee")))
            if (auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
              Result.Callee = FD;
          for (clang::NamedDecl *D : Unit->lookup(&Context.Idents.get("second")))
            if (auto *RD = llvm::dyn_cast<clang::RecordDecl>(D))
              Result.Second = RD;
          for (const clang::Decl *D : Unit->decls())
            Result.ListsPrefixDeclarations |= D->isFromASTFile();
        }

      private:
        ReadResult &Result;
      };
      const PrecompiledPrefix &Prefix;
      ReadResult &Result;
    };
    ReadResult Result;
    std::shared_ptr<clang::CompilerInvocation> Invocation = invocation(Probe);
    clang::CompilerInstance CI;
    CI.createFileManager(Prefix.useIn(*Invocation, llvm::vfs::getRealFileSystem()));
    CI.setInvocation(Invocation);
    auto *Diagnostics = new clang::TextDiagnosticBuffer;
    CI.createDiagnostics(Diagnostics, true);
    ReadAction Action(Prefix, Result);
    CI.ExecuteAction(Action);
    Result.Errors = CI.getDiagnostics().getClient()->getNumErrors();
    for (auto It = Diagnostics->err_begin(); It != Diagnostics->err_end(); ++It)
      ADD_FAILURE() << "the read: " << It->second;
    return Result;
  }

  llvm::SmallString<256> Root;
};

TEST_F(PrefixFixture, CarriesWhatItsHeadersLeft) {
  // Each probe uses its own module name after the shared lines.
  for (const char *Name : {"one", "two"})
    write(std::string("probes/") + Name + ".c",
          "/* a probe */\n#include <guarded.h>\n#include <second.h>\n"
          "const char *name = KBUILD_MODNAME;\n"
          "enum { use = helper_macro(2) };\n"
          "int (*call)(int) = helper;\n");
  std::unique_ptr<PrecompiledPrefix> Prefix = build({"one", "two"});
  ASSERT_TRUE(Prefix);
  EXPECT_EQ(Prefix->collector().HeaderMacros.lookup("helper_macro"), "OTHER");
  EXPECT_TRUE(Prefix->collector().HeaderMacros.count("OTHER"));
  ASSERT_TRUE(Prefix->skipper().InlineBodies.count("helper"));
  EXPECT_EQ(Prefix->skipper().InlineBodies.lookup("helper"),
            (std::vector<std::string>{"callee", "v"})); // OTHER is expanded
  EXPECT_TRUE(llvm::is_contained(Prefix->filesRead(), path("include/guarded.h")));
  EXPECT_FALSE(llvm::any_of(Prefix->filesRead(), [&](const std::string &F) {
    return Prefix->isOwnFile(F);
  }));

  ReadResult Read = read(*Prefix, "two");
  EXPECT_EQ(Read.Errors, 0u); // KBUILD_MODNAME is defined for the read
  EXPECT_FALSE(Read.Broken);
  EXPECT_TRUE(Read.Model.HeaderMacros.count("helper_macro"));
}

TEST_F(PrefixFixture, AReadFindsThePrefixDeclarationsByName) {
  for (const char *Name : {"one", "two"})
    write(std::string("probes/") + Name + ".c",
          "#include <second.h>\n#include <declares.h>\n"
          "int callee(int);\n"               // declared again
          "struct second local = { 1 };\n"); // its tag, by name
  std::unique_ptr<PrecompiledPrefix> Prefix = build({"one", "two"});
  ASSERT_TRUE(Prefix);
  ReadResult Read = read(*Prefix, "one");
  EXPECT_EQ(Read.Errors, 0u);
  ASSERT_TRUE(Read.Callee);
  EXPECT_FALSE(Read.Callee->isFromASTFile()); // the read's own declaration,
  ASSERT_TRUE(Read.Callee->getPreviousDecl()); // after the prefix's
  EXPECT_TRUE(Read.Callee->getPreviousDecl()->isFromASTFile());
  ASSERT_TRUE(Read.Second);
  EXPECT_TRUE(Read.Second->isFromASTFile());
  EXPECT_TRUE(Read.Second->isCompleteDefinition());
  // The prefix's declarations were found by name, never listed.
  EXPECT_FALSE(Read.ListsPrefixDeclarations);
}

TEST_F(PrefixFixture, IsNotBuiltWhenItsHeadersAskForALeftOutMacro) {
  for (const char *Name : {"one", "two"})
    write(std::string("probes/") + Name + ".c", "#include <asks-module.h>\n");
  EXPECT_FALSE(build({"one", "two"}));
}

TEST_F(PrefixFixture, IsNotBuiltOnACompileError) {
  for (const char *Name : {"one", "two"})
    write(std::string("probes/") + Name + ".c", "#include <no-such-header.h>\n");
  EXPECT_FALSE(build({"one", "two"}));
}

TEST_F(PrefixFixture, AReadThatEntersAnUnguardedHeaderAgainIsBroken) {
  for (const char *Name : {"one", "two"})
    write(std::string("probes/") + Name + ".c",
          "#include <second.h>\n#include <unguarded.h>\nint x;\n");
  std::unique_ptr<PrecompiledPrefix> Prefix = build({"one", "two"});
  ASSERT_TRUE(Prefix);
  EXPECT_TRUE(read(*Prefix, "one").Broken);
}

} // namespace
