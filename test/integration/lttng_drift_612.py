#!/usr/bin/env python3
"""LTTng-modules 2.13.9 against Linux 6.12: every compile error of every
event unit, classified by cause, before and after the checks' fixes.

The flow (issue 10):

1. A copy of Debian's LTTng-modules 2.13.9 is built as a Debian user does,
   `make -k KERNELDIR=<linux-headers-6.12.*+deb12-amd64>` with gcc, recorded
   by bear and rewritten by `lttng-tidy compdb`. It fails. Seven probes
   (btrfs, compaction, ext4, kmem, regmap, kvm-x86, kvm-x86-mmu) need
   private kernel headers that a headers package lacks, so kbuild skips
   them: they are compiled (kbuild single targets, clang, recorded by bear)
   against the prepared 6.12 allmodconfig tree (scripts/prepare-kernel.sh)
   and join the compile database.

2. Every unit that defines events (a `CREATE_TRACE_POINTS` unit of the
   database: the probes, the statedump, the syscalls, the test probe) is
   compiled again alone (`-fsyntax-only`), and each error is classified:
   - tracepoint: "conflicting types for 'trace_X'" (the mirror's TP_PROTO
     no longer matches); an error located in a mirror header
     (include/instrumentation/events/...) inside a ctf_* field (a field
     source that no longer compiles) or elsewhere in the mirror; an error
     reached through the expansion of a mirror's macro;
   - not a tracepoint: LTTng's wrappers of kernel APIs (include/wrapper/),
     its core (include/lttng/, src/), a kernel header, anything else.
   Two units' errors hide the tracepoint errors behind them in the shipped
   tree: include/wrapper/uprobes.h (6.12 changed uprobe_register() and
   replaced uprobe_unregister()) and uuid_le (gone from 6.12, used by
   include/lttng/events-internal.h). For the classification the compiler
   is given STAND-INS WRITTEN FOR THIS TEST, not LTTng's code and not a fix
   for it: an overlay directory, placed before the tree's include
   directory, holding a wrapper/uprobes.h that only declares what LTTng
   calls (its bodies do nothing), and an -include'd header that includes
   6.12's <linux/mei_uuid.h>, the one header that still defines uuid_le
   (same 16-byte layout as guid_t). The shipped
   tree's errors are counted too ("as shipped").

3. All lttng-* checks run over every event unit of the database
   (run-clang-tidy-19, header filter .*/instrumentation/events/.*,
   --export-fixes). Only the checks' fixes are applied
   (clang-apply-replacements-19): clang-tidy also exports the fix-its of
   clang's own errors, typo corrections that are all wrong on this tree.
   The event units are compiled and classified again.

4. Proof 3: a second check run over the patched tree proposes no fix.
   Proof 2: the patched tree is built against linux-headers-6.1.0-50-amd64
   (`make -k`, gcc, bear): every error of that build must already be an
   error of the same unit as shipped (recompiled from a pristine copy: no
   regression); the checks' fixes for 6.1 are applied, the same build must
   then complete with no error, and the 6.12 errors must be unchanged.

Asserted (exit 1 otherwise): the shipped build fails; the private probes
are compiled; the checks export fixes and they apply; after the fixes, no
event unit has an error of the tracepoint kind (the target of issue 10);
no drift on the second run; proof 2. The per-unit table is printed and
written to OUT/table.md, every classified error to OUT/errors.json.
"""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

from prepared_kernel import prepared_kernel

# The probes kbuild compiles only with the private headers of a full tree.
PRIVATE_PROBES = ['btrfs', 'compaction', 'ext4', 'kmem', 'regmap',
                  'kvm-x86', 'kvm-x86-mmu']

# file:line:col, or a location without line (<command-line>, cc1).
DIAG = re.compile(r'^(?P<file>[^:\s][^:]*?)(?::(?P<line>\d+))?(?::(?P<col>\d+))?: '
                  r'(?P<kind>fatal error|error|warning|note): (?P<msg>.*)$')
CONFLICT = re.compile(r"conflicting types for '(?:trace_)?(\w+)'")
EXPANSION = re.compile(r"in expansion of macro|expanded from macro|"
                       r"in definition of macro")
CTF_CALL = re.compile(r'\bctf_\w+\s*\(')
MIRROR_DIR = '/include/instrumentation/events/'

# Our stand-in for include/wrapper/uprobes.h (see the docstring): it gives
# the two functions LTTng calls the prototypes LTTng expects, and bodies
# that do nothing. Only the classification's compiles see it.
UPROBES_STANDIN = """\
/* Stand-in written for lttng-tidy's test lttng_drift_612.py, NOT LTTng's
 * wrapper: it lets the compiler get past LTTng's uprobe wrapper (which
 * does not compile against Linux 6.12) to see the errors behind it. It is
 * never built into a module. */
#ifndef LTTNG_TIDY_TEST_UPROBES_STANDIN_H
#define LTTNG_TIDY_TEST_UPROBES_STANDIN_H
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/uprobes.h>
struct inode;
static inline int wrapper_uprobe_register(struct inode *inode, loff_t offset,
					  struct uprobe_consumer *uc)
{
	return -ENOSYS;
}
static inline void wrapper_uprobe_unregister(struct inode *inode, loff_t offset,
					     struct uprobe_consumer *uc)
{
}
#endif
"""
# Our stand-in for uuid_le, which include/lttng/events-internal.h uses and
# 6.12 keeps only in the uapi header of the MEI driver: that header is
# included first. (A -Duuid_le=guid_t would clash with it.)
UUID_STANDIN = """\
/* Stand-in written for lttng-tidy's test lttng_drift_612.py: Linux 6.12
 * no longer defines uuid_le in <linux/uuid.h>; its uapi <linux/mei_uuid.h>
 * still does, with the same 16-byte layout. Never built into a module. */
#include <linux/mei_uuid.h>
"""


def log(msg):
    print(msg, flush=True)


def run(cmd, logfile=None, **kw):
    log('+ ' + ' '.join(cmd))
    if logfile:
        with open(logfile, 'w') as f:
            return subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, **kw)
    return subprocess.run(cmd, **kw)


def script_out(root, name, *args):
    r = subprocess.run([os.path.join(root, 'scripts', name), *args],
                       stdout=subprocess.PIPE, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def count_errors(text):
    return sum(1 for line in text.splitlines()
               if re.search(r'(^|: )(fatal )?error: ', line) and DIAG.match(line))


# --- compiling units alone ----------------------------------------------

def unit_args(entry, tree, overlay):
    """The recorded command of \\p entry, rewritten to only check syntax,
    with plain diagnostics and no error limit; with \\p overlay, the
    stand-ins are added."""
    args = list(entry['arguments'])
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == '-o':
            i += 2
            continue
        if a == '-c' or a.startswith('-Wp,-MMD') or a.startswith('-Wp,-MD'):
            i += 1
            continue
        if overlay and a.startswith('-I') and \
                os.path.realpath(a[2:] or args[i + 1]) == os.path.realpath(os.path.join(tree, 'include')):
            out.append('-I' + overlay)
        out.append(a)
        i += 1
    clang = 'clang' in os.path.basename(out[0])
    out[1:1] = ['-fsyntax-only']
    out += (['-ferror-limit=0', '-fno-caret-diagnostics', '-fno-color-diagnostics']
            if clang else ['-fmax-errors=0', '-fno-diagnostics-show-caret',
                           '-fdiagnostics-column-unit=byte',
                           '-fdiagnostics-color=never'])
    if overlay:
        out += ['-include', os.path.join(overlay, 'lttng-tidy-uuid-le.h')]
    return out


def compile_units(entries, tree, overlay, jobs):
    env = dict(os.environ, LC_ALL='C', LANG='C',
               PATH='/usr/lib/llvm-19/bin:' + os.environ['PATH'])

    def one(e):
        r = subprocess.run(unit_args(e, tree, overlay), cwd=e['directory'], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return e['file'], r.returncode, r.stdout

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return {f: (rc, out) for f, rc, out in pool.map(one, entries)}


# --- classification -----------------------------------------------------

def diagnostics(text):
    """The errors of a compiler's output, each with the notes after it."""
    errors, current = [], None
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        d = {'file': os.path.normpath(m.group('file')), 'line': int(m.group('line') or 0),
             'col': int(m.group('col') or 0), 'msg': m.group('msg')}
        if m.group('kind') in ('error', 'fatal error'):
            d['notes'] = []
            errors.append(d)
            current = d
        elif m.group('kind') == 'note' and current is not None:
            current['notes'].append(d)
        else:
            current = None
    return errors


_texts = {}


def in_ctf_field(path, line, col):
    """Whether \\p line:\\p col of the file lies inside a ctf_*( ... ) call."""
    if path not in _texts:
        try:
            with open(path, errors='replace') as f:
                _texts[path] = f.read()
        except OSError:
            _texts[path] = None
    text = _texts[path]
    if text is None:
        return False
    lines = text.split('\n')
    if line > len(lines):
        return False
    offset = sum(len(l) + 1 for l in lines[:line - 1]) + col - 1
    for m in reversed(list(CTF_CALL.finditer(text, max(0, offset - 4000), offset + 1))):
        depth, i = 0, m.end() - 1
        while i < len(text):
            if text[i] == '(':
                depth += 1
            elif text[i] == ')':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= offset:
            return True
    return False


def classify(err, tree):
    """(kind, cause, event or None) of one error: kind 'tracepoint' or
    'other'."""
    m = CONFLICT.search(err['msg'].replace('\u2018', "'").replace('\u2019', "'"))
    if m and 'trace_' in err['msg']:
        return 'tracepoint', 'prototype', m.group(1)
    f = err['file']
    if MIRROR_DIR in f and f.startswith(tree):
        if in_ctf_field(f, err['line'], err['col']):
            return 'tracepoint', 'ctf field source', None
        return 'tracepoint', 'mirror', None
    for n in err['notes']:
        if EXPANSION.search(n['msg']) and MIRROR_DIR in n['file'] and n['file'].startswith(tree):
            return 'tracepoint', 'mirror macro', None
    rel = os.path.relpath(f, tree)
    if rel.startswith('include/wrapper/'):
        return 'other', 'wrapper', None
    if rel.startswith('include/lttng/') or rel.startswith('src/'):
        return 'other', 'core', None
    if rel.startswith('include/'):
        return 'other', 'lttng include', None
    return 'other', 'kernel header or elsewhere', None


def classify_units(results, tree):
    """unit -> {'rc', 'errors': [classified errors]}."""
    _texts.clear()  # the files may have changed since the last pass
    out = {}
    for unit, (rc, text) in results.items():
        errs = []
        for e in diagnostics(text):
            kind, cause, event = classify(e, tree)
            errs.append({'kind': kind, 'cause': cause, 'event': event,
                         'file': os.path.relpath(e['file'], tree) if e['file'].startswith(tree)
                         else e['file'], 'line': e['line'], 'msg': e['msg']})
        if rc != 0 and not errs:
            errs.append({'kind': 'other', 'cause': 'failed, no error parsed', 'event': None,
                         'file': unit, 'line': 0, 'msg': text.strip()[-300:]})
        out[unit] = {'rc': rc, 'errors': errs}
    return out


def counts(c):
    tp = sum(1 for e in c['errors'] if e['kind'] == 'tracepoint')
    return tp, len(c['errors']) - tp


# --- the checks ----------------------------------------------------------

def has_replacements(diag):
    if diag.get('DiagnosticMessage', {}).get('Replacements'):
        return True
    return any(n.get('Replacements') for n in diag.get('Notes') or [])


def run_checks(args, dbdir, units, fixes, logfile):
    """run-clang-tidy-19 with every lttng-* check over \\p units of the
    compile database in \\p dbdir, fixes
    exported into \\p fixes. Returns the lttng-* warnings, the number of
    their replacements, and the number of compiler diagnostics with a
    fix-it that were left out.

    Only the checks' fixes are kept. clang-tidy also exports the fix-its of
    clang's own errors, and on this tree they are wrong: its typo
    corrections turn uprobe_unregister() into uprobe_register(),
    lookup_fd_rcu() into lookup_fdget_rcu(), dev_base_lock into
    device_lock, uuid_le into uuid_t."""
    import yaml
    shutil.rmtree(fixes, ignore_errors=True)
    os.makedirs(fixes)
    regex = '^(' + '|'.join(re.escape(u) for u in sorted(units)) + ')$'
    exported = os.path.join(out_dir(fixes), os.path.basename(fixes) + '.all.yaml')
    cmd = [args.run_clang_tidy, '-clang-tidy-binary', args.clang_tidy,
           '-load', args.plugin, '-checks=-*,lttng-*',
           '-header-filter=.*/instrumentation/events/.*', '-p', dbdir,
           '-j', str(args.jobs), '-quiet', '-extra-arg=-ferror-limit=0',
           # A field that no longer compiles and that no kernel event of
           # 6.12 records any more can only be dropped; the tree must build.
           '-config={CheckOptions: {lttng-field-type-mismatch.DropUnrecordedFields: true}}',
           '-export-fixes', exported, regex]
    run(cmd, logfile, stdin=subprocess.DEVNULL)
    with open(logfile, errors='replace') as f:
        text = f.read()
    warnings = re.findall(r'^(\S+:\d+:\d+): warning: (.*) \[(lttng-[\w-]+)\]$', text, re.M)
    nfix, dropped = 0, 0
    if os.path.exists(exported):
        with open(exported) as f:
            doc = yaml.safe_load(f) or {}
        keep = []
        for d in doc.get('Diagnostics') or []:
            if d.get('DiagnosticName', '').startswith('lttng-'):
                keep.append(d)
                nfix += len(d.get('DiagnosticMessage', {}).get('Replacements') or [])
                nfix += sum(len(n.get('Replacements') or []) for n in d.get('Notes') or [])
            elif has_replacements(d):
                dropped += 1
        doc['Diagnostics'] = keep
        with open(os.path.join(fixes, 'lttng.yaml'), 'w') as f:
            yaml.safe_dump(doc, f, sort_keys=False)
    return warnings, nfix, dropped


def audit_scope(args, tree, out):
    """`lttng-tidy audit` over the shipped tree's database: it must list
    the errors of LTTng's wrapper of the uprobe API (broken on 6.12 before
    any event is reached) outside the checks' scope, put no error of a
    mirror header there, and count tracepoint errors. Returns failures."""
    report = os.path.join(out, 'audit-shipped.json')
    run([args.tool, 'audit', '-p', tree, '--no-cache', '--quiet', '--format=json',
         '-o', report, '-j', str(args.jobs), '--clang-tidy', args.clang_tidy,
         '--plugin', args.plugin], os.path.join(out, 'audit-shipped.log'))
    try:
        with open(report) as f:
            errors = json.load(f).get('compile_errors', [])
    except (OSError, ValueError) as e:
        return [f'lttng-tidy audit wrote no report: {e}']
    outside = [e for e in errors if e['scope'] == 'outside']
    drift = [e for e in errors if e['scope'] == 'tracepoint']
    log(f'lttng-tidy audit, shipped tree: {len(drift)} compile errors in tracepoint '
        f"definitions, {len(outside)} outside the checks' scope:")
    for e in outside:
        log(f"  {os.path.relpath(e['file'], tree) if e['file'] else '(driver)'}:{e['line']}: "
            f"{e['message']} ({len(e['units'])} units)")
    failures = []
    if not any(e['file'].endswith('/wrapper/uprobes.h') for e in outside):
        failures.append('the audit does not list the errors of wrapper/uprobes.h '
                        "outside the checks' scope")
    misplaced = [e for e in outside if '/instrumentation/events/' in e['file']]
    if misplaced:
        failures.append(f"{len(misplaced)} errors of mirror headers listed outside "
                        "the checks' scope")
    if not drift:
        failures.append('the audit counts no compile error in a tracepoint definition')
    return failures


def out_dir(path):
    return os.path.dirname(os.path.abspath(path))


# --- builds ---------------------------------------------------------------

def debian_build(tree, kdir, db, logfile, jobs, tool):
    """`make -k KERNELDIR=kdir` in the tree under bear: the recorded gcc
    commands in raw_of(db), rewritten for clang in db."""
    raw = raw_of(db)
    if os.path.exists(raw):
        os.remove(raw)
    proc = run(['bear', '--output', raw, '--', 'make', '-C', tree, '-k', f'-j{jobs}',
                'KERNELDIR=' + kdir], logfile)
    run([tool, 'compdb', raw, '-o', db], check=True, stderr=subprocess.DEVNULL)
    with open(logfile, errors='replace') as f:
        text = f.read()
    return proc.returncode, text


def private_build(args, tree, kbuild, db, logfile):
    """The private-header probes, compiled against the prepared tree with
    clang (kbuild single targets, -k), recorded by bear."""
    raw = raw_of(db)
    if os.path.exists(raw):
        os.remove(raw)
    env = dict(os.environ, PATH='/usr/lib/llvm-19/bin:' + os.environ['PATH'])
    proc = run(['bear', '--output', raw, '--', 'make', '-C', kbuild, 'M=' + os.path.join(tree, 'src'),
                '-k', f'-j{args.jobs}', 'LLVM=1', 'CONFIG_LTTNG=m', 'CONFIG_KALLSYMS_ALL=y']
               + ['probes/lttng-probe-%s.o' % p for p in PRIVATE_PROBES], logfile, env=env)
    run([args.tool, 'compdb', raw, '-o', db], check=True, stderr=subprocess.DEVNULL)
    return proc.returncode


def raw_of(db):
    return db[:-len('.json')] + '.raw.json'


def load(db):
    with open(db) as f:
        return json.load(f)


def event_units(entries):
    """The database's units that define events (CREATE_TRACE_POINTS)."""
    out = []
    for e in entries:
        try:
            with open(e['file'], errors='replace') as f:
                if re.search(r'^\s*#\s*define\s+CREATE_TRACE_POINTS', f.read(), re.M):
                    out.append(e)
        except OSError:
            pass
    return out


def short(unit, tree):
    return os.path.relpath(unit, os.path.join(tree, 'src'))


# --- the report -------------------------------------------------------------

def breakdown(c):
    by = {}
    for e in c['errors']:
        by[e['cause']] = by.get(e['cause'], 0) + 1
    return ', '.join('%s %d' % kv for kv in sorted(by.items()))


def table(tree, units, compiler, shipped, before, after):
    rows = ['| unit | compiler | as shipped: tracepoint / other | before fixes*: tracepoint / other '
            '| after fixes*: tracepoint / other | after fixes*, by cause |',
            '|---|---|---|---|---|---|']
    tot = [0] * 6
    for u in sorted(units, key=lambda u: short(u, tree)):
        s, b, a = counts(shipped[u]), counts(before[u]), counts(after[u])
        for i, v in enumerate(s + b + a):
            tot[i] += v
        rows.append('| %s | %s | %d / %d | %d / %d | %d / %d | %s |'
                    % (short(u, tree), compiler[u], *s, *b, *a, breakdown(after[u]) or '-'))
    rows.append('| **total** | | %d / %d | %d / %d | %d / %d | |' % tuple(tot))
    return '\n'.join(rows), tot


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--root', required=True, help='the lttng-tidy checkout')
    ap.add_argument('--tool', required=True, help='lttng-tidy')
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--lttng', required=True, help='LTTng-modules 2.13.9 source')
    ap.add_argument('--out', required=True, help="this test's work directory")
    ap.add_argument('--clang-tidy', default='/usr/lib/llvm-19/bin/clang-tidy')
    ap.add_argument('--run-clang-tidy', default='run-clang-tidy-19')
    ap.add_argument('--apply', default='clang-apply-replacements-19')
    ap.add_argument('--kernel-build', help="default: prepare-kernel.sh's 6.12 tree")
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--keep-build', action='store_true',
                    help="reuse the previous run's shipped 6.12 build (for working on the checks)")
    args = ap.parse_args()
    start = time.monotonic()
    out = os.path.realpath(args.out)
    os.makedirs(out, exist_ok=True)
    failures = []

    def lap(what):
        log(f'== {what}: {time.monotonic() - start:.0f} s so far')

    kdir612 = script_out(args.root, 'kernel-headers.sh', '6.12')
    kdir61 = script_out(args.root, 'kernel-headers.sh', '6.1')
    if not kdir612 or not kdir61:
        log('FAIL: the 6.12 and 6.1 headers packages are needed (scripts/setup.sh)')
        return 1
    tree = os.path.join(out, 'lttng-modules')
    db = os.path.join(tree, 'compile_commands.json')
    overlay = os.path.join(out, 'standin', 'include')
    os.makedirs(os.path.join(overlay, 'wrapper'), exist_ok=True)
    with open(os.path.join(overlay, 'wrapper', 'uprobes.h'), 'w') as f:
        f.write(UPROBES_STANDIN)
    with open(os.path.join(overlay, 'lttng-tidy-uuid-le.h'), 'w') as f:
        f.write(UUID_STANDIN)

    # 1. The shipped tree, built as a Debian user does, plus the private
    # probes against the full tree.
    shipped_db = os.path.join(out, 'shipped-6.12.json')
    headers_db = os.path.join(out, 'headers-6.12.json')
    private_db = os.path.join(out, 'private-6.12.json')
    if not (args.keep_build and os.path.exists(headers_db)):
        shutil.rmtree(tree, ignore_errors=True)
        shutil.copytree(args.lttng, tree, symlinks=True)
        rc, text = debian_build(tree, kdir612, headers_db,
                                os.path.join(out, 'build-6.12.log'), args.jobs, args.tool)
        log(f'make -k KERNELDIR={kdir612}: exit {rc}, {count_errors(text)} errors '
            f'(see {out}/build-6.12.log)')
        if rc == 0:
            failures.append('2.13.9 as shipped built against 6.12: the test has nothing to find')
        # A pristine copy of the sources, for proof 2.
        pristine = os.path.join(out, 'pristine')
        shutil.rmtree(pristine, ignore_errors=True)
        shutil.copytree(args.lttng, pristine, symlinks=True)
        lap('shipped build')
    if not (args.keep_build and os.path.exists(private_db)):
        kbuild = prepared_kernel(args.root, args.kernel_build, series='6.12')
        if kbuild is None:
            return 1
        lap('prepared 6.12 tree ready')
        prc = private_build(args, tree, kbuild, private_db,
                            os.path.join(out, 'build-private-6.12.log'))
        log(f'private-header probes against {kbuild}: exit {prc}')
    if args.keep_build:
        # Every source file as shipped again (a previous run applied fixes).
        for d, _, files in os.walk(args.lttng):
            for f in files:
                src = os.path.join(d, f)
                shutil.copy2(src, os.path.join(tree, os.path.relpath(src, args.lttng)))
    for name in (shipped_db, raw_of(shipped_db)):
        entries = load(name.replace('shipped-6.12', 'headers-6.12'))
        names = {e['file'] for e in entries}
        entries += [e for e in load(name.replace('shipped-6.12', 'private-6.12'))
                    if e['file'] not in names]
        with open(name, 'w') as f:
            json.dump(entries, f, indent=1)
    with open(db, 'w') as f:
        json.dump(load(shipped_db), f, indent=1)

    # The units are compiled with the commands recorded (gcc for the
    # headers package, clang for the private probes); the checks read the
    # database rewritten for clang.
    units = event_units(load(raw_of(shipped_db)))
    by_file = {e['file']: e for e in units}
    compiler = {e['file']: 'clang' if 'clang' in os.path.basename(e['arguments'][0]) else 'gcc'
                for e in units}
    log(f'{len(units)} event units in the database')
    built = {os.path.basename(f) for f in by_file}
    for p in PRIVATE_PROBES:
        if f'lttng-probe-{p}.c' not in built:
            failures.append(f'private probe {p} was not compiled against the full tree')
    if not any('lttng-probe-' in f for f in by_file) or len(units) < 35:
        failures.append(f'only {len(units)} event units in the database')

    # 2. Classification as shipped and with the stand-ins.
    shipped = classify_units(compile_units(units, tree, None, args.jobs), tree)
    before = classify_units(compile_units(units, tree, overlay, args.jobs), tree)
    lap('classified before the fixes')

    # The audit's report over the same database, as shipped: the errors
    # that are not tracepoint drift (LTTng's wrappers, its core) are listed
    # apart as outside the checks' scope, never as findings.
    audit_failures = audit_scope(args, tree, out)
    failures += audit_failures
    lap('audit report of the shipped tree')

    # 3. The checks, every fix applied, classification again.
    warnings1, nfix1, drop1 = run_checks(args, tree, by_file, os.path.join(out, 'fixes-6.12'),
                                         os.path.join(out, 'checks-6.12.log'))
    log(f'lttng-* checks: {len(warnings1)} warnings, {nfix1} replacements exported; '
        f'{drop1} fix-its of compiler errors left out')
    if nfix1 == 0:
        failures.append('the checks exported no fix')
    r = run([args.apply, os.path.join(out, 'fixes-6.12')])
    if r.returncode != 0:
        failures.append(f'{args.apply} failed (exit {r.returncode})')
    run(['bash', '-c', f'diff -ruN {shlex(args.lttng)}/include {shlex(tree)}/include '
         f'> {shlex(out)}/fixes-6.12.diff'])
    after = classify_units(compile_units(units, tree, overlay, args.jobs), tree)
    lap('checks, fixes applied, classified again')

    text, tot = table(tree, by_file, compiler, shipped, before, after)
    with open(os.path.join(out, 'table.md'), 'w') as f:
        f.write(text + '\n')
    with open(os.path.join(out, 'errors.json'), 'w') as f:
        json.dump({'shipped': shipped, 'before': before, 'after': after}, f, indent=1)
    log('\n* with the stand-ins for wrapper/uprobes.h and uuid_le (see the docstring)\n')
    log(text)
    if tot[2] == 0:
        failures.append('no tracepoint error before the fixes: the classification saw nothing')

    remaining = {}
    for u in by_file:
        for e in after[u]['errors']:
            if e['kind'] == 'tracepoint':
                key = (e['cause'], e['file'], e['line'], e['msg'])
                remaining.setdefault(key, set()).add(short(u, tree))
    if remaining:
        log('\ntracepoint errors left after the fixes (cause, location, message, units):')
        for (cause, f, line, msg), us in sorted(remaining.items()):
            log(f'  {cause}: {f}:{line}: {msg}  [{", ".join(sorted(us))}]')
        failures.append(f'{len(remaining)} distinct tracepoint errors remain after the fixes '
                        f'({tot[4]} in all)')

    # Proof 3: no drift on a second run.
    warnings2, nfix2, _ = run_checks(args, tree, by_file, os.path.join(out, 'fixes-6.12-again'),
                                  os.path.join(out, 'checks-6.12-again.log'))
    log(f'second run over the patched tree: {len(warnings2)} warnings, {nfix2} replacements')
    if nfix2:
        failures.append(f'drift: the second run still proposes {nfix2} replacements '
                        f'(see {out}/checks-6.12-again.log)')
    lap('proof 3')

    # Proof 2: the patched tree on 6.1.
    run(['make', '-C', tree, 'clean', 'KERNELDIR=' + kdir612], stdout=subprocess.DEVNULL)
    db61 = os.path.join(out, 'headers-6.1.json')
    rc61, text61 = debian_build(tree, kdir61, db61, os.path.join(out, 'build-6.1.log'),
                                args.jobs, args.tool)
    e61 = load(raw_of(db61))
    units61 = event_units(e61)
    patched61 = classify_units(compile_units(units61, tree, None, args.jobs), tree)
    pristine = os.path.join(out, 'pristine')
    regress = []
    for e in units61:
        errs = patched61[e['file']]['errors']
        if not errs:
            continue
        # The same unit, as shipped: the same command on the pristine copy.
        pe = dict(e, arguments=[a.replace(tree, pristine) for a in e['arguments']],
                  file=e['file'].replace(tree, pristine))
        was = classify_units(compile_units([pe], pristine, None, 1), pristine)[pe['file']]
        old = {(x['cause'], x['event'], x['msg']) for x in was['errors']}
        for x in errs:
            if (x['cause'], x['event'], x['msg']) not in old:
                regress.append(f"{short(e['file'], tree)}: {x['file']}:{x['line']}: {x['msg']}")
    log(f'patched tree against {kdir61}: exit {rc61}, {count_errors(text61)} errors, '
        f'{len(regress)} not in the shipped tree')
    for x in regress:
        log('  regression: ' + x)
    if regress:
        failures.append(f'{len(regress)} errors on 6.1 that the shipped tree does not have')
    if rc61 != 0:
        # Judged for 6.1: the checks' fixes for that kernel, then again.
        db61dir = os.path.join(out, 'db-6.1')
        os.makedirs(db61dir, exist_ok=True)
        shutil.copy(db61, os.path.join(db61dir, 'compile_commands.json'))
        w61, n61, _ = run_checks(args, db61dir, {e['file'] for e in units61},
                              os.path.join(out, 'fixes-6.1'), os.path.join(out, 'checks-6.1.log'))
        log(f'lttng-* checks against 6.1: {len(w61)} warnings, {n61} replacements')
        run([args.apply, os.path.join(out, 'fixes-6.1')])
        rc61, text61 = debian_build(tree, kdir61, db61, os.path.join(out, 'build-6.1-fixed.log'),
                                    args.jobs, args.tool)
        log(f'with the 6.1 fixes too: exit {rc61}, {count_errors(text61)} errors')
        # The 6.1 fixes must leave 6.12 as it was.
        again = classify_units(compile_units(units, tree, overlay, args.jobs), tree)
        changed = [short(u, tree) for u in by_file
                   if sorted(map(str, again[u]['errors'])) != sorted(map(str, after[u]['errors']))]
        log(f'6.12 after the 6.1 fixes: {len(changed)} event units changed {changed}')
        if changed:
            failures.append(f'the 6.1 fixes changed the 6.12 errors of {changed}')
    if rc61 != 0 or count_errors(text61):
        failures.append(f'the patched tree does not build against {kdir61}')
    lap('proof 2')

    log(f'total {time.monotonic() - start:.0f} s')
    for f in failures:
        log('FAIL: ' + f)
    return 1 if failures else 0


def shlex(s):
    import shlex as _s
    return _s.quote(s)


if __name__ == '__main__':
    sys.exit(main())
