//===--- StaleMirrorCheck.cpp - lttng-stale-mirror ------------------------===//

#include "StaleMirrorCheck.h"
#include "MirrorRewriter.h"
#include "clang/AST/ASTContext.h"
#include "llvm/Support/Path.h"

using namespace lttng_tidy;

namespace clang::tidy::lttng {

namespace {
/// A definition of the header \p Mirror stands for (the same
/// TRACE_SYSTEM, else the unit's only trace header), when that header is a
/// module's own, outside the kernel tree; null for a kernel header.
const TracepointDefinition *moduleHeaderOf(const TracepointModel &Model,
                                           const TracepointDefinition &Mirror) {
  std::vector<const TracepointDefinition *> Kernel =
      Model.definitions(Side::Kernel);
  const TracepointDefinition *Header = nullptr;
  for (const TracepointDefinition *K : Kernel)
    if (K->System == Mirror.System) {
      Header = K;
      break;
    }
  if (!Header && !Kernel.empty() &&
      llvm::all_of(Kernel, [&](const TracepointDefinition *K) {
        return K->Position.File == Kernel.front()->Position.File;
      }))
    Header = Kernel.front();
  return Header && !Model.isKernelFile(Header->Position.File) ? Header
                                                              : nullptr;
}
} // namespace

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
  // A header that sets no TRACE_SYSTEM (LTTng's syscall tables) mirrors no
  // kernel subsystem: its events are LTTng's own.
  for (const TracepointDefinition &Def : Model.Definitions)
    // One whose name is no name mirrors nothing the check can name: its
    // problem is said once, by lttng-tracepoint-naming.
    if (Def.side() == Side::Lttng && Def.definesTracepoint() &&
        Def.hasReadableName() && !Def.System.empty() &&
        !(LttngOwnSystems && LttngOwnSystems->match(Def.System)))
      Mirrors.push_back(&Def);
  if (Mirrors.empty())
    return;

  // A probe read for a kernel unit: that unit's tracepoints count too.
  auto InKernel = [&](llvm::StringRef Name) {
    return Model.findTracepoint(Side::Kernel, Name) || readingUnitDefines(Name);
  };
  // Without the kernel's header, neither LTTng's build nor this check can
  // tell a stale mirror from a live one.
  if (Model.definitions(Side::Kernel).empty() && !readingUnitDefines("")) {
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
    if (const TracepointDefinition *Header = moduleHeaderOf(Model, *Mirror)) {
      // A module's header has no kernel version to guard the mirror by.
      diag(Mirror->Loc, "LTTng mirror '%0' has no tracepoint in the module's "
                        "header %1; its probe would never fire")
          << Mirror->Name
          << llvm::sys::path::filename(Header->Position.File);
      continue;
    }
    std::string Version =
        Model.Version.known()
            ? (" " + std::to_string(Model.Version.Major) + "." +
               std::to_string(Model.Version.Minor) + "." +
               std::to_string(Model.Version.Patch))
            : std::string();
    MirrorRewriter Rewriter(*Mirror, Model, Context.getSourceManager(),
                            Context.getLangOpts());
    std::string Unread = unreadDefinition({Mirror});
    std::string Guard = Model.Version.known()
                            ? versionBefore(guardVersion(Model))
                            : std::string();
    if (Unread.empty() && !Guard.empty())
      Unread = Rewriter.blockedReason(Guard);
    {
      auto Diag = diag(Mirror->Loc, "LTTng mirror '%0' has no kernel "
                                    "tracepoint in the analysed kernel%1; its "
                                    "probe would never fire")
                  << Mirror->Name << Version;
      // Keep the mirror for the kernels that still have the tracepoint.
      if (!Guard.empty() && Unread.empty())
        if (std::optional<FixItHint> Fix = Rewriter.wrap(Guard))
          Diag << *Fix;
    }
    if (!Unread.empty())
      diag(Mirror->Loc, "%0", DiagnosticIDs::Note) << Unread;
  }
}

} // namespace clang::tidy::lttng
