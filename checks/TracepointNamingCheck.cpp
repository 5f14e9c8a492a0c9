//===--- TracepointNamingCheck.cpp - lttng-tracepoint-naming --------------===//

#include "TracepointNamingCheck.h"
#include "MirrorRewriter.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

using namespace lttng_tidy;

namespace clang::tidy::lttng {

namespace {
bool isLowerSnakeCase(StringRef Name) {
  // Digits may lead: event names are strings, and the 9p system's events
  // are 9p_client_req and so on.
  return !Name.empty() && llvm::any_of(Name, [](char C) { return islower(C); }) &&
         llvm::all_of(Name, [](char C) {
           return islower(C) || isdigit(C) || C == '_';
         });
}

/// The _MAP form of an LTTng macro that takes no map name, or empty.
StringRef mapFormOf(StringRef Macro) {
  return llvm::StringSwitch<StringRef>(Macro)
      .Case("LTTNG_TRACEPOINT_EVENT", "LTTNG_TRACEPOINT_EVENT_MAP")
      .Case("LTTNG_TRACEPOINT_EVENT_CODE", "LTTNG_TRACEPOINT_EVENT_CODE_MAP")
      .Case("LTTNG_TRACEPOINT_EVENT_NOARGS", "LTTNG_TRACEPOINT_EVENT_MAP_NOARGS")
      .Case("LTTNG_TRACEPOINT_EVENT_INSTANCE",
            "LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP")
      .Case("LTTNG_TRACEPOINT_EVENT_INSTANCE_NOARGS",
            "LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP_NOARGS")
      .Default("");
}

/// Headers whose file name is expected to equal TRACE_SYSTEM: the kernel's
/// trace/events/ directories and LTTng's instrumentation/events/ ones.
/// Driver-local trace.h files are free to differ.
bool namesItsSystem(StringRef File) {
  StringRef Dir = llvm::sys::path::parent_path(File);
  return Dir.ends_with("trace/events") ||
         Dir.ends_with("instrumentation/events") ||
         Dir.ends_with("instrumentation/events/lttng-module");
}
} // namespace

TracepointNamingCheck::TracepointNamingCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : TracepointModelCheck(Name, Context),
      CheckKernelEvents(Options.get("CheckKernelEvents", true)),
      CheckMirrorEvents(Options.get("CheckMirrorEvents", true)),
      CheckTraceSystem(Options.get("CheckTraceSystem", true)),
      ReportModelProblems(Options.get("ReportModelProblems", true)),
      ReportConditionalArguments(
          Options.get("ReportConditionalArguments", false)),
      SystemPrefixAliases(Options.get("SystemPrefixAliases", "")),
      IgnoredEventsRegex(Options.get("IgnoredEventsRegex", "")) {
  // "sunrpc=rpc,svc;irq=softirq": extra prefixes accepted for a system.
  SmallVector<StringRef> Entries;
  StringRef(SystemPrefixAliases).split(Entries, ';', -1, false);
  for (StringRef Entry : Entries) {
    auto [System, Prefixes] = Entry.split('=');
    SmallVector<StringRef> List;
    Prefixes.split(List, ',', -1, false);
    for (StringRef Prefix : List)
      PrefixAliases[System.trim()].push_back(Prefix.trim().str());
  }
  IgnoredEvents = regexOption("IgnoredEventsRegex", IgnoredEventsRegex);
}

void TracepointNamingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "CheckKernelEvents", CheckKernelEvents);
  Options.store(Opts, "CheckMirrorEvents", CheckMirrorEvents);
  Options.store(Opts, "CheckTraceSystem", CheckTraceSystem);
  Options.store(Opts, "ReportModelProblems", ReportModelProblems);
  Options.store(Opts, "ReportConditionalArguments", ReportConditionalArguments);
  Options.store(Opts, "SystemPrefixAliases", SystemPrefixAliases);
  Options.store(Opts, "IgnoredEventsRegex", IgnoredEventsRegex);
}

bool TracepointNamingCheck::hasSystemPrefix(StringRef System,
                                            StringRef EventName) const {
  if (EventName.starts_with((System + "_").str()))
    return true;
  auto It = PrefixAliases.find(System);
  if (It == PrefixAliases.end())
    return false;
  return llvm::any_of(It->second, [&](const std::string &Prefix) {
    return EventName.starts_with(Prefix + "_");
  });
}

bool TracepointNamingCheck::isIgnored(StringRef EventName) const {
  return IgnoredEvents && IgnoredEvents->match(EventName);
}

void TracepointNamingCheck::checkModel(const TracepointModel &Model,
                                       ASTContext &Context) {
  if (ReportModelProblems)
    reportModelProblems(Model, ReportConditionalArguments);
  for (const TracepointDefinition &Def : Model.Definitions) {
    if (Def.Name.empty() || isIgnored(Def.eventName()))
      continue;
    if (Def.side() == Side::Kernel && CheckKernelEvents)
      checkKernelEvent(Def);
    else if (Def.side() == Side::Lttng && CheckMirrorEvents)
      checkMirrorEvent(Def, Context);
  }
  if (CheckTraceSystem)
    checkTraceSystems(Model);
}

void TracepointNamingCheck::checkKernelEvent(const TracepointDefinition &Def) {
  // Classes name no event, and DECLARE_TRACE makes a bare tracepoint with
  // no event in tracefs: only events have a user-visible name.
  if (Def.shape() != DefinitionShape::Event &&
      Def.shape() != DefinitionShape::Instance)
    return;
  if (!isLowerSnakeCase(Def.Name)) {
    diag(Def.Loc, "kernel tracepoint '%0' is not in lower snake case")
        << Def.Name;
    return;
  }
  if (Def.System.empty() || hasSystemPrefix(Def.System, Def.Name))
    return;
  diag(Def.Loc,
       "kernel tracepoint '%0' is not prefixed with its TRACE_SYSTEM '%1_'")
      << Def.Name << Def.System;
  diag(Def.Loc,
       "renaming a kernel tracepoint changes the tracing ABI, so no fix-it "
       "is offered; an LTTng mirror names it '%0_%1' with a _MAP form",
       DiagnosticIDs::Note)
      << Def.System << Def.Name;
}

void TracepointNamingCheck::checkMirrorEvent(const TracepointDefinition &Def,
                                             ASTContext &Context) {
  if (Def.shape() != DefinitionShape::Event &&
      Def.shape() != DefinitionShape::Instance)
    return;
  StringRef EventName = Def.eventName();
  if (!isLowerSnakeCase(EventName)) {
    diag(Def.Loc, "LTTng event '%0' is not in lower snake case") << EventName;
    return;
  }
  if (Def.System.empty() || hasSystemPrefix(Def.System, EventName))
    return;
  std::string Mapped = (Def.System + "_" + Def.Name);
  if (!Def.Map.empty()) {
    diag(Def.Loc, "LTTng event '%0' is not prefixed with its TRACE_SYSTEM "
                  "'%1_'")
        << EventName << Def.System;
    diag(Def.Loc, "the _MAP name was chosen by the mirror's author; no fix-it "
                  "is offered", DiagnosticIDs::Note);
    return;
  }
  StringRef MapForm = mapFormOf(Def.macroName());
  // Only rewrite what the mirror spells itself, never a wrapper's body.
  std::string Unread = unreadDefinition({&Def});
  bool Fixable = !MapForm.empty() && Def.MacroNameFileRange.isValid() &&
                 Def.NameFileRange.isValid() && Unread.empty();
  {
    auto Diag = diag(Def.Loc, "LTTng event '%0' is not prefixed with its "
                              "TRACE_SYSTEM '%1_'; map it to '%2'")
                << EventName << Def.System << Mapped;
    if (Fixable) {
      const SourceManager &SM = Context.getSourceManager();
      SourceLocation AfterName = Lexer::getLocForEndOfToken(
          Def.NameFileRange.getEnd(), 0, SM, Context.getLangOpts());
      // The map name goes on its own line, as LTTng-modules' mirrors
      // write it.
      Diag << FixItHint::CreateReplacement(
                  CharSourceRange::getTokenRange(Def.MacroNameFileRange),
                  MapForm)
           << FixItHint::CreateInsertion(AfterName, ",\n\n\t" + Mapped);
    }
  }
  if (!Unread.empty() && !MapForm.empty())
    diag(Def.Loc, "%0", DiagnosticIDs::Note) << Unread;
  else if (!Fixable && !Def.WrapperMacro.empty())
    diag(Def.Loc, "defined through the macro '%0'; no fix-it is offered",
         DiagnosticIDs::Note)
        << Def.WrapperMacro;
}

void TracepointNamingCheck::checkTraceSystems(const TracepointModel &Model) {
  llvm::StringSet<> Checked;
  for (const TracepointDefinition &Def : Model.Definitions) {
    if (Def.System.empty() || Def.SystemDefinitionLoc.isInvalid() ||
        !namesItsSystem(Def.Position.File) ||
        !Checked.insert(Def.Position.File).second)
      continue;
    // TRACE_INCLUDE_FILE is how a header says its name differs on purpose;
    // LTTng's statedump probe sets it in the .c file, before the include.
    if (Model.IncludeFileByHeader.count(Def.Position.File) ||
        !Def.IncludeFile.empty() ||
        llvm::sys::path::stem(Def.Position.File) == Def.System)
      continue;
    diag(Def.SystemDefinitionLoc, "TRACE_SYSTEM '%0' does not match its "
                                  "header '%1' and the header sets no "
                                  "TRACE_INCLUDE_FILE")
        << Def.System << llvm::sys::path::filename(Def.Position.File);
  }
}

} // namespace clang::tidy::lttng
