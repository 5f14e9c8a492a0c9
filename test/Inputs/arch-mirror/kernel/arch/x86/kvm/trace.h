/* Test stand-in for a private arch trace header (arch/x86/kvm/trace.h):
 * only the full kernel source has it, not a headers-only package. It is
 * copied into a fake kernel tree by the tests that need it. */
#if !defined(_TRACE_ARCH_KVM_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_ARCH_KVM_H

#include <linux/tracepoint.h>

#undef TRACE_SYSTEM
#define TRACE_SYSTEM kvm

TRACE_EVENT(kvm_entry,
	TP_PROTO(unsigned int vcpu_id),
	TP_ARGS(vcpu_id),
	TP_STRUCT__entry(__field(unsigned int, vcpu_id)),
	TP_fast_assign(__entry->vcpu_id = vcpu_id;),
	TP_printk("vcpu %u", __entry->vcpu_id)
);

TRACE_EVENT(kvm_exit,
	TP_PROTO(unsigned int vcpu_id, u32 isa),
	TP_ARGS(vcpu_id, isa),
	TP_STRUCT__entry(__field(unsigned int, vcpu_id) __field(u32, isa)),
	TP_fast_assign(__entry->vcpu_id = vcpu_id; __entry->isa = isa;),
	TP_printk("vcpu %u isa %u", __entry->vcpu_id, __entry->isa)
);

/* The kernel renamed kvm_nested_vmrun to this one. */
TRACE_EVENT(kvm_nested_vmenter,
	TP_PROTO(u64 rip, u64 vmcb),
	TP_ARGS(rip, vmcb),
	TP_STRUCT__entry(__field(u64, rip) __field(u64, vmcb)),
	TP_fast_assign(__entry->rip = rip; __entry->vmcb = vmcb;),
	TP_printk("rip 0x%llx vmcb 0x%llx", __entry->rip, __entry->vmcb)
);

#endif /* _TRACE_ARCH_KVM_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH ../../arch/x86/kvm
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
