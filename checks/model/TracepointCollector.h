//===--- TracepointCollector.h - Builds the model from the preprocessor ---===//
//
// A PPCallbacks that watches every expansion of a definition macro (kernel
// or LTTng), keeps the first expansion of each definition written in a
// header (define_trace.h re-reads headers up to eight times), and records
// its unexpanded arguments split into parts.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_TRACEPOINTCOLLECTOR_H
#define LTTNG_TIDY_MODEL_TRACEPOINTCOLLECTOR_H

#include "model/MacroArgumentParser.h"
#include "model/TracepointModel.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <memory>

namespace clang {
class ASTContext;
class MacroInfo;
class Preprocessor;
} // namespace clang

namespace lttng_tidy {

class TracepointCollector : public clang::PPCallbacks {
public:
  /// Fills \p Model as the preprocessor runs.
  TracepointCollector(clang::Preprocessor &PP, TracepointModel &Model);

  /// What a parse of a probe's leading headers alone left
  /// (PrecompiledPrefix.h): the model's macros, kernel roots, versions and
  /// TRACE_INCLUDE_FILE values. A read that loads those headers
  /// precompiled sees none of their directives, and goes on from this.
  struct Carried {
    KernelVersion Version, LttngVersion, LinuxVersion;
    std::map<std::string, std::string> IncludeFileByHeader;
    llvm::StringMap<std::string> HeaderMacros;
    llvm::StringMap<UnseenMacro> UnseenMacros;
    std::set<std::string> KernelRoots;
  };
  Carried carried() const;
  /// Starts from \p From, as if this parse had read those headers itself.
  void resume(const Carried &From);

  void MacroExpands(const clang::Token &MacroNameTok,
                    const clang::MacroDefinition &MD, clang::SourceRange Range,
                    const clang::MacroArgs *Args) override;

  void InclusionDirective(clang::SourceLocation HashLoc,
                          const clang::Token &IncludeTok,
                          llvm::StringRef FileName, bool IsAngled,
                          clang::CharSourceRange FilenameRange,
                          clang::OptionalFileEntryRef File,
                          llvm::StringRef SearchPath,
                          llvm::StringRef RelativePath,
                          const clang::Module *SuggestedModule,
                          bool ModuleImported,
                          clang::SrcMgr::CharacteristicKind FileType) override;

  void MacroDefined(const clang::Token &MacroNameTok,
                    const clang::MacroDirective *MD) override;

  void MacroUndefined(const clang::Token &MacroNameTok,
                      const clang::MacroDefinition &MD,
                      const clang::MacroDirective *Undef) override;

  void If(clang::SourceLocation Loc, clang::SourceRange ConditionRange,
          ConditionValueKind ConditionValue) override;
  void Elif(clang::SourceLocation Loc, clang::SourceRange ConditionRange,
            ConditionValueKind ConditionValue,
            clang::SourceLocation IfLoc) override;
  void Ifdef(clang::SourceLocation Loc, const clang::Token &MacroNameTok,
             const clang::MacroDefinition &MD) override;
  void Ifndef(clang::SourceLocation Loc, const clang::Token &MacroNameTok,
              const clang::MacroDefinition &MD) override;
  void Else(clang::SourceLocation Loc, clang::SourceLocation IfLoc) override;
  void Endif(clang::SourceLocation Loc, clang::SourceLocation IfLoc) override;

private:
  const DefinitionMacro *definitionMacroFor(const clang::IdentifierInfo *II);
  std::vector<std::string> macroCallers(clang::SourceLocation Loc) const;
  bool isInsideDefinitionMacro(clang::SourceLocation Loc) const;
  void noteDirective(clang::SourceLocation Loc);
  bool hasDirectiveWithin(clang::SourceRange Range) const;
  /// Keeps TracepointModel::HeaderMacros up to date.
  void noteHeaderMacro(const clang::Token &MacroNameTok,
                       const clang::MacroInfo *Defined);
  /// Keeps TracepointModel::UnseenMacros up to date; \p MI is the
  /// definition made or, when \p Undefined, taken away.
  void noteUnseenMacro(const clang::Token &MacroNameTok,
                       const clang::MacroInfo *MI, bool Undefined);
  void noteVersionMacro(llvm::StringRef Name, const clang::MacroInfo *MI);
  std::string macroValue(llvm::StringRef Name,
                         clang::SourceLocation *DefinitionLoc) const;
  bool expandSubsystemMacro(const SpelledToken &Name,
                            const std::vector<std::vector<SpelledToken>> &Args,
                            bool IsFunctionLike,
                            std::vector<SpelledToken> &Expansion) const;
  /// Glues \p Right onto \p Left as `##` does; false when the result is
  /// not one name or number.
  bool pasteTokens(SpelledToken &Left, const SpelledToken &Right) const;
  SpelledToken spell(const clang::Token &Tok) const;
  StablePosition stablePosition(clang::SourceLocation FileLoc) const;

  clang::Preprocessor &PP;
  clang::SourceManager &SM;
  TracepointModel &Model;
  llvm::DenseMap<const clang::IdentifierInfo *, const DefinitionMacro *>
      MacroByIdentifier;
  /// Definitions already in the model, by file, offset, macro and name.
  llvm::StringMap<size_t> DefinitionIndex;
  KernelVersion LttngVersion, LinuxVersion;
  /// Conditional directives, in the order seen, as (file, offset).
  std::vector<std::pair<clang::FileID, unsigned>> Directives;
  /// The cleanup hazard of each file holding a definition, as
  /// TracepointDefinition::FileHazard words it (empty: none), by file name:
  /// a trace header read many times (TRACE_HEADER_MULTI_READ) is lexed once.
  llvm::StringMap<std::string> HazardByFile;
};

/// Resolves the types of every parameter, field and ctf_* entry of \p Model
/// through the translation unit's declarations.
void resolveModelTypes(TracepointModel &Model, clang::ASTContext &Context);

} // namespace lttng_tidy

#endif
