//===--- MacroParserFuzzer.cpp - libFuzzer harness for the text parsers ---===//
//
// The part of a unit's path that works on tokens, without a compiler in
// the way, at a million inputs a minute: the input is lexed, its first
// definition macro call (TRACE_EVENT, DEFINE_EVENT, LTTNG_TRACEPOINT_*,
// ...; TRACE_EVENT around the whole input when there is none) is split
// into its arguments, each argument goes through the model's parser for
// its role (prototype, TP_ARGS, TP_STRUCT__entry, TP_fast_assign with its
// statement classifier, TP_FIELDS with the ctf_* decoder), constant
// expressions through the integer evaluator, and a kernel definition
// through the generator of LTTng code. TracepointFuzzer.cpp drives the
// same parsers through clang's preprocessor and Sema.
//
//===----------------------------------------------------------------------===//

#include "model/KernelCounterpart.h"
#include "model/KnownMacros.h"
#include "model/MacroArgumentParser.h"
#include "model/MirrorGenerator.h"
#include "model/TracepointModel.h"
#include <cstdint>
#include <string>

using namespace lttng_tidy;

// libFuzzer calls it by this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  TokenList Tokens = lexCode(Text);
  llvm::ArrayRef<SpelledToken> All(Tokens);

  // Every parenthesised group as a constant expression, and every name as
  // a ctf_* macro: the evaluator and the decoder take any tokens.
  for (size_t I = 0; I < All.size(); ++I) {
    if (All[I].Kind == clang::tok::l_paren) {
      size_t Close = findClosing(All, I);
      if (Close != llvm::StringRef::npos)
        (void)evaluateInteger(All.slice(I + 1, Close - I - 1));
    } else if (All[I].Kind == clang::tok::identifier) {
      CtfMacroInfo Info;
      (void)decodeCtfMacro(All[I].Spelling, Info);
    }
  }

  const DefinitionMacro *Macro = nullptr;
  llvm::ArrayRef<SpelledToken> Arguments = All;
  for (size_t I = 0; I + 1 < All.size(); ++I) {
    const DefinitionMacro *Found = All[I].Kind == clang::tok::identifier
                                       ? findDefinitionMacro(All[I].Spelling)
                                       : nullptr;
    if (!Found || All[I + 1].Kind != clang::tok::l_paren)
      continue;
    size_t Close = findClosing(All, I + 1);
    if (Close == llvm::StringRef::npos)
      continue;
    Macro = Found;
    Arguments = All.slice(I + 2, Close - I - 2);
    break;
  }
  if (!Macro)
    Macro = findDefinitionMacro("TRACE_EVENT");

  TracepointModel Model;
  TracepointDefinition Def;
  Def.Macro = Macro;
  Def.System = "fuzz";
  std::vector<TokenList> Parts = splitTopLevel(Arguments, clang::tok::comma);
  PartParser Parser(Def.Problems,
                    [](const SpelledToken &, const std::vector<TokenList> &,
                       bool, TokenList &) { return false; });
  for (size_t I = 0; I < Parts.size() && I < Macro->Roles.size(); ++I) {
    llvm::ArrayRef<SpelledToken> Arg = Parts[I];
    DefinitionPart Part;
    Part.Text = joinTokens(stripPartWrappers(Arg));
    switch (Macro->Roles[I]) {
    case ArgRole::Name:
      Def.Name = Part.Text;
      break;
    case ArgRole::Template:
      Def.Template = Part.Text;
      break;
    case ArgRole::Map:
      Def.Map = Part.Text;
      break;
    default:
      Parser.parsePart(Macro->Roles[I], Arg, Def);
      break;
    }
    Def.Parts[Macro->Roles[I]] = std::move(Part);
  }
  Model.Definitions.push_back(Def);
  const TracepointDefinition &Stored = Model.Definitions.back();
  (void)Stored.readFully();
  for (const CtfField &F : Stored.CtfFields)
    (void)memberAccessProblem(F.Source + " " + F.Length, Stored.Params);
  if (Stored.side() == Side::Kernel) {
    // Everything visible, and nothing: both ways through the generator.
    for (bool Visible : {true, false}) {
      GeneratedMirror G = generateMirror(
          Model, Stored, "fuzz", [Visible](llvm::StringRef) { return Visible; });
      (void)lexCode(G.Code);
    }
  }
  return 0;
}
