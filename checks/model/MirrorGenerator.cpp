//===--- MirrorGenerator.cpp - LTTng adaptation code from kernel events ---===//

#include "model/MirrorGenerator.h"
#include "model/FunctionBodies.h"
#include "model/KernelCounterpart.h"
#include "model/MacroArgumentParser.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <set>

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

/// Words of C (and of GCC) that name no object.
bool isKeyword(llvm::StringRef Name) {
  static const llvm::StringSet<> Words = {
      "sizeof",   "typeof",   "__typeof__", "__typeof", "_Alignof",
      "__alignof__", "current", "true",    "false",    "struct",
      "union",    "enum",     "const",      "volatile", "unsigned",
      "signed",   "long",     "int",        "char",     "void",
      "short",    "bool",     "_Bool",      "float",    "double",
      "if",       "else",     "for",        "while",    "do",
      "switch",   "case",     "default",    "break",    "continue",
      "static",   "register", "__extension__", "__attribute__", "__volatile__",
      "__const",  "__signed__", "_Static_assert"};
  return Words.count(Name) > 0;
}

/// What the mirror sees besides the prototype's parameters.
struct Sight {
  const DeclaredName &IsDeclared;
  /// Macros a probe does not see (TracepointModel::UnseenMacros) that were
  /// left unexpanded, each with the note that says why.
  llvm::StringMap<std::string> Refused;
};

/// Whether \p Name is visible where the mirror is compiled: a parameter,
/// a keyword, a compiler builtin, or a name IsDeclared knows (a header's
/// macro or constant: an upper-case name is no proof that the probe sees
/// it, a private header's constant is not seen).
bool isVisible(llvm::StringRef Name, const TracepointDefinition &Layout,
               const Sight &See) {
  if (See.Refused.count(Name))
    return false;
  return llvm::any_of(Layout.Params,
                      [&](const ProtoParameter &P) { return P.Name == Name; }) ||
         isKeyword(Name) ||
         Name.starts_with("__builtin_") ||
         (See.IsDeclared && See.IsDeclared(Name));
}

/// The first name in \p Expression that the mirror cannot see, or empty.
std::string unknownName(llvm::StringRef Expression,
                        const TracepointDefinition &Layout, const Sight &See) {
  llvm::StringSet<> Names = variablesOf(Expression);
  std::vector<llvm::StringRef> Sorted(Names.keys().begin(), Names.keys().end());
  llvm::sort(Sorted); // the same note from every unit
  for (llvm::StringRef Name : Sorted)
    if (!isVisible(Name, Layout, See))
      return Name.str();
  return {};
}

/// Why the mirror cannot compile \p Expression, or empty: a name it
/// cannot see, or a structure it only knows by declaration.
std::string unusableSource(llvm::StringRef Expression,
                           const TracepointDefinition &Layout, const Sight &See);

/// Why a field's source that reads \p Unknown cannot be recorded.
std::string unseenSource(const std::string &Unknown, const Sight &See) {
  auto It = See.Refused.find(Unknown);
  if (It != See.Refused.end())
    return "its source uses the macro " + It->second;
  return "its source reads '" + Unknown +
         "', which the mirror cannot see (a local of TP_fast_assign, "
         "or a helper of the kernel's own build)";
}

std::string unusableSource(llvm::StringRef Expression,
                           const TracepointDefinition &Layout, const Sight &See) {
  std::string Unknown = unknownName(Expression, Layout, See);
  if (!Unknown.empty())
    return unseenSource(Unknown, See);
  AccessProblem Problem = memberAccessProblem(Expression, Layout.Params);
  if (Problem.Undefined)
    return "its source reads '" + Problem.Type +
           "', which is not defined where the probe reads the mirror (the "
           "kernel's build reads a private header for it)";
  if (Problem.found())
    return "its source '" + Expression.str() +
           "' does not compile with the event's prototype: " + Problem.Reason;
  return {};
}

/// Why the mirror cannot write kernel field \p F's type, or empty: clang
/// rejected the kernel's own declaration of the field, or the model could
/// not resolve the type and it names what the mirror cannot see (a tag
/// after struct, union or enum declares itself).
std::string unusableType(const EntryField &F, const Sight &See) {
  if (F.TypeRejected)
    return "its type '" + F.TypeText +
           "' is not declared in this unit (clang rejected the kernel's own "
           "field)";
  if (F.Type.Resolved && F.Type.IsIncomplete)
    return "its type '" + F.TypeText +
           "' is declared but never defined in this unit";
  if (F.Type.Resolved || !See.IsDeclared)
    return {};
  TokenList Tokens = lexCode(F.TypeText);
  bool Pointer = llvm::StringRef(F.TypeText).contains('*');
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const SpelledToken &T = Tokens[I];
    bool Tag = I > 0 && llvm::is_contained({"struct", "union", "enum"},
                                           Tokens[I - 1].Spelling);
    // Unresolved, a tagged type is not defined here; only a pointer to it
    // is a value.
    if (Tag && !Pointer)
      return "its type '" + F.TypeText + "' is not defined in this unit";
    if (T.Kind != clang::tok::identifier || Tag || isKeyword(T.Spelling) ||
        See.IsDeclared(T.Spelling))
      continue;
    return T.Spelling == llvm::StringRef(F.TypeText).trim()
               ? "its type '" + F.TypeText + "' is not declared in this unit"
               : "its type '" + F.TypeText + "' names '" + T.Spelling +
                     "', which is not declared in this unit";
  }
  return {};
}

/// A __bitmask or __cpumask as LTTng records it: the mask's unsigned longs
/// as a bitfield, the length in longs (a constant length gives an array).
std::string bitmaskField(const EntryField &F, const AssignStatement *A,
                         const TracepointDefinition &Layout, const Sight &See,
                         const std::function<std::string(const std::string &)> &Note) {
  bool Cpumask = F.Macro->Kind == FieldMacroKind::Cpumask;
  if (!A || A->Kind != AssignKind::HelperAssign || A->Value.empty())
    return Note("'" + F.MacroName + "' not filled by its __assign_ helper");
  // A cpumask holds nr_cpumask_bits bits, as the kernel sizes it.
  std::string Bits = Cpumask ? std::string("nr_cpumask_bits") : F.Length;
  std::string Why = unusableSource(A->Value + " " + Bits, Layout, See);
  if (!Why.empty())
    return Note(Why);
  std::string Longs = "BITS_TO_LONGS(" + Bits + ")";
  if (!Cpumask && F.LengthValue)
    return "ctf_array_bitfield(unsigned long, " + F.Name + ", " + A->Value +
           ", " + Longs + ")";
  return "ctf_sequence_bitfield(unsigned long, " + F.Name + ", " + A->Value +
         ", unsigned int, " + Longs + ")";
}

/// One TP_FIELDS entry for kernel field \p F, or empty with a note.
std::string ctfFor(const TracepointDefinition &Layout, const EntryField &F,
                   const Sight &See, std::vector<std::string> &Notes) {
  const AssignStatement *A = assignmentOf(Layout, F.Name);
  auto Note = [&](const std::string &Why) {
    Notes.push_back("field '" + F.Name + "' of '" + Layout.Name + "': " + Why);
    return std::string();
  };
  if (F.Macro->Kind == FieldMacroKind::Cpumask ||
      F.Macro->Kind == FieldMacroKind::Bitmask)
    return bitmaskField(F, A, Layout, See, Note);
  if (F.Macro->Kind != FieldMacroKind::String &&
      F.Macro->Kind != FieldMacroKind::StringLen) {
    std::string Why = unusableType(F, See);
    if (!Why.empty())
      return Note(Why);
  }
  std::string Source = A ? A->Value : F.Source;
  if (F.Macro->Kind == FieldMacroKind::String ||
      F.Macro->Kind == FieldMacroKind::StringLen)
    Source = F.Source;
  std::string Why = unusableSource(Source, Layout, See);
  if (!Why.empty())
    return Note(Why);
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
    break; // above
  case FieldMacroKind::VString:
  case FieldMacroKind::Sockaddr:
    return Note("'" + F.MacroName + "' has no LTTng form the generator emits");
  }
  return Note("unknown field kind");
}

std::string protoBlock(const TracepointDefinition &Def) {
  const DefinitionPart *Proto = Def.part(ArgRole::Proto);
  return "\tTP_PROTO(" + (Proto ? Proto->Text : std::string("void")) +
         "),\n\n\tTP_ARGS(" + Def.argsForMirror() + "),\n\n";
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
  // __compiletime_error/warning functions (fortify's __write_overflow,
  // ...) are never called at run time: a call that remains fails to build.
  if (FD->hasAttr<clang::ErrorAttr>())
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
  bool Ok = true;
  if (const std::vector<const clang::IdentifierInfo *> *Names =
          FunctionBodySkipper::namesInSkippedBody(*Def)) {
    // A body the parse skipped: the functions its names name, as the
    // references of the parsed body would.
    clang::ASTContext &Context = Def->getASTContext();
    for (const clang::IdentifierInfo *Name : *Names) {
      for (const clang::NamedDecl *D :
           Context.getTranslationUnitDecl()->lookup(Name))
        if (const auto *Callee = llvm::dyn_cast<clang::FunctionDecl>(D))
          Ok = Ok && callable(Callee, Exported, Known, Depth + 1);
      if (!Ok)
        break;
    }
  } else {
    CalleeCheck Check(Exported, Known, Depth);
    Check.TraverseStmt(Def->getBody());
    Ok = Check.Ok;
  }
  Known[Def] = Ok;
  return Ok;
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
                                const std::shared_ptr<llvm::StringSet<>> &Exported,
                                const llvm::StringMap<std::string> *HeaderMacros) {
  auto Known =
      std::make_shared<llvm::DenseMap<const clang::FunctionDecl *, bool>>();
  auto KnownMacros = std::make_shared<llvm::StringMap<bool>>();
  // A declared value a module can use; "inode" also names a struct, which
  // is no value at all.
  auto Declared = [&Context, Exported, Known](llvm::StringRef Name,
                                              bool *Linkable) {
    bool Any = false;
    for (const clang::NamedDecl *D :
         Context.getTranslationUnitDecl()->lookup(&Context.Idents.get(Name))) {
      bool Ok = false;
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
        Ok = callable(FD, Exported.get(), *Known, 0);
      else if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
        Ok = VD->hasInit() || (Exported && Exported->count(VD->getName()) > 0);
      else if (llvm::isa<clang::EnumConstantDecl>(D) ||
               llvm::isa<clang::TypedefNameDecl>(D))
        Ok = true; // a typedef names a type (a cast, a sizeof)
      else
        continue;
      if (Ok)
        return true;
      Any = true;
    }
    if (Linkable)
      *Linkable = !Any;
    return false;
  };
  // A header macro is usable when no name its body uses, through other
  // macros, is a function or variable the module cannot link
  // (get_pageblock_migratetype() calls the unexported
  // get_pfnblock_flags_mask()). Other names (members, types) link nothing.
  auto Macro = std::make_shared<std::function<bool(llvm::StringRef, unsigned)>>();
  *Macro = [HeaderMacros, KnownMacros, Declared,
            Weak = std::weak_ptr<std::function<bool(llvm::StringRef, unsigned)>>(Macro)](
               llvm::StringRef Name, unsigned Depth) {
    auto It = KnownMacros->find(Name);
    if (It != KnownMacros->end())
      return It->second;
    (*KnownMacros)[Name] = true; // recursion: assume yes until shown otherwise
    bool Ok = Depth < 8;
    llvm::SmallVector<llvm::StringRef> Uses;
    llvm::StringRef(HeaderMacros->find(Name)->second).split(Uses, ' ', -1, false);
    for (llvm::StringRef Use : Uses) {
      if (!Ok)
        break;
      if (isConstantName(Use) && HeaderMacros->count(Use))
        continue; // a header's constant
      if (HeaderMacros->count(Use)) {
        if (auto Self = Weak.lock())
          Ok = (*Self)(Use, Depth + 1);
        continue;
      }
      bool Linkable = true;
      if (!Declared(Use, &Linkable) && !Linkable)
        Ok = false;
    }
    (*KnownMacros)[Name] = Ok;
    return Ok;
  };
  return [HeaderMacros, Declared, Macro](llvm::StringRef Name) {
    if (HeaderMacros && HeaderMacros->count(Name))
      return isConstantName(Name) || (*Macro)(Name, 0);
    return Declared(Name, nullptr);
  };
}

namespace {
using clang::tok::TokenKind;
namespace tok = clang::tok;

bool isIdent(const SpelledToken &T, llvm::StringRef S) {
  return T.Kind == tok::identifier && T.Spelling == S;
}

/// Words that start a statement without declaring anything.
bool isStatementWord(llvm::StringRef S) {
  return llvm::is_contained({"return", "else", "goto", "case", "do", "if",
                             "for", "while", "switch", "sizeof", "typeof",
                             "break", "continue", "default"},
                            S);
}

/// The locals TP_fast_assign declares, and which tokens spell a type in a
/// declaration (a typedef name there is no value to look up). A
/// declaration starts a statement with type words, a tag, or a name
/// followed by a declarator ("u32 x", "foo_t *p = ...").
void scanDeclarations(llvm::ArrayRef<SpelledToken> T, llvm::StringSet<> &Locals,
                      std::vector<bool> &TypeToken) {
  TypeToken.assign(T.size(), false);
  for (size_t I = 0; I < T.size(); ++I) {
    bool Start = I == 0 || T[I - 1].Kind == tok::semi ||
                 T[I - 1].Kind == tok::l_brace ||
                 T[I - 1].Kind == tok::r_brace ||
                 (T[I - 1].Kind == tok::l_paren && I >= 2 &&
                  isIdent(T[I - 2], "for"));
    if (!Start || T[I].Kind != tok::identifier ||
        isStatementWord(T[I].Spelling))
      continue;
    // The declarator name: the first name that a '=', ';', ',' or '['
    // follows, with only names, tags and '*' before it.
    size_t K = I;
    while (K + 1 < T.size() &&
           (T[K].Kind == tok::identifier || T[K].Kind == tok::star) &&
           !llvm::is_contained({tok::equal, tok::semi, tok::comma, tok::l_square},
                               T[K + 1].Kind))
      ++K;
    // The model keeps a statement without its ';': the end terminates too.
    if (K == I || T[K].Kind != tok::identifier ||
        (K + 1 < T.size() &&
         !llvm::is_contained({tok::equal, tok::semi, tok::comma, tok::l_square},
                             T[K + 1].Kind)))
      continue;
    for (size_t J = I; J < K; ++J)
      TypeToken[J] = T[J].Kind == tok::identifier;
    Locals.insert(T[K].Spelling);
    // Further declarators: after each top-level ',', '*'s then the name.
    int Depth = 0;
    for (size_t J = K + 1; J < T.size(); ++J) {
      TokenKind Kind = T[J].Kind;
      if (Kind == tok::l_paren || Kind == tok::l_brace || Kind == tok::l_square)
        ++Depth;
      else if (Kind == tok::r_paren || Kind == tok::r_brace ||
               Kind == tok::r_square)
        --Depth;
      if (Depth < 0 || (Depth == 0 && Kind == tok::semi))
        break;
      if (Depth == 0 && Kind == tok::comma) {
        size_t N = J + 1;
        while (N < T.size() && T[N].Kind == tok::star)
          ++N;
        if (N < T.size() && T[N].Kind == tok::identifier)
          Locals.insert(T[N].Spelling);
      }
    }
  }
}

/// Kernel statements as C text at \p Base tabs, one statement per line,
/// blocks and braceless bodies indented in kernel style.
std::string formatStatements(llvm::ArrayRef<SpelledToken> T, unsigned Base) {
  std::string Out, Line;
  unsigned Indent = Base, Pending = 0;
  struct Open {
    bool Initializer;
    unsigned OuterIndent, LineIndent;
  };
  std::vector<Open> Braces;
  int Paren = 0, HeaderParen = -1;
  auto Flush = [&] {
    if (!Line.empty())
      Out += Line + "\n";
    Line.clear();
  };
  auto Put = [&](const SpelledToken &Tok, bool Space) {
    if (Line.empty())
      Line.assign(Indent + Pending, '\t');
    else if (Space)
      Line += ' ';
    Line += Tok.Spelling;
  };
  for (size_t I = 0; I < T.size(); ++I) {
    const SpelledToken &K = T[I];
    bool InInitializer = !Braces.empty() && Braces.back().Initializer;
    switch (K.Kind) {
    case tok::l_paren:
      Put(K, K.LeadingSpace);
      ++Paren;
      continue;
    case tok::r_paren:
      Put(K, K.LeadingSpace);
      if (--Paren == HeaderParen) {
        HeaderParen = -1;
        // A braceless body goes on its own line, one tab deeper.
        if (I + 1 < T.size() && T[I + 1].Kind != tok::l_brace &&
            T[I + 1].Kind != tok::semi) {
          Flush();
          ++Pending;
        }
      }
      continue;
    case tok::l_brace: {
      bool Initializer = Paren > 0 || InInitializer ||
                         (I && T[I - 1].Kind == tok::equal);
      Braces.push_back({Initializer, Indent, Indent + Pending});
      Put(K, Initializer ? K.LeadingSpace : true);
      if (!Initializer) {
        Flush();
        Indent += Pending + 1;
        Pending = 0;
      }
      continue;
    }
    case tok::r_brace: {
      Open O = Braces.empty() ? Open{false, Base, Base} : Braces.back();
      if (!Braces.empty())
        Braces.pop_back();
      if (O.Initializer) {
        Put(K, K.LeadingSpace);
        continue;
      }
      Flush();
      Indent = O.OuterIndent;
      Line.assign(O.LineIndent, '\t');
      Line += "}";
      Pending = 0;
      // "} else" and "} while (...);" continue the statement.
      if (I + 1 < T.size() && (isIdent(T[I + 1], "else") ||
                               isIdent(T[I + 1], "while") ||
                               T[I + 1].Kind == tok::semi))
        continue;
      Flush();
      continue;
    }
    case tok::semi:
      Put(K, false);
      if (Paren == 0 && !InInitializer) {
        Flush();
        Pending = 0;
      }
      continue;
    default:
      break;
    }
    Put(K, K.LeadingSpace);
    if (K.Kind == tok::identifier && I + 1 < T.size() &&
        T[I + 1].Kind == tok::l_paren &&
        llvm::is_contained({"if", "for", "while", "switch"}, K.Spelling) &&
        HeaderParen < 0)
      HeaderParen = Paren;
    // "else" with a braceless body that is not an "else if".
    if (isIdent(K, "else") && I + 1 < T.size() &&
        T[I + 1].Kind != tok::l_brace && !isIdent(T[I + 1], "if")) {
      Flush();
      ++Pending;
    }
  }
  Flush();
  return Out;
}

/// The parts of an LTTNG_TRACEPOINT_EVENT_CODE form, or why there is none.
struct CodeForm {
  std::string Locvar;  ///< TP_locvar members, one per line
  std::string CodePre; ///< TP_code_pre statements
  llvm::StringSet<> Computed; ///< fields recorded from tp_locvar
  std::string Refusal;
};

bool fixedSize(const EntryField &F) {
  return F.Macro->Kind == FieldMacroKind::Field ||
         F.Macro->Kind == FieldMacroKind::FieldStruct ||
         F.Macro->Kind == FieldMacroKind::Array;
}

/// TP_fast_assign of \p Def as TP_locvar and TP_code_pre: the statements
/// that compute values are kept, with __entry->f become tp_locvar->f;
/// stores and copies of visible values are left to TP_FIELDS, and the
/// ring-buffer helpers (__assign_str, __assign_bitmask, ...) to the
/// fields that record their source.
CodeForm planCode(const TracepointDefinition &Def, const Sight &See) {
  CodeForm Form;
  std::map<std::string, const EntryField *> Fields;
  for (const EntryField &F : Def.Fields)
    Fields[F.Name] = &F;

  struct Statement {
    const AssignStatement *A;
    TokenList Tokens;
    std::set<std::string> Refs;
    bool Keep = false;
  };
  std::vector<Statement> Statements;
  llvm::StringSet<> Locals;
  for (const AssignStatement &A : Def.Assigns) {
    Statement S{&A, lexCode(A.Text), {}, false};
    std::vector<bool> Unused;
    scanDeclarations(S.Tokens, Locals, Unused);
    for (size_t I = 0; I + 2 < S.Tokens.size(); ++I)
      if (isIdent(S.Tokens[I], "__entry") &&
          S.Tokens[I + 1].Kind == tok::arrow &&
          S.Tokens[I + 2].Kind == tok::identifier)
        S.Refs.insert(S.Tokens[I + 2].Spelling);
    Statements.push_back(std::move(S));
  }
  auto ReadsLocal = [&](llvm::StringRef Text, bool EntryToo) {
    for (const auto &N : variablesOf(Text))
      if (Locals.count(N.getKey()) || (EntryToo && N.getKey() == "__entry"))
        return true;
    return false;
  };
  for (Statement &S : Statements) {
    const AssignStatement &A = *S.A;
    auto It = Fields.find(A.Field);
    bool Fixed = It != Fields.end() && fixedSize(*It->second);
    if (A.Kind == AssignKind::Other)
      S.Keep = true;
    else if (A.Kind != AssignKind::HelperAssign && Fixed)
      S.Keep = ReadsLocal(A.Value, true) ||
               (A.Kind == AssignKind::Copy && ReadsLocal(A.Text, false));
  }
  // A field the kept code reads or writes lives in tp_locvar, and every
  // store into it must then run in TP_code_pre too.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const Statement &S : Statements)
      if (S.Keep)
        for (const std::string &R : S.Refs)
          Changed |= Form.Computed.insert(R).second;
    for (Statement &S : Statements)
      if (!S.Keep && S.A->Kind != AssignKind::HelperAssign &&
          Form.Computed.count(S.A->Field)) {
        S.Keep = true;
        Changed = true;
      }
  }
  if (Form.Computed.empty()) {
    // Typically a subsystem macro that writes __entry fields itself.
    for (const Statement &S : Statements)
      if (S.Keep) {
        std::string Text = S.A->Text.size() > 48
                               ? S.A->Text.substr(0, 45) + "..."
                               : S.A->Text;
        Form.Refusal = "its statement '" + Text + "' names no field it writes";
        break;
      }
    return Form;
  }
  for (const auto &C : Form.Computed) {
    auto It = Fields.find(C.getKey().str());
    if (It == Fields.end()) {
      Form.Refusal = "it writes '" + C.getKey().str() +
                     "', which TP_STRUCT__entry does not declare";
      return Form;
    }
    if (!fixedSize(*It->second)) {
      Form.Refusal = "it computes the variable-length field '" +
                     C.getKey().str() + "'";
      return Form;
    }
    std::string Why = unusableType(*It->second, See);
    if (!Why.empty()) {
      Form.Refusal = "the field '" + C.getKey().str() + "' it computes: " + Why;
      return Form;
    }
  }

  // The kernel's leading declarations, then its statements: the memset
  // goes between them, as declarations come first in kernel C.
  TokenList Declarations, Code;
  for (const Statement &S : Statements) {
    if (!S.Keep)
      continue;
    std::vector<bool> TypeToken;
    llvm::StringSet<> Declared;
    scanDeclarations(S.Tokens, Declared, TypeToken);
    bool Declaration = Code.empty() && !TypeToken.empty() && TypeToken[0];
    TokenList &Out = Declaration ? Declarations : Code;
    const TokenList &T = S.Tokens;
    std::vector<std::string> Unknown;
    for (size_t I = 0; I < T.size(); ++I) {
      if (T[I].Kind != tok::identifier || TypeToken[I])
        continue;
      llvm::StringRef Name = T[I].Spelling;
      if (Name == "__entry") {
        if (I + 1 >= T.size() || T[I + 1].Kind != tok::arrow) {
          Form.Refusal = "it hands '__entry' itself to other code";
          return Form;
        }
        continue;
      }
      if (Name.starts_with("__get_") || Name.starts_with("__assign_") ||
          Name.starts_with("__perf_")) {
        Form.Refusal = "it uses the ring-buffer helper '" + Name.str() + "'";
        return Form;
      }
      if (Name == "return" || Name == "goto") {
        Form.Refusal = "it leaves early ('" + Name.str() + "')";
        return Form;
      }
      bool Member = I > 0 && (T[I - 1].Kind == tok::arrow ||
                              T[I - 1].Kind == tok::period);
      bool Tag = I > 0 && (isIdent(T[I - 1], "struct") ||
                           isIdent(T[I - 1], "union") ||
                           isIdent(T[I - 1], "enum"));
      if (Member || Tag || Locals.count(Name) ||
          isVisible(Name, Def, See))
        continue;
      Unknown.push_back(Name.str());
    }
    if (!Unknown.empty()) {
      llvm::sort(Unknown); // the same note from every unit
      auto Macro = See.Refused.find(Unknown.front());
      Form.Refusal = Macro != See.Refused.end()
                         ? "it uses the macro " + Macro->second
                         : "it reads '" + Unknown.front() +
                               "', which the mirror cannot see";
      return Form;
    }
    AccessProblem Problem = memberAccessProblem(S.A->Text, Def.Params);
    if (Problem.found()) {
      Form.Refusal = Problem.Undefined
                         ? "it reads '" + Problem.Type +
                               "', which is not defined where the probe "
                               "reads the mirror"
                         : "it does not compile with the event's "
                           "prototype: " + Problem.Reason;
      return Form;
    }
    for (const SpelledToken &Tok : T) {
      Out.push_back(Tok);
      if (isIdent(Tok, "__entry"))
        Out.back().Spelling = "tp_locvar";
    }
    // The model keeps a statement without its ';'; a block or an
    // initialised aggregate ends with '}'.
    size_t Open = T.size();
    if (!T.empty() && T.back().Kind == tok::r_brace) {
      int Depth = 0;
      for (size_t I = T.size(); I-- > 0;) {
        Depth += T[I].Kind == tok::r_brace ? 1 : T[I].Kind == tok::l_brace ? -1 : 0;
        if (Depth == 0) {
          Open = I;
          break;
        }
      }
    }
    bool Block = Open < T.size() && !(Open > 0 && T[Open - 1].Kind == tok::equal);
    if (!T.empty() && !Block) {
      SpelledToken Semi;
      Semi.Kind = tok::semi;
      Semi.Spelling = ";";
      Out.push_back(Semi);
    }
  }

  for (const EntryField &F : Def.Fields) {
    if (!Form.Computed.count(F.Name))
      continue;
    llvm::StringRef Type(F.TypeText);
    std::string Declarator = Type.ends_with("*") ? Type.str() + F.Name
                                                 : Type.str() + " " + F.Name;
    if (F.Macro->Kind == FieldMacroKind::Array)
      Declarator += "[" + F.Length + "]";
    Form.Locvar += "\t\t" + Declarator + ";\n";
  }
  // A field the kernel leaves unset on some path is recorded as zero, not
  // as whatever the probe's stack held.
  Form.CodePre = "\t\t{\n";
  if (!Declarations.empty())
    Form.CodePre += formatStatements(Declarations, 3) + "\n";
  Form.CodePre += "\t\t\tmemset(tp_locvar, 0, sizeof(*tp_locvar));\n" +
                  formatStatements(Code, 3) + "\t\t}\n";
  return Form;
}

/// TP_FIELDS entry of a field TP_code_pre computed into tp_locvar.
std::string computedField(const TracepointDefinition &Layout,
                          const EntryField &F,
                          std::vector<std::string> &Notes) {
  std::string Source = "tp_locvar->" + F.Name;
  if (F.Macro->Kind == FieldMacroKind::Array) {
    bool Text = llvm::StringRef(F.TypeText) == "char";
    return (Text ? "ctf_array_text(" : "ctf_array(") + F.TypeText + ", " +
           F.Name + ", " + Source + ", " + F.Length + ")";
  }
  if (F.Macro->Kind == FieldMacroKind::Field &&
      !(F.Type.Resolved && F.Type.IsRecord))
    return integerField(F, Source);
  Notes.push_back("field '" + F.Name + "' of '" + Layout.Name +
                  "': a struct value has no ctf_* form (computed in "
                  "TP_code_pre, not recorded)");
  return {};
}

/// Expands, in a layout's texts, the macros a probe does not see where
/// LTTng reads the mirror (TracepointModel::UnseenMacros) that the
/// definition's own header or the main file defines: the mirror can use
/// what their bodies say, not their names. As the preprocessor does,
/// arguments are expanded first and the result is scanned again, with the
/// macro itself left alone inside its expansion. A macro whose body reads
/// what the mirror cannot see, or stringizes or pastes, stays as written,
/// and Sight::Refused says why.
class UnseenExpander {
public:
  UnseenExpander(const TracepointModel &Model, const TracepointDefinition &Def,
                 Sight &See)
      : Model(Model), Def(Def), See(See) {}

  std::string operator()(const std::string &Text) {
    if (Text.empty())
      return Text;
    TokenList Tokens = lexCode(Text);
    if (llvm::none_of(Tokens, [&](const SpelledToken &T) {
          return T.Kind == tok::identifier && applicable(T.Spelling);
        }))
      return Text; // as written, spacing included
    llvm::StringSet<> Active;
    return joinTokens(expand(Tokens, Active, 0));
  }

private:
  /// The unseen macro \p Name, when it is one this definition may use.
  const UnseenMacro *applicable(llvm::StringRef Name) const {
    auto It = Model.UnseenMacros.find(Name);
    if (It == Model.UnseenMacros.end())
      return nullptr;
    const UnseenMacro &M = It->second;
    bool MainFile = M.Undefined.Line == 0;
    return MainFile || M.Defined.File == Def.Position.File ? &M : nullptr;
  }

  void refuse(llvm::StringRef Name, const UnseenMacro &M,
              const std::string &Why) {
    std::string Where =
        M.Undefined.Line == 0
            ? "the unit's main file defines (" + M.Defined.File + ":" +
                  std::to_string(M.Defined.Line) + ") and no probe includes"
            : M.Defined.File + ":" + std::to_string(M.Defined.Line) +
                  " defines and line " + std::to_string(M.Undefined.Line) +
                  " #undefs before LTTng reads the mirror";
    See.Refused.try_emplace(Name, "'" + Name.str() + "', which " + Where +
                                      ", is not expanded: " + Why);
  }

  /// Whether every name the body of \p Name uses, its parameters aside,
  /// is one the mirror sees or an unseen macro usable in turn.
  bool usable(llvm::StringRef Name, unsigned Depth) {
    auto Known = Usable.find(Name);
    if (Known != Usable.end())
      return Known->second;
    Usable[Name] = true; // recursion: assume yes until shown otherwise
    const UnseenMacro &M = *applicable(Name);
    TokenList Body = lexCode(M.Body);
    std::string Why;
    for (size_t I = 0; I < Body.size() && Why.empty(); ++I) {
      const SpelledToken &T = Body[I];
      if (T.Kind == tok::hash || T.Kind == tok::hashhash) {
        Why = "its body stringizes or pastes tokens";
        break;
      }
      llvm::StringRef Used = T.Spelling;
      bool Member = I > 0 && (Body[I - 1].Kind == tok::arrow ||
                              Body[I - 1].Kind == tok::period);
      bool Tag = I > 0 && (isIdent(Body[I - 1], "struct") ||
                           isIdent(Body[I - 1], "union") ||
                           isIdent(Body[I - 1], "enum"));
      if (T.Kind != tok::identifier || Member || Tag || Used == Name ||
          llvm::is_contained(M.Params, Used))
        continue;
      if (applicable(Used)) {
        if (Depth > 8 || !usable(Used, Depth + 1))
          Why = "its body uses '" + Used.str() + "', which is not expanded either";
      } else if (!isVisible(Used, Def, See)) {
        Why = "its body reads '" + Used.str() + "', which the mirror cannot see";
      }
    }
    if (!Why.empty())
      refuse(Name, M, Why);
    Usable[Name] = Why.empty();
    return Why.empty();
  }

  TokenList expand(llvm::ArrayRef<SpelledToken> T, llvm::StringSet<> &Active,
                   unsigned Depth) {
    TokenList Out;
    for (size_t I = 0; I < T.size(); ++I) {
      const SpelledToken &Tok = T[I];
      const UnseenMacro *M = Tok.Kind == tok::identifier && Depth < 16 &&
                                     !Active.count(Tok.Spelling)
                                 ? applicable(Tok.Spelling)
                                 : nullptr;
      if (!M || !usable(Tok.Spelling, 0)) {
        Out.push_back(Tok);
        continue;
      }
      std::vector<TokenList> Args;
      size_t End = I;
      if (M->FunctionLike) {
        End = I + 1 < T.size() && T[I + 1].Kind == tok::l_paren
                  ? findClosing(T, I + 1)
                  : llvm::StringRef::npos;
        if (End == llvm::StringRef::npos) {
          refuse(Tok.Spelling, *M, "it is named without its arguments");
          Out.push_back(Tok);
          continue;
        }
        Args = splitTopLevel(T.slice(I + 2, End - I - 2), tok::comma);
        size_t Params = M->Params.size();
        bool Fits = M->Variadic ? Args.size() + 1 >= Params
                                : Args.size() == Params ||
                                      (Params == 0 &&
                                       (Args.empty() || (Args.size() == 1 &&
                                                         Args[0].empty())));
        if (!Fits) {
          refuse(Tok.Spelling, *M,
                 "it is given " + std::to_string(Args.size()) +
                     " arguments for " + std::to_string(Params) +
                     " parameters");
          Out.push_back(Tok);
          continue;
        }
        for (TokenList &A : Args)
          A = expand(A, Active, Depth + 1);
      }
      TokenList Result;
      for (const SpelledToken &B : lexCode(M->Body)) {
        auto P = llvm::find(M->Params, B.Spelling);
        if (B.Kind != tok::identifier || P == M->Params.end()) {
          Result.push_back(B);
          continue;
        }
        // The variadic parameter takes every remaining argument.
        size_t First = P - M->Params.begin();
        size_t Last = M->Variadic && First + 1 == M->Params.size()
                          ? Args.size()
                          : First + 1;
        size_t Start = Result.size();
        for (size_t A = First; A < Last && A < Args.size(); ++A) {
          if (A != First) {
            SpelledToken Comma;
            Comma.Kind = tok::comma;
            Comma.Spelling = ",";
            Result.push_back(Comma);
          }
          Result.insert(Result.end(), Args[A].begin(), Args[A].end());
        }
        if (Result.size() > Start)
          Result[Start].LeadingSpace = B.LeadingSpace;
      }
      if (!Result.empty())
        Result.front().LeadingSpace = Tok.LeadingSpace;
      std::string Name = Tok.Spelling;
      Active.insert(Name);
      TokenList Rescanned = expand(Result, Active, Depth + 1);
      Active.erase(Name);
      Out.insert(Out.end(), Rescanned.begin(), Rescanned.end());
      I = End;
    }
    return Out;
  }

  const TracepointModel &Model;
  const TracepointDefinition &Def;
  Sight &See;
  llvm::StringMap<bool> Usable;
};
} // namespace

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
  if (Def.definesTracepoint())
    Out.EventName = Map.empty() ? Def.Name : Map;

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

  // An event or a class: the layout is its own, read with the macros a
  // probe does not see expanded. Assignments that compute values become
  // TP_code_pre when everything they read is visible.
  Sight See{IsDeclared, {}};
  TracepointDefinition Layout = Def;
  UnseenExpander Expand(Model, Def, See);
  for (EntryField &F : Layout.Fields) {
    F.TypeText = Expand(F.TypeText);
    F.Length = Expand(F.Length);
    F.Source = Expand(F.Source);
  }
  for (AssignStatement &A : Layout.Assigns) {
    A.Text = Expand(A.Text);
    A.Value = Expand(A.Value);
  }
  CodeForm Form;
  if (!Layout.hasPlainAssign()) {
    Form = planCode(Layout, See);
    Out.UsesCode = Form.Refusal.empty();
  }
  std::vector<std::string> Fields;
  for (const EntryField &F : Layout.Fields) {
    std::string Ctf = Out.UsesCode && Form.Computed.count(F.Name)
                          ? computedField(Layout, F, Out.Notes)
                          : ctfFor(Layout, F, See, Out.Notes);
    if (!Ctf.empty())
      Fields.push_back(Ctf);
  }
  if (!Def.hasPlainAssign() && !Out.UsesCode)
    Out.Notes.push_back("TP_fast_assign of '" + Def.Name +
                        "' is more than plain stores and cannot become "
                        "TP_code_pre (" + Form.Refusal +
                        "): only the fields it stores plainly are recorded");

  bool Class = Def.shape() == DefinitionShape::Class;
  std::string Code = Out.UsesCode ? "_CODE" : "";
  if (Class)
    Out.Code = "LTTNG_TRACEPOINT_EVENT_CLASS" + Code + "(" + Def.Name + ",\n\n";
  else if (Map.empty())
    Out.Code = "LTTNG_TRACEPOINT_EVENT" + Code + "(" + Def.Name + ",\n\n";
  else
    Out.Code = "LTTNG_TRACEPOINT_EVENT" + Code + "_MAP(" + Def.Name +
               ",\n\n\t" + Map + ",\n\n";
  Out.Code += protoBlock(Def);
  if (Out.UsesCode)
    Out.Code += "\tTP_locvar(\n" + Form.Locvar + "\t),\n\n\tTP_code_pre(\n" +
                Form.CodePre + "\t),\n\n";
  Out.Code += "\tTP_FIELDS(\n";
  for (const std::string &F : Fields)
    Out.Code += "\t\t" + F + "\n";
  Out.Code += Out.UsesCode ? "\t),\n\n\tTP_code_post()\n)\n" : "\t)\n)\n";
  return Out;
}

std::string instanceProtoConflict(const TracepointDefinition &Instance,
                                  const TracepointDefinition &Class,
                                  clang::ASTContext &Context) {
  if (sameProto(Instance.Params, Class.Params, Context))
    return {};
  if (Class.side() == Side::Kernel)
    return "its prototype is not the one of its kernel class '" + Class.Name +
           "' (an instance cannot declare another one)";
  return "the LTTng class '" + Class.Name +
         "' has another prototype than the kernel's; an instance of it "
         "cannot mirror this tracepoint until the class is fixed "
         "(lttng-proto-mismatch)";
}

} // namespace lttng_tidy
