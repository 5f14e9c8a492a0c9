#!/usr/bin/env python3
"""Real-data test: the model's LTTng side over Debian's LTTng-modules.

Builds the lttng-modules-dkms source (2.13.9) the way a user or DKMS does
(`make KERNELDIR=...` against Debian's linux-headers, GCC), recording the
compile database with bear; `make -k` goes on past the probes that do not
build. For every probe object that was built, the model of its translation
unit (kernel header plus mirror) must list exactly the events whose
descriptors (`__event_desc___<event>`) the object holds, with no problem.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys


def event_descriptors(obj):
    out = subprocess.run(['nm', obj], stdout=subprocess.PIPE, text=True, check=True).stdout
    return {m.group(1) for m in re.finditer(r' [rRdD] __event_desc___(\w+)$', out, re.M)}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--kdir', required=True)
    ap.add_argument('--lttng', required=True, help='LTTng-modules source tree')
    ap.add_argument('--tool', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('-j', type=int, default=os.cpu_count())
    ap.add_argument('--min-probes', type=int, default=25)
    args = ap.parse_args()

    out = os.path.abspath(args.out)
    tree = os.path.join(out, 'lttng-modules')
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(args.lttng, tree)
    print('real-lttng: building %s against %s (gcc, make -k)' % (args.lttng, args.kdir), flush=True)
    build = subprocess.run(['bear', '--output', os.path.join(tree, 'gcc_commands.json'), '--',
                            'make', '-k', '-j%d' % args.j, 'KERNELDIR=' + args.kdir],
                           cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(os.path.join(out, 'build.log'), 'w') as f:
        f.write(build.stdout)
    errors = sorted({re.sub(r'^.*?(include|src)/', r'\1/', l.strip())
                     for l in build.stdout.splitlines() if ': error: ' in l})
    print('real-lttng: the build reported %d distinct errors' % len(errors))
    for e in errors[:10]:
        print('  ' + e)

    subprocess.run([args.tool, 'compdb', os.path.join(tree, 'gcc_commands.json'),
                    '-o', os.path.join(tree, 'compile_commands.json')], check=True)
    probes_dir = os.path.join(tree, 'src', 'probes')
    probes = sorted(os.path.join(probes_dir, f[:-2] + '.c') for f in os.listdir(probes_dir)
                    if f.startswith('lttng-probe-') and f.endswith('.o'))
    r = subprocess.run([args.tool, 'model', '-p', tree] + probes,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    failures, total = [], 0
    seen = set()
    for line in r.stdout.splitlines():
        d = json.loads(line)
        name = os.path.basename(d['file'])
        seen.add(d['file'])
        expected = event_descriptors(d['file'][:-2] + '.o')
        lttng = [x for x in d['definitions']
                 if x['side'] == 'lttng' and x['shape'] in ('event', 'instance')]
        got = [x.get('map') or x['name'] for x in lttng]
        total += len(expected)
        if d['errors']:
            failures.append('%s: clang reported %d errors' % (name, d['errors']))
        if sorted(got) != sorted(expected):
            failures.append('%s: model %d events, object %d; missing %s; extra %s' % (
                name, len(got), len(expected), sorted(expected - set(got))[:6],
                sorted(set(got) - expected)[:6]))
        for x in d['definitions']:
            for p in x['problems']:
                if not p['informational']:
                    failures.append('%s: %s: %s' % (name, p['location'], p['message']))
    for p in probes:
        if p not in seen:
            failures.append('%s: no model output' % os.path.basename(p))
    print('real-lttng: %d probe objects built, %d events in their descriptors' % (len(probes), total))
    for f in failures:
        print('FAIL ' + f)
    if len(probes) < args.min_probes:
        print('FAIL only %d probes were built' % len(probes))
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
