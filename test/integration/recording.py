#!/usr/bin/env python3
"""Recorded for real (issue 11): the probe `lttng-tidy generate` wrote for
examples/custom-module, and Debian's LTTng-modules 2.13.9 with our fix-its
applied, record the right events in Debian's own kernel, booted under qemu.

1. scripts/run-example.sh (the README's main job) builds the example module
   against linux-headers-<release> and has `lttng-tidy generate` write its
   LTTng probe into a copy of LTTng-modules 2.13.9.
2. The timer probe of that copy does not build as shipped (hrtimer_start's
   prototype gained `bool was_armed` in 6.1.176): it is compiled under bear,
   `lttng-tidy audit` runs lttng-proto-mismatch over it with exported fixes,
   clang-apply-replacements-19 applies them. Then the LTTng modules the
   session daemon needs, the timer probe and the generated probe are built.
3. An initramfs is made here: busybox-static, the virtio and 9p modules of
   linux-image-<release>, and an init that mounts the host's root read-only
   over 9p, a writable shared folder beside it, and runs a script of ours
   in a chroot of the host's root: load the modules, start lttng-sessiond,
   record the example's events and timer_hrtimer_start while driving
   /dev/hello with known values, print the trace with babeltrace2.
4. qemu-system-x86_64 boots /boot/vmlinuz-<release> with it, under KVM when
   KVM boots it, else TCG (said in the log). Everything has a time limit.
5. Asserted from babeltrace2's output: every tracepoint of the example
   fired with exactly the fields of the generated mirror and the values
   driven, and timer_hrtimer_start records the field the fix added.

Exit 0 on success, 1 on failure (with the guest's console and babeltrace2's
output), 77 (skipped) when this machine cannot boot a guest at all.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

SKIP = 77

# The modules of LTTng-modules the session daemon needs for kernel tracing
# (its control modules, and what they link to), relative to src/.
LTTNG_MODULES = [
    'lttng-wrapper.ko', 'lttng-clock.ko', 'lttng-tracer.ko', 'lttng-statedump.ko',
    'lib/lttng-lib-ring-buffer.ko', 'lib/lttng-counter.ko',
    'lttng-ring-buffer-client-discard.ko', 'lttng-ring-buffer-client-overwrite.ko',
    'lttng-ring-buffer-metadata-client.ko', 'lttng-ring-buffer-client-mmap-discard.ko',
    'lttng-ring-buffer-client-mmap-overwrite.ko', 'lttng-ring-buffer-metadata-mmap-client.ko',
    'lttng-ring-buffer-event-notifier-client.ko',
    'lttng-counter-client-percpu-32-modular.ko', 'lttng-counter-client-percpu-64-modular.ko',
    'probes/lttng-kprobes.ko', 'probes/lttng-kretprobes.ko', 'probes/lttng-uprobes.ko',
    'probes/lttng-probe-timer.ko', 'probes/lttng-probe-hello.ko',
]

# What the guest needs to reach the host's files: 9p over virtio.
GUEST_MODULES = ['virtio', 'virtio_ring', 'virtio_pci_modern_dev', 'virtio_pci_legacy_dev',
                 'virtio_pci', 'netfs', 'fscache', '9pnet', '9pnet_virtio', '9p']

MARK_UP = 'LTTNG-TIDY-GUEST-UP'
MARK_DONE = 'LTTNG-TIDY-GUEST-DONE'

# The values driven through /dev/hello, and what the module records.
GREETING = 'bonjour, lttng\n'


def log(msg):
    print(msg, flush=True)


def run(cmd, logfile=None, check=False, **kw):
    log('+ ' + ' '.join(cmd))
    if logfile:
        with open(logfile, 'w') as f:
            r = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, **kw)
    else:
        r = subprocess.run(cmd, **kw)
    if check and r.returncode != 0:
        raise SystemExit(f'FAIL: {cmd[0]} exited {r.returncode}'
                         + (f' (see {logfile})' if logfile else ''))
    return r


def module_file(release, name):
    """The .ko (perhaps compressed) of \\p name in the image's modules, or
    None when it is built into the kernel."""
    r = subprocess.run(['modinfo', '-k', release, '-F', 'filename', name],
                       capture_output=True, text=True)
    path = r.stdout.strip()
    if r.returncode != 0 or not path or path.startswith('(builtin)'):
        return None
    return path


def depends(path):
    r = subprocess.run(['modinfo', '-F', 'depends', path], capture_output=True, text=True)
    return [d for d in r.stdout.strip().split(',') if d]


def load_order(paths):
    """\\p paths (module files) ordered so that each comes after the ones it
    depends on (by module name; dependencies outside the set are the
    kernel's own or already loaded)."""
    by_name = {}
    for p in paths:
        name = os.path.basename(p).split('.ko')[0].replace('-', '_')
        by_name[name] = p
    order, seen = [], set()

    def visit(name):
        if name in seen or name not in by_name:
            return
        seen.add(name)
        for d in depends(by_name[name]):
            visit(d.replace('-', '_'))
        order.append(by_name[name])
    for name in by_name:
        visit(name)
    return order


def make_initramfs(out, release):
    """The initramfs: a static busybox, the 9p/virtio modules of the image
    (decompressed: busybox's insmod reads plain ELF), and /init."""
    root = os.path.join(out, 'initramfs')
    shutil.rmtree(root, ignore_errors=True)
    for d in ('bin', 'dev', 'proc', 'sys', 'host', 'results', 'modules'):
        os.makedirs(os.path.join(root, d))
    shutil.copy('/bin/busybox', os.path.join(root, 'bin', 'busybox'))
    files = [f for f in (module_file(release, m) for m in GUEST_MODULES) if f]
    names = []
    for src in load_order(files):
        base = os.path.basename(src)
        dst = os.path.join(root, 'modules', base.split('.ko')[0] + '.ko')
        if base.endswith('.xz'):
            with open(dst, 'wb') as f:
                subprocess.run(['xz', '-dc', src], stdout=f, check=True)
        elif base.endswith('.zst'):
            with open(dst, 'wb') as f:
                subprocess.run(['zstd', '-dc', src], stdout=f, check=True)
        else:
            shutil.copy(src, dst)
        names.append(os.path.basename(dst))
    init = f'''#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo {MARK_UP}
for m in {' '.join(names)}; do insmod /modules/$m || echo "init: insmod $m failed"; done
mount -t 9p -o trans=virtio,version=9p2000.L,ro,cache=loose hostroot /host || echo "init: no host root"
mount -t 9p -o trans=virtio,version=9p2000.L,cache=none results /results || echo "init: no results folder"
SHARE=$(cat /results/share-path)
mkdir -p /dev/pts /dev/shm
for d in proc sys dev; do mount --bind /$d /host/$d; done
mount -t devpts devpts /host/dev/pts
mount -t tmpfs tmpfs /host/dev/shm
mount -t tmpfs tmpfs /host/run
# A writable /tmp, unless the test's own files are there.
case "$SHARE" in /tmp/*) ;; *) mount -t tmpfs tmpfs /host/tmp ;; esac
mount --bind /results /host$SHARE
chroot /host /bin/sh $SHARE/guest.sh > /results/guest.log 2>&1
echo "init: guest script exit $?"
sync
echo {MARK_DONE}
poweroff -f
'''
    with open(os.path.join(root, 'init'), 'w') as f:
        f.write(init)
    os.chmod(os.path.join(root, 'init'), 0o755)
    image = os.path.join(out, 'initramfs.cpio')
    listing = subprocess.run(['find', '.'], cwd=root, capture_output=True, text=True,
                             check=True).stdout
    with open(image, 'wb') as f:
        subprocess.run(['cpio', '-o', '-H', 'newc', '--quiet'], cwd=root, input=listing.encode(),
                       stdout=f, check=True)
    return image


def guest_script(share, modules, hello_ko, events):
    """What runs in the guest, in the chroot of the host's root."""
    insmods = '\n'.join(f'insmod {m} || fail "insmod {os.path.basename(m)}"' for m in modules)
    greeting = GREETING.replace('\n', '\\n')  # printf's escape
    return f'''set -u
fail() {{ echo "guest: $*"; exit 1; }}
export LTTNG_HOME=/run/lttng-home TMPDIR=/run
mkdir -p $LTTNG_HOME
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
uname -r
{insmods}
insmod {hello_ko} || fail "insmod hello.ko"
lttng-sessiond --daemonize --kmod-probes=timer,hello || fail "lttng-sessiond"
lttng create rec --output=/run/trace || fail "lttng create"
lttng enable-event --kernel {','.join(events)} || fail "lttng enable-event"
lttng start || fail "lttng start"
# Drive the device: a new greeting, read back, then the reset (a lone
# newline), read again.
printf '{greeting}' > /dev/hello || fail "write"
cat /dev/hello > {share}/read1.txt || fail "read"
printf '\\n' > /dev/hello || fail "reset"
cat /dev/hello > {share}/read2.txt || fail "read after reset"
sleep 1
lttng stop || fail "lttng stop"
lttng destroy || fail "lttng destroy"
babeltrace2 /run/trace > {share}/babeltrace.txt 2> {share}/babeltrace.err || fail "babeltrace2"
echo "guest: done"
'''


def boot(out, kernel, initrd, share, accel, timeout):
    console = os.path.join(out, f'console-{accel}.log')
    accel_args = (['-accel', 'kvm', '-cpu', 'host'] if accel == 'kvm'
                  else ['-accel', 'tcg,thread=multi', '-cpu', 'max'])
    cmd = ['timeout', str(timeout), 'qemu-system-x86_64', *accel_args,
           '-smp', '2', '-m', '2048', '-kernel', kernel, '-initrd', initrd,
           '-append', 'console=ttyS0 panic=-1 loglevel=4',
           '-display', 'none', '-monitor', 'none', '-serial', f'file:{console}',
           '-no-reboot',
           '-virtfs', 'local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap',
           '-virtfs', f'local,path={share},mount_tag=results,security_model=none']
    start = time.monotonic()
    r = run(cmd)
    seconds = time.monotonic() - start
    text = open(console, errors='replace').read() if os.path.exists(console) else ''
    return r.returncode, text, seconds


def parse_events(text):
    """babeltrace2's text output: (event name, {field: value text})."""
    events = []
    for line in text.splitlines():
        m = re.match(r'^\[[^\]]*\] \([^)]*\) \S+ (\w+): (.*)$', line)
        if not m:
            continue
        name, rest = m.groups()
        # The last brace group holds the payload fields.
        groups = re.findall(r'\{ (.*?) \}(?:,|$)', rest)
        payload = groups[-1] if groups else ''
        fields = {}
        for fm in re.finditer(r'(\w+) = ("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,]+)', payload):
            fields[fm.group(1)] = fm.group(2).strip()
        events.append((name, fields))
    return events


def mirror_fields(mirror):
    """Each LTTng event of the generated mirror with its fields' names, its
    class's for an instance."""
    text = open(mirror).read()
    classes, events = {}, {}
    for m in re.finditer(r'LTTNG_TRACEPOINT_EVENT(_CLASS|_MAP|_INSTANCE|_INSTANCE_MAP)?\((.*?)\n\)',
                         text, re.S):
        kind, body = m.group(1) or '', m.group(2)
        args = [a.strip() for a in body.split(',')]
        # ctf_integer(type, name, src), ctf_array_text(type, name, ...),
        # ctf_string(name, src)
        fields = re.findall(r'ctf_(?:integer\w*|array\w*|sequence\w*|enum)\(\s*[^,]+,\s*(\w+)', body)
        fields += re.findall(r'ctf_string\(\s*(\w+)', body)
        if kind == '_CLASS':
            classes[args[0]] = fields
        elif kind == '_INSTANCE':
            events[args[1]] = ('class', args[0])
        elif kind == '_INSTANCE_MAP':
            events[args[2]] = ('class', args[0])
        elif kind == '_MAP':
            events[args[1]] = ('fields', fields)
        else:
            events[args[0]] = ('fields', fields)
    return {name: (classes.get(v[1], []) if v[0] == 'class' else v[1])
            for name, v in events.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--root', required=True)
    ap.add_argument('--build', required=True, help="lttng-tidy's build directory")
    ap.add_argument('--lttng', required=True, help='LTTng-modules 2.13.9 source (cache)')
    ap.add_argument('--out', required=True)
    ap.add_argument('--release', default='6.1.0-50-amd64')
    ap.add_argument('--clang-tidy', default='/usr/bin/clang-tidy-19')
    ap.add_argument('--apply', default='clang-apply-replacements-19')
    ap.add_argument('--boot-timeout', type=int, default=600)
    ap.add_argument('--keep-build', action='store_true',
                    help="reuse the previous run's example and LTTng modules (for work on the guest)")
    args = ap.parse_args()
    out = os.path.realpath(args.out)
    lttng = os.path.join(out, 'example', 'lttng-modules-2.13.9')
    reuse = args.keep_build and os.path.exists(os.path.join(lttng, 'src', LTTNG_MODULES[-1]))
    if not reuse:
        shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    kernel = f'/boot/vmlinuz-{args.release}'
    kdir = f'/usr/src/linux-headers-{args.release}'
    for need in (kernel, kdir, '/bin/busybox', shutil.which('qemu-system-x86_64') or '/nonexistent',
                 shutil.which('lttng') or '/nonexistent', shutil.which('babeltrace2') or '/nonexistent'):
        if not os.path.exists(need):
            log(f'FAIL: {need} is missing (scripts/setup.sh installs it)')
            return 1
    tool = os.path.join(args.build, 'tool', 'lttng-tidy')
    plugin = os.path.join(args.build, 'checks', 'LttngTidyModule.so')

    # 1. The main job: the example module and its generated probe.
    work = os.path.join(out, 'example')
    cache = args.lttng
    suffix = '/lttng-modules/usr/src/lttng-modules-2.13.9'
    if not cache.endswith(suffix):
        log(f'FAIL: unexpected LTTng source path {cache}')
        return 1
    env = dict(os.environ, LTTNG_TIDY_BUILD_DIR=args.build, LTTNG_TIDY_EXAMPLE_DIR=work,
               LTTNG_TIDY_KERNEL_RELEASE=args.release, LTTNG_TIDY_CACHE=cache[:-len(suffix)])
    if not reuse:
        run([os.path.join(args.root, 'scripts', 'run-example.sh')],
            os.path.join(out, 'run-example.log'), check=True, env=env)
    hello_ko = os.path.join(work, 'hello', 'hello.ko')
    mirror = os.path.join(lttng, 'include', 'instrumentation', 'events', 'hello.h')

    # 2. Our fix-its for this kernel on the timer probe, then the build.
    modules = [os.path.join(lttng, 'src', m) for m in LTTNG_MODULES]
    if not reuse:
        make = ['make', '-C', kdir, f'M={lttng}/src', 'CONFIG_LTTNG=m', f'-j{os.cpu_count()}']
        raw = os.path.join(out, 'timer-raw.json')
        run(['bear', '--output', raw, '--', *make, 'probes/lttng-probe-timer.o'],
            os.path.join(out, 'timer-shipped.log'))
        dbdir = os.path.join(out, 'timer-db')
        os.makedirs(dbdir)
        run([tool, 'compdb', raw, '-o', os.path.join(dbdir, 'compile_commands.json')],
            os.path.join(out, 'compdb.log'), check=True)
        fixes = os.path.join(out, 'fixes')
        os.makedirs(fixes)
        run([tool, 'audit', '-p', dbdir, '--no-cache', '--quiet', '--checks=-*,lttng-proto-mismatch',
             f'--export-fixes={fixes}/timer.yaml', f'--clang-tidy={args.clang_tidy}',
             f'--plugin={plugin}'], os.path.join(out, 'audit-timer.log'))
        exported = open(os.path.join(fixes, 'timer.yaml')).read() if os.path.exists(
            os.path.join(fixes, 'timer.yaml')) else ''
        if 'hrtimer_start' not in exported or 'ReplacementText' not in exported:
            log(f'FAIL: no fix for hrtimer_start exported (see {out}/audit-timer.log)')
            return 1
        run([args.apply, fixes], os.path.join(out, 'apply.log'), check=True)
        build_log = os.path.join(out, 'lttng-build.log')
        r = run([*make, *LTTNG_MODULES], build_log)
        missing = [m for m in modules if not os.path.exists(m)]
        if r.returncode or missing:
            log(f'FAIL: the LTTng modules do not build (exit {r.returncode}, missing '
                f'{[os.path.basename(m) for m in missing]}); see {build_log}')
            return 1
    log(f'built {len(modules)} LTTng modules against {kdir}, the timer probe with our fix')
    timer_mirror = open(os.path.join(lttng, 'include', 'instrumentation', 'events',
                                     'timer.h')).read()
    if 'was_armed' not in timer_mirror:
        log('FAIL: the fixed timer mirror does not mention was_armed')
        return 1

    # 3. The guest's initramfs and script.
    share = os.path.join(out, 'share')
    shutil.rmtree(share, ignore_errors=True)
    os.makedirs(share)
    with open(os.path.join(share, 'share-path'), 'w') as f:
        f.write(share + '\n')
    expected = mirror_fields(mirror)
    if set(expected) != {'hello_open', 'hello_read', 'hello_write', 'hello_greeting_reset'}:
        log(f'FAIL: the generated mirror declares {sorted(expected)}')
        return 1
    events = sorted(expected) + ['timer_hrtimer_start']
    with open(os.path.join(share, 'guest.sh'), 'w') as f:
        f.write(guest_script(share, load_order(modules), hello_ko, events))
    initrd = make_initramfs(out, args.release)

    # 4. Boot: KVM when it boots the kernel, else TCG.
    accel = 'tcg'
    if os.access('/dev/kvm', os.W_OK):
        rc, console, secs = boot(out, kernel, initrd, share, 'kvm', 30)
        if MARK_UP in console and MARK_DONE in console:
            accel = 'kvm'
        else:
            log(f'KVM did not run the guest to its end in 30 s (exit {rc}): TCG instead')
            for name in os.listdir(share):
                if name not in ('share-path', 'guest.sh'):
                    os.remove(os.path.join(share, name))
    if accel == 'tcg':
        rc, console, secs = boot(out, kernel, initrd, share, 'tcg', args.boot_timeout)
    log(f'the guest ran under {accel.upper()}: {secs:.0f} s, qemu exit {rc}')
    if MARK_UP not in console:
        log('SKIP: the kernel did not reach init under qemu on this machine; console:')
        log(console[-4000:])
        return SKIP

    def show_and_fail(why):
        log(f'FAIL: {why}')
        log('-- the guest console (end):\n' + console[-6000:])
        for name in ('guest.log', 'babeltrace.err', 'babeltrace.txt'):
            path = os.path.join(share, name)
            if os.path.exists(path):
                log(f'-- {name}:\n' + open(path, errors='replace').read()[-6000:])
        return 1

    if MARK_DONE not in console:
        return show_and_fail(f'the guest did not finish within {args.boot_timeout} s')
    trace_path = os.path.join(share, 'babeltrace.txt')
    if not os.path.exists(trace_path):
        return show_and_fail('no babeltrace2 output')
    trace = open(trace_path, errors='replace').read()
    recorded = parse_events(trace)

    # 5. What the trace says.
    failures = []
    by_name = {}
    for name, fields in recorded:
        by_name.setdefault(name, []).append(fields)
    for name, fields in expected.items():
        got = by_name.get(name, [])
        if not got:
            failures.append(f'{name}: not recorded')
            continue
        for f in got:
            if sorted(f) != sorted(fields):
                failures.append(f'{name}: fields {sorted(f)}, the mirror declares {sorted(fields)}')
                break
    hello = [(n, f) for n, f in recorded if n.startswith('hello_')]

    def first(name, **want):
        for n, f in hello:
            if n == name and all(f.get(k) == v for k, v in want.items()):
                return f
        return None

    # The values: the module's read and write events copy the first
    # HELLO_HEAD_LEN bytes of the buffer ('head'), and 'end' is the
    # mirror's computed field, pos + count.
    header = open(os.path.join(work, 'hello', 'include', 'trace', 'events', 'hello.h')).read()
    head_len = int(re.search(r'#define HELLO_HEAD_LEN (\d+)', header).group(1))
    default = re.search(r'#define HELLO_DEFAULT "([^"]*)"',
                        open(os.path.join(work, 'hello', 'hello.c')).read()).group(1)

    def text(value):
        return '"' + value.replace('\n', '\\n') + '"'

    n = len(GREETING)
    greeting_head = text(GREETING[:head_len])
    default_head = text(default.replace('\\n', '\n')[:head_len])
    checks = [
        ('hello_write of the greeting',
         first('hello_write', count=str(n), pos='0', end=str(n), head=greeting_head)),
        ('hello_read of the greeting, from the start',
         first('hello_read', pos='0', head=greeting_head)),
        ('hello_read of the greeting, after it',
         first('hello_read', pos=str(n), head=greeting_head)),
        ('hello_write of the reset', first('hello_write', count='1', pos='0', end='1',
                                           head=text('\n'))),
        ('hello_greeting_reset with the old length', first('hello_greeting_reset', old_len=str(n))),
        ('hello_read of the default greeting', first('hello_read', pos='0', head=default_head)),
        ('hello_open by the shell', first('hello_open', comm='"sh"')),
        ('hello_open by cat', first('hello_open', comm='"cat"')),
    ]
    for what, ok in checks:
        if not ok:
            failures.append(f'no {what}')
    for name, f in hello:
        if name in ('hello_read', 'hello_write') and all(
                f.get(k, '').isdigit() for k in ('pos', 'count', 'end')) and \
                int(f['end']) != int(f['pos']) + int(f['count']):
            failures.append(f'{name}: end {f["end"]} is not pos + count')
    opens = [int(f['opens']) for n2, f in hello if n2 == 'hello_open' and f.get('opens', '').isdigit()]
    if opens != [1, 2, 3, 4]:
        failures.append(f'hello_open counts {opens}, expected 1 to 4 (two writes, two reads)')
    timers = by_name.get('timer_hrtimer_start', [])
    if not timers:
        failures.append('timer_hrtimer_start: not recorded')
    elif not all(f.get('was_armed') in ('0', '1') for f in timers):
        failures.append(f'timer_hrtimer_start does not record was_armed: {timers[0]}')
    log(f'babeltrace2: {len(recorded)} events; '
        + ', '.join(f'{k} {len(v)}' for k, v in sorted(by_name.items())))
    for line in trace.splitlines():
        if ' hello_' in line:
            log('  ' + line)
    if failures:
        return show_and_fail('; '.join(failures))
    log('ok: every event of the generated probe recorded with the fields its mirror '
        'declares and the values driven; timer_hrtimer_start records was_armed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
