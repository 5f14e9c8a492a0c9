//===--- AuditWorker.h - One unit of the audit, in process ----*- C++ -*-===//
//
// `lttng-tidy audit` runs each unit in a worker process of its own:
// `lttng-tidy audit-unit`, which runs the lttng-* checks through the
// clang-tidy library linked into lttng-tidy (the same checks, options and
// exported fixes as clang-tidy-19 with the plugin), and parses the unit
// without the function bodies no check reads.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_AUDITWORKER_H
#define LTTNG_TIDY_TOOL_AUDITWORKER_H

#include "llvm/ADT/ArrayRef.h"

namespace lttng_tidy {

/// The verb's name, for the audit that starts workers.
inline constexpr const char *AuditWorkerVerb = "audit-unit";

/// `lttng-tidy audit-unit -p DB_DIR --checks=GLOB --config=YAML
///  [--export-fixes=FILE] [--keep-bodies] FILE`: exit status 0 when the
/// unit was checked, 1 when clang reported errors in it, 2 on bad usage.
int runAuditWorker(llvm::ArrayRef<const char *> Args);

} // namespace lttng_tidy

#endif
