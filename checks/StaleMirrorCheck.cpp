//===--- StaleMirrorCheck.cpp - lttng-stale-mirror ------------------------===//

#include "StaleMirrorCheck.h"
#include "MirrorRewriter.h"
#include "clang/AST/ASTContext.h"

using namespace lttng_tidy;

namespace clang::tidy::lttng {

StaleMirrorCheck::StaleMirrorCheck(StringRef Name, ClangTidyContext *Context)
    : TracepointModelCheck(Name, Context),
      LttngOwnSystemsRegex(Options.get("LttngOwnSystemsRegex", "^lttng")) {
  LttngOwnSystems = regexOption("LttngOwnSystemsRegex", LttngOwnSystemsRegex);
}

void StaleMirrorCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "LttngOwnSystemsRegex", LttngOwnSystemsRegex);
}

void StaleMirrorCheck::checkModel(const TracepointModel &Model,
                                  ASTContext &Context) {
  std::vector<const TracepointDefinition *> Mirrors;
  for (const TracepointDefinition &Def : Model.Definitions)
    if (Def.side() == Side::Lttng && Def.definesTracepoint() &&
        !(LttngOwnSystems && LttngOwnSystems->match(Def.System)))
      Mirrors.push_back(&Def);
  if (Mirrors.empty())
    return;

  // A probe read for a kernel unit: that unit's tracepoints count too.
  const TracepointModel *Unit = readingUnit();
  auto InKernel = [&](llvm::StringRef Name) {
    return Model.findTracepoint(Side::Kernel, Name) ||
           (Unit && Unit->findTracepoint(Side::Kernel, Name));
  };
  // Without the kernel's header, neither LTTng's build nor this check can
  // tell a stale mirror from a live one.
  if (Model.definitions(Side::Kernel).empty() &&
      !(Unit && !Unit->definitions(Side::Kernel).empty())) {
    const SourceManager &SM = Context.getSourceManager();
    diag(SM.getLocForStartOfFile(SM.getMainFileID()),
         "this LTTng probe includes no kernel trace header, so the "
         "prototypes of its '%0' events are checked by nothing; include "
         "the kernel header before the mirror")
        << Mirrors.front()->System;
    return;
  }

  for (const TracepointDefinition *Mirror : Mirrors) {
    if (InKernel(Mirror->Name))
      continue;
    std::string Version =
        Model.Version.known()
            ? (" " + std::to_string(Model.Version.Major) + "." +
               std::to_string(Model.Version.Minor) + "." +
               std::to_string(Model.Version.Patch))
            : std::string();
    MirrorRewriter Rewriter(*Mirror, Context.getSourceManager(),
                            Context.getLangOpts());
    auto Diag = diag(Mirror->Loc, "LTTng mirror '%0' has no kernel "
                                  "tracepoint in the analysed kernel%1; its "
                                  "probe would never fire")
                << Mirror->Name << Version;
    // Keep the mirror for the kernels that still have the tracepoint.
    if (Model.Version.known())
      if (std::optional<FixItHint> Fix =
              Rewriter.wrap(versionBefore(Model.Version)))
        Diag << *Fix;
  }
}

} // namespace clang::tidy::lttng
