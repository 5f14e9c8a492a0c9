//===--- TracepointFuzzer.cpp - libFuzzer harness over a unit's path ------===//
//
// Each input is one trace header. It is compiled the way the checks see a
// header: the first byte chooses the role (a kernel header created with
// CREATE_TRACE_POINTS, a kernel header read by an LTTng probe next to a
// fixture mirror, or an LTTng mirror read by a probe), the rest is the
// header's text. The unit goes through clang's frontend with the model's
// preprocessor callbacks (definition macros, their argument parsers, the
// #if and version tracking), then type resolution, the generator for every
// kernel definition, the broken-expression finder and the JSON model:
// everything a translation unit takes through the model.
//
// The kernel and LTTng macros come from the test fixtures (test/Inputs);
// an #include of anything those do not provide is dropped from the input,
// so that real kernel headers make useful seeds.
//
//===----------------------------------------------------------------------===//

#include "model/BrokenExpressions.h"
#include "model/KernelCounterpart.h"
#include "model/MirrorGenerator.h"
#include "model/ModelJson.h"
#include "model/TracepointCollector.h"
#include "model/TracepointModel.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace lttng_tidy;

namespace {

/// Everything the model and generator do with a finished unit.
class ModelConsumer : public clang::ASTConsumer {
public:
  explicit ModelConsumer(TracepointModel &Model) : Model(Model) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    resolveModelTypes(Model, Context);
    DeclaredName IsDeclared =
        moduleVisibleNames(Context, nullptr, &Model.HeaderMacros);
    for (const TracepointDefinition &Def : Model.Definitions) {
      if (Def.side() == Side::Kernel) {
        GeneratedMirror G = generateMirror(Model, Def, "fuzz", IsDeclared);
        (void)G;
        continue;
      }
      // A mirror against its kernel event, as the mirror checks ask.
      if (const TracepointDefinition *Kernel = kernelEventOf(Model, Def)) {
        (void)driftedParameters(Def, *Kernel, Context);
        if (const TracepointDefinition *Layout = Model.layoutOf(*Kernel))
          for (const CtfField &F : Def.CtfFields)
            if (Def.Params.size() == Kernel->Params.size())
              (void)kernelExpressionFor(Model, F.Name, Kernel->Params, *Layout,
                                        Def.Params);
      }
      for (const CtfField &F : Def.CtfFields)
        (void)memberAccessProblem(F.Source, Def.Params);
    }
    (void)findBrokenExpressions(Context,
                                [](clang::SourceLocation) { return true; });
    std::string Json;
    llvm::raw_string_ostream Out(Json);
    Out << modelToJson(Model, Context.getSourceManager());
  }

private:
  TracepointModel &Model;
};

class ModelAction : public clang::ASTFrontendAction {
protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<TracepointCollector>(CI.getPreprocessor(), Model));
    return std::make_unique<ModelConsumer>(Model);
  }

private:
  TracepointModel Model;
};

/// The fixtures' include directories, found next to this harness's
/// sources (LTTNG_TIDY_FUZZ_INPUTS) or where LTTNG_TIDY_FUZZ_INPUTS says.
std::string inputsDir() {
  if (const char *Dir = getenv("LTTNG_TIDY_FUZZ_INPUTS"))
    return Dir;
  return LTTNG_TIDY_FUZZ_INPUTS;
}

/// Whether an #include names a file the fixtures provide.
bool provided(llvm::StringRef Spelled) {
  static const std::string Dir = inputsDir();
  for (const char *Root : {"fake-kernel/include", "fake-lttng/include"}) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Root, Spelled);
    if (llvm::sys::fs::exists(Path))
      return true;
  }
  return false;
}

/// The header's text with the #include lines of files the fixtures lack
/// blanked out (kept as empty lines so that line numbers stay).
std::string withKnownIncludes(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    llvm::StringRef Trimmed = Line.ltrim(" \t");
    bool Drop = false;
    if (Trimmed.consume_front("#")) {
      Trimmed = Trimmed.ltrim(" \t");
      if (Trimmed.consume_front("include")) {
        Trimmed = Trimmed.ltrim(" \t");
        if (!Trimmed.empty() && (Trimmed[0] == '<' || Trimmed[0] == '"')) {
          char Close = Trimmed[0] == '<' ? '>' : '"';
          size_t End = Trimmed.find(Close, 1);
          Drop = End == llvm::StringRef::npos ||
                 !provided(Trimmed.slice(1, End));
        }
      }
    }
    if (!Drop)
      Out += Line;
    if (Rest.data() != Text.end() || Text.ends_with("\n"))
      Out += '\n';
    Text = Rest;
  }
  return Out;
}

} // namespace

// Our copy of LLVM's BumpPtrAllocator code (compiled here with ASan)
// poisons the slabs it creates; clang's own, uninstrumented, then hands out
// memory from them without unpoisoning it. Those manual annotations are
// turned off; heap, stack and global checks stay.
extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}

// libFuzzer calls it by this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 1)
    return 0;
  unsigned Role = Data[0] % 3;
  std::string Header = withKnownIncludes(
      llvm::StringRef(reinterpret_cast<const char *>(Data) + 1, Size - 1));

  static const std::string Dir = inputsDir();
  std::vector<std::string> Args = {
      "-fsyntax-only", "-w", "-ferror-limit=0", "-nostdinc",
      "-I/fuzz/include", "-I" + Dir + "/fake-kernel/include",
      "-I" + Dir + "/fake-lttng/include", "-DLTTNG_LINUX_MAJOR=6",
      "-DLTTNG_LINUX_MINOR=12", "-DLTTNG_LINUX_PATCH=9"};
  std::string Unit, HeaderPath;
  switch (Role) {
  case 0: // a kernel header, its tracepoints created
    HeaderPath = "/fuzz/include/trace/events/fuzz.h";
    Unit = "#define CREATE_TRACE_POINTS\n#include <trace/events/fuzz.h>\n";
    break;
  case 1: // a kernel header read by a probe, next to a fixture mirror
    HeaderPath = "/fuzz/include/trace/events/fields.h";
    Unit = "#include <trace/events/fields.h>\n#define LTTNG_PACKAGE_BUILD\n"
           "#define CREATE_TRACE_POINTS\n"
           "#define TRACE_INCLUDE_PATH instrumentation/events\n"
           "#include <instrumentation/events/fields.h>\n";
    break;
  default: // a mirror read by a probe, next to a fixture kernel header
    HeaderPath = "/fuzz/include/instrumentation/events/fields.h";
    Unit = "#include <trace/events/fields.h>\n#define LTTNG_PACKAGE_BUILD\n"
           "#define CREATE_TRACE_POINTS\n"
           "#define TRACE_INCLUDE_PATH instrumentation/events\n"
           "#include <instrumentation/events/fields.h>\n";
    break;
  }
  // The unit and the header in memory over the real file system (the
  // fixtures); the compiler's diagnostics go nowhere.
  llvm::IntrusiveRefCntPtr<llvm::vfs::InMemoryFileSystem> Memory(
      new llvm::vfs::InMemoryFileSystem);
  Memory->addFile("/fuzz/unit.c", 0, llvm::MemoryBuffer::getMemBufferCopy(Unit));
  Memory->addFile(HeaderPath, 0, llvm::MemoryBuffer::getMemBufferCopy(Header));
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> Files(
      new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
  Files->pushOverlay(Memory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> Manager(
      new clang::FileManager(clang::FileSystemOptions(), Files));
  std::vector<std::string> CommandLine = {"clang"};
  CommandLine.insert(CommandLine.end(), Args.begin(), Args.end());
  CommandLine.push_back("/fuzz/unit.c");
  clang::tooling::ToolInvocation Invocation(
      CommandLine, std::make_unique<ModelAction>(), Manager.get());
  clang::IgnoringDiagConsumer Quiet;
  Invocation.setDiagnosticConsumer(&Quiet);
  Invocation.run();
  return 0;
}
