//===--- AuditSelection.cpp - The units the audit checks ------------------===//

#include "AuditParts.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using namespace llvm;

namespace lttng_tidy {

std::string absolutePath(StringRef Path, StringRef Base) {
  SmallString<256> Out(Path);
  if (!sys::path::is_absolute(Out)) {
    Out = Base;
    sys::path::append(Out, Path);
  }
  sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

std::vector<Job> selectUnits(const clang::tooling::CompilationDatabase &DB,
                             bool AllTraceUnits) {
  Regex Defines("^[ \t]*#[ \t]*define[ \t]+CREATE_TRACE_POINTS([ \t]|$)",
                Regex::Newline);
  Regex IncludesTraceHeader(
      "^[ \t]*#[ \t]*include[ \t]*(<trace/events/[^>]+>|\"[^\"]*trace[^\"/]*\\.h\")",
      Regex::Newline);
  std::vector<Job> Jobs;
  StringSet<> Seen;
  for (clang::tooling::CompileCommand &C : DB.getAllCompileCommands()) {
    std::string File = absolutePath(C.Filename, C.Directory);
    if (!StringRef(File).ends_with(".c") || !Seen.insert(File).second)
      continue;
    auto Buffer = MemoryBuffer::getFile(File);
    if (!Buffer)
      continue;
    StringRef Text = (*Buffer)->getBuffer();
    if (!Defines.match(Text) && !(AllTraceUnits && IncludesTraceHeader.match(Text)))
      continue;
    Job J;
    J.Command = std::move(C);
    J.File = File;
    J.Unit.File = File;
    Jobs.push_back(std::move(J));
  }
  llvm::sort(Jobs, [](const Job &A, const Job &B) { return A.File < B.File; });
  return Jobs;
}

} // namespace lttng_tidy
