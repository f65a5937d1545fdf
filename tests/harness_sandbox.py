# harness_sandbox.py: the sandbox a test puts the harness's runs in
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The bubblewrap words src/check/dojo-sandbox.c puts in front of a run,
for the tests that start data/harness/dojo_harness.py themselves
(check-harness-pytest.py, check-explain.py)."""

import json
import os
import shutil
import subprocess
import sys

PYTHON = '/usr/bin/python3'
HARNESS_START = ('import sys; sys.path[0:0] = [sys.argv[1]]; import dojo_harness; '
                 'sys.exit(dojo_harness.main(sys.argv[2:]))')


def sandbox_prefix(project, harness_dir, readonly=()):
    """The words dojo-sandbox.c puts in front of a run (add_bwrap)."""
    bwrap = shutil.which('bwrap')
    if bwrap is None:
        sys.exit('bwrap is not installed: the harness runs nothing without a sandbox')
    argv = [bwrap, '--unshare-user', '--unshare-pid', '--unshare-net', '--unshare-ipc',
            '--unshare-uts', '--unshare-cgroup-try', '--disable-userns',
            '--uid', '1000', '--gid', '1000', '--hostname', 'dojo', '--cap-drop', 'ALL',
            '--die-with-parent', '--new-session', '--clearenv',
            '--setenv', 'PATH', '/usr/local/bin:/usr/bin:/bin',
            '--setenv', 'HOME', '/home/learner', '--setenv', 'TMPDIR', '/tmp',
            '--setenv', 'LANG', 'C.UTF-8', '--setenv', 'PYTHONDONTWRITEBYTECODE', '1',
            '--setenv', 'PYTHONUTF8', '1', '--ro-bind', '/usr', '/usr']
    for top in ('/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'):
        if os.path.islink(top):
            argv += ['--symlink', os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ['--ro-bind', top, top]
    for path in ('/etc/ld.so.cache', '/etc/localtime', '/etc/alternatives'):
        argv += ['--ro-bind-try', path, path]
    for name in ('passwd', 'group', 'hosts', 'nsswitch.conf'):
        argv += ['--ro-bind', os.path.join(harness_dir, 'sandbox-etc', name), '/etc/' + name]
    argv += ['--proc', '/proc', '--dev', '/dev', '--size', '268435456', '--tmpfs', '/tmp',
             '--size', '268435456', '--tmpfs', '/home', '--dir', '/home/learner']
    for path in (harness_dir,) + tuple(readonly):
        argv += ['--ro-bind', path, path]
    argv += ['--bind', project, project, '--chdir', '/', '--']
    return argv


def run_harness(harness_dir, request):
    """Runs the harness on @request as dojo-checker.c does (the nonce on the
    first line of stdin, the answer on a pipe of its own) and returns its
    answer, after checking the nonce and that the sandbox started."""
    nonce = os.urandom(16).hex()
    r, w = os.pipe()
    harness = subprocess.Popen(
        [PYTHON, '-I', '-S', '-X', 'utf8', '-c', HARNESS_START, harness_dir,
         '--result-fd', str(w)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        pass_fds=(w,), cwd='/')
    os.close(w)
    out, _ = harness.communicate((nonce + '\n' + json.dumps(request)).encode(),
                                 timeout=120)
    with os.fdopen(r, 'rb') as f:
        answer = f.read()
    if harness.returncode != 0 or not answer:
        raise AssertionError('the harness failed (%s): %s' % (harness.returncode,
                                                              out.decode()))
    result = json.loads(answer)
    assert result['nonce'] == nonce
    if result.get('sandbox_error'):
        raise AssertionError('no sandbox: ' + result['sandbox_error'])
    return result
