//===--- AuditWorker.cpp - One unit of the audit, checked in process ------===//

#include "AuditWorker.h"
#include "SharedProbeReads.h"
#include "TracepointModelCheck.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "model/FunctionBodies.h"
#include "model/LttngTree.h"
#include "model/Paths.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace clang;

namespace lttng_tidy {

namespace {

struct WorkerOptions {
  std::string DatabaseDir, Checks, Config, ExportFixes, File, ProbeReadsDir;
  bool KeepBodies = false;
};

/// The checks' consumer, which also answers the parser's question of
/// which bodies to skip (model/FunctionBodies.h says which and why).
class BodySkippingConsumer : public MultiplexConsumer {
  static std::vector<std::unique_ptr<ASTConsumer>>
  only(std::unique_ptr<ASTConsumer> Consumer) {
    std::vector<std::unique_ptr<ASTConsumer>> List;
    List.push_back(std::move(Consumer));
    return List;
  }

public:
  BodySkippingConsumer(std::unique_ptr<ASTConsumer> Checks, Preprocessor &PP,
                       StringRef KeptRoot)
      : MultiplexConsumer(only(std::move(Checks))), Skipper(PP, KeptRoot) {}

  void Initialize(ASTContext &Context) override {
    MultiplexConsumer::Initialize(Context);
    Skipper.attach(Context);
  }

  bool shouldSkipFunctionBody(Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    return FD && Skipper.shouldSkip(*FD);
  }

private:
  FunctionBodySkipper Skipper;
};

/// clang-tidy's own action, with function bodies skipped where allowed.
class CheckUnitActionFactory : public tooling::FrontendActionFactory {
public:
  CheckUnitActionFactory(tidy::ClangTidyContext &Context,
                         IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS,
                         bool SkipBodies)
      : Consumers(Context, std::move(FS)), SkipBodies(SkipBodies) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(Consumers, SkipBodies);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *Diagnostics) override {
    // As clang-tidy does: the unit sees __clang_analyzer__ defined.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    Invocation->getFrontendOpts().SkipFunctionBodies = SkipBodies;
    return FrontendActionFactory::runInvocation(std::move(Invocation), Files,
                                                std::move(PCHContainerOps),
                                                Diagnostics);
  }

private:
  class Action : public ASTFrontendAction {
  public:
    Action(tidy::ClangTidyASTConsumerFactory &Consumers, bool SkipBodies)
        : Consumers(Consumers), SkipBodies(SkipBodies) {}

  protected:
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                   StringRef File) override {
      std::unique_ptr<ASTConsumer> Checks = Consumers.createASTConsumer(CI, File);
      if (!SkipBodies)
        return Checks;
      // A unit of LTTng-modules itself keeps its tree's bodies: their
      // compile errors are what its maintainer needs to see.
      return std::make_unique<BodySkippingConsumer>(
          std::move(Checks), CI.getPreprocessor(),
          LttngTree::rootContaining(
              absoluteWithoutDots(File, CI.getFileManager())));
    }

    /// Once the checks have seen the unit: its AST is freed before they
    /// read its LTTng probes (TracepointModelCheck::readProbesAfterAST),
    /// so that peak memory is the larger of the two parses, not their sum.
    void EndSourceFileAction() override {
      CompilerInstance &CI = getCompilerInstance();
      const Preprocessor &PP = CI.getPreprocessor();
      if (!tidy::lttng::TracepointModelCheck::hasWorkAfterAST(PP))
        return;
      // Sema refers to the AST, so it goes first, as clang's own
      // FrontendAction::EndSourceFile does it; the checks (the consumer's)
      // stay until clang frees them after this.
      CI.setSema(nullptr);
      CI.setASTContext(nullptr);
      tidy::lttng::TracepointModelCheck::finishAfterAST(PP);
    }

  private:
    tidy::ClangTidyASTConsumerFactory &Consumers;
    bool SkipBodies;
  };

  tidy::ClangTidyASTConsumerFactory Consumers;
  bool SkipBodies;
};

bool parseOptions(ArrayRef<const char *> Args, WorkerOptions &O,
                  std::string &Error) {
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A == "-p" && I + 1 < Args.size())
      O.DatabaseDir = Args[++I];
    else if (A.consume_front("--checks="))
      O.Checks = A.str();
    else if (A.consume_front("--config="))
      O.Config = A.str();
    else if (A.consume_front("--export-fixes="))
      O.ExportFixes = A.str();
    else if (A == "--keep-bodies")
      O.KeepBodies = true;
    else if (A.consume_front("--share-probe-reads="))
      O.ProbeReadsDir = A.str();
    else if (!A.starts_with("-") && O.File.empty())
      O.File = A.str();
    else {
      Error = "unexpected argument '" + A.str() + "'";
      return false;
    }
  }
  if (O.DatabaseDir.empty() || O.File.empty()) {
    Error = "-p DB_DIR and a file are required";
    return false;
  }
  return true;
}

/// The options clang-tidy-19 would use given the same command line.
std::unique_ptr<tidy::ClangTidyOptionsProvider>
optionsProvider(const WorkerOptions &O,
                IntrusiveRefCntPtr<vfs::FileSystem> FS, std::string &Error) {
  tidy::ClangTidyOptions Defaults = tidy::ClangTidyOptions::getDefaults();
  Defaults.User = sys::Process::GetEnv("USER");
  if (!Defaults.User)
    Defaults.User = sys::Process::GetEnv("USERNAME");
  tidy::ClangTidyOptions Overrides;
  if (!O.Checks.empty())
    Overrides.Checks = O.Checks;
  Overrides.HeaderFilterRegex = ".*";
  tidy::ClangTidyOptions Config;
  if (!O.Config.empty()) {
    ErrorOr<tidy::ClangTidyOptions> Parsed =
        tidy::parseConfiguration(MemoryBufferRef(O.Config, "--config"));
    if (!Parsed) {
      Error = "invalid --config: " + Parsed.getError().message();
      return nullptr;
    }
    Config = std::move(*Parsed);
  }
  return std::make_unique<tidy::ConfigOptionsProvider>(
      tidy::ClangTidyGlobalOptions(), std::move(Defaults), std::move(Config),
      std::move(Overrides), std::move(FS));
}

} // namespace

int runAuditWorker(ArrayRef<const char *> Args) {
  WorkerOptions O;
  std::string Error;
  if (!parseOptions(Args, O, Error)) {
    errs() << "lttng-tidy " << AuditWorkerVerb << ": error: " << Error << "\n";
    return 2;
  }
  std::unique_ptr<tooling::CompilationDatabase> Database =
      tooling::CompilationDatabase::autoDetectFromDirectory(O.DatabaseDir,
                                                            Error);
  if (!Database) {
    errs() << "lttng-tidy " << AuditWorkerVerb << ": error: " << Error << "\n";
    return 2;
  }
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  std::unique_ptr<tidy::ClangTidyOptionsProvider> Provider =
      optionsProvider(O, FS, Error);
  if (!Provider) {
    errs() << "lttng-tidy " << AuditWorkerVerb << ": error: " << Error << "\n";
    return 2;
  }
  tidy::ClangTidyContext Context(std::move(Provider));
  if (!O.ProbeReadsDir.empty())
    tidy::lttng::SharedProbeReads::useDirectory(O.ProbeReadsDir);
  tidy::lttng::TracepointModelCheck::readProbesAfterAST(true);
  tidy::lttng::TracepointModelCheck::precompileProbeHeaders(true);

  tooling::ClangTool Tool(*Database, {O.File},
                          std::make_shared<PCHContainerOperations>(), FS);
  // The builtin headers of the clang we link, as clang-tidy-19 finds its.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" LTTNG_TIDY_CLANG_RESOURCE_DIR,
      tooling::ArgumentInsertPosition::BEGIN));
  // A configuration's ExtraArgs and ExtraArgsBefore, as clang-tidy adds them.
  Tool.appendArgumentsAdjuster([&Context](const tooling::CommandLineArguments &Args,
                                          StringRef File) {
    tidy::ClangTidyOptions Options = Context.getOptionsForFile(File);
    tooling::CommandLineArguments Adjusted = Args;
    if (Options.ExtraArgsBefore) {
      auto At = Adjusted.begin();
      if (At != Adjusted.end() && !StringRef(*At).starts_with("-"))
        ++At; // after the compiler's name
      Adjusted.insert(At, Options.ExtraArgsBefore->begin(),
                      Options.ExtraArgsBefore->end());
    }
    if (Options.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Options.ExtraArgs->begin(),
                      Options.ExtraArgs->end());
    return Adjusted;
  });
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
  tidy::ClangTidyDiagnosticConsumer Diagnostics(Context);
  DiagnosticsEngine Engine(new DiagnosticIDs(), new DiagnosticOptions(),
                           &Diagnostics, /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Engine);
  Tool.setDiagnosticConsumer(&Diagnostics);
  CheckUnitActionFactory Factory(Context, FS, !O.KeepBodies);
  int Status = Tool.run(&Factory);
  std::vector<tidy::ClangTidyError> Errors = Diagnostics.take();

  if (!O.ExportFixes.empty() && !Errors.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(O.ExportFixes, EC, sys::fs::OF_None);
    if (EC) {
      errs() << "lttng-tidy " << AuditWorkerVerb << ": error: cannot write "
             << O.ExportFixes << ": " << EC.message() << "\n";
      return 2;
    }
    // As clang-tidy names the main file: absolute, else as given.
    SmallString<256> MainFile(O.File);
    if (sys::fs::make_absolute(MainFile))
      MainFile = O.File;
    tidy::exportReplacements(MainFile, Errors, OS);
  }
  return Status == 0 ? 0 : 1;
}

} // namespace lttng_tidy
