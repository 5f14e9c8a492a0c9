//===--- SourceBalance.h - Whether a header's brackets balance -------------===//
//
// clang-tidy and clang-apply-replacements clean up the code around each
// fix-it: a comma before another comma or a ')' is dropped, and so on. In a
// file whose brackets do not balance (a truncated or hand-broken header),
// what they take for the code around a fix-it reaches far past it and
// changes lines the fix-it never touched. The model marks such files so
// that no fix-it is built from them or into them.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_SOURCEBALANCE_H
#define LTTNG_TIDY_MODEL_SOURCEBALANCE_H

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include <optional>

namespace lttng_tidy {

/// The line where the brackets ('(', '[', '{') of \p File stop balancing,
/// outside preprocessor directives: a closing one with nothing open, an
/// #else or #endif with another depth than its conditional's first
/// branch, or (the file's last line) one left open. None when they balance.
std::optional<unsigned> unbalancedLine(const clang::SourceManager &SM,
                                       clang::FileID File,
                                       const clang::LangOptions &LangOpts);

} // namespace lttng_tidy

#endif
