//===--- ProbePrefixes.cpp - The leading headers of a unit's probes -------===//

#include "ProbePrefixes.h"
#include "model/ProbeReading.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <map>

namespace clang::tidy::lttng {

void traceProbePrefixes(const llvm::Twine &What) {
  static const bool Tracing = std::getenv("LTTNG_TIDY_TRACE_PROBE_PREFIXES");
  if (Tracing)
    llvm::errs() << "lttng-tidy: " << What << '\n';
}

namespace {
/// A prefix pays off from this many reads on it (ProbePrefixes.h).
constexpr size_t ProbesPerPrefix = 2;

/// The lines every list of \p Lists starts with.
std::vector<std::string>
commonStart(const std::vector<std::vector<std::string>> &Lists) {
  std::vector<std::string> Common = Lists.front();
  for (const std::vector<std::string> &L : Lists) {
    size_t N = 0;
    while (N < Common.size() && N < L.size() && Common[N] == L[N])
      ++N;
    Common.resize(N);
  }
  return Common;
}
} // namespace

ProbePrefixes::ProbePrefixes(
    const Preprocessor &PP, const lttng_tidy::LttngTree &Tree,
    const std::vector<const lttng_tidy::LttngProbe *> &ToParse,
    const lttng_tidy::KernelVersion &Version,
    const std::vector<std::string> *OwnDirs) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      PP.getFileManager().getVirtualFileSystemPtr();
  std::map<std::string, std::vector<const lttng_tidy::LttngProbe *>> ByDir;
  for (const lttng_tidy::LttngProbe *Probe : ToParse)
    ByDir[llvm::sys::path::parent_path(Probe->Path).str()].push_back(Probe);
  for (const auto &[Dir, Probes] : ByDir) {
    if (Probes.size() < ProbesPerPrefix)
      continue;
    std::vector<std::shared_ptr<CompilerInvocation>> Invocations;
    std::vector<std::vector<std::string>> Leading;
    for (const lttng_tidy::LttngProbe *Probe : Probes) {
      auto Text = FS->getBufferForFile(Probe->Path);
      if (!Text)
        break;
      Leading.push_back(lttng_tidy::leadingIncludes((*Text)->getBuffer()));
      Invocations.push_back(
          lttng_tidy::probeInvocation(PP, Tree, *Probe, Version));
    }
    if (Leading.size() != Probes.size())
      continue;
    std::vector<std::string> Common = commonStart(Leading);
    if (Common.empty())
      continue;
    std::vector<const CompilerInvocation *> Flags;
    Flags.reserve(Invocations.size());
    for (const auto &I : Invocations)
      Flags.push_back(I.get());
    auto Prefix = std::make_unique<ProbePrefix>();
    Prefix->Built = lttng_tidy::PrecompiledPrefix::build(
        Flags, Dir, Common, FS, Tree.root(), [&](Preprocessor &BuildPP) {
          if (OwnDirs)
            BuildPP.addPPCallbacks(SharedProbeReads::includeWatcher(
                BuildPP, *OwnDirs, Prefix->Watched));
        });
    traceProbePrefixes((Prefix->Built ? "precompiled " : "could not precompile ") +
                       llvm::Twine(Common.size()) + " leading lines of " +
                       llvm::Twine(Probes.size()) + " probes in " + Dir);
    if (!Prefix->Built)
      continue;
    for (const lttng_tidy::LttngProbe *Probe : Probes)
      ByProbe[Probe->Path] = Prefix.get();
    Prefixes.push_back(std::move(Prefix));
  }
}

const ProbePrefix *
ProbePrefixes::forProbe(const lttng_tidy::LttngProbe &Probe) const {
  auto It = ByProbe.find(Probe.Path);
  return It == ByProbe.end() ? nullptr : It->second;
}

} // namespace clang::tidy::lttng
