//===--- MirrorGenerator.h - LTTng adaptation code from kernel events -----===//
//
// Turns kernel tracepoint definitions of the model into the LTTng-modules
// code a maintainer would write (DESIGN.md section 4): TRACE_EVENT becomes
// LTTNG_TRACEPOINT_EVENT, classes and instances their LTTng forms, names
// without the subsystem prefix the _MAP forms; TP_PROTO/TP_ARGS are kept
// exactly; TP_STRUCT__entry with TP_fast_assign become TP_FIELDS. What
// cannot be translated is said in a note, never dropped silently.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_MIRRORGENERATOR_H
#define LTTNG_TIDY_MODEL_MIRRORGENERATOR_H

#include "model/TracepointModel.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <functional>
#include <memory>

namespace clang {
class ASTContext;
} // namespace clang

namespace lttng_tidy {

struct GeneratedMirror {
  std::string Code;               ///< empty when nothing can be generated
  std::vector<std::string> Notes; ///< what was not translated, and why
  bool UsesCode = false;          ///< the _CODE form was needed
  /// The event name users see (the _MAP name when there is one); empty for
  /// a class.
  std::string EventName;
};

/// Tells whether a name is declared where the mirror is compiled (a
/// function, a global, an enumerator).
using DeclaredName = std::function<bool(llvm::StringRef)>;

/// Names a module compiled in this translation unit's setting can use:
/// inline functions defined in headers, initialised variables,
/// enumerators, typedefs, and the macros \p HeaderMacros lists (those the
/// unit's headers define, TracepointModel::HeaderMacros) when their bodies
/// call and read only what a module can link. An extern
/// function links only when the kernel exports it, which a declaration
/// does not say.
DeclaredName moduleVisibleNames(clang::ASTContext &Context,
                                const std::shared_ptr<llvm::StringSet<>> &Exported,
                                const llvm::StringMap<std::string> *HeaderMacros);

/// The symbols the kernel exports to modules, from the Module.symvers of
/// the unit's build directory (kbuild's, where its compile command runs);
/// null when there is none.
std::shared_ptr<llvm::StringSet<>> readExportedSymbols(clang::ASTContext &Context);

/// The LTTng definition mirroring the kernel definition \p Def (an event, a
/// class or an instance) of \p Model, for LTTng system \p System. A
/// TP_fast_assign that computes values becomes the _CODE form (TP_locvar,
/// TP_code_pre) when everything it reads is visible to a module. A field
/// whose source reads anything but the prototype's parameters and names
/// \p IsDeclared knows (a helper only the kernel's own build defines) is
/// left out with a note. A macro the probe does not see where LTTng reads
/// the mirror (TracepointModel::UnseenMacros: one \p Def's header #undefs,
/// or the main file's) is written as its expansion when its body reads
/// only what the mirror sees; otherwise the note names it and its lines.
GeneratedMirror generateMirror(const TracepointModel &Model,
                               const TracepointDefinition &Def,
                               llvm::StringRef System,
                               const DeclaredName &IsDeclared);

/// Why kernel instance \p Instance gets no mirror beside \p Class, the
/// class its mirror would be an instance of (the kernel's, generated with
/// it, or LTTng's, already mirrored): an instance takes its class's
/// prototype, and one declaring another would not compile. Empty when the
/// prototypes are the same.
std::string instanceProtoConflict(const TracepointDefinition &Instance,
                                  const TracepointDefinition &Class,
                                  clang::ASTContext &Context);

} // namespace lttng_tidy

#endif
