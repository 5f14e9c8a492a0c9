//===--- AuditCache.cpp - Unit results kept by what they read -------------===//

#include "AuditParts.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace lttng_tidy {

std::string ContentHashes::of(StringRef Path) {
  auto [It, New] = Hashes.try_emplace(Path);
  if (New) {
    if (auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false))
      It->second = utohexstr(xxh3_64bits((*Buffer)->getBuffer()));
  }
  return It->second;
}

std::string treeFingerprint(StringRef Root, ContentHashes &Hashes) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC)) {
    StringRef Path = It->path();
    StringRef Name = sys::path::filename(Path);
    if (Name.ends_with(".h") || Name.ends_with(".c") || Name == "Kbuild")
      Files.push_back(Path.str());
  }
  llvm::sort(Files);
  std::string All;
  for (const std::string &F : Files)
    All += F + "=" + (StringRef(F).ends_with(".h") ? "" : Hashes.of(F)) + "\n";
  return utohexstr(xxh3_64bits(All));
}

std::string cacheKey(const Job &J, StringRef Environment) {
  std::string Text = Environment.str();
  Text += '\0' + J.Command.Directory + '\0' + J.File;
  for (const std::string &Arg : J.Command.CommandLine)
    Text += '\0' + Arg;
  return utohexstr(xxh3_64bits(Text));
}

void removeScratch(const Twine &Path) {
  std::error_code Ignored = sys::fs::remove(Path);
  (void)Ignored;
}

bool loadCached(Job &J, StringRef CacheDir, ContentHashes &Hashes) {
  SmallString<256> Path(CacheDir);
  sys::path::append(Path, J.Key + ".json");
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return false;
  Expected<json::Value> Entry = json::parse((*Buffer)->getBuffer());
  if (!Entry) {
    consumeError(Entry.takeError());
    return false;
  }
  const json::Object *O = Entry->getAsObject();
  const json::Array *Inputs = O ? O->getArray("inputs") : nullptr;
  if (!Inputs)
    return false;
  for (const json::Value &I : *Inputs) {
    const json::Array *Pair = I.getAsArray();
    if (!Pair || Pair->size() != 2)
      return false;
    std::optional<StringRef> File = (*Pair)[0].getAsString();
    std::optional<StringRef> Hash = (*Pair)[1].getAsString();
    if (!File || !Hash || Hashes.of(*File) != *Hash)
      return false;
  }
  std::optional<StringRef> Export = O->getString("export");
  std::optional<StringRef> Fixes = O->getString("fixes");
  if (!Export || !Fixes)
    return false;
  J.ExportJson = Export->str();
  J.FixesYaml = Fixes->str();
  J.Unit.FromCache = true;
  return true;
}

void storeCached(const Job &J, StringRef CacheDir, ContentHashes &Hashes) {
  Expected<json::Value> Export = json::parse(J.ExportJson);
  if (!Export) {
    consumeError(Export.takeError());
    return;
  }
  json::Array Inputs;
  if (const json::Array *Read = Export->getAsObject()->getArray("inputs"))
    for (const json::Value &I : *Read)
      if (std::optional<StringRef> File = I.getAsString()) {
        std::string Hash = Hashes.of(*File);
        if (Hash.empty())
          return; // a file that cannot be read back cannot be checked
        Inputs.push_back(json::Array{*File, Hash});
      }
  SmallString<256> Path(CacheDir), Temp;
  sys::path::append(Path, J.Key + ".json");
  Temp = Path;
  Temp += ".partial";
  {
    std::error_code EC;
    raw_fd_ostream OS(Temp, EC);
    if (EC)
      return;
    OS << json::Value(json::Object{{"inputs", std::move(Inputs)},
                                   {"export", J.ExportJson},
                                   {"fixes", J.FixesYaml}});
  }
  // A cache that cannot be written only costs the next run its time.
  if (sys::fs::rename(Temp, Path))
    removeScratch(Temp);
}

} // namespace lttng_tidy
