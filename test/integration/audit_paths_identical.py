#!/usr/bin/env python3
"""The audit's two ways of running the checks give the same findings and
fixes, byte for byte, on real Linux 6.1 units.

`lttng-tidy audit` checks each unit in a worker of its own (the checks and
the clang-tidy library linked into lttng-tidy, with the function bodies no
check reads skipped); `--clang-tidy --plugin=...` runs clang-tidy-19 with
the plugin instead, as every clang-tidy user does. Over a sample of the
prepared 6.1 allmodconfig units (scripts/prepare-kernel.sh), with Debian's
LTTng-modules tree and without it, the two JSON reports must be equal once
the timings are left out, and the two exported-fixes files equal byte for
byte. (The lit test tool/audit-in-process.test also compares a parse of
every body, --keep-bodies, on hand-written headers.) The in-process
worker reads net-traces.c's five probes on a precompiled header of their
common leading lines (checks/ProbePrefixes.h), and the test requires that
it did.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

from prepared_kernel import prepared_kernel

# Units whose headers LTTng mirrors (each also reads its LTTng probes), and
# units of drivers, file systems and the network stack; the rest of the
# sample is taken evenly from the whole build.
CHOSEN = ['kernel/sched/core.c', 'kernel/softirq.c', 'kernel/time/timer.c',
          'mm/vmscan.c', 'net/core/net-traces.c', 'fs/nfs/nfstrace.c',
          'drivers/usb/host/xhci-trace.c', 'drivers/ras/ras.c',
          # Three readers of LTTng's block probe, with their own directories
          # and modules: in the audit they share one read of it (the third
          # starts after one of the first two is done, whatever -j says).
          'block/blk-core.c', 'block/kyber-iosched.c', 'drivers/nvme/host/core.c']
EVENLY = 8


def run(cmd):
    print('+', ' '.join(cmd), flush=True)
    return subprocess.run(cmd).returncode


def without_timings(report):
    for unit in report['units']:
        for key in ('seconds', 'peak_memory_kib', 'cached'):
            unit.pop(key, None)
    for key in ('wall_seconds', 'seconds', 'cpu_seconds'):
        report.pop(key, None)
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--root', required=True, help='the lttng-tidy checkout')
    ap.add_argument('--tool', required=True)
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--clang-tidy', required=True)
    ap.add_argument('--lttng', required=True)
    ap.add_argument('--out', required=True, help="this test's work directory")
    args = ap.parse_args()

    build = prepared_kernel(args.root)
    if build is None:
        return 1
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    with open(os.path.join(build, 'compile_commands.json')) as f:
        database = json.load(f)
    with open(os.path.join(build, 'lttng-tidy-trace-objects.txt')) as f:
        objects = f.read().split()
    units = sorted({o[:-2] + '.c' for o in objects})
    sample = [u for u in units if u in CHOSEN]
    step = max(1, len(units) // EVENLY)
    sample += [u for u in units[::step] if u not in sample]
    entries = [e for e in database
               if any(e['file'].endswith('/' + u) for u in sample)]
    print(f'{len(entries)} units: {", ".join(sorted(sample))}')
    failures = []
    if len(entries) < len(CHOSEN):
        failures.append(f'only {len(entries)} units of the sample are in the database')
    db_dir = os.path.join(args.out, 'db')
    os.makedirs(db_dir)
    with open(os.path.join(db_dir, 'compile_commands.json'), 'w') as f:
        json.dump(entries, f, indent=1)

    def audit(name, extra):
        report = os.path.join(args.out, name + '.json')
        fixes = os.path.join(args.out, name + '.yaml')
        status = run([args.tool, 'audit', '-p', db_dir, '--no-cache', '--quiet',
                      '-j', str(os.cpu_count() or 1), '--format=json',
                      '-o', report, '--export-fixes=' + fixes] + extra)
        with open(report) as f:
            loaded = without_timings(json.load(f))
        with open(fixes, 'rb') as f:
            return status, loaded, f.read()

    for tree in (['--lttng=' + args.lttng], []):
        label = 'with the LTTng tree' if tree else 'without a tree'
        runs = {
            'in-process': audit('in-process' + ('-tree' if tree else ''), tree),
            'clang-tidy-19 with the plugin': audit(
                'clang-tidy' + ('-tree' if tree else ''),
                tree + ['--clang-tidy=' + args.clang_tidy, '--plugin=' + args.plugin]),
        }
        reference_name = 'clang-tidy-19 with the plugin'
        status, report, fixes = runs[reference_name]
        errors = [u for u in report['units'] if 'error' in u]
        print(f'{label}: {reference_name}: exit {status}, '
              f'{len(report["findings"])} findings, '
              f'{fixes.count(b"DiagnosticName:")} exported diagnostics, '
              f'{len(errors)} units with errors')
        if status == 2:
            failures.append(f'{label}: {reference_name} exited 2')
        if not report['findings']:
            failures.append(f'{label}: no findings at all: nothing was compared')
        for name, (other_status, other_report, other_fixes) in runs.items():
            if name == reference_name:
                continue
            same_report = other_report == report
            same_fixes = other_fixes == fixes
            print(f'{label}: {name}: exit {other_status}, report '
                  f'{"identical" if same_report else "DIFFERENT"}, fixes '
                  f'{"identical" if same_fixes else "DIFFERENT"}')
            if other_status != status:
                failures.append(f'{label}: {name} exited {other_status}, '
                                f'{reference_name} {status}')
            if not same_report:
                failures.append(f'{label}: {name}: the report differs (see '
                                f'{args.out}/*.json)')
            if not same_fixes:
                failures.append(f'{label}: {name}: the exported fixes differ')

    # The comparison above means something for the reads on a precompiled
    # prefix only if some were made: net-traces.c parses five probes.
    traced = next(e for e in entries if e['file'].endswith('/net/core/net-traces.c'))
    cmd = [args.tool, 'audit-unit', '-p', db_dir, '--checks=-*,lttng-*',
           '--config={CheckOptions: {LttngModulesDir: \'%s\'}}' % args.lttng,
           os.path.join(traced['directory'], traced['file'])]
    print('+ LTTNG_TIDY_TRACE_PROBE_PREFIXES=1', ' '.join(cmd), flush=True)
    trace = subprocess.run(cmd, capture_output=True, text=True,
                           env=dict(os.environ, LTTNG_TIDY_TRACE_PROBE_PREFIXES='1'))
    on_prefix = [l for l in trace.stderr.splitlines()
                 if l.startswith('lttng-tidy: read ') and l.endswith(' on its precompiled prefix')]
    print(f'net-traces.c: {len(on_prefix)} probes read on a precompiled prefix')
    if len(on_prefix) < 4:
        failures.append('net-traces.c read fewer than four probes on a precompiled '
                        'prefix:\n' + trace.stderr[-2000:])

    for f in failures:
        print('FAIL:', f)
    print('PASS' if not failures else f'{len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
