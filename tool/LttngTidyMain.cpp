//===--- LttngTidyMain.cpp - The lttng-tidy command-line tool -------------===//
//
// lttng-tidy is the standalone side of the lttng-* clang-tidy checks:
//   lttng-tidy list-checks         the checks the plugin provides
//   lttng-tidy compdb IN [-o OUT]  rewrite a GCC-built compile database
//   lttng-tidy model -p DIR FILE.. print the tracepoint model of each TU
//   lttng-tidy generate ...        write LTTng adaptations
//   lttng-tidy audit -p DIR ...    the whole-kernel audit (Audit.h)
//
//===----------------------------------------------------------------------===//

#include "AdaptationWriter.h"
#include "Audit.h"
#include "AuditWorker.h"
#include "CompileDatabaseRewrite.h"
#include "GeneratedMirrorJson.h"
#include "ParserAllocator.h"
#include "ToolDiagnostics.h"
#include "UntrustedInput.h"
#include "model/LttngTree.h"
#include "model/MirrorGenerator.h"
#include "model/ModelJson.h"
#include "model/TracepointCollector.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace llvm;
using namespace lttng_tidy;

namespace {

// The checks of the plugin, in registration order (see checks/).
const char *const CheckNames[] = {
    "lttng-assign-narrowing", "lttng-field-type-mismatch", "lttng-missing-mirror", "lttng-proto-mismatch", "lttng-stale-mirror",
    "lttng-tracepoint-naming"};

void printUsage(raw_ostream &OS) {
  OS << "USAGE: lttng-tidy <command> [options]\n\n"
        "Checks Linux kernel tracepoints and their LTTng mirrors.\n"
        "The checks themselves run in clang-tidy-19 through the plugin:\n"
        "  clang-tidy-19 --load=LttngTidyModule.so -checks='-*,lttng-*' ...\n\n"
        "COMMANDS:\n"
        "  list-checks              list the lttng-* checks\n"
        "  compdb IN [-o OUT] [--clang=PATH]\n"
        "                           rewrite a compile database recorded from a\n"
        "                           GCC kernel build so clang tools accept it\n"
        "  model -p BUILD_DIR FILE... [--summary]\n"
        "                           print the tracepoint model of each file as\n"
        "                           one JSON object per line\n"
        "  generate --lttng=DIR [--dry-run] -p BUILD_DIR FILE...\n"
        "                           for each trace header these files define\n"
        "                           tracepoints from and that no probe of the\n"
        "                           LTTng-modules tree mirrors: write the mirror\n"
        "                           header, the probe and its Kbuild line into\n"
        "                           DIR (or print them as a diff)\n"
        "  generate --lttng=DIR --json [--include-mirrored] -p BUILD_DIR FILE...\n"
        "                           print the generated definitions of each\n"
        "                           header as one JSON object per line, writing\n"
        "                           nothing; with --include-mirrored, also for\n"
        "                           headers a probe of DIR already mirrors\n"
        "  audit -p BUILD_DIR [--lttng=DIR] [--format=human|json|sarif]\n"
        "        [--export-fixes=FILE] [-j N] [--all-trace-units] ...\n"
        "                           run the lttng-* checks over every unit of\n"
        "                           a kernel build that defines tracepoints;\n"
        "                           see `lttng-tidy audit --help`\n"
        "  --version                print the version\n"
        "  --help                   print this help\n";
}

int listChecks() {
  for (const char *Name : CheckNames)
    outs() << Name << "\n";
  return 0;
}

int runCompdb(ArrayRef<const char *> Args) {
  std::string Input, Output, Clang = "clang-19";
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A == "-o" && I + 1 < Args.size())
      Output = Args[++I];
    else if (A.consume_front("--clang="))
      Clang = A.str();
    else if (!A.starts_with("-") && Input.empty())
      Input = A.str();
    else {
      errs() << "lttng-tidy compdb: unexpected argument '" << A << "'\n";
      return 2;
    }
  }
  if (Input.empty()) {
    errs() << "lttng-tidy compdb: missing input compile_commands.json\n";
    return 2;
  }
  if (std::optional<std::string> Why = notARegularFile(Input)) {
    errs() << Input << ": error: " << *Why << "\n";
    return 2;
  }
  auto Buffer = MemoryBuffer::getFile(Input);
  if (!Buffer) {
    errs() << Input << ": error: cannot read: " << Buffer.getError().message()
           << "\n";
    return 2;
  }
  Expected<RewriteResult> Result =
      rewriteCompileDatabase((*Buffer)->getBuffer(), Clang);
  if (!Result) {
    errs() << Input << ": error: not a compile database: "
           << toString(Result.takeError()) << "\n";
    return 2;
  }
  if (Output.empty() || Output == "-") {
    outs() << Result->Json;
  } else {
    std::error_code EC;
    raw_fd_ostream OS(Output, EC, sys::fs::OF_Text);
    if (EC) {
      errs() << Output << ": error: cannot write: " << EC.message() << "\n";
      return 2;
    }
    OS << Result->Json;
  }
  errs() << "lttng-tidy compdb: " << Result->Entries << " entries";
  if (!Result->Dropped.empty()) {
    errs() << "; dropped GCC-only flags clang does not accept:";
    for (const auto &[Flag, Count] : Result->Dropped)
      errs() << " " << Flag;
  }
  if (Result->DependencyOutputsRemoved)
    errs() << "; removed dependency-file outputs from "
           << Result->DependencyOutputsRemoved << " entries";
  errs() << "\n";
  return 0;
}

class ModelConsumer : public clang::ASTConsumer {
public:
  ModelConsumer(clang::CompilerInstance &CI, TracepointModel &Model,
                bool Summary, ToolDiagnostics &Diagnostics)
      : CI(CI), Model(Model), Summary(Summary), Diagnostics(Diagnostics) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    resolveModelTypes(Model, Context);
    Model.sortByPosition();
    clang::SourceManager &SM = CI.getSourceManager();
    StringRef MainFile;
    if (auto Entry = SM.getFileEntryRefForID(SM.getMainFileID()))
      MainFile = Entry->getName();
    // The driver's errors (an unknown argument) count as much as the
    // parser's: both were printed for this file.
    json::Object Out{{"file", MainFile},
                     {"errors", static_cast<int64_t>(Diagnostics.takeErrors())}};
    if (Summary) {
      int64_t Tracepoints = 0, Problems = 0;
      for (const TracepointDefinition &D : Model.Definitions) {
        Tracepoints += D.definesTracepoint() && D.side() == Side::Kernel;
        for (const ModelProblem &P : D.Problems)
          Problems += !P.Informational;
      }
      Out["definitions"] = static_cast<int64_t>(Model.Definitions.size());
      Out["kernel_tracepoints"] = Tracepoints;
      Out["problems"] = Problems;
      json::Array Names, TracepointList;
      for (const TracepointDefinition &D : Model.Definitions)
        if (D.definesTracepoint() && D.side() == Side::Kernel) {
          Names.push_back(D.Name);
          TracepointList.push_back(
              json::Object{{"name", D.Name}, {"file", D.Position.File}});
        }
      Out["tracepoint_names"] = std::move(Names);
      Out["tracepoints"] = std::move(TracepointList);
      json::Array ProblemList, NoteList;
      for (const TracepointDefinition &D : Model.Definitions)
        for (const ModelProblem &P : D.Problems)
          (P.Informational ? NoteList : ProblemList).push_back(P.Message);
      Out["problem_messages"] = std::move(ProblemList);
      Out["note_messages"] = std::move(NoteList);
    } else {
      json::Value Full = modelToJson(Model, SM);
      for (auto &[Key, Value] : *Full.getAsObject())
        Out[Key] = std::move(Value);
    }
    outs() << json::Value(std::move(Out)) << "\n";
  }

private:
  clang::CompilerInstance &CI;
  TracepointModel &Model;
  bool Summary;
  ToolDiagnostics &Diagnostics;
};

class ModelAction : public clang::ASTFrontendAction {
public:
  ModelAction(bool Summary, ToolDiagnostics &Diagnostics)
      : Summary(Summary), Diagnostics(Diagnostics) {}

protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, StringRef) override {
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<TracepointCollector>(CI.getPreprocessor(), Model));
    return std::make_unique<ModelConsumer>(CI, Model, Summary, Diagnostics);
  }

private:
  TracepointModel Model;
  bool Summary;
  ToolDiagnostics &Diagnostics;
};

class ModelActionFactory : public clang::tooling::FrontendActionFactory {
public:
  ModelActionFactory(bool Summary, ToolDiagnostics &Diagnostics)
      : Summary(Summary), Diagnostics(Diagnostics) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<ModelAction>(Summary, Diagnostics);
  }

private:
  bool Summary;
  ToolDiagnostics &Diagnostics;
};

cl::OptionCategory ModelCategory("lttng-tidy model options");
cl::opt<bool> SummaryOption("summary",
                            cl::desc("Print counts and names only"),
                            cl::cat(ModelCategory));

/// Builtin headers come from clang's resource directory, wherever this
/// binary is installed; the model needs the AST, not the compiler's
/// warnings about the code; and nothing may be written into the user's
/// tree (a GCC database's -Wp,-MMD,DIR/.x.o.d would).
void addModelArguments(clang::tooling::ClangTool &Tool,
                       ToolDiagnostics &Diagnostics) {
  Tool.setDiagnosticConsumer(&Diagnostics);
  Tool.appendArgumentsAdjuster(dependencyOutputsAdjuster());
  Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      "-resource-dir=" LTTNG_TIDY_CLANG_RESOURCE_DIR,
      clang::tooling::ArgumentInsertPosition::END));
  Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      "-w", clang::tooling::ArgumentInsertPosition::END));
}

cl::OptionCategory GenerateCategory("lttng-tidy generate options");
cl::opt<std::string> LttngDirOption("lttng", cl::desc("The LTTng-modules tree"),
                                    cl::cat(GenerateCategory));
cl::opt<bool> DryRunOption("dry-run",
                           cl::desc("Print a unified diff, write nothing"),
                           cl::cat(GenerateCategory));
cl::opt<bool> JsonOption(
    "json",
    cl::desc("Print the generated definitions as JSON, write nothing"),
    cl::cat(GenerateCategory));
cl::opt<bool> IncludeMirroredOption(
    "include-mirrored",
    cl::desc("With --json: also headers the LTTng tree already mirrors"),
    cl::cat(GenerateCategory));

/// The path of the unit's main file.
std::string mainFileOf(clang::ASTContext &Context) {
  const clang::SourceManager &SM = Context.getSourceManager();
  auto Entry = SM.getFileEntryRefForID(SM.getMainFileID());
  return Entry ? Entry->getName().str() : std::string();
}

/// What generate did for each header: those it produced something for,
/// and why it produced nothing for the others.
struct GenerateOutcome {
  /// The headers named on the command line (real paths): told once, at
  /// the end, when nothing was generated for them.
  std::set<std::string> Given;
  std::set<std::string> Produced;
  std::map<std::string, std::string> Nothing;
};

/// Generates, once per header over all files, the adaptation of headers no
/// probe mirrors.
class GenerateConsumer : public clang::ASTConsumer {
public:
  GenerateConsumer(TracepointModel &Model, const LttngTree &Tree,
                   std::set<std::string> &Done, int &Status,
                   GenerateOutcome &Outcome)
      : Model(Model), Tree(Tree), Done(Done), Status(Status),
        Outcome(Outcome) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    resolveModelTypes(Model, Context);
    DeclaredName IsDeclared =
        moduleVisibleNames(Context, readExportedSymbols(Context),
                           &Model.HeaderMacros);
    for (const TracepointDefinition *D : Model.definitions(Side::Kernel)) {
      const std::string &Header = D->Position.File;
      if (!Done.insert(Header).second)
        continue;
      const LttngProbe *P = Tree.probeFor(Header);
      if (JsonOption && (!P || IncludeMirroredOption)) {
        P = probeOfHeader(Tree, Header, mainFileOf(Context));
        outs() << generatedHeaderJson(Model, Header, P, IsDeclared, Context)
               << "\n";
        Outcome.Produced.insert(Header);
        continue;
      }
      if (P) {
        if (!Outcome.Given.count(Header))
          errs() << Header << ": mirrored by " << P->Path
                 << "; lttng-missing-mirror completes existing mirrors\n";
        Outcome.Nothing[Header] =
            "it is mirrored by " + P->Path +
            "; lttng-missing-mirror completes existing mirrors";
        continue;
      }
      Adaptation A = adaptHeader(Model, Header, Tree, IsDeclared, Context);
      for (const std::string &Note : A.Notes)
        errs() << "note: " << Note << "\n";
      if (A.Files.empty()) {
        std::string Why = A.Notes.empty() ? "no tracepoint could be translated"
                                          : A.Notes.back();
        if (!Outcome.Given.count(Header))
          errs() << "lttng-tidy generate: nothing generated for " << Header
                 << ": " << Why << "\n";
        Outcome.Nothing[Header] = Why;
        continue;
      }
      Outcome.Produced.insert(Header);
      if (DryRunOption) {
        outs() << adaptationDiff(A, Tree);
      } else {
        std::string Error;
        if (!writeAdaptation(A, Tree, Error)) {
          errs() << "error: " << Error << "\n";
          Status = 1;
          continue;
        }
      }
      errs() << "lttng-tidy generate: " << A.System << ": " << A.Events
             << " tracepoints from " << A.KernelHeader << ", "
             << A.Notes.size() << " notes"
             << (DryRunOption ? " (dry run)" : "") << "\n";
      errs() << "lttng-tidy generate: " << A.System << ": tracepoints: "
             << A.PlainEvents << " plain, " << A.CodeEvents << " _CODE, "
             << A.PartialEvents << " not fully translated\n";
      if (!A.ExtraIncludeDir.empty())
        errs() << "lttng-tidy generate: " << A.System
               << ": the header is not the kernel's: its probe is built with -I"
               << A.ExtraIncludeDir << " (Kbuild)\n";
    }
  }

private:
  TracepointModel &Model;
  const LttngTree &Tree;
  std::set<std::string> &Done;
  int &Status;
  GenerateOutcome &Outcome;
};

class GenerateAction : public clang::ASTFrontendAction {
public:
  GenerateAction(const LttngTree &Tree, std::set<std::string> &Done,
                 int &Status, GenerateOutcome &Outcome)
      : Tree(Tree), Done(Done), Status(Status), Outcome(Outcome) {}

protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, StringRef) override {
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<TracepointCollector>(CI.getPreprocessor(), Model));
    return std::make_unique<GenerateConsumer>(Model, Tree, Done, Status,
                                              Outcome);
  }

private:
  TracepointModel Model;
  const LttngTree &Tree;
  std::set<std::string> &Done;
  int &Status;
  GenerateOutcome &Outcome;
};

class GenerateActionFactory : public clang::tooling::FrontendActionFactory {
public:
  GenerateActionFactory(const LttngTree &Tree, int &Status)
      : Tree(Tree), Status(Status) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<GenerateAction>(Tree, Done, Status, Outcome);
  }

  GenerateOutcome Outcome;

private:
  const LttngTree &Tree;
  std::set<std::string> Done;
  int &Status;
};

/// The real path of \p Path, or \p Path when it has none.
std::string realPath(StringRef Path) {
  SmallString<256> Real;
  if (sys::fs::real_path(Path, Real))
    return Path.str();
  return std::string(Real);
}

/// A header named on the command line that generate produced nothing for
/// is an error: the user asked for it. Says why, and returns 1.
int reportHeadersNotGenerated(ArrayRef<std::string> Sources,
                              const GenerateOutcome &Outcome) {
  int Status = 0;
  for (const std::string &Source : Sources) {
    if (!StringRef(Source).ends_with(".h"))
      continue;
    std::string Header = realPath(Source);
    if (Outcome.Produced.count(Header))
      continue;
    auto It = Outcome.Nothing.find(Header);
    errs() << "lttng-tidy generate: error: nothing generated for " << Source
           << ": "
           << (It != Outcome.Nothing.end()
                   ? It->second
                   : "it defines no kernel tracepoint (no TRACE_EVENT, "
                     "DEFINE_EVENT or DECLARE_EVENT_CLASS is read from it)")
           << "\n";
    Status = 1;
  }
  return Status;
}

int runGenerate(int Argc, const char **Argv) {
  if (!checkToolInputs(ArrayRef(Argv + 1, Argc - 1), "generate"))
    return 2;
  auto Parser = clang::tooling::CommonOptionsParser::create(
      Argc, Argv, GenerateCategory, cl::OneOrMore);
  if (!Parser) {
    errs() << toString(Parser.takeError());
    return 2;
  }
  if (LttngDirOption.empty()) {
    errs() << "lttng-tidy generate: --lttng=DIR is required\n";
    return 2;
  }
  if (IncludeMirroredOption && !JsonOption) {
    // A mirrored header exists already: there is nothing to write.
    errs() << "lttng-tidy generate: --include-mirrored needs --json\n";
    return 2;
  }
  std::string Error;
  std::optional<LttngTree> Tree = LttngTree::open(LttngDirOption, Error);
  if (!Tree) {
    errs() << "lttng-tidy generate: error: " << Error << "\n";
    return 2;
  }
  clang::tooling::ClangTool Tool(Parser->getCompilations(),
                                 Parser->getSourcePathList());
  ToolDiagnostics Diagnostics;
  addModelArguments(Tool, Diagnostics);
  int Status = 0;
  GenerateActionFactory Factory(*Tree, Status);
  for (const std::string &Source : Parser->getSourcePathList())
    if (StringRef(Source).ends_with(".h"))
      Factory.Outcome.Given.insert(realPath(Source));
  // Errors, the driver's too, mean the model may be incomplete.
  if ((Tool.run(&Factory) != 0 || Diagnostics.getNumErrors() != 0) &&
      Status == 0)
    Status = 1;
  Diagnostics.explainGccFlags("lttng-tidy generate");
  if (reportHeadersNotGenerated(Parser->getSourcePathList(), Factory.Outcome))
    Status = 1;
  return Status;
}

int runModel(int Argc, const char **Argv) {
  if (!checkToolInputs(ArrayRef(Argv + 1, Argc - 1), "model"))
    return 2;
  auto Parser = clang::tooling::CommonOptionsParser::create(
      Argc, Argv, ModelCategory, cl::OneOrMore);
  if (!Parser) {
    errs() << toString(Parser.takeError());
    return 2;
  }
  clang::tooling::ClangTool Tool(Parser->getCompilations(),
                                 Parser->getSourcePathList());
  ToolDiagnostics Diagnostics;
  addModelArguments(Tool, Diagnostics);
  ModelActionFactory Factory(SummaryOption, Diagnostics);
  int Status = Tool.run(&Factory);
  Diagnostics.explainGccFlags("lttng-tidy model");
  // A file that does not compile still prints its model; 1 tells the
  // caller, whether the parser or the driver reported the error.
  return Status != 0 || Diagnostics.getNumErrors() != 0 ? 1 : 0;
}

} // namespace

int main(int Argc, const char **Argv) {
  if (Argc < 2) {
    printUsage(errs());
    return 2;
  }
  StringRef Command = Argv[1];
  if (Command == "--help" || Command == "-h" || Command == "help") {
    printUsage(outs());
    return 0;
  }
  if (Command == "--version") {
    outs() << "lttng-tidy " LTTNG_TIDY_VERSION " (built with LLVM "
           << LLVM_VERSION_STRING << ")\n";
    return 0;
  }
  if (Command == "list-checks")
    return listChecks();
  // The commands below parse C (ParserAllocator.h).
  if (Command == "generate" || Command == "audit" ||
      Command == AuditWorkerVerb || Command == "model")
    restartWithParserAllocator(Argv);
  if (Command == "compdb")
    return runCompdb(ArrayRef(Argv + 2, Argc - 2));
  if (Command == "generate") {
    std::vector<const char *> Args = {"lttng-tidy generate"};
    Args.insert(Args.end(), Argv + 2, Argv + Argc);
    return runGenerate(static_cast<int>(Args.size()), Args.data());
  }
  if (Command == "audit")
    return runAudit(Argv[0], ArrayRef(Argv + 2, Argc - 2));
  if (Command == AuditWorkerVerb) // started by `audit`, one per unit
    return runAuditWorker(ArrayRef(Argv + 2, Argc - 2));
  if (Command == "model") {
    std::vector<const char *> Args = {"lttng-tidy model"};
    Args.insert(Args.end(), Argv + 2, Argv + Argc);
    return runModel(static_cast<int>(Args.size()), Args.data());
  }
  errs() << "lttng-tidy: unknown command '" << Command << "'\n";
  printUsage(errs());
  return 2;
}
