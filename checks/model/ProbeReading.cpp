//===--- ProbeReading.cpp - How a kernel unit reads its LTTng probes ------===//

#include "model/ProbeReading.h"
#include "model/Paths.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace clang;
using llvm::SmallString;
using llvm::StringRef;

namespace lttng_tidy {

std::vector<PairedProbe> pairWithProbes(const TracepointModel &Model,
                                        const LttngTree &Tree) {
  std::vector<PairedProbe> Pairs;
  for (const TracepointDefinition *Def : Model.definitions(Side::Kernel))
    Pairs.push_back({Def, Tree.probeFor(Def->Position.File)});
  return Pairs;
}

/// A syntax-only compilation of \p Input with the flags of \p PP's unit.
std::shared_ptr<CompilerInvocation> invocationLike(const Preprocessor &PP,
                                                   StringRef Input) {
  auto Invocation = std::make_shared<CompilerInvocation>();
  Invocation->getLangOpts() = PP.getLangOpts();
  Invocation->getHeaderSearchOpts() = PP.getHeaderSearchInfo().getHeaderSearchOpts();
  Invocation->getPreprocessorOpts() = PP.getPreprocessorOpts();
  Invocation->getTargetOpts() = PP.getTargetInfo().getTargetOpts();
  Invocation->getFileSystemOpts() = PP.getFileManager().getFileSystemOpts();
  Invocation->getDiagnosticOpts().IgnoreWarnings = true;
  // Every mirror of the probe is judged, also those after many errors.
  Invocation->getDiagnosticOpts().ErrorLimit = 0;
  FrontendOptions &FEOpts = Invocation->getFrontendOpts();
  FEOpts.Inputs.clear();
  FEOpts.Inputs.emplace_back(Input, InputKind(Language::C));
  FEOpts.ProgramAction = frontend::ParseSyntaxOnly;
  // The consumer says which (FunctionBodySkipper).
  FEOpts.SkipFunctionBodies = true;
  return Invocation;
}

namespace {
/// Kbuild's names of the module a unit belongs to, the probe's instead.
void nameProbeModule(PreprocessorOptions &PPOpts, StringRef ProbePath) {
  auto NameOf = [](StringRef Definition) {
    return Definition.take_until([](char C) { return C == '=' || C == '('; });
  };
  bool KbuildUnit = llvm::any_of(PPOpts.Macros, [&](const auto &M) {
    return !M.second && NameOf(M.first) == "KBUILD_MODNAME";
  });
  if (!KbuildUnit)
    return;
  llvm::erase_if(PPOpts.Macros, [&](const auto &M) {
    StringRef Name = NameOf(M.first);
    return Name == "KBUILD_MODNAME" || Name == "__KBUILD_MODNAME" ||
           Name == "KBUILD_BASENAME" || Name == "KBUILD_MODFILE" ||
           Name == "MODULE";
  });
  // Kbuild's module name: the object's name with '-' made '_'.
  std::string Module = llvm::sys::path::stem(ProbePath).str();
  std::replace(Module.begin(), Module.end(), '-', '_');
  PPOpts.addMacroDef("MODULE");
  PPOpts.addMacroDef("KBUILD_BASENAME=\"" + Module + "\"");
  PPOpts.addMacroDef("KBUILD_MODNAME=\"" + Module + "\"");
  PPOpts.addMacroDef("__KBUILD_MODNAME=kmod_" + Module);
}
} // namespace

std::shared_ptr<CompilerInvocation>
probeInvocation(const Preprocessor &PP, const LttngTree &Tree,
                const LttngProbe &Probe, const KernelVersion &Version) {
  std::shared_ptr<CompilerInvocation> Invocation = invocationLike(PP, Probe.Path);
  for (const std::string &Dir : Tree.includeDirs())
    Invocation->getHeaderSearchOpts().AddPath(Dir, frontend::Angled, false,
                                              true);
  PreprocessorOptions &PPOpts = Invocation->getPreprocessorOpts();
  nameProbeModule(PPOpts, Probe.Path);
  if (Version.known()) {
    PPOpts.addMacroDef("LTTNG_LINUX_MAJOR=" + std::to_string(Version.Major));
    PPOpts.addMacroDef("LTTNG_LINUX_MINOR=" + std::to_string(Version.Minor));
    PPOpts.addMacroDef("LTTNG_LINUX_PATCH=" + std::to_string(Version.Patch));
  }
  return Invocation;
}

std::vector<std::string> filesEntered(const SourceManager &SM) {
  std::vector<std::string> Files;
  for (const auto &Entry : llvm::make_range(SM.fileinfo_begin(), SM.fileinfo_end())) {
    StringRef Real = Entry.getFirst().getFileEntry().tryGetRealPathName();
    SmallString<256> Path(Real.empty() ? Entry.getFirst().getName() : Real);
    SM.getFileManager().makeAbsolutePath(Path);
    Files.push_back(std::string(Path));
  }
  return Files;
}

UnitOwnDirectories unitOwnDirectories(const Preprocessor &PP) {
  UnitOwnDirectories Own;
  const SourceManager &SM = PP.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return Own;
  FileManager &FM = PP.getFileManager();
  auto Absolute = [&FM](StringRef Path) {
    return absoluteWithoutDots(Path, FM);
  };
  std::string MainDir = Absolute(Main->getDir().getName());
  std::string Root = kernelRootOf(PP);
  StringRef Relative = MainDir;
  if (Root.empty() || !Relative.consume_front(Absolute(Root) + "/"))
    Relative = "";
  for (const HeaderSearchOptions::Entry &E :
       PP.getHeaderSearchInfo().getHeaderSearchOpts().UserEntries) {
    std::string Dir = Absolute(E.Path);
    if (Dir != MainDir &&
        (Relative.empty() || !StringRef(Dir).ends_with("/" + Relative.str())))
      continue;
    Own.Spelled.push_back(E.Path);
    Own.Absolute.push_back(Dir);
  }
  return Own;
}

std::string kernelRootOf(const Preprocessor &PP) {
  llvm::vfs::FileSystem &FS = PP.getFileManager().getVirtualFileSystem();
  for (const HeaderSearchOptions::Entry &E :
       PP.getHeaderSearchInfo().getHeaderSearchOpts().UserEntries) {
    SmallString<256> Dir(E.Path);
    if (FS.makeAbsolute(Dir))
      continue;
    llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
    if (llvm::sys::path::filename(Dir) != "include" ||
        !FS.exists(Dir + "/linux/tracepoint.h"))
      continue;
    return llvm::sys::path::parent_path(Dir).str();
  }
  return {};
}

std::string parseOptionsText(const CompilerInvocation &Invocation,
                             const std::vector<std::string> &OwnEntries) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  const LangOptions &Lang = Invocation.getLangOpts();
#define LANGOPT(Name, Bits, Default, Description)                              \
  OS << #Name "=" << static_cast<unsigned>(Lang.Name) << ';';
#define ENUM_LANGOPT(Name, Type, Bits, Default, Description)                   \
  OS << #Name "=" << static_cast<unsigned>(Lang.get##Name()) << ';';
#include "clang/Basic/LangOptions.def"
  OS << '\n';
  const TargetOptions &Target = Invocation.getTargetOpts();
  OS << "triple=" << Target.Triple << " cpu=" << Target.CPU
     << " tune=" << Target.TuneCPU << " abi=" << Target.ABI << " features=";
  for (const std::string &F : Target.FeaturesAsWritten)
    OS << F << ',';
  OS << '\n';
  const HeaderSearchOptions &Search = Invocation.getHeaderSearchOpts();
  OS << "sysroot=" << Search.Sysroot << " resource=" << Search.ResourceDir
     << " builtin=" << Search.UseBuiltinIncludes
     << " standard=" << Search.UseStandardSystemIncludes << '\n';
  for (const HeaderSearchOptions::Entry &E : Search.UserEntries)
    if (!llvm::is_contained(OwnEntries, E.Path))
      OS << "dir=" << static_cast<unsigned>(E.Group) << ':' << E.IsFramework
         << ':' << E.IgnoreSysRoot << ':' << E.Path << '\n';
  for (const auto &Prefix : Search.SystemHeaderPrefixes)
    OS << "system-prefix=" << Prefix.IsSystemHeader << ':' << Prefix.Prefix << '\n';
  const PreprocessorOptions &PP = Invocation.getPreprocessorOpts();
  for (const auto &[Macro, IsUndef] : PP.Macros)
    OS << (IsUndef ? "undef=" : "define=") << Macro << '\n';
  for (const std::string &Include : PP.Includes)
    OS << "include=" << Include << '\n';
  for (const std::string &Include : PP.MacroIncludes)
    OS << "imacros=" << Include << '\n';
  for (const auto &[From, To] : PP.RemappedFiles)
    OS << "remap=" << From << ':' << To << '\n';
  OS << "predefines=" << PP.UsePredefines << " analyzer=" << PP.SetUpStaticAnalyzer
     << '\n';
  for (const auto &Input : Invocation.getFrontendOpts().Inputs)
    OS << "input=" << Input.getFile() << '\n';
  return Text;
}

std::string withHeaderBeforeMirror(StringRef Probe, StringRef MirrorInclude,
                                   StringRef KernelHeader) {
  size_t At = StringRef::npos, MirrorAt = StringRef::npos;
  for (size_t Begin = 0; Begin < Probe.size();) {
    size_t End = Probe.find('\n', Begin);
    StringRef Line = Probe.slice(Begin, End).trim();
    if (Line.starts_with("#define LTTNG_PACKAGE_BUILD") ||
        Line.starts_with("#define CREATE_TRACE_POINTS")) {
      At = Begin;
      break;
    }
    if (Line.starts_with("#include") && Line.contains(MirrorInclude) &&
        MirrorAt == StringRef::npos)
      MirrorAt = Begin;
    if (End == StringRef::npos)
      break;
    Begin = End + 1;
  }
  if (At == StringRef::npos)
    At = MirrorAt == StringRef::npos ? Probe.size() : MirrorAt;
  return (Probe.take_front(At) + "#include \"" + KernelHeader + "\"\n" +
          Probe.drop_front(At))
      .str();
}

} // namespace lttng_tidy
