//===--- ProtoMismatchCheck.cpp - lttng-proto-mismatch --------------------===//

#include "ProtoMismatchCheck.h"
#include "MirrorRewriter.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/StringSet.h"

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

/// Same type in this translation unit. Unresolved types compare as text.
bool sameType(const ProtoParameter &A, const ProtoParameter &B,
              ASTContext &Context) {
  // Top-level qualifiers of a parameter are not part of the prototype.
  if (A.Type.Resolved && B.Type.Resolved)
    return Context.hasSameUnqualifiedType(A.Type.Type, B.Type.Type);
  auto Squeeze = [](llvm::StringRef S) {
    std::string Out;
    for (char C : S)
      if (C != ' ')
        Out += C;
    return Out;
  };
  return Squeeze(A.TypeText) == Squeeze(B.TypeText);
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
} // namespace

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
  for (const TracepointDefinition &Mirror : Model.Definitions) {
    if (Mirror.side() != Side::Lttng || !Mirror.definesTracepoint() ||
        !Mirror.part(ArgRole::Proto))
      continue;
    // A mirror attaches to the kernel tracepoint named by its first
    // argument; a missing one is lttng-stale-mirror's business.
    if (const TracepointDefinition *Kernel =
            Model.findTracepoint(Side::Kernel, Mirror.Name))
      compare(Model, Mirror, *Kernel, Context);
  }
}

void ProtoMismatchCheck::compare(const TracepointModel &Model,
                                 const TracepointDefinition &Mirror,
                                 const TracepointDefinition &Kernel,
                                 ASTContext &Context) {
  const std::vector<ProtoParameter> &Want = Kernel.Params;
  const std::vector<ProtoParameter> &Have = Mirror.Params;
  bool Differs = Want.size() != Have.size();
  for (size_t I = 0; !Differs && I < Want.size(); ++I)
    Differs = !sameType(Want[I], Have[I], Context);

  if (!Differs) {
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
      if (K.Name == M.Name && !sameType(K, M, Context))
        Changes.push_back("'" + K.Name + "' changed from '" + M.TypeText +
                          "' to '" + K.TypeText + "'");
  // Same names, other order or types: say which positions differ.
  if (Changes.empty())
    for (size_t I = 0; I < Want.size() && I < Have.size(); ++I)
      if (!sameType(Want[I], Have[I], Context) || Want[I].Name != Have[I].Name)
        Changes.push_back("parameter " + std::to_string(I + 1) + " is '" +
                          declaration(Have[I]) + "' in the mirror, '" +
                          declaration(Want[I]) + "' in the kernel");
  std::string Summary = llvm::join(Changes, ", ");

  MirrorRewriter Rewriter(Mirror, Context.getSourceManager(),
                          Context.getLangOpts());
  bool CanFix = Mirror.shape() == DefinitionShape::Event && Rewriter.valid() &&
                Mirror.part(ArgRole::Proto)->FileRange.isValid() &&
                Mirror.part(ArgRole::Args) &&
                Mirror.part(ArgRole::Args)->FileRange.isValid() &&
                Kernel.part(ArgRole::Args);
  std::vector<std::string> FieldNotes;
  if (CanFix) {
    Rewriter.replace(Mirror.part(ArgRole::Proto)->FileRange,
                     Kernel.part(ArgRole::Proto)->Text);
    Rewriter.replace(Mirror.part(ArgRole::Args)->FileRange,
                     Kernel.part(ArgRole::Args)->Text);
    // Fields that read a parameter the kernel no longer passes go away.
    for (const CtfField &F : Mirror.CtfFields) {
      llvm::StringSet<> Uses = variablesOf(F.Source);
      for (const ProtoParameter &P : Have)
        if (!KernelNames.count(P.Name) && Uses.count(P.Name) &&
            F.FileRange.isValid()) {
          Rewriter.removeLines(F.FileRange);
          FieldNotes.push_back("field '" + F.Name + "' read the removed '" +
                               P.Name + "'");
          break;
        }
    }
    // A parameter the kernel added is recorded the way the kernel's own
    // event records it, when it stores it as is.
    const TracepointDefinition *Layout = Model.layoutOf(Kernel);
    const DefinitionPart *Fields = Mirror.part(ArgRole::Fields);
    for (const ProtoParameter &P : Want) {
      if (MirrorNames.count(P.Name) || !Layout || !Fields ||
          Fields->ArgumentFileRange.isInvalid())
        continue;
      std::string Added;
      for (const AssignStatement &A : Layout->Assigns) {
        if (A.Kind != AssignKind::Store || A.Value != P.Name)
          continue;
        for (const EntryField &E : Layout->Fields)
          if (E.Name == A.Field && !E.TypeText.empty())
            Added = ctfFieldFor(E.Type, E.TypeText, E.Name, P.Name);
      }
      if (Added.empty()) {
        FieldNotes.push_back("no field records the new '" + P.Name + "'");
        continue;
      }
      SourceLocation Close = Fields->ArgumentFileRange.getEnd();
      std::string Indent = Mirror.CtfFields.empty()
                               ? "\t\t"
                               : Rewriter.indentationOf(
                                     Mirror.CtfFields.back().FileRange.getBegin());
      Rewriter.insertLineBefore(Close, Indent + Added + "\n");
    }
    // A field recording a parameter whose type changed, with that old type,
    // takes the new one.
    for (const ProtoParameter &K : Want)
      for (const ProtoParameter &M : Have)
        if (K.Name == M.Name && !sameType(K, M, Context))
          for (const CtfField &F : Mirror.CtfFields)
            if (F.Source == M.Name && F.TypeFileRange.isValid() &&
                F.TypeText == M.TypeText)
              Rewriter.replace(F.TypeFileRange, K.TypeText);
  }

  {
    auto Diag = diag(Mirror.Loc, "LTTng mirror of '%0' does not match the "
                                 "kernel's prototype (%1): the mirror has "
                                 "%2, the kernel %3")
                << Mirror.Name << Summary << protoText(Mirror)
                << protoText(Kernel);
    if (CanFix) {
      std::string Guard = VersionGuard && Model.Version.known()
                              ? versionAtLeast(guardVersion(Model))
                              : std::string();
      if (std::optional<FixItHint> Fix = Rewriter.fix(Guard))
        Diag << *Fix;
    }
  }
  diag(Kernel.Loc, "kernel tracepoint '%0' is defined here",
       DiagnosticIDs::Note)
      << Kernel.Name;
  for (const std::string &Note : FieldNotes)
    diag(Mirror.Loc, "%0", DiagnosticIDs::Note) << Note;
  if (!CanFix)
    diag(Mirror.Loc,
         Mirror.shape() == DefinitionShape::Instance
             ? "the mirror is an instance of class '%0', whose other "
               "instances share its prototype; no fix-it is offered"
             : "the mirror is not written directly in a header; no fix-it "
               "is offered",
         DiagnosticIDs::Note)
        << Mirror.Template;
}

} // namespace clang::tidy::lttng
