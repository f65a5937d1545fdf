/* test-sandbox.c: what code started through a sandbox prefix can and cannot do
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-sandbox.h"

#define PYTHON "/usr/bin/python3"

typedef struct
{
  char *base;
  char *project;
  char *outside;
  char *secret;
} Fixture;

static void
write_file (const char *path,
            const char *text)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->base = g_dir_make_tmp ("test-sandbox-XXXXXX", NULL);
  g_assert_nonnull (f->base);
  f->project = g_build_filename (f->base, "project", NULL);
  f->outside = g_build_filename (f->base, "outside", NULL);
  /* The user's private key, in the test's HOME. */
  f->secret = g_build_filename (g_get_home_dir (), ".ssh", "id_ed25519", NULL);
  g_assert_cmpint (g_mkdir (f->project, 0755), ==, 0);
  write_file (f->secret, "PRIVATE-KEY-OF-THE-USER\n");
  {
    g_autofree char *victim = g_build_filename (f->outside, "victim.txt", NULL);

    write_file (victim, "keep me\n");
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->base);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->base);
  g_free (f->project);
  g_free (f->outside);
  g_free (f->secret);
}

static char *
harness_etc (void)
{
  return g_build_filename (g_getenv ("DOJO_HARNESS_DIR"), "sandbox-etc", NULL);
}

static DojoSandbox *
project_sandbox (Fixture *f)
{
  DojoSandbox *sandbox = dojo_sandbox_new (DOJO_SANDBOX_KIND_BWRAP);
  g_autofree char *etc = harness_etc ();

  dojo_sandbox_set_writable (sandbox, f->project);
  dojo_sandbox_set_etc_dir (sandbox, etc);
  dojo_sandbox_set_program (sandbox, PYTHON);
  return sandbox;
}

/* Runs @code with Python inside @sandbox; returns what it printed, which
 * the programs below make a JSON object. */
static JsonObject *
run_python (DojoSandbox *sandbox,
            const char  *code,
            int         *exit_status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) prefix = dojo_sandbox_get_prefix (sandbox, &error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  int status;

  g_assert_no_error (error);
  g_strv_builder_addv (builder, (const char **)prefix);
  g_strv_builder_add_many (builder, PYTHON, "-I", "-c", code, NULL);
  argv = g_strv_builder_end (builder);

  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = status;
  if (!json_parser_load_from_data (parser, out, -1, NULL))
    g_error ("not JSON: %s\nstderr: %s", out, err);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* A program that tries every door it can think of and says which opened. */
static const char *doors =
  "import json, os, socket, sys\n"
  "secret, outside, host_pid, port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])\n"
  "seen = {}\n"
  "def attempt(name, fn):\n"
  "    try:\n"
  "        seen[name] = fn()\n"
  "    except Exception as e:\n"
  "        seen[name] = 'refused: ' + type(e).__name__\n"
  "attempt('secret', lambda: open(secret).read())\n"
  "attempt('write_outside', lambda: open(os.path.join(outside, 'new.txt'), 'w').write('x'))\n"
  "attempt('delete_outside', lambda: os.remove(os.path.join(outside, 'victim.txt')))\n"
  "attempt('signal_host', lambda: os.kill(host_pid, 0))\n"
  "attempt('connect_host', lambda: socket.create_connection(('127.0.0.1', port), 2).close())\n"
  "attempt('connect_world', lambda: socket.create_connection(('1.1.1.1', 53), 2).close())\n"
  "attempt('write_project', lambda: open('mine.txt', 'w').write('mine'))\n"
  "attempt('write_usr', lambda: open('/usr/dojo-was-here', 'w').write('x'))\n"
  "seen['home'] = os.environ.get('HOME')\n"
  "seen['home_files'] = sorted(os.listdir(os.environ.get('HOME', '/')))\n"
  "seen['tmp_files'] = sorted(os.listdir('/tmp'))\n"
  "seen['pids'] = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())\n"
  "seen['uid'] = os.getuid()\n"
  "seen['cwd'] = os.getcwd()\n"
  "seen['environ'] = sorted(os.environ)\n"
  "print(json.dumps(seen))\n";

static void
test_doors_closed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoSandbox) sandbox = project_sandbox (f);
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new_from_string ("127.0.0.1", 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autoptr(JsonObject) seen = NULL;
  g_autofree char *mine = g_build_filename (f->project, "mine.txt", NULL);
  g_autofree char *victim = g_build_filename (f->outside, "victim.txt", NULL);
  g_autofree char *created = g_build_filename (f->outside, "new.txt", NULL);
  g_autofree char *real_project = realpath (f->project, NULL);
  g_autoptr(GSocket) accepted = NULL;
  JsonArray *tmp_files;
  JsonArray *pids;
  guint16 port;

  /* A service of the user's on the loopback, which the code must not
   * reach. */
  listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                           G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (listener, any, TRUE, &error));
  g_assert_true (g_socket_listen (listener, &error));
  bound = g_socket_get_local_address (listener, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  code = g_strdup_printf ("import sys; sys.argv[1:] = ['%s', '%s', '%d', '%u']\n%s",
                          f->secret, f->outside, (int)getpid (), port, doors);
  seen = run_python (sandbox, code, NULL);

  /* The user's files: unread, unchanged. */
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "secret"), "refused"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "write_outside"),
                                   "refused"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "delete_outside"),
                                   "refused"));
  g_assert_false (g_file_test (created, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (victim, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "write_usr"),
                                   "refused"));

  /* No process of ours to signal, no network. */
  g_assert_cmpstr (json_object_get_string_member (seen, "signal_host"), ==,
                   "refused: ProcessLookupError");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "connect_host"),
                                   "refused"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (seen, "connect_world"),
                                   "refused"));
  /* Nothing is waiting to be accepted: no connection was made. */
  g_socket_set_blocking (listener, FALSE);
  accepted = g_socket_accept (listener, NULL, &error);
  g_assert_null (accepted);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);

  /* The project: the one place it may write, and where it starts. */
  g_assert_cmpint (json_object_get_int_member (seen, "write_project"), ==, 4);
  g_assert_true (g_file_test (mine, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (json_object_get_string_member (seen, "cwd"), ==, real_project);

  /* An empty private HOME and /tmp, its own user and its own processes. */
  g_assert_cmpstr (json_object_get_string_member (seen, "home"), ==, DOJO_SANDBOX_HOME);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (seen, "home_files")),
                    ==, 0);
  /* (In /tmp, only the folders on the way to the project, when it is
   * there.) */
  tmp_files = json_object_get_array_member (seen, "tmp_files");
  for (guint i = 0; i < json_array_get_length (tmp_files); i++)
    {
      g_autofree char *way = g_build_filename ("/tmp",
                                               json_array_get_string_element (tmp_files, i),
                                               NULL);

      g_assert_true (g_str_has_prefix (real_project, way));
    }
  g_assert_cmpint (json_object_get_int_member (seen, "uid"), ==, DOJO_SANDBOX_UID);
  pids = json_object_get_array_member (seen, "pids");
  g_assert_cmpuint (json_array_get_length (pids), <=, 3);
  g_assert_cmpint (json_array_get_int_element (pids, 0), ==, 1);

  /* Nothing of the user's environment comes in. */
  g_assert_false (json_array_get_length (json_object_get_array_member (seen, "environ")) > 8);
}

/* The project is writable, the paths given read-only are readable and
 * nothing more, and a program started outside /usr gets its installation
 * readable. */
static void
test_readonly_paths (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DojoSandbox) sandbox = project_sandbox (f);
  g_autofree char *victim = g_build_filename (f->outside, "victim.txt", NULL);
  g_autofree char *code = NULL;
  g_autoptr(JsonObject) seen = NULL;

  dojo_sandbox_add_readonly (sandbox, victim);
  code = g_strdup_printf ("import json\n"
                          "seen = {'read': open('%s').read()}\n"
                          "try:\n"
                          "    open('%s', 'a').write('changed')\n"
                          "    seen['write'] = 'allowed'\n"
                          "except OSError as e:\n"
                          "    seen['write'] = 'refused'\n"
                          "print(json.dumps(seen))\n", victim, victim);
  seen = run_python (sandbox, code, NULL);

  g_assert_cmpstr (json_object_get_string_member (seen, "read"), ==, "keep me\n");
  g_assert_cmpstr (json_object_get_string_member (seen, "write"), ==, "refused");
}

/* A daemon (setsid, then a second fork) does not outlive the sandbox. */
static void
test_no_daemon_survives (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DojoSandbox) sandbox = project_sandbox (f);
  g_autofree char *late = g_build_filename (f->project, "late.txt", NULL);
  g_autoptr(JsonObject) seen = NULL;

  seen = run_python (sandbox,
                     "import json, os, time\n"
                     "if os.fork() == 0:\n"
                     "    os.setsid()\n"
                     "    if os.fork() == 0:\n"
                     "        time.sleep(1)\n"
                     "        open('late.txt', 'w').write('still here')\n"
                     "    os._exit(0)\n"
                     "print(json.dumps({'started': True}))\n", NULL);
  g_assert_true (json_object_get_boolean_member (seen, "started"));

  g_usleep (1500 * 1000);
  g_assert_false (g_file_test (late, G_FILE_TEST_EXISTS));
}

/* What the Flatpak path asks the portal for: checked without the runtime,
 * through the arguments flatpak-spawn is given. */
static void
test_flatpak_prefix (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DojoSandbox) sandbox = dojo_sandbox_new (DOJO_SANDBOX_KIND_FLATPAK);
  g_autofree char *bin = g_build_filename (f->base, "bin", NULL);
  g_autofree char *spawn = g_build_filename (bin, "flatpak-spawn", NULL);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *path = g_strdup_printf ("%s:%s", bin, old_path);
  g_autofree char *expose = g_strdup_printf ("--sandbox-expose-path=%s", f->project);
  g_autofree char *directory = g_strdup_printf ("--directory=%s", f->project);
  g_autofree char *expose_ro = g_strdup_printf ("--sandbox-expose-path-ro=%s", f->outside);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) prefix = NULL;
  guint n;

  write_file (spawn, "#!/bin/sh\nexit 0\n");
  g_assert_cmpint (g_chmod (spawn, 0755), ==, 0);
  g_setenv ("PATH", path, TRUE);

  dojo_sandbox_set_writable (sandbox, f->project);
  dojo_sandbox_add_readonly (sandbox, f->outside);
  dojo_sandbox_add_readonly (sandbox, "/usr/share/dojo/harness");
  dojo_sandbox_add_fd (sandbox, 3);
  dojo_sandbox_add_fd (sandbox, 4);
  prefix = dojo_sandbox_get_prefix (sandbox, &error);
  g_setenv ("PATH", old_path, TRUE);
  g_assert_no_error (error);

  n = g_strv_length (prefix);
  g_assert_cmpstr (prefix[0], ==, spawn);
  g_assert_cmpstr (prefix[n - 1], ==, "--");
  /* Its own sandbox, no network, ended with the caller, a clean
   * environment. */
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--sandbox"));
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--no-network"));
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--watch-bus"));
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--clear-env"));
  g_assert_false (g_strv_contains ((const char * const *)prefix, "--host"));
  /* The project writable and where it starts, the rest read-only, the
   * result channels passed on. */
  g_assert_true (g_strv_contains ((const char * const *)prefix, expose));
  g_assert_true (g_strv_contains ((const char * const *)prefix, directory));
  g_assert_true (g_strv_contains ((const char * const *)prefix, expose_ro));
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--forward-fd=3"));
  g_assert_true (g_strv_contains ((const char * const *)prefix, "--forward-fd=4"));
  /* The app's own files are in every sub-sandbox already. */
  for (guint i = 0; i < n; i++)
    g_assert_null (strstr (prefix[i], "/usr/share/dojo"));
}

static void
test_bwrap_prefix (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoSandbox) sandbox = project_sandbox (f);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) prefix = dojo_sandbox_get_prefix (sandbox, &error);
  static const char * const required[] = {
    "--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
    "--disable-userns", "--die-with-parent", "--new-session", "--clearenv",
  };
  guint n;

  g_assert_no_error (error);
  n = g_strv_length (prefix);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_strv_contains ((const char * const *)prefix, required[i]));
  /* The project is mounted last, after the private /tmp and /home, so a
   * project that lives under /tmp is still seen. */
  g_assert_cmpstr (prefix[n - 1], ==, "--");
  g_assert_cmpstr (prefix[n - 3], ==, "--chdir");
  g_assert_cmpstr (prefix[n - 2], ==, f->project);
  g_assert_cmpstr (prefix[n - 6], ==, "--bind");
}

/* Without the tool a kind needs, no prefix, and a message that says what
 * to install; "none" is an empty prefix, asked for by name only. */
static void
test_unavailable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DojoSandbox) bwrap = dojo_sandbox_new (DOJO_SANDBOX_KIND_BWRAP);
  g_autoptr(DojoSandbox) none = dojo_sandbox_new (DOJO_SANDBOX_KIND_NONE);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) prefix = NULL;
  g_auto(GStrv) empty = NULL;

  g_setenv ("PATH", f->base, TRUE);
  prefix = dojo_sandbox_get_prefix (bwrap, &error);
  g_setenv ("PATH", old_path, TRUE);
  g_assert_null (prefix);
  g_assert_error (error, DOJO_SANDBOX_ERROR, DOJO_SANDBOX_ERROR_UNAVAILABLE);
  g_assert_nonnull (strstr (error->message, "bubblewrap"));

  empty = dojo_sandbox_get_prefix (none, NULL);
  g_assert_cmpuint (g_strv_length (empty), ==, 0);

  g_setenv ("DOJO_SANDBOX", "none", TRUE);
  g_assert_cmpint (dojo_sandbox_kind_detect (), ==, DOJO_SANDBOX_KIND_NONE);
  g_setenv ("DOJO_SANDBOX", "flatpak", TRUE);
  g_assert_cmpint (dojo_sandbox_kind_detect (), ==, DOJO_SANDBOX_KIND_FLATPAK);
  g_unsetenv ("DOJO_SANDBOX");
  g_assert_cmpint (dojo_sandbox_kind_detect (), ==, DOJO_SANDBOX_KIND_BWRAP);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sandbox/doors-closed", test_doors_closed);
  ADD ("/sandbox/readonly-paths", test_readonly_paths);
  ADD ("/sandbox/no-daemon-survives", test_no_daemon_survives);
  ADD ("/sandbox/bwrap-prefix", test_bwrap_prefix);
  ADD ("/sandbox/flatpak-prefix", test_flatpak_prefix);
  ADD ("/sandbox/unavailable", test_unavailable);

  return g_test_run ();
}
