// ctf_* fields against the kernel field of the same source and against the
// type of the expression they record.
//
// RUN: %check_lttng_tidy --idempotent \
// RUN:   --fixed-file=CHECK-FIXES=Inputs/fake-lttng/include/instrumentation/events/fields.h \
// RUN:   %s lttng-field-type-mismatch %t -- -- \
// RUN:   -I%inputs/fake-kernel/include -I%inputs/fake-lttng/include

#include <trace/events/fields.h>
#define LTTNG_PACKAGE_BUILD
#define CREATE_TRACE_POINTS
#define TRACE_INCLUDE_PATH instrumentation/events
#include <instrumentation/events/fields.h>

// CHECK-MESSAGES: instrumentation/events/fields.h:15:3: warning: LTTng field 'cpu' of 'fields_event' is ctf_integer 'unsigned int' but its source 'cpu' is 'int': signed value recorded as unsigned [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:16:3: warning: LTTng field 'addr' of 'fields_event' is ctf_integer 'unsigned int' but its source 'addr' is 'unsigned long': narrower: 32 bits for 64 [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:17:3: warning: LTTng field 'name' of 'fields_event' is ctf_array_text 'char' but the kernel field 'name' is 'char[FIELDS_NAME_LEN]': array length 8 where the kernel has 16 [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:18:3: warning: LTTng field 'label' of 'fields_event' is ctf_sequence_text 'char' but the kernel field 'label' is '__string': recorded as an array where the kernel records a string (use ctf_string) [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:21:3: warning: LTTng field 'obj' of 'fields_event' is ctf_integer_hex 'unsigned int' but its source 'o' is 'struct fields_obj *': a pointer does not fit in 32 bits [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:23:3: warning: LTTng field 'state' of 'fields_event' is ctf_integer 'unsigned char' but its source 'o->state' is 'enum fields_state': narrower: 8 bits for values needing 9 [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:24:3: warning: LTTng field 'client_id' of 'fields_event' is ctf_integer 'int' but its source 'fields_client_id(client)' is 'unsigned int': unsigned value recorded as signed [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:25:3: warning: LTTng field 'flags_wide' of 'fields_event' is ctf_integer 'u64' but its source 'o->bit_count' is 'unsigned int': wider: 64 bits for 32 [lttng-field-type-mismatch]
// CHECK-MESSAGES: instrumentation/events/fields.h:26:3: warning: LTTng field 'name_addr' of 'fields_event' is ctf_integer 'unsigned long' but its source 'o->name' is 'char[16]': an array recorded as an integer: the trace gets its address [lttng-field-type-mismatch]

// Silent: o->flags matches, the 1-bit bit-field fits in a char, o->small
// matches. An enum is judged by its enumerators (0 to 300 need 9 bits) and
// gets no automatic fix.
//
// Only the type is replaced, with the source's or the kernel's type.
// CHECK-FIXES: {{^}}		ctf_integer(int, cpu, cpu)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, addr, addr)
// CHECK-FIXES-NEXT: {{^}}		ctf_array_text(char, name, o->name, 8)
// CHECK-FIXES-NEXT: {{^}}		ctf_sequence_text(char, label, label, unsigned int, 4)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, flags, o->flags)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(char, bit, o->bit)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer_hex(struct fields_obj *, obj, o)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(int, small, o->small)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned char, state, o->state)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned int, client_id, fields_client_id(client))
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned int, flags_wide, o->bit_count)
// CHECK-FIXES-NEXT: {{^}}		ctf_integer(unsigned long, name_addr, o->name)
