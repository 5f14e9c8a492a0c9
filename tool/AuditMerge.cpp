//===--- AuditMerge.cpp - One result from the units' results --------------===//

#include "AuditParts.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/YAMLTraits.h"

using namespace llvm;

namespace lttng_tidy {

namespace {

/// Offsets to lines and columns, each file read once.
class LineTables {
public:
  AuditPlace place(StringRef File, unsigned Offset) {
    auto [It, New] = Tables.try_emplace(File);
    if (New)
      if (auto Buffer = MemoryBuffer::getFile(File)) {
        StringRef Text = (*Buffer)->getBuffer();
        It->second.push_back(0);
        for (size_t I = 0; I < Text.size(); ++I)
          if (Text[I] == '\n')
            It->second.push_back(I + 1);
      }
    AuditPlace P;
    P.File = File.str();
    const std::vector<unsigned> &Starts = It->second;
    if (Starts.empty())
      return P;
    auto Line = llvm::upper_bound(Starts, Offset);
    P.Line = static_cast<unsigned>(Line - Starts.begin());
    P.Column = Offset - *(Line - 1) + 1;
    return P;
  }

private:
  StringMap<std::vector<unsigned>> Tables;
};

/// Merges units into one result, each tracepoint and finding once.
class ResultMerger {
public:
  explicit ResultMerger(AuditResult &R) : R(R) {}

  void addUnit(Job &J) {
    if (!J.ExportJson.empty())
      addTracepoints(J);
    if (!J.FixesYaml.empty())
      addDiagnostics(J);
    if (J.Unit.Error.empty() && J.ExportJson.empty())
      J.Unit.Error = "not analysed: clang-tidy wrote no tracepoint model for it";
    R.Units.push_back(J.Unit);
  }

  void finish() {
    auto ByPlace = [](const AuditPlace &A, const AuditPlace &B) {
      return std::tie(A.File, A.Line, A.Column) <
             std::tie(B.File, B.Line, B.Column);
    };
    llvm::stable_sort(R.Tracepoints, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At);
    });
    llvm::stable_sort(R.Findings, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At) ||
             (!ByPlace(B.At, A.At) && A.Check < B.Check);
    });
    classifyCompileErrors(R);
    llvm::stable_sort(R.CompileErrors, [&](const auto &A, const auto &B) {
      return ByPlace(A.At, B.At);
    });
  }

private:
  void addCompileError(const AuditPlace &At, const std::string &Message,
                       const std::string &Unit) {
    std::string Key = At.File + "\n" + std::to_string(At.Line) + "\n" +
                      std::to_string(At.Column) + "\n" + Message;
    auto [It, New] = CompileErrorIndex.try_emplace(Key, R.CompileErrors.size());
    if (New)
      R.CompileErrors.push_back({At, Message, {}, false});
    std::vector<std::string> &Units = R.CompileErrors[It->second].Units;
    if (Units.empty() || Units.back() != Unit)
      Units.push_back(Unit);
  }

  void addTracepoints(Job &J) {
    Expected<json::Value> Export = json::parse(J.ExportJson);
    if (!Export) {
      J.Unit.Error =
          "not analysed: unreadable model export: " + toString(Export.takeError());
      return;
    }
    const json::Array *List = Export->getAsObject()->getArray("tracepoints");
    for (const json::Value &V : List ? *List : json::Array()) {
      const json::Object *O = V.getAsObject();
      if (!O)
        continue;
      AuditTracepoint T;
      auto Str = [&](StringRef Key) {
        return O->getString(Key).value_or("").str();
      };
      T.Name = Str("name");
      T.System = Str("system");
      T.Side = Str("side");
      T.Macro = Str("macro");
      T.Shape = Str("shape");
      T.Class = Str("class");
      T.Wrapper = Str("wrapper");
      T.Mirror = Str("mirror");
      T.At.File = Str("file");
      T.At.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
      T.At.Column = static_cast<unsigned>(O->getInteger("column").value_or(0));
      T.DefinesTracepoint = O->getBoolean("defines_tracepoint").value_or(false);
      std::string Key = T.Side + "\n" + T.Name + "\n" + T.At.File + "\n" +
                        std::to_string(T.At.Line);
      auto [It, New] = TracepointIndex.try_emplace(Key, R.Tracepoints.size());
      if (New) {
        R.Tracepoints.push_back(std::move(T));
        continue;
      }
      // One unit read the mirror, another did not: mirrored wins.
      AuditTracepoint &Known = R.Tracepoints[It->second];
      if (Known.Mirror != "mirrored" && !T.Mirror.empty() &&
          T.Mirror != "unknown")
        Known.Mirror = T.Mirror;
    }
  }

  void addDiagnostics(Job &J) {
    clang::tooling::TranslationUnitDiagnostics TUD;
    yaml::Input In(J.FixesYaml);
    In >> TUD;
    if (In.error()) {
      J.Unit.Error = "not analysed: unreadable exported diagnostics";
      return;
    }
    unsigned Errors = 0;
    std::string FirstError;
    for (clang::tooling::Diagnostic &D : TUD.Diagnostics) {
      std::string Base =
          D.BuildDirectory.empty() ? J.Command.Directory : D.BuildDirectory;
      AuditFinding F;
      F.Check = D.DiagnosticName;
      F.Message = D.Message.Message;
      F.At = Lines.place(absolutePath(D.Message.FilePath, Base),
                         D.Message.FileOffset);
      F.Level = D.DiagLevel == clang::tooling::Diagnostic::Error ? "error"
                : D.DiagLevel == clang::tooling::Diagnostic::Remark
                    ? "remark"
                    : "warning";
      if (StringRef(F.Check).starts_with("clang-diagnostic-") ||
          F.Check == "clang-tidy-config") {
        // Compiler and configuration errors: the unit was not analysed as
        // a whole. An error of the driver has no place.
        if (F.Level != "error")
          continue;
        if (D.Message.FilePath.empty())
          F.At = AuditPlace();
        if (!Errors++)
          FirstError = (F.At.File.empty()
                            ? ""
                            : F.At.File + ":" + std::to_string(F.At.Line) +
                                  ":" + std::to_string(F.At.Column) + ": ") +
                       F.Message;
        addCompileError(F.At, F.Message, J.Unit.File);
        continue;
      }
      for (const clang::tooling::DiagnosticMessage &N : D.Notes)
        F.Notes.push_back(
            {N.Message, Lines.place(absolutePath(N.FilePath, Base), N.FileOffset)});
      F.HasFix = clang::tooling::selectFirstFix(D) != nullptr;
      std::string Key = F.Check + "\n" + F.At.File + "\n" +
                        std::to_string(D.Message.FileOffset) + "\n" + F.Message;
      if (!FindingKeys.insert(Key).second)
        continue;
      F.Exported = std::move(D);
      R.Findings.push_back(std::move(F));
    }
    // One message for the unit, whose findings are still reported.
    if (Errors && J.Unit.Error.empty())
      J.Unit.Error = formatv("clang reported {0} error{1}, so the findings "
                             "of this unit may be incomplete; the first: {2}",
                             Errors, Errors == 1 ? "" : "s", FirstError)
                         .str();
  }

  AuditResult &R;
  StringMap<size_t> TracepointIndex, CompileErrorIndex;
  StringSet<> FindingKeys;
  LineTables Lines;
};

} // namespace

void mergeUnits(std::vector<Job> &Jobs, AuditResult &R,
                function_ref<void(const Job &, const AuditUnit &)> Merged) {
  ResultMerger Merger(R);
  for (Job &J : Jobs) {
    Merger.addUnit(J);
    Merged(J, R.Units.back());
  }
  Merger.finish();
}

} // namespace lttng_tidy
