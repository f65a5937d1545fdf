/* test-run-explain.c: Run on the Output page shows a program's traceback
 * exactly as a plain `python3 main.py` does, and under it the explanation
 * of the error; nothing a program prints or writes fools it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "dojo-terminal-private.h"
#include "dojo-test-widget.h"

typedef struct
{
  GtkWindow    *window;
  DojoTerminal *terminal;
  GFile        *first;
  /* The last run: ended, and how. */
  gboolean      exited;
  int           status;
} Fixture;

static void
on_program_exited (DojoTerminal *terminal,
                   int           status,
                   Fixture      *f)
{
  f->exited = TRUE;
  f->status = status;
}

/* Room for a traceback and its explanation on one screen, with lines wide
 * enough that none of Python's wraps. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "projects", "first", NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  f->first = g_file_new_for_path (path);

  f->terminal = DOJO_TERMINAL (dojo_terminal_new ());
  g_signal_connect (f->terminal, "program-exited", G_CALLBACK (on_program_exited), f);
  dojo_terminal_set_project (f->terminal, f->first, "Errors");
  f->window = dojo_test_show_in_window (GTK_WIDGET (f->terminal), 1500, 950);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, f->terminal, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  /* VTE reaps the children it was watching. */
  dojo_test_spin (100);
  g_clear_object (&f->first);
}

/* @text with every run of blanks and line ends as one space, and without
 * Markdown's backticks and stars: the explanation on the page is plain
 * text, wrapped between words at the page's width. */
static char *
flatten (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '`' || *p == '*')
        continue;
      if (g_ascii_isspace (*p))
        {
          blank = TRUE;
          continue;
        }
      if (blank && out->len > 0)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
run_text (Fixture *f)
{
  return dojo_terminal_dup_text (f->terminal, DOJO_TERMINAL_MODE_RUN);
}

static void
write_program (Fixture    *f,
               const char *name,
               const char *source)
{
  g_autofree char *folder = g_file_get_path (f->first);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, source, -1, &error);
  g_assert_no_error (error);
}

static gboolean
run_started (gpointer data)
{
  Fixture *f = data;

  return _dojo_terminal_get_pid (f->terminal, DOJO_TERMINAL_MODE_RUN) > 0 || f->exited;
}

/* The run has ended, and the page says so: VTE shows what it is fed a
 * moment later. */
static gboolean
run_exited (gpointer data)
{
  Fixture *f = data;
  static const char *endings[] = {
    "main.py finished", "main.py ended", "main.py was", "main.py crashed"
  };
  g_autofree char *text = NULL;

  if (!f->exited)
    return FALSE;

  text = run_text (f);
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (strstr (text, endings[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Runs main.py on the Output page, types @stdin (if any) once it runs,
 * and waits for its end. */
static void
run_main (Fixture    *f,
          const char *stdin_text)
{
  f->exited = FALSE;
  dojo_terminal_run (f->terminal, "main.py");
  if (stdin_text != NULL)
    {
      g_assert_true (dojo_test_wait_for (run_started, f, 10000));
      dojo_terminal_send_input (f->terminal, stdin_text);
    }
  g_assert_true (dojo_test_wait_for (run_exited, f, 20000));
}

/* What a plain `python3 main.py` writes on stderr in the project. */
static char *
plain_run_stderr (Fixture    *f,
                  const char *stdin_text)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_file_get_path (f->first);
  char *err = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, folder);
  g_subprocess_launcher_setenv (launcher, "PYTHONDONTWRITEBYTECODE", "1", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, "python3", "main.py", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text, NULL, NULL, &err, &error);
  g_assert_no_error (error);

  return err;
}

/* Every line of @expected is on the page, in that order, as it is. */
static void
assert_lines_in_order (const char *page,
                       const char *expected)
{
  g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) shown = g_strsplit (page, "\n", -1);
  guint at = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;

      while (shown[at] != NULL && g_strcmp0 (g_strchomp (shown[at]), lines[i]) != 0)
        at++;
      if (shown[at] == NULL)
        g_error ("The page lacks the line “%s” (or has it out of order):\n%s", lines[i], page);
      at++;
    }
}

static const char *
last_line (char *text)
{
  g_auto(GStrv) lines = NULL;
  static char *last;

  g_strchomp (text);
  g_clear_pointer (&last, g_free);
  lines = g_strsplit (text, "\n", -1);
  last = g_strdup (lines[0] != NULL ? lines[g_strv_length (lines) - 1] : "");

  return last;
}

/* One program of tests/data/wrong-programs.json: the page shows the
 * traceback exactly as a plain run writes it, then every one of the
 * explanation's words, then the line that says the program ended. */
static void
test_run_explains (Fixture       *f,
                   gconstpointer  data)
{
  JsonObject *program = (JsonObject *)data;
  JsonObject *files = json_object_get_object_member (program, "files");
  JsonArray *words = json_object_get_array_member (program, "words");
  const char *stdin_text = json_object_has_member (program, "stdin")
                           ? json_object_get_string_member (program, "stdin") : NULL;
  g_autoptr(GList) names = json_object_get_members (files);
  g_autofree char *plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *flat_last = NULL;
  const char *means;
  const char *ended;

  for (GList *l = names; l != NULL; l = l->next)
    write_program (f, l->data, json_object_get_string_member (files, l->data));

  plain = plain_run_stderr (f, stdin_text);
  run_main (f, stdin_text);
  text = run_text (f);

  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 1);
  assert_lines_in_order (text, plain);

  flat = flatten (text);
  flat_last = flatten (last_line (plain));
  means = strstr (flat, "What this means:");
  ended = strstr (flat, "main.py ended with an error (exit status 1)");
  if (means == NULL)
    g_error ("No explanation under the traceback:\n%s", text);
  g_assert_nonnull (ended);
  g_assert_true (strstr (flat, flat_last) < means);
  g_assert_true (means < ended);

  for (guint i = 0; i < json_array_get_length (words); i++)
    {
      g_autofree char *word = flatten (json_array_get_string_element (words, i));

      if (strstr (flat, word) == NULL)
        g_error ("The page lacks “%s”:\n%s", word, text);
    }
}

/* The program's world is a plain run's: argv, the module search path, its
 * own __main__ and __file__, the folder, the terminal, no channel in its
 * environment; and a program that succeeds gets no explanation. */
static void
test_run_plain_world (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *folder = g_file_get_path (f->first);
  g_autofree char *real = realpath (folder, NULL);
  g_autofree char *text = NULL;
  g_autofree char *expect = NULL;

  write_program (f, "helper.py", "WHERE = 'helper of the project'\n");
  write_program (f, "main.py",
                 "import os, sys\n"
                 "import __main__\n"
                 "import helper\n"
                 "print('ARGV', sys.argv)\n"
                 "print('PATH0', sys.path[0])\n"
                 "print('FILE', __file__, __name__, __main__.__file__ == __file__)\n"
                 "print('CWD', os.getcwd())\n"
                 "print('TTY', sys.stdin.isatty(), sys.stdout.isatty())\n"
                 "print('ENV', [k for k in os.environ if k.startswith('DOJO_EXPLAIN')])\n"
                 "print('HELPER', helper.WHERE)\n"
                 "print('MODULES', 'dojo_explain' in sys.modules, '_dojo_explain' in sys.modules)\n"
                 "try:\n"
                 "    print('FD3', os.get_inheritable(3))\n"
                 "except OSError:\n"
                 "    print('FD3 none')\n");
  run_main (f, NULL);
  text = run_text (f);

  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 0);
  g_assert_nonnull (strstr (text, "ARGV ['main.py']"));
  expect = g_strdup_printf ("PATH0 %s\n", real);
  g_assert_nonnull (strstr (text, expect));
  g_clear_pointer (&expect, g_free);
  expect = g_strdup_printf ("FILE %s/main.py __main__ True", folder);
  g_assert_nonnull (strstr (text, expect));
  g_clear_pointer (&expect, g_free);
  expect = g_strdup_printf ("CWD %s\n", real);
  g_assert_nonnull (strstr (text, expect));
  g_assert_nonnull (strstr (text, "TTY True True"));
  g_assert_nonnull (strstr (text, "ENV []"));
  g_assert_nonnull (strstr (text, "HELPER helper of the project"));
  g_assert_nonnull (strstr (text, "MODULES False False"));
  /* The pipe is not handed on to the programs it starts. */
  g_assert_nonnull (strstr (text, "FD3 False"));
  g_assert_nonnull (strstr (text, "main.py finished"));
  g_assert_null (strstr (text, "What this means"));
}

/* Output that looks like a traceback and its explanation is only output:
 * the explanation comes from the exception itself, never from the text. */
static void
test_run_fake_explanation (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = NULL;

  write_program (f, "main.py",
                 "import sys\n"
                 "print('Traceback (most recent call last):')\n"
                 "print('  File \"main.py\", line 1, in <module>')\n"
                 "print(\"NameError: name 'Print' is not defined. Did you mean: 'print'?\")\n"
                 "print('What this means: FAKE', file=sys.stderr)\n");
  run_main (f, NULL);
  text = run_text (f);

  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 0);
  g_assert_nonnull (strstr (text, "What this means: FAKE"));
  g_assert_null (strstr (text, "What to try"));
  g_assert_nonnull (strstr (text, "main.py finished"));

  /* Failing, with the fake printed: still no explanation of the fake. */
  write_program (f, "main.py",
                 "print(\"NameError: name 'Print' is not defined. Did you mean: 'print'?\")\n"
                 "raise SystemExit(1)\n");
  run_main (f, NULL);
  g_clear_pointer (&text, g_free);
  text = run_text (f);
  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 1);
  g_assert_null (strstr (text, "What this means"));
  g_assert_null (strstr (text, "Traceback"));
  g_assert_nonnull (strstr (text, "main.py ended with an error (exit status 1)"));
}

typedef struct
{
  const char *name;
  const char *source;
  const char *shown;   /* the traceback's last line, on the page anyway */
} Hostile;

/* A program that writes to the explanation's pipe, floods it or closes it:
 * the page shows its traceback and how it ended, no explanation, and the
 * app neither hangs nor warns (warnings are fatal here). */
static void
test_run_hostile_channel (Fixture       *f,
                          gconstpointer  data)
{
  const Hostile *hostile = data;
  g_autofree char *text = NULL;
  gint64 start = g_get_monotonic_time ();

  write_program (f, "main.py", hostile->source);
  run_main (f, NULL);
  text = run_text (f);

  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 1);
  if (strstr (text, hostile->shown) == NULL)
    g_error ("The page lacks “%s”:\n%s", hostile->shown, text);
  g_assert_null (strstr (text, "What this means"));
  g_assert_nonnull (strstr (text, "main.py ended with an error (exit status 1)"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

/* A child the program forked keeps the pipe open after the program ends:
 * the explanation is whole when its line ends, and shows at once. */
static void
test_run_forked_child (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  gint64 start;

  /* The child ends when the test writes `stop` beside it (or after 8 s):
   * the pid it could print is its sandbox's (a PID namespace), so the
   * test must not kill by it, which would hit another process. */
  write_program (f, "main.py",
                 "import os, sys, time\n"
                 "child = os.fork()\n"
                 "if child == 0:\n"
                 "    end = time.monotonic() + 8\n"
                 "    while not os.path.exists('stop') and time.monotonic() < end:\n"
                 "        time.sleep(0.05)\n"
                 "    os._exit(0)\n"
                 "print('CHILD', flush=True)\n"
                 "time.sleep(0.2)\n"
                 "total = 10\n"
                 "count = 0\n"
                 "print(total / count)\n");
  f->exited = FALSE;
  start = g_get_monotonic_time ();
  dojo_terminal_run (f->terminal, "main.py");
  g_assert_true (dojo_test_wait_for (run_exited, f, 20000));
  text = run_text (f);

  g_assert_nonnull (strstr (text, "CHILD"));
  write_program (f, "stop", "");

  /* Not the 8 s of the child, nor the whole grace the app would give a
   * line that has not ended. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 6 * G_USEC_PER_SEC);
  flat = flatten (text);
  g_assert_nonnull (strstr (flat, "ZeroDivisionError: division by zero"));
  g_assert_nonnull (strstr (flat, "What this means:"));
  g_assert_nonnull (strstr (flat, "count = 0"));
}

typedef struct
{
  Fixture    *f;
  const char *text;
} Wait;

static gboolean
run_shows (gpointer data)
{
  Wait *wait = data;
  g_autofree char *text = run_text (wait->f);

  return strstr (text, wait->text) != NULL;
}

/* Ctrl+C ends the program as it ends a plain run (by SIGINT, after the
 * traceback), and the explanation says where it was. */
static void
test_run_ctrl_c (Fixture       *f,
                 gconstpointer  data)
{
  Wait ready = { f, "READY" };
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  write_program (f, "main.py",
                 "print('READY', flush=True)\n"
                 "n = 0\n"
                 "while n >= 0:\n"
                 "    n = n + 1\n");
  f->exited = FALSE;
  dojo_terminal_run (f->terminal, "main.py");
  g_assert_true (dojo_test_wait_for (run_shows, &ready, 10000));
  dojo_terminal_send_input (f->terminal, "\003");
  g_assert_true (dojo_test_wait_for (run_exited, f, 10000));

  g_assert_true (WIFSIGNALED (f->status));
  g_assert_cmpint (WTERMSIG (f->status), ==, SIGINT);
  text = run_text (f);
  flat = flatten (text);
  g_assert_nonnull (strstr (flat, "Traceback (most recent call last):"));
  g_assert_nonnull (strstr (flat, "KeyboardInterrupt"));
  if (strstr (flat, "You stopped the program with Ctrl+C while it was on line ") == NULL)
    g_error ("No explanation of Ctrl+C:\n%s", text);
  g_assert_nonnull (strstr (flat, "The values on line"));
  g_assert_nonnull (strstr (flat, "main.py was interrupted with Ctrl+C"));
  g_assert_true (strstr (flat, "KeyboardInterrupt") < strstr (flat, "You stopped"));
}

/* SystemExit is the program's own way to end: its status, no traceback,
 * nothing to explain. */
static void
test_run_system_exit (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *text = NULL;

  write_program (f, "main.py", "print('bye')\nraise SystemExit(3)\n");
  run_main (f, NULL);
  text = run_text (f);

  g_assert_true (WIFEXITED (f->status));
  g_assert_cmpint (WEXITSTATUS (f->status), ==, 3);
  g_assert_nonnull (strstr (text, "main.py ended with an error (exit status 3)"));
  g_assert_null (strstr (text, "Traceback"));
  g_assert_null (strstr (text, "What this means"));
}

/* The table the checker's test runs too, read once for every case. */
static JsonArray *
load_wrong_programs (void)
{
  static JsonParser *parser;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  path = g_test_build_filename (G_TEST_DIST, "data", "wrong-programs.json", NULL);
  parser = json_parser_new ();
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_get_array (json_parser_get_root (parser));
}


int
main (int   argc,
      char *argv[])
{
  static const Hostile hostile[] = {
    { "garbage",
      "import os\nos.write(3, b'\\xff\\x00 not JSON {')\nprint(1 / 0)\n",
      "ZeroDivisionError: division by zero" },
    /* A well-formed explanation of its own, then the real one: no one
     * object, so neither. */
    { "second-object",
      "import os\nos.write(3, b'{\"rule\": \"name-misspelt\", \"name\": \"x\"}\\n')\n"
      "print(1 / 0)\n",
      "ZeroDivisionError: division by zero" },
    { "wrong-types",
      "import os\nos.write(3, b'{\"rule\": 5, \"line\": \"x\", \"values\": 7}\\n')\n"
      "os.close(3)\nraise SystemExit(1)\n",
      "main.py ended" },
    /* More than the app reads: it stops reading, and the program learns
     * so (BrokenPipeError) rather than waiting forever. */
    { "flood",
      "import os\nwhile True:\n    os.write(3, b'x' * 65536)\n",
      "BrokenPipeError" },
    { "closed",
      "import os\nos.close(3)\nf = open('mine.txt', 'w')\nprint(1 / 0)\n",
      "ZeroDivisionError: division by zero" },
  };
  JsonArray *programs;

  dojo_test_widget_init (&argc, &argv);
  programs = load_wrong_programs ();

  /* A pyenv shim first on a developer's PATH costs seconds per start. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *path = g_strconcat ("/usr/bin:", g_getenv ("PATH"), NULL);

      g_setenv ("PATH", path, TRUE);
    }

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/run-explain/plain-world", test_run_plain_world, NULL);
  ADD ("/run-explain/fake-explanation", test_run_fake_explanation, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_strdup_printf ("/run-explain/hostile/%s", hostile[i].name);

      ADD (path, test_run_hostile_channel, &hostile[i]);
    }
  ADD ("/run-explain/forked-child", test_run_forked_child, NULL);
  ADD ("/run-explain/ctrl-c", test_run_ctrl_c, NULL);
  ADD ("/run-explain/system-exit", test_run_system_exit, NULL);

  /* Run has no time limit: the table's program that runs too long is the
   * checker's. */
  for (guint i = 0; i < json_array_get_length (programs); i++)
    {
      JsonObject *program = json_array_get_object_element (programs, i);
      g_autofree char *path = NULL;

      if (g_strcmp0 (json_object_get_string_member (program, "rule"), "timeout") == 0)
        continue;
      path = g_strdup_printf ("/run-explain/table/%s",
                              json_object_get_string_member (program, "name"));
      ADD (path, test_run_explains, program);
    }

#undef ADD

  return g_test_run ();
}
