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

namespace lttng_tidy {

struct GeneratedMirror {
  std::string Code;               ///< empty when nothing can be generated
  std::vector<std::string> Notes; ///< what was not translated, and why
  bool UsesCode = false;          ///< the _CODE form was needed
};

/// The LTTng definition mirroring the kernel definition \p Def (an event, a
/// class or an instance) of \p Model, for LTTng system \p System.
GeneratedMirror generateMirror(const TracepointModel &Model,
                               const TracepointDefinition &Def,
                               llvm::StringRef System);

} // namespace lttng_tidy

#endif
