#include <gtest/gtest.h>

#include "model/KnownMacros.h"
#include <vector>

using namespace lttng_tidy;

namespace {

// The roles of a definition macro as a vector, so a whole layout can be
// compared at once and a mismatch prints every element.
std::vector<ArgRole> rolesOf(const DefinitionMacro *M) {
  return std::vector<ArgRole>(M->Roles.begin(), M->Roles.end());
}

//===--------------------------------------------------------------------===//
// findDefinitionMacro: kernel side
//===--------------------------------------------------------------------===//

TEST(FindDefinitionMacroTest, TraceEventIsAKernelEvent) {
  const DefinitionMacro *M = findDefinitionMacro("TRACE_EVENT");
  ASSERT_NE(M, nullptr);
  EXPECT_EQ(M->Name, "TRACE_EVENT");
  EXPECT_EQ(M->MacroSide, Side::Kernel);
  EXPECT_EQ(M->Shape, DefinitionShape::Event);
  EXPECT_EQ(rolesOf(M),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto, ArgRole::Args,
                                  ArgRole::Struct, ArgRole::Assign,
                                  ArgRole::Print}));
}

TEST(FindDefinitionMacroTest, TraceEventVariantsPlaceConditionAndRegistration) {
  // TRACE_EVENT_CONDITION(name, proto, args, cond, struct, assign, print)
  const DefinitionMacro *Cond = findDefinitionMacro("TRACE_EVENT_CONDITION");
  ASSERT_NE(Cond, nullptr);
  EXPECT_EQ(Cond->Shape, DefinitionShape::Event);
  EXPECT_EQ(rolesOf(Cond),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto, ArgRole::Args,
                                  ArgRole::Condition, ArgRole::Struct,
                                  ArgRole::Assign, ArgRole::Print}));

  // TRACE_EVENT_FN(name, proto, args, struct, assign, print, reg, unreg)
  const DefinitionMacro *Fn = findDefinitionMacro("TRACE_EVENT_FN");
  ASSERT_NE(Fn, nullptr);
  EXPECT_EQ(rolesOf(Fn),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto, ArgRole::Args,
                                  ArgRole::Struct, ArgRole::Assign,
                                  ArgRole::Print, ArgRole::Reg,
                                  ArgRole::Unreg}));

  // TRACE_EVENT_FN_COND puts the condition before the struct, like
  // TRACE_EVENT_CONDITION, and the functions last, like TRACE_EVENT_FN.
  const DefinitionMacro *FnCond = findDefinitionMacro("TRACE_EVENT_FN_COND");
  ASSERT_NE(FnCond, nullptr);
  EXPECT_EQ(FnCond->Roles.size(), 9u);
  EXPECT_EQ(FnCond->Roles[3], ArgRole::Condition);
  EXPECT_EQ(FnCond->Roles[7], ArgRole::Reg);
  EXPECT_EQ(FnCond->Roles[8], ArgRole::Unreg);
}

TEST(FindDefinitionMacroTest, KernelClassInstanceAndTrace) {
  const DefinitionMacro *Class = findDefinitionMacro("DECLARE_EVENT_CLASS");
  ASSERT_NE(Class, nullptr);
  EXPECT_EQ(Class->MacroSide, Side::Kernel);
  EXPECT_EQ(Class->Shape, DefinitionShape::Class);
  // A class has the same six arguments as TRACE_EVENT.
  EXPECT_EQ(rolesOf(Class), rolesOf(findDefinitionMacro("TRACE_EVENT")));

  // DEFINE_EVENT(template, name, proto, args): the template comes first.
  const DefinitionMacro *Instance = findDefinitionMacro("DEFINE_EVENT");
  ASSERT_NE(Instance, nullptr);
  EXPECT_EQ(Instance->MacroSide, Side::Kernel);
  EXPECT_EQ(Instance->Shape, DefinitionShape::Instance);
  EXPECT_EQ(rolesOf(Instance),
            (std::vector<ArgRole>{ArgRole::Template, ArgRole::Name,
                                  ArgRole::Proto, ArgRole::Args}));

  for (const char *Name : {"DEFINE_EVENT_FN", "DEFINE_EVENT_CONDITION",
                           "DEFINE_EVENT_PRINT"}) {
    SCOPED_TRACE(Name);
    const DefinitionMacro *M = findDefinitionMacro(Name);
    ASSERT_NE(M, nullptr);
    EXPECT_EQ(M->MacroSide, Side::Kernel);
    EXPECT_EQ(M->Shape, DefinitionShape::Instance);
    EXPECT_EQ(M->Roles[0], ArgRole::Template);
    EXPECT_EQ(M->Roles[1], ArgRole::Name);
  }
  EXPECT_EQ(findDefinitionMacro("DEFINE_EVENT_PRINT")->Roles.back(),
            ArgRole::Print);
  EXPECT_EQ(findDefinitionMacro("DEFINE_EVENT_CONDITION")->Roles.back(),
            ArgRole::Condition);

  // DECLARE_TRACE: a bare tracepoint, no layout.
  const DefinitionMacro *Trace = findDefinitionMacro("DECLARE_TRACE");
  ASSERT_NE(Trace, nullptr);
  EXPECT_EQ(Trace->Shape, DefinitionShape::Trace);
  EXPECT_EQ(rolesOf(Trace),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto,
                                  ArgRole::Args}));
  const DefinitionMacro *TraceCond =
      findDefinitionMacro("DECLARE_TRACE_CONDITION");
  ASSERT_NE(TraceCond, nullptr);
  EXPECT_EQ(TraceCond->Shape, DefinitionShape::Trace);
  EXPECT_EQ(TraceCond->Roles.back(), ArgRole::Condition);
}

//===--------------------------------------------------------------------===//
// findDefinitionMacro: LTTng side
//===--------------------------------------------------------------------===//

TEST(FindDefinitionMacroTest, LttngEventAndMap) {
  const DefinitionMacro *Event = findDefinitionMacro("LTTNG_TRACEPOINT_EVENT");
  ASSERT_NE(Event, nullptr);
  EXPECT_EQ(Event->MacroSide, Side::Lttng);
  EXPECT_EQ(Event->Shape, DefinitionShape::Event);
  EXPECT_EQ(rolesOf(Event),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto, ArgRole::Args,
                                  ArgRole::Fields}));

  // The _MAP form inserts the user-visible name after the tracepoint name.
  const DefinitionMacro *Map = findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_MAP");
  ASSERT_NE(Map, nullptr);
  EXPECT_EQ(Map->Shape, DefinitionShape::Event);
  EXPECT_EQ(rolesOf(Map),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Map, ArgRole::Proto,
                                  ArgRole::Args, ArgRole::Fields}));
}

TEST(FindDefinitionMacroTest, LttngCodeForms) {
  const DefinitionMacro *Code =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_CODE");
  ASSERT_NE(Code, nullptr);
  EXPECT_EQ(Code->Shape, DefinitionShape::Event);
  EXPECT_EQ(rolesOf(Code),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Proto, ArgRole::Args,
                                  ArgRole::Locvar, ArgRole::CodePre,
                                  ArgRole::Fields, ArgRole::CodePost}));

  const DefinitionMacro *CodeMap =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_CODE_MAP");
  ASSERT_NE(CodeMap, nullptr);
  EXPECT_EQ(CodeMap->Roles.size(), 8u);
  EXPECT_EQ(CodeMap->Roles[1], ArgRole::Map);

  const DefinitionMacro *ClassCodeNoargs =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_CLASS_CODE_NOARGS");
  ASSERT_NE(ClassCodeNoargs, nullptr);
  EXPECT_EQ(ClassCodeNoargs->Shape, DefinitionShape::Class);
  EXPECT_EQ(rolesOf(ClassCodeNoargs),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::Locvar,
                                  ArgRole::CodePre, ArgRole::Fields,
                                  ArgRole::CodePost}));
}

TEST(FindDefinitionMacroTest, LttngClassesInstancesAndEnum) {
  for (const char *Name :
       {"LTTNG_TRACEPOINT_EVENT_CLASS", "LTTNG_TRACEPOINT_EVENT_CLASS_NOARGS",
        "LTTNG_TRACEPOINT_EVENT_CLASS_CODE",
        "LTTNG_TRACEPOINT_EVENT_CLASS_CODE_NOARGS"}) {
    SCOPED_TRACE(Name);
    const DefinitionMacro *M = findDefinitionMacro(Name);
    ASSERT_NE(M, nullptr);
    EXPECT_EQ(M->MacroSide, Side::Lttng);
    EXPECT_EQ(M->Shape, DefinitionShape::Class);
  }

  const DefinitionMacro *Instance =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_INSTANCE");
  ASSERT_NE(Instance, nullptr);
  EXPECT_EQ(Instance->MacroSide, Side::Lttng);
  EXPECT_EQ(Instance->Shape, DefinitionShape::Instance);
  EXPECT_EQ(rolesOf(Instance),
            (std::vector<ArgRole>{ArgRole::Template, ArgRole::Name,
                                  ArgRole::Proto, ArgRole::Args}));

  const DefinitionMacro *InstanceMap =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP");
  ASSERT_NE(InstanceMap, nullptr);
  EXPECT_EQ(rolesOf(InstanceMap),
            (std::vector<ArgRole>{ArgRole::Template, ArgRole::Name,
                                  ArgRole::Map, ArgRole::Proto,
                                  ArgRole::Args}));

  const DefinitionMacro *MapNoargs =
      findDefinitionMacro("LTTNG_TRACEPOINT_EVENT_INSTANCE_MAP_NOARGS");
  ASSERT_NE(MapNoargs, nullptr);
  EXPECT_EQ(rolesOf(MapNoargs),
            (std::vector<ArgRole>{ArgRole::Template, ArgRole::Name,
                                  ArgRole::Map}));

  const DefinitionMacro *Enum = findDefinitionMacro("LTTNG_TRACEPOINT_ENUM");
  ASSERT_NE(Enum, nullptr);
  EXPECT_EQ(Enum->MacroSide, Side::Lttng);
  EXPECT_EQ(Enum->Shape, DefinitionShape::Enum);
  EXPECT_EQ(rolesOf(Enum),
            (std::vector<ArgRole>{ArgRole::Name, ArgRole::EnumValues}));
}

TEST(FindDefinitionMacroTest, RejectsMachineryAndOtherNames) {
  // DEFINE_TRACE is what define_trace.h turns definitions into: machinery,
  // not a definition of its own.
  EXPECT_EQ(findDefinitionMacro("DEFINE_TRACE"), nullptr);
  EXPECT_EQ(findDefinitionMacro("TP_PROTO"), nullptr);
  EXPECT_EQ(findDefinitionMacro(""), nullptr);
  // Names are case sensitive and must match whole.
  EXPECT_EQ(findDefinitionMacro("trace_event"), nullptr);
  EXPECT_EQ(findDefinitionMacro("TRACE_EVENT_"), nullptr);
  EXPECT_EQ(findDefinitionMacro("LTTNG_TRACEPOINT"), nullptr);
}

TEST(KnownMacrosTest, PartWrappers) {
  for (const char *Name :
       {"TP_PROTO", "TP_ARGS", "TP_CONDITION", "PARAMS", "TP_STRUCT__entry",
        "TP_fast_assign", "TP_printk", "TP_FIELDS", "TP_locvar",
        "TP_code_pre", "TP_code_post", "TP_ENUM_VALUES"})
    EXPECT_TRUE(isPartWrapperMacro(Name)) << Name;
  EXPECT_FALSE(isPartWrapperMacro("TRACE_EVENT"));
  EXPECT_FALSE(isPartWrapperMacro("__field"));
  EXPECT_FALSE(isPartWrapperMacro("tp_proto"));
}

TEST(KnownMacrosTest, NamesOfEnumerators) {
  EXPECT_EQ(sideName(Side::Kernel), "kernel");
  EXPECT_EQ(sideName(Side::Lttng), "lttng");
  EXPECT_EQ(shapeName(DefinitionShape::Instance), "instance");
  EXPECT_EQ(shapeName(DefinitionShape::Enum), "enum");
  EXPECT_EQ(fieldKindName(FieldMacroKind::DynamicArray), "dynamic_array");
  EXPECT_EQ(ctfKindName(CtfKind::SequenceBitfield), "sequence_bitfield");
}

//===--------------------------------------------------------------------===//
// findFieldMacro
//===--------------------------------------------------------------------===//

// One row per TP_STRUCT__entry macro, as the kernel declares it.
struct FieldRow {
  const char *Name;
  FieldMacroKind Kind;
  unsigned ArgCount;
  int TypeArg, NameArg, LengthArg, SourceArg;
  bool Relative;
};

const FieldRow FieldRows[] = {
    // __field(type, item), __field_ext(type, item, filter_type)
    {"__field", FieldMacroKind::Field, 2, 0, 1, -1, -1, false},
    {"__field_ext", FieldMacroKind::Field, 3, 0, 1, -1, -1, false},
    {"__field_struct", FieldMacroKind::FieldStruct, 2, 0, 1, -1, -1, false},
    {"__field_struct_ext", FieldMacroKind::FieldStruct, 3, 0, 1, -1, -1,
     false},
    // __array(type, item, len)
    {"__array", FieldMacroKind::Array, 3, 0, 1, 2, -1, false},
    {"__dynamic_array", FieldMacroKind::DynamicArray, 3, 0, 1, 2, -1, false},
    {"__rel_dynamic_array", FieldMacroKind::DynamicArray, 3, 0, 1, 2, -1,
     true},
    // __string(item, src): no type argument, the source is second.
    {"__string", FieldMacroKind::String, 2, -1, 0, -1, 1, false},
    {"__rel_string", FieldMacroKind::String, 2, -1, 0, -1, 1, true},
    // __string_len(item, src, len)
    {"__string_len", FieldMacroKind::StringLen, 3, -1, 0, 2, 1, false},
    {"__rel_string_len", FieldMacroKind::StringLen, 3, -1, 0, 2, 1, true},
    // __vstring(item, fmt, ap)
    {"__vstring", FieldMacroKind::VString, 3, -1, 0, -1, 1, false},
    // __bitmask(item, nr_bits)
    {"__bitmask", FieldMacroKind::Bitmask, 2, -1, 0, 1, -1, false},
    {"__rel_bitmask", FieldMacroKind::Bitmask, 2, -1, 0, 1, -1, true},
    // __cpumask(item)
    {"__cpumask", FieldMacroKind::Cpumask, 1, -1, 0, -1, -1, false},
    {"__rel_cpumask", FieldMacroKind::Cpumask, 1, -1, 0, -1, -1, true},
    // __sockaddr(field, len)
    {"__sockaddr", FieldMacroKind::Sockaddr, 2, -1, 0, 1, -1, false},
    {"__rel_sockaddr", FieldMacroKind::Sockaddr, 2, -1, 0, 1, -1, true},
};

void PrintTo(const FieldRow &Row, std::ostream *OS) { *OS << Row.Name; }

class FieldMacroRowTest : public ::testing::TestWithParam<FieldRow> {};

TEST_P(FieldMacroRowTest, MatchesKernelLayout) {
  const FieldRow &Row = GetParam();
  const FieldMacro *M = findFieldMacro(Row.Name);
  ASSERT_NE(M, nullptr);
  EXPECT_EQ(M->Name, Row.Name);
  EXPECT_EQ(M->Kind, Row.Kind);
  EXPECT_EQ(M->ArgCount, Row.ArgCount);
  EXPECT_EQ(M->TypeArg, Row.TypeArg);
  EXPECT_EQ(M->NameArg, Row.NameArg);
  EXPECT_EQ(M->LengthArg, Row.LengthArg);
  EXPECT_EQ(M->SourceArg, Row.SourceArg);
  EXPECT_EQ(M->Relative, Row.Relative);
  // Every index must point inside the argument list.
  for (int Index : {M->TypeArg, M->NameArg, M->LengthArg, M->SourceArg})
    EXPECT_LT(Index, static_cast<int>(M->ArgCount));
}

INSTANTIATE_TEST_SUITE_P(
    AllFieldMacros, FieldMacroRowTest, ::testing::ValuesIn(FieldRows),
    [](const ::testing::TestParamInfo<FieldRow> &Info) {
      // "__rel_string" -> "rel_string": test names may not start with '_'.
      return std::string(Info.param.Name + 2);
    });

TEST(FindFieldMacroTest, RejectsOtherNames) {
  EXPECT_EQ(findFieldMacro("__not_a_field"), nullptr);
  EXPECT_EQ(findFieldMacro("field"), nullptr);
  EXPECT_EQ(findFieldMacro("__assign_str"), nullptr);
  EXPECT_EQ(findFieldMacro("__rel_field"), nullptr); // no such kernel macro
  EXPECT_EQ(findFieldMacro("ctf_integer"), nullptr);
  EXPECT_EQ(findFieldMacro(""), nullptr);
}

//===--------------------------------------------------------------------===//
// decodeCtfMacro
//===--------------------------------------------------------------------===//

TEST(DecodeCtfMacroTest, Integer) {
  // ctf_integer(type, item, src)
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_integer", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Integer);
  EXPECT_EQ(Info.Base, CtfBase::Decimal);
  EXPECT_FALSE(Info.Network);
  EXPECT_FALSE(Info.User);
  EXPECT_FALSE(Info.NoWrite);
  EXPECT_EQ(Info.ArgCount, 3u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, 2);
  EXPECT_EQ(Info.LengthArg, -1);
  EXPECT_EQ(Info.LengthTypeArg, -1);
  EXPECT_EQ(Info.EnumNameArg, -1);
}

TEST(DecodeCtfMacroTest, IntegerHexAndNetwork) {
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_integer_hex", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Integer);
  EXPECT_EQ(Info.Base, CtfBase::Hex);
  EXPECT_FALSE(Info.Network);
  EXPECT_EQ(Info.ArgCount, 3u);

  // "network" and "hex" combine.
  ASSERT_TRUE(decodeCtfMacro("ctf_integer_network_hex", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Integer);
  EXPECT_EQ(Info.Base, CtfBase::Hex);
  EXPECT_TRUE(Info.Network);
  EXPECT_EQ(Info.ArgCount, 3u);

  ASSERT_TRUE(decodeCtfMacro("ctf_integer_network", Info));
  EXPECT_TRUE(Info.Network);
  EXPECT_EQ(Info.Base, CtfBase::Decimal);

  ASSERT_TRUE(decodeCtfMacro("ctf_integer_oct", Info));
  EXPECT_EQ(Info.Base, CtfBase::Octal);
}

TEST(DecodeCtfMacroTest, DecodingResetsPreviousInfo) {
  // The same CtfMacroInfo is reused by the parser: nothing may leak from
  // one decoded name into the next.
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_user_integer_network_hex_nowrite", Info));
  ASSERT_TRUE(decodeCtfMacro("ctf_integer", Info));
  EXPECT_EQ(Info.Base, CtfBase::Decimal);
  EXPECT_FALSE(Info.Network);
  EXPECT_FALSE(Info.User);
  EXPECT_FALSE(Info.NoWrite);
}

TEST(DecodeCtfMacroTest, UserIntegerNoWrite) {
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_user_integer_nowrite", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Integer);
  EXPECT_TRUE(Info.User);
  EXPECT_TRUE(Info.NoWrite);
  EXPECT_EQ(Info.Base, CtfBase::Decimal);
  EXPECT_EQ(Info.ArgCount, 3u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, 2);
}

TEST(DecodeCtfMacroTest, ArrayForms) {
  // ctf_array_text(type, item, src, len)
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_array_text", Info));
  EXPECT_EQ(Info.Kind, CtfKind::ArrayText);
  EXPECT_EQ(Info.ArgCount, 4u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, 2);
  EXPECT_EQ(Info.LengthArg, 3);
  EXPECT_EQ(Info.LengthTypeArg, -1);

  ASSERT_TRUE(decodeCtfMacro("ctf_array", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Array);
  ASSERT_TRUE(decodeCtfMacro("ctf_array_bitfield", Info));
  EXPECT_EQ(Info.Kind, CtfKind::ArrayBitfield);
  ASSERT_TRUE(decodeCtfMacro("ctf_array_hex", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Array);
  EXPECT_EQ(Info.Base, CtfBase::Hex);
}

TEST(DecodeCtfMacroTest, SequenceForms) {
  // ctf_sequence_bitfield(type, item, src, len_type, len)
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_sequence_bitfield", Info));
  EXPECT_EQ(Info.Kind, CtfKind::SequenceBitfield);
  EXPECT_EQ(Info.ArgCount, 5u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, 2);
  EXPECT_EQ(Info.LengthTypeArg, 3);
  EXPECT_EQ(Info.LengthArg, 4);

  ASSERT_TRUE(decodeCtfMacro("ctf_sequence", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Sequence);
  ASSERT_TRUE(decodeCtfMacro("ctf_sequence_text", Info));
  EXPECT_EQ(Info.Kind, CtfKind::SequenceText);
  ASSERT_TRUE(decodeCtfMacro("ctf_user_sequence_text", Info));
  EXPECT_EQ(Info.Kind, CtfKind::SequenceText);
  EXPECT_TRUE(Info.User);
}

TEST(DecodeCtfMacroTest, Strings) {
  // ctf_string(item, src): the name comes first, there is no type.
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_string", Info));
  EXPECT_EQ(Info.Kind, CtfKind::String);
  EXPECT_FALSE(Info.User);
  EXPECT_EQ(Info.ArgCount, 2u);
  EXPECT_EQ(Info.TypeArg, -1);
  EXPECT_EQ(Info.NameArg, 0);
  EXPECT_EQ(Info.SourceArg, 1);

  ASSERT_TRUE(decodeCtfMacro("ctf_user_string", Info));
  EXPECT_EQ(Info.Kind, CtfKind::String);
  EXPECT_TRUE(Info.User);
  EXPECT_FALSE(Info.NoWrite);
  EXPECT_EQ(Info.ArgCount, 2u);

  ASSERT_TRUE(decodeCtfMacro("ctf_string_nowrite", Info));
  EXPECT_EQ(Info.Kind, CtfKind::String);
  EXPECT_TRUE(Info.NoWrite);
}

TEST(DecodeCtfMacroTest, Enum) {
  // ctf_enum(enum_name, type, item, src)
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_enum", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Enum);
  EXPECT_EQ(Info.ArgCount, 4u);
  EXPECT_EQ(Info.EnumNameArg, 0);
  EXPECT_EQ(Info.TypeArg, 1);
  EXPECT_EQ(Info.NameArg, 2);
  EXPECT_EQ(Info.SourceArg, 3);
}

TEST(DecodeCtfMacroTest, CustomField) {
  // ctf_custom_field(type, item, code)
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_custom_field", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Custom);
  EXPECT_EQ(Info.ArgCount, 3u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, -1);
}

TEST(DecodeCtfMacroTest, Floats) {
  // LTTng-modules has only the user-space form, ctf_user_float(type, item,
  // user_src); a kernel-side ctf_float does not exist.
  CtfMacroInfo Info;
  EXPECT_FALSE(decodeCtfMacro("ctf_float", Info));

  ASSERT_TRUE(decodeCtfMacro("ctf_user_float", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Float);
  EXPECT_TRUE(Info.User);
  EXPECT_EQ(Info.ArgCount, 3u);
  EXPECT_EQ(Info.TypeArg, 0);
  EXPECT_EQ(Info.NameArg, 1);
  EXPECT_EQ(Info.SourceArg, 2);
}

TEST(DecodeCtfMacroTest, IntegerBitfield) {
  // ctf_integer_bitfield(type, item, src): an integer written bit by bit.
  CtfMacroInfo Info;
  ASSERT_TRUE(decodeCtfMacro("ctf_integer_bitfield", Info));
  EXPECT_EQ(Info.Kind, CtfKind::Integer);
  EXPECT_EQ(Info.ArgCount, 3u);
  EXPECT_EQ(Info.SourceArg, 2);
  EXPECT_FALSE(decodeCtfMacro("ctf_user_integer_bitfield", Info));
}

TEST(DecodeCtfMacroTest, RejectsTypeFormsAndOtherNames) {
  CtfMacroInfo Info;
  // The _type forms describe types inside LTTng's machinery, not fields.
  EXPECT_FALSE(decodeCtfMacro("ctf_integer_type", Info));
  EXPECT_FALSE(decodeCtfMacro("ctf_array_type", Info));
  EXPECT_FALSE(decodeCtfMacro("ctf_sequence_type", Info));
  // Text and bitfield only apply to arrays and sequences.
  EXPECT_FALSE(decodeCtfMacro("ctf_integer_text", Info));
  EXPECT_FALSE(decodeCtfMacro("ctf_string_text", Info));
  // Not ctf_ names at all.
  EXPECT_FALSE(decodeCtfMacro("integer", Info));
  EXPECT_FALSE(decodeCtfMacro("__field", Info));
  EXPECT_FALSE(decodeCtfMacro("CTF_INTEGER", Info));
  EXPECT_FALSE(decodeCtfMacro("ctf_", Info));
  EXPECT_FALSE(decodeCtfMacro("ctf_unknown", Info));
  EXPECT_FALSE(decodeCtfMacro("", Info));
}

} // namespace

//===----------------------------------------------------------------------===//
// LTTng probes: which kernel header each one mirrors
//===----------------------------------------------------------------------===//

#include "model/LttngTree.h"

TEST(LttngProbeSourceTest, KernelHeaderThenMirror) {
  // The shape of src/probes/lttng-probe-*.c: kernel header first, then the
  // mirror after LTTNG_PACKAGE_BUILD.
  std::optional<LttngProbe> Probe = parseProbeSource("lttng-probe-vmscan.c", R"c(
#include <linux/module.h>
#include <lttng/tracer.h>
#include <trace/events/vmscan.h>
#include <wrapper/tracepoint.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/mm_vmscan.h>
)c");
  ASSERT_TRUE(Probe.has_value());
  // Paired by the includes, so the renamed provider is followed.
  EXPECT_EQ(Probe->KernelInclude, "trace/events/vmscan.h");
  EXPECT_EQ(Probe->MirrorInclude, "instrumentation/events/mm_vmscan.h");
}

TEST(LttngProbeSourceTest, ArchHeaderAndRelativeInclude) {
  std::optional<LttngProbe> Probe = parseProbeSource("lttng-probe-x86.c", R"c(
#include <asm/trace/irq_vectors.h>
#define LTTNG_PACKAGE_BUILD
#include <instrumentation/events/arch/x86/irq_vectors.h>
)c");
  ASSERT_TRUE(Probe.has_value());
  EXPECT_EQ(Probe->KernelInclude, "asm/trace/irq_vectors.h");

  std::optional<LttngProbe> Ext4 = parseProbeSource("lttng-probe-ext4.c", R"c(
#include "../../../fs/ext4/ext4.h"
#include <trace/events/ext4.h>
#define LTTNG_PACKAGE_BUILD
#include <instrumentation/events/ext4.h>
)c");
  ASSERT_TRUE(Ext4.has_value());
  EXPECT_EQ(Ext4->KernelInclude, "trace/events/ext4.h");
}

TEST(LttngProbeSourceTest, NotAMirrorProbe) {
  // LTTng's own user-space probe includes no mirror at all.
  EXPECT_FALSE(parseProbeSource("lttng-probe-user.c", R"c(
#include <linux/module.h>
#include <lttng/events.h>
)c").has_value());
}

TEST(LttngTreeTest, LayoutsAndErrors) {
  std::string Error;
  std::optional<LttngTree> Tree =
      LttngTree::open(LTTNG_TIDY_TEST_INPUTS "/fake-lttng", Error);
  ASSERT_TRUE(Tree.has_value()) << Error;
  EXPECT_EQ(Tree->layout(), LttngLayout::Modern);
  const LttngProbe *Probe =
      Tree->probeFor("/usr/src/linux/include/trace/events/proto.h");
  ASSERT_NE(Probe, nullptr);
  EXPECT_EQ(Probe->MirrorInclude, "instrumentation/events/proto.h");
  EXPECT_EQ(Tree->probeFor("/usr/src/linux/include/trace/events/none.h"),
            nullptr);

  EXPECT_FALSE(LttngTree::open(LTTNG_TIDY_TEST_INPUTS "/no-such-tree", Error));
  EXPECT_NE(Error.find("does not exist"), std::string::npos);
  EXPECT_FALSE(
      LttngTree::open(LTTNG_TIDY_TEST_INPUTS "/not-an-lttng-tree", Error));
  EXPECT_NE(Error.find("is not an LTTng-modules tree"), std::string::npos);
}

TEST(LttngTreeTest, PairsByTheMirrorsOwnPath) {
  // LTTng's layout names the kernel header a mirror stands for, even when
  // the probe does not include it (the kvm x86 mirror).
  EXPECT_EQ(mirroredHeader("instrumentation/events/sched.h"),
            "trace/events/sched.h");
  EXPECT_EQ(mirroredHeader("instrumentation/events/lttng-module/block.h"),
            "trace/events/block.h");
  EXPECT_EQ(mirroredHeader("instrumentation/events/arch/x86/kvm/trace.h"),
            "arch/x86/kvm/trace.h");
  EXPECT_EQ(mirroredHeader("linux/module.h"), "");

  std::string Error;
  std::optional<LttngTree> Tree =
      LttngTree::open(LTTNG_TIDY_TEST_INPUTS "/fake-lttng", Error);
  ASSERT_TRUE(Tree.has_value()) << Error;
  // A header read through "..": the same header.
  const LttngProbe *Probe = Tree->probeFor(
      "/usr/src/linux/include/trace/events/../events/proto.h");
  ASSERT_NE(Probe, nullptr);
  EXPECT_EQ(Probe->MirrorInclude, "instrumentation/events/proto.h");
}
