//===--- Audit.h - `lttng-tidy audit` ---------------------------------------===//
//
// The whole-kernel audit: selects the translation units of a compile
// database that define tracepoints, checks them in parallel (one worker
// process per unit, running the lttng-* checks in process, or clang-tidy-19
// with the plugin: the same findings either way), keeps each unit's result
// in a content-hash cache, and writes one merged report. Its parts are
// named in AuditParts.h.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_AUDIT_H
#define LTTNG_TIDY_TOOL_AUDIT_H

#include "llvm/ADT/ArrayRef.h"

namespace lttng_tidy {

/// Runs `lttng-tidy audit ARGS...`; returns 0 (no findings), 1 (findings)
/// or 2 (usage or input errors, a unit that could not be analysed).
int runAudit(const char *Argv0, llvm::ArrayRef<const char *> Args);

} // namespace lttng_tidy

#endif
