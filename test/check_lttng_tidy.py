#!/usr/bin/env python3
"""Runs one lttng-* clang-tidy check on a test file and FileChecks the result.

Written for lttng-tidy in the spirit of LLVM's check_clang_tidy.py (which
Debian does not ship):

  check_lttng_tidy.py [options] SOURCE CHECK TEMP_DIR [-- TIDY_ARGS [-- CC_ARGS]]

* SOURCE and the test's Inputs/ directory are copied into TEMP_DIR, so
  fix-its never touch the source tree. In CC_ARGS, %inputs names the copy.
* Diagnostics are matched against the CHECK-MESSAGES lines of SOURCE; any
  other warning or error fails the test (FileCheck -implicit-check-not).
* Fix-its are applied (-fix) and the fixed file (SOURCE, or the header named
  by --fixed-file) is matched against the CHECK-FIXES lines.
* --idempotent reruns clang-tidy on the fixed tree and fails if it still
  proposes a fix, or if the fixed code no longer compiles.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--clang-tidy', default=os.environ.get('LTTNG_TIDY_CLANG_TIDY', 'clang-tidy-19'))
    parser.add_argument('--plugin', default=os.environ.get('LTTNG_TIDY_PLUGIN'))
    parser.add_argument('--filecheck', default=os.environ.get('LTTNG_TIDY_FILECHECK', 'FileCheck'))
    parser.add_argument('--fixed-file', action='append', default=[],
                        help='file (relative to TEMP_DIR) whose fixed text '
                             'CHECK-FIXES describes; repeatable, with '
                             'PREFIX=FILE to use another prefix')
    parser.add_argument('--check-suffix', default='',
                        help='use CHECK-MESSAGES-SUFFIX and CHECK-FIXES-SUFFIX')
    parser.add_argument('--idempotent', action='store_true')
    parser.add_argument('--no-fix', action='store_true')
    parser.add_argument('source')
    parser.add_argument('check')
    parser.add_argument('temp_dir')
    argv = sys.argv[1:]
    rest = []
    if '--' in argv:
        i = argv.index('--')
        argv, rest = argv[:i], argv[i + 1:]
    args = parser.parse_args(argv)
    tidy_args, cc_args = rest, []
    if '--' in rest:
        i = rest.index('--')
        tidy_args, cc_args = rest[:i], rest[i + 1:]

    temp = args.temp_dir
    shutil.rmtree(temp, ignore_errors=True)
    os.makedirs(temp)
    # The nearest Inputs/ directory at or above the test.
    here = os.path.dirname(os.path.abspath(args.source))
    while not os.path.isdir(os.path.join(here, 'Inputs')) and here != '/':
        here = os.path.dirname(here)
    inputs = os.path.join(here, 'Inputs')
    if os.path.isdir(inputs):
        shutil.copytree(inputs, os.path.join(temp, 'Inputs'))
    cc_args = [a.replace('%inputs', os.path.join(temp, 'Inputs')) for a in cc_args]
    tidy_args = [a.replace('%inputs', os.path.join(temp, 'Inputs')) for a in tidy_args]

    # The copy loses the CHECK lines, so they cannot match themselves.
    with open(args.source, encoding='utf-8') as f:
        original = f.read()
    copy = os.path.join(temp, os.path.basename(args.source))
    # Keep line numbers: replace each CHECK line by an empty line.
    cleaned_lines = []
    for line in original.splitlines(True):
        if re.search(r'//\s*CHECK-(MESSAGES|FIXES|NOTES)', line):
            cleaned_lines.append('\n')
        else:
            cleaned_lines.append(line)
    with open(copy, 'w', encoding='utf-8') as f:
        f.write(''.join(cleaned_lines))

    suffix = ('-' + args.check_suffix.upper()) if args.check_suffix else ''
    tidy = [args.clang_tidy, '--load=' + args.plugin,
            '-checks=-*,' + args.check, '-header-filter=.*',
            '--export-fixes=' + os.path.join(temp, 'fixes.yaml')]
    if not args.no_fix:
        tidy.append('-fix')
    tidy += tidy_args + [copy, '--'] + cc_args
    result = run(tidy, cwd=temp)
    output = result.stdout
    with open(os.path.join(temp, 'clang-tidy.out'), 'w') as f:
        f.write(' '.join(tidy) + '\n' + output)
    print('clang-tidy exited with %d:\n%s' % (result.returncode, output))

    check_file = args.source
    fc = run([args.filecheck, check_file, '-input-file=' + os.path.join(temp, 'clang-tidy.out'),
              '-check-prefix=CHECK-MESSAGES' + suffix,
              '-implicit-check-not={{warning|error|remark}}:'])
    if fc.returncode:
        print('CHECK-MESSAGES failed:\n' + fc.stdout)
        return 1

    if not args.no_fix:
        fixed_files = args.fixed_file or [os.path.basename(args.source)]
        for spec in fixed_files:
            prefix = 'CHECK-FIXES' + suffix
            if '=' in spec:
                prefix, spec = spec.split('=', 1)
            if not re.search(re.escape(prefix) + r'(-NEXT|-NOT|-SAME|-DAG)?:', original):
                if args.fixed_file:
                    print('no %s lines for %s' % (prefix, spec))
                    return 1
                continue  # no expectation on the fixed source
            fixed = os.path.join(temp, spec)
            fc = run([args.filecheck, check_file, '-input-file=' + fixed,
                      '-check-prefix=' + prefix, '-strict-whitespace'])
            if fc.returncode:
                print('%s failed on %s:\n%s' % (prefix, spec, fc.stdout))
                return 1

    if args.idempotent:
        exported = os.path.join(temp, 'fixes.yaml')
        if os.path.exists(exported):
            os.remove(exported)
        again = run([a for a in tidy if a != '-fix'], cwd=temp)
        proposes = os.path.exists(exported) and re.search(
            r'ReplacementText', open(exported).read())
        if 'FIX-IT' in again.stdout or proposes:
            print('fix-its are not idempotent; second run:\n' + again.stdout)
            return 1
        # The fixed code is compiled by that run: no fix-it may break the build.
        if re.search(r': error: ', again.stdout):
            print('the fixed code does not compile; second run:\n' + again.stdout)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
