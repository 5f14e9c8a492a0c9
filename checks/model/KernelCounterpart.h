//===--- KernelCounterpart.h - What the kernel's own event says -----------===//
//
// A mirror and the kernel tracepoint it attaches to drift apart: the kernel
// passes a parameter otherwise, or records a field from another
// expression. Both checks that rewrite mirrors (lttng-proto-mismatch and
// lttng-field-type-mismatch) ask the same two questions of the kernel's
// event; the answers live here so that they agree.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_KERNELCOUNTERPART_H
#define LTTNG_TIDY_MODEL_KERNELCOUNTERPART_H

#include "model/TracepointModel.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace lttng_tidy {

/// The kernel event whose layout the LTTng \p Layout mirrors: the event
/// of the same name, or, for a class, the kernel event of its first
/// instance that the kernel defines; null when there is none.
const TracepointDefinition *kernelEventOf(const TracepointModel &Model,
                                          const TracepointDefinition &Layout);

/// Same type in the translation unit; a type the unit cannot resolve (a
/// structure it never declared) compares as text.
bool sameParameterType(const ProtoParameter &A, const ProtoParameter &B,
                       clang::ASTContext &Context);

/// Same parameter types, in order (names may differ), as
/// sameParameterType() judges.
bool sameProto(llvm::ArrayRef<ProtoParameter> A,
               llvm::ArrayRef<ProtoParameter> B, clang::ASTContext &Context);

/// Parameters of \p Mirror that the kernel passes otherwise (another
/// type, as sameParameterType() judges, or not at all). With as many parameters on both sides, they pair
/// by position (a parameter named otherwise is the same value); else by
/// name.
llvm::StringSet<> driftedParameters(const TracepointDefinition &Mirror,
                                    const TracepointDefinition &Kernel,
                                    clang::ASTContext &Context);

/// What keeps the member accesses of \p Expression through a parameter of
/// \p Params (`p->a.b`) from compiling with those parameters' types.
struct AccessProblem {
  std::string Reason; ///< e.g. "no member named 'x' in 'struct y'"; empty: none
  /// The structure is only declared in this unit: the kernel compiles the
  /// expression with a private header that a probe does not read.
  bool Undefined = false;
  std::string Type; ///< the structure that is only declared
  bool found() const { return !Reason.empty(); }
};
AccessProblem memberAccessProblem(llvm::StringRef Expression,
                                  llvm::ArrayRef<ProtoParameter> Params);

/// Whether a value of type \p Arg cannot be passed where \p Param is
/// expected (a call's argument, a field's initialiser) without an error or
/// a conversion between unrelated objects: a pointer for a number or the
/// reverse, another structure.
bool otherKind(clang::QualType Param, clang::QualType Arg,
               clang::ASTContext &Context);

/// What keeps \p Expression from compiling where it hands a parameter of
/// \p Params, whole, to a function the unit declares (`f(p)`, `f(x, p)`)
/// whose parameter at that place is of another kind: a pointer for an
/// integer or the reverse, or a pointer to another structure. Empty when
/// none does; a macro or an undeclared callee is not judged.
std::string callArgumentProblem(llvm::StringRef Expression,
                                llvm::ArrayRef<ProtoParameter> Params,
                                clang::ASTContext &Context);

/// The expression the kernel's \p KernelLayout stores into its field
/// \p Field, written for \p MirrorParams (paired by position with
/// \p KernelParams, so there must be as many). Empty when the kernel does
/// not store that field exactly once with a plain expression over what
/// the probe can see (no `__entry`, no `__get_*` helper, no macro the
/// trace header undefines). Empty too, with the reason in \p Unusable,
/// when the expression reads a structure the probe has only declared: the
/// kernel compiles it with private headers the probe does not read.
std::string kernelExpressionFor(const TracepointModel &Model,
                                llvm::StringRef Field,
                                llvm::ArrayRef<ProtoParameter> KernelParams,
                                const TracepointDefinition &KernelLayout,
                                llvm::ArrayRef<ProtoParameter> MirrorParams,
                                std::string *Unusable = nullptr);

} // namespace lttng_tidy

#endif
