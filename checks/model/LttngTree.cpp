//===--- LttngTree.cpp - An LTTng-modules source tree ---------------------===//

#include "model/LttngTree.h"
#include "model/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace lttng_tidy {

namespace {
bool isDirectory(const llvm::Twine &Path) {
  return llvm::sys::fs::is_directory(Path);
}

/// The path of `#include <x>` or `#include "x"` on \p Line, or empty.
llvm::StringRef includedPath(llvm::StringRef Line) {
  Line = Line.trim();
  if (!Line.consume_front("#"))
    return {};
  Line = Line.ltrim();
  if (!Line.consume_front("include"))
    return {};
  Line = Line.ltrim();
  if (Line.empty() || (Line[0] != '<' && Line[0] != '"'))
    return {};
  char Close = Line[0] == '<' ? '>' : '"';
  return Line.drop_front().take_until([Close](char C) { return C == Close; });
}

bool isKernelTraceHeader(llvm::StringRef Include) {
  return Include.contains("trace/events/") || Include.contains("asm/trace/") ||
         Include.ends_with("trace.h") || Include.ends_with("_trace.h") ||
         Include.contains("/trace/");
}
} // namespace

std::optional<LttngProbe> parseProbeSource(llvm::StringRef Path,
                                           llvm::StringRef Text) {
  LttngProbe Probe;
  Probe.Path = Path.str();
  bool PackageBuild = false;
  llvm::SmallVector<llvm::StringRef> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    llvm::StringRef Trimmed = Line.trim();
    if (Trimmed.starts_with("#define LTTNG_PACKAGE_BUILD"))
      PackageBuild = true;
    llvm::StringRef Included = includedPath(Line);
    if (Included.empty())
      continue;
    if (Included.contains("instrumentation/events")) {
      if (PackageBuild && Probe.MirrorInclude.empty())
        Probe.MirrorInclude = Included.str();
    } else if (!PackageBuild && Probe.KernelInclude.empty() &&
               isKernelTraceHeader(Included) &&
               !Included.starts_with("lttng/") &&
               !Included.starts_with("wrapper/")) {
      Probe.KernelInclude = Included.str();
    }
  }
  if (Probe.MirrorInclude.empty())
    return std::nullopt;
  return Probe;
}

std::optional<LttngTree> LttngTree::open(llvm::StringRef Root,
                                         std::string &Error) {
  if (!isDirectory(Root)) {
    Error = "LTTng-modules tree '" + Root.str() + "' does not exist";
    return std::nullopt;
  }
  LttngTree Tree;
  Tree.Root = Root.str();
  std::string ProbesDir;
  if (isDirectory(Root + "/include/instrumentation/events") &&
      isDirectory(Root + "/src/probes")) {
    Tree.Layout = LttngLayout::Modern;
    ProbesDir = (Root + "/src/probes").str();
  } else if (isDirectory(Root + "/instrumentation/events/lttng-module") &&
             isDirectory(Root + "/probes")) {
    Tree.Layout = LttngLayout::Legacy;
    ProbesDir = (Root + "/probes").str();
  } else {
    Error = "'" + Root.str() +
            "' is not an LTTng-modules tree: it has neither "
            "include/instrumentation/events with src/probes (2.13 and later) "
            "nor instrumentation/events/lttng-module with probes (2.12 and "
            "earlier)";
    return std::nullopt;
  }
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(ProbesDir, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.starts_with("lttng-probe-") || !Name.ends_with(".c"))
      continue;
    auto Buffer = llvm::MemoryBuffer::getFile(It->path());
    if (!Buffer)
      continue;
    if (std::optional<LttngProbe> Probe =
            parseProbeSource(It->path(), (*Buffer)->getBuffer()))
      Tree.Probes.push_back(std::move(*Probe));
  }
  std::sort(Tree.Probes.begin(), Tree.Probes.end(),
            [](const LttngProbe &A, const LttngProbe &B) {
              return A.Path < B.Path;
            });
  return Tree;
}

namespace {
std::string realPathOf(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return Path.str();
  return std::string(Real);
}
} // namespace

const LttngProbe *LttngTree::probeAt(llvm::StringRef Path) const {
  std::string Wanted = realPathOf(Path);
  for (const LttngProbe &P : Probes)
    if (realPathOf(P.Path) == Wanted)
      return &P;
  return nullptr;
}

const LttngTree *LttngTree::cached(llvm::StringRef Root, std::string &Error) {
  // Kernel units read the tree for every unit, probe units for every
  // probe: its probes are read once per process.
  static std::map<std::string, std::pair<std::optional<LttngTree>, std::string>>
      Trees;
  auto [It, New] = Trees.try_emplace(Root.str());
  if (New)
    It->second.first = open(Root, It->second.second);
  Error = It->second.second;
  std::optional<LttngTree> &Tree = It->second.first;
  return Tree.has_value() ? &Tree.value() : nullptr;
}

std::string LttngTree::rootOfProbe(llvm::StringRef ProbePath) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(ProbePath);
  if (llvm::sys::path::filename(Dir) != "probes")
    return {};
  llvm::StringRef Above = llvm::sys::path::parent_path(Dir);
  if (llvm::sys::path::filename(Above) == "src")
    return llvm::sys::path::parent_path(Above).str();
  return Above.str();
}

std::string LttngTree::rootContaining(llvm::StringRef Path) {
  auto IsDir = [](llvm::StringRef Dir, llvm::StringRef Sub) {
    return llvm::sys::fs::is_directory(Dir + "/" + Sub);
  };
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Path); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    if ((IsDir(Dir, "include/instrumentation/events") && IsDir(Dir, "src/probes")) ||
        (IsDir(Dir, "instrumentation/events/lttng-module") && IsDir(Dir, "probes")))
      return Dir.str();
  }
  return {};
}

std::vector<std::string> LttngTree::includeDirs() const {
  if (Layout == LttngLayout::Modern)
    return {Root + "/include", Root + "/src", Root};
  return {Root, Root + "/instrumentation/events/lttng-module"};
}

std::string mirroredHeader(llvm::StringRef MirrorInclude) {
  llvm::StringRef Rest = MirrorInclude;
  if (!Rest.consume_front("instrumentation/events/lttng-module/") &&
      !Rest.consume_front("instrumentation/events/"))
    return {};
  if (Rest.starts_with("arch/"))
    return Rest.str();
  return ("trace/events/" + Rest).str();
}

const LttngProbe *LttngTree::probeFor(llvm::StringRef HeaderAsRead) const {
  // A unit may read the header as ".../kvm/vmx/../trace.h".
  std::string Normalized = withoutDots(HeaderAsRead);
  llvm::StringRef KernelHeader = Normalized;
  auto Names = [&](llvm::StringRef Include) {
    // "../../../fs/ext4/ext4.h"-style includes: compare what follows.
    while (Include.consume_front("../"))
      ;
    return !Include.empty() && KernelHeader.ends_with(("/" + Include).str());
  };
  // Best: the mirror's own path names the header; then the longest include.
  const LttngProbe *Best = nullptr;
  std::pair<bool, size_t> BestScore{false, 0};
  for (const LttngProbe &P : Probes) {
    bool ByMirror = Names(mirroredHeader(P.MirrorInclude));
    bool ByInclude = Names(P.KernelInclude);
    if (!ByMirror && !ByInclude)
      continue;
    std::pair<bool, size_t> Score{ByMirror, P.KernelInclude.size()};
    if (!Best || Score > BestScore) {
      Best = &P;
      BestScore = Score;
    }
  }
  return Best;
}

} // namespace lttng_tidy
