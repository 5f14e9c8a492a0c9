//===--- KnownMacros.cpp - The tracepoint macros the model recognises -----===//

#include "model/KnownMacros.h"
#include "llvm/ADT/StringSwitch.h"

namespace lttng_tidy {

namespace {
using R = ArgRole;

// Argument layouts, as the kernel and LTTng-modules declare them.
constexpr ArgRole TraceEventRoles[] = {R::Name, R::Proto, R::Args,
                                       R::Struct, R::Assign, R::Print};
constexpr ArgRole TraceEventCondRoles[] = {
    R::Name, R::Proto, R::Args, R::Condition, R::Struct, R::Assign, R::Print};
constexpr ArgRole TraceEventFnRoles[] = {R::Name,   R::Proto,  R::Args,
                                         R::Struct, R::Assign, R::Print,
                                         R::Reg,    R::Unreg};
constexpr ArgRole TraceEventFnCondRoles[] = {
    R::Name,   R::Proto, R::Args, R::Condition, R::Struct,
    R::Assign, R::Print, R::Reg,  R::Unreg};
constexpr ArgRole ClassRoles[] = {R::Name,   R::Proto,  R::Args,
                                  R::Struct, R::Assign, R::Print};
constexpr ArgRole InstanceRoles[] = {R::Template, R::Name, R::Proto, R::Args};
constexpr ArgRole InstanceFnRoles[] = {R::Template, R::Name, R::Proto,
                                       R::Args,     R::Reg,  R::Unreg};
constexpr ArgRole InstanceCondRoles[] = {R::Template, R::Name, R::Proto,
                                         R::Args, R::Condition};
constexpr ArgRole InstancePrintRoles[] = {R::Template, R::Name, R::Proto,
                                          R::Args, R::Print};
constexpr ArgRole DeclareTraceRoles[] = {R::Name, R::Proto, R::Args};
constexpr ArgRole DeclareTraceCondRoles[] = {R::Name, R::Proto, R::Args,
                                             R::Condition};

constexpr ArgRole LttngEventRoles[] = {R::Name, R::Proto, R::Args, R::Fields};
constexpr ArgRole LttngEventMapRoles[] = {R::Name, R::Map, R::Proto, R::Args,
                                          R::Fields};
constexpr ArgRole LttngEventCodeRoles[] = {R::Name,    R::Proto,   R::Args,
                                           R::Locvar,  R::CodePre, R::Fields,
                                           R::CodePost};
constexpr ArgRole LttngEventCodeMapRoles[] = {
    R::Name,    R::Map,    R::Proto,   R::Args,
    R::Locvar,  R::CodePre, R::Fields, R::CodePost};
constexpr ArgRole LttngEventNoargsRoles[] = {R::Name, R::Fields};
constexpr ArgRole LttngEventMapNoargsRoles[] = {R::Name, R::Map, R::Fields};
constexpr ArgRole LttngClassRoles[] = {R::Name, R::Proto, R::Args, R::Fields};
constexpr ArgRole LttngClassNoargsRoles[] = {R::Name, R::Fields};
constexpr ArgRole LttngClassCodeRoles[] = {R::Name,    R::Proto,   R::Args,
                                           R::Locvar,  R::CodePre, R::Fields,
                                           R::CodePost};
constexpr ArgRole LttngClassCodeNoargsRoles[] = {R::Name, R::Locvar,
                                                 R::CodePre, R::Fields,
                                                 R::CodePost};
constexpr ArgRole LttngInstanceRoles[] = {R::Template, R::Name, R::Proto,
                                          R::Args};
constexpr ArgRole LttngInstanceMapRoles[] = {R::Template, R::Name, R::Map,
                                             R::Proto, R::Args};
constexpr ArgRole LttngInstanceNoargsRoles[] = {R::Template, R::Name};
constexpr ArgRole LttngInstanceMapNoargsRoles[] = {R::Template, R::Name,
                                                   R::Map};
constexpr ArgRole LttngEnumRoles[] = {R::Name, R::EnumValues};

using S = DefinitionShape;
const DefinitionMacro DefinitionMacros[] = {
    // Kernel: include/linux/tracepoint.h and include/trace/trace_events.h.
    {"TRACE_EVENT", Side::Kernel, S::Event, TraceEventRoles},
    {"TRACE_EVENT_CONDITION", Side::Kernel, S::Event, TraceEventCondRoles},
    {"TRACE_EVENT_FN", Side::Kernel, S::Event, TraceEventFnRoles},
    {"TRACE_EVENT_FN_COND", Side::Kernel, S::Event, TraceEventFnCondRoles},
    {"DECLARE_EVENT_CLASS", Side::Kernel, S::Class, ClassRoles},
    {"DEFINE_EVENT", Side::Kernel, S::Instance, InstanceRoles},
    {"DEFINE_EVENT_FN", Side::Kernel, S::Instance, InstanceFnRoles},
    {"DEFINE_EVENT_CONDITION", Side::Kernel, S::Instance, InstanceCondRoles},
    {"DEFINE_EVENT_PRINT", Side::Kernel, S::Instance, InstancePrintRoles},
    {"DECLARE_TRACE", Side::Kernel, S::Trace, DeclareTraceRoles},
    {"DECLARE_TRACE_CONDITION", Side::Kernel, S::Trace, DeclareTraceCondRoles},
    // LTTng-modules: include/lttng/tracepoint-event.h.
    {"LTTNG_TRACEPOINT_EVENT", Side::Lttng, S::Event, LttngEventRoles},
    {"LTTNG_TRACEPOINT_EVENT_MAP", Side::Lttng, S::Event, LttngEventMapRoles},
    {"LTTNG_TRACEPOINT_EVENT_CODE", Side::Lttng, S::Event, LttngEventCodeRoles},
    {"LTTNG_TRACEPOINT_EVENT_CODE_MAP", Side::Lttng, S::Event,
     LttngEventCodeMapRoles},
    {"LTTNG_TRACEPOINT_EVENT_NOARGS", Side::Lttng, S::Event,
     LttngEventNoargsRoles},
    {"LTTNG_TRACEPOINT_EVENT_MAP_NOARGS", Side::Lttng, S::Event,
     LttngEventMapNoargsRoles},
    {"LTTNG_TRACEPOINT_EVENT_CLASS", Side::Lttng, S::Class, LttngClassRoles},
    {"LTTNG_TRACEPOINT_EVENT_CLASS_NOARGS", Side::Lttng, S::Class,
     LttngClassNoargsRoles},
    {"LTTNG_TRACEPOINT_EVENT_CLASS_CODE", Side::Lttng, S::Class,
     LttngClassCodeRoles},
    {"LTTNG_TRACEPOINT_EVENT_CLASS_CODE_NOARGS", Side::Lttng, S::Class,
     LttngClassCodeNoargsRoles},
    {"LTTNG_TRACEPOINT_EVENT_INSTANCE", Side::Lttng, S::Instance,
     LttngInstanceRoles},
    {"LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP", Side::Lttng, S::Instance,
     LttngInstanceMapRoles},
    {"LTTNG_TRACEPOINT_EVENT_INSTANCE_NOARGS", Side::Lttng, S::Instance,
     LttngInstanceNoargsRoles},
    {"LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP_NOARGS", Side::Lttng, S::Instance,
     LttngInstanceMapNoargsRoles},
    {"LTTNG_TRACEPOINT_ENUM", Side::Lttng, S::Enum, LttngEnumRoles},
};

using F = FieldMacroKind;
// {name, kind, arg count, type, name, length, source, relative}
const FieldMacro FieldMacros[] = {
    {"__field", F::Field, 2, 0, 1, -1, -1, false},
    {"__field_ext", F::Field, 3, 0, 1, -1, -1, false},
    {"__field_struct", F::FieldStruct, 2, 0, 1, -1, -1, false},
    {"__field_struct_ext", F::FieldStruct, 3, 0, 1, -1, -1, false},
    {"__array", F::Array, 3, 0, 1, 2, -1, false},
    {"__dynamic_array", F::DynamicArray, 3, 0, 1, 2, -1, false},
    {"__rel_dynamic_array", F::DynamicArray, 3, 0, 1, 2, -1, true},
    {"__string", F::String, 2, -1, 0, -1, 1, false},
    {"__rel_string", F::String, 2, -1, 0, -1, 1, true},
    {"__string_len", F::StringLen, 3, -1, 0, 2, 1, false},
    {"__rel_string_len", F::StringLen, 3, -1, 0, 2, 1, true},
    {"__vstring", F::VString, 3, -1, 0, -1, 1, false},
    {"__bitmask", F::Bitmask, 2, -1, 0, 1, -1, false},
    {"__rel_bitmask", F::Bitmask, 2, -1, 0, 1, -1, true},
    {"__cpumask", F::Cpumask, 1, -1, 0, -1, -1, false},
    {"__rel_cpumask", F::Cpumask, 1, -1, 0, -1, -1, true},
    {"__sockaddr", F::Sockaddr, 2, -1, 0, 1, -1, false},
    {"__rel_sockaddr", F::Sockaddr, 2, -1, 0, 1, -1, true},
};
} // namespace

const DefinitionMacro *findDefinitionMacro(llvm::StringRef Name) {
  for (const DefinitionMacro &M : DefinitionMacros)
    if (M.Name == Name)
      return &M;
  return nullptr;
}

bool isFastAssignFunction(llvm::StringRef Name) {
  Name.consume_front("do_");
  return Name.starts_with("trace_event_raw_event_");
}

bool isPartWrapperMacro(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("TP_PROTO", "TP_ARGS", "TP_CONDITION", "PARAMS", true)
      .Cases("TP_STRUCT__entry", "TP_fast_assign", "TP_printk", true)
      .Cases("TP_FIELDS", "TP_locvar", "TP_code_pre", "TP_code_post", true)
      .Case("TP_ENUM_VALUES", true)
      .Default(false);
}

const FieldMacro *findFieldMacro(llvm::StringRef Name) {
  for (const FieldMacro &M : FieldMacros)
    if (M.Name == Name)
      return &M;
  return nullptr;
}

bool decodeCtfMacro(llvm::StringRef Name, CtfMacroInfo &Info) {
  if (!Name.consume_front("ctf_"))
    return false;
  Info = CtfMacroInfo();
  if (Name == "custom_field") {
    Info.Kind = CtfKind::Custom;
    Info.ArgCount = 3;
    Info.TypeArg = 0;
    Info.NameArg = 1;
    return true;
  }
  Info.User = Name.consume_front("user_");
  Info.NoWrite = Name.consume_back("_nowrite");
  llvm::StringRef Base = Name.take_while([](char C) { return C != '_'; });
  llvm::StringRef Rest = Name.drop_front(Base.size());
  Rest.consume_front("_");
  if (Rest.consume_front("network")) {
    Info.Network = true;
    Rest.consume_front("_");
  }
  if (Rest == "hex")
    Info.Base = CtfBase::Hex;
  else if (Rest == "oct")
    Info.Base = CtfBase::Octal;
  else if (Rest == "text")
    Info.Kind = Base == "array" ? CtfKind::ArrayText : CtfKind::SequenceText;
  else if (Rest == "bitfield")
    Info.Kind =
        Base == "array" ? CtfKind::ArrayBitfield : CtfKind::SequenceBitfield;
  else if (!Rest.empty())
    return false; // _type forms and other internals are not fields

  if (Base == "integer") {
    // ctf_integer_bitfield records an integer bit by bit.
    bool Bitfield = Rest == "bitfield" && !Info.User;
    if (Info.Kind != CtfKind::Integer && !Bitfield)
      return false;
    Info.Kind = CtfKind::Integer;
    Info.ArgCount = 3;
    Info.TypeArg = 0;
    Info.NameArg = 1;
    Info.SourceArg = 2;
    return true;
  }
  if (Base == "float" && Info.User) { // LTTng has only ctf_user_float
    Info.Kind = CtfKind::Float;
    Info.ArgCount = 3;
    Info.TypeArg = 0;
    Info.NameArg = 1;
    Info.SourceArg = 2;
    return true;
  }
  if (Base == "array") {
    if (Info.Kind == CtfKind::Integer)
      Info.Kind = CtfKind::Array;
    Info.ArgCount = 4;
    Info.TypeArg = 0;
    Info.NameArg = 1;
    Info.SourceArg = 2;
    Info.LengthArg = 3;
    return true;
  }
  if (Base == "sequence") {
    if (Info.Kind == CtfKind::Integer)
      Info.Kind = CtfKind::Sequence;
    Info.ArgCount = 5;
    Info.TypeArg = 0;
    Info.NameArg = 1;
    Info.SourceArg = 2;
    Info.LengthTypeArg = 3;
    Info.LengthArg = 4;
    return true;
  }
  if (Base == "string" && Rest.empty()) {
    Info.Kind = CtfKind::String;
    Info.ArgCount = 2;
    Info.NameArg = 0;
    Info.SourceArg = 1;
    return true;
  }
  if (Base == "enum" && Rest.empty()) {
    Info.Kind = CtfKind::Enum;
    Info.ArgCount = 4;
    Info.EnumNameArg = 0;
    Info.TypeArg = 1;
    Info.NameArg = 2;
    Info.SourceArg = 3;
    return true;
  }
  return false;
}

llvm::StringRef sideName(Side S) {
  return S == Side::Kernel ? "kernel" : "lttng";
}

llvm::StringRef shapeName(DefinitionShape S) {
  switch (S) {
  case DefinitionShape::Event:
    return "event";
  case DefinitionShape::Class:
    return "class";
  case DefinitionShape::Instance:
    return "instance";
  case DefinitionShape::Trace:
    return "trace";
  case DefinitionShape::Enum:
    return "enum";
  }
  return "unknown";
}

llvm::StringRef fieldKindName(FieldMacroKind K) {
  switch (K) {
  case F::Field:
    return "field";
  case F::FieldStruct:
    return "field_struct";
  case F::Array:
    return "array";
  case F::DynamicArray:
    return "dynamic_array";
  case F::String:
    return "string";
  case F::StringLen:
    return "string_len";
  case F::VString:
    return "vstring";
  case F::Bitmask:
    return "bitmask";
  case F::Cpumask:
    return "cpumask";
  case F::Sockaddr:
    return "sockaddr";
  }
  return "unknown";
}

llvm::StringRef ctfKindName(CtfKind K) {
  switch (K) {
  case CtfKind::Integer:
    return "integer";
  case CtfKind::Float:
    return "float";
  case CtfKind::Array:
    return "array";
  case CtfKind::ArrayText:
    return "array_text";
  case CtfKind::ArrayBitfield:
    return "array_bitfield";
  case CtfKind::Sequence:
    return "sequence";
  case CtfKind::SequenceText:
    return "sequence_text";
  case CtfKind::SequenceBitfield:
    return "sequence_bitfield";
  case CtfKind::String:
    return "string";
  case CtfKind::Enum:
    return "enum";
  case CtfKind::Custom:
    return "custom";
  }
  return "unknown";
}

} // namespace lttng_tidy
