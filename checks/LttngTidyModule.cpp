//===--- LttngTidyModule.cpp - The lttng-* clang-tidy checks --------------===//

#include "AssignNarrowingCheck.h"
#include "FieldTypeMismatchCheck.h"
#include "MissingMirrorCheck.h"
#include "ProtoMismatchCheck.h"
#include "StaleMirrorCheck.h"
#include "TracepointNamingCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/raw_ostream.h"
#include <unistd.h>

namespace clang::tidy::lttng {

class LttngTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<AssignNarrowingCheck>(
        "lttng-assign-narrowing");
    CheckFactories.registerCheck<FieldTypeMismatchCheck>(
        "lttng-field-type-mismatch");
    CheckFactories.registerCheck<MissingMirrorCheck>("lttng-missing-mirror");
    CheckFactories.registerCheck<ProtoMismatchCheck>("lttng-proto-mismatch");
    CheckFactories.registerCheck<StaleMirrorCheck>("lttng-stale-mirror");
    CheckFactories.registerCheck<TracepointNamingCheck>(
        "lttng-tracepoint-naming");
  }
};

namespace {
// A plugin only works inside the clang-tidy it was compiled against. The
// version string below comes from the host's libclang-cpp, so a mismatch
// means another clang-tidy loaded us: say so and stop, rather than crash.
__attribute__((constructor)) void refuseForeignClangTidy() {
  std::string Host = getClangFullVersion();
  std::string Ours = "version " CLANG_VERSION_STRING;
  if (Host.find(Ours) != std::string::npos)
    return;
  llvm::errs() << "error: the lttng-tidy plugin was built for clang-tidy "
               << CLANG_VERSION_STRING << " but was loaded into '" << Host
               << "'; run clang-tidy-" << CLANG_VERSION_MAJOR
               << " instead\n";
  llvm::errs().flush();
  _exit(2);
}
} // namespace

static ClangTidyModuleRegistry::Add<LttngTidyModule>
    X("lttng-module", "Checks for Linux tracepoints and their LTTng mirrors.");

} // namespace clang::tidy::lttng

// Lets a clang-tidy binary that links the checks in force the module in.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int LttngTidyModuleAnchorSource = 0;
