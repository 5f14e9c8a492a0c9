//===--- TypeResolver.cpp - Resolve type text through a translation unit --===//

#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <cctype>

using namespace clang;

namespace lttng_tidy {

namespace {
std::vector<std::string> tokenizeType(llvm::StringRef Text) {
  std::vector<std::string> Tokens;
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (std::isspace(static_cast<unsigned char>(C))) {
      ++I;
      continue;
    }
    if (std::isalnum(static_cast<unsigned char>(C)) || C == '_') {
      size_t J = I;
      while (J < Text.size() &&
             (std::isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_'))
        ++J;
      Tokens.push_back(Text.substr(I, J - I).str());
      I = J;
      continue;
    }
    Tokens.push_back(std::string(1, C));
    ++I;
  }
  return Tokens;
}

// Kernel annotations that are empty (or sparse-only) when compiling.
bool isIgnoredQualifier(llvm::StringRef Word) {
  return llvm::StringSwitch<bool>(Word)
      .Cases("const", "volatile", "restrict", "__restrict", true)
      .Cases("__user", "__rcu", "__percpu", "__iomem", "__force", true)
      .Cases("__bitwise", "__kernel", "__nocast", "__private", true)
      .Cases("__const", "__volatile__", "__signed__", true)
      .Default(false);
}

bool isBuiltinWord(llvm::StringRef Word) {
  return llvm::StringSwitch<bool>(Word)
      .Cases("signed", "unsigned", "char", "short", "int", "long", true)
      .Cases("_Bool", "void", "float", "double", "__int128", true)
      .Default(false);
}

template <typename DeclT>
DeclT *lookupInTranslationUnit(ASTContext &Context, llvm::StringRef Name) {
  IdentifierInfo &II = Context.Idents.get(Name);
  for (NamedDecl *D : Context.getTranslationUnitDecl()->lookup(&II))
    if (auto *Found = dyn_cast<DeclT>(D))
      return Found;
  return nullptr;
}
} // namespace

QualType TypeResolver::resolve(llvm::StringRef Text) const {
  std::vector<std::string> Tokens = tokenizeType(Text);
  QualType Base;
  unsigned Longs = 0;
  bool Unsigned = false, Signed = false, Short = false, Char = false,
       Int = false, Builtin = false;
  size_t I = 0;
  bool BaseConst = false, BaseVolatile = false;
  for (; I < Tokens.size(); ++I) {
    llvm::StringRef W = Tokens[I];
    BaseConst |= W == "const" || W == "__const";
    BaseVolatile |= W == "volatile" || W == "__volatile__";
    if (isIgnoredQualifier(W))
      continue;
    if (W == "struct" || W == "union" || W == "enum") {
      if (I + 1 >= Tokens.size() || !Base.isNull() || Builtin)
        return {};
      TagDecl *Tag = lookupInTranslationUnit<TagDecl>(Context, Tokens[++I]);
      if (!Tag)
        return {};
      Base = Context.getTagDeclType(Tag);
      continue;
    }
    if (isBuiltinWord(W)) {
      Builtin = true;
      Unsigned |= W == "unsigned";
      Signed |= W == "signed";
      Short |= W == "short";
      Char |= W == "char";
      Int |= W == "int";
      Longs += W == "long";
      if (W == "long" && Base == Context.DoubleTy)
        Base = Context.LongDoubleTy; // written "double long"
      if (W == "_Bool")
        Base = Context.BoolTy;
      else if (W == "void")
        Base = Context.VoidTy;
      else if (W == "float")
        Base = Context.FloatTy;
      else if (W == "double")
        Base = Longs ? Context.LongDoubleTy : Context.DoubleTy;
      else if (W == "__int128")
        Base = Unsigned ? Context.UnsignedInt128Ty : Context.Int128Ty;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(W[0])) || W[0] == '_') {
      if (!Base.isNull() || Builtin)
        return {};
      TypedefNameDecl *TD = lookupInTranslationUnit<TypedefNameDecl>(Context, W);
      if (!TD)
        return {};
      Base = Context.getTypedefType(TD);
      continue;
    }
    break; // the declarator: '*', '[' ...
  }
  if (Base.isNull() && Builtin) {
    if (Char)
      Base = Unsigned ? Context.UnsignedCharTy
                      : (Signed ? Context.SignedCharTy : Context.CharTy);
    else if (Short)
      Base = Unsigned ? Context.UnsignedShortTy : Context.ShortTy;
    else if (Longs >= 2)
      Base = Unsigned ? Context.UnsignedLongLongTy : Context.LongLongTy;
    else if (Longs == 1)
      Base = Unsigned ? Context.UnsignedLongTy : Context.LongTy;
    else if (Int || Unsigned || Signed)
      Base = Unsigned ? Context.UnsignedIntTy : Context.IntTy;
  }
  if (Base.isNull())
    return {};
  // Qualifiers matter below a pointer: "const char *" is not "char *".
  if (BaseConst)
    Base.addConst();
  if (BaseVolatile)
    Base.addVolatile();
  for (; I < Tokens.size(); ++I) {
    llvm::StringRef W = Tokens[I];
    if (W == "*")
      Base = Context.getPointerType(Base);
    else if (W == "const" || W == "__const")
      Base.addConst();
    else if (W == "volatile")
      Base.addVolatile();
    else if (isIgnoredQualifier(W))
      continue;
    else if (W == "[" && I + 2 < Tokens.size() && Tokens[I + 2] == "]") {
      unsigned long long Length = 0;
      if (llvm::StringRef(Tokens[I + 1]).getAsInteger(0, Length))
        return {};
      Base = Context.getConstantArrayType(
          Base, llvm::APInt(64, Length), nullptr, ArraySizeModifier::Normal, 0);
      I += 2;
    } else
      return {};
  }
  return Base;
}

TypeFacts TypeResolver::factsOf(QualType Type) const {
  TypeFacts F;
  if (Type.isNull())
    return F;
  F.Resolved = true;
  F.Type = Type;
  PrintingPolicy Policy = Context.getPrintingPolicy();
  F.Spelling = Type.getAsString(Policy);
  QualType Canonical = Type.getCanonicalType().getUnqualifiedType();
  F.Canonical = Canonical.getAsString(Policy);
  F.IsIncomplete = Canonical->isIncompleteType() && !Canonical->isVoidType();
  if (!Canonical->isIncompleteType() && !Canonical->isDependentType())
    F.SizeBits = Context.getTypeSize(Canonical);
  F.IsPointer = Canonical->isPointerType();
  F.IsEnum = Canonical->isEnumeralType();
  F.IsBool = Canonical->isBooleanType();
  F.IsInteger = Canonical->isIntegerType() || F.IsEnum;
  F.IsSigned = Canonical->isSignedIntegerOrEnumerationType();
  F.IsRecord = Canonical->isRecordType();
  if (const auto *Array = Context.getAsConstantArrayType(Canonical)) {
    F.IsArray = true;
    F.ArrayLength = Array->getSize().getZExtValue();
  }
  // C gives a tag first named in a parameter list the prototype's scope
  // (clang then owns it by the function): "struct x *" means another type
  // in every other declaration.
  QualType Named = Canonical;
  while (true) {
    if (Named->isPointerType())
      Named = Named->getPointeeType().getCanonicalType();
    else if (const ArrayType *Array = Context.getAsArrayType(Named))
      Named = Array->getElementType().getCanonicalType();
    else
      break;
  }
  if (const TagDecl *Tag = Named->getAsTagDecl())
    F.ScopedToPrototype = Tag->getDeclContext()->isFunctionOrMethod();
  return F;
}

namespace {
/// Whether the identifier starting at \p I of \p Text follows `.` or `->`.
bool isMemberName(llvm::StringRef Text, size_t I) {
  llvm::StringRef Before = Text.take_front(I).rtrim();
  return Before.ends_with(".") || Before.ends_with("->");
}
} // namespace

std::string renameVariables(llvm::StringRef Text,
                            const llvm::StringMap<std::string> &Renames) {
  std::string Out;
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (C == '"' || C == '\'') {
      size_t J = I + 1;
      for (; J < Text.size() && Text[J] != C; ++J)
        J += Text[J] == '\\';
      J = std::min(J + 1, Text.size());
      Out += Text.slice(I, J);
      I = J;
    } else if (std::isalnum(static_cast<unsigned char>(C)) || C == '_') {
      size_t J = I;
      while (J < Text.size() &&
             (std::isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_' ||
              (std::isdigit(static_cast<unsigned char>(C)) && Text[J] == '.')))
        ++J;
      llvm::StringRef Word = Text.slice(I, J);
      auto It = Renames.find(Word);
      if (!std::isdigit(static_cast<unsigned char>(C)) && It != Renames.end() &&
          !isMemberName(Text, I))
        Out += It->second;
      else
        Out += Word;
      I = J;
    } else {
      Out += C;
      ++I;
    }
  }
  return Out;
}

llvm::StringSet<> variablesOf(llvm::StringRef Text) {
  llvm::StringSet<> Names;
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (C == '"' || C == '\'') {
      // A string or character literal names nothing.
      for (++I; I < Text.size() && Text[I] != C; ++I)
        I += Text[I] == '\\';
      ++I;
    } else if (std::isdigit(static_cast<unsigned char>(C))) {
      while (I < Text.size() &&
             (std::isalnum(static_cast<unsigned char>(Text[I])) || Text[I] == '.'))
        ++I; // "0x1fUL" is one number
    } else if (std::isalpha(static_cast<unsigned char>(C)) || C == '_') {
      size_t J = I;
      while (J < Text.size() &&
             (std::isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_'))
        ++J;
      if (!isMemberName(Text, I))
        Names.insert(Text.substr(I, J - I));
      I = J;
    } else {
      ++I;
    }
  }
  return Names;
}

QualType
TypeResolver::typeOfExpression(llvm::StringRef Expression,
                               llvm::ArrayRef<ProtoParameter> Params,
                               unsigned *BitWidth) const {
  if (BitWidth)
    *BitWidth = 0;
  std::vector<std::string> Tokens = tokenizeType(Expression);
  // Outer parentheses do not change the type.
  while (Tokens.size() >= 2 && Tokens.front() == "(" && Tokens.back() == ")") {
    int Depth = 0;
    bool Wraps = true;
    for (size_t I = 0; I + 1 < Tokens.size(); ++I) {
      Depth += Tokens[I] == "(" ? 1 : Tokens[I] == ")" ? -1 : 0;
      if (Depth == 0) {
        Wraps = false;
        break;
      }
    }
    if (!Wraps)
      break;
    Tokens = std::vector<std::string>(Tokens.begin() + 1, Tokens.end() - 1);
  }
  if (Tokens.empty())
    return {};
  // A call, "name(...)": its function's return type.
  if (Tokens.size() >= 3 && Tokens[1] == "(" && Tokens.back() == ")" &&
      (std::isalpha(static_cast<unsigned char>(Tokens[0][0])) ||
       Tokens[0][0] == '_')) {
    int Depth = 0;
    bool Whole = true;
    for (size_t I = 1; I + 1 < Tokens.size(); ++I) {
      Depth += Tokens[I] == "(" ? 1 : Tokens[I] == ")" ? -1 : 0;
      if (Depth == 0) {
        Whole = false;
        break;
      }
    }
    if (Whole)
      if (const auto *Fn =
              lookupInTranslationUnit<FunctionDecl>(Context, Tokens[0]))
        return Fn->getReturnType();
    return {};
  }
  QualType Type;
  for (const ProtoParameter &P : Params)
    if (P.Name == Tokens[0] && P.Type.Resolved)
      Type = P.Type.Type;
  size_t I = 1;
  while (!Type.isNull() && I < Tokens.size()) {
    bool Arrow = Tokens[I] == "-" && I + 1 < Tokens.size() &&
                 Tokens[I + 1] == ">";
    bool Dot = Tokens[I] == ".";
    size_t NameIndex = I + (Arrow ? 2 : 1);
    if ((!Arrow && !Dot) || NameIndex >= Tokens.size())
      return {};
    QualType Record = Type.getCanonicalType();
    if (Arrow) {
      if (!Record->isPointerType())
        return {};
      Record = Record->getPointeeType().getCanonicalType();
    }
    const auto *RT = Record->getAs<RecordType>();
    if (!RT || !RT->getDecl()->getDefinition())
      return {};
    Type = QualType();
    for (NamedDecl *D : RT->getDecl()->getDefinition()->lookup(
             &Context.Idents.get(Tokens[NameIndex])))
      if (const auto *VD = dyn_cast<ValueDecl>(D)) {
        Type = VD->getType();
        const FieldDecl *FD = dyn_cast<FieldDecl>(VD);
        if (const auto *IFD = dyn_cast<IndirectFieldDecl>(VD))
          FD = IFD->getAnonField();
        if (BitWidth)
          *BitWidth = FD && FD->isBitField() ? FD->getBitWidthValue(Context) : 0;
      }
    I = NameIndex + 1;
  }
  return Type;
}

TypeFacts TypeResolver::describe(llvm::StringRef Text) const {
  TypeFacts F = factsOf(resolve(Text));
  if (!F.Resolved)
    F.Spelling = Text.str();
  return F;
}

} // namespace lttng_tidy

#include "model/TracepointCollector.h"
#include "llvm/ADT/StringMap.h"

namespace lttng_tidy {

namespace {
/// The declarations the kernel's macros generate, by name: trace_<event>()
/// (DECLARE_TRACE) and struct trace_event_raw_<class> (CREATE_TRACE_POINTS).
struct GeneratedDecls {
  llvm::StringMap<const FunctionDecl *> TraceFunctions;
  llvm::StringMap<const RecordDecl *> RawRecords;

  explicit GeneratedDecls(ASTContext &Context) {
    for (const Decl *D : Context.getTranslationUnitDecl()->decls()) {
      if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        if (FD->getIdentifier() && FD->getName().starts_with("trace_"))
          TraceFunctions.try_emplace(FD->getName().drop_front(6), FD);
      } else if (const auto *RD = dyn_cast<RecordDecl>(D)) {
        if (RD->getIdentifier() && RD->isCompleteDefinition() &&
            RD->getName().starts_with("trace_event_raw_"))
          RawRecords.try_emplace(RD->getName().drop_front(16), RD);
      }
    }
  }
};

/// Whether clang read the written type \p Text as another one: an
/// undeclared name it corrected ("unknown type name 's16'; did you mean
/// 'u16'?") leaves a valid declaration of the other type. Every name of the
/// text that is neither a keyword nor a macro must appear in \p Declared.
/// Only a unit with errors can have one (a macro a header #undefs at its
/// end is no longer known as a macro here).
bool typoCorrected(llvm::StringRef Text, QualType Declared,
                   ASTContext &Context) {
  if (!Context.getDiagnostics().hasErrorOccurred())
    return false;
  PrintingPolicy Policy = Context.getPrintingPolicy();
  std::string Printed = " " + Declared.getAsString(Policy) + " " +
                        Declared.getCanonicalType().getAsString(Policy) + " ";
  for (char &C : Printed)
    if (!std::isalnum(static_cast<unsigned char>(C)) && C != '_')
      C = ' ';
  // The type's names only: an array's length may be an enumerator that
  // the decayed parameter type does not print.
  llvm::SmallVector<llvm::StringRef> Words;
  llvm::SplitString(Text.take_until([](char C) { return C == '['; }), Words,
                    " \t\n*()],&");
  for (llvm::StringRef W : Words) {
    if (W.empty() || !(std::isalpha(static_cast<unsigned char>(W[0])) || W[0] == '_'))
      continue;
    IdentifierInfo &II = Context.Idents.get(W);
    if (II.isKeyword(Context.getLangOpts()) || II.hasMacroDefinition())
      continue;
    if (Printed.find(" " + W.str() + " ") == std::string::npos)
      return true;
  }
  return false;
}

void resolveParams(TracepointDefinition &Def, const FunctionDecl *Fn,
                   const TypeResolver &Resolver, ASTContext &Context) {
  bool FromDecl = Fn && Fn->getNumParams() == Def.Params.size();
  for (size_t I = 0; I < Def.Params.size(); ++I) {
    ProtoParameter &P = Def.Params[I];
    QualType Declared = FromDecl ? Fn->getParamDecl(I)->getType() : QualType();
    P.Type = FromDecl && !typoCorrected(P.TypeText, Declared, Context)
                 ? Resolver.factsOf(Declared)
                 : Resolver.describe(P.TypeText);
  }
}
} // namespace

void resolveModelTypes(TracepointModel &Model, ASTContext &Context) {
  TypeResolver Resolver(Context);
  GeneratedDecls Generated(Context);
  for (TracepointDefinition &Def : Model.Definitions) {
    const FunctionDecl *Fn = nullptr;
    if (Def.side() == Side::Kernel) {
      llvm::StringRef EventName = Def.Name;
      if (Def.shape() == DefinitionShape::Class) {
        // A class has no function of its own: use the one of an instance
        // that spells the class's parameter types. None may (an instance
        // that declares another prototype is an error of the header's):
        // the class's types are then read from their text.
        auto Spelled = [](const TracepointDefinition &D) {
          std::string Types;
          for (const ProtoParameter &P : D.Params)
            for (char C : P.TypeText + ",")
              if (C != ' ')
                Types += C;
          return Types;
        };
        EventName = {};
        for (const TracepointDefinition &Other : Model.Definitions)
          if (Other.side() == Side::Kernel &&
              Other.shape() == DefinitionShape::Instance &&
              Other.Template == Def.Name && Spelled(Other) == Spelled(Def)) {
            EventName = Other.Name;
            break;
          }
      }
      if (!EventName.empty())
        Fn = Generated.TraceFunctions.lookup(EventName);
    }
    resolveParams(Def, Fn, Resolver, Context);

    const RecordDecl *Raw =
        Def.side() == Side::Kernel ? Generated.RawRecords.lookup(Def.Name)
                                   : nullptr;
    for (EntryField &F : Def.Fields) {
      const FieldDecl *Declared = nullptr;
      if (Raw)
        for (const FieldDecl *FD : Raw->fields())
          if (FD->getName() == F.Name) {
            Declared = FD;
            break;
          }
      F.TypeRejected =
          Declared && (Declared->isInvalidDecl() ||
                       (!F.TypeText.empty() &&
                        typoCorrected(F.TypeText, Declared->getType(), Context)));
      if (Declared && !F.TypeRejected)
        F.Type = Resolver.factsOf(Declared->getType());
      else if (!F.TypeText.empty())
        F.Type = Resolver.describe(
            F.Macro->Kind != FieldMacroKind::Array ? F.TypeText
            : F.LengthValue ? F.TypeText + "[" + std::to_string(*F.LengthValue) + "]"
                            : F.TypeText + "[" + F.Length + "]");
    }
    for (CtfField &F : Def.CtfFields)
      if (!F.TypeText.empty())
        F.Type = Resolver.describe(F.TypeText);
  }
}

} // namespace lttng_tidy
