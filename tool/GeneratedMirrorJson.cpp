//===--- GeneratedMirrorJson.cpp - Generated mirrors as JSON --------------===//

#include "GeneratedMirrorJson.h"
#include "AdaptationWriter.h"
#include "model/MacroArgumentParser.h"
#include "model/ModelJson.h"
#include "model/TypeResolver.h"
#include "llvm/Support/FileSystem.h"

using namespace llvm;

namespace lttng_tidy {

namespace {
json::Array ctfFieldsJson(ArrayRef<CtfField> Fields,
                          const TypeResolver &Resolver) {
  json::Array Out;
  // The keys of `lttng-tidy model`'s ctf_fields, so that both sides
  // compare with the same code.
  for (const CtfField &F : Fields)
    Out.push_back(ctfFieldToJson(F, Resolver.describe(F.TypeText)));
  return Out;
}

json::Object definitionJson(const TracepointDefinition &Def,
                            const GeneratedMirror &G,
                            const TypeResolver &Resolver) {
  json::Object O{{"name", Def.Name},
                 {"shape", shapeName(Def.shape())},
                 {"kernel_macro", Def.macroName()},
                 {"uses_code", G.UsesCode},
                 {"code", G.Code},
                 {"notes", json::Array(G.Notes)}};
  if (!Def.Template.empty())
    O["class"] = Def.Template;
  // Read back what was generated with the model's own parser: the fields
  // are what the code says, whatever the generator's layout.
  TokenList Tokens = lexCode(G.Code);
  const DefinitionMacro *Macro =
      Tokens.size() > 1 && Tokens[1].Kind == clang::tok::l_paren
          ? findDefinitionMacro(Tokens[0].Spelling)
          : nullptr;
  size_t Close = Macro ? findClosing(Tokens, 1) : StringRef::npos;
  if (Close == StringRef::npos)
    return O;
  O["macro"] = Macro->Name;
  std::vector<TokenList> Args =
      splitTopLevel(ArrayRef(Tokens).slice(2, Close - 2), clang::tok::comma);
  std::vector<ModelProblem> Problems;
  PartParser Parser(Problems, nullptr);
  std::vector<CtfField> Fields;
  for (size_t I = 0; I < Macro->Roles.size() && I < Args.size(); ++I) {
    if (Macro->Roles[I] == ArgRole::Map)
      O["map"] = joinTokens(Args[I]);
    else if (Macro->Roles[I] == ArgRole::Fields)
      Parser.parseCtfFields(Args[I], Fields);
  }
  if (llvm::any_of(Macro->Roles,
                   [](ArgRole R) { return R == ArgRole::Fields; }))
    O["ctf_fields"] = ctfFieldsJson(Fields, Resolver);
  json::Array ProblemList;
  for (const ModelProblem &P : Problems)
    ProblemList.push_back(P.Message);
  O["problems"] = std::move(ProblemList);
  return O;
}

} // namespace

const LttngProbe *probeOfHeader(const LttngTree &Tree, StringRef HeaderFile,
                                StringRef MainFile) {
  const LttngProbe *Any = Tree.probeFor(HeaderFile);
  SmallString<256> Main;
  if (!Any || sys::fs::real_path(MainFile, Main))
    return Any;
  for (const LttngProbe &P : Tree.probes()) {
    SmallString<256> Path;
    StringRef Include = P.KernelInclude;
    while (Include.consume_front("../"))
      ;
    if (!sys::fs::real_path(P.Path, Path) && Path == Main &&
        HeaderFile.ends_with(("/" + Include).str()))
      return &P;
  }
  return Any;
}

json::Value generatedHeaderJson(const TracepointModel &Model,
                                StringRef HeaderFile, const LttngProbe *Probe,
                                const DeclaredName &IsDeclared,
                                clang::ASTContext &Context) {
  std::vector<const TracepointDefinition *> Defs;
  for (const TracepointDefinition *D : Model.definitions(Side::Kernel))
    if (D->Position.File == HeaderFile)
      Defs.push_back(D);
  std::string System, From;
  if (Probe)
    for (const TracepointDefinition *M : Model.definitions(Side::Lttng))
      if (!M->System.empty() &&
          StringRef(M->Position.File).ends_with("/" + Probe->MirrorInclude)) {
        System = M->System;
        From = "mirror";
        break;
      }
  if (System.empty() && !Defs.empty()) {
    System = Defs.front()->System.empty() ? Defs.front()->InheritedSystem
                                          : Defs.front()->System;
    From = "kernel";
  }
  json::Object Out{{"header", HeaderFile},
                   {"include", probeIncludeOf(HeaderFile, Model)},
                   {"system", System},
                   {"system_from", From}};
  if (Probe) {
    Out["mirrored_by"] = Probe->Path;
    Out["mirror_include"] = Probe->MirrorInclude;
  }
  TypeResolver Resolver(Context);
  json::Array Definitions;
  size_t Notes = 0;
  for (const TracepointDefinition *D : Defs) {
    GeneratedMirror G = generateMirror(Model, *D, System, IsDeclared);
    Notes += G.Notes.size();
    Definitions.push_back(definitionJson(*D, G, Resolver));
  }
  Out["definitions"] = std::move(Definitions);
  Out["notes"] = static_cast<int64_t>(Notes);
  return Out;
}

} // namespace lttng_tidy
