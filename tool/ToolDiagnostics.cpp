//===--- ToolDiagnostics.cpp - clang's diagnostics, counted ---------------===//

#include "ToolDiagnostics.h"
#include "CompileDatabaseRewrite.h"
#include "clang/Driver/DriverDiagnostic.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace lttng_tidy {

// The printer owns its options (reference-counted).
ToolDiagnostics::ToolDiagnostics()
    : clang::TextDiagnosticPrinter(errs(), new clang::DiagnosticOptions) {}

void ToolDiagnostics::HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                                       const clang::Diagnostic &Info) {
  clang::TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
  unsigned ID = Info.getID();
  if ((ID == clang::diag::err_drv_unknown_argument ||
       ID == clang::diag::err_drv_unknown_argument_with_suggestion ||
       ID == clang::diag::err_drv_unsupported_opt_for_target) &&
      Info.getNumArgs() > 0 &&
      Info.getArgKind(0) == clang::DiagnosticsEngine::ak_std_string &&
      isGccOnlyFlag(Info.getArgStdStr(0)))
    GccFlags.insert(Info.getArgStdStr(0));
}

unsigned ToolDiagnostics::takeErrors() {
  unsigned New = getNumErrors() - Taken;
  Taken = getNumErrors();
  return New;
}

void ToolDiagnostics::explainGccFlags(StringRef Command) const {
  if (GccFlags.empty())
    return;
  errs() << Command << ": note: clang does not accept";
  for (const std::string &Flag : GccFlags)
    errs() << " " << Flag;
  errs() << ": they are GCC's, so the compile database was recorded from a "
            "GCC build; `lttng-tidy compdb IN -o OUT` rewrites it for clang\n";
}

} // namespace lttng_tidy
