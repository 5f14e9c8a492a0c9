#!/usr/bin/env python3
"""Integration test: driver-local trace headers of the Linux 6.1 tree
(drivers/.../trace.h with TRACE_INCLUDE_PATH .) in the whole-kernel audit
and in `lttng-tidy generate`, on the allmodconfig build that
scripts/prepare-kernel.sh keeps in the cache.

For the CREATE_TRACE_POINTS units of xhci, ath10k, i915 and amdgpu:
- `lttng-tidy audit` (JSON) reports every tracepoint of each driver's
  header as missing a mirror, at that header, worded as the kernel's (the
  header lies in the kernel tree, unlike a module's);
- `lttng-tidy generate` writes each probe, which includes the header from
  the kernel's include/ as <../drivers/...> with no Kbuild -I line, and
  names it after an identifier (xhci-hcd becomes xhci_hcd);
- each probe, read by clang-tidy-19 with the plugin and its unit's flags
  plus LTTng's include directories, compiles and agrees with the header
  (no lttng-proto-mismatch, -missing-mirror or -stale-mirror finding);
  amdgpu's too, whose header #undefs AMDGPU_JOB_GET_TIMELINE_NAME at its
  end: the mirror holds what the macro expands to, not its name.

Usage: kernel_driver_local.py --root ROOT --tool TOOL --plugin PLUGIN
       --lttng LTTNG_SOURCE --out DIR [--kernel-build DIR]
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

from prepared_kernel import prepared_kernel

# unit (relative to the source tree) -> its driver-local trace header
UNITS = {
    'drivers/usb/host/xhci-trace.c': 'drivers/usb/host/xhci-trace.h',
    'drivers/net/wireless/ath/ath10k/trace.c': 'drivers/net/wireless/ath/ath10k/trace.h',
    'drivers/gpu/drm/i915/i915_trace_points.c': 'drivers/gpu/drm/i915/i915_trace.h',
    'drivers/gpu/drm/amd/amdgpu/amdgpu_trace_points.c':
        'drivers/gpu/drm/amd/amdgpu/amdgpu_trace.h',
}


def run(cmd, **kw):
    return subprocess.run(cmd, text=True, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, **kw)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--root', required=True)
    ap.add_argument('--tool', required=True)
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--lttng', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--kernel-build')
    ap.add_argument('--clang-tidy', default='clang-tidy-19')
    args = ap.parse_args()
    args.tool, args.plugin = map(os.path.abspath, (args.tool, args.plugin))

    build = prepared_kernel(args.root, args.kernel_build)
    if build is None:
        return 1

    shutil.rmtree(args.out, ignore_errors=True)
    db_dir = os.path.join(args.out, 'db')
    os.makedirs(db_dir)
    with open(os.path.join(build, 'compile_commands.json')) as f:
        entries = json.load(f)
    chosen = {}
    for e in entries:
        for unit in UNITS:
            if e['file'].endswith('/' + unit):
                chosen[unit] = e
    failures = []
    if len(chosen) != len(UNITS):
        print('FAIL: units not in the build: ' +
              ', '.join(sorted(set(UNITS) - set(chosen))))
        return 1
    with open(os.path.join(db_dir, 'compile_commands.json'), 'w') as f:
        json.dump(list(chosen.values()), f, indent=1)
    source = chosen[next(iter(UNITS))]['file'][:-len(next(iter(UNITS)))]
    lttng = os.path.join(args.out, 'lttng-modules')
    shutil.copytree(args.lttng, lttng, symlinks=True)

    # 1. The audit: every tracepoint of each header, missing, the kernel's.
    report = os.path.join(args.out, 'audit.json')
    proc = run([args.tool, 'audit', '-p', db_dir, '--lttng=' + lttng,
                '--no-cache', '--quiet',
                '--format=json', '-o', report])
    if proc.returncode != 1:
        failures.append(f'audit exit status {proc.returncode}, expected 1: '
                        f'{proc.stdout[-800:]}')
    with open(report) as f:
        audit = json.load(f)
    for u in audit['units']:
        if 'error' in u:
            failures.append(f'unit not analysed: {u["file"]}: {u["error"]}')
    for unit, header in UNITS.items():
        path = source + header
        defined = {t['name'] for t in audit['tracepoints']
                   if t['side'] == 'kernel' and t['defines_tracepoint'] and
                   t['header'] == path and t['kind'] != 'DECLARE_TRACE'}
        missing = [f for f in audit['findings']
                   if f['check'] == 'lttng-missing-mirror' and f['file'] == path]
        kernel_worded = {m.group(1) for f in missing for m in [re.match(
            r"kernel tracepoint '(\w+)' has no LTTng mirror: no probe of the "
            r"LTTng-modules tree mirrors its header$", f['message'])] if m}
        print(f'{header}: {len(defined)} tracepoints, {len(missing)} '
              f'missing-mirror findings, {len(kernel_worded)} worded as the kernel\'s')
        if not defined or kernel_worded != defined or len(missing) != len(defined):
            failures.append(f'{header}: findings {sorted(f["message"] for f in missing)[:3]} '
                            f'for tracepoints {sorted(defined)[:3]}')

    # 2. generate, one unit at a time.
    for unit, header in UNITS.items():
        proc = run([args.tool, 'generate', '--lttng=' + lttng, '-p', db_dir,
                    source + unit])
        m = re.search(r'^lttng-tidy generate: (\w+): (\d+) tracepoints from (\S+),',
                      proc.stdout, re.M)
        print(f'{unit}: ' + (m.group(0) if m else 'no report'))
        if proc.returncode != 0 or not m:
            failures.append(f'generate {unit}: exit {proc.returncode}: {proc.stdout[-800:]}')
            continue
        system = m.group(1)
        if m.group(3) != '../' + header:
            failures.append(f'{unit}: generated from {m.group(3)}, expected ../{header}')
        if "not the kernel's" in proc.stdout:
            failures.append(f'{unit}: the header taken for a module\'s')
        probe = os.path.join(lttng, 'src', 'probes', f'lttng-probe-{system}.c')
        with open(probe) as f:
            text = f.read()
        if f'#include <../{header}>' not in text:
            failures.append(f'{probe}: no #include <../{header}>')
        # 3. The probe, read with its unit's flags and LTTng's includes.
        entry = chosen[unit]
        cmd = entry.get('arguments') or shlex.split(entry['command'])
        flags = [a for a in cmd[1:] if a != entry['file'] and a != '-c' and
                 not a.startswith('-Wp,-MMD')]
        if '-o' in flags:
            i = flags.index('-o')
            del flags[i:i + 2]
        proc = run([args.clang_tidy, '--load=' + args.plugin,
                    '-checks=-*,lttng-proto-mismatch,lttng-missing-mirror,lttng-stale-mirror',
                    '-header-filter=.*', probe, '--'] + flags +
                   ['-I' + os.path.join(lttng, 'include'), '-I' + lttng],
                   cwd=entry['directory'])
        problems = [l for l in proc.stdout.splitlines()
                    if re.search(r': (warning|error): ', l)]
        print(f'{probe}: clang-tidy exit {proc.returncode}, {len(problems)} findings')
        if proc.returncode != 0 or problems:
            failures.append(f'{probe}: ' + '; '.join(problems[:3] or [proc.stdout[-500:]]))
    # Only obj- lines were added to the probes' Kbuild: no -I line.
    with open(os.path.join(args.lttng, 'src', 'probes', 'Kbuild')) as f:
        before = f.read()
    with open(os.path.join(lttng, 'src', 'probes', 'Kbuild')) as f:
        added = f.read()[len(before):].splitlines()
    if len(added) != len(UNITS) or not all(l.startswith('obj-') for l in added):
        failures.append(f'Kbuild lines added: {added}')

    for f in failures:
        print('FAIL:', f)
    print('PASS' if not failures else f'{len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
