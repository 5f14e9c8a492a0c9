#!/usr/bin/env python3
"""The whole-kernel audit on Debian's linux-source of one series (6.1 by
default, `--series 6.12` for the other one the project supports).

Prepares an x86-64 `make LLVM=1 allmodconfig` build of the tracepoint-defining
objects (scripts/prepare-kernel.sh), runs `lttng-tidy audit` over its compile
database with Debian's LTTng-modules tree, and checks that the audit reports
every tracepoint the build defines: each `__tracepoint_<name>` symbol of the
compiled objects must be among the audit's kernel tracepoints. Then the
cached re-run must take every unit from the cache and report the same, and
the SARIF and exported-fixes outputs must carry the same findings.

The audit reads a copy of the LTTng-modules tree, so that its exported
fixes can be applied: clang-apply-replacements-19 must apply the whole
tree's fixes with no conflict, touching nothing outside the copy, and the
audit of the fixed tree must propose no replacement.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

from prepared_kernel import prepared_kernel
import time


def run(cmd, **kw):
    print('+', ' '.join(cmd), flush=True)
    return subprocess.run(cmd, **kw)


def defined_tracepoints(build, objects):
    """Names of the __tracepoint_* symbols the compiled objects define."""
    names = set()
    built = [o for o in objects if os.path.exists(os.path.join(build, o))]
    for start in range(0, len(built), 50):
        chunk = [os.path.join(build, o) for o in built[start:start + 50]]
        out = subprocess.run(['llvm-nm-19', '--defined-only'] + chunk,
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            m = re.match(r'^[0-9a-f]+ [A-Za-z] __tracepoint_(\w+)$', line)
            if m:
                names.add(m.group(1))
    return built, names


def audit(args, build, cache, fmt, output, extra=()):
    cmd = [args.tool, 'audit', '-p', build, '--lttng=' + args.lttng_copy,
           '--cache-dir=' + cache, '--quiet',
           '--format=' + fmt, '-o', output] + list(extra)
    start = time.monotonic()
    proc = run(cmd)
    return proc.returncode, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--root', required=True, help='the lttng-tidy checkout')
    ap.add_argument('--tool', required=True)
    ap.add_argument('--lttng', required=True)
    ap.add_argument('--out', required=True, help='this test\'s work directory')
    ap.add_argument('--kernel-build', help='default: prepare-kernel.sh\'s')
    ap.add_argument('--series', default='6.1',
                    help='the linux-source-SERIES package to prepare (default 6.1)')
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    build = prepared_kernel(args.root, args.kernel_build, args.series)
    if build is None:
        return 1

    with open(os.path.join(build, 'lttng-tidy-trace-objects.txt')) as f:
        objects = f.read().split()
    built, symbols = defined_tracepoints(build, objects)
    print(f'{len(built)} of {len(objects)} CREATE_TRACE_POINTS objects built, '
          f'{len(symbols)} __tracepoint_* symbols')
    failures = []
    # The floors keep the comparison from passing on an empty build.
    if len(built) < 250 or len(symbols) < 4000:
        failures.append(f'too small a build: {len(built)} objects, '
                        f'{len(symbols)} tracepoints')

    args.lttng_copy = os.path.join(args.out, 'lttng-modules')
    shutil.rmtree(args.lttng_copy, ignore_errors=True)
    shutil.copytree(args.lttng, args.lttng_copy, symlinks=True)
    cache = os.path.join(args.out, 'cache')
    shutil.rmtree(cache, ignore_errors=True)
    report = os.path.join(args.out, 'audit.json')
    fixes_dir = os.path.join(args.out, 'fixes')
    shutil.rmtree(fixes_dir, ignore_errors=True)
    os.makedirs(fixes_dir)
    fixes = os.path.join(fixes_dir, 'all.yaml')
    status, seconds = audit(args, build, cache, 'json', report,
                            ['--export-fixes=' + fixes])
    print(f'audit: exit {status}, {seconds:.1f} s')
    if status != 1:
        failures.append(f'audit exit status {status}, expected 1 (findings, '
                        f'every unit analysed)')
    with open(report) as f:
        first = json.load(f)
    failed_units = [u for u in first['units'] if 'error' in u]
    for u in failed_units:
        failures.append(f'unit not analysed: {u["file"]}: {u["error"]}')

    kernel = {t['name'] for t in first['tracepoints']
              if t['side'] == 'kernel' and t['defines_tracepoint']}
    missing = sorted(symbols - kernel)
    systems = {t['system'] for t in first['tracepoints']
               if t['side'] == 'kernel' and t['defines_tracepoint']}
    first_by_check = {}
    for finding in first['findings']:
        first_by_check[finding['check']] = first_by_check.get(finding['check'], 0) + 1
    print(f'audit: {len(first["units"])} units, {len(kernel)} kernel '
          f'tracepoints in {len(systems)} systems, {len(first["findings"])} '
          f'findings {first_by_check}')
    print(f'symbols the audit missed: {len(missing)}; audit tracepoints with '
          f'no symbol: {len(kernel - symbols)}')
    for name in missing[:40]:
        print(f'  missed: {name}')
    if missing:
        failures.append(f'{len(missing)} defined tracepoints not reported')
    # The objects the audit read are the ones that were built.
    if len(first['units']) != len(built):
        failures.append(f'{len(first["units"])} units audited, '
                        f'{len(built)} objects built')

    # Every kernel tracepoint has a mirror status from the LTTng tree.
    statuses = {}
    for t in first['tracepoints']:
        if t['side'] == 'kernel' and t['defines_tracepoint']:
            statuses[t.get('mirror')] = statuses.get(t.get('mirror'), 0) + 1
    print(f'mirror status: {statuses}')
    if statuses.get('unknown') or not statuses.get('mirrored'):
        failures.append(f'mirror status not known for all: {statuses}')

    # Driver-local trace headers are the kernel's too: their missing
    # mirrors are reported in the kernel's words, and no header of the
    # tree is taken for a module's own.
    module_worded = [f for f in first['findings'] if "module's header" in f['message']]
    if module_worded:
        failures.append(f'{len(module_worded)} findings worded as a module\'s: '
                        f'{module_worded[0]["file"]}: {module_worded[0]["message"]}')
    for header in ('drivers/usb/host/xhci-trace.h', 'drivers/gpu/drm/i915/i915_trace.h',
                   'drivers/gpu/drm/amd/amdgpu/amdgpu_trace.h',
                   'drivers/net/wireless/ath/ath10k/trace.h'):
        if not any(f['check'] == 'lttng-missing-mirror' and f['file'].endswith('/' + header)
                   and f['message'].startswith('kernel tracepoint ')
                   for f in first['findings']):
            failures.append(f'no missing-mirror finding on {header}')

    # The cached re-run: every unit from the cache, the same report.
    sarif = os.path.join(args.out, 'audit.sarif')
    status2, seconds2 = audit(args, build, cache, 'sarif', sarif)
    report2 = os.path.join(args.out, 'audit-cached.json')
    status3, seconds3 = audit(args, build, cache, 'json', report2)
    print(f'cached re-runs: {seconds2:.1f} s (SARIF), {seconds3:.1f} s (JSON)')
    with open(report2) as f:
        again = json.load(f)
    if not all(u['cached'] for u in again['units']):
        failures.append('the unchanged re-run analysed units again')
    if (again['tracepoints'] != first['tracepoints'] or
            again['findings'] != first['findings'] or status3 != status):
        failures.append('the cached re-run reports differently')
    with open(sarif) as f:
        log = json.load(f)
    results = log['runs'][0]['results']
    if log['version'] != '2.1.0' or len(results) != len(first['findings']):
        failures.append(f'SARIF: version {log["version"]}, {len(results)} '
                        f'results for {len(first["findings"])} findings')
    with open(fixes) as f:
        exported = f.read().count('DiagnosticName:')
    if exported != len(first['findings']):
        failures.append(f'exported fixes hold {exported} diagnostics for '
                        f'{len(first["findings"])} findings')

    # The whole tree's fixes: applied with no conflict, only in the copy,
    # and the fixed tree's audit proposes nothing more.
    with open(fixes) as f:
        # A replacement's FilePath starts a list item; a message's does not.
        paths = set(re.findall(r"-\s+FilePath:\s+'([^']*)'", f.read()))
    outside = sorted(p for p in paths if p and not p.startswith(args.lttng_copy + '/'))
    if outside:
        failures.append(f'fixes outside the LTTng copy: {outside[:5]}')
    apply = run(['clang-apply-replacements-19', fixes_dir],
                capture_output=True, text=True)
    print(f'clang-apply-replacements-19: exit {apply.returncode}; '
          f'{len(paths)} files named in the fixes')
    if apply.returncode != 0 or 'onflict' in apply.stdout + apply.stderr:
        failures.append('applying the fixes failed: ' +
                        (apply.stdout + apply.stderr)[:800])
    again_dir = os.path.join(args.out, 'fixes-again')
    shutil.rmtree(again_dir, ignore_errors=True)
    os.makedirs(again_dir)
    report3 = os.path.join(args.out, 'audit-fixed.json')
    status4, seconds4 = audit(args, build, cache, 'json', report3,
                              ['--export-fixes=' + os.path.join(again_dir, 'all.yaml')])
    with open(report3) as f:
        fixed = json.load(f)
    with open(os.path.join(again_dir, 'all.yaml')) as f:
        replacements = f.read().count('ReplacementText:')
    by_check = {}
    for finding in fixed['findings']:
        by_check[finding['check']] = by_check.get(finding['check'], 0) + 1
    print(f'audit of the fixed tree: exit {status4}, {seconds4:.1f} s, '
          f'{replacements} replacements proposed, findings {by_check}')
    if status4 == 2 or [u for u in fixed['units'] if 'error' in u]:
        failures.append('the fixed tree could not be audited')
    if replacements:
        failures.append(f'the fixed tree still gets {replacements} replacements')
    # The fixes touched a few mirror headers: only the units whose probes
    # read them are analysed again, the others come from the cache.
    reread = sum(1 for u in fixed['units'] if not u['cached'])
    print(f'audit of the fixed tree: {reread} of {len(fixed["units"])} units '
          f'analysed again')
    if not 0 < reread < len(fixed['units']):
        failures.append(f'the fixed tree\'s audit analysed {reread} of '
                        f'{len(fixed["units"])} units again: expected those '
                        f'whose probes read a fixed mirror, and only those')

    for f in failures:
        print('FAIL:', f)
    print('PASS' if not failures else f'{len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
