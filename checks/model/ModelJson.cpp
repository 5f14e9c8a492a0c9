//===--- ModelJson.cpp - The model as JSON --------------------------------===//

#include "model/ModelJson.h"
#include "clang/Basic/SourceManager.h"

using namespace llvm;

namespace lttng_tidy {

json::Value typeToJson(const TypeFacts &T) {
  json::Object O{{"resolved", T.Resolved}, {"spelling", T.Spelling}};
  if (!T.Resolved)
    return O;
  O["canonical"] = T.Canonical;
  O["bits"] = static_cast<int64_t>(T.SizeBits);
  if (T.IsInteger)
    O["signed"] = T.IsSigned;
  std::string Kind = T.IsPointer  ? "pointer"
                     : T.IsEnum   ? "enum"
                     : T.IsBool   ? "bool"
                     : T.IsArray  ? "array"
                     : T.IsRecord ? "record"
                     : T.IsInteger ? "integer"
                                   : "other";
  O["kind"] = Kind;
  if (T.IsArray)
    O["length"] = static_cast<int64_t>(T.ArrayLength);
  return O;
}

namespace {
std::string locationText(clang::SourceLocation Loc,
                         const clang::SourceManager &SM) {
  if (Loc.isInvalid())
    return "";
  clang::PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Loc));
  if (P.isInvalid())
    return "";
  return (Twine(P.getFilename()) + ":" + Twine(P.getLine()) + ":" +
          Twine(P.getColumn()))
      .str();
}

StringRef assignKindName(AssignKind K) {
  switch (K) {
  case AssignKind::Store:
    return "store";
  case AssignKind::HelperAssign:
    return "helper";
  case AssignKind::Copy:
    return "copy";
  case AssignKind::Other:
    return "other";
  }
  return "other";
}
} // namespace

json::Object ctfFieldToJson(const CtfField &F, const TypeFacts &Type) {
  json::Object FO{{"macro", F.MacroName},
                  {"kind", ctfKindName(F.Info.Kind)},
                  {"name", F.Name},
                  {"source", F.Source}};
  if (!F.TypeText.empty()) {
    FO["type_text"] = F.TypeText;
    FO["type"] = typeToJson(Type);
  }
  if (!F.Length.empty())
    FO["length"] = F.Length;
  if (!F.LengthType.empty())
    FO["length_type"] = F.LengthType;
  return FO;
}

json::Value definitionToJson(const TracepointDefinition &Def,
                             const clang::SourceManager &SM) {
  json::Object O{
      {"side", sideName(Def.side())},
      {"macro", Def.macroName()},
      {"shape", shapeName(Def.shape())},
      {"name", Def.Name},
      {"system", Def.System},
      {"file", Def.Position.File},
      {"line", static_cast<int64_t>(Def.Position.Line)},
      {"column", static_cast<int64_t>(Def.Position.Column)},
  };
  if (!Def.Template.empty())
    O["class"] = Def.Template;
  if (!Def.Map.empty())
    O["map"] = Def.Map;
  if (!Def.WrapperMacro.empty())
    O["wrapper"] = Def.WrapperMacro;
  json::Array Params;
  for (const ProtoParameter &P : Def.Params)
    Params.push_back(json::Object{
        {"name", P.Name}, {"type_text", P.TypeText}, {"type", typeToJson(P.Type)}});
  if (Def.part(ArgRole::Proto))
    O["proto"] = std::move(Params);
  if (Def.part(ArgRole::Args))
    O["args"] = json::Array(Def.ArgNames);
  if (Def.part(ArgRole::Struct)) {
    json::Array Fields;
    for (const EntryField &F : Def.Fields) {
      json::Object FO{{"macro", F.MacroName},
                      {"name", F.Name},
                      {"kind", fieldKindName(F.Macro->Kind)}};
      if (!F.TypeText.empty()) {
        FO["type_text"] = F.TypeText;
        FO["type"] = typeToJson(F.Type);
      }
      if (!F.Length.empty())
        FO["length"] = F.Length;
      if (!F.Source.empty())
        FO["source"] = F.Source;
      Fields.push_back(std::move(FO));
    }
    O["fields"] = std::move(Fields);
  }
  if (Def.part(ArgRole::Assign)) {
    json::Array Assigns;
    for (const AssignStatement &A : Def.Assigns) {
      json::Object AO{{"kind", assignKindName(A.Kind)}, {"text", A.Text}};
      if (!A.Field.empty())
        AO["field"] = A.Field;
      Assigns.push_back(std::move(AO));
    }
    O["assign"] = std::move(Assigns);
    O["plain_assign"] = Def.hasPlainAssign();
  }
  if (const DefinitionPart *Print = Def.part(ArgRole::Print))
    O["printk"] = Print->Text;
  if (Def.part(ArgRole::Fields)) {
    json::Array Fields;
    for (const CtfField &F : Def.CtfFields)
      Fields.push_back(ctfFieldToJson(F, F.Type));
    O["ctf_fields"] = std::move(Fields);
  }
  json::Array Problems;
  for (const ModelProblem &P : Def.Problems)
    Problems.push_back(json::Object{{"location", locationText(P.Loc, SM)},
                                    {"message", P.Message},
                                    {"informational", P.Informational}});
  O["problems"] = std::move(Problems);
  return O;
}

json::Value modelToJson(const TracepointModel &Model,
                        const clang::SourceManager &SM) {
  json::Array Defs;
  for (const TracepointDefinition &D : Model.Definitions)
    Defs.push_back(definitionToJson(D, SM));
  json::Object Out{{"definitions", std::move(Defs)}};
  if (Model.Version.known())
    Out["kernel_version"] = (Twine(Model.Version.Major) + "." +
                             Twine(Model.Version.Minor) + "." +
                             Twine(Model.Version.Patch))
                                .str();
  return Out;
}

} // namespace lttng_tidy
