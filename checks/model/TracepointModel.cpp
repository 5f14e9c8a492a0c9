//===--- TracepointModel.cpp - Tracepoints of one translation unit --------===//

#include "model/TracepointModel.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <tuple>

namespace lttng_tidy {

bool TracepointDefinition::hasReadableName() const {
  return !Name.empty() && llvm::all_of(Name, [](char C) {
    return llvm::isAlnum(C) || C == '_';
  });
}

const DefinitionPart *TracepointDefinition::part(ArgRole Role) const {
  auto It = Parts.find(Role);
  return It == Parts.end() ? nullptr : &It->second;
}

bool TracepointDefinition::hasPlainAssign() const {
  return std::all_of(Assigns.begin(), Assigns.end(),
                     [](const AssignStatement &S) {
                       return S.Kind != AssignKind::Other;
                     });
}

const TracepointDefinition *
TracepointModel::namelessDefinitionIn(llvm::StringRef File) const {
  for (const TracepointDefinition &D : Definitions)
    if (D.Position.File == File && !D.Name.empty() && !D.hasReadableName())
      return &D;
  return nullptr;
}

std::vector<const TracepointDefinition *>
TracepointModel::definitions(Side S) const {
  std::vector<const TracepointDefinition *> Result;
  for (const TracepointDefinition &D : Definitions)
    if (D.side() == S)
      Result.push_back(&D);
  return Result;
}

const TracepointDefinition *TracepointModel::findClass(Side S,
                                                       llvm::StringRef Name) const {
  for (const TracepointDefinition &D : Definitions)
    if (D.side() == S && D.Name == Name &&
        (D.shape() == DefinitionShape::Class ||
         D.shape() == DefinitionShape::Event))
      return &D;
  return nullptr;
}

const TracepointDefinition *
TracepointModel::findTracepoint(Side S, llvm::StringRef Name) const {
  for (const TracepointDefinition &D : Definitions)
    if (D.side() == S && D.Name == Name && D.definesTracepoint())
      return &D;
  return nullptr;
}

std::string TracepointDefinition::argsForMirror() const {
  const DefinitionPart *Args = part(ArgRole::Args);
  if (!Args)
    return {};
  bool Plain = ArgNames.size() == Params.size();
  for (size_t I = 0; Plain && I < ArgNames.size(); ++I)
    Plain = ArgNames[I] == Params[I].Name;
  if (Plain || llvm::any_of(Params, [](const ProtoParameter &P) {
        return P.Name.empty();
      }))
    return Args->Text;
  std::string Names;
  for (const ProtoParameter &P : Params)
    Names += (Names.empty() ? "" : ", ") + P.Name;
  return Names;
}

bool TracepointDefinition::readFully() const {
  return llvm::all_of(Problems,
                      [](const ModelProblem &P) { return P.Informational; });
}

const TracepointDefinition *
TracepointModel::layoutOf(const TracepointDefinition &Def) const {
  if (Def.shape() == DefinitionShape::Instance)
    return findClass(Def.side(), Def.Template);
  return &Def;
}

bool TracepointModel::isKernelFile(llvm::StringRef File) const {
  if (KernelRoots.empty())
    return true;
  return llvm::any_of(KernelRoots, [File](const std::string &Root) {
    return File.starts_with(Root) && File.size() > Root.size() &&
           File[Root.size()] == '/';
  });
}

void TracepointModel::sortByPosition() {
  std::stable_sort(Definitions.begin(), Definitions.end(),
                   [](const TracepointDefinition &A,
                      const TracepointDefinition &B) {
                     return std::tie(A.Position.File, A.Position.Offset) <
                            std::tie(B.Position.File, B.Position.Offset);
                   });
}

} // namespace lttng_tidy
