/* LTTng side of the arch-mirror tests: the mirror of arch/x86/kvm/trace.h,
 * which its probe does not include. kvm_entry matches the kernel,
 * kvm_exit's prototype drifted and kvm_nested_vmrun is gone. */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM kvm_x86

#if !defined(LTTNG_TRACE_KVM_X86_H) || defined(TRACE_HEADER_MULTI_READ)
#define LTTNG_TRACE_KVM_X86_H

#include <lttng/tracepoint-event.h>

LTTNG_TRACEPOINT_EVENT(kvm_entry,
	TP_PROTO(unsigned int vcpu_id),
	TP_ARGS(vcpu_id),
	TP_FIELDS(
		ctf_integer(unsigned int, vcpu_id, vcpu_id)
	)
)

LTTNG_TRACEPOINT_EVENT(kvm_exit,
	TP_PROTO(unsigned int vcpu_id),
	TP_ARGS(vcpu_id),
	TP_FIELDS(
		ctf_integer(unsigned int, vcpu_id, vcpu_id)
	)
)

LTTNG_TRACEPOINT_EVENT(kvm_nested_vmrun,
	TP_PROTO(u64 rip, u64 vmcb),
	TP_ARGS(rip, vmcb),
	TP_FIELDS(
		ctf_integer_hex(u64, rip, rip)
		ctf_integer_hex(u64, vmcb, vmcb)
	)
)

#endif /* LTTNG_TRACE_KVM_X86_H */

#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace

#include <lttng/define_trace.h>
