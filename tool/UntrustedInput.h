//===--- UntrustedInput.h - Refusing what cannot be the input -------------===//
//
// Compile databases and source paths come from users and build systems:
// a FIFO where a file is expected would block the tool forever, and JSON
// nested deeper than any compile database would overflow the stack of a
// recursive parser. Both are refused up front, with the path and the
// reason.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_TOOL_UNTRUSTEDINPUT_H
#define LTTNG_TIDY_TOOL_UNTRUSTEDINPUT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace lttng_tidy {

/// Why \p Path cannot be read as an input file ("is a FIFO", "is a
/// directory", ...), or nothing when it is a regular file or does not
/// exist (the reader then says it is missing).
std::optional<std::string> notARegularFile(llvm::StringRef Path);

/// A compile database is an array of objects holding arrays: nesting
/// deeper than this is not one.
constexpr unsigned MaxCompileDatabaseNesting = 64;

/// Why \p Json cannot be a compile database because of how deeply its
/// arrays and objects nest, or nothing. Strings are skipped, so brackets
/// inside them do not count.
std::optional<std::string> tooDeeplyNested(llvm::StringRef Json,
                                           unsigned Limit = MaxCompileDatabaseNesting);

/// True, with "PATH: error: ..." on stderr, when the compile database
/// \p Path is not a regular file or nests too deeply to be one.
bool refuseCompileDatabase(llvm::StringRef Path, llvm::StringRef Verb);

/// Checks the compile database that \p Args name with "-p DIR" or
/// "-p=DIR", and the source paths among \p Sources, before clang's tooling
/// reads them; prints each problem as "PATH: error: ..." on stderr.
/// Returns false when there is one.
bool checkToolInputs(llvm::ArrayRef<const char *> Args, llvm::StringRef Verb);

} // namespace lttng_tidy

#endif
