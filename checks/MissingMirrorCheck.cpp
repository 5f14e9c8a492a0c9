//===--- MissingMirrorCheck.cpp - lttng-missing-mirror --------------------===//

#include "MissingMirrorCheck.h"
#include "MirrorRewriter.h"
#include "model/KernelCounterpart.h"
#include "model/LttngTree.h"
#include "model/MirrorGenerator.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

using namespace lttng_tidy;

namespace clang::tidy::lttng {

namespace {
// A module's own trace header is not the kernel's: its tracepoints are
// named for where they are, and nothing is said of a kernel version.
std::string hasNoMirror(bool Module, StringRef Why) {
  return (Module ? "tracepoint '%0' in the module's header has no LTTng mirror"
                 : "kernel tracepoint '%0' has no LTTng mirror") +
         (Why.empty() && !Module ? " for the analysed kernel" : Why).str();
}
} // namespace

MissingMirrorCheck::MissingMirrorCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : TracepointModelCheck(Name, Context),
      VersionGuard(Options.get("VersionGuard", true)),
      ModuleVersionGuard(Options.get("ModuleVersionGuard", false)),
      UnmirroredSubsystems(Options.get("UnmirroredSubsystems", true)) {}

void MissingMirrorCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "VersionGuard", VersionGuard);
  Options.store(Opts, "ModuleVersionGuard", ModuleVersionGuard);
  Options.store(Opts, "UnmirroredSubsystems", UnmirroredSubsystems);
}

void MissingMirrorCheck::checkPairings(
    const std::vector<ProbePairing> &Pairings) {
  for (const ProbePairing &P : Pairings) {
    const TracepointDefinition *K = P.Kernel;
    if (!K->definesTracepoint() || K->shape() == DefinitionShape::Trace)
      continue;
    if (P.Probe.empty()) {
      // No mirror header to insert into: `lttng-tidy generate` writes one.
      if (!UnmirroredSubsystems)
        continue;
      diag(K->Loc, hasNoMirror(P.ModuleHeader, ": no probe of the "
                                               "LTTng-modules tree mirrors "
                                               "its header"))
          << K->Name;
      diag(K->Loc, "'lttng-tidy generate' writes the mirror header, the "
                   "probe and its Kbuild line for '%0'",
           DiagnosticIDs::Note)
          << K->System;
      continue;
    }
    // A probe that includes the header judged it while it was read.
    if (P.ProbeReadsHeader || !P.ProbeMirrors || P.ProbeMirrors->count(K->Name))
      continue;
    diag(K->Loc, hasNoMirror(P.ModuleHeader, "")) << K->Name;
    diag(K->Loc, "'%0' mirrors this header without including it, so no "
                 "fix-it is generated: add the mirror there by hand",
         DiagnosticIDs::Note)
        << llvm::sys::path::filename(P.Probe);
  }
}

std::vector<const TracepointDefinition *>
MissingMirrorCheck::mirroredKernelDefinitions(const TracepointModel &Model,
                                              ASTContext &Context) {
  std::vector<const TracepointDefinition *> All =
      Model.definitions(Side::Kernel);
  // The kernel headers this probe mirrors, as the tree pairs them (a probe
  // may include other kernel trace headers, and LTTng's arch mirrors none).
  const SourceManager &SM = Context.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  llvm::StringRef MainPath =
      Main ? Main->getFileEntry().tryGetRealPathName() : llvm::StringRef();
  std::string Root = LttngTree::rootOfProbe(MainPath);
  std::string Error;
  const LttngTree *Tree = Root.empty() ? nullptr : LttngTree::cached(Root, Error);
  const LttngProbe *Probe = Tree ? Tree->probeAt(MainPath) : nullptr;
  if (!Probe)
    return All; // a unit outside an LTTng tree: its mirrors are its own
  std::vector<const TracepointDefinition *> Mirrored;
  for (const TracepointDefinition *K : All)
    if (Tree->probeFor(K->Position.File) == Probe)
      Mirrored.push_back(K);
  return Mirrored;
}

void MissingMirrorCheck::checkModel(const TracepointModel &Model,
                                    ASTContext &Context) {
  // Only a unit holding a mirror (an LTTng probe, or a kernel unit read
  // with its probe through LttngModulesDir) knows what is mirrored.
  std::vector<const TracepointDefinition *> Mirrors =
      Model.definitions(Side::Lttng);
  if (Mirrors.empty())
    return;
  // The mirror header: where the last mirror definition is written directly.
  const TracepointDefinition *Last = nullptr;
  for (const TracepointDefinition *M : Mirrors)
    if (M->InvocationFileRange.isValid() && M->WrapperMacro.empty() &&
        (!Last || M->Position.File != Last->Position.File ||
         M->Position.Offset > Last->Position.Offset))
      if (!Last || M->Position.File == Mirrors.front()->Position.File)
        Last = M;
  llvm::StringRef System = Mirrors.front()->System;

  llvm::StringSet<> Mirrored, Classes;
  // The event names LTTng's mirrors use, with the mirror using each.
  llvm::StringMap<std::string> EventNames;
  // Kernel classes whose generation gave no code.
  llvm::StringSet<> Ungenerated;
  for (const TracepointDefinition *M : Mirrors) {
    Mirrored.insert(M->Name);
    if (M->definesTracepoint())
      EventNames.try_emplace(M->eventName(), M->Name);
    if (M->shape() == DefinitionShape::Class ||
        M->shape() == DefinitionShape::Event)
      Classes.insert(M->Name);
  }

  struct Missing {
    const TracepointDefinition *Def;
    GeneratedMirror Generated;
  };
  std::vector<Missing> Found;
  std::string Code;
  lttng_tidy::DeclaredName IsDeclared =
      lttng_tidy::moduleVisibleNames(
          Context, lttng_tidy::readExportedSymbols(Context),
          &Model.HeaderMacros);

  for (const TracepointDefinition *K : mirroredKernelDefinitions(Model, Context)) {
    if (!K->definesTracepoint() || K->shape() == DefinitionShape::Trace ||
        Mirrored.count(K->Name))
      continue;
    // An instance needs its class mirrored first; the class's notes go
    // with the instance that brought it.
    std::vector<std::string> ClassNotes;
    std::string Unread = unreadDefinition({K, Model.layoutOf(*K)});
    if (!Unread.empty()) {
      GeneratedMirror Nothing;
      Nothing.Notes.push_back(Unread);
      Found.push_back({K, std::move(Nothing)});
      continue;
    }
    // An instance takes its class's prototype: the LTTng class when LTTng
    // mirrors it already, else the kernel's, generated with it. With
    // another prototype the instance would conflict with its class.
    if (K->shape() == DefinitionShape::Instance) {
      const TracepointDefinition *LttngClass =
          Model.findClass(Side::Lttng, K->Template);
      const TracepointDefinition *KernelClass =
          Model.findClass(Side::Kernel, K->Template);
      std::string Withheld;
      // A class defined nowhere in this unit: its prototype is unknown, and
      // two instances of it could declare two.
      if (!LttngClass && !KernelClass)
        Withheld = "it is an instance of '" + K->Template +
                   "', which this unit does not define";
      for (const TracepointDefinition *Class : {KernelClass, LttngClass})
        if (Class && Withheld.empty())
          Withheld = lttng_tidy::instanceProtoConflict(*K, *Class, Context);
      if (!Withheld.empty()) {
        GeneratedMirror Nothing;
        Nothing.Notes.push_back(Withheld + ": no code is generated for it");
        Found.push_back({K, std::move(Nothing)});
        continue;
      }
    }
    if (K->shape() == DefinitionShape::Instance &&
        !Classes.count(K->Template)) {
      if (const TracepointDefinition *Class =
              Model.findClass(Side::Kernel, K->Template)) {
        GeneratedMirror C = generateMirror(Model, *Class, System, IsDeclared);
        if (!C.Code.empty())
          Code += "\n" + C.Code;
        else
          Ungenerated.insert(K->Template);
        ClassNotes = std::move(C.Notes);
        Classes.insert(K->Template);
      }
    }
    // Without its class, an instance does not compile.
    if (K->shape() == DefinitionShape::Instance &&
        Ungenerated.count(K->Template)) {
      GeneratedMirror Nothing;
      Nothing.Notes = std::move(ClassNotes);
      Nothing.Notes.push_back("its class '" + K->Template +
                              "' could not be generated: no code is "
                              "generated for it");
      Found.push_back({K, std::move(Nothing)});
      continue;
    }
    GeneratedMirror G = generateMirror(Model, *K, System, IsDeclared);
    // LTTng names an event's symbols after its event name too: a mirror
    // already using it (renamed, or mapping another tracepoint to it)
    // would be defined twice.
    auto Taken = EventNames.find(G.EventName);
    if (!G.EventName.empty() && Taken != EventNames.end()) {
      GeneratedMirror Nothing;
      Nothing.Notes = std::move(ClassNotes);
      Nothing.Notes.push_back("the LTTng event name '" + G.EventName +
                              "' it would get is taken by the mirror '" +
                              Taken->second + "': no code is generated for it");
      Found.push_back({K, std::move(Nothing)});
      continue;
    }
    if (!G.EventName.empty() && !G.Code.empty())
      EventNames.try_emplace(G.EventName, K->Name);
    G.Notes.insert(G.Notes.begin(), ClassNotes.begin(), ClassNotes.end());
    if (!G.Code.empty())
      Code += "\n" + G.Code;
    Found.push_back({K, std::move(G)});
  }
  if (Found.empty())
    return;

  // A mirror definition whose name is no name (its arguments swapped) was
  // not read: it may mirror a tracepoint that looks missing, so none is
  // said to be missing, and a second mirror would conflict with it.
  const TracepointDefinition *Unread =
      Last ? Model.namelessDefinitionIn(Last->Position.File) : nullptr;

  // One insertion for the whole header, after its last definition, so that
  // every unit that reads it proposes the same bytes.
  std::optional<FixItHint> Insertion;
  std::string Withheld;
  if (Last && !Code.empty()) {
    const SourceManager &SM = Context.getSourceManager();
    SourceLocation After = Lexer::getLocForEndOfToken(
        Last->InvocationFileRange.getEnd(), 0, SM, Context.getLangOpts());
    std::string Text = "\n" + Code;
    // A module's own header has no kernel version: its mirror follows
    // the module, not the kernel, unless asked otherwise.
    bool Module = llvm::any_of(Found, [&Model](const Missing &M) {
      return !Model.isKernelFile(M.Def->Position.File);
    });
    bool Guarded =
        VersionGuard && Model.Version.known() && (!Module || ModuleVersionGuard);
    if (Guarded)
      Text = "\n\n#if (" + versionAtLeast(guardVersion(Model)) + ")" + Code +
             "#endif";
    if (Guarded && !Last->SeesVersionMacros)
      Withheld = versionMacrosUnseen();
    if (Withheld.empty() && !Last->FileHazard.empty())
      Withheld = "in the mirror header " + Last->FileHazard +
                 ": the clean-up around an insertion would change lines it "
                 "does not touch; no fix-it is offered";
    if (Withheld.empty() && Unread)
      Withheld = "no fix-it is offered";
    // Inserted at the start of the next line, the same bytes result, but
    // clang-tidy -fix and clang-apply-replacements then leave the last
    // definition alone: their clean-up of the lines an insertion touches
    // would drop a comma before a ')' in it.
    auto [File, Offset] = SM.getDecomposedLoc(After);
    StringRef Rest = SM.getBufferData(File).substr(Offset);
    size_t LineEnd = Rest.find('\n');
    StringRef Tail = Rest.take_front(LineEnd);
    if (LineEnd != StringRef::npos && Text.front() == '\n' &&
        !Tail.contains("/*") && !Tail.contains('\\')) {
      After = After.getLocWithOffset(LineEnd + 1);
      Text = Text.substr(1) + "\n";
    }
    if (Withheld.empty())
      Insertion = FixItHint::CreateInsertion(After, Text);
  }
  // The insertion goes with the first finding whose code it holds.
  size_t Carrier = 0;
  while (Carrier + 1 < Found.size() && Found[Carrier].Generated.Code.empty())
    ++Carrier;
  for (size_t I = 0; I < Found.size(); ++I) {
    const Missing &M = Found[I];
    if (Unread) {
      diag(M.Def->Loc,
           "kernel tracepoint '%0' may have no LTTng mirror: the mirror "
           "header defines '%1' where a name goes, which may be its mirror; "
           "no fix-it is offered",
           DiagnosticIDs::Remark)
          << M.Def->Name << Unread->Name;
      continue;
    }
    {
      bool Module = !Model.isKernelFile(M.Def->Position.File);
      auto Diag = diag(M.Def->Loc, hasNoMirror(Module, "")) << M.Def->Name;
      if (I == Carrier && Insertion)
        Diag << *Insertion;
    }
    if (I != Carrier && Insertion && !M.Generated.Code.empty())
      diag(M.Def->Loc,
           "generated with the mirror of '%0', in one insertion into the "
           "mirror header",
           DiagnosticIDs::Note)
          << Found[Carrier].Def->Name;
    if (I == Carrier && !Withheld.empty())
      diag(M.Def->Loc, "%0", DiagnosticIDs::Note) << Withheld;
    for (const std::string &Note : M.Generated.Notes)
      diag(M.Def->Loc, "%0", DiagnosticIDs::Note) << Note;
  }
}

} // namespace clang::tidy::lttng
