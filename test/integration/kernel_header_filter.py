#!/usr/bin/env python3
"""Integration test: the HeaderFilterRegex of kernel-wrapper/kernel.clang-tidy
over the real Linux 6.1 source (linux-source-6.1).

Every trace header of the kernel -- a header that defines TRACE_SYSTEM --
must pass the filter (so findings in it are shown), and the tracing
infrastructure and ordinary headers must not. The regexes are read back
with clang-tidy-19 --dump-config, so the YAML is what clang-tidy itself
parses. Python's re and LLVM's POSIX ERE agree on the constructs used
(groups, alternation, bracket expressions, ?, *, +, anchors); the lit
test kernel-wrapper.test checks the filter inside clang-tidy itself.

Usage: kernel_header_filter.py --root ROOT [--clang-tidy PATH]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Trace headers the filter does not need to show: a selftest's module,
# and the custom-events template of the infrastructure.
ALLOWED_MISSES = {
    'include/trace/trace_custom_events.h',
    'tools/testing/selftests/bpf/bpf_testmod/bpf_testmod-events.h',
}
# Headers that must stay hidden: the tracing infrastructure, headers
# whose names merely contain "trace", and ordinary headers.
MUST_HIDE = [
    'include/linux/tracepoint.h', 'include/linux/trace_events.h',
    'include/linux/ftrace.h', 'include/linux/tracepoint-defs.h',
    'include/linux/trace_seq.h', 'include/trace/define_trace.h',
    'include/trace/trace_events.h', 'include/trace/perf.h',
    'include/trace/stages/stage1_struct_define.h',
    'arch/x86/include/asm/ptrace.h', 'arch/x86/include/asm/ftrace.h',
    'arch/x86/include/asm/stacktrace.h', 'include/linux/blktrace_api.h',
    'include/linux/sched.h', 'include/linux/slab.h', 'fs/xfs/xfs_inode.h',
]
# Subsystem trace headers named in the design brief: spelled as clang
# sees them (absolute, or ./-relative from the kernel's -I./include).
MUST_SHOW = [
    'include/trace/events/sched.h', 'fs/xfs/xfs_trace.h', 'fs/nfs/nfstrace.h',
    'fs/nfs/nfs4trace.h', 'drivers/gpu/drm/i915/i915_trace.h',
    'drivers/usb/host/xhci-trace.h', 'fs/gfs2/trace_gfs2.h',
    'arch/x86/include/asm/trace/irq_vectors.h', 'include/ras/ras_event.h',
    'net/mac80211/trace.h',
]


def dump_regexes(clang_tidy, config):
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(config, os.path.join(tmp, '.clang-tidy'))
        probe = os.path.join(tmp, 'probe.c')
        open(probe, 'w').close()
        # (It complains on stderr that probe.c has no compile database.)
        out = subprocess.run([clang_tidy, '--dump-config', probe], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True).stdout
    finally:
        shutil.rmtree(tmp)
    values = {}
    for key in ('HeaderFilterRegex', 'ExcludeHeaderFilterRegex'):
        m = re.search(r'^%s:\s*(.*)$' % key, out, re.M)
        if not m:
            sys.exit('FAIL: --dump-config shows no %s' % key)
        v = m.group(1)
        if v.startswith("'") and v.endswith("'"):
            v = v[1:-1].replace("''", "'")
        values[key] = v
    return values['HeaderFilterRegex'], values['ExcludeHeaderFilterRegex']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    ap.add_argument('--clang-tidy', default='clang-tidy-19')
    args = ap.parse_args()
    ksrc = subprocess.run([os.path.join(args.root, 'scripts', 'kernel-source.sh')],
                          check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    header, exclude = dump_regexes(args.clang_tidy,
                                   os.path.join(args.root, 'kernel-wrapper', 'kernel.clang-tidy'))
    shown_re, hidden_re = re.compile(header), re.compile(exclude)

    def shown(path):
        return bool(shown_re.search(path)) and not hidden_re.search(path)

    trace_headers = []
    define = re.compile(r'^#define TRACE_SYSTEM\b', re.M)
    for top, dirs, files in os.walk(ksrc):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith('.h'):
                full = os.path.join(top, f)
                with open(full, encoding='utf-8', errors='replace') as fh:
                    if define.search(fh.read()):
                        trace_headers.append(os.path.relpath(full, ksrc))
    if len(trace_headers) < 300:
        sys.exit('FAIL: only %d trace headers found in %s' % (len(trace_headers), ksrc))

    failures = []
    for rel in sorted(trace_headers):
        for spelling in (os.path.join(ksrc, rel), './' + rel):
            if not shown(spelling) and rel not in ALLOWED_MISSES:
                failures.append('trace header hidden: %s' % spelling)
    for rel in MUST_SHOW:
        if rel not in trace_headers:
            failures.append('expected trace header missing from the source: %s' % rel)
        if not shown(os.path.join(ksrc, rel)):
            failures.append('trace header hidden: %s' % rel)
    for rel in MUST_HIDE:
        if not os.path.exists(os.path.join(ksrc, rel)):
            failures.append('expected header missing from the source: %s' % rel)
        for spelling in (os.path.join(ksrc, rel), './' + rel):
            if shown(spelling):
                failures.append('non-trace header shown: %s' % spelling)
    # How far the filter reaches beyond trace headers: a bound, so that a
    # careless widening (".*trace.*") fails.
    extra = []
    for top, dirs, files in os.walk(ksrc):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            rel = os.path.relpath(os.path.join(top, f), ksrc)
            if f.endswith('.h') and rel not in trace_headers and shown(rel):
                extra.append(rel)
    if len(extra) > 60:
        failures.append('%d headers without TRACE_SYSTEM pass the filter (more than 60): %s'
                        % (len(extra), ' '.join(extra[:20])))
    for f in failures:
        print('FAIL:', f)
    if failures:
        return 1
    print('ok: %d trace headers shown (%d allowed misses), %d infrastructure and '
          'ordinary headers hidden, %d other headers pass the filter'
          % (len(trace_headers), len(ALLOWED_MISSES), len(MUST_HIDE), len(extra)))
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
