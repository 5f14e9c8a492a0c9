//===--- TracepointModelCheck.h - Base of the checks that use the model ---===//
//
// Every lttng-* check that reads tracepoint definitions works on the model
// of the translation unit: this base collects it from the preprocessor,
// resolves its types once the AST is complete, and hands it to the check.
//
// In a kernel translation unit (no mirror in it) and with the option
// LttngModulesDir naming an LTTng-modules tree, the base also builds, for
// each kernel trace header the unit defines tracepoints from, the LTTng
// probe that mirrors it, with this unit's own flags, so that the mirror's
// #if conditions are evaluated for the kernel being analysed. The check
// runs on that probe's model; its findings on the mirror are reported here.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_CHECKS_TRACEPOINTMODELCHECK_H
#define LTTNG_TIDY_CHECKS_TRACEPOINTMODELCHECK_H

#include "llvm/ADT/StringSet.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "model/TracepointModel.h"
#include "llvm/Support/Regex.h"

namespace clang {
class CompilerInvocation;
} // namespace clang

namespace lttng_tidy {
class LttngTree;
struct LttngProbe;
} // namespace lttng_tidy

namespace clang::tidy::lttng {

/// One finding: a warning or remark with its fixes and notes.
struct Finding {
  SourceLocation Loc;
  std::string Message;
  DiagnosticIDs::Level Level = DiagnosticIDs::Warning;
  std::vector<FixItHint> Fixes;
  std::vector<std::pair<SourceLocation, std::string>> Notes;
};

/// A finding whose places are files and offsets, not locations of one
/// translation unit.
struct StableFinding {
  struct Place {
    std::string File;
    unsigned Offset = 0;
  };
  struct Replacement {
    Place Begin;
    unsigned Length = 0;
    std::string Text;
  };
  Place At;
  std::string Message;
  DiagnosticIDs::Level Level = DiagnosticIDs::Warning;
  std::vector<Replacement> Fixes;
  std::vector<std::pair<Place, std::string>> Notes;
};

class TracepointModelCheck;
struct ProbePrefix;
struct ProbeRead;

/// What `diag()` returns in the model checks: it formats %0..%9 like
/// clang's diagnostics and hands the finished finding to the check when it
/// goes out of scope, so the same check code reports into this unit or
/// into the probe unit read through LttngModulesDir.
class FindingBuilder {
public:
  FindingBuilder(TracepointModelCheck &Owner, SourceLocation Loc,
                 StringRef Format, DiagnosticIDs::Level Level);
  FindingBuilder(FindingBuilder &&Other) noexcept;
  FindingBuilder(const FindingBuilder &) = delete;
  FindingBuilder &operator=(const FindingBuilder &) = delete;
  FindingBuilder &operator=(FindingBuilder &&) = delete;
  ~FindingBuilder();

  FindingBuilder &operator<<(StringRef Arg) &;
  FindingBuilder &&operator<<(StringRef Arg) &&;
  FindingBuilder &operator<<(const std::string &Arg) & {
    return *this << StringRef(Arg);
  }
  FindingBuilder &&operator<<(const std::string &Arg) && {
    return std::move(*this << StringRef(Arg));
  }
  FindingBuilder &operator<<(const char *Arg) & {
    return *this << StringRef(Arg);
  }
  FindingBuilder &&operator<<(const char *Arg) && {
    return std::move(*this << StringRef(Arg));
  }
  FindingBuilder &operator<<(unsigned Arg) & {
    return *this << StringRef(std::to_string(Arg));
  }
  FindingBuilder &&operator<<(unsigned Arg) && {
    return std::move(*this << StringRef(std::to_string(Arg)));
  }
  FindingBuilder &operator<<(const FixItHint &Fix) &;
  FindingBuilder &&operator<<(const FixItHint &Fix) &&;

private:
  TracepointModelCheck *Owner;
  SourceLocation Loc;
  std::string Format;
  DiagnosticIDs::Level Level;
  std::vector<std::string> Args;
  std::vector<FixItHint> Fixes;
};

/// A kernel definition of a unit read with LttngModulesDir, and the LTTng
/// probe read for its header.
struct ProbePairing {
  const lttng_tidy::TracepointDefinition *Kernel = nullptr;
  /// The probe's path; empty when no probe of the tree mirrors the header.
  std::string Probe;
  /// Whether the probe reads the header itself (and so judges it): LTTng's
  /// arch mirrors (kvm x86) do not include the header they mirror.
  bool ProbeReadsHeader = false;
  /// The probe's mirror definitions for the analysed kernel.
  const llvm::StringSet<> *ProbeMirrors = nullptr;
  /// The header is a module's own, outside the analysed kernel's tree.
  bool ModuleHeader = false;
};

class TracepointModelCheck : public ClangTidyCheck {
public:
  TracepointModelCheck(StringRef Name, ClangTidyContext *Context);
  ~TracepointModelCheck() override;
  /// The check's name, for the checks of a unit that share work.
  StringRef checkName() const { return getID(); }

  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true; // the kernel is C; tests may be C++
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

  /// Hands a finished finding (or a note of the previous one) to the check.
  void emit(Finding F);

  /// In the in-process audit (lttng-tidy audit-unit): check() leaves what
  /// follows the unit's own findings (reading its LTTng probes, reporting
  /// what they found, the model export) for finishAfterAST(), which the
  /// worker calls once it has freed the unit's AST, so that a unit's AST
  /// and its probes' are never in memory together. The findings are the
  /// same; only their order of emission changes, which clang-tidy sorts.
  static void readProbesAfterAST(bool Enabled);
  /// In the in-process audit: a unit that parses several LTTng probes
  /// parses the headers they all begin with once (ProbePrefixes.h).
  static void precompileProbeHeaders(bool Enabled);
  /// Whether check() left work for finishAfterAST() in the unit of \p PP.
  static bool hasWorkAfterAST(const Preprocessor &PP);
  /// Does that work, in the order the checks ran. The unit's preprocessor
  /// and source manager must still be alive; its AST need not be.
  static void finishAfterAST(const Preprocessor &PP);

protected:
  /// Called once per model: this unit's, or a probe's read through
  /// LttngModulesDir.
  virtual void checkModel(const lttng_tidy::TracepointModel &Model,
                          ASTContext &Context) = 0;

  /// Called in a kernel unit read with LttngModulesDir, with each of its
  /// kernel definitions and the probe read for its header. The unit's AST
  /// may be gone by then (readProbesAfterAST): the pairings and the
  /// unit's source manager are what is left.
  virtual void checkPairings(const std::vector<ProbePairing> &) {}

  /// Whether the check compares mirrors with their kernel definitions. In
  /// a probe unit that does not read the kernel header its mirror stands
  /// for (LTTng's kvm x86 probe), such a check sees the probe read again
  /// with that header from the unit's own kernel tree, or, when the tree
  /// does not have it, the unit without those mirrors and one remark: a
  /// header not read is no evidence that its tracepoints are gone.
  virtual bool comparesMirrorsWithKernel() const { return false; }

  /// Whether the check's findings on kernel headers, made while a probe is
  /// read, are its own: only the probe tells what is missing. Other checks
  /// judge the kernel side in the kernel unit itself.
  virtual bool judgesKernelSideFromMirror() const { return false; }

  /// While a probe is read for a kernel unit: that unit's model. A probe
  /// may mirror a header it does not include (LTTng's arch mirrors), whose
  /// tracepoints only the kernel unit knows. Compare names only: its
  /// locations and types belong to the other unit.
  const lttng_tidy::TracepointModel *readingUnit() const {
    return Recording ? ReadingUnitModel : nullptr;
  }

  /// While a probe is read for a kernel unit: whether that unit defines
  /// the kernel tracepoint \p Tracepoint (empty: any). False otherwise.
  /// Asked this way, the question is kept with a read shared by other
  /// units (SharedProbeReads.h), which take it only if they answer alike.
  bool readingUnitDefines(StringRef Tracepoint);

  /// The version from which a fix-it's new definition is active: the
  /// option LttngVersionBoundary when the user names it (the release that
  /// made the change), else the analysed kernel's version.
  lttng_tidy::KernelVersion guardVersion(const lttng_tidy::TracepointModel &Model);

  /// Findings use this instead of ClangTidyCheck::diag.
  FindingBuilder diag(SourceLocation Loc, StringRef Format,
                      DiagnosticIDs::Level Level = DiagnosticIDs::Warning) {
    return FindingBuilder(*this, Loc, Format, Level);
  }

  /// The regular expression of option \p Name, or nothing when it is
  /// empty or invalid (an invalid one is reported as a configuration error).
  std::optional<llvm::Regex> regexOption(StringRef Name, StringRef Pattern);

  /// Reports the problems the model met while reading definitions;
  /// informational ones (legal code read with a caveat) only when asked.
  void reportModelProblems(const lttng_tidy::TracepointModel &Model,
                           bool IncludeInformational);

private:
  /// What follows the unit's own findings: the probes' findings and
  /// pairings (a kernel unit with LttngModulesDir), and the model export.
  /// Uses no AST of the unit.
  void finishUnit(const lttng_tidy::TracepointModel &Model, SourceManager &SM);
  /// Reads every paired probe once, for all the model checks of this
  /// unit, and leaves each check its findings in ProbeFindings.
  void readProbesForAllChecks(const lttng_tidy::TracepointModel &Model);
  /// Reads \p Probe for this kernel unit, or takes the read another unit
  /// shared.
  void readProbe(const lttng_tidy::LttngTree &Tree,
                 const lttng_tidy::LttngProbe &Probe,
                 const lttng_tidy::TracepointModel &Model,
                 const std::vector<TracepointModelCheck *> &Checks,
                 const ProbePrefix *Prefix);
  /// Of \p Probes, those no other unit's shared read serves.
  std::vector<const lttng_tidy::LttngProbe *>
  probesToParse(const lttng_tidy::LttngTree &Tree,
                const std::vector<const lttng_tidy::LttngProbe *> &Probes,
                const lttng_tidy::TracepointModel &Model,
                const std::vector<TracepointModelCheck *> &Checks);
  /// Parses \p Probe for \p Checks; with \p Shared, also notes what the
  /// read needs to be shared (its include lookups against \p OwnDirs).
  void runProbeUnit(const lttng_tidy::LttngTree &Tree,
                    const lttng_tidy::LttngProbe &Probe,
                    std::shared_ptr<CompilerInvocation> Invocation,
                    const std::vector<TracepointModelCheck *> &Checks,
                    const std::vector<std::string> *OwnDirs = nullptr,
                    ProbeRead *Shared = nullptr,
                    const ProbePrefix *Prefix = nullptr);
  void replay(const StableFinding &F, SourceManager &SM);
  /// In a probe unit whose mirror's kernel header was not read: checks the
  /// mirror as comparesMirrorsWithKernel() says; false when the unit read
  /// the header (or is no probe), and checkModel runs as usual.
  bool checkUnreadMirrorHeader(const lttng_tidy::TracepointModel &Model,
                               ASTContext &Context);
  /// Reads this probe unit again, with \p KernelHeader included before its
  /// mirror, for \p Checks; their findings go to their ProbeFindings.
  void rereadProbeWithHeader(StringRef KernelHeader,
                             const std::vector<TracepointModelCheck *> &Checks);
  /// Remembers the mirror definitions of a model read for this unit.
  /// \p ProbeSM and \p ProbePath are the probe's when the model is a
  /// probe's.
  void noteMirrors(const lttng_tidy::TracepointModel &M,
                   const SourceManager *ProbeSM, StringRef ProbePath);
  /// Writes the unit's tracepoints, their mirror status and the files the
  /// unit read to the file of option LttngModelExportFile.
  void exportModel(const lttng_tidy::TracepointModel &M,
                   const SourceManager &SM);

  const std::string LttngModulesDir;
  const std::string ModelExportFile;
  const std::string VersionBoundary;
  bool BoundaryReported = false; ///< its problem is said once per check
  /// This unit's model, one for all the model checks of the unit: the
  /// first check to see the preprocessor collects it, the first to run
  /// resolves its types.
  std::shared_ptr<lttng_tidy::TracepointModel> Model;
  Preprocessor *PP = nullptr;
  /// While a probe unit is analysed: where its findings go, and its
  /// sources.
  std::vector<StableFinding> *Recording = nullptr;
  const SourceManager *RecordingSM = nullptr;
  const LangOptions *RecordingLangOpts = nullptr;
  const lttng_tidy::TracepointModel *ReadingUnitModel = nullptr;
  /// Findings on mirrors read through LttngModulesDir, once computed.
  std::optional<std::vector<StableFinding>> ProbeFindings;

  friend class ProbeUnitConsumer;
};

} // namespace clang::tidy::lttng

#endif
