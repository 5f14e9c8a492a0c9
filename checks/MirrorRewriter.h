//===--- MirrorRewriter.h - Edits to an LTTng mirror definition -----------===//
//
// The fix-its of the lttng-* checks rewrite one mirror definition: its
// TP_PROTO, TP_ARGS and fields, optionally under a kernel-version guard so
// older kernels keep the old form. This helper turns a set of edits inside
// one definition into one replacement, the same bytes from every
// translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_CHECKS_MIRRORREWRITER_H
#define LTTNG_TIDY_CHECKS_MIRRORREWRITER_H

#include "model/TracepointModel.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangOptions.h"
#include <initializer_list>
#include <optional>

namespace clang::tidy::lttng {

/// The version test LTTng-modules mirrors use, for \p V and later.
std::string versionAtLeast(const lttng_tidy::KernelVersion &V);
/// The version test for kernels older than \p V.
std::string versionBefore(const lttng_tidy::KernelVersion &V);

/// Why no version guard may be written beside a mirror definition that
/// does not see LTTng's version macros (SeesVersionMacros).
std::string versionMacrosUnseen();

/// Why no fix-it may be built from \p Defs: the first of them (nulls are
/// skipped) that the model could not read fully, named with the first
/// thing it could not read, or a kernel definition whose TP_PROTO names a
/// type the unit does not declare, or declares only inside the prototype
/// (types resolved first). Empty when all were read fully.
std::string unreadDefinition(
    std::initializer_list<const lttng_tidy::TracepointDefinition *> Defs);

class MirrorRewriter {
public:
  /// \p Model is the one \p Def belongs to.
  MirrorRewriter(const lttng_tidy::TracepointDefinition &Def,
                 const lttng_tidy::TracepointModel &Model,
                 const SourceManager &SM, const LangOptions &LangOpts);

  /// False when the definition is not spelled directly in a file.
  bool valid() const { return Valid; }
  /// True when \p TokenRange lies inside the definition's own text, where
  /// an edit can reach it (not in a macro it calls, not elsewhere).
  bool covers(SourceRange TokenRange) const;

  /// Replaces the characters of \p TokenRange (a token range in the
  /// definition) with \p Text.
  void replace(SourceRange TokenRange, std::string Text);
  /// Removes the lines that hold \p TokenRange, when nothing else is on them.
  void removeLines(SourceRange TokenRange);
  /// Inserts \p Text at the start of the line holding \p Loc.
  void insertLineBefore(SourceLocation Loc, std::string Text);

  /// The indentation of the line holding \p Loc.
  std::string indentationOf(SourceLocation Loc) const;

  /// The definition's text with the edits applied.
  std::string rewrittenText() const;
  /// The definition's text as it is.
  std::string originalText() const;

  /// Why fix(Guard) or wrap(Guard) gives nothing although the definition
  /// is valid(): an edit that crosses a #if, #else or #endif line, a
  /// \p Guard whose macros the definition does not see, a \p Guard around
  /// a definition that holds only part of a conditional, or a definition
  /// of the same file whose name is no name. Empty otherwise.
  std::string blockedReason(const std::string &Guard = {}) const;

  /// One fix-it: the rewritten definition, or, with \p Guard, the rewritten
  /// definition under `#if (<Guard>)` and the original under `#else`.
  std::optional<FixItHint> fix(const std::string &Guard) const;
  /// One fix-it: the definition as it is, under `#if (<Guard>)`.
  std::optional<FixItHint> wrap(const std::string &Guard) const;

private:
  void addEdit(unsigned Begin, unsigned Stop, std::string Text);
  unsigned offsetOf(SourceLocation Loc) const;
  unsigned endOffsetOf(SourceLocation TokenLoc) const;

  const SourceManager &SM;
  const LangOptions &LangOpts;
  bool Valid = false;
  FileID File;
  unsigned LineStart = 0; ///< start of the line of the macro name
  unsigned End = 0;       ///< just past the closing parenthesis
  struct Edit {
    unsigned Begin, End;
    std::string Text;
  };
  std::vector<Edit> Edits;
  bool CrossesDirective = false;
  /// The definition's lines hold an #else, #elif or #endif of a conditional
  /// opened before it, or an #if it does not close.
  bool SplitsConditional = false;
  bool SeesVersionMacros = false;
  /// The name argument of a definition of the same file that is no name.
  std::string NamelessNeighbour;
};

} // namespace clang::tidy::lttng

#endif
