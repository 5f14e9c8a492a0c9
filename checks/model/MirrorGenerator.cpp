//===--- MirrorGenerator.cpp - LTTng adaptation code from kernel events ---===//

#include "model/MirrorGenerator.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/ADT/StringExtras.h"

namespace lttng_tidy {

namespace {
/// The kernel's statement that fills field \p Field, or null.
const AssignStatement *assignmentOf(const TracepointDefinition &Layout,
                                    llvm::StringRef Field) {
  for (const AssignStatement &A : Layout.Assigns)
    if (A.Field == Field && A.Kind != AssignKind::Other)
      return &A;
  return nullptr;
}

std::string integerField(const EntryField &F, llvm::StringRef Source) {
  // Pointers are addresses: LTTng records them in hexadecimal.
  bool Pointer = F.Type.Resolved ? F.Type.IsPointer
                                 : llvm::StringRef(F.TypeText).ends_with("*");
  return (Pointer ? "ctf_integer_hex(" : "ctf_integer(") + F.TypeText + ", " +
         F.Name + ", " + Source.str() + ")";
}

/// The first name in \p Expression that the mirror cannot see, or empty.
std::string unknownName(llvm::StringRef Expression,
                        const TracepointDefinition &Layout,
                        const DeclaredName &IsDeclared) {
  // Parameters, constants and macros by kernel convention (upper case),
  // keywords, and `current`; anything else must be visible to a module.
  llvm::StringSet<> Names = variablesOf(Expression);
  std::vector<llvm::StringRef> Sorted(Names.keys().begin(), Names.keys().end());
  llvm::sort(Sorted); // the same note from every unit
  for (llvm::StringRef Name : Sorted) {
    if (llvm::any_of(Layout.Params,
                     [&](const ProtoParameter &P) { return P.Name == Name; }) ||
        Name.upper() == Name ||
        llvm::is_contained({"sizeof", "current", "true", "false", "struct",
                            "const", "unsigned", "long", "int", "char",
                            "void", "short", "signed"},
                           Name) ||
        (IsDeclared && IsDeclared(Name)))
      continue;
    return Name.str();
  }
  return {};
}

/// One TP_FIELDS entry for kernel field \p F, or empty with a note.
std::string ctfFor(const TracepointDefinition &Layout, const EntryField &F,
                   const DeclaredName &IsDeclared,
                   std::vector<std::string> &Notes) {
  const AssignStatement *A = assignmentOf(Layout, F.Name);
  auto Note = [&](const std::string &Why) {
    Notes.push_back("field '" + F.Name + "' of '" + Layout.Name + "': " + Why);
    return std::string();
  };
  std::string Source = A ? A->Value : F.Source;
  if (F.Macro->Kind == FieldMacroKind::String ||
      F.Macro->Kind == FieldMacroKind::StringLen)
    Source = F.Source;
  std::string Unknown = unknownName(Source, Layout, IsDeclared);
  if (!Unknown.empty())
    return Note("its source reads '" + Unknown +
                "', which the mirror cannot see (a local of TP_fast_assign, "
                "or a helper of the kernel's own build)");
  switch (F.Macro->Kind) {
  case FieldMacroKind::Field:
    if (F.Type.Resolved && F.Type.IsRecord)
      return Note("a struct value has no ctf_* form");
    if (!A || A->Kind != AssignKind::Store)
      return Note("not stored as a plain value by TP_fast_assign");
    return integerField(F, A->Value);
  case FieldMacroKind::FieldStruct:
    return Note("a struct value has no ctf_* form");
  case FieldMacroKind::Array: {
    if (!A || A->Kind != AssignKind::Copy)
      return Note("not filled by a plain copy in TP_fast_assign");
    bool Text = llvm::StringRef(F.TypeText) == "char";
    return (Text ? "ctf_array_text(" : "ctf_array(") + F.TypeText + ", " +
           F.Name + ", " + A->Value + ", " + F.Length + ")";
  }
  case FieldMacroKind::String:
    // __assign_str copies the __string's own source.
    return "ctf_string(" + F.Name + ", " + F.Source + ")";
  case FieldMacroKind::StringLen:
    return "ctf_sequence_text(char, " + F.Name + ", " + F.Source +
           ", size_t, " + F.Length + ")";
  case FieldMacroKind::DynamicArray:
    if (!A || A->Kind != AssignKind::Copy)
      return Note("not filled by a plain copy in TP_fast_assign");
    return "ctf_sequence(" + F.TypeText + ", " + F.Name + ", " + A->Value +
           ", size_t, " + F.Length + ")";
  case FieldMacroKind::Cpumask:
  case FieldMacroKind::Bitmask:
  case FieldMacroKind::VString:
  case FieldMacroKind::Sockaddr:
    return Note("'" + F.MacroName + "' has no LTTng form the generator emits");
  }
  return Note("unknown field kind");
}

std::string protoBlock(const TracepointDefinition &Def) {
  const DefinitionPart *Proto = Def.part(ArgRole::Proto);
  const DefinitionPart *Args = Def.part(ArgRole::Args);
  return "\tTP_PROTO(" + (Proto ? Proto->Text : std::string("void")) +
         "),\n\n\tTP_ARGS(" + (Args ? Args->Text : std::string()) + "),\n\n";
}

bool hasPrefix(llvm::StringRef System, llvm::StringRef Name) {
  return Name.starts_with((System + "_").str());
}
} // namespace

namespace {
/// Whether a module may call \p FD: exported, a builtin, or an inline whose
/// own calls are all allowed (an inline's body is compiled into the module).
bool callable(const clang::FunctionDecl *FD, const llvm::StringSet<> *Exported,
              llvm::DenseMap<const clang::FunctionDecl *, bool> &Known,
              unsigned Depth);

class CalleeCheck : public clang::RecursiveASTVisitor<CalleeCheck> {
public:
  CalleeCheck(const llvm::StringSet<> *Exported,
              llvm::DenseMap<const clang::FunctionDecl *, bool> &Known,
              unsigned Depth)
      : Exported(Exported), Known(Known), Depth(Depth) {}
  bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
    if (const auto *Callee = llvm::dyn_cast<clang::FunctionDecl>(E->getDecl()))
      if (!callable(Callee, Exported, Known, Depth + 1)) {
        Ok = false;
        return false;
      }
    return true;
  }
  bool Ok = true;

private:
  const llvm::StringSet<> *Exported;
  llvm::DenseMap<const clang::FunctionDecl *, bool> &Known;
  unsigned Depth;
};

bool callable(const clang::FunctionDecl *FD, const llvm::StringSet<> *Exported,
              llvm::DenseMap<const clang::FunctionDecl *, bool> &Known,
              unsigned Depth) {
  if (FD->getBuiltinID() || FD->getName().starts_with("__builtin"))
    return true;
  if (Exported && FD->getIdentifier() && Exported->count(FD->getName()))
    return true;
  const clang::FunctionDecl *Def = FD->getDefinition();
  if (!Def || !Def->isInlined() || Depth > 6)
    return false;
  auto It = Known.find(Def);
  if (It != Known.end())
    return It->second;
  Known[Def] = true; // recursion: assume yes until shown otherwise
  CalleeCheck Check(Exported, Known, Depth);
  Check.TraverseStmt(Def->getBody());
  Known[Def] = Check.Ok;
  return Check.Ok;
}
} // namespace

std::shared_ptr<llvm::StringSet<>> readExportedSymbols(clang::ASTContext &Context) {
  llvm::vfs::FileSystem &FS =
      Context.getSourceManager().getFileManager().getVirtualFileSystem();
  llvm::ErrorOr<std::string> Dir = FS.getCurrentWorkingDirectory();
  if (!Dir)
    return nullptr;
  auto Buffer = FS.getBufferForFile(*Dir + "/Module.symvers");
  if (!Buffer)
    return nullptr;
  auto Symbols = std::make_shared<llvm::StringSet<>>();
  llvm::SmallVector<llvm::StringRef> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    // crc <tab> symbol <tab> module <tab> export type <tab> namespace
    llvm::SmallVector<llvm::StringRef> Columns;
    Line.split(Columns, '\t');
    if (Columns.size() >= 2)
      Symbols->insert(Columns[1]);
  }
  return Symbols;
}

DeclaredName moduleVisibleNames(clang::ASTContext &Context,
                                std::shared_ptr<llvm::StringSet<>> Exported) {
  auto Known =
      std::make_shared<llvm::DenseMap<const clang::FunctionDecl *, bool>>();
  // "inode" also names a struct, which is no value at all.
  return [&Context, Exported, Known](llvm::StringRef Name) {
    return llvm::any_of(
        Context.getTranslationUnitDecl()->lookup(&Context.Idents.get(Name)),
        [&](const clang::NamedDecl *D) {
          if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
            return callable(FD, Exported.get(), *Known, 0);
          if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
            return VD->hasInit() ||
                   (Exported && Exported->count(VD->getName()) > 0);
          return llvm::isa<clang::EnumConstantDecl>(D);
        });
  };
}

GeneratedMirror generateMirror(const TracepointModel &Model,
                               const TracepointDefinition &Def,
                               llvm::StringRef System,
                               const DeclaredName &IsDeclared) {
  GeneratedMirror Out;
  if (Def.side() != Side::Kernel)
    return Out;
  if (Def.shape() == DefinitionShape::Trace) {
    Out.Notes.push_back("'" + Def.Name + "' is a bare DECLARE_TRACE "
                        "tracepoint: it has no event layout to record");
    return Out;
  }
  std::string Map = hasPrefix(System, Def.Name)
                        ? std::string()
                        : (System + "_" + Def.Name).str();

  if (Def.shape() == DefinitionShape::Instance) {
    Out.Code = Map.empty() ? "LTTNG_TRACEPOINT_EVENT_INSTANCE(" + Def.Template +
                                 ", " + Def.Name + ",\n\n"
                           : "LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP(" +
                                 Def.Template + ", " + Def.Name + ",\n\n\t" +
                                 Map + ",\n\n";
    std::string Block = protoBlock(Def);
    // An instance ends with TP_ARGS: no trailing comma.
    Block = Block.substr(0, Block.rfind(",\n\n")) + "\n";
    Out.Code += Block + ")\n";
    return Out;
  }

  // An event or a class: the layout is its own.
  std::vector<std::string> Fields;
  for (const EntryField &F : Def.Fields) {
    std::string Ctf = ctfFor(Def, F, IsDeclared, Out.Notes);
    if (!Ctf.empty())
      Fields.push_back(Ctf);
  }
  if (!Def.hasPlainAssign())
    Out.Notes.push_back("TP_fast_assign of '" + Def.Name +
                        "' is more than plain stores: only the fields it "
                        "stores plainly are recorded");

  bool Class = Def.shape() == DefinitionShape::Class;
  if (Class)
    Out.Code = "LTTNG_TRACEPOINT_EVENT_CLASS(" + Def.Name + ",\n\n";
  else if (Map.empty())
    Out.Code = "LTTNG_TRACEPOINT_EVENT(" + Def.Name + ",\n\n";
  else
    Out.Code = "LTTNG_TRACEPOINT_EVENT_MAP(" + Def.Name + ",\n\n\t" + Map +
               ",\n\n";
  Out.Code += protoBlock(Def);
  Out.Code += "\tTP_FIELDS(\n";
  for (const std::string &F : Fields)
    Out.Code += "\t\t" + F + "\n";
  Out.Code += "\t)\n)\n";
  (void)Model;
  return Out;
}

} // namespace lttng_tidy
