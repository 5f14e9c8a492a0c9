#!/usr/bin/env python3
"""Real-data test: the tracepoint model over every kernel trace header.

For each include/trace/events/*.h of Debian's linux-headers package, builds
one translation unit the way an out-of-tree module is built against those
headers (kbuild, M=, GCC as Debian configures it), with CREATE_TRACE_POINTS
so that the object defines one __tracepoint_<name> symbol per tracepoint.
The compile database is recorded with bear, rewritten for clang by
`lttng-tidy compdb`, and `lttng-tidy model` reads every TU. For every header
that compiles, the model must report exactly the tracepoints the object
defines (an independent count: the compiler's own output) and no problem.
Headers that do not compile in that setting are listed with the reason.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

# Headers that are not tracepoint headers of their own: helper headers
# included by others (they define no TRACE_SYSTEM).
NOT_TRACE_HEADERS = {'mmflags', 'net_probe_common'}

# What a kernel .c file includes before defining a subsystem's tracepoints.
# A trace header names types from headers it does not include itself (a
# struct first seen in a prototype is a different type to GCC), so every
# unit starts with this common set, plus the extras below.
PRELUDE = ['linux/module.h', 'linux/interrupt.h', 'linux/fs.h', 'linux/mm.h',
           'linux/mm_inline.h', 'linux/pagemap.h', 'linux/slab.h',
           'linux/sched.h', 'linux/netdevice.h', 'linux/skbuff.h',
           'linux/blkdev.h', 'linux/blk-mq.h', 'linux/ip.h', 'linux/ipv6.h',
           'net/sock.h', 'net/ipv6.h', 'linux/tick.h', 'linux/swap.h']
EXTRA_INCLUDES = {
    '9p': ['net/9p/9p.h', 'net/9p/client.h'],
    'asoc': ['sound/soc.h'],
    'dma_fence': ['linux/dma-fence.h'],
    'fib6': ['net/ip6_fib.h', 'net/ip6_route.h'],
    'fsi': ['linux/fsi.h'],
    'i2c_slave': ['linux/i2c.h'],
    'ib_mad': ['rdma/ib_mad.h'],
    'ib_umad': ['rdma/ib_mad.h'],
    'kvm': ['linux/kvm_host.h'],
    'mctp': ['net/mctp.h'],
    'mdio': ['linux/mdio.h', 'linux/phy.h'],
    'migrate': ['linux/migrate.h'],
    'mptcp': ['net/mptcp.h'],
    'nbd': ['linux/nbd.h'],
    'netfs': ['linux/netfs.h'],
    'nilfs2': ['linux/buffer_head.h'],
    'pwc': ['media/v4l2-common.h'],
    'rpcgss': ['linux/sunrpc/clnt.h', 'linux/sunrpc/svc.h',
               'linux/sunrpc/gss_api.h'],
    'rpcrdma': ['linux/sunrpc/clnt.h', 'linux/sunrpc/svc_rdma.h',
                'linux/sunrpc/rpc_rdma.h'],
    'rxrpc': ['net/af_rxrpc.h'],
    'siox': ['linux/siox.h'],
    'spi': ['linux/spi/spi.h'],
    'swiotlb': ['linux/swiotlb.h'],
    'thermal_power_allocator': ['linux/thermal.h'],
    'v4l2': ['media/videobuf2-v4l2.h', 'media/v4l2-common.h'],
    'vb2': ['media/videobuf2-core.h'],
    'vsock_virtio_transport_common': ['linux/virtio_vsock.h'],
    'osnoise': ['trace/events/irq.h'],
    'tcp': ['net/tcp.h', 'trace/events/sock.h'],
    'icmp': ['linux/icmp.h'],
    'neigh': ['net/neighbour.h'],
    'mmap': ['linux/mman.h'],
    'kmem': ['linux/slab.h'],
    'irq': ['linux/interrupt.h'],
}


def common_dir(kdir):
    """The -common tree holding include/trace/events for a Debian kdir."""
    with open(os.path.join(kdir, 'Makefile')) as f:
        for line in f:
            m = re.match(r'include\s+(\S+)/Makefile', line)
            if m:
                return m.group(1)
    return kdir


def write_defining_units(kdir, names, units):
    """One module unit per trace header of `names` in `units`: the common
    prelude, forward declarations of the structs the header names, then the
    header with CREATE_TRACE_POINTS; and the Kbuild that builds them all."""
    events = os.path.join(common_dir(kdir), 'include', 'trace', 'events')
    for h in names:
        with open(os.path.join(events, h + '.h'), errors='replace') as hf:
            structs = sorted(set(re.findall(r'\bstruct\s+([A-Za-z_]\w*)', hf.read())))
        with open(os.path.join(units, 'tp_%s.c' % h), 'w') as f:
            for inc in PRELUDE + EXTRA_INCLUDES.get(h, []):
                f.write('#include <%s>\n' % inc)
            f.write(''.join('struct %s;\n' % st for st in structs))
            f.write('#define CREATE_TRACE_POINTS\n#include <trace/events/%s.h>\n'
                    'MODULE_LICENSE("GPL");\n' % h)
    with open(os.path.join(units, 'Kbuild'), 'w') as f:
        f.write('obj-m := %s\n' % ' '.join('tp_%s.o' % h for h in names))


def tracepoint_symbols(obj):
    out = subprocess.run(['nm', '--defined-only', obj], stdout=subprocess.PIPE,
                         text=True, check=True).stdout
    return sorted({m.group(1) for m in re.finditer(r' [DdBbRr] __tracepoint_(\w+)$', out, re.M)})


def first_error(log):
    for line in log.splitlines():
        if ': error: ' in line or 'fatal error:' in line:
            return re.sub(r'^\S*/', '', line.strip())
    return log.strip().splitlines()[-1] if log.strip() else 'unknown'


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kdir', required=True, help='kernel build dir (linux-headers-*-amd64)')
    ap.add_argument('--tool', required=True, help='the lttng-tidy executable')
    ap.add_argument('--plugin', help='LttngTidyModule.so, to run lttng-assign-narrowing too')
    ap.add_argument('--out', required=True, help='work directory (created)')
    ap.add_argument('-j', type=int, default=os.cpu_count())
    ap.add_argument('--max-uncompilable', type=int, default=40,
                    help='fail when more headers than this do not compile')
    ap.add_argument('--only', nargs='*', help='restrict to these header names')
    args = ap.parse_args()

    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    events = os.path.join(common_dir(args.kdir), 'include', 'trace', 'events')
    headers = sorted(os.path.splitext(os.path.basename(h))[0]
                     for h in glob.glob(os.path.join(events, '*.h')))
    headers = [h for h in headers if h not in NOT_TRACE_HEADERS]
    if args.only:
        headers = [h for h in headers if h in args.only]

    names = {}
    for h in headers:
        unit = 'tp_' + re.sub(r'\W', '_', h)
        names[unit] = h
        with open(os.path.join(out, unit + '.c'), 'w') as f:
            f.write('// Generated by real_headers.py: defines the tracepoints of\n'
                    '// <trace/events/%s.h> as a module would.\n' % h)
            for inc in PRELUDE + EXTRA_INCLUDES.get(h, []):
                f.write('#include <%s>\n' % inc)
            # A module declares the structs it only points to; without this a
            # struct first named inside TP_PROTO is a new type to GCC.
            with open(os.path.join(events, h + '.h'), errors='replace') as hf:
                structs = sorted(set(re.findall(r'\bstruct\s+([A-Za-z_]\w*)', hf.read())))
            for st in structs:
                f.write('struct %s;\n' % st)
            f.write('#define CREATE_TRACE_POINTS\n'
                    '#include <trace/events/%s.h>\n'
                    'MODULE_LICENSE("GPL");\n' % h)
    with open(os.path.join(out, 'Kbuild'), 'w') as f:
        f.write('obj-m := %s\n' % ' '.join(u + '.o' for u in names))
    for o in glob.glob(os.path.join(out, '*.o')):
        os.remove(o)

    targets = [u + '.o' for u in names]
    print('real-headers: building %d trace headers against %s (gcc, kbuild M=)'
          % (len(names), args.kdir), flush=True)
    subprocess.run(['bear', '--output', os.path.join(out, 'gcc_commands.json'), '--',
                    'make', '-s', '-k', '-C', args.kdir, 'M=' + out, '-j%d' % args.j]
                   + targets, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    compiled, uncompilable = {}, {}
    for unit, h in names.items():
        obj = os.path.join(out, unit + '.o')
        if os.path.exists(obj):
            compiled[unit] = tracepoint_symbols(obj)
        else:
            # Build it alone again for a readable reason.
            r = subprocess.run(['make', '-s', '-C', args.kdir, 'M=' + out, unit + '.o'],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            uncompilable[h] = first_error(r.stdout)

    subprocess.run([args.tool, 'compdb', os.path.join(out, 'gcc_commands.json'),
                    '-o', os.path.join(out, 'compile_commands.json')], check=True)
    files = [os.path.join(out, u + '.c') for u in compiled]
    r = subprocess.run([args.tool, 'model', '--summary', '-p', out] + files,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    models = {}
    for line in r.stdout.splitlines():
        if line.startswith('{'):
            d = json.loads(line)
            models[os.path.splitext(os.path.basename(d['file']))[0]] = d

    failures = []
    total_symbols = total_model = 0
    for unit in sorted(compiled):
        expected = compiled[unit]
        model = models.get(unit)
        h = names[unit]
        if model is None:
            failures.append('%s: no model output (clang could not read it)' % h)
            continue
        # Only the header under test is created in this unit; headers it
        # includes beforehand only declare their tracepoints.
        own = [t['name'] for t in model['tracepoints']
               if os.path.basename(t['file']) == h + '.h']
        got = sorted(set(own))
        total_symbols += len(expected)
        total_model += len(got)
        if model['errors']:
            failures.append('%s: clang reported %d errors' % (h, model['errors']))
        if got != expected:
            missing = sorted(set(expected) - set(got))
            extra = sorted(set(got) - set(expected))
            failures.append('%s: model has %d tracepoints, object has %d; missing %s; extra %s'
                            % (h, len(got), len(expected), missing[:8], extra[:8]))
        if len(own) != len(got):
            failures.append('%s: duplicate definitions in the model' % h)
        for p in model['problem_messages']:
            failures.append('%s: model problem: %s' % (h, p))

    print('real-headers: %d headers compiled, %d tracepoints in the objects, %d in the model'
          % (len(compiled), total_symbols, total_model))
    if uncompilable:
        print('real-headers: %d headers do not compile as a module on their own:' % len(uncompilable))
        for h, why in sorted(uncompilable.items()):
            print('  %s: %s' % (h, why))
    with open(os.path.join(out, 'report.json'), 'w') as f:
        json.dump({'compiled': {names[u]: s for u, s in compiled.items()},
                   'uncompilable': uncompilable, 'failures': failures}, f, indent=1)
    for fail in failures:
        print('FAIL ' + fail)
    # lttng-assign-narrowing on a real unit that compiles TP_fast_assign:
    # dma_fence stores the 64-bit context and seqno into 32-bit fields.
    if args.plugin and 'tp_dma_fence' in compiled:
        r = subprocess.run(['clang-tidy-19', '--load=' + args.plugin,
                            '-checks=-*,lttng-assign-narrowing', '-header-filter=.*',
                            '-p', out, os.path.join(out, 'tp_dma_fence.c')],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        want = ("trace/events/dma_fence.h:\\d+:\\d+: warning: TP_fast_assign of 'dma_fence' "
                "stores 'unsigned long long' into field 'seqno' of type 'unsigned int'")
        if re.search(want, r.stdout):
            print('real-headers: lttng-assign-narrowing reports dma_fence seqno (u64 into u32)')
        else:
            print('FAIL lttng-assign-narrowing: no dma_fence seqno finding')
            failures.append('lttng-assign-narrowing: no dma_fence seqno finding')
    if len(uncompilable) > args.max_uncompilable:
        print('FAIL more than %d headers do not compile' % args.max_uncompilable)
        return 1
    if not compiled:
        print('FAIL nothing compiled')
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
