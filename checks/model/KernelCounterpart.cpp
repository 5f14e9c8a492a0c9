//===--- KernelCounterpart.cpp - What the kernel's own event says ---------===//

#include "model/KernelCounterpart.h"
#include "model/MacroArgumentParser.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"

namespace lttng_tidy {

const TracepointDefinition *kernelEventOf(const TracepointModel &Model,
                                          const TracepointDefinition &Layout) {
  if (Layout.definesTracepoint())
    return Model.findTracepoint(Side::Kernel, Layout.Name);
  for (const TracepointDefinition &I : Model.Definitions)
    if (I.side() == Side::Lttng && I.shape() == DefinitionShape::Instance &&
        I.Template == Layout.Name)
      if (const TracepointDefinition *K = Model.findTracepoint(Side::Kernel, I.Name))
        return K;
  return nullptr;
}

bool sameParameterType(const ProtoParameter &A, const ProtoParameter &B,
                       clang::ASTContext &Context) {
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

bool sameProto(llvm::ArrayRef<ProtoParameter> A,
               llvm::ArrayRef<ProtoParameter> B, clang::ASTContext &Context) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (!sameParameterType(A[I], B[I], Context))
      return false;
  return true;
}

llvm::StringSet<> driftedParameters(const TracepointDefinition &Mirror,
                                    const TracepointDefinition &Kernel,
                                    clang::ASTContext &Context) {
  auto Differ = [&Context](const ProtoParameter &K, const ProtoParameter &M) {
    return !sameParameterType(K, M, Context);
  };
  llvm::StringSet<> Drifted;
  if (Mirror.Params.size() == Kernel.Params.size()) {
    for (size_t I = 0; I < Mirror.Params.size(); ++I)
      if (Differ(Kernel.Params[I], Mirror.Params[I]))
        Drifted.insert(Mirror.Params[I].Name);
    return Drifted;
  }
  for (const ProtoParameter &M : Mirror.Params) {
    auto K = llvm::find_if(Kernel.Params, [&M](const ProtoParameter &P) {
      return P.Name == M.Name;
    });
    if (K == Kernel.Params.end() || Differ(*K, M))
      Drifted.insert(M.Name);
  }
  return Drifted;
}

namespace {
/// The field \p Name of \p Record, looked up through anonymous members.
const clang::FieldDecl *memberNamed(const clang::RecordDecl *Record,
                                    llvm::StringRef Name) {
  for (const clang::FieldDecl *F : Record->fields()) {
    if (F->getName() == Name)
      return F;
    if (F->isAnonymousStructOrUnion())
      if (const clang::RecordDecl *Inner = F->getType()->getAsRecordDecl())
        if (const clang::RecordDecl *Def = Inner->getDefinition())
          if (const clang::FieldDecl *Found = memberNamed(Def, Name))
            return Found;
  }
  return nullptr;
}

/// The last parameter of \p Params named \p Name whose type is resolved.
const ProtoParameter *resolvedParameter(llvm::ArrayRef<ProtoParameter> Params,
                                        llvm::StringRef Name) {
  const ProtoParameter *Found = nullptr;
  for (const ProtoParameter &Candidate : Params)
    if (Candidate.Name == Name && Candidate.Type.Resolved)
      Found = &Candidate;
  return Found;
}

std::string spelled(clang::QualType T) {
  return "'" + T.getUnqualifiedType().getAsString() + "'";
}
} // namespace

AccessProblem memberAccessProblem(llvm::StringRef Expression,
                                  llvm::ArrayRef<ProtoParameter> Params) {
  using clang::tok::arrow;
  using clang::tok::identifier;
  using clang::tok::period;
  TokenList Tokens = lexCode(Expression);
  for (size_t I = 0; I + 2 < Tokens.size(); ++I) {
    if (Tokens[I].Kind != identifier ||
        (Tokens[I + 1].Kind != arrow && Tokens[I + 1].Kind != period) ||
        (I > 0 &&
         (Tokens[I - 1].Kind == arrow || Tokens[I - 1].Kind == period)))
      continue;
    const ProtoParameter *P = resolvedParameter(Params, Tokens[I].Spelling);
    if (!P)
      continue;
    clang::QualType T = P->Type.Type;
    std::string Chain = P->Name;
    for (size_t J = I + 1; J + 1 < Tokens.size() &&
                           (Tokens[J].Kind == arrow || Tokens[J].Kind == period) &&
                           Tokens[J + 1].Kind == identifier;
         J += 2) {
      AccessProblem Problem;
      if (Tokens[J].Kind == arrow) {
        if (!T->isPointerType()) {
          Problem.Reason = "'" + Chain + "' is " + spelled(T) + ", not a pointer";
          return Problem;
        }
        T = T->getPointeeType();
      } else if (T->isPointerType()) {
        Problem.Reason = "'" + Chain + "' is a pointer, read with '.'";
        return Problem;
      }
      const clang::RecordDecl *Record = T->getAsRecordDecl();
      if (!Record) {
        Problem.Reason = "'" + Chain + "' is " + spelled(T) + ", not a structure";
        return Problem;
      }
      const clang::RecordDecl *Definition = Record->getDefinition();
      if (!Definition) {
        Problem.Reason = spelled(T) + " is not defined where the probe reads the mirror";
        Problem.Undefined = true;
        Problem.Type = T.getUnqualifiedType().getAsString();
        return Problem;
      }
      llvm::StringRef Member = Tokens[J + 1].Spelling;
      const clang::FieldDecl *Field = memberNamed(Definition, Member);
      if (!Field) {
        Problem.Reason = "no member named '" + Member.str() + "' in " + spelled(T);
        return Problem;
      }
      T = Field->getType();
      Chain += Tokens[J].Spelling + Member.str();
    }
  }
  return {};
}

bool otherKind(clang::QualType Param, clang::QualType Arg,
               clang::ASTContext &Context) {
  Param = Param.getCanonicalType().getUnqualifiedType();
  Arg = Arg.getCanonicalType().getUnqualifiedType();
  if (Param->isPointerType() != Arg->isPointerType())
    return true;
  if (!Param->isPointerType())
    return Param->isRecordType() != Arg->isRecordType() ||
           (Param->isRecordType() && !Context.hasSameType(Param, Arg));
  clang::QualType To = Param->getPointeeType().getUnqualifiedType();
  clang::QualType From = Arg->getPointeeType().getUnqualifiedType();
  return !To->isVoidType() && !From->isVoidType() &&
         (To->isRecordType() || From->isRecordType()) &&
         !Context.hasSameType(To, From);
}

std::string callArgumentProblem(llvm::StringRef Expression,
                                llvm::ArrayRef<ProtoParameter> Params,
                                clang::ASTContext &Context) {
  namespace tok = clang::tok;
  TokenList Tokens = lexCode(Expression);
  for (size_t I = 1; I + 1 < Tokens.size(); ++I) {
    tok::TokenKind Before = Tokens[I - 1].Kind, After = Tokens[I + 1].Kind;
    if (Tokens[I].Kind != tok::identifier ||
        (Before != tok::l_paren && Before != tok::comma) ||
        (After != tok::r_paren && After != tok::comma))
      continue;
    const ProtoParameter *P = resolvedParameter(Params, Tokens[I].Spelling);
    if (!P)
      continue;
    // The call: the '(' that encloses the argument, and the name before it;
    // the argument's place is the number of commas at that level.
    unsigned Place = 0;
    int Depth = 0;
    size_t Open = I;
    while (Open-- > 0) {
      tok::TokenKind K = Tokens[Open].Kind;
      if (K == tok::r_paren || K == tok::r_square || K == tok::r_brace)
        ++Depth;
      else if (K == tok::l_paren || K == tok::l_square || K == tok::l_brace) {
        if (Depth-- == 0)
          break;
      } else if (K == tok::comma && Depth == 0)
        ++Place;
    }
    if (Open == static_cast<size_t>(-1) || Open == 0 ||
        Tokens[Open].Kind != tok::l_paren ||
        Tokens[Open - 1].Kind != tok::identifier)
      continue;
    llvm::StringRef Callee = Tokens[Open - 1].Spelling;
    for (const clang::NamedDecl *D :
         Context.getTranslationUnitDecl()->lookup(&Context.Idents.get(Callee))) {
      const auto *Fn = llvm::dyn_cast<clang::FunctionDecl>(D);
      if (!Fn || Place >= Fn->getNumParams())
        continue;
      clang::QualType Expected = Fn->getParamDecl(Place)->getType();
      if (otherKind(Expected, P->Type.Type, Context))
        return "'" + P->Name + "' is " + spelled(P->Type.Type) +
               ", and '" + Callee.str() + "' takes " + spelled(Expected);
      break;
    }
  }
  return {};
}

std::string kernelExpressionFor(const TracepointModel &Model,
                                llvm::StringRef Field,
                                llvm::ArrayRef<ProtoParameter> KernelParams,
                                const TracepointDefinition &KernelLayout,
                                llvm::ArrayRef<ProtoParameter> MirrorParams,
                                std::string *Unusable) {
  const AssignStatement *Store = nullptr;
  for (const AssignStatement &A : KernelLayout.Assigns)
    if (A.Kind == AssignKind::Store && A.Field == Field)
      Store = Store ? nullptr : &A; // stored twice: not one expression
  if (!Store || KernelParams.size() != MirrorParams.size())
    return {};
  llvm::StringMap<std::string> Renames;
  for (size_t I = 0; I < KernelParams.size(); ++I)
    Renames[KernelParams[I].Name] = MirrorParams[I].Name;
  llvm::StringSet<> Used = variablesOf(Store->Value);
  for (const auto &Variable : Used) {
    llvm::StringRef V = Variable.getKey();
    // The kernel's event buffer and its helpers have no LTTng meaning, and
    // a macro the trace header undefines is gone where the probe reads it.
    if (V.starts_with("__entry") || V.starts_with("__get_") ||
        V.starts_with("__assign") || Model.UnseenMacros.count(V))
      return {};
  }
  // The kernel compiles its expression where its event is instantiated,
  // with private headers the probe may not read.
  AccessProblem Problem = memberAccessProblem(Store->Value, KernelParams);
  if (Problem.found()) {
    if (Unusable)
      *Unusable = Problem.Undefined
                      ? "'" + Store->Value + "' reads '" + Problem.Type +
                            "', which is not defined where the probe reads "
                            "the mirror"
                      : "'" + Store->Value + "' does not compile with the "
                        "kernel's prototype: " + Problem.Reason;
    return {};
  }
  return renameVariables(Store->Value, Renames);
}

} // namespace lttng_tidy
