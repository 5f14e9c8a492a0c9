//===--- TracepointNamingCheck.h - lttng-tracepoint-naming ----------------===//

#ifndef LTTNG_TIDY_CHECKS_TRACEPOINTNAMINGCHECK_H
#define LTTNG_TIDY_CHECKS_TRACEPOINTNAMINGCHECK_H

#include "TracepointModelCheck.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::lttng {

/// Finds tracepoint event names that do not follow `<TRACE_SYSTEM>_<name>`
/// in lower snake case, in the kernel and in LTTng mirrors, and TRACE_SYSTEM
/// values that do not match their header.
///
/// For the user-facing documentation see:
/// docs/checks/lttng-tracepoint-naming.md
class TracepointNamingCheck : public TracepointModelCheck {
public:
  TracepointNamingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkModel(const lttng_tidy::TracepointModel &Model,
                  ASTContext &Context) override;

private:
  void checkKernelEvent(const lttng_tidy::TracepointDefinition &Def);
  void checkMirrorEvent(const lttng_tidy::TracepointDefinition &Def,
                        ASTContext &Context);
  void checkTraceSystems(const lttng_tidy::TracepointModel &Model);
  bool hasSystemPrefix(StringRef System, StringRef EventName) const;
  bool isIgnored(StringRef EventName) const;

  const bool CheckKernelEvents;
  const bool CheckMirrorEvents;
  const bool CheckTraceSystem;
  const bool ReportModelProblems;
  const bool ReportConditionalArguments;
  const std::string SystemPrefixAliases;
  const std::string IgnoredEventsRegex;
  llvm::StringMap<std::vector<std::string>> PrefixAliases;
  std::optional<llvm::Regex> IgnoredEvents;
};

} // namespace clang::tidy::lttng

#endif
