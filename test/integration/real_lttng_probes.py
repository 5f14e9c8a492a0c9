#!/usr/bin/env python3
"""Real-data test: the model's LTTng side over Debian's LTTng-modules, and
the hrtimer_start case end to end.

Builds the lttng-modules-dkms source (2.13.9) the way a user or DKMS does
(`make KERNELDIR=...` against Debian's linux-headers, GCC), recording the
compile database with bear; `make -k` goes on past the probes that do not
build. For every probe object that was built, the model of its translation
unit (kernel header plus mirror) must list exactly the events whose
descriptors (`__event_desc___<event>`) the object holds, with no problem.

Then the case that must work first: the build fails with "conflicting
types for 'trace_hrtimer_start'" (a 6.1 stable update added a parameter);
lttng-proto-mismatch, run with run-clang-tidy-19 over the recorded probes,
must name hrtimer_start with the kernel definition as a note, and once
clang-apply-replacements has applied its exported fix the same build must
complete with zero errors.
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
    ap.add_argument('--plugin', required=True)
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
    if failures:
        return 1
    # Historic drift from LTTng-modules' history, on copies of this build.
    historic = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                                                            'historic_mismatches.py'),
                               '--tree', tree, '--plugin', args.plugin,
                               '--out', os.path.join(out, 'historic'), '-j', str(args.j)])
    if historic.returncode:
        print('FAIL historic mismatches')
        return 1
    return hrtimer_end_to_end(args, tree, out, build.stdout)


def tree_digest(directory):
    """One hash over the names and contents of the files under DIRECTORY."""
    import hashlib
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(directory)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            h.update(path.encode() + b'\0')
            with open(path, 'rb') as f:
                h.update(f.read())
    return h.hexdigest()


def rebuild(args, tree, log):
    """`make -k` the LTTng tree again; the build's error lines (compiler and
    modpost), with the make status. The output goes to LOG."""
    r = subprocess.run(['make', '-k', '-j%d' % args.j, 'KERNELDIR=' + args.kdir],
                       cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(log, 'w') as f:
        f.write(r.stdout)
    errors = [l for l in r.stdout.splitlines() if ': error: ' in l or l.startswith('ERROR:')]
    return r.returncode, errors


def run_proto_check(args, tree, fixes, check='lttng-proto-mismatch'):
    with open(os.path.join(tree, 'compile_commands.json')) as f:
        units = sorted({e['file'] for e in json.load(f)
                        if re.search(r'/src/probes/lttng-probe-[^/]*\.c$', e['file'])})
    cmd = ['run-clang-tidy-19', '-clang-tidy-binary', shutil.which('clang-tidy-19'),
           '-load', args.plugin, '-checks=-*,' + check,
           '-header-filter=.*/(instrumentation|trace)/events/.*', '-p', tree, '-quiet',
           '-j', str(args.j)]
    if fixes:
        cmd += ['-export-fixes', fixes]
    r = subprocess.run(cmd + ['^' + re.escape(u) + '$' for u in units],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return r.stdout, units


def hrtimer_end_to_end(args, tree, out, build_log):
    failures = []
    if "conflicting types for ‘trace_hrtimer_start’" not in build_log and \
            "conflicting types for 'trace_hrtimer_start'" not in build_log:
        print('FAIL the unfixed build did not stop on trace_hrtimer_start')
        return 1
    print('real-lttng: the unfixed build stops on trace_hrtimer_start, as expected')
    fixes = os.path.join(out, 'fixes', 'proto.yaml')
    os.makedirs(os.path.dirname(fixes), exist_ok=True)
    report, units = run_proto_check(args, tree, fixes)
    with open(os.path.join(out, 'proto-mismatch.out'), 'w') as f:
        f.write(report)
    warnings = sorted(set(re.findall(r'^(\S+: warning: .*)$', report, re.M)))
    expected = re.compile(r"instrumentation/events/timer\.h:\d+:1: warning: LTTng mirror of "
                          r"'hrtimer_start' does not match the kernel's prototype \('bool "
                          r"was_armed' added\): the mirror has TP_PROTO\(struct hrtimer \*hrtimer, "
                          r"enum hrtimer_mode mode\), the kernel TP_PROTO\(struct hrtimer \*hrtimer, "
                          r"enum hrtimer_mode mode, bool was_armed\) \[lttng-proto-mismatch\]")
    if not any(expected.search(w) for w in warnings):
        failures.append('no hrtimer_start finding in %d units' % len(units))
    if not re.search(r"trace/events/timer\.h:\d+:1: note: kernel tracepoint 'hrtimer_start' "
                     r"is defined here", report):
        failures.append('no note at the kernel definition of hrtimer_start')
    others = [w for w in warnings if not expected.search(w)]
    for w in others:
        failures.append('unexpected finding: ' + w)
    print('real-lttng: lttng-proto-mismatch over %d probe units: %d findings'
          % (len(units), len(warnings)))
    if failures:
        for f in failures:
            print('FAIL ' + f)
        return 1

    r = subprocess.run(['clang-apply-replacements-19', os.path.dirname(fixes)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        print('FAIL clang-apply-replacements: ' + r.stdout)
        return 1
    status, errors = rebuild(args, tree, os.path.join(out, 'rebuild.log'))
    if status or errors:
        print('FAIL the fixed build still fails (%d): %s' % (status, errors[:5]))
        return 1
    if not os.path.exists(os.path.join(tree, 'src', 'probes', 'lttng-probe-timer.o')):
        print('FAIL lttng-probe-timer.o was not built')
        return 1
    print('real-lttng: after the fix, the LTTng-modules build completes with zero errors')
    again, _ = run_proto_check(args, tree, None)
    if ': warning: ' in again:
        print('FAIL the check still fires after its fix:\n' + again)
        return 1
    print('real-lttng: re-running the check on the fixed tree finds nothing')
    return missing_mirrors_end_to_end(args, tree, out)


def missing_mirrors_end_to_end(args, tree, out):
    """Every kernel tracepoint the built probes' headers define but their
    mirrors lack gets generated LTTng code; applied, the build still
    completes with zero errors, and a second run finds nothing missing."""
    fixes = os.path.join(out, 'fixes-missing', 'missing.yaml')
    os.makedirs(os.path.dirname(fixes), exist_ok=True)
    report, units = run_proto_check(args, tree, fixes, 'lttng-missing-mirror')
    with open(os.path.join(out, 'missing-mirror.out'), 'w') as f:
        f.write(report)
    missing = len(set(re.findall(r"warning: kernel tracepoint '(\w+)' has no LTTng mirror",
                                 report)))
    notes = len(set(re.findall(r'note: (field .*)$', report, re.M)))
    print('real-lttng: lttng-missing-mirror over %d probe units: %d tracepoints '
          'without a mirror, %d fields not translated (notes)' % (len(units), missing, notes))
    if missing == 0:
        print('FAIL no missing mirror found; the test lost its point')
        return 1
    with open(fixes) as f:
        code_forms = len(re.findall(r'LTTNG_TRACEPOINT_EVENT_\w*CODE\w*\(', f.read()))
    print('real-lttng: the inserted mirrors hold %d _CODE definitions' % code_forms)
    r = subprocess.run(['clang-apply-replacements-19', os.path.dirname(fixes)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        print('FAIL clang-apply-replacements: ' + r.stdout)
        return 1
    status, errors = rebuild(args, tree, os.path.join(out, 'rebuild-generated.log'))
    if status or errors:
        print('FAIL the build with generated mirrors fails (%d): %s'
              % (status, errors[:5]))
        return 1
    print('real-lttng: with the generated mirrors, the LTTng-modules build '
          'completes with zero errors')
    # Applying twice changes nothing: the checks run again on the fixed tree
    # export no replacement, and applying that export leaves every mirror
    # byte-identical (a stale YAML is not re-applied: see
    # docs/checks/lttng-missing-mirror.md).
    mirrors = os.path.join(tree, 'include', 'instrumentation', 'events')
    before = tree_digest(mirrors)
    fixes2 = os.path.join(out, 'fixes-missing-again', 'missing.yaml')
    os.makedirs(os.path.dirname(fixes2), exist_ok=True)
    again, _ = run_proto_check(args, tree, fixes2, 'lttng-missing-mirror')
    if ': warning: ' in again:
        print('FAIL tracepoints still missing after the fix:\n' + again[:2000])
        return 1
    exported = ''.join(open(os.path.join(os.path.dirname(fixes2), f)).read()
                       for f in os.listdir(os.path.dirname(fixes2)))
    if 'ReplacementText' in exported:
        print('FAIL the second run exports replacements')
        return 1
    r = subprocess.run(['clang-apply-replacements-19', os.path.dirname(fixes2)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or tree_digest(mirrors) != before:
        print('FAIL applying the second export changed the mirrors: ' + r.stdout)
        return 1
    print('real-lttng: a second run finds no missing mirror, exports no fix, and '
          'applying it changes no byte')
    return generate_new_subsystems(args, tree, out)


# Subsystems LTTng-modules 2.13.9 does not mirror, across fs, net, mm, block
# and drivers; several define their events through wrapper macros.
NEW_SUBSYSTEMS = ['filelock', 'filemap', 'fscache', 'netfs', 'tcp', 'neigh',
                  'qdisc', 'xdp', 'page_pool', 'fib', 'devlink', 'oom', 'cma',
                  'mmap_lock', 'page_ref', 'thp', 'migrate', 'kyber', 'nbd',
                  'spi', 'mmc', 'rtc', 'pwm', 'thermal', 'watchdog', 'devfreq',
                  'iommu', 'alarmtimer', 'cgroup', 'tlb', 'ipi']
# ipi_raise records a cpumask through __bitmask: the bitfield form must
# build (thermal's __bitmask event needs CONFIG_CPU_THERMAL, unset here).


def generate_new_subsystems(args, tree, out):
    """`lttng-tidy generate` writes a mirror, a probe and a Kbuild line for
    subsystems with no mirror at all; the LTTng build then compiles and
    links every one of those probes with zero errors."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import real_headers  # the same kernel units as the real-headers test
    units = os.path.join(out, 'kernel-units')
    os.makedirs(units, exist_ok=True)
    real_headers.write_defining_units(args.kdir, NEW_SUBSYSTEMS, units)
    subprocess.run(['bear', '--output', os.path.join(units, 'gcc_commands.json'), '--',
                    'make', '-s', '-k', '-C', args.kdir, 'M=' + units, '-j%d' % args.j]
                   + ['tp_%s.o' % h for h in NEW_SUBSYSTEMS],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([args.tool, 'compdb', os.path.join(units, 'gcc_commands.json'),
                    '-o', os.path.join(units, 'compile_commands.json')], check=True,
                   stderr=subprocess.DEVNULL)
    files = [os.path.join(units, 'tp_%s.c' % h) for h in NEW_SUBSYSTEMS]
    gen = subprocess.run([args.tool, 'generate', '--lttng=' + tree, '-p', units] + files,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(os.path.join(out, 'generate.log'), 'w') as f:
        f.write(gen.stdout)
    made = re.findall(r'lttng-tidy generate: (\w+): (\d+) tracepoints from \S+, (\d+) notes',
                      gen.stdout)
    if gen.returncode or len(made) != len(NEW_SUBSYSTEMS):
        print('FAIL lttng-tidy generate (%d) made %d of %d subsystems:\n%s'
              % (gen.returncode, len(made), len(NEW_SUBSYSTEMS), gen.stdout[-3000:]))
        return 1
    tracepoints = sum(int(m[1]) for m in made)
    notes = sum(int(m[2]) for m in made)
    print('real-lttng: lttng-tidy generate: %d subsystems, %d tracepoints, %d fields '
          'or events not translated (notes, in generate.log)' % (len(made), tracepoints, notes))
    counts = translation_counts(gen.stdout)
    if sorted(counts) != sorted(m[0] for m in made):
        print('FAIL no translation counts for %s' % sorted(set(m[0] for m in made) - set(counts)))
        return 1
    status, errors = rebuild(args, tree, os.path.join(out, 'rebuild-new-subsystems.log'))
    missing = [m[0] for m in made if not os.path.exists(
        os.path.join(tree, 'src', 'probes', 'lttng-probe-%s.ko' % m[0]))]
    if status or errors or missing:
        print('FAIL the new probes do not all build (%d): %s; not built: %s'
              % (status, errors[:5], missing))
        return 1
    print('real-lttng: the %d generated probes build and link with zero errors' % len(made))
    with open(os.path.join(tree, 'include', 'instrumentation', 'events', 'ipi.h')) as f:
        if 'ctf_sequence_bitfield(unsigned long, target_cpus' not in f.read():
            print('FAIL ipi_raise\'s cpumask was not generated as a bitfield')
            return 1
    code = sum(c[1] for c in counts.values())
    if code < MIN_CODE_EVENTS:
        print('FAIL only %d tracepoints generated with _CODE (at least %d expected)'
              % (code, MIN_CODE_EVENTS))
        return 1
    print('real-lttng: %d of them with the _CODE form, all built' % code)
    return 0


# Tracepoints of the new subsystems generated with _CODE that must build, at
# the least (16 on 2026-11-26).
MIN_CODE_EVENTS = 14


def note_reason(note):
    """A note without the names of its field and event, for grouping."""
    note = re.sub(r"^field '\w+' of '\w+': ", '', note)
    note = re.sub(r"^TP_fast_assign of '\w+' ", 'TP_fast_assign ', note)
    note = re.sub(r"^'\w+' is a bare", 'a bare', note)
    return re.sub(r"reads '\w+'", "reads 'NAME'", note)


def translation_counts(log):
    """Per subsystem, from `lttng-tidy generate`'s standard error: the
    tracepoints generated with plain ctf_* fields, with _CODE, and not fully
    translated; printed with the notes' reasons, grouped."""
    counts = {m.group(1): (int(m.group(2)), int(m.group(3)), int(m.group(4)))
              for m in re.finditer(r'^lttng-tidy generate: (\w+): tracepoints: (\d+) plain, '
                                   r'(\d+) _CODE, (\d+) not fully translated$', log, re.M)}
    reasons = {}
    for m in re.finditer(r'^note: (.*)$', log, re.M):
        reason = note_reason(m.group(1))
        reasons[reason] = reasons.get(reason, 0) + 1
    print('real-lttng: generated tracepoints per subsystem (plain / _CODE / not fully translated):')
    for name in sorted(counts):
        print('  %-12s %4d %4d %4d' % ((name,) + counts[name]))
    totals = tuple(sum(c[i] for c in counts.values()) for i in range(3))
    print('  %-12s %4d %4d %4d' % (('total',) + totals))
    print('real-lttng: notes by reason:')
    for reason, n in sorted(reasons.items(), key=lambda r: (-r[1], r[0])):
        print('  %4d  %s' % (n, reason))
    return counts


if __name__ == '__main__':
    sys.exit(main())
