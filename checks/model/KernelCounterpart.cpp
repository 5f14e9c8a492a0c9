//===--- KernelCounterpart.cpp - What the kernel's own event says ---------===//

#include "model/KernelCounterpart.h"
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
  // with private headers the probe may not read: a parameter whose
  // structure the probe has only declared cannot be dereferenced there.
  for (const ProtoParameter &P : KernelParams) {
    if (!P.Type.Resolved || !Used.count(P.Name))
      continue;
    clang::QualType T = P.Type.Type;
    if (T->isPointerType())
      T = T->getPointeeType();
    if (const auto *Record = T->getAs<clang::RecordType>())
      if (!Record->getDecl()->getDefinition()) {
        if (Unusable)
          *Unusable = "'" + Store->Value + "' reads '" +
                      T.getUnqualifiedType().getAsString() +
                      "', which is not defined where the probe reads the "
                      "mirror";
        return {};
      }
  }
  return renameVariables(Store->Value, Renames);
}

} // namespace lttng_tidy
