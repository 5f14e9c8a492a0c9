//===--- KnownMacros.h - The tracepoint macros the model recognises -------===//
//
// Which macro names define a tracepoint (kernel or LTTng side), and what
// each of their arguments means. These are facts about the kernel's
// include/linux/tracepoint.h and LTTng-modules' tracepoint-event.h.
//
//===----------------------------------------------------------------------===//

#ifndef LTTNG_TIDY_MODEL_KNOWNMACROS_H
#define LTTNG_TIDY_MODEL_KNOWNMACROS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace lttng_tidy {

enum class Side { Kernel, Lttng };

/// What a macro argument holds.
enum class ArgRole {
  Name,      ///< the tracepoint (or class) name
  Template,  ///< the class an instance uses
  Map,       ///< LTTng: the event name shown to the user
  Proto,     ///< TP_PROTO
  Args,      ///< TP_ARGS
  Condition, ///< TP_CONDITION
  Struct,    ///< TP_STRUCT__entry
  Assign,    ///< TP_fast_assign
  Print,     ///< TP_printk
  Reg,       ///< registration function (_FN variants)
  Unreg,     ///< unregistration function (_FN variants)
  Fields,    ///< LTTng TP_FIELDS
  Locvar,    ///< LTTng TP_locvar
  CodePre,   ///< LTTng TP_code_pre
  CodePost,  ///< LTTng TP_code_post
  EnumValues ///< LTTng TP_ENUM_VALUES
};

/// How a definition relates to events and classes.
enum class DefinitionShape {
  Event,    ///< a tracepoint with its own layout (TRACE_EVENT, LTTng EVENT)
  Class,    ///< a layout shared by instances (DECLARE_EVENT_CLASS)
  Instance, ///< a tracepoint using a class (DEFINE_EVENT)
  Trace,    ///< a bare tracepoint with no event layout (DECLARE_TRACE)
  Enum      ///< LTTNG_TRACEPOINT_ENUM
};

struct DefinitionMacro {
  llvm::StringRef Name;
  Side MacroSide;
  DefinitionShape Shape;
  llvm::ArrayRef<ArgRole> Roles;
};

/// The definition macro called \p Name, or null.
const DefinitionMacro *findDefinitionMacro(llvm::StringRef Name);

/// Whether \p Name is the function the kernel compiles an event class's
/// TP_fast_assign into: trace_event_raw_event_<class>()
/// (include/trace/trace_events.h), do_trace_event_raw_event_<class>() in
/// later 6.1 stable releases. The one kernel function generated for an
/// event whose body a check reads.
bool isFastAssignFunction(llvm::StringRef Name);

/// True for macro names that wrap a definition part (TP_PROTO, PARAMS, ...):
/// the model looks through them.
bool isPartWrapperMacro(llvm::StringRef Name);

/// A TP_STRUCT__entry field macro (__field, __array, __string, ...).
enum class FieldMacroKind {
  Field,        ///< __field, __field_ext
  FieldStruct,  ///< __field_struct, __field_struct_ext
  Array,        ///< __array
  DynamicArray, ///< __dynamic_array, __rel_dynamic_array
  String,       ///< __string, __rel_string
  StringLen,    ///< __string_len, __rel_string_len
  VString,      ///< __vstring
  Bitmask,      ///< __bitmask, __rel_bitmask
  Cpumask,      ///< __cpumask, __rel_cpumask
  Sockaddr      ///< __sockaddr, __rel_sockaddr
};

struct FieldMacro {
  llvm::StringRef Name;
  FieldMacroKind Kind;
  unsigned ArgCount;
  int TypeArg;   ///< index of the type argument, or -1 (char for strings)
  int NameArg;   ///< index of the field name argument
  int LengthArg; ///< index of the length argument, or -1
  int SourceArg; ///< index of the source expression argument, or -1
  bool Relative; ///< the __rel_ form
};

const FieldMacro *findFieldMacro(llvm::StringRef Name);

/// An LTTng TP_FIELDS entry macro (ctf_integer, ctf_user_string_nowrite, ...)
enum class CtfKind {
  Integer,
  Float,
  Array,
  ArrayText,
  ArrayBitfield,
  Sequence,
  SequenceText,
  SequenceBitfield,
  String,
  Enum,
  Custom
};

enum class CtfBase { Decimal, Hex, Octal };

struct CtfMacroInfo {
  CtfKind Kind = CtfKind::Integer;
  CtfBase Base = CtfBase::Decimal;
  bool Network = false; ///< big-endian on the wire
  bool User = false;    ///< the source is a user-space pointer
  bool NoWrite = false; ///< filter-only, not written to the trace
  unsigned ArgCount = 0;
  int EnumNameArg = -1;
  int TypeArg = -1;
  int NameArg = -1;
  int SourceArg = -1;
  int LengthArg = -1;     ///< array length or sequence length source
  int LengthTypeArg = -1; ///< sequence length type
};

/// Decodes a ctf_* macro name; false when \p Name is not one.
bool decodeCtfMacro(llvm::StringRef Name, CtfMacroInfo &Info);

llvm::StringRef sideName(Side S);
llvm::StringRef shapeName(DefinitionShape S);
llvm::StringRef fieldKindName(FieldMacroKind K);
llvm::StringRef ctfKindName(CtfKind K);

} // namespace lttng_tidy

#endif
