"""The prepared 6.1 allmodconfig tree the kernel-wide tests share."""
import os
import subprocess


def prepared_kernel(root, kernel_build=None):
    """Runs scripts/prepare-kernel.sh (it waits for another test preparing
    the same tree) and returns the tree's path, or None when it failed."""
    cmd = [os.path.join(root, 'scripts', 'prepare-kernel.sh')]
    if kernel_build:
        cmd.append(kernel_build)
    print('+', ' '.join(cmd), flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        print('FAIL: scripts/prepare-kernel.sh failed')
        return None
    return proc.stdout.strip().splitlines()[-1]
