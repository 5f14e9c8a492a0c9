#!/usr/bin/env python3
"""Historic mismatches: real drift from LTTng-modules' history, replayed.

Each case in historic/cases.json names an LTTng-modules fix commit for a
kernel change up to 6.1, and the plain-text edits that put the pre-fix form
of one mirror back into the 2.13.9 tree (typically an inverted version
guard, so that the old branch is the one active for the 6.1 kernel, or an
old type restored). For every case this script

  1. copies the already built LTTng-modules tree given by --tree (without
     objects) to --out/<case>/, and points the copy's compile_commands.json
     at the copy;
  2. applies the edits (each "find" string must occur exactly once);
  3. runs clang-tidy with our plugin on the probe that includes the mirror
     and requires a warning in that mirror file, naming the tracepoint in
     quotes, from the expected check;
  4. requires that the same finding (file, check, tracepoint) is absent
     when the unmodified tree is analysed, so that no case passes
     vacuously. The one exception is hrtimer_start's prototype mismatch,
     which the unmodified 2.13.9 tree has against Debian's 6.1 headers.

A case may also name the "field" the finding must quote (besides the
tracepoint), and, for a field source that no longer compiles (a member,
constant or helper the kernel dropped), the "clang_error" text that clang
reports in the mirror file once the edits are applied. The script checks
that error too, and that the unmodified tree does not have it, so that the
replay is known to break what it claims to break even while the finding is
missing.

--tree must have been built against the kernel headers with its compile
database rewritten for clang, for example:

  make -k KERNELDIR=/usr/src/linux-headers-6.1.0-50-amd64   (under bear)
  lttng-tidy compdb gcc_commands.json -o compile_commands.json

Exit status: 0 when every case passes, 1 otherwise.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

CHECKS = ('lttng-proto-mismatch', 'lttng-field-type-mismatch', 'lttng-stale-mirror')
MIN_CASES = 10
MIN_PER_CHECK = 3
# Present in the unmodified 2.13.9 tree against Debian's 6.1 headers (a 6.1
# stable update added a parameter): not a vacuous pass if a case names it.
KNOWN_IN_UNMODIFIED = {('lttng-proto-mismatch', 'hrtimer_start')}
COPY_IGNORE = shutil.ignore_patterns('*.o', '*.ko', '*.cmd', '*.o.d', '*.mod', '*.mod.c',
                                     '*.mod.o', 'modules.order', 'Module.symvers',
                                     '.tmp_versions')
WARNING = re.compile(r'^(?P<path>[^\s:][^:\n]*):(?P<line>\d+):(?P<col>\d+): warning: '
                     r'(?P<msg>[^\n]*) \[(?P<check>[\w.,-]+)\]$', re.M)
CRASH_MARKERS = ('PLEASE submit a bug report', 'Stack dump:', 'Segmentation fault')
REQUIRED_KEYS = ('name', 'commit_title', 'kernel_change', 'file', 'edits', 'probe',
                 'check', 'tracepoint')
# Optional: "commit" (the fix's full id), "kernel_version", "source_change"
# (what the kernel dropped or renamed), "note", and two that add checks:
# "field" (the finding must quote it too) and "clang_error" (see above).
OPTIONAL_KEYS = ('commit', 'kernel_version', 'source_change', 'note', 'field', 'clang_error')
CLANG_ERROR = re.compile(r'^(?P<path>[^\s:][^:\n]*):(?P<line>\d+):(?P<col>\d+): error: '
                         r'(?P<msg>[^\n]*?)(?: \[clang-diagnostic-error\])?$', re.M)


def load_cases(path):
    with open(path) as f:
        cases = json.load(f)
    problems = []
    names = set()
    for i, c in enumerate(cases):
        where = 'case %d (%s)' % (i, c.get('name', '?'))
        for k in REQUIRED_KEYS:
            if k not in c:
                problems.append('%s: missing "%s"' % (where, k))
        for k in sorted(set(c) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS)):
            problems.append('%s: unknown key "%s"' % (where, k))
        for k in OPTIONAL_KEYS:
            if k in c and (not isinstance(c[k], str) or not c[k].strip()):
                problems.append('%s: "%s" must be a non-empty string' % (where, k))
        if isinstance(c.get('commit'), str) and not re.fullmatch(r'[0-9a-f]{40}', c['commit']):
            problems.append('%s: "commit" must be a full 40-digit commit id' % where)
        if c.get('check') not in CHECKS:
            problems.append('%s: check must be one of %s' % (where, ', '.join(CHECKS)))
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', c.get('name', '')):
            problems.append('%s: name must be a plain identifier' % where)
        if c.get('name') in names:
            problems.append('%s: duplicate name' % where)
        names.add(c.get('name'))
        edits = c.get('edits')
        if not isinstance(edits, list) or not edits:
            problems.append('%s: "edits" must be a non-empty list' % where)
        else:
            for e in edits:
                if not isinstance(e, dict) or set(e) != {'find', 'replace'} \
                        or not e['find'] or e['find'] == e['replace']:
                    problems.append('%s: each edit is {"find", "replace"}, find non-empty '
                                    'and different from replace' % where)
    return cases, problems


def catalogue_problems(cases):
    problems = []
    if len(cases) < MIN_CASES:
        problems.append('only %d cases; at least %d are required' % (len(cases), MIN_CASES))
    for check in CHECKS:
        n = sum(1 for c in cases if c['check'] == check)
        if n < MIN_PER_CHECK:
            problems.append('only %d %s cases; at least %d are required'
                            % (n, check, MIN_PER_CHECK))
    return problems


def build_root(db, tree):
    """The tree's path as the compile database spells it (it was built there)."""
    for e in db:
        m = re.match(r'^(.*)/src/probes/lttng-probe-[^/]+\.c$', e['file'])
        if m:
            return m.group(1)
    return tree


def rewrite_paths(value, old, new):
    # Only whole path prefixes: /x/tree must not rewrite /x/tree2.
    return re.sub(re.escape(old) + r'(?=[/\s"\']|$)', lambda _: new, value)


def copy_tree(tree, dest, old_root):
    if os.path.lexists(dest):
        shutil.rmtree(dest)
    shutil.copytree(tree, dest, symlinks=True, ignore=COPY_IGNORE)
    db_path = os.path.join(dest, 'compile_commands.json')
    with open(db_path) as f:
        db = json.load(f)
    for e in db:
        for k in ('directory', 'file', 'output', 'command'):
            if k in e:
                e[k] = rewrite_paths(e[k], old_root, dest)
        if 'arguments' in e:
            e['arguments'] = [rewrite_paths(a, old_root, dest) for a in e['arguments']]
    with open(db_path, 'w') as f:
        json.dump(db, f, indent=1)


def apply_edits(path, edits):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        text = f.read()
    for e in edits:
        n = text.count(e['find'])
        if n != 1:
            return 'edit %r: "find" occurs %d times in %s (must be exactly once)' % (
                e['find'][:60], n, os.path.basename(path))
        text = text.replace(e['find'], e['replace'])
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write(text)
    return None


def run_tidy(args, root, probe, log):
    cmd = [args.clang_tidy, '--load=' + args.plugin, '-checks=-*,lttng-*',
           '-header-filter=.*/instrumentation/events/.*', '-p', root,
           os.path.join(root, probe)]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           errors='replace', timeout=args.timeout)
        out, rc = r.stdout, r.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b'').decode(errors='replace') + '\n[timed out]\n', None
    with open(log, 'w') as f:
        f.write('$ %s\n%s' % (' '.join(cmd), out))
    crash = None
    if rc is None:
        crash = 'clang-tidy timed out after %ds' % args.timeout
    elif rc < 0 or any(m in out for m in CRASH_MARKERS):
        crash = 'clang-tidy crashed (status %s)' % rc
    findings, errors = [], []
    real_root = os.path.realpath(root)
    for m in WARNING.finditer(out):
        rel = os.path.relpath(os.path.realpath(m.group('path')), real_root)
        findings.append({'file': rel, 'line': int(m.group('line')), 'col': int(m.group('col')),
                         'msg': m.group('msg'), 'checks': m.group('check').split(',')})
    for m in CLANG_ERROR.finditer(out):
        rel = os.path.relpath(os.path.realpath(m.group('path')), real_root)
        errors.append({'file': rel, 'line': int(m.group('line')), 'col': int(m.group('col')),
                       'msg': m.group('msg')})
    return {'findings': findings, 'errors': errors}, crash


def matching(findings, case):
    quoted = ["'%s'" % case['tracepoint']]
    if case.get('field'):
        quoted.append("'%s'" % case['field'])
    return [f for f in findings
            if f['file'] == os.path.normpath(case['file']) and case['check'] in f['checks']
            and all(q in f['msg'] for q in quoted)]


def compile_errors(errors, case):
    """clang errors in the case's mirror file that carry its "clang_error" text."""
    return [e for e in errors
            if e['file'] == os.path.normpath(case['file']) and case['clang_error'] in e['msg']]


def show(f, check):
    return '%s:%d:%d: %s [%s]' % (f['file'], f['line'], f['col'], f['msg'], check)


def run_case(args, case, old_root, baseline):
    dest = os.path.join(args.out, case['name'])
    try:
        copy_tree(args.tree, dest, old_root)
    except (OSError, ValueError) as e:
        return False, 'cannot copy the tree: %s' % e
    target = os.path.join(dest, case['file'])
    if not os.path.isfile(target):
        return False, 'no %s in the tree' % case['file']
    err = apply_edits(target, case['edits'])
    if err:
        return False, err
    result, crash = run_tidy(args, dest, case['probe'],
                             os.path.join(args.out, case['name'] + '.log'))
    if crash:
        return False, crash
    findings = result['findings']
    base_result = baseline.get(case['probe'])
    if base_result is None:
        return False, 'the unmodified tree could not be analysed'
    if case.get('clang_error'):
        # The replay must break the mirror the way the fix says it did, and
        # the unmodified tree must not be broken that way already.
        if not compile_errors(result['errors'], case):
            seen = ['%s:%d: %s' % (e['file'], e['line'], e['msg']) for e in result['errors']]
            return False, 'the edits do not produce the clang error %r in %s; clang errors: %s' % (
                case['clang_error'], case['file'], '; '.join(seen[:4]) if seen else 'none')
        if compile_errors(base_result['errors'], case):
            return False, 'vacuous: the unmodified tree already has the clang error %r' % (
                case['clang_error'])
    hits = matching(findings, case)
    if not hits:
        others = [show(f, ','.join(f['checks'])) for f in findings if f['file'] == case['file']]
        return False, 'no %s finding naming %s in %s; findings in that file: %s' % (
            case['check'], ' and '.join(repr(n) for n in (case['tracepoint'], case.get('field'))
                                       if n), case['file'],
            '; '.join(others[:4]) if others else 'none')
    base = base_result['findings']
    if (case['check'], case['tracepoint']) not in KNOWN_IN_UNMODIFIED:
        # The pre-fix form must add a finding the unmodified tree lacks (the
        # same tracepoint may have another, unrelated one already).
        before = matching(base, case)
        seen = {b['msg'] for b in before}
        hits = [h for h in hits if h['msg'] not in seen]
        if not hits:
            return False, 'vacuous: the unmodified tree already reports ' + show(
                before[0], case['check'])
    return True, show(hits[0], case['check'])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tree', required=True,
                    help='built LTTng-modules 2.13.9 tree with a clang compile_commands.json')
    ap.add_argument('--plugin', required=True, help='LttngTidyModule.so')
    ap.add_argument('--out', required=True, help='scratch directory (one tree copy per case)')
    ap.add_argument('--cases', default=os.path.join(here, 'historic', 'cases.json'))
    ap.add_argument('--clang-tidy', default=shutil.which('clang-tidy-19') or 'clang-tidy-19')
    ap.add_argument('--only', action='append', default=[], metavar='NAME',
                    help='run only this case (repeatable)')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--timeout', type=int, default=600, help='seconds per clang-tidy run')
    args = ap.parse_args()
    args.tree = os.path.abspath(args.tree)
    args.out = os.path.abspath(args.out)
    args.plugin = os.path.abspath(args.plugin)
    real_tree, real_out = os.path.realpath(args.tree), os.path.realpath(args.out)
    if real_out == real_tree or real_out.startswith(real_tree + os.sep):
        print('historic: --out must not be inside --tree (each case copies the tree)')
        return 1

    cases, problems = load_cases(args.cases)
    if problems:
        for p in problems:
            print('historic: bad case file %s: %s' % (args.cases, p))
        return 1
    if not args.only:
        problems = catalogue_problems(cases)
        for p in problems:
            print('historic: FAIL catalogue: ' + p)
        if problems:
            return 1
    else:
        unknown = set(args.only) - {c['name'] for c in cases}
        if unknown:
            print('historic: no such case: %s' % ', '.join(sorted(unknown)))
            return 1
        cases = [c for c in cases if c['name'] in args.only]

    if not os.path.isfile(args.plugin):
        print('historic: no plugin at %s' % args.plugin)
        return 1
    listed = subprocess.run([args.clang_tidy, '--load=' + args.plugin, '-checks=-*,lttng-*',
                             '--list-checks'], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors='replace')
    absent = sorted({c['check'] for c in cases} - set(listed.stdout.split()))
    if listed.returncode or absent:
        print('historic: the plugin does not provide %s:\n%s'
              % (', '.join(absent) or 'its checks', listed.stdout.strip()))
        return 1

    db_path = os.path.join(args.tree, 'compile_commands.json')
    if not os.path.isfile(db_path):
        print('historic: %s is missing (build the tree with bear, then run lttng-tidy compdb)'
              % db_path)
        return 1
    with open(db_path) as f:
        db = json.load(f)
    old_root = build_root(db, args.tree)
    have = {os.path.relpath(e['file'], old_root) for e in db if e['file'].startswith(old_root + '/')}
    missing = sorted({c['probe'] for c in cases if os.path.normpath(c['probe']) not in have})
    if missing:
        print('historic: no compile command in %s for %s' % (db_path, ', '.join(missing)))
        return 1
    if os.path.realpath(old_root) != os.path.realpath(args.tree):
        print('historic: note: the compile database names %s; the copies are rewritten '
              'from that path' % old_root)
    os.makedirs(args.out, exist_ok=True)

    probes = sorted({c['probe'] for c in cases})
    print('historic: %d cases over %d probes; analysing the unmodified tree first'
          % (len(cases), len(probes)), flush=True)
    baseline = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
        futures = {p: pool.submit(run_tidy, args, args.tree, p, os.path.join(
            args.out, 'unmodified-' + os.path.basename(p) + '.log')) for p in probes}
        for p, fut in futures.items():
            result, crash = fut.result()
            if crash:
                print('historic: unmodified %s: %s' % (p, crash))
            else:
                baseline[p] = result
        futures = [pool.submit(run_case, args, c, old_root, baseline) for c in cases]
        results = [f.result() for f in futures]

    failed = 0
    per_check = {k: [0, 0] for k in CHECKS}
    for c, (ok, detail) in zip(cases, results):
        per_check[c['check']][1] += 1
        if ok:
            per_check[c['check']][0] += 1
        else:
            failed += 1
        print('%s %s: %s' % ('PASS' if ok else 'FAIL', c['name'], detail), flush=True)
    print('historic: %d/%d cases pass (%s)' % (
        len(cases) - failed, len(cases),
        ', '.join('%s %d/%d' % (k[len('lttng-'):], v[0], v[1]) for k, v in per_check.items())))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
