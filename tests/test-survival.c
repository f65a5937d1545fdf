/* test-survival.c: nothing typed is lost: not by kill -9, not by a full disk
 *
 * These tests drive the real dojo binary as a learner would, typing with
 * real X key events (xdotool) under Xvfb.
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dojo-library.h"
#include "dojo-test-slow.h"
#include "dojo-pack.h"

/* What the learner types: two lines, every character counts. */
static const char typed[] = "name = \"Ada Lovelace, 1815\"\nprint(name * 3)\n";

typedef struct
{
  char  *root;      /* everything of this learner: HOME and XDG dirs */
  char  *data;      /* XDG_DATA_HOME */
  GPid   pid;
  char  *log_path;  /* the app's stderr */
  char  *bus;       /* a session bus of this learner's own */
  int    bus_pid;
} Learner;

static char *run_full (const char * const *argv, gboolean must_succeed);

static char *
run (const char * const *argv)
{
  return run_full (argv, TRUE);
}

static char *
run_full (const char * const *argv,
          gboolean            must_succeed)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bounded = g_ptr_array_new ();
  int status = 0;

  /* Nothing here may wait forever: a window that never shows must fail
   * the test, not hang it. */
  g_ptr_array_add (bounded, (char *)"timeout");
  g_ptr_array_add (bounded, (char *)"30");
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (bounded, (char *)argv[i]);
  g_ptr_array_add (bounded, NULL);

  if (!g_spawn_sync (NULL, (char **)bounded->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      if (must_succeed)
        g_error ("%s failed: %s", argv[0], err);
      return NULL;
    }

  return g_strstrip (g_steal_pointer (&out));
}

static void
learner_init (Learner *l)
{
  const char *daemon[] = { "dbus-daemon", "--session", "--fork", "--print-address=1",
                           "--print-pid=1", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  l->root = g_dir_make_tmp ("dojo-survival-XXXXXX", NULL);
  g_assert_nonnull (l->root);
  l->data = g_build_filename (l->root, "data", NULL);
  l->log_path = g_build_filename (l->root, "dojo.log", NULL);
  g_assert_cmpint (g_mkdir_with_parents (l->data, 0700), ==, 0);

  /* A session bus of its own: no other Dojo (another test's) can take this
   * one's activation as a second instance. */
  out = run (daemon);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  l->bus = g_strdup (g_strstrip (lines[0]));
  l->bus_pid = atoi (lines[1]);
  g_assert_cmpint (l->bus_pid, >, 0);
}

static void
learner_clear (Learner *l)
{
  const char *argv[] = { "rm", "-rf", "--one-file-system", l->root, NULL };
  g_autofree char *out = NULL;

  /* A check started just before Dojo was stopped runs on to its end (its
   * time limit bounds it) and may still write its bytecode cache here. */
  for (guint i = 0; i < 20 && (out = run_full (argv, FALSE)) == NULL; i++)
    g_usleep (500 * 1000);
  g_assert_nonnull (out);

  kill (l->bus_pid, SIGTERM);
  g_clear_pointer (&l->root, g_free);
  g_clear_pointer (&l->data, g_free);
  g_clear_pointer (&l->log_path, g_free);
  g_clear_pointer (&l->bus, g_free);
}

static void
redirect_stderr (gpointer user_data)
{
  int fd = open (user_data, O_WRONLY | O_CREAT | O_APPEND, 0600);

  dup2 (fd, 2);
  close (fd);
}

static char *
start_dojo (Learner *l)
{
  g_autofree char *home = g_build_filename (l->root, "home", NULL);
  g_autofree char *config = g_build_filename (l->root, "config", NULL);
  g_autofree char *state = g_build_filename (l->root, "state", NULL);
  g_autofree char *cache = g_build_filename (l->root, "cache", NULL);
  g_autofree char *pid_text = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("DOJO_BIN"), NULL };
  const char *search[] = { "xdotool", "search", "--onlyvisible", "--pid", NULL, NULL };

  g_assert_nonnull (argv[0]);
  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", l->data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_STATE_HOME", state, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", l->bus, TRUE);
  /* The tests' own fatal warnings would turn the log message we read into
   * a crash. */
  env = g_environ_unsetenv (env, "G_DEBUG");

  /* Its output goes to the log, never to the test's own stdout (TAP). */
  g_assert_true (g_spawn_async (NULL, (char **)argv, env, G_SPAWN_STDOUT_TO_DEV_NULL,
                                redirect_stderr, l->log_path, &l->pid, &error));
  g_assert_no_error (error);

  pid_text = g_strdup_printf ("%d", (int)l->pid);
  search[4] = pid_text;

  /* The window is there once X says so. */
  {
    char *window = NULL;
    gint64 deadline = g_get_monotonic_time () + 30 * dojo_test_slowness () * G_USEC_PER_SEC;

    while (window == NULL || window[0] == '\0')
      {
        g_autofree char *log = NULL;
        int status;

        if (waitpid (l->pid, &status, WNOHANG) == l->pid)
          {
            g_file_get_contents (l->log_path, &log, NULL, NULL);
            g_error ("dojo exited before showing its window:\n%s", log ? log : "");
          }
        if (g_get_monotonic_time () > deadline)
          {
            g_autofree char *stat_path = g_strdup_printf ("/proc/%d/wchan", (int)l->pid);
            g_autofree char *wchan = NULL;

            g_file_get_contents (l->log_path, &log, NULL, NULL);
            g_file_get_contents (stat_path, &wchan, NULL, NULL);
            g_error ("dojo showed no window within %d s (it waits in %s); its log:\n%s",
                     30 * dojo_test_slowness (), wchan ? wchan : "?", log ? log : "");
          }

        g_free (window);
        window = run_full (search, FALSE);
        if (window == NULL)
          g_usleep (200 * 1000);
      }

    return window;
  }
}

/* Line by line, with Return between, as a person types (xdotool sends a
 * newline inside a string as a key the editor does not take). */
static void
type_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *type[] = { "xdotool", "type", "--delay", "15", lines[i], NULL };
      const char *enter[] = { "xdotool", "key", "Return", NULL };
      g_autofree char *b = NULL;
      g_autofree char *c = NULL;

      if (lines[i][0] != '\0')
        b = run (type);
      if (lines[i + 1] != NULL)
        c = run (enter);
    }
}

static void
click_editor (const char *window)
{
  /* The editor is right of the lesson pane and the file list, above the
   * terminal. */
  const char *click[] = { "xdotool", "mousemove", "--window", window, "900", "240",
                          "click", "1", NULL };
  g_autofree char *a = run (click);

  g_usleep (300 * 1000);
}

static void
click_editor_and_type (const char *window,
                       const char *text)
{
  click_editor (window);
  type_lines (text);
}

static void
press (const char *window,
       const char *keys)
{
  /* Real key events, as `type` sends them, to the window with the
   * pointer and the keyboard. */
  const char *argv[] = { "xdotool", "key", keys, NULL };
  g_autofree char *out = run (argv);
}

static char *
entry_file (Learner *l)
{
  g_autoptr(GFile) dir = dojo_library_get_builtin_dir ();
  g_autoptr(DojoPack) pack = dojo_pack_load (dir, NULL, NULL);

  g_assert_nonnull (pack);

  /* A new learner starts on the course's first item. */
  return g_build_filename (l->data, "dojo", "projects", dojo_pack_get_id (pack),
                           dojo_pack_item_get_id (dojo_pack_get_item (pack, 0)),
                           "main.py", NULL);
}

/* The waits below are long: they end as soon as what they wait for
 * happens, and only a loaded machine needs them long. */
static char *
wait_for_file (const char *path,
               const char *suffix,
               guint       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * dojo_test_slowness () * G_USEC_PER_SEC;
  char *contents = NULL;

  do
    {
      g_clear_pointer (&contents, g_free);
      if (g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_suffix (contents, suffix))
        return contents;
      g_usleep (100 * 1000);
    }
  while (g_get_monotonic_time () < deadline);

  return contents;
}

/* Whether @path comes to hold @what within @seconds. */
static gboolean
file_says (const char *path,
           const char *what,
           guint       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * dojo_test_slowness () * G_USEC_PER_SEC;

  do
    {
      g_autofree char *text = NULL;

      if (g_file_get_contents (path, &text, NULL, NULL) && strstr (text, what) != NULL)
        return TRUE;
      g_usleep (100 * 1000);
    }
  while (g_get_monotonic_time () < deadline);

  return FALSE;
}

static gboolean
log_says (Learner    *l,
          const char *what,
          guint       seconds)
{
  return file_says (l->log_path, what, seconds);
}

static void
stop_dojo (Learner *l,
           int      signum)
{
  int status = 0;

  kill (l->pid, signum);
  waitpid (l->pid, &status, 0);
  g_spawn_close_pid (l->pid);
  l->pid = 0;
}

static void
test_kill_9 (void)
{
  Learner l = { 0 };
  g_autofree char *window = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;

  learner_init (&l);
  window = start_dojo (&l);
  path = entry_file (&l);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* The learner types, pauses a moment, and the power goes. */
  click_editor_and_type (window, typed);
  after = wait_for_file (path, typed, 30);
  stop_dojo (&l, SIGKILL);

  g_assert_nonnull (after);
  g_assert_true (g_str_has_suffix (after, typed));
  g_assert_true (g_str_has_prefix (after, before));
  g_assert_cmpuint (strlen (after), ==, strlen (before) + strlen (typed));

  /* Next start: every character is there, and Dojo says what happened. */
  g_clear_pointer (&window, g_free);
  window = start_dojo (&l);
  g_assert_true (log_says (&l, "The last session ended without closing", 30));
  g_usleep (1500 * 1000);
  g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
  g_assert_cmpstr (again, ==, after);
  stop_dojo (&l, SIGTERM);

  learner_clear (&l);
}


/* A learner on an exercise of two files: the last item they had open. */
static char *
seed_item (Learner    *l,
           const char *item_id)
{
  g_autoptr(GFile) dir = dojo_library_get_builtin_dir ();
  g_autoptr(DojoPack) pack = dojo_pack_load (dir, NULL, NULL);
  g_autofree char *progress = NULL;
  g_autofree char *path = g_build_filename (l->data, "dojo", "progress.json", NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_nonnull (pack);
  progress = g_strdup_printf ("{\"format\": 1, \"items\": {}, \"last_items\": {\"%s\": \"%s\"}}\n",
                              dojo_pack_get_id (pack), item_id);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, progress, -1, NULL));

  return g_build_filename (l->data, "dojo", "projects", dojo_pack_get_id (pack), item_id, NULL);
}

static void
test_kill_9_two_files (void)
{
  Learner l = { 0 };
  g_autofree char *window = NULL;
  g_autofree char *project = NULL;
  g_autofree char *geometry = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *geometry_after = NULL;
  g_autofree char *main_after = NULL;
  g_autofree char *geometry_again = NULL;
  g_autofree char *main_again = NULL;
  g_autofree char *state = NULL;
  g_autofree char *tabs = NULL;
  const char *more = "# and a second file\nprint(\"both kept\")\n";

  learner_init (&l);
  project = seed_item (&l, "p3-own-module");
  geometry = g_build_filename (project, "geometry.py", NULL);
  main_py = g_build_filename (project, "main.py", NULL);
  window = start_dojo (&l);

  /* geometry.py is in view first; type at its end. */
  click_editor (window);
  press (window, "ctrl+End");
  type_lines (typed);

  /* The second tab, main.py (Alt+2), and more typing at its end.  Tabs
   * other than the one in view open just after the first frame, and Dojo
   * remembers them once all are open: that is when a learner sees the tab.
   * Alt+2 has brought main.py into view once Dojo remembers it as the
   * active tab (fixed pauses here lost the typing on a loaded machine). */
  state = g_build_filename (l.root, "state", "dojo", "open-files.ini", NULL);
  g_assert_true (file_says (state, "files=geometry.py;main.py;", 20));
  press (window, "alt+2");
  g_assert_true (file_says (state, "active=main.py", 20));
  press (window, "ctrl+End");
  type_lines (more);

  geometry_after = wait_for_file (geometry, typed, 30);
  main_after = wait_for_file (main_py, more, 30);
  stop_dojo (&l, SIGKILL);

  g_assert_nonnull (geometry_after);
  g_assert_true (g_str_has_suffix (geometry_after, typed));
  g_assert_nonnull (main_after);
  g_assert_true (g_str_has_suffix (main_after, more));

  /* Next start: both files hold every character, and both are open again. */
  g_clear_pointer (&window, g_free);
  window = start_dojo (&l);
  g_assert_true (log_says (&l, "The last session ended without closing", 30));
  g_usleep (1500 * 1000);
  g_assert_true (g_file_get_contents (geometry, &geometry_again, NULL, NULL));
  g_assert_cmpstr (geometry_again, ==, geometry_after);
  g_assert_true (g_file_get_contents (main_py, &main_again, NULL, NULL));
  g_assert_cmpstr (main_again, ==, main_after);
  g_assert_true (g_file_get_contents (state, &tabs, NULL, NULL));
  g_assert_nonnull (strstr (tabs, "files=geometry.py;main.py;"));
  stop_dojo (&l, SIGTERM);

  learner_clear (&l);
}


static gboolean
progress_says (Learner    *l,
               const char *what,
               guint       seconds)
{
  g_autofree char *path = g_build_filename (l->data, "dojo", "progress.json", NULL);

  return file_says (path, what, seconds);
}

/* The window's keys, pressed as a learner does, never change the code:
 * Alt+Right once swapped words ("print("typed-A")" became
 * "typed("print-A")") and did not move on. And they work from the
 * terminal, where Run leaves the keyboard. */
static void
test_keys_never_edit (void)
{
  Learner l = { 0 };
  g_autofree char *window = NULL;
  g_autofree char *project = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *after = NULL;
  const char *line = "print(\"typed-A\")";

  learner_init (&l);
  project = seed_item (&l, "p1-say-hello");
  main_py = g_build_filename (project, "main.py", NULL);
  window = start_dojo (&l);
  /* An exercise opens with its checks' guidance running: let it settle, as
   * a learner reads the instructions first (slow under AddressSanitizer). */
  g_usleep (1500 * 1000);

  click_editor (window);
  press (window, "ctrl+End");
  type_lines (line);
  /* The cursor between the words, where a word swap would act. */
  for (guint i = 0; i < 5; i++)
    press (window, "Left");
  saved = wait_for_file (main_py, line, 30);
  g_assert_nonnull (saved);
  if (!g_str_has_suffix (saved, line))
    g_error ("main.py holds “%s”, not the typed line at its end", saved);

  /* Next (Alt+Page Down) from the editor: the course moves on. */
  press (window, "alt+Next");
  g_assert_true (progress_says (&l, "\"p1-poem\"", 30));
  g_usleep (1500 * 1000);
  g_assert_true (g_file_get_contents (main_py, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, saved);

  /* Previous (Alt+Page Up) from the editor of the next part. */
  click_editor (window);
  press (window, "alt+Prior");
  g_assert_true (progress_says (&l, "\"p1-say-hello\"", 30));

  /* Run (F5) gives the terminal the keyboard; Check (Ctrl+Enter) from
   * there checks: the attempt is counted. */
  click_editor (window);
  press (window, "F5");
  g_usleep (1500 * 1000);
  press (window, "ctrl+Return");
  g_assert_true (progress_says (&l, "\"attempts\" : 1", 30));

  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (main_py, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, saved);
  stop_dojo (&l, SIGTERM);

  learner_clear (&l);
}

static void
fill_disk (const char *dir,
           char      **filler_out)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096];
  int fd = open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  while (write (fd, block, sizeof block) > 0)
    ;
  /* Down to the last bytes too. */
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);

  *filler_out = g_steal_pointer (&filler);
}

static void
test_full_disk (void)
{
  Learner l = { 0 };
  g_autofree char *window = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *while_full = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *filler = NULL;

  learner_init (&l);

  /* The learner's data lives on a tiny disk of its own. */
  g_assert_cmpint (mount ("tmpfs", l.data, "tmpfs", 0, "size=2m,mode=0700"), ==, 0);

  window = start_dojo (&l);
  path = entry_file (&l);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  fill_disk (l.data, &filler);

  /* Typing on a full disk: saving fails, Dojo says so, the file keeps its
   * last good text, and Dojo keeps running. */
  click_editor_and_type (window, typed);
  g_assert_true (log_says (&l, "Autosave failed, the text stays in the editor", 30));
  g_assert_cmpint (kill (l.pid, 0), ==, 0);
  g_assert_true (g_file_get_contents (path, &while_full, NULL, NULL));
  g_assert_cmpstr (while_full, ==, before);

  /* Space again, Ctrl+S: the text was in the editor all along. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  press (window, "ctrl+s");
  saved = wait_for_file (path, typed, 30);
  g_assert_nonnull (saved);
  g_assert_true (g_str_has_suffix (saved, typed));
  g_assert_true (g_str_has_prefix (saved, before));

  stop_dojo (&l, SIGTERM);
  g_assert_cmpint (umount2 (l.data, MNT_DETACH), ==, 0);
  learner_clear (&l);
}

int
main (int   argc,
      char *argv[])
{
  /* Mounting a tiny disk needs root; a user namespace gives it to anyone. */
  if (geteuid () != 0 && g_getenv ("DOJO_TEST_IN_USERNS") == NULL)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_setenv ("DOJO_TEST_IN_USERNS", "1", TRUE);
      g_ptr_array_add (args, (char *)"unshare");
      g_ptr_array_add (args, (char *)"-rm");
      g_ptr_array_add (args, (char *)"--");
      for (int i = 0; i < argc; i++)
        g_ptr_array_add (args, argv[i]);
      g_ptr_array_add (args, NULL);
      execvp ("unshare", (char **)args->pdata);
      g_error ("unshare: %s", g_strerror (errno));
    }

  g_test_init (&argc, &argv, NULL);

  /* Like every widget test, these need the display `make test` gives. */
  g_assert_nonnull (g_getenv ("DISPLAY"));

  g_test_add_func ("/survival/kill-9", test_kill_9);
  g_test_add_func ("/survival/kill-9-two-files", test_kill_9_two_files);
  g_test_add_func ("/survival/keys-never-edit", test_keys_never_edit);
  g_test_add_func ("/survival/full-disk", test_full_disk);

  return g_test_run ();
}
