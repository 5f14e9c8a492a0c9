//===--- UntrustedInput.cpp - Refusing what cannot be the input -----------===//

#include "UntrustedInput.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace lttng_tidy {

std::optional<std::string> notARegularFile(StringRef Path) {
  sys::fs::file_status Status;
  if (sys::fs::status(Path, Status) || !sys::fs::exists(Status) ||
      sys::fs::is_regular_file(Status))
    return std::nullopt;
  switch (Status.type()) {
  case sys::fs::file_type::directory_file:
    return std::string("is a directory, not a file");
  case sys::fs::file_type::fifo_file:
    return std::string("is a FIFO, not a regular file: reading it could "
                       "block forever");
  case sys::fs::file_type::socket_file:
    return std::string("is a socket, not a regular file");
  case sys::fs::file_type::block_file:
  case sys::fs::file_type::character_file:
    return std::string("is a device, not a regular file");
  default:
    return std::string("is not a regular file");
  }
}

std::optional<std::string> tooDeeplyNested(StringRef Json, unsigned Limit) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Json.size(); ++I) {
    char C = Json[I];
    if (InString) {
      if (C == '\\')
        ++I; // the escaped character, whatever it is
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"')
      InString = true;
    else if (C == '[' || C == '{') {
      if (++Depth > Limit)
        return "JSON nested more than " + std::to_string(Limit) +
               " levels deep (at offset " + std::to_string(I) +
               "); a compile database nests 3";
    } else if ((C == ']' || C == '}') && Depth)
      --Depth;
  }
  return std::nullopt;
}

namespace {
bool reportIfBad(StringRef Path, StringRef Verb, bool IsDatabase) {
  // A directory among the arguments may be an option's value given
  // apart ("--lttng DIR"); the tooling reports a directory given as a
  // source itself. What could block is refused here.
  if (!IsDatabase && sys::fs::is_directory(Path))
    return false;
  if (std::optional<std::string> Why = notARegularFile(Path)) {
    errs() << Path << ": error: " << *Why << " (lttng-tidy " << Verb << ")\n";
    return true;
  }
  if (!IsDatabase || !sys::fs::exists(Path))
    return false;
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return false; // the tooling says why
  if (std::optional<std::string> Why = tooDeeplyNested((*Buffer)->getBuffer())) {
    errs() << Path << ": error: not a compile database: " << *Why
           << " (lttng-tidy " << Verb << ")\n";
    return true;
  }
  return false;
}
} // namespace

bool refuseCompileDatabase(StringRef Path, StringRef Verb) {
  return reportIfBad(Path, Verb, /*IsDatabase=*/true);
}

bool checkToolInputs(ArrayRef<const char *> Args, StringRef Verb) {
  bool Bad = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A == "--")
      break; // the compiler's arguments follow
    std::string Database;
    if ((A == "-p" || A == "--p") && I + 1 < Args.size())
      Database = Args[++I];
    else if (A.consume_front("-p=") || A.consume_front("--p="))
      Database = A.str();
    else if (!A.starts_with("-")) {
      Bad |= reportIfBad(A, Verb, /*IsDatabase=*/false);
      continue;
    }
    if (Database.empty())
      continue;
    SmallString<256> Path(Database);
    if (sys::fs::is_directory(Path))
      sys::path::append(Path, "compile_commands.json");
    Bad |= reportIfBad(Path, Verb, /*IsDatabase=*/true);
  }
  return !Bad;
}

} // namespace lttng_tidy
