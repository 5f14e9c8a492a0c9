#!/usr/bin/env python3
"""Benchmark (not a timed test) of the generator on real kernel units.

For each subsystem below, mirrored by LTTng-modules or not, a kernel unit
defines its tracepoints (CREATE_TRACE_POINTS, as the integration tests
write them) and is built once with kbuild under bear; `lttng-tidy compdb`
rewrites the compile database for clang. Then, per unit, the best of
--repeat runs of:

  baseline   clang-19 -fsyntax-only with the unit's own compile command
  generate   lttng-tidy generate --json --include-mirrored (parse, model,
             types, and the generated mirror of every definition)

and the ratio generate / baseline. Both run in the same invocation, on the
same machine, one after the other.

  scripts/bench-generation.py --kdir /usr/src/linux-headers-6.1.0-50-amd64 \\
      --lttng ~/.cache/lttng-tidy/lttng-modules/usr/src/lttng-modules-2.13.9 \\
      --tool build/tool/lttng-tidy --out /tmp/bench-generation
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..', 'test', 'integration'))
import real_headers  # noqa: E402  the units' common includes

MIRRORED = ['sched', 'irq', 'timer', 'block', 'net', 'signal']
UNMIRRORED = ['tcp', 'thermal', 'filemap', 'oom', 'spi', 'qdisc', 'cgroup']


def best_of(n, cmd, cwd):
    best = None
    for _ in range(n):
        start = time.perf_counter()
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        took = time.perf_counter() - start
        if r.returncode:
            return None
        best = took if best is None else min(best, took)
    return best


def syntax_only(entry):
    """The unit's compile command as clang-19 -fsyntax-only."""
    args = entry.get('arguments') or shlex.split(entry['command'])
    out, skip = ['clang-19'], False
    for a in args[1:]:
        if skip:
            skip = False
        elif a == '-o':
            skip = True
        elif a != '-c' and not a.startswith('-o'):
            out.append(a)
    return out + ['-fsyntax-only', '-w']


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kdir', required=True)
    ap.add_argument('--lttng', required=True)
    ap.add_argument('--tool', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('-j', type=int, default=os.cpu_count())
    args = ap.parse_args()

    args.tool = os.path.abspath(args.tool)  # the units run from kbuild's directory
    units = os.path.abspath(args.out)
    os.makedirs(units, exist_ok=True)
    names = MIRRORED + UNMIRRORED
    real_headers.write_defining_units(args.kdir, names, units)
    print('bench: building %d units with kbuild (bear records the commands)' % len(names),
          flush=True)
    subprocess.run(['bear', '--output', os.path.join(units, 'gcc_commands.json'), '--',
                    'make', '-s', '-k', '-C', args.kdir, 'M=' + units, '-j%d' % args.j]
                   + ['tp_%s.o' % h for h in names],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([args.tool, 'compdb', os.path.join(units, 'gcc_commands.json'),
                    '-o', os.path.join(units, 'compile_commands.json')], check=True,
                   stderr=subprocess.DEVNULL)
    with open(os.path.join(units, 'compile_commands.json')) as f:
        by_file = {os.path.basename(e['file']): e for e in json.load(f)}

    print('%-11s %-10s %10s %10s %7s' % ('subsystem', 'mirrored', 'syntax s', 'generate s', 'ratio'))
    ratios = []
    for h in names:
        entry = by_file.get('tp_%s.c' % h)
        if not entry:
            print('%-11s no compile command (kbuild failed?)' % h)
            continue
        base = best_of(args.repeat, syntax_only(entry), entry['directory'])
        gen = best_of(args.repeat, [args.tool, 'generate', '--lttng=' + args.lttng, '--json',
                                    '--include-mirrored', '-p', units, entry['file']],
                      entry['directory'])
        if base is None or gen is None:
            print('%-11s failed (baseline %s, generate %s)' % (h, base, gen))
            continue
        ratios.append(gen / base)
        print('%-11s %-10s %10.2f %10.2f %7.2f' % (h, 'yes' if h in MIRRORED else 'no',
                                                  base, gen, gen / base), flush=True)
    if ratios:
        ratios.sort()
        print('median ratio %.2f, max %.2f over %d units'
              % (ratios[len(ratios) // 2], ratios[-1], len(ratios)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
