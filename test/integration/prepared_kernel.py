"""The prepared allmodconfig trees (one per kernel series) the kernel-wide
tests share."""
import os
import subprocess


def prepared_kernel(root, kernel_build=None, series='6.1'):
    """Runs scripts/prepare-kernel.sh for the kernel \p series (it waits for
    another test preparing the same tree) and returns the tree's path, or
    None when it failed."""
    cmd = [os.path.join(root, 'scripts', 'prepare-kernel.sh')]
    if kernel_build:
        cmd.append(kernel_build)
    print('+ LTTNG_TIDY_KERNEL_SERIES=%s %s' % (series, ' '.join(cmd)),
          flush=True)
    env = dict(os.environ, LTTNG_TIDY_KERNEL_SERIES=series)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=env)
    if proc.returncode != 0:
        print('FAIL: scripts/prepare-kernel.sh failed')
        return None
    return proc.stdout.strip().splitlines()[-1]
