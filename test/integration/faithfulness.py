#!/usr/bin/env python3
"""Faithfulness: the generator against LTTng-modules' hand-written mirrors.

For subsystems LTTng-modules already mirrors by hand, generate the mirror
from the kernel's definition (`lttng-tidy generate --json
--include-mirrored`) and compare it, event by event and field by field,
with LTTng's own (`lttng-tidy model`, the `ctf_fields` of the mirror's
definitions). Both come from the same translation units: the LTTng probes,
compiled the way LTTng's kbuild compiles them (only the probes compared,
one kbuild target each, recorded with bear), where the kernel header and
the mirror are read with the flags and kernel version the mirror is built
for. The mirror's #if branches are the ones active for that kernel.

A few mirrors include private kernel headers (mm/slab.h, fs/ext4/*.h,
drivers/base/regmap/trace.h): the headers package has none, so when the
kernel source is unpacked (scripts/kernel-source.sh) clang is given a VFS
overlay that shows its mm/, fs/ and drivers/ where the full tree has them.

Prints, per subsystem and per event, where the two agree and differ, a
per-subsystem summary and totals; exits non-zero when a required subsystem
yields no comparison or agreement falls below the given floors.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

from real_headers import common_dir  # the same directory: Debian's -common tree

# Subsystems with a hand-written mirror in LTTng-modules 2.13.9 whose probe
# builds against Debian's 6.1 headers (some with the kernel source overlay).
# Not listed: random (6.1 has no trace/events/random.h), the LTTng-only
# probes (statedump, user, the kprobes), old kernels' ext3/jbd/btrfs and
# kvm-x86*, which need kbuild flags of the full kernel tree.
SUBSYSTEMS = ['sched', 'irq', 'timer', 'workqueue', 'kmem', 'block', 'signal',
              'power', 'module', 'napi', 'net', 'skb', 'sock', 'udp', 'rcu',
              'regmap', 'writeback', 'compaction', 'gpio', 'i2c',
              'jbd2', 'ext4', 'printk', 'kvm', 'vmscan', '9p', 'asoc', 'scsi',
              'sunrpc', 'v4l2', 'regulator', 'rpm', 'x86-exceptions',
              'x86-irq-vectors']
# The ones that must produce a comparison.
REQUIRED = ['sched', 'irq', 'timer', 'workqueue', 'kmem', 'block', 'signal']
# Private kernel directories some mirrors include, relative to the tree.
PRIVATE_DIRS = ['mm', 'fs', 'drivers']


def kernel_source(args):
    if args.kernel_source:
        return args.kernel_source
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                          'scripts', 'kernel-source.sh')
    r = subprocess.run(['bash', script], stdout=subprocess.PIPE, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def write_overlay(path, kdir, source):
    roots = [{'name': os.path.join(common_dir(kdir), d), 'type': 'directory-remap',
              'external-contents': os.path.join(source, d)}
             for d in PRIVATE_DIRS if os.path.isdir(os.path.join(source, d))]
    with open(path, 'w') as f:
        json.dump({'version': 0, 'case-sensitive': 'true', 'roots': roots}, f, indent=1)


def build_units(args, tree, probes):
    """Compiles just the probes compared (kbuild single targets, GCC, -k),
    with bear recording; a probe that fails still leaves its command."""
    src = os.path.join(tree, 'src')
    log = subprocess.run(['bear', '--output', os.path.join(tree, 'gcc_commands.json'), '--',
                          'make', '-k', '-j%d' % args.j, '-C', args.kdir, 'M=' + src,
                          'CONFIG_LTTNG=m']
                         + ['probes/lttng-probe-%s.o' % p for p in probes],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(os.path.join(args.out, 'build.log'), 'w') as f:
        f.write(log.stdout)
    subprocess.run([args.tool, 'compdb', os.path.join(tree, 'gcc_commands.json'),
                    '-o', os.path.join(tree, 'compile_commands.json')], check=True,
                   stderr=subprocess.DEVNULL)
    with open(os.path.join(tree, 'compile_commands.json')) as f:
        return {e['file'] for e in json.load(f)}


def run_json_lines(cmd, log):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with open(log, 'w') as f:
        f.write(r.stderr)
    return [json.loads(line) for line in r.stdout.splitlines() if line.startswith('{')]


# --- comparison -----------------------------------------------------------

def norm(text):
    return re.sub(r'\s+', '', text or '')


def type_key(field):
    """A ctf field's type for comparison: canonical when resolved, else the
    text (so `pid_t` and `int` agree, `unsigned long` and `u64` too)."""
    t = field.get('type')
    if not t:
        return None
    if t.get('resolved'):
        return (t.get('canonical'), t.get('bits'))
    return norm(field.get('type_text'))


def events_of(definitions):
    """Tracepoint name -> (definition, layout) for events and instances."""
    classes = {d['name']: d for d in definitions if d['shape'] in ('class', 'event')}
    out = {}
    for d in definitions:
        if d['shape'] == 'event':
            out[d['name']] = (d, d)
        elif d['shape'] == 'instance':
            out[d['name']] = (d, classes.get(d.get('class')))
    return out


def compare_fields(gen_fields, lttng_fields):
    g = {f['name']: f for f in gen_fields}
    h = {f['name']: f for f in lttng_fields}
    same, macro, typ, source = [], [], [], []
    for name in [f['name'] for f in lttng_fields if f['name'] in g]:
        gf, hf = g[name], h[name]
        if gf['macro'] != hf['macro']:
            macro.append((name, gf['macro'], hf['macro'], gf.get('type_text'), hf.get('type_text')))
        elif type_key(gf) != type_key(hf):
            typ.append((name, gf['macro'], gf.get('type_text'), hf.get('type_text')))
        else:
            same.append(name)
        if norm(gf.get('source')) != norm(hf.get('source')):
            source.append((name, gf.get('source'), hf.get('source')))
    only_gen = [f['name'] for f in gen_fields if f['name'] not in h]
    only_lttng = [f['name'] for f in lttng_fields if f['name'] not in g]
    return {'same': same, 'macro': macro, 'type': typ, 'source': source,
            'only_generated': only_gen, 'only_lttng': only_lttng}


def compare_subsystem(name, generated, lttng_defs):
    gen_events = events_of(generated['definitions'])
    ltt_events = events_of(lttng_defs)
    report = {'subsystem': name, 'system': generated['system'], 'events': [],
              'only_generated': [], 'only_lttng': [], 'bare': []}
    for ev, (d, layout) in sorted(gen_events.items()):
        if ev not in ltt_events:
            report['only_generated'].append(ev)
    for d in generated['definitions']:
        if d['shape'] == 'trace' and d['name'] not in ltt_events:
            report['bare'].append(d['name'])
    for ev, (d, layout) in sorted(ltt_events.items()):
        if ev not in gen_events:
            report['only_lttng'].append(ev)
            continue
        gd, glayout = gen_events[ev]
        e = {'event': ev,
             'generated_name': gd.get('map') or gd['name'],
             'lttng_name': d.get('map') or d['name'],
             'lttng_macro': d['macro'],
             'lttng_layout_macro': layout['macro'] if layout else None,
             'code': '_CODE' in d['macro'] or bool(layout and '_CODE' in layout['macro']),
             'notes': (glayout or {}).get('notes', []) + ([] if glayout is gd else gd.get('notes', [])),
             'problems': (glayout or {}).get('problems', [])}
        e.update(compare_fields((glayout or {}).get('ctf_fields', []),
                                (layout or {}).get('ctf_fields', [])))
        report['events'].append(e)
    return report


def totals(reports):
    t = {k: 0 for k in ('subsystems', 'lttng_events', 'kernel_events', 'matched',
                        'same_name', 'code_events', 'lttng_fields', 'generated_fields',
                        'fields_both', 'fields_same', 'fields_macro', 'fields_type',
                        'fields_source', 'only_generated', 'only_lttng', 'notes',
                        'problems')}
    for r in reports:
        t['subsystems'] += 1
        t['matched'] += len(r['events'])
        t['lttng_events'] += len(r['events']) + len(r['only_lttng'])
        t['kernel_events'] += len(r['events']) + len(r['only_generated'])
        for e in r['events']:
            t['same_name'] += e['generated_name'] == e['lttng_name']
            t['code_events'] += e['code']
            both = len(e['same']) + len(e['macro']) + len(e['type'])
            t['fields_both'] += both
            t['fields_same'] += len(e['same'])
            t['fields_macro'] += len(e['macro'])
            t['fields_type'] += len(e['type'])
            t['fields_source'] += len(e['source'])
            t['only_generated'] += len(e['only_generated'])
            t['only_lttng'] += len(e['only_lttng'])
            t['lttng_fields'] += both + len(e['only_lttng'])
            t['generated_fields'] += both + len(e['only_generated'])
            t['notes'] += len(e['notes'])
            t['problems'] += len(e['problems'])
    return t


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def print_report(r, verbose):
    print('== %s (TRACE_SYSTEM %s)' % (r['subsystem'], r['system']))
    if verbose:
        for e in r['events']:
            tags = []
            if e['code']:
                tags.append('LTTng _CODE')
            if e['generated_name'] != e['lttng_name']:
                tags.append('event name: generated %s, LTTng %s'
                            % (e['generated_name'], e['lttng_name']))
            print('  %s: %d same%s' % (e['event'], len(e['same']),
                                       ' [' + '; '.join(tags) + ']' if tags else ''))
            for n, gm, hm, gt, ht in e['macro']:
                print('    ctf kind  %s: generated %s(%s), LTTng %s(%s)' % (n, gm, gt or '', hm, ht or ''))
            for n, m, gt, ht in e['type']:
                print('    type      %s: %s generated %s, LTTng %s' % (n, m, gt, ht))
            for n, gs, hs in e['source']:
                print('    source    %s: generated %s, LTTng %s' % (n, gs, hs))
            if e['only_generated']:
                print('    only generated: ' + ', '.join(e['only_generated']))
            if e['only_lttng']:
                print('    only LTTng:     ' + ', '.join(e['only_lttng']))
            for n in e['notes']:
                print('    note: ' + n)
            for p in e['problems']:
                print('    PROBLEM reading generated code: ' + p)
        if r['only_generated']:
            print('  events only generated (no LTTng mirror): ' + ', '.join(r['only_generated']))
        if r['bare']:
            print('  bare DECLARE_TRACE tracepoints (nothing to generate): ' + ', '.join(r['bare']))
        if r['only_lttng']:
            print('  events only in LTTng (no kernel definition in this header): '
                  + ', '.join(r['only_lttng']))
    t = totals([r])
    print('  summary: events LTTng %d, kernel %d, matched %d (same event name %d, LTTng _CODE %d); '
          'fields LTTng %d, generated %d, both %d, same ctf and type %d, ctf kind differs %d, '
          'type differs %d, source differs %d, only generated %d, only LTTng %d, notes %d'
          % (t['lttng_events'], t['kernel_events'], t['matched'], t['same_name'],
             t['code_events'], t['lttng_fields'], t['generated_fields'], t['fields_both'],
             t['fields_same'], t['fields_macro'], t['fields_type'], t['fields_source'],
             t['only_generated'], t['only_lttng'], t['notes']))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--kdir', required=True, help='kernel build dir (linux-headers-*-amd64)')
    ap.add_argument('--lttng', required=True, help='LTTng-modules source (copied, never modified)')
    ap.add_argument('--tool', required=True, help='the lttng-tidy executable')
    ap.add_argument('--out', required=True, help='work directory (recreated)')
    ap.add_argument('--kernel-source', help='unpacked kernel source for private headers '
                    '(default: scripts/kernel-source.sh)')
    ap.add_argument('--subsystems', nargs='*', default=SUBSYSTEMS)
    ap.add_argument('--require', nargs='*', default=REQUIRED,
                    help='subsystems that must yield a comparison')
    ap.add_argument('--min-compared', type=int, default=0,
                    help='fail when fewer subsystems are compared')
    ap.add_argument('--min-event-match', type=float, default=0,
                    help='floor, percent of LTTng events matched by name')
    ap.add_argument('--min-field-names', type=float, default=0,
                    help='floor, percent of LTTng fields (of matched events) the '
                         'generated mirror also has')
    ap.add_argument('--min-field-agreement', type=float, default=0,
                    help='floor, percent of fields in both with the same ctf macro and type')
    ap.add_argument('-q', '--quiet', action='store_true', help='summaries only')
    ap.add_argument('-j', type=int, default=os.cpu_count())
    args = ap.parse_args()

    args.out = os.path.abspath(args.out)
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    tree = os.path.join(args.out, 'lttng-modules')
    shutil.copytree(args.lttng, tree)
    probes_dir = os.path.join(tree, 'src', 'probes')
    wanted = [s for s in args.subsystems
              if os.path.exists(os.path.join(probes_dir, 'lttng-probe-%s.c' % s))]
    units = build_units(args, tree, wanted)
    probe_files = {s: os.path.join(probes_dir, 'lttng-probe-%s.c' % s) for s in wanted}
    files = [probe_files[s] for s in wanted if probe_files[s] in units]

    extra = []
    source = kernel_source(args)
    if source:
        overlay = os.path.join(args.out, 'private-headers.yaml')
        write_overlay(overlay, args.kdir, source)
        extra = ['--extra-arg=-ivfsoverlay', '--extra-arg=' + overlay]
    else:
        print('faithfulness: no kernel source; mirrors needing private headers are not compared')

    hand = {os.path.realpath(d['file']): d for d in
            run_json_lines([args.tool, 'model', '-p', tree] + extra + files,
                           os.path.join(args.out, 'model.err'))}
    generated = {}
    for g in run_json_lines([args.tool, 'generate', '--lttng=' + tree, '--json',
                             '--include-mirrored', '-p', tree] + extra + files,
                            os.path.join(args.out, 'generate.err')):
        if g.get('mirrored_by'):
            generated[os.path.realpath(g['mirrored_by'])] = g

    reports, failures = [], []
    for s in args.require:
        if s not in wanted:
            failures.append('%s: required but not asked for, or no probe' % s)
    for s in wanted:
        probe = os.path.realpath(probe_files[s])
        g, h = generated.get(probe), hand.get(probe)
        if not g or not h:
            why = ('no compile command' if probe_files[s] not in units else
                   'no model' if not h else
                   'no kernel definition in the unit' if not any(
                       d['side'] == 'kernel' for d in h['definitions'])
                   else 'no generated definitions')
            print('== %s: not compared (%s)' % (s, why))
            if s in args.require:
                failures.append('%s: not compared (%s)' % (s, why))
            continue
        mirror = g['mirror_include']
        lttng_defs = [d for d in h['definitions']
                      if d['side'] == 'lttng' and d['file'].endswith('/' + mirror)]
        r = compare_subsystem(s, g, lttng_defs)
        r['clang_errors'] = h['errors']
        reports.append(r)
        print_report(r, not args.quiet)
        if not r['events'] and s in args.require:
            failures.append('%s: no event matched by name' % s)

    t = totals(reports)
    print('\nfaithfulness: %d subsystems compared of %d asked' % (t['subsystems'], len(args.subsystems)))
    print('  events: LTTng %d, kernel %d, matched by tracepoint name %d (%.1f%% of LTTng\'s); '
          'same event name (incl. _MAP) %d; LTTng uses _CODE for %d'
          % (t['lttng_events'], t['kernel_events'], t['matched'],
             pct(t['matched'], t['lttng_events']), t['same_name'], t['code_events']))
    print('  fields of matched events: LTTng %d, generated %d; by name in both %d (%.1f%% of LTTng\'s)'
          % (t['lttng_fields'], t['generated_fields'], t['fields_both'],
             pct(t['fields_both'], t['lttng_fields'])))
    print('  of those: same ctf macro and type %d (%.1f%%), ctf macro differs %d, type differs %d; '
          'source expression differs %d'
          % (t['fields_same'], pct(t['fields_same'], t['fields_both']), t['fields_macro'],
             t['fields_type'], t['fields_source']))
    print('  only generated %d, only LTTng %d; generator notes %d; problems reading generated code %d'
          % (t['only_generated'], t['only_lttng'], t['notes'], t['problems']))
    with open(os.path.join(args.out, 'faithfulness.json'), 'w') as f:
        json.dump({'totals': t, 'subsystems': reports}, f, indent=1)

    if t['subsystems'] < args.min_compared:
        failures.append('%d subsystems compared, floor %d' % (t['subsystems'], args.min_compared))
    for what, value, floor in (
            ('events matched by name', pct(t['matched'], t['lttng_events']), args.min_event_match),
            ('LTTng field names also generated', pct(t['fields_both'], t['lttng_fields']),
             args.min_field_names),
            ('fields with the same ctf macro and type', pct(t['fields_same'], t['fields_both']),
             args.min_field_agreement)):
        if value < floor:
            failures.append('%s: %.1f%%, floor %.1f%%' % (what, value, floor))
    if t['problems']:
        failures.append('%d generated fields the model could not read back' % t['problems'])
    for f in failures:
        print('FAIL ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
