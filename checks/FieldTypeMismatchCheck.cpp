//===--- FieldTypeMismatchCheck.cpp - lttng-field-type-mismatch -----------===//

#include "FieldTypeMismatchCheck.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/StringSet.h"

using namespace lttng_tidy;

namespace clang::tidy::lttng {

namespace {
std::string squeeze(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    if (!isspace(static_cast<unsigned char>(C)))
      Out += C;
  return Out;
}

bool isIntegerKind(const CtfField &F) {
  return F.Info.Kind == CtfKind::Integer || F.Info.Kind == CtfKind::Enum;
}

bool isArrayKind(const CtfField &F) {
  return F.Info.Kind == CtfKind::Array || F.Info.Kind == CtfKind::ArrayText ||
         F.Info.Kind == CtfKind::ArrayBitfield;
}

bool isSequenceKind(const CtfField &F) {
  return F.Info.Kind == CtfKind::Sequence ||
         F.Info.Kind == CtfKind::SequenceText ||
         F.Info.Kind == CtfKind::SequenceBitfield;
}

/// What the recorded value can hold: the enumerators of an enum, the width
/// of a bit-field. Everything else is the type's size and signedness.
struct ValueRange {
  uint64_t Bits = 0;
  bool Signed = false;
  bool Exact = false; ///< computed from the values, not the type
};

ValueRange rangeOf(QualType Type, const TypeFacts &Facts, unsigned BitWidth) {
  ValueRange R{Facts.SizeBits, Facts.IsSigned, false};
  if (BitWidth) {
    R.Bits = BitWidth;
    R.Exact = true;
  } else if (const auto *ET = Type.isNull()
                                  ? nullptr
                                  : Type.getCanonicalType()->getAs<EnumType>()) {
    // Enumerators decide, not the enum's storage size.
    const EnumDecl *ED = ET->getDecl()->getDefinition();
    if (ED) {
      unsigned NumPositive = ED->getNumPositiveBits();
      unsigned NumNegative = ED->getNumNegativeBits();
      R.Signed = NumNegative > 0;
      R.Bits = R.Signed ? std::max(NumPositive + 1, NumNegative) : NumPositive;
      R.Exact = true;
    }
  } else if (Facts.IsBool) {
    R.Bits = 1;
    R.Exact = true;
  }
  return R;
}

/// Why an integer recorded as \p Recorded loses or changes a value of
/// \p Source, or empty when it does not.
std::string integerProblem(const TypeFacts &Recorded, const TypeFacts &Source,
                           const ValueRange &Range, bool CheckSignedness,
                           bool CheckWider) {
  if (!Recorded.Resolved || !Source.Resolved || Recorded.IsArray ||
      Source.IsRecord || !Recorded.SizeBits)
    return {};
  // GCC accepts an array here (with a warning) and records its address.
  if (Source.IsArray)
    return "an array recorded as an integer: the trace gets its address";
  if (Source.IsPointer && !Recorded.IsPointer &&
      Recorded.SizeBits < Source.SizeBits)
    return "a pointer does not fit in " + std::to_string(Recorded.SizeBits) +
           " bits";
  if (!Source.IsInteger && !Source.IsPointer)
    return {};
  if (Range.Exact) {
    // Values known to fit: an unsigned field needs one bit fewer.
    uint64_t Usable = Recorded.IsSigned && !Range.Signed ? Recorded.SizeBits - 1
                                                         : Recorded.SizeBits;
    if (Range.Signed && !Recorded.IsSigned)
      return "negative values recorded as unsigned";
    if (Range.Bits > Usable)
      return "narrower: " + std::to_string(Recorded.SizeBits) +
             " bits for values needing " + std::to_string(Range.Bits);
    return {};
  }
  if (Recorded.SizeBits < Source.SizeBits)
    return "narrower: " + std::to_string(Recorded.SizeBits) + " bits for " +
           std::to_string(Source.SizeBits);
  // Not lossy, but the trace's layout no longer says what the kernel has.
  if (CheckWider && Recorded.SizeBits > Source.SizeBits && !Source.IsPointer)
    return "wider: " + std::to_string(Recorded.SizeBits) + " bits for " +
           std::to_string(Source.SizeBits);
  if (CheckSignedness && !Source.IsPointer && !Recorded.IsPointer &&
      Recorded.SizeBits == Source.SizeBits &&
      Recorded.IsSigned != Source.IsSigned)
    return Source.IsSigned ? "signed value recorded as unsigned"
                           : "unsigned value recorded as signed";
  return {};
}
} // namespace

FieldTypeMismatchCheck::FieldTypeMismatchCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : TracepointModelCheck(Name, Context),
      CheckSignedness(Options.get("CheckSignedness", true)),
      CheckWider(Options.get("CheckWider", true)),
      CheckSourceExpressions(Options.get("CheckSourceExpressions", true)) {}

void FieldTypeMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "CheckSignedness", CheckSignedness);
  Options.store(Opts, "CheckWider", CheckWider);
  Options.store(Opts, "CheckSourceExpressions", CheckSourceExpressions);
}

void FieldTypeMismatchCheck::checkModel(const TracepointModel &Model,
                                        ASTContext &Context) {
  // Each mirror layout (an event, or a class) once, against the kernel
  // event of its first tracepoint that the kernel defines.
  llvm::StringSet<> Done;
  for (const TracepointDefinition &Mirror : Model.Definitions) {
    if (Mirror.side() != Side::Lttng || !Mirror.definesTracepoint())
      continue;
    const TracepointDefinition *Layout = Model.layoutOf(Mirror);
    const TracepointDefinition *Kernel =
        Model.findTracepoint(Side::Kernel, Mirror.Name);
    if (!Layout || !Kernel || !Done.insert(Layout->Name).second)
      continue;
    const TracepointDefinition *KernelLayout = Model.layoutOf(*Kernel);
    if (KernelLayout)
      checkLayout(Model, *Layout, *KernelLayout, Context);
  }
}

void FieldTypeMismatchCheck::checkLayout(const TracepointModel &Model,
                                         const TracepointDefinition &Mirror,
                                         const TracepointDefinition &Kernel,
                                         ASTContext &Context) {
  TypeResolver Resolver(Context);
  // Sources are typed with the kernel's parameters: those are what the
  // probe receives, even where the mirror's TP_PROTO is out of date.
  std::vector<ProtoParameter> Params = Kernel.Params;
  for (const ProtoParameter &P : Mirror.Params)
    if (llvm::none_of(Params, [&P](const ProtoParameter &K) {
          return K.Name == P.Name;
        }))
      Params.push_back(P);
  // Parameters the mirror declares otherwise than the kernel: fields that
  // read them are lttng-proto-mismatch's, whose fix rewrites them.
  llvm::StringSet<> Drifted;
  for (const ProtoParameter &M : Mirror.Params) {
    auto K = llvm::find_if(Kernel.Params, [&M](const ProtoParameter &P) {
      return P.Name == M.Name;
    });
    if (K == Kernel.Params.end() ||
        (K->Type.Resolved && M.Type.Resolved &&
         !Context.hasSameUnqualifiedType(K->Type.Type, M.Type.Type)))
      Drifted.insert(M.Name);
  }
  for (const CtfField &F : Mirror.CtfFields) {
    if (F.Info.Kind == CtfKind::Custom || F.Info.User)
      continue;
    if (llvm::any_of(variablesOf(F.Source).keys(),
                     [&Drifted](StringRef V) { return Drifted.count(V); }))
      continue;
    // The kernel field recording the same thing: same name, or a store of
    // the same expression.
    const EntryField *K = nullptr;
    for (const EntryField &E : Kernel.Fields)
      if (E.Name == F.Name)
        K = &E;
    if (!K)
      for (const AssignStatement &A : Kernel.Assigns)
        if (A.Kind == AssignKind::Store && squeeze(A.Value) == squeeze(F.Source))
          for (const EntryField &E : Kernel.Fields)
            if (E.Name == A.Field)
              K = &E;

    // The mirror recording exactly the kernel's own field type follows the
    // kernel's choice; a narrowing there is the kernel's (see
    // lttng-assign-narrowing), not the mirror's.
    bool SameAsKernel = K && K->Type.Resolved && F.Type.Resolved &&
                        Context.hasSameUnqualifiedType(K->Type.Type, F.Type.Type);

    std::string Problem, Against, AgainstType, Replacement;
    bool SourceTyped = false;
    // What the mirror's expression really is, when it is simple enough.
    if (CheckSourceExpressions && isIntegerKind(F) && !SameAsKernel) {
      unsigned BitWidth = 0;
      QualType SourceType =
          Resolver.typeOfExpression(F.Source, Params, &BitWidth);
      if (!SourceType.isNull()) {
        SourceTyped = true;
        TypeFacts Facts = Resolver.factsOf(SourceType);
        Problem = integerProblem(F.Type, Facts,
                                 rangeOf(SourceType, Facts, BitWidth),
                                 CheckSignedness, CheckWider);
        if (!Problem.empty()) {
          Against = "its source '" + F.Source + "'";
          AgainstType = Facts.Spelling;
          // An array has no integer type to offer; an enum or a bit-field
          // fits a width the maintainer chooses.
          if (!BitWidth && !Facts.IsEnum && !Facts.IsArray)
            Replacement = SourceType.getUnqualifiedType().getAsString(
                Context.getPrintingPolicy());
        }
      }
    }
    // Otherwise the kernel field of the same source is the reference.
    if (Problem.empty() && K && !SourceTyped && !SameAsKernel) {
      FieldMacroKind KK = K->Macro->Kind;
      Against = "the kernel field '" + K->Name + "'";
      if (isIntegerKind(F) &&
          (KK == FieldMacroKind::Field || KK == FieldMacroKind::FieldStruct)) {
        Problem = integerProblem(F.Type, K->Type,
                                 rangeOf(K->Type.Type, K->Type, 0),
                                 CheckSignedness, CheckWider);
        AgainstType = K->Type.Spelling;
        Replacement = K->TypeText;
      } else if (isArrayKind(F) && KK == FieldMacroKind::Array) {
        if (F.LengthValue && K->LengthValue && *F.LengthValue != *K->LengthValue)
          Problem = "array length " + std::to_string(*F.LengthValue) +
                    " where the kernel has " + std::to_string(*K->LengthValue);
        AgainstType = K->TypeText + "[" + K->Length + "]";
      } else if ((isArrayKind(F) || isSequenceKind(F)) &&
                 (KK == FieldMacroKind::String ||
                  KK == FieldMacroKind::StringLen)) {
        Problem = "recorded as an array where the kernel records a string "
                  "(use ctf_string)";
        AgainstType = K->MacroName;
      }
    }
    if (Problem.empty())
      continue;
    auto Diag = diag(F.FileRange.isValid() ? F.FileRange.getBegin() : Mirror.Loc,
                     "LTTng field '%0' of '%1' is %2 '%3' but %4 is '%5': %6")
                << F.Name << Mirror.Name << F.MacroName << F.TypeText << Against
                << AgainstType << Problem;
    // Only the type is replaced, and only where it is spelled in the mirror.
    if (!Replacement.empty() && F.TypeFileRange.isValid() &&
        Mirror.WrapperMacro.empty())
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(F.TypeFileRange), Replacement);
  }
  (void)Model;
}

} // namespace clang::tidy::lttng
