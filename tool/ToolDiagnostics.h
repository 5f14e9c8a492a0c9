//===--- ToolDiagnostics.h - clang's diagnostics, counted -----------------===//
//
// `lttng-tidy model` and `generate` run clang through a ClangTool, whose
// exit status counts compile errors but not the driver's (an unknown
// argument is an error that still lets the file be parsed). This printer
// shows every diagnostic as ClangTool would and counts them all, so that
// the JSON and the exit status agree with what the user saw; it also
// notices GCC's flags among the arguments clang refused, to say once how
// to rewrite the database.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_TOOLDIAGNOSTICS_H
#define LTTNG_TIDY_TOOL_TOOLDIAGNOSTICS_H

#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/StringRef.h"
#include <set>
#include <string>

namespace lttng_tidy {

class ToolDiagnostics : public clang::TextDiagnosticPrinter {
public:
  ToolDiagnostics();

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

  /// The errors reported since the last call: those of the file being
  /// processed, when called once per file after its parse.
  unsigned takeErrors();

  /// When clang refused GCC-only flags: one note naming them and the
  /// rewrite, prefixed by \p Command ("lttng-tidy model").
  void explainGccFlags(llvm::StringRef Command) const;

private:
  unsigned Taken = 0;
  std::set<std::string> GccFlags;
};

} // namespace lttng_tidy

#endif
