#include <gtest/gtest.h>

#include "model/TracepointCollector.h"
#include "model/TracepointModel.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace lttng_tidy;

namespace {

//===--------------------------------------------------------------------===//
// Harness: run clang on in-memory code with the collector installed.
//===--------------------------------------------------------------------===//

/// Called at the end of the translation unit, with the model's types
/// resolved. Everything clang-owned dies when it returns.
using TranslationUnitCallback =
    std::function<void(clang::ASTContext &, TracepointModel &)>;

class ModelConsumer : public clang::ASTConsumer {
public:
  ModelConsumer(TracepointModel &Model, TranslationUnitCallback &Callback)
      : Model(Model), Callback(Callback) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    resolveModelTypes(Model, Context);
    Callback(Context, Model);
  }

private:
  TracepointModel &Model;
  TranslationUnitCallback &Callback;
};

class ModelAction : public clang::ASTFrontendAction {
public:
  explicit ModelAction(TranslationUnitCallback Callback)
      : Callback(std::move(Callback)) {}

  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
    clang::Preprocessor &PP = CI.getPreprocessor();
    PP.addPPCallbacks(std::make_unique<TracepointCollector>(PP, Model));
    return std::make_unique<ModelConsumer>(Model, Callback);
  }

private:
  TracepointModel Model;
  TranslationUnitCallback Callback;
};

/// Compiles \p Code as a C file that sees the fake kernel and LTTng
/// headers. True when clang reported no error.
bool runOnCode(llvm::StringRef Code, TranslationUnitCallback Callback) {
  std::vector<std::string> Args = {
      "-std=gnu11",
      // The model's sizes are x86-64 facts, whatever machine runs the test.
      "--target=x86_64-unknown-linux-gnu",
      "-nostdinc",
      "-I" LTTNG_TIDY_TEST_INPUTS "/fake-kernel/include",
      "-I" LTTNG_TIDY_TEST_INPUTS "/fake-lttng/include",
  };
  return clang::tooling::runToolOnCodeWithArgs(
      std::make_unique<ModelAction>(std::move(Callback)), Code, Args,
      "probe.c");
}

/// What the tests check besides the model itself: the text the model's
/// source ranges cover and the lines of its problems, read while the
/// SourceManager is alive.
struct DefinitionExtras {
  std::string MacroNameText; ///< empty when the range is invalid
  std::string NameText;      ///< empty when the range is invalid
  std::map<ArgRole, std::string> PartText;     ///< DefinitionPart::FileRange
  std::map<ArgRole, std::string> ArgumentText; ///< ...::ArgumentFileRange
  std::vector<std::string> FieldText;          ///< EntryField::FileRange
  std::vector<unsigned> ProblemLines;
  unsigned SystemLine = 0; ///< line of the TRACE_SYSTEM #define
};

/// The model of one translation unit, copied out of clang: every
/// SourceLocation and QualType in it is cleared, so nothing dangles.
struct Collected {
  bool Compiled = false; ///< no compiler error
  bool Finished = false; ///< HandleTranslationUnit ran
  TracepointModel Model;
  std::vector<DefinitionExtras> Extras; ///< one per Model.Definitions

  const TracepointDefinition *find(Side S, llvm::StringRef Name,
                                   DefinitionShape Shape) const {
    for (const TracepointDefinition &D : Model.Definitions)
      if (D.side() == S && D.Name == Name && D.shape() == Shape)
        return &D;
    return nullptr;
  }
  const DefinitionExtras &extras(const TracepointDefinition *D) const {
    return Extras.at(D - Model.Definitions.data());
  }
  std::vector<std::string> names(Side S) const {
    std::vector<std::string> Names;
    for (const TracepointDefinition *D : Model.definitions(S))
      Names.push_back(D->Name);
    return Names;
  }
};

std::string textOf(clang::SourceRange Range, const clang::SourceManager &SM,
                   const clang::LangOptions &LangOpts) {
  if (Range.isInvalid())
    return {};
  return clang::Lexer::getSourceText(
             clang::CharSourceRange::getTokenRange(Range), SM, LangOpts)
      .str();
}

unsigned lineOf(clang::SourceLocation Loc, const clang::SourceManager &SM) {
  return Loc.isValid() ? SM.getPresumedLineNumber(Loc) : 0;
}

void forgetClangHandles(TypeFacts &Facts) { Facts.Type = clang::QualType(); }

void forgetClangHandles(TracepointDefinition &Def) {
  Def.Loc = Def.SystemDefinitionLoc = {};
  Def.MacroNameFileRange = Def.NameFileRange = {};
  for (auto &[Role, Part] : Def.Parts)
    Part.FileRange = Part.ArgumentFileRange = {};
  for (ProtoParameter &P : Def.Params) {
    P.FileRange = {};
    forgetClangHandles(P.Type);
  }
  for (EntryField &F : Def.Fields) {
    F.FileRange = {};
    forgetClangHandles(F.Type);
  }
  for (CtfField &F : Def.CtfFields) {
    F.FileRange = {};
    forgetClangHandles(F.Type);
  }
  for (ModelProblem &P : Def.Problems)
    P.Loc = {};
}

Collected collect(llvm::StringRef Code) {
  Collected Out;
  Out.Compiled = runOnCode(Code, [&Out](clang::ASTContext &Context,
                                        TracepointModel &Model) {
    const clang::SourceManager &SM = Context.getSourceManager();
    const clang::LangOptions &LO = Context.getLangOpts();
    for (TracepointDefinition &Def : Model.Definitions) {
      DefinitionExtras X;
      X.MacroNameText = textOf(Def.MacroNameFileRange, SM, LO);
      X.NameText = textOf(Def.NameFileRange, SM, LO);
      for (const auto &[Role, Part] : Def.Parts) {
        X.PartText[Role] = textOf(Part.FileRange, SM, LO);
        X.ArgumentText[Role] = textOf(Part.ArgumentFileRange, SM, LO);
      }
      for (const EntryField &F : Def.Fields)
        X.FieldText.push_back(textOf(F.FileRange, SM, LO));
      for (const ModelProblem &P : Def.Problems)
        X.ProblemLines.push_back(lineOf(P.Loc, SM));
      X.SystemLine = lineOf(Def.SystemDefinitionLoc, SM);
      Out.Extras.push_back(std::move(X));
      forgetClangHandles(Def);
    }
    for (ModelProblem &P : Model.Problems)
      P.Loc = {};
    Out.Model = std::move(Model);
    Out.Finished = true;
  });
  return Out;
}

std::vector<std::string> problemMessages(const TracepointDefinition &Def) {
  std::vector<std::string> Messages;
  for (const ModelProblem &P : Def.Problems)
    Messages.push_back(P.Message);
  return Messages;
}

bool endsWith(llvm::StringRef Text, llvm::StringRef Suffix) {
  return Text.ends_with(Suffix);
}

// The TUs of the fake kernel and LTTng trees, as the lit tests build them.
const char KernelCreateTU[] = R"c(
#define CREATE_TRACE_POINTS
#include <trace/events/sample.h>
)c";

const char KernelPlainTU[] = R"c(
#include <trace/events/sample.h>
)c";

// An LTTng probe: the kernel header first, then its mirror, re-read by
// lttng/define_trace.h (see test/checkers/lttng-tracepoint-naming.c).
const char LttngProbeTU[] = R"c(
#include <trace/events/sample.h>

#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/sample.h>
)c";

const std::vector<std::string> SampleKernelNames = {
    "sample_wakeup",      "sample_task_class", "sample_task_fork",
    "task_exit",          "sample_task_rename", "sample_task_free",
    "sample_raw_tp"};

//===--------------------------------------------------------------------===//
// One definition per macro use, whatever define_trace.h re-reads
//===--------------------------------------------------------------------===//

TEST(TracepointCollectorTest, CreateTracePointsGivesOneDefinitionPerMacroUse) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  // define_trace.h reads sample.h three times; each definition counts once,
  // in the order written.
  EXPECT_EQ(C.names(Side::Kernel), SampleKernelNames);
  EXPECT_TRUE(C.Model.definitions(Side::Lttng).empty());
  EXPECT_TRUE(C.Model.Problems.empty());
  for (const TracepointDefinition &D : C.Model.Definitions)
    EXPECT_TRUE(D.Problems.empty())
        << D.Name << ": " << ::testing::PrintToString(problemMessages(D));
}

TEST(TracepointCollectorTest, MacroNamesShapesAndPositions) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 7u);

  struct Expected {
    const char *Macro;
    DefinitionShape Shape;
    unsigned Line;
  };
  // Lines of trace/events/sample.h; wrappers are placed at their call.
  const Expected Rows[] = {
      {"TRACE_EVENT", DefinitionShape::Event, 11},
      {"DECLARE_EVENT_CLASS", DefinitionShape::Class, 28},
      {"DEFINE_EVENT", DefinitionShape::Instance, 42},
      {"DEFINE_EVENT", DefinitionShape::Instance, 48},
      {"DEFINE_EVENT", DefinitionShape::Instance, 59},
      {"DEFINE_EVENT", DefinitionShape::Instance, 60},
      {"DECLARE_TRACE", DefinitionShape::Trace, 62},
  };
  for (size_t I = 0; I < 7; ++I) {
    const TracepointDefinition &D = C.Model.Definitions[I];
    SCOPED_TRACE(D.Name);
    EXPECT_EQ(D.macroName(), Rows[I].Macro);
    EXPECT_EQ(D.side(), Side::Kernel);
    EXPECT_EQ(D.shape(), Rows[I].Shape);
    EXPECT_TRUE(endsWith(D.Position.File, "fake-kernel/include/trace/events/sample.h"))
        << D.Position.File;
    EXPECT_EQ(D.Position.Line, Rows[I].Line);
    EXPECT_EQ(D.Position.Column, 1u);
  }
  // A class holds a layout but creates no tracepoint.
  EXPECT_TRUE(C.Model.Definitions[0].definesTracepoint());
  EXPECT_FALSE(C.Model.Definitions[1].definesTracepoint());
  EXPECT_TRUE(C.Model.Definitions[3].definesTracepoint());
  EXPECT_TRUE(C.Model.Definitions[6].definesTracepoint());
}

TEST(TracepointCollectorTest, DirectDefinitionsHaveFileRanges) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *Exit =
      C.find(Side::Kernel, "task_exit", DefinitionShape::Instance);
  ASSERT_NE(Exit, nullptr);
  EXPECT_TRUE(Exit->WrapperMacro.empty());
  // The fix-its of the checks rely on these ranges.
  EXPECT_EQ(C.extras(Exit).MacroNameText, "DEFINE_EVENT");
  EXPECT_EQ(C.extras(Exit).NameText, "task_exit");

  const TracepointDefinition *Wakeup =
      C.find(Side::Kernel, "sample_wakeup", DefinitionShape::Event);
  ASSERT_NE(Wakeup, nullptr);
  const DefinitionExtras &X = C.extras(Wakeup);
  // Part ranges cover the content; argument ranges include the wrapper.
  EXPECT_EQ(X.PartText.at(ArgRole::Proto), "struct task *p, int success");
  EXPECT_EQ(X.ArgumentText.at(ArgRole::Proto),
            "TP_PROTO(struct task *p, int success)");
  EXPECT_EQ(X.ArgumentText.at(ArgRole::Args), "TP_ARGS(p, success)");
  ASSERT_EQ(X.FieldText.size(), 3u);
  EXPECT_EQ(X.FieldText[0], "__array(char, comm, 16)");
  EXPECT_EQ(X.FieldText[1], "__field(pid_t, pid)");
}

TEST(TracepointCollectorTest, WrapperMacroDefinitionsAreFound) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  for (const char *Name : {"sample_task_rename", "sample_task_free"}) {
    SCOPED_TRACE(Name);
    const TracepointDefinition *D =
        C.find(Side::Kernel, Name, DefinitionShape::Instance);
    ASSERT_NE(D, nullptr);
    EXPECT_EQ(D->WrapperMacro, "DEFINE_SAMPLE_TASK_EVENT");
    EXPECT_EQ(D->macroName(), "DEFINE_EVENT");
    EXPECT_EQ(D->Template, "sample_task_class");
    // The macro name is spelled in the wrapper's #define, not at the use:
    // no range a fix-it could rewrite.
    EXPECT_TRUE(C.extras(D).MacroNameText.empty());
    EXPECT_TRUE(C.extras(D).NameText.empty());
    // The parts come from the wrapper's body.
    ASSERT_NE(D->part(ArgRole::Proto), nullptr);
    EXPECT_EQ(D->part(ArgRole::Proto)->Text, "struct task *p");
    EXPECT_EQ(D->ArgNames, std::vector<std::string>{"p"});
  }
  // Two calls of one wrapper are two definitions, at their own calls.
  const TracepointDefinition *Rename =
      C.find(Side::Kernel, "sample_task_rename", DefinitionShape::Instance);
  const TracepointDefinition *Free =
      C.find(Side::Kernel, "sample_task_free", DefinitionShape::Instance);
  ASSERT_TRUE(Rename && Free);
  EXPECT_LT(Rename->Position.Offset, Free->Position.Offset);
}

TEST(TracepointCollectorTest, OneWrapperCallDefiningTwoEvents) {
  // Subsystems often define an enter/exit pair with one wrapper call; both
  // definitions sit at that call, and neither may hide the other.
  Collected C = collect(R"c(
#define TRACE_SYSTEM pair
#include <linux/tracepoint.h>

DECLARE_EVENT_CLASS(pair_class,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

#define DEFINE_PAIR_EVENTS(name)					\
	DEFINE_EVENT(pair_class, name##_enter, TP_PROTO(int v), TP_ARGS(v)); \
	DEFINE_EVENT(pair_class, name##_exit, TP_PROTO(int v), TP_ARGS(v))
#define DEFINE_OUTER_EVENTS(name) DEFINE_PAIR_EVENTS(name)

DEFINE_PAIR_EVENTS(pair_open);
DEFINE_OUTER_EVENTS(pair_close);
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  EXPECT_EQ(C.names(Side::Kernel),
            (std::vector<std::string>{"pair_class", "pair_open_enter",
                                      "pair_open_exit", "pair_close_enter",
                                      "pair_close_exit"}));
  const TracepointDefinition *Enter =
      C.find(Side::Kernel, "pair_open_enter", DefinitionShape::Instance);
  const TracepointDefinition *Exit =
      C.find(Side::Kernel, "pair_open_exit", DefinitionShape::Instance);
  ASSERT_TRUE(Enter && Exit);
  EXPECT_EQ(Enter->WrapperMacro, "DEFINE_PAIR_EVENTS");
  EXPECT_EQ(Enter->Position.Offset, Exit->Position.Offset);
  // The code starts with a newline: the two calls are lines 18 and 19.
  EXPECT_EQ(Enter->Position.Line, 18u);

  // Through nested wrappers, the macro written in the file is named: that
  // is where a diagnostic can point.
  const TracepointDefinition *Close =
      C.find(Side::Kernel, "pair_close_exit", DefinitionShape::Instance);
  ASSERT_NE(Close, nullptr);
  EXPECT_EQ(Close->WrapperMacro, "DEFINE_OUTER_EVENTS");
  EXPECT_EQ(Close->Position.Line, 19u);
  EXPECT_EQ(C.Model.layoutOf(*Close),
            C.Model.findClass(Side::Kernel, "pair_class"));
}

TEST(TracepointCollectorTest, SeveralTraceHeadersInOneTranslationUnit) {
  // define_trace.h re-arms CREATE_TRACE_POINTS for the next header; each
  // header keeps its own TRACE_SYSTEM.
  Collected C = collect(R"c(
#define CREATE_TRACE_POINTS
#include <trace/events/sample.h>
#include <trace/events/included_file.h>
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  std::vector<std::string> Expected = SampleKernelNames;
  Expected.push_back("incl_event");
  EXPECT_EQ(C.names(Side::Kernel), Expected);
  for (const TracepointDefinition &D : C.Model.Definitions)
    EXPECT_EQ(D.System, D.Name == "incl_event" ? "incl" : "sample") << D.Name;
  // The second header has its raw record too: its field is typed from it.
  const TracepointDefinition *Incl =
      C.find(Side::Kernel, "incl_event", DefinitionShape::Event);
  ASSERT_NE(Incl, nullptr);
  ASSERT_EQ(Incl->Fields.size(), 1u);
  EXPECT_EQ(Incl->Fields[0].Type.Canonical, "int");
}

TEST(TracepointCollectorTest, IncludeFileInForceAtTheDefinition) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#define TRACE_INCLUDE_FILE subsys_trace
#include <linux/tracepoint.h>
DECLARE_TRACE(subsys_tp, TP_PROTO(int v), TP_ARGS(v));
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  EXPECT_EQ(C.Model.Definitions[0].System, "subsys");
  EXPECT_EQ(C.Model.Definitions[0].IncludeFile, "subsys_trace");
  ASSERT_EQ(C.Model.IncludeFileByHeader.size(), 1u);
  EXPECT_EQ(C.Model.IncludeFileByHeader.begin()->second, "subsys_trace");
}

//===--------------------------------------------------------------------===//
// Classes and instances
//===--------------------------------------------------------------------===//

TEST(TracepointCollectorTest, InstancesLinkToTheirClass) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  const TracepointModel &M = C.Model;

  const TracepointDefinition *Class = M.findClass(Side::Kernel, "sample_task_class");
  ASSERT_NE(Class, nullptr);
  EXPECT_EQ(Class->shape(), DefinitionShape::Class);

  for (const char *Name : {"sample_task_fork", "task_exit",
                           "sample_task_rename", "sample_task_free"}) {
    SCOPED_TRACE(Name);
    const TracepointDefinition *Instance = M.findTracepoint(Side::Kernel, Name);
    ASSERT_NE(Instance, nullptr);
    EXPECT_EQ(Instance->Template, "sample_task_class");
    EXPECT_EQ(M.layoutOf(*Instance), Class);
  }

  // An event is its own class.
  const TracepointDefinition *Wakeup = M.findTracepoint(Side::Kernel, "sample_wakeup");
  ASSERT_NE(Wakeup, nullptr);
  EXPECT_EQ(M.layoutOf(*Wakeup), Wakeup);
  EXPECT_EQ(M.findClass(Side::Kernel, "sample_wakeup"), Wakeup);

  // A class is no tracepoint; an instance is no class; sides do not mix.
  EXPECT_EQ(M.findTracepoint(Side::Kernel, "sample_task_class"), nullptr);
  EXPECT_EQ(M.findClass(Side::Kernel, "task_exit"), nullptr);
  EXPECT_EQ(M.findTracepoint(Side::Lttng, "sample_wakeup"), nullptr);
}

TEST(TracepointModelTest, LayoutOfAnInstanceWithoutClassIsNull) {
  // Built by hand: the model's lookups need no translation unit.
  TracepointModel M;
  TracepointDefinition Orphan;
  Orphan.Macro = findDefinitionMacro("DEFINE_EVENT");
  Orphan.Name = "orphan";
  Orphan.Template = "missing_class";
  M.Definitions.push_back(Orphan);
  EXPECT_EQ(M.layoutOf(M.Definitions[0]), nullptr);
  EXPECT_EQ(M.findTracepoint(Side::Kernel, "orphan"), &M.Definitions[0]);
}

TEST(TracepointModelTest, EventNamePrefersTheMap) {
  TracepointDefinition D;
  D.Macro = findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP");
  D.Name = "task_exit";
  EXPECT_EQ(D.eventName(), "task_exit");
  D.Map = "sample_task_exit";
  EXPECT_EQ(D.eventName(), "sample_task_exit");
}

TEST(TracepointModelTest, SortByPositionOrdersByFileThenOffset) {
  TracepointModel M;
  auto Add = [&M](const char *Name, const char *File, unsigned Offset) {
    TracepointDefinition D;
    D.Macro = findDefinitionMacro("TRACE_EVENT");
    D.Name = Name;
    D.Position.File = File;
    D.Position.Offset = Offset;
    M.Definitions.push_back(D);
  };
  Add("b2", "/b.h", 200);
  Add("a1", "/a.h", 300);
  Add("b1", "/b.h", 100);
  M.sortByPosition();
  std::vector<std::string> Names;
  for (const TracepointDefinition &D : M.Definitions)
    Names.push_back(D.Name);
  EXPECT_EQ(Names, (std::vector<std::string>{"a1", "b1", "b2"}));
}

TEST(TracepointModelTest, KernelFileIsUnderAKernelRoot) {
  TracepointModel M;
  // No root known: nothing tells a module's header apart.
  EXPECT_TRUE(M.isKernelFile("/home/me/localmod/trace.h"));
  M.KernelRoots = {"/usr/src/linux-headers-6.1.0-50-common",
                   "/usr/src/linux"};
  EXPECT_TRUE(M.isKernelFile(
      "/usr/src/linux-headers-6.1.0-50-common/include/trace/events/irq.h"));
  EXPECT_TRUE(M.isKernelFile("/usr/src/linux/drivers/usb/host/xhci-trace.h"));
  EXPECT_FALSE(M.isKernelFile("/home/me/localmod/trace.h"));
  // A sibling directory whose name starts like a root is not inside it.
  EXPECT_FALSE(M.isKernelFile("/usr/src/linux-mod/trace.h"));
}

TEST(TracepointCollectorTest, KernelRootIsWhereTracepointHWasRead) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  llvm::SmallString<256> Root;
  ASSERT_FALSE(llvm::sys::fs::real_path(
      LTTNG_TIDY_TEST_INPUTS "/fake-kernel", Root));
  EXPECT_EQ(C.Model.KernelRoots, std::set<std::string>{Root.str().str()});
  EXPECT_TRUE(C.Model.isKernelFile(C.Model.Definitions.front().Position.File));
}

//===--------------------------------------------------------------------===//
// Prototype, fields, assignments, TRACE_SYSTEM
//===--------------------------------------------------------------------===//

TEST(TracepointCollectorTest, ProtoParametersAndTheirTypes) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *Wakeup =
      C.find(Side::Kernel, "sample_wakeup", DefinitionShape::Event);
  ASSERT_NE(Wakeup, nullptr);
  ASSERT_EQ(Wakeup->Params.size(), 2u);
  EXPECT_EQ(Wakeup->ArgNames, (std::vector<std::string>{"p", "success"}));

  const ProtoParameter &P = Wakeup->Params[0];
  EXPECT_EQ(P.Name, "p");
  EXPECT_EQ(P.TypeText, "struct task *");
  EXPECT_TRUE(P.Type.Resolved);
  EXPECT_TRUE(P.Type.IsPointer);
  EXPECT_FALSE(P.Type.IsInteger);
  EXPECT_EQ(P.Type.SizeBits, 64u);
  EXPECT_EQ(P.Type.Canonical, "struct task *");

  const ProtoParameter &Success = Wakeup->Params[1];
  EXPECT_EQ(Success.Name, "success");
  EXPECT_EQ(Success.TypeText, "int");
  EXPECT_TRUE(Success.Type.Resolved);
  EXPECT_TRUE(Success.Type.IsInteger);
  EXPECT_TRUE(Success.Type.IsSigned);
  EXPECT_EQ(Success.Type.SizeBits, 32u);

  // A class borrows an instance's trace_<name>() to resolve its prototype.
  const TracepointDefinition *Class =
      C.find(Side::Kernel, "sample_task_class", DefinitionShape::Class);
  ASSERT_NE(Class, nullptr);
  ASSERT_EQ(Class->Params.size(), 1u);
  EXPECT_TRUE(Class->Params[0].Type.IsPointer);

  const TracepointDefinition *Raw =
      C.find(Side::Kernel, "sample_raw_tp", DefinitionShape::Trace);
  ASSERT_NE(Raw, nullptr);
  ASSERT_EQ(Raw->Params.size(), 1u);
  EXPECT_EQ(Raw->Params[0].Name, "cpu");
  EXPECT_EQ(Raw->Params[0].Type.Canonical, "int");
}

// The field facts must not depend on whether the raw record exists (a
// CREATE_TRACE_POINTS TU) or only the text is there (an LTTng probe TU).
struct NamedTU {
  const char *Name; ///< for the test name
  const char *Code;
};

void PrintTo(const NamedTU &TU, std::ostream *OS) { *OS << TU.Name; }

class FieldTypesTest : public ::testing::TestWithParam<NamedTU> {};

TEST_P(FieldTypesTest, EntryFieldsAndTheirTypes) {
  Collected C = collect(GetParam().Code);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *Wakeup =
      C.find(Side::Kernel, "sample_wakeup", DefinitionShape::Event);
  ASSERT_NE(Wakeup, nullptr);
  ASSERT_EQ(Wakeup->Fields.size(), 3u);

  const EntryField &Comm = Wakeup->Fields[0];
  EXPECT_EQ(Comm.MacroName, "__array");
  ASSERT_NE(Comm.Macro, nullptr);
  EXPECT_EQ(Comm.Macro->Kind, FieldMacroKind::Array);
  EXPECT_EQ(Comm.Name, "comm");
  EXPECT_EQ(Comm.TypeText, "char");
  EXPECT_EQ(Comm.Length, "16");
  EXPECT_TRUE(Comm.Type.Resolved);
  EXPECT_TRUE(Comm.Type.IsArray);
  EXPECT_EQ(Comm.Type.ArrayLength, 16u);
  EXPECT_EQ(Comm.Type.SizeBits, 128u);
  EXPECT_EQ(Comm.Type.Canonical, "char[16]");

  const EntryField &Pid = Wakeup->Fields[1];
  EXPECT_EQ(Pid.MacroName, "__field");
  EXPECT_EQ(Pid.Name, "pid");
  EXPECT_EQ(Pid.TypeText, "pid_t");
  EXPECT_EQ(Pid.Type.Spelling, "pid_t"); // the typedef is kept for messages
  EXPECT_EQ(Pid.Type.Canonical, "int");
  EXPECT_TRUE(Pid.Type.IsSigned);

  const TracepointDefinition *Class =
      C.find(Side::Kernel, "sample_task_class", DefinitionShape::Class);
  ASSERT_NE(Class, nullptr);
  ASSERT_EQ(Class->Fields.size(), 2u);
  const EntryField &Stamp = Class->Fields[1];
  EXPECT_EQ(Stamp.Name, "stamp");
  EXPECT_EQ(Stamp.TypeText, "u64");
  EXPECT_TRUE(Stamp.Type.Resolved);
  EXPECT_TRUE(Stamp.Type.IsInteger);
  EXPECT_FALSE(Stamp.Type.IsSigned);
  EXPECT_EQ(Stamp.Type.SizeBits, 64u);

  // Instances and bare traces have no layout of their own.
  const TracepointDefinition *Exit =
      C.find(Side::Kernel, "task_exit", DefinitionShape::Instance);
  ASSERT_NE(Exit, nullptr);
  EXPECT_TRUE(Exit->Fields.empty());
  EXPECT_EQ(Exit->part(ArgRole::Struct), nullptr);
}

INSTANTIATE_TEST_SUITE_P(
    WithAndWithoutRawRecords, FieldTypesTest,
    ::testing::Values(NamedTU{"CreateTracePoints", KernelCreateTU},
                      NamedTU{"Plain", KernelPlainTU},
                      NamedTU{"LttngProbe", LttngProbeTU}),
    [](const ::testing::TestParamInfo<NamedTU> &Info) {
      return std::string(Info.param.Name);
    });

TEST(TracepointCollectorTest, AssignStatementKinds) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *Wakeup =
      C.find(Side::Kernel, "sample_wakeup", DefinitionShape::Event);
  ASSERT_NE(Wakeup, nullptr);
  ASSERT_EQ(Wakeup->Assigns.size(), 3u);

  const AssignStatement &Copy = Wakeup->Assigns[0];
  EXPECT_EQ(Copy.Kind, AssignKind::Copy);
  EXPECT_EQ(Copy.Helper, "memcpy");
  EXPECT_EQ(Copy.Field, "comm");
  EXPECT_EQ(Copy.Value, "p->comm");

  const AssignStatement &Store = Wakeup->Assigns[1];
  EXPECT_EQ(Store.Kind, AssignKind::Store);
  EXPECT_EQ(Store.Field, "pid");
  EXPECT_EQ(Store.Value, "p->pid");
  EXPECT_EQ(Store.Text, "__entry->pid = p->pid");

  EXPECT_EQ(Wakeup->Assigns[2].Kind, AssignKind::Store);
  EXPECT_TRUE(Wakeup->hasPlainAssign());
}

const char AssignKindsTU[] = R"c(
#define TRACE_SYSTEM assign
#include <linux/tracepoint.h>
void *memcpy(void *dest, const void *src, unsigned long n);

TRACE_EVENT(assign_branch,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v) __string(name, "x")),
	TP_fast_assign(
		__assign_str(name, "x");
		if (v > 0) {
			__entry->v = v;
		} else {
			__entry->v = 0;
		}
		__entry->v += 1;
	),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(assign_unbraced_if,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(
		if (v > 0)
			__entry->v = v;
		else
			__entry->v = 0;
	),
	TP_printk("v=%d", __entry->v)
);
)c";

TEST(TracepointCollectorTest, BranchesAreOtherStatements) {
  Collected C = collect(AssignKindsTU);
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  const TracepointDefinition *D =
      C.find(Side::Kernel, "assign_branch", DefinitionShape::Event);
  ASSERT_NE(D, nullptr);
  ASSERT_EQ(D->Assigns.size(), 3u);

  EXPECT_EQ(D->Assigns[0].Kind, AssignKind::HelperAssign);
  EXPECT_EQ(D->Assigns[0].Helper, "__assign_str");
  EXPECT_EQ(D->Assigns[0].Field, "name");

  // The whole if/else, braces included, is one statement.
  EXPECT_EQ(D->Assigns[1].Kind, AssignKind::Other);
  EXPECT_TRUE(llvm::StringRef(D->Assigns[1].Text).starts_with("if ("));
  EXPECT_TRUE(llvm::StringRef(D->Assigns[1].Text).ends_with("}"));

  // "+=" is not a plain store.
  EXPECT_EQ(D->Assigns[2].Kind, AssignKind::Other);
  EXPECT_FALSE(D->hasPlainAssign());
}

TEST(TracepointCollectorTest, UnbracedIfElseIsOneStatement) {
  Collected C = collect(AssignKindsTU);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *D =
      C.find(Side::Kernel, "assign_unbraced_if", DefinitionShape::Event);
  ASSERT_NE(D, nullptr);
  EXPECT_FALSE(D->hasPlainAssign());
  for (const AssignStatement &S : D->Assigns)
    EXPECT_EQ(S.Kind, AssignKind::Other) << S.Text;
  EXPECT_EQ(D->Assigns.size(), 1u);
}

TEST(TracepointCollectorTest, TraceSystemAndIncludeFile) {
  Collected C = collect(KernelCreateTU);
  ASSERT_TRUE(C.Finished);
  for (const TracepointDefinition &D : C.Model.Definitions) {
    SCOPED_TRACE(D.Name);
    EXPECT_EQ(D.System, "sample");
    // "#define TRACE_SYSTEM sample" is line 3 of sample.h.
    EXPECT_EQ(C.extras(&D).SystemLine, 3u);
  }

  // included_file.h sets TRACE_INCLUDE_FILE after its definitions: the
  // model records it by header.
  Collected Included = collect(R"c(
#define CREATE_TRACE_POINTS
#include <trace/events/included_file.h>
)c");
  ASSERT_TRUE(Included.Finished);
  ASSERT_EQ(Included.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = Included.Model.Definitions[0];
  EXPECT_EQ(D.Name, "incl_event");
  EXPECT_EQ(D.System, "incl");
  bool Found = false;
  for (const auto &[File, Value] : Included.Model.IncludeFileByHeader)
    if (endsWith(File, "trace/events/included_file.h")) {
      Found = true;
      EXPECT_EQ(Value, "included_file");
    }
  EXPECT_TRUE(Found);
}

//===--------------------------------------------------------------------===//
// The LTTng probe translation unit
//===--------------------------------------------------------------------===//

TEST(TracepointCollectorTest, LttngProbeHasBothSides) {
  Collected C = collect(LttngProbeTU);
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  // The kernel header is read once, the mirror three times.
  EXPECT_EQ(C.names(Side::Kernel), SampleKernelNames);
  EXPECT_EQ(C.names(Side::Lttng),
            (std::vector<std::string>{"sample_wakeup", "sample_task_class",
                                      "sample_task_fork", "task_exit"}));

  const TracepointDefinition *Exit =
      C.Model.findTracepoint(Side::Lttng, "task_exit");
  ASSERT_NE(Exit, nullptr);
  EXPECT_EQ(Exit->macroName(), "LTTNG_TRACEPOINT_EVENT_INSTANCE");
  EXPECT_EQ(Exit->System, "sample");
  EXPECT_TRUE(endsWith(Exit->Position.File,
                       "fake-lttng/include/instrumentation/events/sample.h"));
  EXPECT_EQ(Exit->Position.Line, 34u);
  EXPECT_EQ(C.extras(Exit).NameText, "task_exit");
  EXPECT_EQ(Exit->eventName(), "task_exit");
  EXPECT_EQ(C.Model.layoutOf(*Exit),
            C.Model.findClass(Side::Lttng, "sample_task_class"));
}

TEST(TracepointCollectorTest, LttngCtfFieldsAreDecoded) {
  Collected C = collect(LttngProbeTU);
  ASSERT_TRUE(C.Finished);
  const TracepointDefinition *Wakeup =
      C.find(Side::Lttng, "sample_wakeup", DefinitionShape::Event);
  ASSERT_NE(Wakeup, nullptr);
  EXPECT_TRUE(Wakeup->Fields.empty()); // LTTng has TP_FIELDS, not a struct
  ASSERT_EQ(Wakeup->CtfFields.size(), 3u);

  const CtfField &Comm = Wakeup->CtfFields[0];
  EXPECT_EQ(Comm.MacroName, "ctf_array_text");
  EXPECT_EQ(Comm.Info.Kind, CtfKind::ArrayText);
  EXPECT_EQ(Comm.TypeText, "char");
  EXPECT_EQ(Comm.Name, "comm");
  EXPECT_EQ(Comm.Source, "p->comm");
  EXPECT_EQ(Comm.Length, "16");

  const CtfField &Tid = Wakeup->CtfFields[1];
  EXPECT_EQ(Tid.MacroName, "ctf_integer");
  EXPECT_EQ(Tid.Info.Kind, CtfKind::Integer);
  EXPECT_EQ(Tid.Name, "tid");
  EXPECT_EQ(Tid.Source, "p->pid");
  EXPECT_TRUE(Tid.Type.Resolved);
  EXPECT_EQ(Tid.Type.Canonical, "int");
  EXPECT_EQ(Tid.Type.SizeBits, 32u);

  // Mirror prototypes are resolved from their text.
  ASSERT_EQ(Wakeup->Params.size(), 2u);
  EXPECT_TRUE(Wakeup->Params[0].Type.IsPointer);
  EXPECT_EQ(Wakeup->Params[1].Type.Canonical, "int");
}

const char LttngFormsTU[] = R"c(
#define TRACE_SYSTEM forms
#include <lttng/tracepoint-event.h>
#include <linux/sample_task.h>

LTTNG_TRACEPOINT_ENUM(forms_state,
	TP_ENUM_VALUES(
		ctf_enum_value("running", 0)
	)
)

LTTNG_TRACEPOINT_EVENT_MAP(task_wait, forms_task_wait,
	TP_PROTO(struct task *p, const char *name, unsigned int len),
	TP_ARGS(p, name, len),
	TP_FIELDS(
		ctf_integer_hex(unsigned long, ptr, (unsigned long)p)
		ctf_integer_network(u16, port, 80)
		ctf_user_string(name, name)
		ctf_sequence_bitfield(u8, bits, p->comm, unsigned int, len)
		ctf_enum(forms_state, int, state, p->prio)
		ctf_user_float(double, ratio, 0.5)
	)
)
)c";

TEST(TracepointCollectorTest, LttngMapEnumAndCtfForms) {
  Collected C = collect(LttngFormsTU);
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);

  const TracepointDefinition *Enum =
      C.find(Side::Lttng, "forms_state", DefinitionShape::Enum);
  ASSERT_NE(Enum, nullptr);
  EXPECT_FALSE(Enum->definesTracepoint());
  ASSERT_NE(Enum->part(ArgRole::EnumValues), nullptr);
  EXPECT_EQ(Enum->part(ArgRole::EnumValues)->Text,
            "ctf_enum_value(\"running\", 0)");

  const TracepointDefinition *Wait =
      C.find(Side::Lttng, "task_wait", DefinitionShape::Event);
  ASSERT_NE(Wait, nullptr);
  EXPECT_EQ(Wait->Map, "forms_task_wait");
  EXPECT_EQ(Wait->eventName(), "forms_task_wait");
  EXPECT_TRUE(Wait->Problems.empty())
      << ::testing::PrintToString(problemMessages(*Wait));
  ASSERT_EQ(Wait->CtfFields.size(), 6u);

  const CtfField &Ptr = Wait->CtfFields[0];
  EXPECT_EQ(Ptr.Info.Base, CtfBase::Hex);
  EXPECT_EQ(Ptr.Source, "(unsigned long)p");
  EXPECT_EQ(Ptr.Type.SizeBits, 64u);

  const CtfField &Port = Wait->CtfFields[1];
  EXPECT_TRUE(Port.Info.Network);
  EXPECT_EQ(Port.Type.SizeBits, 16u);
  EXPECT_FALSE(Port.Type.IsSigned);

  const CtfField &Name = Wait->CtfFields[2];
  EXPECT_EQ(Name.Info.Kind, CtfKind::String);
  EXPECT_TRUE(Name.Info.User);
  EXPECT_EQ(Name.Name, "name");
  EXPECT_TRUE(Name.TypeText.empty());
  EXPECT_FALSE(Name.Type.Resolved); // no type to resolve

  const CtfField &Bits = Wait->CtfFields[3];
  EXPECT_EQ(Bits.Info.Kind, CtfKind::SequenceBitfield);
  EXPECT_EQ(Bits.LengthType, "unsigned int");
  EXPECT_EQ(Bits.Length, "len");

  const CtfField &State = Wait->CtfFields[4];
  EXPECT_EQ(State.Info.Kind, CtfKind::Enum);
  EXPECT_EQ(State.EnumName, "forms_state");
  EXPECT_EQ(State.TypeText, "int");
  EXPECT_EQ(State.Name, "state");

  const CtfField &Ratio = Wait->CtfFields[5];
  EXPECT_EQ(Ratio.Info.Kind, CtfKind::Float);
  EXPECT_TRUE(Ratio.Info.User);
  EXPECT_EQ(Ratio.Type.SizeBits, 64u);
}

TEST(TracepointCollectorTest, LttngCodeAndInstanceMapForms) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM forms
#include <lttng/tracepoint-event.h>
#include <linux/sample_task.h>

LTTNG_TRACEPOINT_EVENT_CODE(forms_code,
	TP_PROTO(struct task *p),
	TP_ARGS(p),
	TP_locvar(
		int prio;
	),
	TP_code_pre(
		tp_locvar->prio = p->prio;
	),
	TP_FIELDS(
		ctf_integer(int, prio, tp_locvar->prio)
	),
	TP_code_post()
)

LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(forms_code, task_sleep, forms_task_sleep,
	TP_PROTO(struct task *p),
	TP_ARGS(p)
)
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  const TracepointDefinition *Code =
      C.find(Side::Lttng, "forms_code", DefinitionShape::Event);
  ASSERT_NE(Code, nullptr);
  EXPECT_TRUE(Code->Problems.empty())
      << ::testing::PrintToString(problemMessages(*Code));
  // The code parts are kept as text, wrappers stripped.
  ASSERT_NE(Code->part(ArgRole::Locvar), nullptr);
  EXPECT_EQ(Code->part(ArgRole::Locvar)->Text, "int prio;");
  ASSERT_NE(Code->part(ArgRole::CodePre), nullptr);
  EXPECT_EQ(Code->part(ArgRole::CodePre)->Text, "tp_locvar->prio = p->prio;");
  ASSERT_NE(Code->part(ArgRole::CodePost), nullptr);
  EXPECT_EQ(Code->part(ArgRole::CodePost)->Text, "");
  ASSERT_EQ(Code->CtfFields.size(), 1u);
  EXPECT_EQ(Code->CtfFields[0].Source, "tp_locvar->prio");

  const TracepointDefinition *Sleep =
      C.Model.findTracepoint(Side::Lttng, "task_sleep");
  ASSERT_NE(Sleep, nullptr);
  EXPECT_EQ(Sleep->shape(), DefinitionShape::Instance);
  EXPECT_EQ(Sleep->Template, "forms_code");
  EXPECT_EQ(Sleep->eventName(), "forms_task_sleep");
  // An event serves as the class of an instance.
  EXPECT_EQ(C.Model.layoutOf(*Sleep), Code);
}

//===--------------------------------------------------------------------===//
// Determinism
//===--------------------------------------------------------------------===//

std::vector<std::string> positionsOf(const Collected &C) {
  std::vector<std::string> Out;
  for (const TracepointDefinition &D : C.Model.Definitions)
    Out.push_back(D.Name + "@" + D.Position.File + ":" +
                  std::to_string(D.Position.Line) + ":" +
                  std::to_string(D.Position.Column) + "+" +
                  std::to_string(D.Position.Offset));
  return Out;
}

TEST(TracepointCollectorTest, IncludingTwiceGivesTheSamePositions) {
  // The second include re-reads the header through define_trace.h, in new
  // FileIDs and new SourceLocations: the stable positions must not move.
  Collected Twice = collect(R"c(
#include <trace/events/sample.h>
#define CREATE_TRACE_POINTS
#include <trace/events/sample.h>
)c");
  Collected Once = collect(KernelPlainTU);
  ASSERT_TRUE(Twice.Finished && Once.Finished);
  EXPECT_TRUE(Twice.Compiled);
  EXPECT_EQ(Twice.names(Side::Kernel), SampleKernelNames);
  EXPECT_EQ(positionsOf(Twice), positionsOf(Once));

  // And a second run of the same TU gives the very same model.
  Collected Again = collect(R"c(
#include <trace/events/sample.h>
#define CREATE_TRACE_POINTS
#include <trace/events/sample.h>
)c");
  ASSERT_TRUE(Again.Finished);
  EXPECT_EQ(positionsOf(Again), positionsOf(Twice));
}

//===--------------------------------------------------------------------===//
// Malformed input: a problem with a useful message, never a crash
//===--------------------------------------------------------------------===//

const char BadInputTU[] = R"c(#define TRACE_SYSTEM bad
#include <linux/tracepoint.h>

TRACE_EVENT(bad_empty_entry,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(),
	TP_fast_assign(),
	TP_printk("nothing")
);

TRACE_EVENT(bad_unknown_field,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__field(int, v)
		__not_a_field(int, w)
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(bad_field_arguments,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		__array(char, comm)
		__field(int, after)
	),
	TP_fast_assign(__entry->comm[0] = 0;),
	TP_printk("c")
);

TRACE_EVENT(bad_args_count,
	TP_PROTO(int v, int w),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(bad_conditional_argument,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
#ifdef SOME_OPTION
		__field(long, v)
#else
		__field(int, v)
#endif
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(bad_unnamed_parameter,
	TP_PROTO(int),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = 0;),
	TP_printk("v=%d", __entry->v)
);

#ifdef SOME_OPTION
#endif
TRACE_EVENT(good_after_directive,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c";

class BadInputTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { Result = new Collected(collect(BadInputTU)); }
  static void TearDownTestSuite() {
    delete Result;
    Result = nullptr;
  }

  const TracepointDefinition *definition(llvm::StringRef Name) const {
    return Result->find(Side::Kernel, Name, DefinitionShape::Event);
  }

  static Collected *Result;
};
Collected *BadInputTest::Result = nullptr;

TEST_F(BadInputTest, EveryDefinitionIsStillRecorded) {
  ASSERT_TRUE(Result->Finished);
  // Malformed tracepoints are the model's business, not the compiler's.
  EXPECT_TRUE(Result->Compiled);
  EXPECT_EQ(Result->names(Side::Kernel),
            (std::vector<std::string>{
                "bad_empty_entry", "bad_unknown_field", "bad_field_arguments",
                "bad_args_count", "bad_conditional_argument",
                "bad_unnamed_parameter", "good_after_directive"}));
}

TEST_F(BadInputTest, EmptyStructEntry) {
  const TracepointDefinition *D = definition("bad_empty_entry");
  ASSERT_NE(D, nullptr);
  EXPECT_TRUE(D->Fields.empty());
  EXPECT_TRUE(D->Assigns.empty());
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{
                "empty TP_STRUCT__entry in TRACE_EVENT 'bad_empty_entry': "
                "the event records no field"});
  // Reported at the definition, as a real problem.
  EXPECT_EQ(Result->extras(D).ProblemLines, std::vector<unsigned>{4});
  EXPECT_FALSE(D->Problems[0].Informational);
}

TEST_F(BadInputTest, UnknownFieldMacro) {
  const TracepointDefinition *D = definition("bad_unknown_field");
  ASSERT_NE(D, nullptr);
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{
                "unrecognised TP_STRUCT__entry item '__not_a_field'; the "
                "field layout is incomplete"});
  // Reported at the item itself, and the known field is kept.
  EXPECT_EQ(Result->extras(D).ProblemLines, std::vector<unsigned>{17});
  ASSERT_EQ(D->Fields.size(), 1u);
  EXPECT_EQ(D->Fields[0].Name, "v");
}

TEST_F(BadInputTest, FieldMacroWithTooFewArguments) {
  const TracepointDefinition *D = definition("bad_field_arguments");
  ASSERT_NE(D, nullptr);
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{"__array expects 3 arguments, got 2"});
  EXPECT_EQ(Result->extras(D).ProblemLines, std::vector<unsigned>{27});
  // The bad item is skipped; parsing goes on with the next one.
  ASSERT_EQ(D->Fields.size(), 1u);
  EXPECT_EQ(D->Fields[0].Name, "after");
}

TEST_F(BadInputTest, ProtoAndArgsCountMismatch) {
  const TracepointDefinition *D = definition("bad_args_count");
  ASSERT_NE(D, nullptr);
  EXPECT_EQ(D->Params.size(), 2u);
  EXPECT_EQ(D->ArgNames.size(), 1u);
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{
                "TP_PROTO has 2 parameters but TP_ARGS names 1"});
}

TEST_F(BadInputTest, ConditionalInsideArguments) {
  const TracepointDefinition *D = definition("bad_conditional_argument");
  ASSERT_NE(D, nullptr);
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{
                "preprocessor conditional inside the arguments of TRACE_EVENT "
                "'bad_conditional_argument'; only the branch active in this "
                "translation unit is analysed"});
  // Legal code read with a caveat, not a definition the model failed on.
  EXPECT_TRUE(D->Problems[0].Informational);
  // The active branch is what the model holds.
  ASSERT_EQ(D->Fields.size(), 1u);
  EXPECT_EQ(D->Fields[0].TypeText, "int");
}

TEST_F(BadInputTest, UnnamedParameter) {
  const TracepointDefinition *D = definition("bad_unnamed_parameter");
  ASSERT_NE(D, nullptr);
  EXPECT_EQ(problemMessages(*D),
            std::vector<std::string>{
                "cannot find the parameter name in TP_PROTO entry 'int'"});
  ASSERT_EQ(D->Params.size(), 1u);
  EXPECT_TRUE(D->Params[0].Name.empty());
  EXPECT_EQ(D->Params[0].TypeText, "int");
}

TEST_F(BadInputTest, DirectiveBeforeADefinitionIsNotInside) {
  // An #ifdef/#endif just above a definition must not be blamed on it.
  const TracepointDefinition *D = definition("good_after_directive");
  ASSERT_NE(D, nullptr);
  EXPECT_TRUE(D->Problems.empty())
      << ::testing::PrintToString(problemMessages(*D));
}

TEST(TracepointCollectorTest, WrongArgumentCountOfARedefinedMacro) {
  // A TRACE_EVENT that takes three arguments (another kernel version, a
  // local hack): the roles cannot be trusted, and the model says so.
  Collected C = collect(R"c(
#define TRACE_SYSTEM odd
#define TP_PROTO(args...) args
#define TP_ARGS(args...) args
#define TRACE_EVENT(name, proto, args)
TRACE_EVENT(odd_event, TP_PROTO(int v), TP_ARGS(v))
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  EXPECT_EQ(D.Name, "odd_event");
  EXPECT_EQ(problemMessages(D),
            std::vector<std::string>{
                "TRACE_EVENT has 3 arguments here; expected 6"});
  // What could be read is still read.
  EXPECT_EQ(D.Params.size(), 1u);
  EXPECT_EQ(D.part(ArgRole::Struct), nullptr);
}

TEST(TracepointCollectorTest, CompilerErrorsDoNotStopTheModel) {
  // Too few arguments: clang refuses the expansion, so there is no
  // definition; the next one is still collected.
  Collected C = collect(R"c(
#define TRACE_SYSTEM bad
#include <linux/tracepoint.h>
TRACE_EVENT(bad_too_few, TP_PROTO(int v), TP_ARGS(v));
TRACE_EVENT(bad_after_error,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_FALSE(C.Compiled);
  EXPECT_EQ(C.names(Side::Kernel),
            std::vector<std::string>{"bad_after_error"});
}

TEST(TracepointCollectorTest, UnterminatedDefinitionDoesNotCrash) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM unbalanced
#include <linux/tracepoint.h>
TRACE_EVENT(unbalanced_event,
	TP_PROTO(int v,
	TP_ARGS(v),
	TP_STRUCT__entry(__field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_FALSE(C.Compiled);
  EXPECT_TRUE(C.Model.Definitions.empty());
}

TEST(TracepointCollectorTest, MalformedLttngFields) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM badlttng
#include <lttng/tracepoint-event.h>
LTTNG_TRACEPOINT_EVENT(badlttng_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		ctf_integer(int, v)
		ctf_integer_type(int, w, v)
		ctf_string(name, "x")
	)
)
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  EXPECT_EQ(problemMessages(D),
            (std::vector<std::string>{
                "ctf_integer expects 3 arguments, got 2",
                "unrecognised TP_FIELDS item 'ctf_integer_type'; the field "
                "list is incomplete"}));
  // The good entry after the bad ones is kept.
  ASSERT_EQ(D.CtfFields.size(), 1u);
  EXPECT_EQ(D.CtfFields[0].Name, "name");
}

//===--------------------------------------------------------------------===//
// Subsystem field macros
//===--------------------------------------------------------------------===//

TEST(TracepointCollectorTest, SubsystemFieldMacrosAreExpanded) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#include <linux/tracepoint.h>

/* Shared field lists, as subsystems write them. */
#define SUBSYS_COMMON_FIELDS __field(int, cpu) __field(u64, ts)
#define SUBSYS_PAIR(type, a, b) __field(type, a) __field(type, b)
#define SUBSYS_TAGGED(n) SUBSYS_PAIR(u8, n, flags) __array(char, label, 8)

TRACE_EVENT(subsys_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(
		SUBSYS_COMMON_FIELDS
		SUBSYS_PAIR(u32, lo, hi)
		SUBSYS_TAGGED(tag)
		__field(int, v)
	),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  EXPECT_TRUE(D.Problems.empty())
      << ::testing::PrintToString(problemMessages(D));

  std::vector<std::string> Fields;
  for (const EntryField &F : D.Fields)
    Fields.push_back(F.TypeText + " " + F.Name);
  EXPECT_EQ(Fields,
            (std::vector<std::string>{"int cpu", "u64 ts", "u32 lo", "u32 hi",
                                      "u8 tag", "u8 flags", "char label",
                                      "int v"}));
  // Expanded fields resolve like written ones.
  EXPECT_EQ(D.Fields[1].Type.SizeBits, 64u);
  EXPECT_EQ(D.Fields[4].Type.SizeBits, 8u);
  EXPECT_EQ(D.Fields[6].Type.ArrayLength, 8u);
}

TEST(TracepointCollectorTest, SubsystemMacrosBeyondTheExpanderAreReported) {
  // Stringizing, and pasting that makes more than one name, are beyond
  // the model's small expander: it must say the layout is incomplete rather
  // than guess. A self-referential macro must not loop.
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#include <linux/tracepoint.h>
#define SUBSYS_ID_FIELD(n) __array(char, n, sizeof(#n)) __field(int, n ## ->id)
#define SUBSYS_LOOP SUBSYS_LOOP __field(int, x)

TRACE_EVENT(subsys_pasted,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(SUBSYS_ID_FIELD(task) __field(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);

TRACE_EVENT(subsys_loop,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(SUBSYS_LOOP),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 2u);
  const TracepointDefinition &Pasted = C.Model.Definitions[0];
  ASSERT_EQ(Pasted.Problems.size(), 1u);
  EXPECT_EQ(Pasted.Problems[0].Message,
            "unrecognised TP_STRUCT__entry item 'SUBSYS_ID_FIELD'; the field "
            "layout is incomplete");
  // The field after the unknown call is still read.
  ASSERT_EQ(Pasted.Fields.size(), 1u);
  EXPECT_EQ(Pasted.Fields[0].Name, "v");

  const TracepointDefinition &Loop = C.Model.Definitions[1];
  EXPECT_FALSE(Loop.Problems.empty());
}

TEST(TracepointCollectorTest, PastedFieldNames) {
  // `##` glues names as the preprocessor does; an empty argument leaves
  // the other side alone.
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#include <linux/tracepoint.h>
#define SUBSYS_POS(n, sfx) __field(int, n##_inode) __field(long, pos##sfx)

TRACE_EVENT(subsys_pasted_names,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(SUBSYS_POS(dst, 2) SUBSYS_POS(src, )),
	TP_fast_assign(__entry->dst_inode = v;),
	TP_printk("v=%d", __entry->dst_inode)
);
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &Def = C.Model.Definitions[0];
  EXPECT_TRUE(Def.Problems.empty());
  ASSERT_EQ(Def.Fields.size(), 4u);
  EXPECT_EQ(Def.Fields[0].Name, "dst_inode");
  EXPECT_EQ(Def.Fields[1].Name, "pos2");
  EXPECT_EQ(Def.Fields[2].Name, "src_inode");
  EXPECT_EQ(Def.Fields[3].Name, "pos");
}

TEST(TracepointCollectorTest, VariadicSubsystemFieldMacro) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#include <linux/tracepoint.h>
#define SUBSYS_FIELD(...) __field(__VA_ARGS__)

TRACE_EVENT(subsys_variadic,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(SUBSYS_FIELD(int, v)),
	TP_fast_assign(__entry->v = v;),
	TP_printk("v=%d", __entry->v)
);
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  ASSERT_EQ(D.Fields.size(), 1u);
  EXPECT_EQ(D.Fields[0].TypeText, "int");
  EXPECT_EQ(D.Fields[0].Name, "v");
}

TEST(TracepointCollectorTest, SubsystemCtfMacrosAreExpanded) {
  Collected C = collect(R"c(
#define TRACE_SYSTEM subsys
#include <lttng/tracepoint-event.h>
#define SUBSYS_CTF_COMMON(p) ctf_integer(int, cpu, (p)) ctf_string(tag, "t")

LTTNG_TRACEPOINT_EVENT(subsys_mirror,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_FIELDS(
		SUBSYS_CTF_COMMON(v)
		ctf_integer(int, v, v)
	)
)
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  EXPECT_TRUE(D.Problems.empty())
      << ::testing::PrintToString(problemMessages(D));
  ASSERT_EQ(D.CtfFields.size(), 3u);
  EXPECT_EQ(D.CtfFields[0].Name, "cpu");
  EXPECT_EQ(D.CtfFields[0].Source, "(v)");
  EXPECT_EQ(D.CtfFields[1].Name, "tag");
  EXPECT_EQ(D.CtfFields[2].Name, "v");
}

TEST(TracepointCollectorTest, PartGivenAsOneMacroName) {
  // power_cpu_migrate.h passes TP_PROTO and TP_ARGS through object-like
  // macros; the model looks through them instead of finding no parameter.
  Collected C = collect(R"c(
#define TRACE_SYSTEM power
#include <linux/tracepoint.h>
#define __cpu_migrate_proto TP_PROTO(u64 timestamp, u32 cpu_hwid)
#define __cpu_migrate_args TP_ARGS(timestamp, cpu_hwid)

DECLARE_TRACE(cpu_migrate_begin, __cpu_migrate_proto, __cpu_migrate_args);
)c");
  ASSERT_TRUE(C.Finished);
  EXPECT_TRUE(C.Compiled);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const TracepointDefinition &D = C.Model.Definitions[0];
  EXPECT_TRUE(D.Problems.empty())
      << ::testing::PrintToString(problemMessages(D));
  ASSERT_EQ(D.Params.size(), 2u);
  EXPECT_EQ(D.Params[0].Name, "timestamp");
  EXPECT_EQ(D.Params[0].TypeText, "u64");
  EXPECT_EQ(D.Params[1].Name, "cpu_hwid");
  EXPECT_EQ(D.Params[1].Type.SizeBits, 32u);
  EXPECT_EQ(D.ArgNames, (std::vector<std::string>{"timestamp", "cpu_hwid"}));
}

TEST(TracepointCollectorTest, ArrayLengthNamedByAMacro) {
  // The kernel writes __array(char, comm, TASK_COMM_LEN). In an LTTng probe
  // TU the kernel header is read without CREATE_TRACE_POINTS, so there is no
  // raw record and the type comes from the text "char[TASK_COMM_LEN]".
  Collected C = collect(R"c(
#define TRACE_SYSTEM comm
#include <linux/tracepoint.h>
#define TASK_COMM_LEN 16

TRACE_EVENT(comm_event,
	TP_PROTO(int v),
	TP_ARGS(v),
	TP_STRUCT__entry(__array(char, comm, TASK_COMM_LEN)),
	TP_fast_assign(__entry->comm[0] = 0;),
	TP_printk("c")
);
)c");
  ASSERT_TRUE(C.Finished);
  ASSERT_EQ(C.Model.Definitions.size(), 1u);
  const EntryField &Comm = C.Model.Definitions[0].Fields.at(0);
  EXPECT_EQ(Comm.Length, "TASK_COMM_LEN");
  EXPECT_TRUE(Comm.Type.IsArray);
  EXPECT_EQ(Comm.Type.ArrayLength, 16u);
}

//===--------------------------------------------------------------------===//
// TypeResolver
//===--------------------------------------------------------------------===//

/// Resolves each of \p Texts in a TU that includes the fake kernel types.
std::map<std::string, TypeFacts>
describeAll(const std::vector<std::string> &Texts) {
  std::map<std::string, TypeFacts> Out;
  runOnCode(R"c(
#include <linux/sample_task.h>
enum sample_state { SAMPLE_RUNNING, SAMPLE_SLEEPING };
union sample_value { int i; long l; };
)c",
            [&](clang::ASTContext &Context, TracepointModel &) {
              TypeResolver Resolver(Context);
              for (const std::string &Text : Texts) {
                TypeFacts F = Resolver.describe(Text);
                forgetClangHandles(F);
                Out[Text] = F;
              }
            });
  return Out;
}

class TypeResolverTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Facts = new std::map<std::string, TypeFacts>(describeAll({
        "unsigned int", "unsigned long long", "long", "const char *",
        "struct task *", "struct task", "pid_t", "u8", "char [16]",
        "char[16]", "const char __user *", "unknown_t", "struct nosuch *",
        "unsigned", "short", "signed char", "char", "bool", "u64 *",
        "enum sample_state", "union sample_value", "int int_t",
        "long double", "void *", "unsigned long __rcu *",
    }));
  }
  static void TearDownTestSuite() {
    delete Facts;
    Facts = nullptr;
  }
  static const TypeFacts &facts(const std::string &Text) {
    return Facts->at(Text);
  }
  static std::map<std::string, TypeFacts> *Facts;
};
std::map<std::string, TypeFacts> *TypeResolverTest::Facts = nullptr;

TEST_F(TypeResolverTest, BuiltinIntegers) {
  const TypeFacts &UInt = facts("unsigned int");
  EXPECT_TRUE(UInt.Resolved);
  EXPECT_TRUE(UInt.IsInteger);
  EXPECT_FALSE(UInt.IsSigned);
  EXPECT_EQ(UInt.SizeBits, 32u);
  EXPECT_EQ(UInt.Canonical, "unsigned int");

  const TypeFacts &ULL = facts("unsigned long long");
  EXPECT_EQ(ULL.Canonical, "unsigned long long");
  EXPECT_EQ(ULL.SizeBits, 64u);
  EXPECT_FALSE(ULL.IsSigned);

  const TypeFacts &Long = facts("long");
  EXPECT_EQ(Long.Canonical, "long");
  EXPECT_EQ(Long.SizeBits, 64u); // x86-64
  EXPECT_TRUE(Long.IsSigned);

  // "unsigned" alone is unsigned int; "short" is signed.
  EXPECT_EQ(facts("unsigned").Canonical, "unsigned int");
  EXPECT_EQ(facts("short").SizeBits, 16u);
  EXPECT_TRUE(facts("short").IsSigned);
  EXPECT_EQ(facts("signed char").Canonical, "signed char");
  EXPECT_TRUE(facts("signed char").IsSigned);
  EXPECT_EQ(facts("char").Canonical, "char");
  EXPECT_EQ(facts("char").SizeBits, 8u);
}

TEST_F(TypeResolverTest, Pointers) {
  const TypeFacts &Str = facts("const char *");
  EXPECT_TRUE(Str.Resolved);
  EXPECT_TRUE(Str.IsPointer);
  EXPECT_FALSE(Str.IsInteger);
  EXPECT_EQ(Str.SizeBits, 64u);
  // Qualifiers below a pointer are part of a prototype: kept.
  EXPECT_EQ(Str.Canonical, "const char *");

  const TypeFacts &Task = facts("struct task *");
  EXPECT_TRUE(Task.IsPointer);
  EXPECT_EQ(Task.SizeBits, 64u);
  EXPECT_EQ(Task.Spelling, "struct task *");

  EXPECT_TRUE(facts("void *").IsPointer);
  EXPECT_EQ(facts("u64 *").Canonical, "unsigned long long *");
}

TEST_F(TypeResolverTest, KernelAnnotationsAreIgnored) {
  // __user, __rcu and friends are sparse annotations, empty when compiling.
  const TypeFacts &User = facts("const char __user *");
  EXPECT_TRUE(User.Resolved);
  EXPECT_EQ(User.Canonical, facts("const char *").Canonical);
  const TypeFacts &Rcu = facts("unsigned long __rcu *");
  EXPECT_TRUE(Rcu.Resolved);
  EXPECT_EQ(Rcu.Canonical, "unsigned long *");
}

TEST_F(TypeResolverTest, TypedefsKeepTheirName) {
  const TypeFacts &Pid = facts("pid_t");
  EXPECT_TRUE(Pid.Resolved);
  EXPECT_EQ(Pid.Spelling, "pid_t");
  EXPECT_EQ(Pid.Canonical, "int");
  EXPECT_TRUE(Pid.IsSigned);
  EXPECT_EQ(Pid.SizeBits, 32u);

  const TypeFacts &U8 = facts("u8");
  EXPECT_EQ(U8.Spelling, "u8");
  EXPECT_EQ(U8.Canonical, "unsigned char");
  EXPECT_FALSE(U8.IsSigned);
  EXPECT_EQ(U8.SizeBits, 8u);

  const TypeFacts &Bool = facts("bool");
  EXPECT_TRUE(Bool.IsBool);
  EXPECT_TRUE(Bool.IsInteger);
  EXPECT_EQ(Bool.SizeBits, 8u);
}

TEST_F(TypeResolverTest, Arrays) {
  for (const char *Text : {"char [16]", "char[16]"}) {
    SCOPED_TRACE(Text);
    const TypeFacts &Comm = facts(Text);
    EXPECT_TRUE(Comm.Resolved);
    EXPECT_TRUE(Comm.IsArray);
    EXPECT_EQ(Comm.ArrayLength, 16u);
    EXPECT_EQ(Comm.SizeBits, 128u);
    EXPECT_FALSE(Comm.IsPointer);
  }
}

TEST_F(TypeResolverTest, TagTypes) {
  const TypeFacts &Task = facts("struct task");
  EXPECT_TRUE(Task.Resolved);
  EXPECT_TRUE(Task.IsRecord);
  // pid_t, char[16], int, then an 8-aligned unsigned long long: 32 bytes.
  EXPECT_EQ(Task.SizeBits, 256u);

  const TypeFacts &State = facts("enum sample_state");
  EXPECT_TRUE(State.IsEnum);
  EXPECT_TRUE(State.IsInteger);
  EXPECT_EQ(State.SizeBits, 32u);

  const TypeFacts &Value = facts("union sample_value");
  EXPECT_TRUE(Value.IsRecord);
  EXPECT_EQ(Value.SizeBits, 64u);
}

TEST_F(TypeResolverTest, UnknownNamesFail) {
  const TypeFacts &Unknown = facts("unknown_t");
  EXPECT_FALSE(Unknown.Resolved);
  // describe() keeps the text, for messages.
  EXPECT_EQ(Unknown.Spelling, "unknown_t");
  EXPECT_EQ(Unknown.SizeBits, 0u);

  EXPECT_FALSE(facts("struct nosuch *").Resolved);
  // A builtin followed by a name is a declarator, not a type.
  EXPECT_FALSE(facts("int int_t").Resolved);
}

TEST_F(TypeResolverTest, LongDouble) {
  const TypeFacts &LD = facts("long double");
  EXPECT_TRUE(LD.Resolved);
  EXPECT_EQ(LD.Canonical, "long double");
  EXPECT_EQ(LD.SizeBits, 128u);
}

TEST(TypeResolverFactsTest, NullTypeIsUnresolved) {
  bool Ran = false;
  runOnCode("int x;", [&](clang::ASTContext &Context, TracepointModel &) {
    TypeResolver Resolver(Context);
    EXPECT_TRUE(Resolver.resolve("").isNull());
    EXPECT_TRUE(Resolver.resolve("*").isNull());
    EXPECT_FALSE(Resolver.factsOf(clang::QualType()).Resolved);
    EXPECT_FALSE(Resolver.describe("char [N]").Resolved);
    Ran = true;
  });
  EXPECT_TRUE(Ran);
}

} // namespace

TEST(TracepointCollectorTest, MacrosAProbeDoesNotSee) {
  // A header's helper it #undefs itself, and the main file's own macros,
  // are gone where a probe reads the mirror; the main file #undef'ing a
  // header's macro does not take it from the probe, and a header defining
  // a name again makes it visible again.
  Collected C = collect(R"c(
#define UNIT_ONLY(x, ...) ((x) + __VA_ARGS__)
#include ")c" LTTNG_TIDY_TEST_INPUTS R"c(/fake-module/unseenmod/trace.h"
#undef TRACE_INCLUDE_FILE
#define TRACE_SYSTEM_AGAIN 1
)c");
  ASSERT_TRUE(C.Finished);
  const llvm::StringMap<UnseenMacro> &U = C.Model.UnseenMacros;
  ASSERT_TRUE(U.count("UNSEENMOD_SCALED"));
  const UnseenMacro &Scaled = U.lookup("UNSEENMOD_SCALED");
  EXPECT_TRUE(Scaled.FunctionLike);
  EXPECT_FALSE(Scaled.Variadic);
  EXPECT_EQ(Scaled.Params, (std::vector<std::string>{"job", "factor"}));
  EXPECT_EQ(Scaled.Body, "(UNSEENMOD_BASE(job) * (factor))");
  EXPECT_TRUE(llvm::StringRef(Scaled.Defined.File).ends_with("/unseenmod/trace.h"));
  EXPECT_EQ(Scaled.Defined.Line, 29u);
  EXPECT_EQ(Scaled.Undefined.File, Scaled.Defined.File);
  EXPECT_EQ(Scaled.Undefined.Line, 82u);
  // A body continued on the next line.
  EXPECT_EQ(U.lookup("UNSEENMOD_NAME").Body, "((job)->name)");
  EXPECT_FALSE(U.lookup("UNSEENMOD_TAG_LEN").FunctionLike);
  EXPECT_EQ(U.lookup("UNSEENMOD_TAG_LEN").Body, "4");

  ASSERT_TRUE(U.count("UNIT_ONLY"));
  const UnseenMacro &Unit = U.lookup("UNIT_ONLY");
  EXPECT_TRUE(Unit.Variadic);
  EXPECT_EQ(Unit.Params, (std::vector<std::string>{"x", "__VA_ARGS__"}));
  EXPECT_EQ(Unit.Undefined.Line, 0u);
  EXPECT_EQ(Unit.Defined.Line, 2u);
  EXPECT_TRUE(U.count("TRACE_SYSTEM_AGAIN"));

  EXPECT_FALSE(U.count("TRACE_INCLUDE_FILE"));
  EXPECT_FALSE(U.count("TRACE_SYSTEM"));   // #undef'd, then defined again
  EXPECT_FALSE(U.count("_UNSEENMOD_TRACE_H"));
}
