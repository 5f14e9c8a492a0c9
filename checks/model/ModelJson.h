//===--- ModelJson.h - The model as JSON ----------------------------------===//
//
// A stable JSON form of the model: what `lttng-tidy model` prints and what
// the real-data tests count. Identical for the same header whatever
// translation unit read it.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_MODELJSON_H
#define LTTNG_TIDY_MODEL_MODELJSON_H

#include "model/TracepointModel.h"
#include "llvm/Support/JSON.h"

namespace clang {
class SourceManager;
} // namespace clang

namespace lttng_tidy {

/// A resolved or unresolved type, as the model's JSON writes it.
llvm::json::Value typeToJson(const TypeFacts &T);

/// One ctf_* field, with \p Type standing for its type text (resolved in
/// the unit that read it, or by the generator).
llvm::json::Object ctfFieldToJson(const CtfField &F, const TypeFacts &Type);

llvm::json::Value definitionToJson(const TracepointDefinition &Def,
                                   const clang::SourceManager &SM);
llvm::json::Value modelToJson(const TracepointModel &Model,
                              const clang::SourceManager &SM);

} // namespace lttng_tidy

#endif
