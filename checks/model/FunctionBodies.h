//===--- FunctionBodies.h - The bodies the checks read, the rest skipped -===//
//
// Half of clang's time on a kernel unit goes into function bodies: the
// unit's own code and the inline functions of every kernel header. The
// lttng-* checks read few of them, so the parses the project controls (the
// audit's in-process workers, the LTTng probes read for a kernel unit) skip
// the rest (FrontendOptions::SkipFunctionBodies, asked per function through
// ASTConsumer::shouldSkipFunctionBody).
//
// Kept, because a check reads them:
//  - of the functions a kernel trace header generates, the one a check
//    reads: trace_event_raw_event_*(), which holds TP_fast_assign
//    (lttng-assign-narrowing; KnownMacros' isFastAssignFunction);
//  - the functions an LTTng definition macro (the model's KnownMacros:
//    LTTNG_TRACEPOINT_EVENT, ..., at any level of the expansion that wrote
//    the body's '{') generates: LTTng's probe functions (the ctf_*
//    sources, lttng-field-type-mismatch);
//  - every function of a file under a kept root, and every body a macro
//    of that root wrote: an LTTng-modules tree, whose wrappers and core
//    code must show their compile errors.
// Skipped: every other body, those that other macros write included: the
// rest of each kernel event's functions (perf_trace_*(),
// trace_raw_output_*() and the like), the Page*() helpers of page-flags.h,
// the guards of cleanup.h. A skipped inline body is not lost: the names
// its tokens spell are kept, and whether a module may call the inline
// (MirrorGenerator's callable()) is decided from them as from the body's
// references. And the file-scope functions and variables any skipped body
// names are marked used, so that clang's unused-declaration warnings
// (errors under -Werror) are those of a full parse.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_FUNCTIONBODIES_H
#define LTTNG_TIDY_MODEL_FUNCTIONBODIES_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
class IdentifierInfo;
class Preprocessor;
class Token;
} // namespace clang

namespace lttng_tidy {

/// Decides, during one parse, which function bodies are skipped, and keeps
/// the names in the skipped inline bodies. Watches the preprocessor's
/// tokens for as long as it lives (one per parse).
class FunctionBodySkipper {
public:
  /// \p KeptRoot: a directory whose files keep every body (empty: none).
  FunctionBodySkipper(clang::Preprocessor &PP, llvm::StringRef KeptRoot);
  ~FunctionBodySkipper();
  FunctionBodySkipper(const FunctionBodySkipper &) = delete;
  FunctionBodySkipper &operator=(const FunctionBodySkipper &) = delete;

  /// The parser's question, from ASTConsumer::shouldSkipFunctionBody.
  bool shouldSkip(const clang::FunctionDecl &FD);

  /// The unit's context (ASTConsumer::Initialize). With it, at the end of
  /// the unit, the file-scope functions and variables that skipped
  /// bodies name are marked used, as the parsed bodies would have: clang's
  /// "unused function/variable" warnings (errors under -Werror) then say
  /// what a full parse says.
  void attach(clang::ASTContext &Context);

  /// The identifiers of the skipped body of the definition \p Def, or null
  /// when its body was parsed (or no skipper of a live parse skipped it).
  static const std::vector<const clang::IdentifierInfo *> *
  namesInSkippedBody(const clang::FunctionDecl &Def);

  /// What a parse of a probe's leading headers alone kept of the bodies it
  /// skipped (PrecompiledPrefix.h), by name: a read that loads those
  /// headers precompiled has their declarations, not their tokens.
  struct Carried {
    /// The names in each skipped inline body, by function (a C unit
    /// defines each function once).
    llvm::StringMap<std::vector<std::string>> InlineBodies;
    std::vector<std::string> NamesInAnyBody;
  };
  Carried carried() const;
  /// Takes \p From as this parse's own, once the unit's context is
  /// attached (the names become this parse's identifiers).
  void resume(const Carried &From);

  /// Also shows each token the preprocessor hands the parser to \p Watcher.
  void alsoWatchTokens(std::function<void(const clang::Token &)> Watcher);

private:
  void onToken(const clang::Token &Tok);
  void markNamedDeclarationsUsed();
  bool underKeptRoot(clang::FileID File);
  /// For a function whose name a macro wrote: whether its body is one the
  /// checks read.
  bool keepsMacroWrittenBody(const clang::FunctionDecl &FD);
  /// Whether an LTTng definition macro's expansion holds \p Loc.
  bool writtenByLttngDefinitionMacro(clang::SourceLocation Loc);

  clang::Preprocessor &PP;
  std::string KeptRoot, KeptRealRoot;
  llvm::DenseMap<clang::FileID, bool> Kept;
  clang::ASTContext *Context = nullptr;
  bool Marked = false;
  /// The last token lexed: when the parser asks, the body's '{'.
  clang::SourceLocation LastTokenLoc;
  bool LastTokenWasLeftBrace = false;
  /// The skipped body being read (any), its brace depth, and whether its
  /// names are kept for it (an inline one).
  const clang::FunctionDecl *Reading = nullptr;
  bool ReadingInline = false;
  /// The names every skipped body spells, marked used at the end.
  llvm::DenseSet<const clang::IdentifierInfo *> NamesInAnyBody;
  unsigned Depth = 0;
  /// The token before, to leave out member names (a.x, p->x) and tags.
  bool AfterMemberOrTag = false;
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::vector<const clang::IdentifierInfo *>>
      Names;
  /// The inline bodies a precompiled prefix skipped (resume), by name.
  const Carried *Resumed = nullptr;
  llvm::StringMap<std::vector<const clang::IdentifierInfo *>> ResumedNames;
  std::function<void(const clang::Token &)> AlsoWatching;
};

} // namespace lttng_tidy

#endif
