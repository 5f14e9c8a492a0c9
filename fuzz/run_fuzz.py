#!/usr/bin/env python3
"""Runs one of the fuzzers for a while over a seed corpus made now from the
installed Debian headers, LTTng-modules and the fixtures
(fuzz/make-corpus.py), and says what it did: executions, rate, crashes.
The exit status is the fuzzer's (non-zero when it found a crash, a leak,
undefined behaviour or a timeout; libFuzzer writes the input beside the
corpus as crash-*, leak-*, timeout-*).

  fuzz/run_fuzz.py --fuzzer build/fuzz/lttng-tidy-fuzz-parsers --out DIR \\
      [--seconds 60 | --runs 10000000] [--max-len 1024] [--jobs 2]
      [--kdir ...] [--lttng ...]
"""
import argparse
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--fuzzer', required=True)
    ap.add_argument('--out', required=True, help='work directory (seeds, corpus, logs)')
    ap.add_argument('--seconds', type=int, help='stop after this long (per job)')
    ap.add_argument('--runs', type=int, help='stop after this many inputs (per job)')
    ap.add_argument('--max-len', type=int, default=1024)
    ap.add_argument('--jobs', type=int, default=1, help='independent fuzzer processes')
    ap.add_argument('--kdir', default='/usr/src/linux-headers-6.1.0-50-amd64')
    ap.add_argument('--lttng', default=os.path.expanduser(
        '~/.cache/lttng-tidy/lttng-modules/usr/src/lttng-modules-2.13.9'))
    args = ap.parse_args()
    if not args.seconds and not args.runs:
        ap.error('give --seconds or --runs')
    if not os.path.isfile(args.fuzzer):
        print('fuzz: %s is not built: scripts/build.sh --sanitized builds it '
              '(or cmake --build build --target %s)'
              % (args.fuzzer, os.path.basename(args.fuzzer)))
        return 1
    out = os.path.abspath(args.out)
    seeds = os.path.join(out, 'seeds')
    subprocess.run([sys.executable, os.path.join(HERE, 'make-corpus.py'), seeds,
                    '--kdir', args.kdir, '--lttng', args.lttng], check=True)

    processes = []
    for job in range(args.jobs):
        corpus = os.path.join(out, 'corpus-%d' % job)
        os.makedirs(corpus, exist_ok=True)
        command = [os.path.abspath(args.fuzzer), '-max_len=%d' % args.max_len,
                   '-print_final_stats=1', '-seed=%d' % (job + 1),
                   '-artifact_prefix=%s/' % out]
        if args.seconds:
            command.append('-max_total_time=%d' % args.seconds)
        if args.runs:
            command.append('-runs=%d' % args.runs)
        log = open(os.path.join(out, 'fuzz-%d.log' % job), 'w')
        processes.append((subprocess.Popen(command + [corpus, seeds], stdout=log,
                                           stderr=subprocess.STDOUT), log, job))
    status, executions, rates = 0, 0, []
    for process, log, job in processes:
        code = process.wait()
        log.close()
        with open(log.name, errors='replace') as f:
            text = f.read()
        runs = re.search(r'stat::number_of_executed_units:\s*(\d+)', text)
        rate = re.search(r'stat::average_exec_per_sec:\s*(\d+)', text)
        executions += int(runs.group(1)) if runs else 0
        if rate:
            rates.append(int(rate.group(1)))
        if code != 0:
            status = code
            print('fuzz: job %d failed (exit %d); its log %s ends:' % (job, code, log.name))
            print('\n'.join(text.splitlines()[-40:]))
    artifacts = sorted(glob.glob(os.path.join(out, 'crash-*')) +
                       glob.glob(os.path.join(out, 'leak-*')) +
                       glob.glob(os.path.join(out, 'timeout-*')) +
                       glob.glob(os.path.join(out, 'oom-*')))
    print('fuzz: %s: %d executions in %d job(s), %s exec/s each; %d crashing inputs%s'
          % (os.path.basename(args.fuzzer), executions, args.jobs,
             '/'.join(str(r) for r in rates) or '?', len(artifacts),
             (': ' + ', '.join(artifacts)) if artifacts else ''))
    return 1 if status or artifacts else 0


if __name__ == '__main__':
    sys.exit(main())
