//===--- GeneratedMirrorJson.h - Generated mirrors as JSON ----------------===//
//
// What `lttng-tidy generate --json` prints: per kernel trace header, the
// LTTng definitions the generator makes from the kernel's, with their
// TP_FIELDS split into ctf_* entries the way the model splits a
// hand-written mirror's. Mirrored headers included (--include-mirrored),
// so that a generated mirror can be compared with LTTng-modules' own.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_GENERATEDMIRRORJSON_H
#define LTTNG_TIDY_TOOL_GENERATEDMIRRORJSON_H

#include "model/LttngTree.h"
#include "model/MirrorGenerator.h"
#include "model/TracepointModel.h"
#include "llvm/Support/JSON.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace lttng_tidy {

/// The probe of \p Tree that mirrors \p HeaderFile: the unit's own when
/// the unit \p MainFile is one (kvm.h has two probes), else any; or null.
const LttngProbe *probeOfHeader(const LttngTree &Tree,
                                llvm::StringRef HeaderFile,
                                llvm::StringRef MainFile);

/// The generated definitions of the kernel header \p HeaderFile of
/// \p Model. A header that \p Probe mirrors is generated for the mirror's
/// TRACE_SYSTEM, as lttng-missing-mirror completes it; otherwise for the
/// kernel's.
llvm::json::Value generatedHeaderJson(const TracepointModel &Model,
                                      llvm::StringRef HeaderFile,
                                      const LttngProbe *Probe,
                                      const DeclaredName &IsDeclared,
                                      clang::ASTContext &Context);

} // namespace lttng_tidy

#endif
