//===--- ProtoMismatchCheck.cpp - lttng-proto-mismatch --------------------===//

#include "ProtoMismatchCheck.h"
#include "MirrorRewriter.h"
#include "model/KernelCounterpart.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <map>

using namespace lttng_tidy;

namespace clang::tidy::lttng {

namespace {
std::string protoText(const TracepointDefinition &Def) {
  const DefinitionPart *Proto = Def.part(ArgRole::Proto);
  return "TP_PROTO(" + (Proto ? Proto->Text : std::string()) + ")";
}

/// "struct x *p", "int v": a parameter as it would be written.
std::string declaration(const ProtoParameter &P) {
  llvm::StringRef Type(P.TypeText);
  return (Type.ends_with("*") ? Type.str() + P.Name
                              : Type.str() + " " + P.Name);
}

/// The ctf_* form recording \p Type from \p Source, or empty.
std::string ctfFieldFor(const TypeFacts &Type, llvm::StringRef TypeText,
                        llvm::StringRef Name, llvm::StringRef Source) {
  if (Type.IsPointer)
    return ("ctf_integer_hex(" + TypeText + ", " + Name + ", " + Source + ")")
        .str();
  if (Type.IsInteger || Type.IsBool || Type.IsEnum)
    return ("ctf_integer(" + TypeText + ", " + Name + ", " + Source + ")").str();
  return {};
}

/// The field that records \p Param the way \p Layout (a kernel event or
/// class) records it, when it stores the parameter as is; else empty.
std::string fieldRecording(const TracepointDefinition *Layout,
                           llvm::StringRef Param) {
  std::string Added;
  if (!Layout)
    return Added;
  for (const AssignStatement &A : Layout->Assigns) {
    if (A.Kind != AssignKind::Store || A.Value != Param)
      continue;
    for (const EntryField &E : Layout->Fields)
      if (E.Name == A.Field && !E.TypeText.empty())
        Added = ctfFieldFor(E.Type, E.TypeText, E.Name, Param);
  }
  return Added;
}

/// "read x" as "reads x": the notes tell what a field did, the reasons
/// for no fix-it what it does.
std::string presentTense(const std::string &What) {
  return "reads" + What.substr(std::string("read").size());
}

/// The edits to the fields of \p Owner (an event, or the class of
/// instances) whose prototype goes from \p Have to \p Want; \p Layouts are
/// the kernel layouts of the tracepoints it will record. What the edits
/// do goes to \p Notes. Returns false, with the reason in \p Blocker, when
/// code that reads a removed parameter would be left behind.
bool editFields(MirrorRewriter &Rewriter, const TracepointModel &Model,
                const TracepointDefinition &Owner,
                const std::vector<ProtoParameter> &Have,
                const std::vector<ProtoParameter> &Want,
                llvm::ArrayRef<const TracepointDefinition *> Layouts,
                ASTContext &Context, std::vector<std::string> &Notes,
                std::string &Blocker) {
  llvm::StringSet<> WantNames, HaveNames;
  for (const ProtoParameter &P : Want)
    WantNames.insert(P.Name);
  for (const ProtoParameter &P : Have)
    HaveNames.insert(P.Name);
  auto RemovedReadBy = [&](llvm::StringRef Code) -> std::string {
    llvm::StringSet<> Uses = variablesOf(Code);
    for (const ProtoParameter &P : Have)
      if (!WantNames.count(P.Name) && Uses.count(P.Name))
        return P.Name;
    return {};
  };

  // Parameters the kernel still passes, but as another type: code that
  // reaches into them may no longer compile.
  std::vector<ProtoParameter> Retyped;
  for (const ProtoParameter &K : Want)
    for (const ProtoParameter &M : Have)
      if (K.Name == M.Name && !sameParameterType(K, M, Context))
        Retyped.push_back(K);
  // How \p Code stops compiling with the kernel's prototype, as a note
  // words it after "field 'f' "; empty when it still compiles.
  auto BrokenBy = [&](llvm::StringRef Code) -> std::string {
    if (std::string Name = RemovedReadBy(Code); !Name.empty())
      return "read the removed '" + Name + "'";
    AccessProblem Problem = memberAccessProblem(Code, Retyped);
    if (Problem.found() && !Problem.Undefined)
      return "read '" + Code.str() + "', which the kernel's prototype no "
             "longer allows (" + Problem.Reason + ")";
    if (std::string Call = callArgumentProblem(Code, Retyped, Context);
        !Call.empty())
      return "read '" + Code.str() + "', which the kernel's prototype no "
             "longer allows (" + Call + ")";
    return {};
  };

  // The _CODE forms' own code is not rewritten: one that reads a removed
  // parameter, or reaches into a retyped one, would no longer compile.
  const std::pair<ArgRole, const char *> CodeParts[] = {
      {ArgRole::Locvar, "TP_locvar"},
      {ArgRole::CodePre, "TP_code_pre"},
      {ArgRole::CodePost, "TP_code_post"}};
  for (const auto &[Role, Label] : CodeParts)
    if (const DefinitionPart *Code = Owner.part(Role))
      if (std::string What = BrokenBy(Code->Text); !What.empty()) {
        Blocker = std::string(Label) + " of '" + Owner.Name + "' " +
                  presentTense(What) + "; no fix-it is offered";
        return false;
      }

  // Fields that read a parameter the kernel no longer passes, or reach
  // into one whose type changed, go away or read the kernel's way.
  // A string, array or sequence records through a pointer: its source,
  // a parameter now of another kind, no longer compiles.
  // An integer field declared as a pointer (ctf_integer_hex(void *, ...))
  // takes no integer, and an integer type takes no pointer.
  auto PointerSourceBroken = [&](const CtfField &F) -> std::string {
    CtfKind K = F.Info.Kind;
    llvm::StringRef Source = llvm::StringRef(F.Source).trim();
    if (K == CtfKind::Integer && F.Type.Resolved) {
      for (const ProtoParameter &P : Retyped)
        if (P.Name == Source && P.Type.Resolved &&
            otherKind(F.Type.Type, P.Type.Type, Context))
          return "read '" + P.Name + "' as '" + F.TypeText +
                 "', which the kernel's prototype no longer allows ('" +
                 P.Name + "' is '" + P.Type.Spelling + "')";
      return {};
    }
    if (K == CtfKind::Integer || K == CtfKind::Float || K == CtfKind::Enum ||
        K == CtfKind::Custom)
      return {};
    for (const ProtoParameter &P : Retyped)
      if (P.Name == Source && P.Type.Resolved && !P.Type.IsPointer &&
          !P.Type.IsArray)
        return "read '" + P.Name + "', which the kernel's prototype no "
               "longer allows ('" + P.Name + "' is '" + P.Type.Spelling +
               "', and " + F.MacroName + " records through a pointer)";
    return {};
  };
  // A sequence's length is stored in its length type, an integer: a
  // parameter now of a pointer, array or struct type no longer fits.
  auto LengthSourceBroken = [&](const CtfField &F) -> std::string {
    llvm::StringRef Length = llvm::StringRef(F.Length).trim();
    for (const ProtoParameter &P : Retyped)
      if (P.Name == Length && P.Type.Resolved &&
          (P.Type.IsPointer || P.Type.IsArray ||
           P.Type.Type.getCanonicalType()->isRecordType()))
        return "read '" + P.Name + "' as the length of its sequence, which "
               "the kernel's prototype no longer allows ('" + P.Name +
               "' is '" + P.Type.Spelling + "')";
    return {};
  };
  for (const CtfField &F : Owner.CtfFields) {
    std::string What = BrokenBy(F.Source);
    if (What.empty())
      What = PointerSourceBroken(F);
    std::string LengthWhat = BrokenBy(F.Length);
    if (LengthWhat.empty())
      LengthWhat = LengthSourceBroken(F);
    bool LengthBroken = !LengthWhat.empty();
    if (What.empty())
      What = LengthWhat;
    if (What.empty())
      continue;
    // Written by a helper macro, or outside the definition: the field
    // cannot be removed alone.
    if (!Rewriter.covers(F.FileRange) || F.ItemFileRange != F.FileRange) {
      Blocker = "field '" + F.Name + "' of '" + Owner.Name + "' " +
                presentTense(What) +
                " and is not written in the definition itself; no fix-it "
                "is offered";
      return false;
    }
    // The kernel often still records the value, from what it passes now
    // (a member of another parameter): the field keeps its place and
    // reads it the kernel's way. Every event of the mirror must agree.
    std::string KernelWay, Unusable;
    if (!LengthBroken && !Layouts.empty() &&
        Rewriter.covers(F.SourceFileRange)) {
      KernelWay = kernelExpressionFor(Model, F.Name, Want, *Layouts.front(),
                                      Want, &Unusable);
      for (const TracepointDefinition *Layout : Layouts.drop_front())
        if (kernelExpressionFor(Model, F.Name, Want, *Layout, Want) !=
            KernelWay)
          KernelWay.clear();
    }
    if (!KernelWay.empty() && KernelWay != F.Source) {
      Rewriter.replace(F.SourceFileRange, KernelWay);
      std::string Note = "field '" + F.Name + "' " + What;
      Note += "; it now reads '" + KernelWay +
              "', as the kernel's own event records it";
      Notes.push_back(Note);
      continue;
    }
    Rewriter.removeLines(F.FileRange);
    std::string Note = "field '" + F.Name + "' " + What;
    if (!Unusable.empty())
      Note += "; the kernel's own event records it, but " + Unusable;
    Notes.push_back(Note);
  }

  // A parameter the kernel added is recorded the way the kernel's own
  // events record it, when they all store it as is, the same way.
  const DefinitionPart *Fields = Owner.part(ArgRole::Fields);
  for (const ProtoParameter &P : Want) {
    if (HaveNames.count(P.Name) || Layouts.empty() || !Fields ||
        Fields->ArgumentFileRange.isInvalid())
      continue;
    std::string Added = fieldRecording(Layouts.front(), P.Name);
    for (const TracepointDefinition *Layout : Layouts.drop_front())
      if (fieldRecording(Layout, P.Name) != Added)
        Added.clear();
    if (Added.empty()) {
      Notes.push_back("no field records the new '" + P.Name + "'");
      continue;
    }
    SourceLocation Close = Fields->ArgumentFileRange.getEnd();
    std::string Indent =
        Owner.CtfFields.empty()
            ? "\t\t"
            : Rewriter.indentationOf(Owner.CtfFields.back().FileRange.getBegin());
    Rewriter.insertLineBefore(Close, Indent + Added + "\n");
  }

  // A field recording a parameter whose type changed, with that old type,
  // takes the new one.
  for (const ProtoParameter &K : Want)
    for (const ProtoParameter &M : Have)
      if (K.Name == M.Name && !sameParameterType(K, M, Context))
        for (const CtfField &F : Owner.CtfFields)
          if (F.Source == M.Name && F.TypeFileRange.isValid() &&
              F.TypeText == M.TypeText)
            Rewriter.replace(F.TypeFileRange, K.TypeText);
  return true;
}

/// True when the rewriter can replace \p Def's TP_PROTO and TP_ARGS.
bool protoRewritable(const TracepointDefinition &Def,
                     const MirrorRewriter &Rewriter) {
  const DefinitionPart *Proto = Def.part(ArgRole::Proto);
  const DefinitionPart *Args = Def.part(ArgRole::Args);
  return Rewriter.valid() && Proto && Args &&
         Rewriter.covers(Proto->FileRange) && Rewriter.covers(Args->FileRange);
}

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
std::string quotedList(const std::vector<std::string> &Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += I + 1 == Names.size() ? " and " : ", ";
    Out += "'" + Names[I] + "'";
  }
  return Out;
}
} // namespace

/// How the instances of one LTTng class are fixed: the class and each
/// instance rewritten under the guard, every replacement carried by the
/// diagnostic of the instance it belongs to (the class's, and those of
/// instances that get no diagnostic, by the first diagnosed instance).
struct ClassPlan {
  /// Replacements, by the instance whose diagnostic carries them.
  std::map<const TracepointDefinition *, std::vector<FixItHint>> Fixes;
  /// Notes the first diagnosed instance carries: where, and what.
  const TracepointDefinition *First = nullptr;
  std::vector<std::pair<SourceLocation, std::string>> Notes;
  /// Why there is no fix-it, said at every diagnosed instance; empty when
  /// the class is fixed.
  std::string NoFix;
};

ProtoMismatchCheck::ProtoMismatchCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : TracepointModelCheck(Name, Context),
      VersionGuard(Options.get("VersionGuard", true)),
      ReportTypedefSpelling(Options.get("ReportTypedefSpelling", true)) {}

void ProtoMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "VersionGuard", VersionGuard);
  Options.store(Opts, "ReportTypedefSpelling", ReportTypedefSpelling);
}

void ProtoMismatchCheck::checkModel(const TracepointModel &Model,
                                    ASTContext &Context) {
  std::map<std::string, ClassPlan> ClassPlans;
  for (const TracepointDefinition &Mirror : Model.Definitions) {
    if (Mirror.side() != Side::Lttng || !Mirror.definesTracepoint() ||
        !Mirror.part(ArgRole::Proto))
      continue;
    // A mirror attaches to the kernel tracepoint named by its first
    // argument; a missing one is lttng-stale-mirror's business.
    if (const TracepointDefinition *Kernel =
            Model.findTracepoint(Side::Kernel, Mirror.Name))
      compare(Model, Mirror, *Kernel, Context, ClassPlans);
  }
}

std::string ProtoMismatchCheck::guardFor(const TracepointModel &Model) {
  return VersionGuard && Model.Version.known()
             ? versionAtLeast(guardVersion(Model))
             : std::string();
}

ClassPlan ProtoMismatchCheck::planClass(const TracepointModel &Model,
                                        StringRef ClassName,
                                        ASTContext &Context) {
  ClassPlan Plan;
  const SourceManager &SM = Context.getSourceManager();
  const LangOptions &LangOpts = Context.getLangOpts();
  const TracepointDefinition *Class = Model.findClass(Side::Lttng, ClassName);
  if (!Class || Class->shape() != DefinitionShape::Class) {
    Plan.NoFix = ("the mirror is an instance of class '" + ClassName +
                  "', which this unit does not define; no fix-it is offered")
                     .str();
    return Plan;
  }

  // Every instance of the class in the active branch, with the kernel
  // tracepoint it mirrors (none for a tracepoint the kernel lacks).
  struct Member {
    const TracepointDefinition *Mirror;
    const TracepointDefinition *Kernel;
  };
  std::vector<Member> Members;
  for (const TracepointDefinition *D : Model.definitions(Side::Lttng))
    if (D->shape() == DefinitionShape::Instance && D->Template == ClassName)
      Members.push_back({D, Model.findTracepoint(Side::Kernel, D->Name)});

  // The kernel's prototypes for them, as types: one class has one.
  std::vector<std::vector<const Member *>> Groups;
  for (const Member &M : Members) {
    if (!M.Kernel)
      continue;
    auto Group = llvm::find_if(Groups, [&](const auto &G) {
      return sameProto(G.front()->Kernel->Params, M.Kernel->Params, Context);
    });
    if (Group == Groups.end())
      Groups.push_back({&M});
    else
      Group->push_back(&M);
  }
  if (Groups.size() > 1) {
    std::vector<std::string> Parts;
    for (const auto &G : Groups) {
      std::vector<std::string> Names;
      Names.reserve(G.size());
      for (const Member *M : G)
        Names.push_back(M->Mirror->Name);
      bool Kept = sameProto(G.front()->Kernel->Params, Class->Params, Context);
      Parts.push_back(protoText(*G.front()->Kernel) +
                      (Kept ? ", the class's own," : "") + " for " +
                      quotedList(Names));
    }
    Plan.NoFix = ("the kernel gives the instances of class '" + ClassName +
                  "' different prototypes (" + llvm::join(Parts, "; ") +
                  "); one class cannot carry them all: split it by hand; no "
                  "fix-it is offered")
                     .str();
    return Plan;
  }
  if (Groups.empty())
    return Plan; // no instance is compared: nothing is diagnosed
  const TracepointDefinition &Target = *Groups.front().front()->Kernel;

  // Each kernel layout lends its fields' expressions to the class.
  std::string Unread =
      unreadDefinition({Class, &Target, Model.layoutOf(Target)});
  if (!Unread.empty()) {
    Plan.NoFix = Unread;
    return Plan;
  }
  MirrorRewriter ClassRewriter(*Class, Model, SM, LangOpts);
  if (!protoRewritable(*Class, ClassRewriter)) {
    Plan.NoFix = ("the mirror is an instance of class '" + ClassName +
                  "', which is not written directly in a header; no fix-it "
                  "is offered")
                     .str();
    return Plan;
  }
  std::vector<MirrorRewriter> InstanceRewriters;
  for (const Member &M : Members) {
    const TracepointDefinition &Kernel = M.Kernel ? *M.Kernel : Target;
    Unread = unreadDefinition({M.Mirror, &Kernel, Model.layoutOf(Kernel)});
    if (!Unread.empty()) {
      Plan.NoFix = Unread;
      return Plan;
    }
    InstanceRewriters.emplace_back(*M.Mirror, Model, SM, LangOpts);
    if (!protoRewritable(*M.Mirror, InstanceRewriters.back())) {
      Plan.NoFix = ("instance '" + M.Mirror->Name + "' of class '" +
                    ClassName +
                    "' is not written directly in a header; no fix-it is "
                    "offered")
                       .str();
      return Plan;
    }
    if (!Kernel.part(ArgRole::Proto) || !Kernel.part(ArgRole::Args)) {
      Plan.NoFix = "kernel tracepoint '" + Kernel.Name +
                   "' has no TP_ARGS to copy; no fix-it is offered";
      return Plan;
    }
  }

  // The class takes the kernel's prototype and loses or gains fields.
  ClassRewriter.replace(Class->part(ArgRole::Proto)->FileRange,
                        Target.part(ArgRole::Proto)->Text);
  ClassRewriter.replace(Class->part(ArgRole::Args)->FileRange,
                        Target.argsForMirror());
  std::vector<const TracepointDefinition *> Layouts;
  for (const Member *M : Groups.front()) {
    const TracepointDefinition *Layout = Model.layoutOf(*M->Kernel);
    if (!Layout) {
      // A kernel instance of a class the unit does not define: it does not
      // compile, and has no fields to lend.
      Plan.NoFix = "kernel tracepoint '" + M->Kernel->Name +
                   "' is an instance of '" + M->Kernel->Template +
                   "', which this unit does not define; no fix-it is offered";
      return Plan;
    }
    Layouts.push_back(Layout);
  }
  std::vector<std::string> FieldNotes;
  std::string Blocker;
  if (!editFields(ClassRewriter, Model, *Class, Class->Params, Target.Params,
                  Layouts, Context, FieldNotes, Blocker)) {
    Plan.NoFix = Blocker;
    return Plan;
  }

  // The class's rewrite goes with the first instance that is diagnosed.
  for (const Member &M : Members)
    if (M.Kernel && !sameProto(M.Kernel->Params, M.Mirror->Params, Context)) {
      Plan.First = M.Mirror;
      break;
    }
  if (!Plan.First)
    return Plan;
  std::string Guard = guardFor(Model);
  std::optional<FixItHint> ClassFix = ClassRewriter.fix(Guard);
  if (!ClassFix) {
    Plan.NoFix = "class '" + Class->Name + "' cannot be rewritten: " +
                 ClassRewriter.blockedReason(Guard);
    if (ClassRewriter.blockedReason(Guard).empty())
      Plan.NoFix = "class '" + Class->Name +
                   "' cannot be rewritten; no fix-it is offered";
    return Plan;
  }
  Plan.Fixes[Plan.First].push_back(*ClassFix);

  std::vector<std::string> Rewritten, Undefined;
  for (size_t I = 0; I < Members.size(); ++I) {
    const Member &M = Members[I];
    const TracepointDefinition &Kernel = M.Kernel ? *M.Kernel : Target;
    const DefinitionPart *Proto = M.Mirror->part(ArgRole::Proto);
    const DefinitionPart *Args = M.Mirror->part(ArgRole::Args);
    if (Proto->Text == Kernel.part(ArgRole::Proto)->Text &&
        Args->Text == Kernel.argsForMirror())
      continue; // already written as the kernel writes it
    MirrorRewriter &Rewriter = InstanceRewriters[I];
    Rewriter.replace(Proto->FileRange, Kernel.part(ArgRole::Proto)->Text);
    Rewriter.replace(Args->FileRange, Kernel.argsForMirror());
    std::optional<FixItHint> Fix = Rewriter.fix(Guard);
    if (!Fix) {
      Plan = ClassPlan();
      Plan.NoFix = Rewriter.blockedReason(Guard).empty()
                       ? "instance '" + M.Mirror->Name +
                             "' cannot be rewritten; no fix-it is offered"
                       : "instance '" + M.Mirror->Name +
                             "' cannot be rewritten: " +
                             Rewriter.blockedReason(Guard);
      return Plan;
    }
    // An instance that is not diagnosed (the kernel lacks it, or it
    // already matches) still follows its class: the first diagnostic
    // carries its rewrite.
    bool Diagnosed =
        M.Kernel && !sameProto(M.Kernel->Params, M.Mirror->Params, Context);
    Plan.Fixes[Diagnosed ? M.Mirror : Plan.First].push_back(*Fix);
    Rewritten.push_back(M.Mirror->Name);
    if (!M.Kernel)
      Undefined.push_back(M.Mirror->Name);
  }

  Plan.Notes.push_back(
      {Class->Loc, "the fix-it gives class '" + Class->Name + "'" +
                       (Rewritten.empty() ? std::string()
                        : Rewritten.size() == 1
                            ? " and its instance " + quotedList(Rewritten)
                            : " and its instances " + quotedList(Rewritten)) +
                       " the kernel's " + protoText(Target)});
  for (const std::string &Note : FieldNotes)
    Plan.Notes.push_back({Class->Loc, Note});
  if (!Undefined.empty())
    Plan.Notes.push_back(
        {Class->Loc, quotedList(Undefined) +
                         (Undefined.size() == 1
                              ? ", which the kernel does not define, takes"
                              : ", which the kernel does not define, take") +
                         " the class's new prototype too: an instance's "
                         "prototype is its class's"});
  return Plan;
}

void ProtoMismatchCheck::compare(const TracepointModel &Model,
                                 const TracepointDefinition &Mirror,
                                 const TracepointDefinition &Kernel,
                                 ASTContext &Context,
                                 std::map<std::string, ClassPlan> &ClassPlans) {
  const std::vector<ProtoParameter> &Want = Kernel.Params;
  const std::vector<ProtoParameter> &Have = Mirror.Params;
  if (sameProto(Want, Have, Context)) {
    // Identical on this ABI but spelled differently: worth knowing, since
    // the typedef may differ on another architecture.
    if (!ReportTypedefSpelling)
      return;
    auto Spelling = [&Context](const ProtoParameter &P) {
      return P.Type.Type.getUnqualifiedType().getAsString(
          Context.getPrintingPolicy());
    };
    for (size_t I = 0; I < Want.size(); ++I)
      if (Want[I].Type.Resolved && Have[I].Type.Resolved &&
          Spelling(Want[I]) != Spelling(Have[I]))
        diag(Mirror.Loc,
             "LTTng mirror of '%0' spells parameter %1 as '%2' where the "
             "kernel has '%3'; identical on this ABI",
             DiagnosticIDs::Remark)
            << Mirror.Name << static_cast<unsigned>(I + 1)
            << Spelling(Have[I]) << Spelling(Want[I]);
    return;
  }

  // What changed, parameter by parameter, by name.
  llvm::StringSet<> KernelNames, MirrorNames;
  for (const ProtoParameter &P : Want)
    KernelNames.insert(P.Name);
  for (const ProtoParameter &P : Have)
    MirrorNames.insert(P.Name);
  std::vector<std::string> Changes;
  for (const ProtoParameter &P : Want)
    if (!MirrorNames.count(P.Name))
      Changes.push_back("'" + declaration(P) + "' added");
  for (const ProtoParameter &P : Have)
    if (!KernelNames.count(P.Name))
      Changes.push_back("'" + declaration(P) + "' removed");
  for (const ProtoParameter &K : Want)
    for (const ProtoParameter &M : Have)
      if (K.Name == M.Name && !sameParameterType(K, M, Context))
        Changes.push_back("'" + K.Name + "' changed from '" + M.TypeText +
                          "' to '" + K.TypeText + "'");
  // Same names, other order or types: say which positions differ.
  if (Changes.empty())
    for (size_t I = 0; I < Want.size() && I < Have.size(); ++I)
      if (!sameParameterType(Want[I], Have[I], Context) || Want[I].Name != Have[I].Name)
        Changes.push_back("parameter " + std::to_string(I + 1) + " is '" +
                          declaration(Have[I]) + "' in the mirror, '" +
                          declaration(Want[I]) + "' in the kernel");
  std::string Summary = llvm::join(Changes, ", ");

  std::vector<FixItHint> Fixes;
  std::vector<std::pair<SourceLocation, std::string>> Notes;
  std::string NoFix;
  if (Mirror.shape() == DefinitionShape::Instance &&
      Mirror.WrapperMacro.empty()) {
    auto Plan = ClassPlans.find(Mirror.Template);
    if (Plan == ClassPlans.end())
      Plan = ClassPlans
                 .emplace(Mirror.Template,
                          planClass(Model, Mirror.Template, Context))
                 .first;
    NoFix = Plan->second.NoFix;
    if (NoFix.empty()) {
      auto Own = Plan->second.Fixes.find(&Mirror);
      if (Own != Plan->second.Fixes.end())
        Fixes = Own->second;
      if (Plan->second.First == &Mirror)
        Notes = Plan->second.Notes;
    }
  } else {
    MirrorRewriter Rewriter(Mirror, Model, Context.getSourceManager(),
                            Context.getLangOpts());
    std::string Unread =
        unreadDefinition({&Mirror, &Kernel, Model.layoutOf(Kernel)});
    bool CanFix = Unread.empty() && Mirror.shape() == DefinitionShape::Event &&
                  protoRewritable(Mirror, Rewriter) && Kernel.part(ArgRole::Args);
    if (CanFix) {
      Rewriter.replace(Mirror.part(ArgRole::Proto)->FileRange,
                       Kernel.part(ArgRole::Proto)->Text);
      Rewriter.replace(Mirror.part(ArgRole::Args)->FileRange,
                       Kernel.argsForMirror());
      std::vector<std::string> FieldNotes;
      const TracepointDefinition *Layout = Model.layoutOf(Kernel);
      std::vector<const TracepointDefinition *> Layouts;
      if (Layout)
        Layouts.push_back(Layout);
      CanFix = editFields(Rewriter, Model, Mirror, Have, Want, Layouts, Context,
                          FieldNotes, NoFix);
      std::optional<FixItHint> Fix;
      std::string Guard = guardFor(Model);
      if (CanFix)
        Fix = Rewriter.fix(Guard);
      if (Fix) {
        Fixes.push_back(*Fix);
        for (const std::string &Note : FieldNotes)
          Notes.push_back({Mirror.Loc, Note});
      } else if (CanFix) {
        NoFix = Rewriter.blockedReason(Guard);
      }
    } else {
      NoFix = !Unread.empty()
                  ? Unread
                  : "the mirror is not written directly in a header; no "
                    "fix-it is offered";
    }
  }

  {
    auto Diag = diag(Mirror.Loc, "LTTng mirror of '%0' does not match the "
                                 "kernel's prototype (%1): the mirror has "
                                 "%2, the kernel %3")
                << Mirror.Name << Summary << protoText(Mirror)
                << protoText(Kernel);
    for (const FixItHint &Fix : Fixes)
      Diag << Fix;
  }
  diag(Kernel.Loc, "kernel tracepoint '%0' is defined here",
       DiagnosticIDs::Note)
      << Kernel.Name;
  for (const auto &[Loc, Note] : Notes)
    diag(Loc, "%0", DiagnosticIDs::Note) << Note;
  if (!NoFix.empty())
    diag(Mirror.Loc, "%0", DiagnosticIDs::Note) << NoFix;
}

} // namespace clang::tidy::lttng
