#!/usr/bin/env python3
"""Mutation testing of the lttng-* checks, as a hostile user would try them.

Each mutant is one trace header (a kernel TRACE_EVENT header or an LTTng
mirror) with one mutation: an argument of a definition macro dropped,
swapped, duplicated, emptied or put under `#if 0`; an odd or empty event
name; an undeclared or changed type; a definition duplicated, renamed or
removed; a parenthesis too many or too few; a line dropped or doubled; the
file cut short. The mutant lives in its own overlay directory, searched
before the real include directories, so nothing else is ever touched.

For every mutant the script runs clang-tidy-19 with the plugin and every
lttng-* check, exporting the fixes, and then:

  crash    clang-tidy died on a signal or printed a stack dump;
  hang     it did not finish within --timeout seconds;
  outside  an exported fix names a file outside the mutant's overlay;
  breaking the unit compiled before and not after the fixes were applied
           (clang-apply-replacements-19, then clang-19 -fsyntax-only), or
           it did not compile before and the fixes added an error message
           that was not there.

Units come from two places:

  fixtures  the lit tests of test/checkers (their RUN line's compiler
            arguments), mutating the headers of test/Inputs they read;
  real      the LTTng-modules probes of a compile database recorded from a
            real build against Debian's headers (--lttng-compdb DIR), each
            mutating its kernel header under trace/events or its mirror.

Every failure is kept under OUT/failures/ with the mutant, the fixes, the
outputs and a repro.sh. The summary gives the counts; the exit status is 1
when any failure was found, 2 on a usage error.

  scripts/mutate.py --plugin build/checks/LttngTidyModule.so --out /tmp/mut \\
      --fixture-mutants 8000 --real-mutants 2000 \\
      --lttng-compdb build/test/integration/real-lttng-probes/lttng-modules
"""
import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The fixtures' test directory; main() points these at a copy made when the
# run starts, so that editing the tests during a long run changes no mutant.
FIXTURE_TESTS = os.path.join(ROOT, 'test')
CHECKERS = os.path.join(FIXTURE_TESTS, 'checkers')
INPUTS = os.path.join(FIXTURE_TESTS, 'Inputs')


def use_fixture_copy(out):
    """Copies test/checkers and test/Inputs under the run's directory and
    reads them from there for the rest of the run."""
    global FIXTURE_TESTS, CHECKERS, INPUTS
    copy = os.path.join(out, 'fixtures')
    shutil.rmtree(copy, ignore_errors=True)
    for d in ('checkers', 'Inputs'):
        shutil.copytree(os.path.join(ROOT, 'test', d), os.path.join(copy, d))
    FIXTURE_TESTS = copy
    CHECKERS = os.path.join(copy, 'checkers')
    INPUTS = os.path.join(copy, 'Inputs')

# Macros whose argument lists the mutations aim at: the definition macros of
# both sides, their parts, and the field macros.
TARGET_MACRO = re.compile(
    r'\b(TRACE_EVENT\w*|DECLARE_EVENT_CLASS\w*|DEFINE_EVENT\w*|'
    r'LTTNG_TRACEPOINT_\w+|TP_PROTO|TP_ARGS|TP_STRUCT__entry|TP_fast_assign|'
    r'TP_FIELDS|TP_printk|TP_CONDITION|TP_locvar|TP_code_pre|TP_code_post|'
    r'ctf_\w+|__field\w*|__array\w*|__string\w*|__dynamic_array\w*|'
    r'__bitmask|__cpumask)\s*\(')
DEFINITION_MACRO = re.compile(
    r'^(TRACE_EVENT\w*|DECLARE_EVENT_CLASS\w*|DEFINE_EVENT\w*|'
    r'LTTNG_TRACEPOINT_EVENT\w*)\s*\(', re.M)
ODD_NAMES = ['', '1st_event', 'Mixed_Case', 'x' * 300, '__reserved', 'a$b',
             'struct', 'sched', 'lttng_x', 'event__', '_']
TYPES = ['int', 'u8', 'u64', 'long', 'unsigned long', 'char *', 'const char *',
         'bool', 'struct lttng_tidy_undeclared *', 'lttng_tidy_undeclared_t',
         'enum lttng_tidy_undeclared', 'void *', 'pid_t', 's16']
# Signs that clang-tidy itself died, whatever its exit status.
CRASH_TEXT = re.compile(r'PLEASE submit a bug report|Stack dump:|'
                        r'AddressSanitizer|runtime error:|Assertion .* failed')
ERROR_LINE = re.compile(r'^(\S+?):\d+:\d+: (?:fatal )?error: (.*?)(?: \[[\w.-]+\])?$', re.M)


# --- Finding what to mutate -------------------------------------------------

def skip_literal(text, i):
    """Index after the string, character literal or comment at i, or i."""
    c = text[i]
    if c in '"\'':
        j = i + 1
        while j < len(text) and text[j] != c:
            j += 2 if text[j] == '\\' else 1
        return j + 1
    if text.startswith('//', i):
        j = text.find('\n', i)
        return len(text) if j < 0 else j
    if text.startswith('/*', i):
        j = text.find('*/', i + 2)
        return len(text) if j < 0 else j + 2
    return i


def argument_spans(text, open_paren):
    """(start, end) of each top-level argument of the call whose '(' is at
    open_paren, and the index of its ')'; None when it never closes."""
    depth, i, start, spans = 0, open_paren, open_paren + 1, []
    while i < len(text):
        j = skip_literal(text, i)
        if j != i:
            i = j
            continue
        c = text[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                spans.append((start, i))
                return spans, i
        elif c == ',' and depth == 1:
            spans.append((start, i))
            start = i + 1
        i += 1
    return None


def calls(text):
    """Every call of a target macro: (name, open_paren, spans, close)."""
    found = []
    for m in TARGET_MACRO.finditer(text):
        r = argument_spans(text, m.end() - 1)
        if r:
            found.append((m.group(1), m.end() - 1, r[0], r[1]))
    return found


def definitions(text):
    """(start, end) of each top-level definition, its ')' and a ';' if any."""
    found = []
    for m in DEFINITION_MACRO.finditer(text):
        r = argument_spans(text, m.end() - 1)
        if r:
            end = r[1] + 1
            if text[end:end + 1] == ';':
                end += 1
            found.append((m.start(), end, m, r[0]))
    return found


# --- Mutations: each takes (text, rng) and returns (new text, description) or None

def pick_call(text, rng, min_args=1):
    candidates = [c for c in calls(text) if len(c[2]) >= min_args]
    return rng.choice(candidates) if candidates else None


def drop_argument(text, rng):
    c = pick_call(text, rng, 2)
    if not c:
        return None
    spans = c[2]
    k = rng.randrange(len(spans))
    start = spans[k][0] if k == 0 else spans[k - 1][1]  # take the comma before
    end = spans[k][1] + 1 if k == 0 else spans[k][1]
    return text[:start] + text[end:], 'drop argument %d of %s' % (k + 1, c[0])


def swap_arguments(text, rng):
    c = pick_call(text, rng, 2)
    if not c:
        return None
    spans = c[2]
    k = rng.randrange(len(spans) - 1)
    (a0, a1), (b0, b1) = spans[k], spans[k + 1]
    swapped = text[b0:b1] + ',' + text[a0:a1]
    return text[:a0] + swapped + text[b1:], 'swap arguments %d and %d of %s' % (k + 1, k + 2, c[0])


def duplicate_argument(text, rng):
    c = pick_call(text, rng)
    if not c:
        return None
    a0, a1 = rng.choice(c[2])
    return text[:a1] + ',' + text[a0:a1] + text[a1:], 'duplicate an argument of %s' % c[0]


def empty_argument(text, rng):
    c = pick_call(text, rng)
    if not c:
        return None
    a0, a1 = rng.choice(c[2])
    return text[:a0] + text[a1:], 'empty an argument of %s' % c[0]


def if0_argument(text, rng):
    c = pick_call(text, rng)
    if not c:
        return None
    a0, a1 = rng.choice(c[2])
    body = text[a0:a1]
    if rng.random() < 0.5:
        wrapped = '\n#if 0\n' + body + '\n#endif\n'
        how = '#if 0'
    else:
        wrapped = '\n#if 0\n' + body + '\n#else\n' + body + '\n#endif\n'
        how = '#if 0 ... #else (same text)'
    return text[:a0] + wrapped + text[a1:], 'an argument of %s under %s' % (c[0], how)


def odd_name(text, rng):
    defs = definitions(text)
    if not defs:
        return None
    start, end, m, spans = rng.choice(defs)
    # The event name: the second argument of an instance, else the first.
    k = 1 if 'INSTANCE' in m.group(1) or m.group(1).startswith('DEFINE_EVENT') else 0
    k = min(k, len(spans) - 1)
    a0, a1 = spans[k]
    name = rng.choice(ODD_NAMES)
    return text[:a0] + name + text[a1:], 'name of %s becomes %r' % (m.group(1), name[:20])


def rename_definition(text, rng):
    defs = definitions(text)
    if not defs:
        return None
    start, end, m, spans = rng.choice(defs)
    k = rng.randrange(min(2, len(spans)))
    a0, a1 = spans[k]
    old = text[a0:a1].strip()
    if not re.match(r'^\w+$', old):
        return None
    new = old + rng.choice(['_v2', 'x', '_renamed'])
    return text[:a0] + new + text[a1:], 'rename %s argument %d %s to %s' % (m.group(1), k + 1, old, new)


def change_type(text, rng):
    protos = [c for c in calls(text) if c[0] in ('TP_PROTO',) or c[0].startswith(('ctf_', '__field', '__array', '__dynamic_array'))]
    if not protos:
        return None
    name, _, spans, _ = rng.choice(protos)
    a0, a1 = rng.choice(spans) if name == 'TP_PROTO' else spans[0]
    arg = text[a0:a1]
    new_type = rng.choice(TYPES)
    if name == 'TP_PROTO':
        m = re.match(r'(\s*)(.*?)(\w+\s*)$', arg, re.S)
        if not m:
            return None
        replacement = m.group(1) + new_type + ' ' + m.group(3)
    else:
        replacement = new_type
    return text[:a0] + replacement + text[a1:], 'type in %s becomes %s' % (name, new_type)


def duplicate_definition(text, rng):
    defs = definitions(text)
    if not defs:
        return None
    start, end, m, _ = rng.choice(defs)
    return text[:end] + '\n\n' + text[start:end] + text[end:], 'duplicate a %s' % m.group(1)


def remove_definition(text, rng):
    defs = definitions(text)
    if not defs:
        return None
    start, end, m, _ = rng.choice(defs)
    return text[:start] + text[end:], 'remove a %s' % m.group(1)


def unbalance(text, rng):
    c = pick_call(text, rng)
    if not c:
        return None
    _, open_paren, spans, close = c
    choice = rng.randrange(3)
    if choice == 0:
        return text[:close] + text[close + 1:], 'drop the ) of %s' % c[0]
    if choice == 1:
        return text[:close] + '))' + text[close + 1:], 'one ) too many after %s' % c[0]
    a0, _ = rng.choice(spans)
    return text[:a0] + '(' + text[a0:], 'one ( too many in %s' % c[0]


def drop_line(text, rng):
    lines = text.splitlines(True)
    if len(lines) < 2:
        return None
    k = rng.randrange(len(lines))
    return ''.join(lines[:k] + lines[k + 1:]), 'drop line %d' % (k + 1)


def double_line(text, rng):
    lines = text.splitlines(True)
    if not lines:
        return None
    k = rng.randrange(len(lines))
    return ''.join(lines[:k + 1] + lines[k:]), 'double line %d' % (k + 1)


def truncate(text, rng):
    if len(text) < 2:
        return None
    k = rng.randrange(len(text))
    return text[:k], 'cut at byte %d of %d' % (k, len(text))


MUTATIONS = [drop_argument, swap_arguments, duplicate_argument, empty_argument,
             if0_argument, odd_name, rename_definition, change_type,
             duplicate_definition, remove_definition, unbalance, drop_line,
             double_line, truncate]


def mutate(text, rng):
    for _ in range(20):
        operator = rng.choice(MUTATIONS)
        r = operator(text, rng)
        if r and r[0] != text:
            return r
    return None


# --- Units ----------------------------------------------------------------

class Unit:
    """A translation unit to run mutants through.

    root: directory copied into each mutant's overlay (None for none);
    source: the main file, relative to the overlay when root is set;
    args: compiler arguments, with {overlay} where the overlay goes;
    cwd: the directory the compiler runs in ({overlay} allowed);
    targets: files (overlay-relative) that mutations may change;
    tidy_args: extra clang-tidy arguments (-config=...)."""

    def __init__(self, name, root, source, args, cwd, targets, tidy_args=()):
        self.name, self.root, self.source = name, root, source
        self.args, self.cwd, self.targets = args, cwd, targets
        self.tidy_args = list(tidy_args)


def run_line_commands(test_file):
    """The %check_lttng_tidy commands of a lit test, continuation lines joined."""
    commands, current = [], None
    with open(test_file, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s*//\s*RUN:\s?(.*)$', line)
            if not m:
                continue
            part = m.group(1).rstrip()
            current = part if current is None else current + ' ' + part
            if current.endswith('\\'):
                current = current[:-1]
            else:
                commands.append(current)
                current = None
    return [c for c in commands if c.startswith('%check_lttng_tidy')]


def fixture_units():
    """One unit per lit test of test/checkers: its first %check_lttng_tidy
    command's compiler and clang-tidy arguments, the Inputs headers it
    includes (and the test file itself) as targets."""
    units = []
    for name in sorted(os.listdir(CHECKERS)):
        if not name.endswith('.c'):
            continue
        commands = run_line_commands(os.path.join(CHECKERS, name))
        if not commands:
            continue
        words = shlex.split(commands[0])
        if words.count('--') < 2:
            continue
        first = words.index('--')
        second = words.index('--', first + 1)
        tidy_args = [w.replace('%inputs', '{overlay}/Inputs') for w in words[first + 1:second]
                     if w.startswith('-config')]
        cc_args = [w.replace('%inputs', '{overlay}/Inputs') for w in words[second + 1:]]
        include_dirs = [a[2:].replace('{overlay}/', '') for a in cc_args if a.startswith('-I')]
        targets = [name]
        with open(os.path.join(CHECKERS, name), encoding='utf-8') as f:
            included = re.findall(r'^#include [<"]([^>"]+)[>"]', f.read(), re.M)
        for inc in included:
            if not re.search(r'(trace|instrumentation)/events/', inc):
                continue
            for d in include_dirs:
                if os.path.isfile(os.path.join(FIXTURE_TESTS, d, inc)):
                    targets.append(os.path.join(d, inc))
                    break
        units.append(Unit('fixture:' + name, 'fixture', name, cc_args, '{overlay}',
                          sorted(set(targets)), tidy_args))
    return units


def real_units(compdb_dir):
    """One unit per LTTng probe of the compile database whose source
    includes both a kernel trace header and its mirror."""
    with open(os.path.join(compdb_dir, 'compile_commands.json')) as f:
        entries = json.load(f)
    units = []
    for e in entries:
        source = e['file']
        if '/probes/lttng-probe-' not in source:
            continue
        args = e.get('arguments') or shlex.split(e['command'])
        with open(source, errors='replace') as f:
            text = f.read()
        kernel = re.findall(r'^#include <(trace/events/[\w/-]+\.h)>', text, re.M)
        mirror = re.findall(r'^#include <(instrumentation/events/[\w/-]+\.h)>', text, re.M)
        if not kernel or not mirror:
            continue
        # Where the compiler finds the two headers now; the overlay gets a copy.
        include_dirs = []
        for i, a in enumerate(args):
            if a == '-I' and i + 1 < len(args):
                include_dirs.append(args[i + 1])
            elif a.startswith('-I'):
                include_dirs.append(a[2:])
        copies = {}
        for header in kernel[-1:] + mirror[-1:]:
            for d in include_dirs:
                path = os.path.join(d if os.path.isabs(d) else os.path.join(e['directory'], d), header)
                if os.path.isfile(path):
                    copies[header] = os.path.normpath(path)
                    break
        if len(copies) != 2:
            continue
        kept = []
        skip = False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a == '-o':
                skip = True
                continue
            if a in ('-c', source) or a.endswith(os.path.basename(source)) and os.path.isabs(a):
                continue
            kept.append(a)
        unit = Unit('real:' + os.path.basename(source), None, source,
                    ['-I{overlay}/include'] + kept, e['directory'],
                    ['include/' + h for h in copies])
        unit.copies = {'include/' + h: p for h, p in copies.items()}
        units.append(unit)
    return units


# --- Running one mutant ------------------------------------------------------

def run(cmd, cwd, timeout):
    """(status, output, hung); the process group is killed on timeout."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True, errors='replace', start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        return p.returncode, out, False
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        return None, out, True


def error_messages(output, overlay):
    """The compiler's error messages, as (file name, text) without line
    numbers (lines move when fixes are applied, messages do not) and
    without clang's "did you mean" guess (it names the nearest declaration,
    which a fix may add), counted."""
    found = collections.Counter()
    for m in ERROR_LINE.finditer(output):
        path = m.group(1)
        name = os.path.relpath(path, overlay) if path.startswith(overlay) else path
        text = re.sub(r'; did you mean .*\?$', '', m.group(2))
        found[(name, re.sub(r'\d+:\d+', '', text))] += 1
    return found


def added_errors(before, after):
    """The errors of `after` that `before` did not have. With the names and
    types it quotes set aside, a message must also be more frequent than
    before: a fix that retypes a parameter changes the type that an
    unrelated error of the input names, not the errors."""
    def shapes(errors):
        counted = collections.Counter()
        for (name, text), n in errors.items():
            counted[(name, re.sub(r"'[^']*'", "'...'", text))] += n
        return counted
    before_shapes, after_shapes = shapes(before), shapes(after)
    added = []
    for (name, text), n in after.items():
        if before.get((name, text), 0) >= n:
            continue
        shape = (name, re.sub(r"'[^']*'", "'...'", text))
        if after_shapes[shape] > before_shapes[shape]:
            added.append((name, text))
    return sorted(added)


def our_fixes(fixes_path):
    """Keeps, in the exported fixes file, only the lttng-* checks' fixes
    (clang's own fix-its for compiler errors, such as a missing 'int', are
    not ours to judge); returns the files they change."""
    with open(fixes_path, errors='replace') as f:
        exported = yaml.safe_load(f) or {}
    kept, files = [], set()
    for d in exported.get('Diagnostics') or []:
        if not d.get('DiagnosticName', '').startswith('lttng-'):
            continue
        replacements = list(d.get('DiagnosticMessage', {}).get('Replacements') or [])
        for note in d.get('Notes') or []:
            replacements += note.get('Replacements') or []
        if replacements:
            kept.append(d)
            files.update(r['FilePath'] for r in replacements)
    exported['Diagnostics'] = kept
    with open(fixes_path, 'w') as f:
        yaml.safe_dump(exported, f)
    return files


class Runner:
    def __init__(self, args):
        self.args = args
        self.counts = {'mutants': 0, 'with_fixes': 0, 'compiled_before': 0,
                       'crash': 0, 'hang': 0, 'outside': 0, 'breaking': 0,
                       'skipped': 0}
        self.lock = threading.Lock()
        self.failures = []

    def overlay_for(self, unit, index):
        overlay = os.path.join(self.args.out, 'work', str(index))
        shutil.rmtree(overlay, ignore_errors=True)
        os.makedirs(overlay)
        if unit.root == 'fixture':
            shutil.copytree(INPUTS, os.path.join(overlay, 'Inputs'))
            shutil.copy(os.path.join(CHECKERS, unit.source), overlay)
        else:
            for rel, path in unit.copies.items():
                os.makedirs(os.path.dirname(os.path.join(overlay, rel)), exist_ok=True)
                shutil.copy(path, os.path.join(overlay, rel))
        return overlay

    def compile_errors(self, unit, overlay, cc_args, source):
        status, out, hung = run([self.args.clang, '-fsyntax-only', '-ferror-limit=0', '-w']
                                + cc_args + [source], unit.cwd.replace('{overlay}', overlay),
                                self.args.timeout)
        return error_messages(out, overlay), status, hung

    def kernel_instance_errors(self, unit, overlay, cc_args, source, header):
        """The error messages of the kernel header instantiated as the kernel
        builds it (CREATE_TRACE_POINTS), after the unit's own includes that
        come before it; messages only, the files differ."""
        with open(source, errors='replace') as f:
            lines = f.read().splitlines()
        prelude = []
        for line in lines:
            if re.match(r'\s*#\s*include\s*[<"]' + re.escape(header), line):
                break
            if re.match(r'\s*#\s*include\b', line):
                prelude.append(line)
        instance = os.path.join(overlay, 'kernel_instance.c')
        with open(instance, 'w') as f:
            f.write('\n'.join(prelude) + '\n#define CREATE_TRACE_POINTS\n#include <%s>\n' % header)
        errors, _, _ = self.compile_errors(unit, overlay, cc_args, instance)
        return {message for _, message in errors}

    def one(self, index, unit, rng):
        overlay = self.overlay_for(unit, index)
        target = rng.choice(unit.targets)
        target_path = os.path.join(overlay, target)
        with open(target_path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        mutated = mutate(text, rng)
        if mutated is None:
            with self.lock:
                self.counts['skipped'] += 1
            shutil.rmtree(overlay, ignore_errors=True)
            return
        with open(target_path, 'w', encoding='utf-8') as f:
            f.write(mutated[0])
        what = '%s: %s in %s' % (unit.name, mutated[1], target)

        cc_args = [a.replace('{overlay}', overlay) for a in unit.args]
        cwd = unit.cwd.replace('{overlay}', overlay)
        source = os.path.join(overlay, unit.source) if unit.root == 'fixture' else unit.source
        fixes = os.path.join(overlay, 'fixes', 'fixes.yaml')
        os.makedirs(os.path.dirname(fixes))
        tidy = ([self.args.clang_tidy, '--load=' + self.args.plugin, '-checks=-*,lttng-*',
                 '-header-filter=.*', '--export-fixes=' + fixes]
                + [a.replace('{overlay}', overlay) for a in unit.tidy_args]
                + [source, '--'] + cc_args)
        status, out, hung = run(tidy, cwd, self.args.timeout)
        verdict = None
        if hung:
            verdict = 'hang'
        elif status is not None and status < 0 or CRASH_TEXT.search(out):
            verdict = 'crash'
        changed = our_fixes(fixes) if verdict is None and os.path.exists(fixes) else set()
        has_fixes = bool(changed)
        before = None
        if verdict is None and has_fixes:
            outside = sorted(p for p in changed
                             if not os.path.realpath(p).startswith(os.path.realpath(overlay) + os.sep))
            if outside:
                verdict = 'outside'
                out += '\nfixes name files outside the overlay: %s\n' % ', '.join(outside)
            else:
                before, _, _ = self.compile_errors(unit, overlay, cc_args, source)
                shutil.copytree(overlay, overlay + '.before', ignore=shutil.ignore_patterns('fixes'))
                r = subprocess.run([self.args.apply, os.path.dirname(fixes)],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                after, _, after_hung = self.compile_errors(unit, overlay, cc_args, source)
                added = added_errors(before, after)
                kernel_header = target.split('/include/', 1)[-1]
                if added and kernel_header.startswith('trace/events/'):
                    # Code generated from a kernel definition repeats the
                    # kernel's own statements: an error they have where the
                    # kernel compiles them is the input's, not the fix's.
                    own = self.kernel_instance_errors(unit, overlay, cc_args, source,
                                                      kernel_header)
                    added = [e for e in added if e[1] not in own]
                if r.returncode != 0:
                    verdict = 'breaking'
                    out += '\nclang-apply-replacements failed:\n' + r.stdout
                elif after_hung or added:
                    verdict = 'breaking'
                    out += '\nerrors after the fixes that were not there before:\n' + ''.join(
                        '  %s: %s\n' % e for e in added)
        with self.lock:
            self.counts['mutants'] += 1
            if has_fixes:
                self.counts['with_fixes'] += 1
            if before is not None and not before:
                self.counts['compiled_before'] += 1
            if verdict:
                self.counts[verdict] += 1
        if verdict:
            self.keep_failure(index, verdict, what, overlay, tidy, cwd, out)
        elif not self.args.keep:
            shutil.rmtree(overlay, ignore_errors=True)
            shutil.rmtree(overlay + '.before', ignore_errors=True)
        if self.args.verbose:
            print('%6d %-8s %s' % (index, verdict or 'ok', what), flush=True)

    def keep_failure(self, index, verdict, what, overlay, tidy, cwd, out):
        kept = os.path.join(self.args.out, 'failures', '%s-%d' % (verdict, index))
        shutil.rmtree(kept, ignore_errors=True)
        shutil.move(overlay, kept)
        if os.path.isdir(overlay + '.before'):
            shutil.move(overlay + '.before', kept + '.before')
        with open(os.path.join(kept, 'output.txt'), 'w') as f:
            f.write(what + '\n\n' + out)
        with open(os.path.join(kept, 'repro.sh'), 'w') as f:
            f.write('#!/bin/sh\n# %s\ncd %s && %s\n' % (what, shlex.quote(cwd.replace(overlay, kept)),
                                                        ' '.join(shlex.quote(a.replace(overlay, kept)) for a in tidy)))
        with self.lock:
            self.failures.append((verdict, what, kept))
        print('%s: %s (kept in %s)' % (verdict.upper(), what, kept), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--plugin', required=True, help='LttngTidyModule.so')
    ap.add_argument('--out', required=True, help='work directory (created)')
    ap.add_argument('--fixture-mutants', type=int, default=200)
    ap.add_argument('--real-mutants', type=int, default=0)
    ap.add_argument('--lttng-compdb', help='directory of the compile_commands.json of an '
                    'LTTng-modules build (lttng-tidy compdb), for the real units')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('-j', type=int, default=os.cpu_count())
    ap.add_argument('--timeout', type=float, default=120,
                    help='seconds before a clang-tidy run counts as hung')
    ap.add_argument('--clang-tidy', dest='clang_tidy', default='clang-tidy-19')
    ap.add_argument('--clang', default='clang-19')
    ap.add_argument('--apply', default='clang-apply-replacements-19')
    ap.add_argument('--only', help='run only these mutants of the plan (indices, comma-separated, '
                    'as a failure\'s directory names them); the same units and seed give the same mutants')
    ap.add_argument('--keep', action='store_true', help='keep every mutant, not only failures')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()
    args.out = os.path.abspath(args.out)
    args.plugin = os.path.abspath(args.plugin)
    if not os.path.isfile(args.plugin):
        ap.error('no plugin at %s' % args.plugin)
    if args.real_mutants and not args.lttng_compdb:
        ap.error('--real-mutants needs --lttng-compdb')
    shutil.rmtree(os.path.join(args.out, 'work'), ignore_errors=True)
    shutil.rmtree(os.path.join(args.out, 'failures'), ignore_errors=True)
    os.makedirs(os.path.join(args.out, 'work'), exist_ok=True)
    if args.fixture_mutants:
        use_fixture_copy(args.out)

    fixtures = fixture_units() if args.fixture_mutants else []
    reals = real_units(args.lttng_compdb) if args.real_mutants else []
    if args.fixture_mutants and not fixtures:
        ap.error('no lit test under %s to take units from' % CHECKERS)
    if args.real_mutants and not reals:
        ap.error('no LTTng probe with a kernel header and its mirror in %s' % args.lttng_compdb)
    plan = [(fixtures, i) for i in range(args.fixture_mutants)]
    plan += [(reals, i) for i in range(args.real_mutants)]
    print('mutate: %d fixture units, %d real LTTng probe units; %d + %d mutants, seed %d, -j %d'
          % (len(fixtures), len(reals), args.fixture_mutants, args.real_mutants, args.seed, args.j),
          flush=True)

    runner = Runner(args)
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = []
        only = {int(n) for n in args.only.split(',')} if args.only else None
        for index, (units, i) in enumerate(plan):
            if only is not None and index not in only:
                continue
            # Each mutant has its own generator: any one is reproducible alone.
            rng = random.Random('%d:%d' % (args.seed, index))
            futures.append(pool.submit(runner.one, index, units[i % len(units)], rng))
        done = 0
        for fut in concurrent.futures.as_completed(futures):
            fut.result()
            done += 1
            if not args.verbose and done % 100 == 0:
                print('mutate: %d/%d done (%.0f s)' % (done, len(futures), time.monotonic() - started),
                      flush=True)
    shutil.rmtree(os.path.join(args.out, 'work'), ignore_errors=True)

    c = runner.counts
    summary = dict(c, seconds=round(time.monotonic() - started, 1), seed=args.seed,
                   fixture_units=len(fixtures), real_units=len(reals),
                   failures=[{'kind': v, 'what': w, 'kept': k} for v, w, k in runner.failures])
    with open(os.path.join(args.out, 'summary.json'), 'w') as f:
        json.dump(summary, f, indent=1)
    print('mutate: %d mutants run (%d not mutable), %d with fixes (%d of them compiled before): '
          '%d crashes, %d hangs, %d fixes outside the tree, %d breaking fixes; %.0f s'
          % (c['mutants'], c['skipped'], c['with_fixes'], c['compiled_before'], c['crash'],
             c['hang'], c['outside'], c['breaking'], summary['seconds']))
    return 1 if runner.failures else 0


if __name__ == '__main__':
    sys.exit(main())
