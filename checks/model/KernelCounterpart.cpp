//===--- KernelCounterpart.cpp - What the kernel's own event says ---------===//

#include "model/KernelCounterpart.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"

namespace lttng_tidy {

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
                                llvm::ArrayRef<ProtoParameter> MirrorParams) {
  const AssignStatement *Store = nullptr;
  for (const AssignStatement &A : KernelLayout.Assigns)
    if (A.Kind == AssignKind::Store && A.Field == Field)
      Store = Store ? nullptr : &A; // stored twice: not one expression
  if (!Store || KernelParams.size() != MirrorParams.size())
    return {};
  llvm::StringMap<std::string> Renames;
  for (size_t I = 0; I < KernelParams.size(); ++I)
    Renames[KernelParams[I].Name] = MirrorParams[I].Name;
  for (const auto &Variable : variablesOf(Store->Value)) {
    llvm::StringRef V = Variable.getKey();
    // The kernel's event buffer and its helpers have no LTTng meaning, and
    // a macro the trace header undefines is gone where the probe reads it.
    if (V.starts_with("__entry") || V.starts_with("__get_") ||
        V.starts_with("__assign") || Model.UnseenMacros.count(V))
      return {};
  }
  return renameVariables(Store->Value, Renames);
}

} // namespace lttng_tidy
