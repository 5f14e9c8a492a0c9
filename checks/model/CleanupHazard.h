//===--- CleanupHazard.h - Files a fix-it's clean-up could damage ---------===//
//
// clang-tidy and clang-apply-replacements clean up the code around each
// fix-it, on the lines clang-format groups with it: a comma before another
// comma or a ')' is dropped, and so on. In a file whose text does not fall
// into such lines the way well-formed definitions do (a truncated or
// hand-broken header), the clean-up around a fix-it reaches lines the
// fix-it never touched and drops commas that were arguments' separators.
// The model marks such files so that no fix-it is built from them or
// written into them.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_CLEANUPHAZARD_H
#define LTTNG_TIDY_MODEL_CLEANUPHAZARD_H

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <string>

namespace lttng_tidy {

struct CleanupHazard {
  unsigned Line = 0;
  std::string What; ///< "its brackets do not balance", ...
};

/// The first place of \p File, outside preprocessor directives, where a
/// fix-it's clean-up could change what the fix-it does not touch: where its
/// brackets ('(', '[', '{') stop balancing (a closing one with nothing
/// open; an #else or #endif whose branch leaves another depth than the
/// first branch; one left open at the end: the last line), a comma outside
/// every bracket (arguments whose definition lost its first line), or a
/// comma that opens the line after a directive. None for a file without.
std::optional<CleanupHazard> cleanupHazard(const clang::SourceManager &SM,
                                           clang::FileID File,
                                           const clang::LangOptions &LangOpts);

/// Whether the text of \p File from \p Begin (the start of a line) to
/// \p End holds only part of a preprocessor conditional: an #elif, #else or
/// #endif of one that begins before it, or an #if that it leaves open. A
/// guard put around that text, or a copy of it put under one, would pair
/// with those directives. Directives are found as the preprocessor finds
/// them: comments are skipped, a '#' after a comment still starts one.
bool splitsConditional(const clang::SourceManager &SM, clang::FileID File,
                       unsigned Begin, unsigned End,
                       const clang::LangOptions &LangOpts);

} // namespace lttng_tidy

#endif
