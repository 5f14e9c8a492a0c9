//===--- CompileDatabaseRewrite.cpp - Make GCC compile databases clang's --===//

#include "CompileDatabaseRewrite.h"
#include "UntrustedInput.h"
#include "clang/Driver/Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include <algorithm>

using namespace llvm;

namespace lttng_tidy {

// Flags GCC takes that clang either does not know or refuses on x86-64.
// Facts from Debian's kernel build (arch/x86/Makefile, scripts/Makefile.*).
bool isGccOnlyFlag(StringRef Arg) {
  static const char *const Exact[] = {
      "-fconserve-stack",
      "-mrecord-mcount",
      "-mindirect-branch-register",
      "-fno-allow-store-data-races",
      "-fno-var-tracking-assignments",
      "-mno-fp-ret-in-387",
      "-mskip-rax-setup",
      "-fno-ipa-sra",
      "-fno-tree-loop-im",
      "-fno-code-hoisting",
      "-fsanitize=kernel-address",
      "-mfentry-section",
      "-fno-reorder-blocks",
      "-fno-ipa-cp-clone",
      "-fno-partial-inlining",
      "-mno-80387",
  };
  static const char *const Prefixes[] = {
      "-mindirect-branch=",
      "-mfunction-return=",
      "-mpreferred-stack-boundary=",
      "-fmin-function-alignment=",
      "-fplugin=",
      "-fplugin-arg-",
      "-fpatchable-function-entry=",
      "--param=",
      "-mstack-protector-guard-reg=",
      "-Wimplicit-fallthrough=",
  };
  for (const char *E : Exact)
    if (Arg == E)
      return true;
  for (const char *P : Prefixes)
    if (Arg.starts_with(P))
      return true;
  return false;
}

namespace {
// A dependency-file flag standing alone (no value follows it).
bool isDependencyFlag(StringRef Arg) {
  return Arg == "-MD" || Arg == "-MMD" || Arg == "-MP" || Arg == "-MG";
}

// -MF, -MT and -MQ take a value, separate or joined.
bool isDependencyOption(StringRef Arg) {
  return Arg.starts_with("-MF") || Arg.starts_with("-MT") ||
         Arg.starts_with("-MQ");
}

// The items of -Wp,A,B,... reach the preprocessor as A B ...; for -MD and
// -MMD there, the item after is the file (GCC's -Wp,-MD,FILE).
std::string withoutDependencyItems(StringRef Wp, bool &Removed) {
  SmallVector<StringRef, 4> Items;
  Wp.split(Items, ',');
  std::string Kept;
  for (size_t I = 0; I < Items.size(); ++I) {
    StringRef Item = Items[I];
    bool TakesNext = Item == "-MD" || Item == "-MMD" || Item == "-MF" ||
                     Item == "-MT" || Item == "-MQ";
    if (TakesNext || isDependencyFlag(Item) || isDependencyOption(Item)) {
      Removed = true;
      I += TakesNext;
      continue;
    }
    Kept += (Kept.empty() ? "" : ",") + Item.str();
  }
  return Kept;
}

bool takesSeparateValue(StringRef Arg) {
  return Arg == "--param";
}

bool isCompilerName(StringRef Path) {
  StringRef Name = sys::path::filename(Path);
  return Name.contains("gcc") || Name == "cc" || Name.ends_with("-cc") ||
         Name.contains("clang");
}
} // namespace

std::vector<std::string> withoutDependencyOutputs(ArrayRef<std::string> Arguments,
                                                  bool *Removed) {
  std::vector<std::string> Out;
  bool Any = false;
  for (size_t I = 0; I < Arguments.size(); ++I) {
    StringRef Arg = Arguments[I];
    if (isDependencyFlag(Arg)) {
      Any = true;
      continue;
    }
    if (isDependencyOption(Arg)) {
      Any = true;
      I += Arg.size() == 3; // -MF FILE: the file goes too
      continue;
    }
    if (StringRef Items = Arg; Items.consume_front("-Wp,")) {
      bool Dropped = false;
      std::string Kept = withoutDependencyItems(Items, Dropped);
      if (Dropped) {
        Any = true;
        if (!Kept.empty())
          Out.push_back("-Wp," + Kept);
        continue;
      }
    }
    Out.push_back(Arguments[I]);
  }
  if (Removed)
    *Removed = Any;
  return Out;
}

clang::tooling::ArgumentsAdjuster dependencyOutputsAdjuster() {
  return [](const clang::tooling::CommandLineArguments &Args, StringRef) {
    return withoutDependencyOutputs(Args);
  };
}

std::vector<std::string>
rewriteCommandForClang(const std::vector<std::string> &Command,
                       StringRef Clang, std::vector<std::string> &Dropped,
                       bool *DependencyOutputsRemoved) {
  std::vector<std::string> Out;
  std::vector<std::string> Arguments =
      withoutDependencyOutputs(Command, DependencyOutputsRemoved);
  if (Arguments.empty())
    return Out;
  size_t First = 0;
  // "ccache gcc-12 ..." and "gcc-12 ...": the compiler is replaced.
  while (First < Arguments.size() && !isCompilerName(Arguments[First]) &&
         sys::path::filename(Arguments[First]) == "ccache")
    ++First;
  Out.push_back(Clang.str());
  ++First;

  const opt::OptTable &Table = clang::driver::getDriverOptTable();
  for (size_t I = First; I < Arguments.size(); ++I) {
    StringRef Arg = Arguments[I];
    if (isGccOnlyFlag(Arg) || takesSeparateValue(Arg)) {
      Dropped.push_back(Arg.str());
      if (takesSeparateValue(Arg))
        ++I;
      continue;
    }
    // Anything else clang's driver does not know is dropped too.
    if (Arg.size() > 1 && Arg[0] == '-' && !Arg.starts_with("-W") &&
        !Arg.starts_with("-D") && !Arg.starts_with("-I")) {
      unsigned MissingIndex = 0, MissingCount = 0;
      const char *Argv[] = {Arguments[I].c_str()};
      opt::InputArgList Parsed = Table.ParseArgs(
          ArrayRef(Argv), MissingIndex, MissingCount,
          opt::Visibility(clang::driver::options::ClangOption));
      if (Parsed.hasArg(clang::driver::options::OPT_UNKNOWN)) {
        Dropped.push_back(Arg.str());
        continue;
      }
    }
    Out.push_back(Arguments[I]);
  }
  // GCC-only warning names are harmless: keep clang quiet about them.
  Out.push_back("-Wno-unknown-warning-option");
  return Out;
}

namespace {
/// The compiler of a command line is clang ("ccache clang-19 ..." too).
bool compilesWithClang(const std::vector<std::string> &Arguments) {
  for (const std::string &A : Arguments) {
    StringRef Name = sys::path::filename(A);
    if (Name != "ccache")
      return Name.contains("clang");
  }
  return false;
}
} // namespace

Expected<RewriteResult> rewriteCompileDatabase(StringRef Text, StringRef Clang,
                                               bool KeepClangEntries) {
  // The parser recurses: what would overflow its stack is refused first.
  if (std::optional<std::string> Why = tooDeeplyNested(Text))
    return createStringError(inconvertibleErrorCode(), *Why);
  Expected<json::Value> Parsed = json::parse(Text);
  if (!Parsed)
    return Parsed.takeError();
  json::Array *Entries = Parsed->getAsArray();
  if (!Entries)
    return createStringError(inconvertibleErrorCode(),
                             "a compile database is a JSON array");
  RewriteResult Result;
  json::Array Out;
  for (json::Value &Entry : *Entries) {
    json::Object *Object = Entry.getAsObject();
    if (!Object)
      continue;
    std::vector<std::string> Arguments;
    if (const json::Array *Args = Object->getArray("arguments")) {
      for (const json::Value &A : *Args)
        if (auto S = A.getAsString())
          Arguments.push_back(S->str());
    } else if (auto Command = Object->getString("command")) {
      BumpPtrAllocator Alloc;
      StringSaver Saver(Alloc);
      SmallVector<const char *, 64> Argv;
      cl::TokenizeGNUCommandLine(*Command, Saver, Argv);
      Arguments.assign(Argv.begin(), Argv.end());
    }
    std::vector<std::string> Dropped;
    bool HadDependencyOutput = false;
    std::vector<std::string> Rewritten =
        KeepClangEntries && compilesWithClang(Arguments)
            ? withoutDependencyOutputs(Arguments, &HadDependencyOutput)
            : rewriteCommandForClang(Arguments, Clang, Dropped,
                                     &HadDependencyOutput);
    // Count entries, not occurrences: a flag may repeat in one command.
    std::sort(Dropped.begin(), Dropped.end());
    Dropped.erase(std::unique(Dropped.begin(), Dropped.end()), Dropped.end());
    for (const std::string &D : Dropped)
      ++Result.Dropped[D];
    Result.DependencyOutputsRemoved += HadDependencyOutput;
    json::Object NewEntry;
    if (auto Dir = Object->getString("directory"))
      NewEntry["directory"] = *Dir;
    if (auto File = Object->getString("file"))
      NewEntry["file"] = *File;
    NewEntry["arguments"] = json::Array(Rewritten);
    if (auto Output = Object->getString("output"))
      NewEntry["output"] = *Output;
    Out.push_back(std::move(NewEntry));
    ++Result.Entries;
  }
  std::string Buffer;
  raw_string_ostream OS(Buffer);
  OS << formatv("{0:2}", json::Value(std::move(Out)));
  OS << "\n";
  Result.Json = std::move(Buffer);
  return Result;
}

} // namespace lttng_tidy
