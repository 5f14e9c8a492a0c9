//===--- TracepointModel.h - Tracepoints of one translation unit ----------===//
//
// The shared model: every kernel tracepoint definition (TRACE_EVENT and its
// family) and every LTTng mirror definition (LTTNG_TRACEPOINT_EVENT and its
// family) seen in a translation unit, with their parts split and their types
// resolved. One entry per definition, however many times define_trace.h or
// LTTng's tracepoint-event-impl.h re-read the header.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_TRACEPOINTMODEL_H
#define LTTNG_TIDY_MODEL_TRACEPOINTMODEL_H

#include "model/KnownMacros.h"
#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lttng_tidy {

/// A place in a file, independent of the translation unit that saw it.
struct StablePosition {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned Offset = 0;
};

/// One argument of a definition macro, with its wrapper (TP_PROTO, ...)
/// looked through.
struct DefinitionPart {
  std::string Text; ///< tokens of the content, single-spaced
  /// The content's characters in the file that spells them; invalid when
  /// the content does not come from one contiguous piece of a file.
  clang::SourceRange FileRange;
  /// The whole argument (wrapper included), when it is spelled in a file.
  clang::SourceRange ArgumentFileRange;
};

/// Facts about a resolved type that the checks compare.
struct TypeFacts {
  bool Resolved = false;
  std::string Spelling;  ///< as the TU prints it
  std::string Canonical; ///< canonical spelling
  uint64_t SizeBits = 0;
  bool IsInteger = false;
  bool IsSigned = false;
  bool IsPointer = false;
  bool IsEnum = false;
  bool IsBool = false;
  bool IsRecord = false;
  bool IsArray = false;
  uint64_t ArrayLength = 0;
  bool IsIncomplete = false; ///< declared, never defined: no value has it
  /// Names (through pointers and arrays) a struct, union or enum first
  /// declared inside a parameter list: a type of that prototype alone,
  /// which no other declaration can name.
  bool ScopedToPrototype = false;
  clang::QualType Type; ///< valid only within the TU that resolved it
};

struct ProtoParameter {
  std::string TypeText;
  std::string Name;
  clang::SourceRange FileRange;
  TypeFacts Type;
};

struct EntryField {
  const FieldMacro *Macro = nullptr;
  std::string MacroName;
  std::string TypeText; ///< empty for the string and mask forms
  std::string Name;
  std::string Length; ///< array length, string length or mask bits
  /// The length's value when it is a constant (macros expanded).
  std::optional<uint64_t> LengthValue;
  std::string Source; ///< __string's source expression
  clang::SourceRange FileRange;
  TypeFacts Type;
  /// The kernel's own declaration of the field is broken in this unit:
  /// clang rejected it (an incomplete type) or read its type as another
  /// (an undeclared name it typo-corrected). Code copying the type would
  /// not compile.
  bool TypeRejected = false;
};

enum class AssignKind {
  Store,        ///< __entry->f = expr;
  HelperAssign, ///< __assign_str(f, ...), __assign_bitmask(...), ...
  Copy,         ///< memcpy/strscpy/strncpy/strlcpy(__entry->f, src, n);
  Other         ///< anything else: locals, branches, loops, calls
};

struct AssignStatement {
  AssignKind Kind = AssignKind::Other;
  std::string Text;
  std::string Field; ///< the __entry field written, when known
  std::string Value; ///< the stored expression or copy source
  std::string Helper;
};

struct CtfField {
  std::string MacroName;
  CtfMacroInfo Info;
  std::string EnumName;
  std::string TypeText;
  std::string Name;
  std::string Source;
  std::string Length;
  std::string LengthType;
  /// The length's value when it is a constant (macros expanded).
  std::optional<uint64_t> LengthValue;
  clang::SourceRange FileRange;
  clang::SourceRange TypeFileRange; ///< the type argument, in a file
  clang::SourceRange SourceFileRange; ///< the source argument, in a file
  /// The TP_FIELDS item that gives the field as written: the field itself,
  /// or the call of a helper macro that expands to it (and maybe others).
  clang::SourceRange ItemFileRange;
  /// The names its source and length read that are neither macros nor
  /// keywords where the mirror is read: each must be a declaration (or a
  /// parameter) for the field to compile.
  std::vector<std::string> DeclaredNames;
  TypeFacts Type;
};

struct ModelProblem {
  clang::SourceLocation Loc;
  std::string Message;
  /// Legal code the model reads with a caveat (a #if inside arguments),
  /// as opposed to a definition it could not read.
  bool Informational = false;
};

/// A name with no lower-case letter: by kernel convention a constant or a
/// macro whose body links nothing on its own (PAGE_SHIFT, WARN_ON). The
/// generator takes one that a header defines as it is, without following
/// its body.
inline bool isConstantName(llvm::StringRef Name) {
  return llvm::none_of(Name, [](char C) { return C >= 'a' && C <= 'z'; });
}

struct TracepointDefinition {
  const DefinitionMacro *Macro = nullptr;
  std::string Name;     ///< tracepoint or class name
  std::string Template; ///< class used by an instance
  std::string Map;      ///< LTTng event name given by a _MAP form
  /// TRACE_SYSTEM as the definition's own header sets it; empty when the
  /// header does not set it in this translation unit.
  std::string System;
  clang::SourceLocation SystemDefinitionLoc;
  /// TRACE_SYSTEM in force but set by another file (kept for reports).
  std::string InheritedSystem;
  std::string IncludeFile; ///< TRACE_INCLUDE_FILE in force, if any

  /// Where the definition is written: the macro name, or the call of the
  /// subsystem wrapper macro that produced it.
  clang::SourceLocation Loc;
  StablePosition Position;
  std::string WrapperMacro; ///< empty when written directly
  /// The macro name token, when it is spelled in a file (not a wrapper).
  clang::SourceRange MacroNameFileRange;
  /// From the macro name to the closing parenthesis, when spelled directly.
  clang::SourceRange InvocationFileRange;
  /// The name argument, when it is spelled in a file.
  clang::SourceRange NameFileRange;

  std::map<ArgRole, DefinitionPart> Parts;
  std::vector<ProtoParameter> Params;
  std::vector<std::string> ArgNames;
  std::vector<EntryField> Fields;
  std::vector<AssignStatement> Assigns;
  std::vector<CtfField> CtfFields;
  /// For an LTTng enum: the names its values read that are neither macros
  /// nor keywords where it is read (enumerators of the kernel, usually).
  std::vector<std::string> EnumValueNames;

  std::vector<ModelProblem> Problems;
  /// LTTng's version macros (LTTNG_KERNEL_VERSION, LTTNG_LINUX_VERSION_CODE)
  /// were defined at every read of the definition: a version guard written
  /// beside it compiles. LTTng's probes get them from lttng/tracer.h or the
  /// mirror's own #include <lttng/kernel-version.h>; a mirror read without
  /// either does not see them.
  bool SeesVersionMacros = false;
  /// Set when the definition's file has a cleanup hazard
  /// (CleanupHazard.h): what and where, as a note says it. No fix-it is
  /// built from such a definition or written into its file.
  std::string FileHazard;

  Side side() const { return Macro->MacroSide; }
  DefinitionShape shape() const { return Macro->Shape; }
  llvm::StringRef macroName() const { return Macro->Name; }
  /// True for definitions that create a tracepoint (not classes or enums).
  bool definesTracepoint() const {
    return shape() == DefinitionShape::Event ||
           shape() == DefinitionShape::Instance ||
           shape() == DefinitionShape::Trace;
  }
  /// Whether the name argument is a name: letters, digits and underscores
  /// (LTTng pastes names into longer ones, so a leading digit is one:
  /// 9p_client_req). A definition with its arguments swapped has none, and
  /// what it mirrors or defines is unknown.
  bool hasReadableName() const;
  /// The event name users see: the _MAP name, else the tracepoint name.
  llvm::StringRef eventName() const { return Map.empty() ? Name : Map; }
  const DefinitionPart *part(ArgRole Role) const;
  /// True when TP_fast_assign is a list of plain stores and helper assigns.
  bool hasPlainAssign() const;
  /// The TP_ARGS text a mirror of this prototype passes: the definition's
  /// own when it names the parameters, else their names in order (the
  /// kernel wraps some in perf annotations, `__perf_count(runtime)`, that
  /// a probe does not define). Empty without TP_ARGS.
  std::string argsForMirror() const;
  /// False when the model could not read all of the definition (a problem
  /// that is not informational: an argument missing or empty, an item it
  /// does not know). Its findings stand, but no fix-it may be built from
  /// what the model holds of it: the fix would lose what was not read.
  bool readFully() const;
};

/// A macro the unit used that a probe does not see where LTTng reads the
/// mirror: one a header #undefs after defining it (amdgpu_trace.h's
/// AMDGPU_JOB_GET_TIMELINE_NAME), or one the main file defines (a probe
/// includes the unit's headers, never the unit itself).
struct UnseenMacro {
  bool FunctionLike = false;
  bool Variadic = false;
  std::vector<std::string> Params; ///< __VA_ARGS__ last when variadic
  std::string Body; ///< the replacement tokens, spaced as written
  StablePosition Defined;
  StablePosition Undefined; ///< Line 0 for a main file's macro still defined
};

/// The kernel version the translation unit is built for.
struct KernelVersion {
  unsigned Major = 0, Minor = 0, Patch = 0;
  bool known() const { return Major != 0; }
};

class TracepointModel {
public:
  std::vector<TracepointDefinition> Definitions;
  /// From LTTng's LTTNG_LINUX_MAJOR/MINOR/PATCH when the build passes them,
  /// else from the kernel's generated linux/version.h.
  KernelVersion Version;
  /// The main file's own #include lines, in order, with the file each one
  /// found: what a probe for its trace headers includes first.
  struct Include {
    std::string Spelled;  ///< between the <> or ""
    std::string Resolved; ///< the file found
    bool Angled = true;
  };
  std::vector<Include> MainFileIncludes;
  /// TRACE_INCLUDE_FILE values, by the file that defines them.
  std::map<std::string, std::string> IncludeFileByHeader;
  /// Problems not tied to one definition.
  std::vector<ModelProblem> Problems;
  /// Macros (`min`, `ntohs`, `PAGE_SHIFT`) defined by a header, not by the
  /// main file, and still defined when the unit was read: a module that
  /// includes the same headers sees them. A name defined nowhere is no
  /// constant, whatever its case. Each maps to
  /// the names its body uses (parameters excepted), space-separated, so
  /// that a macro calling what a module cannot link is not taken.
  llvm::StringMap<std::string> HeaderMacros;
  /// Macros a probe does not see, by name (UnseenMacro): those a header
  /// #undefs in the file that defines them, and the main file's own. A
  /// header defining the name again makes it visible again.
  llvm::StringMap<UnseenMacro> UnseenMacros;
  /// The kernel trees the unit is built against: the directories whose
  /// include/linux/tracepoint.h or include/generated/autoconf.h it read
  /// (Debian splits a tree in two: -common and the flavour's directory).
  std::set<std::string> KernelRoots;

  /// True when \p File lies inside one of KernelRoots, or when no root is
  /// known. A module's own trace header, outside every root, is not the
  /// kernel's: it has no kernel version.
  bool isKernelFile(llvm::StringRef File) const;

  /// Definitions of \p S sorted by file and offset.
  std::vector<const TracepointDefinition *> definitions(Side S) const;
  /// The class (or event, whose layout is its own class) called \p Name.
  const TracepointDefinition *findClass(Side S, llvm::StringRef Name) const;
  /// The tracepoint called \p Name (event, instance or bare trace).
  const TracepointDefinition *findTracepoint(Side S,
                                             llvm::StringRef Name) const;
  /// The definition that holds the layout (struct/fields) of \p Def.
  const TracepointDefinition *
  layoutOf(const TracepointDefinition &Def) const;
  /// A definition in \p File whose name argument is no name (its arguments
  /// swapped, say), or null. Such a file does not compile: no fix-it goes
  /// into it, since nothing can tell what an edit beside it would do.
  const TracepointDefinition *namelessDefinitionIn(llvm::StringRef File) const;

  void sortByPosition();
};

} // namespace lttng_tidy

#endif
