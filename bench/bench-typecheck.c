/* bench-typecheck.c: what a type check of a 200-line file costs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times the type checker (data/harness/dojo_typecheck.py) on a 200-line
 * program of the kind the course's projects grow to:
 *
 * - cold: a new `dojo_typecheck.py --serve` (interpreter, mypy's import,
 *   the standard library's types read afresh), until its first answer;
 *   and the same with mypy's cache from an earlier run (`--cache-dir`);
 * - warm: the same server after one line was edited, as live guidance
 *   asks while the learner types;
 * - the type-check kind as Check runs it (a new harness every time), with
 *   mypy's cache in the user's cache folder and with none.
 *
 * The goals (issue 18): under 1 s cold, under 200 ms warm.  Medians over
 * $BENCH_RUNS runs (default 5).  Prints a BENCH line per figure (see
 * bench-report.h).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-checker.h"
#include "bench-report.h"

#define LINES 200

/* A 200-line program with type hints, classes, loops and a dict, correct
 * but for the one line @variant changes (0: none). */
static char *
make_program (guint variant)
{
  GString *text = g_string_new ("from dataclasses import dataclass\n\n\n"
                                "@dataclass\n"
                                "class Item:\n"
                                "    name: str\n"
                                "    price: float\n"
                                "    count: int\n\n\n");
  guint lines = 10;
  guint n = 0;

  /* The end below takes 9 lines; each function 8. */
  while (lines + 8 <= LINES - 9)
    {
      g_string_append_printf (text,
                              "def total_%u(items: list[Item], rate: float) -> float:\n"
                              "    sum_ = 0.0\n"
                              "    for item in items:\n"
                              "        if item.count > %u:\n"
                              "            sum_ += item.price * item.count * rate\n"
                              "    return sum_\n\n\n",
                              n, n);
      lines += 8;
      n++;
    }
  for (; lines < LINES - 9; lines++)
    g_string_append (text, "# stock keeping\n");
  g_string_append (text,
                   "def names(items: list[Item]) -> dict[str, int]:\n"
                   "    seen: dict[str, int] = {}\n"
                   "    for item in items:\n"
                   "        seen[item.name] = seen.get(item.name, 0) + item.count\n"
                   "    return seen\n\n\n"
                   "stock = [Item('pen', 1.5, 3), Item('ink', 4.0, 1)]\n");
  if (variant == 0)
    g_string_append (text, "print(total_0(stock, 1.0), names(stock))\n");
  else
    /* An edit that introduces a type error, different every time. */
    g_string_append_printf (text, "label: str = total_%u(stock, %u.0)\n", variant % n, variant);
  return g_string_free (text, FALSE);
}

static const char *
python (void)
{
  const char *env = g_getenv ("DOJO_PYTHON");

  return env != NULL && env[0] != '\0' ? env : "/usr/bin/python3";
}

static char *
harness_dir (void)
{
  const char *env = g_getenv ("DOJO_HARNESS_DIR");

  return g_strdup (env != NULL && env[0] != '\0' ? env : HARNESS_SRCDIR);
}

typedef struct
{
  GSubprocess      *process;
  GOutputStream    *in;
  GDataInputStream *out;
} Server;

/* A new server; with @cache, mypy's cache is there. */
static Server *
server_start (const char *cache)
{
  g_autofree char *dir = harness_dir ();
  g_autofree char *script = g_build_filename (dir, "dojo_typecheck.py", NULL);
  g_autoptr(GError) error = NULL;
  Server *server = g_new0 (Server, 1);

  server->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                      G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                      python (), "-I", "-S", script, "--serve",
                                      cache ? "--cache-dir" : NULL, cache, NULL);
  g_assert_no_error (error);
  server->in = g_subprocess_get_stdin_pipe (server->process);
  server->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server->process));
  return server;
}

static void
server_stop (Server *server)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (server->in, NULL, NULL);
  g_subprocess_wait (server->process, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (server->out);
  g_object_unref (server->process);
  g_free (server);
}

/* Sends the program, waits for the answer; returns its diagnostics' count. */
static guint
server_check (Server     *server,
              guint       id,
              const char *program)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *request = NULL;
  g_autofree char *line = NULL;
  JsonObject *answer;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, id);
  json_builder_set_member_name (builder, "files");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "main.py");
  json_builder_add_string_value (builder, program);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, "annotated");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  request = g_strconcat (json_to_string (root, FALSE), "\n", NULL);

  g_output_stream_write_all (server->in, request, strlen (request), NULL, NULL, &error);
  g_assert_no_error (error);
  line = g_data_input_stream_read_line_utf8 (server->out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  answer = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (answer, "diagnostics"))
    g_error ("the type checker answered %s", line);
  return json_array_get_length (json_object_get_array_member (answer, "diagnostics"));
}

static void
report (const char *name,
        const char *what,
        double     *ms,
        guint       runs,
        double      goal_ms)
{
  bench_sort_ms (ms, runs);
  printf ("  %-46s median %7.1f ms  min %7.1f ms  max %7.1f ms  (goal < %.0f ms)\n",
          what, ms[runs / 2], ms[0], ms[runs - 1], goal_ms);
  bench_report_line (name, ms[runs / 2], ms[0], ms[runs - 1], runs, NULL, 0, 0, 0);
}

static void
check_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DojoVerdict **verdict = user_data;
  g_autoptr(GError) error = NULL;

  *verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &error);
  g_assert_no_error (error);
}

/* One Check of the type-check kind on @project; its wall-clock ms. */
static double
time_check (const char *project)
{
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GFile) dir = g_file_new_for_path (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  gint64 start;

  json_parser_load_from_data (parser, "{\"checks\": [{\"id\": \"types\", "
                              "\"type\": \"type-check\"}]}", -1, &error);
  g_assert_no_error (error);
  dojo_checker_set_python (checker, python ());
  dojo_checker_set_start_ahead (checker, FALSE);
  start = g_get_monotonic_time ();
  dojo_checker_run_async (checker, json_node_get_object (json_parser_get_root (parser)),
                          dir, dir, NULL, NULL, check_done, &verdict);
  while (verdict == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (dojo_verdict_get_state (verdict), ==, DOJO_VERDICT_PASSED);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *env_runs = g_getenv ("BENCH_RUNS");
  guint runs = env_runs != NULL ? (guint)MAX (1, atoi (env_runs)) : 5;
  g_autofree double *cold = g_new0 (double, runs);
  g_autofree double *warm = g_new0 (double, runs);
  g_autofree double *cold_cached = g_new0 (double, runs);
  g_autofree double *check_cached = g_new0 (double, runs);
  g_autofree double *check_uncached = g_new0 (double, runs);
  g_autofree char *program = make_program (0);
  g_autofree char *base = g_dir_make_tmp ("bench-typecheck-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (base, "project", NULL);
  g_autofree char *main_py = g_build_filename (project, "main.py", NULL);
  g_autofree char *cache = g_build_filename (base, "cache", NULL);
  g_autofree char *server_cache = g_build_filename (base, "server-cache", NULL);
  g_autofree char *rm = NULL;
  g_auto(GStrv) lines = g_strsplit (program, "\n", -1);
  g_autofree char *harness = harness_dir ();
  Server *server;

  /* Before GLib reads it: the Checks' mypy cache goes in here. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("DOJO_HARNESS_DIR", harness, FALSE);
  g_assert_cmpint (g_strv_length (lines) - 1, ==, LINES);
  printf ("Type check of a %d-line file, %u runs each (%s)\n", LINES, runs, python ());

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      server = server_start (NULL);
      g_assert_cmpuint (server_check (server, 1, program), ==, 0);
      cold[i] = (g_get_monotonic_time () - start) / 1000.0;
      server_stop (server);
    }
  report ("typecheck-200-cold", "cold: new server, no cache, first answer", cold, runs, 1000);

  /* What the live underline gets once mypy's cache exists (it is the
   * user's, kept): the first answer from it, the server warmed after. */
  server = server_start (server_cache);
  server_check (server, 1, program);
  server_stop (server);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      server = server_start (server_cache);
      g_assert_cmpuint (server_check (server, 1, program), ==, 0);
      cold_cached[i] = (g_get_monotonic_time () - start) / 1000.0;
      server_stop (server);
    }
  report ("typecheck-200-cold-cached", "cold: new server, mypy cache kept", cold_cached, runs,
          1000);

  server = server_start (NULL);
  g_assert_cmpuint (server_check (server, 1, program), ==, 0);
  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *edited = make_program (i + 1);
      gint64 start = g_get_monotonic_time ();

      g_assert_cmpuint (server_check (server, i + 2, edited), ==, 1);
      warm[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  server_stop (server);
  report ("typecheck-200-warm", "warm: one line edited, then checked", warm, runs, 200);

  /* Check: a new harness every time. */
  g_assert_cmpint (g_mkdir_with_parents (project, 0755), ==, 0);
  g_assert_true (g_file_set_contents (main_py, program, -1, NULL));
  time_check (project);
  for (guint i = 0; i < runs; i++)
    check_cached[i] = time_check (project);
  report ("typecheck-200-check-cached", "Check (new harness), mypy cache kept", check_cached,
          runs, 1000);
  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *mypy_dir = g_build_filename (cache, "dojo", "mypy", NULL);
      g_autofree char *wipe = g_strdup_printf ("rm -rf '%s'", mypy_dir);

      g_assert_true (g_spawn_command_line_sync (wipe, NULL, NULL, NULL, NULL));
      check_uncached[i] = time_check (project);
    }
  report ("typecheck-200-check-uncached", "Check (new harness), no mypy cache", check_uncached,
          runs, 1000);

  rm = g_strdup_printf ("rm -rf '%s'", base);
  g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  return 0;
}
