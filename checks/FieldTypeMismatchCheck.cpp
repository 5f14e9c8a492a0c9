//===--- FieldTypeMismatchCheck.cpp - lttng-field-type-mismatch -----------===//

#include "FieldTypeMismatchCheck.h"
#include "MirrorRewriter.h"
#include "model/BrokenExpressions.h"
#include "model/KernelCounterpart.h"
#include "model/MacroArgumentParser.h"
#include "model/TypeResolver.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <map>
#include <set>

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
      CheckSourceExpressions(Options.get("CheckSourceExpressions", true)),
      DropUnrecordedFields(Options.get("DropUnrecordedFields", false)) {}

void FieldTypeMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TracepointModelCheck::storeOptions(Opts);
  Options.store(Opts, "CheckSignedness", CheckSignedness);
  Options.store(Opts, "CheckWider", CheckWider);
  Options.store(Opts, "CheckSourceExpressions", CheckSourceExpressions);
  Options.store(Opts, "DropUnrecordedFields", DropUnrecordedFields);
}

void FieldTypeMismatchCheck::checkModel(const TracepointModel &Model,
                                        ASTContext &Context) {
  RewrittenLayouts.clear();
  checkFieldSources(Model, Context);
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
  llvm::StringSet<> Drifted = driftedParameters(Mirror, Kernel, Context);
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
        // A pointer recorded as an integer, or the reverse, does not
        // compile: the mirror's source is of the other kind (the kernel's
        // own store would not compile either).
        if (!(F.Type.Resolved && K->Type.Resolved &&
              F.Type.IsPointer != K->Type.IsPointer))
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
    bool Fixable = !Replacement.empty() && F.TypeFileRange.isValid() &&
                   Mirror.WrapperMacro.empty() &&
                   unreadDefinition({&Mirror, &Kernel}).empty();
    if (CollectTypeFixes) {
      if (Fixable)
        CollectTypeFixes->push_back({&F, Replacement});
      continue;
    }
    bool InSourceFix = RewrittenLayouts.count(Mirror.Name);
    {
      auto Diag =
          diag(F.FileRange.isValid() ? F.FileRange.getBegin() : Mirror.Loc,
               "LTTng field '%0' of '%1' is %2 '%3' but %4 is '%5': %6")
          << F.Name << Mirror.Name << F.MacroName << F.TypeText << Against
          << AgainstType << Problem;
      // Only the type is replaced, and only where it is spelled in the
      // mirror.
      if (Fixable && !InSourceFix)
        Diag << FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(F.TypeFileRange), Replacement);
    }
    // Two fixes of one definition would overlap: the field-source fix-it
    // carries this type in its new branch.
    if (Fixable && InSourceFix)
      diag(F.FileRange.getBegin(),
           "the field-source fix-it of '%0' writes '%1' here in its new "
           "definition",
           DiagnosticIDs::Note)
          << Mirror.Name << Replacement;
  }
  (void)Model;
}

namespace {
/// A spelled place: file name and offset, the same in every reading of a
/// header that LTTng includes several times.
struct SpelledPlace {
  std::string File;
  unsigned Begin = 0, End = 0;
};

std::optional<SpelledPlace> placeOf(SourceRange FileRange,
                                    const SourceManager &SM,
                                    const LangOptions &LangOpts) {
  if (FileRange.isInvalid())
    return std::nullopt;
  SourceLocation Begin = SM.getSpellingLoc(FileRange.getBegin());
  SourceLocation End = SM.getSpellingLoc(FileRange.getEnd());
  if (SM.getFileID(Begin) != SM.getFileID(End))
    return std::nullopt;
  return SpelledPlace{
      SM.getFilename(Begin).str(), SM.getFileOffset(Begin),
      SM.getFileOffset(End) + Lexer::MeasureTokenLength(End, SM, LangOpts)};
}

/// The first of \p Broken that failed inside \p Place, directly or in a
/// macro expanded there; with \p DirectOnly, only where its tokens are
/// spelled.
const BrokenExpression *firstBrokenIn(llvm::ArrayRef<BrokenExpression> Broken,
                                      const SpelledPlace &Place,
                                      const SourceManager &SM,
                                      bool DirectOnly = false) {
  auto Inside = [&](SourceLocation Loc) {
    unsigned Offset = SM.getFileOffset(Loc);
    return Offset >= Place.Begin && Offset < Place.End &&
           SM.getFilename(Loc) == Place.File;
  };
  for (const BrokenExpression &B : Broken)
    if (DirectOnly ? Inside(B.Spelling) : llvm::any_of(B.Chain, Inside))
      return &B;
  return nullptr;
}

} // namespace

void FieldTypeMismatchCheck::checkFieldSources(const TracepointModel &Model,
                                               ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  const LangOptions &LangOpts = Context.getLangOpts();
  // The mirror layouts (events and classes) and the files they are in.
  std::vector<const TracepointDefinition *> Layouts;
  llvm::StringSet<> Files;
  for (const TracepointDefinition &Def : Model.Definitions) {
    if (Def.side() != Side::Lttng || Def.CtfFields.empty())
      continue;
    Layouts.push_back(&Def);
    for (const CtfField &F : Def.CtfFields)
      for (SourceRange R : {F.FileRange, F.ItemFileRange})
        if (std::optional<SpelledPlace> P = placeOf(R, SM, LangOpts))
          Files.insert(P->File);
  }
  if (Files.empty())
    return;
  std::vector<BrokenExpression> Broken =
      findBrokenExpressions(Context, [&](SourceLocation Loc) {
        return Loc.isValid() && Files.count(SM.getFilename(Loc));
      });
  // The kernel event each mirror layout mirrors, and the mirror's
  // parameters the kernel passes otherwise.
  std::map<const TracepointDefinition *, const TracepointDefinition *>
      KernelEventOf;
  std::map<const TracepointDefinition *, llvm::StringSet<>> DriftedOf;
  for (const TracepointDefinition *Layout : Layouts) {
    const TracepointDefinition *KernelEvent = kernelEventOf(Model, *Layout);
    KernelEventOf[Layout] = KernelEvent;
    if (KernelEvent)
      DriftedOf[Layout] = driftedParameters(*Layout, *KernelEvent, Context);
  }
  auto ReadsDrifted = [&](const TracepointDefinition *Layout,
                          const CtfField &F) {
    const llvm::StringSet<> &Drifted = DriftedOf[Layout];
    return llvm::any_of(variablesOf(F.Source).keys(),
                        [&](StringRef V) { return Drifted.count(V); });
  };
  // A structure only declared means the unit did not read a header the
  // mirror needs (a private one): what it did not read is no evidence of
  // drift, so the unit's field sources are not judged. A field reading a
  // parameter whose type the kernel changed (to a structure it defines
  // now) is lttng-proto-mismatch's, and says nothing about headers.
  auto ExcusedByDrift = [&](const BrokenExpression &B) {
    for (const TracepointDefinition *Layout : Layouts)
      for (const CtfField &F : Layout->CtfFields) {
        std::optional<SpelledPlace> P = placeOf(F.FileRange, SM, LangOpts);
        if (!P)
          P = placeOf(F.ItemFileRange, SM, LangOpts);
        if (P && firstBrokenIn(llvm::ArrayRef(B), *P, SM))
          return ReadsDrifted(Layout, F);
      }
    return false;
  };
  if (llvm::any_of(Broken, [&](const BrokenExpression &B) {
        return B.IncompleteType && !ExcusedByDrift(B);
      }))
    return;
  // clang keeps no trace of some failures (an undeclared name in an
  // initializer drops the whole initializer): the names a field needs
  // from a declaration are looked up too.
  auto Undeclared = [&Context](const std::vector<std::string> &Names,
                               const TracepointDefinition &Owner)
      -> std::optional<std::string> {
    for (const std::string &Name : Names) {
      // LTTng's _CODE forms reach their locals through tp_locvar.
      if (Name == "tp_locvar" ||
          llvm::any_of(Owner.Params,
                       [&Name](const ProtoParameter &P) { return P.Name == Name; }))
        continue;
      if (Context.getTranslationUnitDecl()
              ->lookup(&Context.Idents.get(Name))
              .empty())
        return Name;
    }
    return std::nullopt;
  };
  std::deque<BrokenExpression> NameFailures;

  std::string Kernel =
      Model.Version.known()
          ? "Linux " + std::to_string(Model.Version.Major) + "." +
                std::to_string(Model.Version.Minor) + "." +
                std::to_string(Model.Version.Patch)
          : std::string("the analysed kernel");

  for (const TracepointDefinition *Layout : Layouts) {
    const TracepointDefinition *KernelEvent = KernelEventOf[Layout];
    const TracepointDefinition *KernelLayout =
        KernelEvent ? Model.layoutOf(*KernelEvent) : nullptr;
    const llvm::StringSet<> &Drifted = DriftedOf[Layout];

    struct BrokenField {
      const CtfField *Field;
      const BrokenExpression *Why;
      const TracepointDefinition *Enum; ///< the broken enum it records
      std::string Replacement; ///< the kernel's expression, when usable
      std::string Unusable;    ///< why the kernel's expression is not
      /// Dropped by the fix: nothing in the kernel's events records it.
      bool Drop = false;
    };
    // A field that the kernel's own event does not record (or that no
    // kernel event stands behind) has nothing to take a new source from:
    // with DropUnrecordedFields, the fix drops it for the analysed kernel.
    auto Droppable = [&](const CtfField &F) {
      return DropUnrecordedFields && F.FileRange.isValid() &&
             (!KernelLayout ||
              llvm::none_of(KernelLayout->Fields, [&F](const EntryField &E) {
                return E.Name == F.Name;
              }));
    };
    std::vector<BrokenField> Found;
    // Fields a helper macro gives share its call: a failure there belongs
    // to the fields whose source reads the failing name, else to the
    // helper's first field.
    std::map<unsigned, BrokenField> HelperFailures;
    std::set<unsigned> HelpersWithField;
    for (const CtfField &F : Layout->CtfFields) {
      std::optional<SpelledPlace> P = placeOf(F.FileRange, SM, LangOpts);
      bool FromHelper = !P;

      if (FromHelper)
        P = placeOf(F.ItemFileRange, SM, LangOpts);
      if (!P || ReadsDrifted(Layout, F))
        continue;
      std::optional<SpelledPlace> Source =
          placeOf(F.SourceFileRange, SM, LangOpts);
      if (const BrokenExpression *B = firstBrokenIn(Broken, *P, SM);
          B && FromHelper) {
        if (B->Name.empty() || !StringRef(F.Source).contains(B->Name)) {
          HelperFailures.try_emplace(P->Begin,
                                     BrokenField{&F, B, nullptr, "", "", false});
          continue;
        }
        HelpersWithField.insert(P->Begin);
        Found.push_back({&F, B, nullptr, std::string(), std::string(), false});
        continue;
      }
      if (const BrokenExpression *B = firstBrokenIn(Broken, *P, SM)) {
        std::string Replacement, Unusable;
        // Only a broken source is replaced; a broken length or type is
        // reported without a fix.
        bool InSource = Source && firstBrokenIn(llvm::ArrayRef(*B), *Source, SM);
        if (KernelEvent && KernelLayout && InSource)
          Replacement =
              kernelExpressionFor(Model, F.Name, KernelEvent->Params,
                                  *KernelLayout, Layout->Params, &Unusable);
        // The kernel's way is the mirror's already: what it names is not
        // where the probe reads the mirror (a private header), and a
        // rewrite would change nothing.
        if (!Replacement.empty() &&
            joinTokens(lexCode(Replacement)) == joinTokens(lexCode(F.Source))) {
          Unusable = "the mirror reads it that way already, and what it "
                     "names is not visible where the probe reads the mirror";
          Replacement.clear();
        }
        Found.push_back({&F, B, nullptr, Replacement, Unusable,
                         InSource && Replacement.empty() && Droppable(F)});
        continue;
      }
      if (std::optional<std::string> Name = Undeclared(F.DeclaredNames, *Layout)) {
        NameFailures.push_back({F.FileRange.isValid() ? F.FileRange.getBegin()
                                                      : F.ItemFileRange.getBegin(),
                                {},
                                "'" + *Name + "' is not declared",
                                *Name,
                                SourceLocation(),
                                std::string()});
        Found.push_back({&F, &NameFailures.back(), nullptr, std::string(),
                         std::string(), StringRef(F.Source).contains(*Name) && Droppable(F)});
        continue;
      }
      // A ctf_enum's values are written in the enum's own definition.
      if (F.EnumName.empty())
        continue;
      for (const TracepointDefinition &E : Model.Definitions) {
        if (E.side() != Side::Lttng || E.shape() != DefinitionShape::Enum ||
            E.Name != F.EnumName)
          continue;
        const BrokenExpression *B = nullptr;
        if (std::optional<SpelledPlace> EP =
                placeOf(E.InvocationFileRange, SM, LangOpts))
          B = firstBrokenIn(Broken, *EP, SM);
        if (!B)
          if (std::optional<std::string> Name = Undeclared(E.EnumValueNames, E)) {
            NameFailures.push_back({E.Loc, {}, "'" + *Name + "' is not declared",
                                    *Name, SourceLocation(), std::string()});
            B = &NameFailures.back();
          }
        if (B) {
          Found.push_back({&F, B, &E, std::string(), std::string(), false});
          break;
        }
      }
    }
    for (auto &[Helper, Failure] : HelperFailures)
      if (!HelpersWithField.count(Helper))
        Found.push_back(Failure);
    if (Found.empty())
      continue;

    // One fix-it per definition, carried by its first fixable field: the
    // old definition stays for older kernels under the version guard.
    MirrorRewriter Rewriter(*Layout, Model, SM, LangOpts);
    std::string Unread = unreadDefinition({Layout, KernelLayout});
    bool CanFix = Rewriter.valid() && Drifted.empty() && Unread.empty();
    const BrokenField *Carrier = nullptr;
    if (CanFix)
      for (const BrokenField &B : Found) {
        if (!B.Replacement.empty())
          Rewriter.replace(B.Field->SourceFileRange, B.Replacement);
        else if (B.Drop)
          Rewriter.removeLines(B.Field->FileRange);
        else
          continue;
        if (!Carrier)
          Carrier = &B;
      }
    // The same definition's type findings go into the same rewrite:
    // separate fixes of one definition would overlap and be dropped.
    if (Carrier && KernelLayout) {
      std::vector<std::pair<const CtfField *, std::string>> TypeFixes;
      CollectTypeFixes = &TypeFixes;
      checkLayout(Model, *Layout, *KernelLayout, Context);
      CollectTypeFixes = nullptr;
      for (const auto &[Field, Type] : TypeFixes)
        if (llvm::none_of(Found, [Field = Field](const BrokenField &B) {
              return B.Field == Field;
            }))
          Rewriter.replace(Field->TypeFileRange, Type);
      RewrittenLayouts.insert(Layout->Name);
    }
    std::optional<FixItHint> Fix;
    std::string FixedFrom = "now on";
    if (Carrier) {
      lttng_tidy::KernelVersion From = guardVersion(Model);
      if (Model.Version.known())
        FixedFrom = "Linux " + std::to_string(From.Major) + "." +
                    std::to_string(From.Minor) + "." +
                    std::to_string(From.Patch);
      std::string Guard =
          Model.Version.known() ? versionAtLeast(From) : std::string();
      Fix = Rewriter.fix(Guard);
      if (!Fix) {
        CanFix = false;
        Unread = Rewriter.blockedReason(Guard);
      }
    }

    for (const BrokenField &B : Found) {
      const CtfField &F = *B.Field;
      // A field a helper macro gives is reported at the helper's call.
      SourceLocation At = F.FileRange.isValid() ? F.FileRange.getBegin()
                                                : F.ItemFileRange.getBegin();
      // What the user wrote: the source, or the helper's call.
      std::string Reads = F.Source;
      if (F.FileRange.isInvalid()) {
        // On one line, as a diagnostic is: line continuations and runs of
        // blanks become one space.
        StringRef Call = Lexer::getSourceText(
            CharSourceRange::getTokenRange(F.ItemFileRange), SM, LangOpts);
        Reads.clear();
        for (char C : Call) {
          bool Blank = isspace(static_cast<unsigned char>(C)) || C == '\\';
          if (!Blank)
            Reads += C;
          else if (!Reads.empty() && Reads.back() != ' ')
            Reads += ' ';
        }
      }
      if (B.Enum) {
        diag(At,
             "LTTng field '%0' of '%1' records enum '%2', whose values do "
             "not compile for %3: %4")
            << F.Name << Layout->Name << B.Enum->Name << Kernel
            << B.Why->Reason;
        diag(B.Why->Spelling,
             B.Why->Chain.empty()
                 ? "enum '%0' is defined here; remove the value or guard it "
                   "by kernel version"
                 : "in this value of enum '%0'; remove it or guard it by "
                   "kernel version",
             DiagnosticIDs::Note)
            << B.Enum->Name;
        continue;
      }
      {
        auto Diag = diag(At,
                         "LTTng field '%0' of '%1' reads '%2', which does "
                         "not compile for %3: %4")
                    << F.Name << Layout->Name << Reads << Kernel
                    << B.Why->Reason;
        if (&B == Carrier && Fix)
          Diag << *Fix;
      }
      std::optional<SpelledPlace> Own = placeOf(F.FileRange, SM, LangOpts);
      if (B.Why->Spelling.isValid() && Own &&
          !firstBrokenIn(llvm::ArrayRef(*B.Why), *Own, SM, true))
        diag(B.Why->Spelling, "it fails here, in a macro the field uses",
             DiagnosticIDs::Note);
      if (B.Why->RelatedDecl.isValid())
        diag(B.Why->RelatedDecl, "'%0' is declared here", DiagnosticIDs::Note)
            << B.Why->RelatedName;
      if (!B.Replacement.empty() && KernelEvent)
        diag(KernelEvent->Loc,
             Carrier && CanFix
                 ? "the kernel's own event '%0' records '%1' as '%2'; the "
                   "fix-it reads it the same way"
                 : "the kernel's own event '%0' records '%1' as '%2'",
             DiagnosticIDs::Note)
            << KernelEvent->Name << F.Name << B.Replacement;
      else if (B.Drop && Carrier && CanFix)
        diag(KernelEvent ? KernelEvent->Loc : Layout->Loc,
             KernelEvent
                 ? "the kernel's own event '%0' does not record '%1': the "
                   "fix-it drops the field from %2 on"
                 : "no kernel event of this unit records '%1': the fix-it "
                   "drops the field from %2 on; give it its new source by "
                   "hand if the kernel still has the value%0",
             DiagnosticIDs::Note)
            << (KernelEvent ? KernelEvent->Name : std::string()) << F.Name
            << FixedFrom;
      else if (!KernelEvent)
        diag(Layout->Loc,
             "no kernel event of this unit records '%0'; no fix-it is "
             "offered",
             DiagnosticIDs::Note)
            << F.Name;
      else if (!B.Unusable.empty())
        diag(KernelEvent->Loc,
             "the kernel's own event '%0' records '%1', but %2; no fix-it "
             "is offered",
             DiagnosticIDs::Note)
            << KernelEvent->Name << F.Name << B.Unusable;
      else
        diag(KernelEvent->Loc,
             "the kernel's own event '%0' has no plain expression for "
             "'%1'; no fix-it is offered",
             DiagnosticIDs::Note)
            << KernelEvent->Name << F.Name;
    }
    if (!Drifted.empty() && llvm::any_of(Found, [](const BrokenField &B) {
          return !B.Replacement.empty() || B.Drop;
        }))
      diag(Layout->Loc,
           "the mirror's prototype differs from the kernel's "
           "(lttng-proto-mismatch): fix it first, then this field",
           DiagnosticIDs::Note);
    if (!Unread.empty())
      diag(Layout->Loc, "%0", DiagnosticIDs::Note) << Unread;
  }
}

} // namespace clang::tidy::lttng
