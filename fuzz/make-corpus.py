#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus: every trace header of the installed
Debian kernel headers, every LTTng-modules mirror and every test fixture,
each as one input whose first byte picks the role lttng-tidy-fuzz compiles
it in (0: a kernel header creating its tracepoints, 1: a kernel header read
by an LTTng probe, 2: an LTTng mirror). lttng-tidy-fuzz-parsers reads the
same files as plain text.

  fuzz/make-corpus.py OUT [--kdir /usr/src/linux-headers-6.1.0-50-amd64]
                          [--lttng ~/.cache/lttng-tidy/lttng-modules/usr/src/lttng-modules-2.13.9]
"""
import argparse
import glob
import hashlib
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def common_dir(kdir):
    """The -common tree Debian's flavour directory includes."""
    try:
        with open(os.path.join(kdir, 'Makefile')) as f:
            for line in f:
                m = re.match(r'include\s+(\S+)/Makefile', line)
                if m:
                    return m.group(1)
    except OSError:
        pass
    return kdir


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--kdir', default='/usr/src/linux-headers-6.1.0-50-amd64')
    ap.add_argument('--lttng', default=os.path.expanduser(
        '~/.cache/lttng-tidy/lttng-modules/usr/src/lttng-modules-2.13.9'))
    ap.add_argument('--max-bytes', type=int, default=65536,
                    help='cut each seed to this size (the fuzzers\' -max_len)')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sources = []
    kernel = sorted(glob.glob(os.path.join(common_dir(args.kdir), 'include', 'trace', 'events', '*.h')))
    sources += [(0, p) for p in kernel] + [(1, p) for p in kernel]
    sources += [(2, p) for p in sorted(glob.glob(os.path.join(
        args.lttng, 'include', 'instrumentation', 'events', '*.h')))]
    fixtures = os.path.join(ROOT, 'test', 'Inputs')
    sources += [(0, p) for p in sorted(glob.glob(os.path.join(
        fixtures, 'fake-kernel', 'include', 'trace', 'events', '*.h')))]
    sources += [(2, p) for p in sorted(glob.glob(os.path.join(
        fixtures, 'fake-lttng', 'include', 'instrumentation', 'events', '*.h')))]
    counts = [0, 0, 0]
    for role, path in sources:
        with open(path, 'rb') as f:
            data = bytes([role]) + f.read()[:args.max_bytes - 1]
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(args.out, name), 'wb') as f:
            f.write(data)
        counts[role] += 1
    print('make-corpus: %d seeds in %s (%d kernel headers created, %d read by a '
          'probe, %d mirrors)' % (sum(counts), args.out, counts[0], counts[1], counts[2]))
    if not kernel:
        print('make-corpus: no kernel trace headers under %s' % args.kdir)
        return 1
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
