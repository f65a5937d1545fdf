/* checker-fixture.h: a project, an exercise folder and a check run to its end
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the tests that run the real checker (test-checker.c,
 * test-check-attacks.c).
 */

#pragma once

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-checker.h"

typedef struct
{
  char    *project;
  char    *exercise;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *base = g_dir_make_tmp ("test-checker-XXXXXX", NULL);

  g_assert_nonnull (base);
  f->project = g_build_filename (base, "project", NULL);
  f->exercise = g_build_filename (base, "exercise", NULL);
  g_assert_cmpint (g_mkdir (f->project, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (f->exercise, 0755), ==, 0);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *base = g_path_get_dirname (f->project);
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", base);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->project);
  g_free (f->exercise);
}

static inline void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static inline JsonObject *
parse_exercise (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

typedef struct
{
  DojoVerdict *verdict;
  GError      *error;
  gboolean     done;
} Outcome;

static inline void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &outcome->error);
  outcome->done = TRUE;
}

/* Runs a check to its end; @elapsed gets the wall-clock seconds. */
static inline DojoVerdict *
check_full (Fixture       *f,
            const char    *exercise_json,
            GPtrArray     *gated,
            GCancellable  *cancellable,
            double        *elapsed,
            GError       **error)
{
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(JsonObject) exercise = parse_exercise (exercise_json);
  g_autoptr(GFile) exdir = g_file_new_for_path (f->exercise);
  g_autoptr(GFile) project = g_file_new_for_path (f->project);
  Outcome outcome = { 0 };
  gint64 start = g_get_monotonic_time ();

  dojo_checker_run_async (checker, exercise, exdir, project, gated, cancellable,
                          run_cb, &outcome);
  /* Starting a check must not make the caller wait for it. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);

  if (elapsed != NULL)
    *elapsed = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);

  return outcome.verdict;
}

static inline DojoVerdict *
check (Fixture    *f,
       const char *exercise_json,
       double     *elapsed)
{
  g_autoptr(GError) error = NULL;
  DojoVerdict *verdict = check_full (f, exercise_json, NULL, NULL, elapsed, &error);

  g_assert_no_error (error);
  g_assert_nonnull (verdict);
  if (dojo_verdict_get_state (verdict) == DOJO_VERDICT_INTERNAL_ERROR)
    g_printerr ("internal error: %s\n%s\n", dojo_verdict_get_message (verdict),
                dojo_verdict_get_details (verdict));

  return verdict;
}

static inline DojoCheckResult *
result_of (DojoVerdict *verdict,
           const char  *id)
{
  DojoCheckResult *result = dojo_verdict_lookup (verdict, id);

  g_assert_nonnull (result);
  return result;
}

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    const char *h__ = (haystack); \
    if (h__ == NULL || strstr (h__, (needle)) == NULL) \
      g_error ("%s:%d: “%s” does not contain “%s”", __FILE__, __LINE__, \
               h__ ? h__ : "(null)", (needle)); \
  } G_STMT_END

#define assert_state(verdict, expected) \
  g_assert_cmpstr (dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)), ==, \
                   dojo_verdict_state_to_string (expected))

/* Programs note that they started; every process of a run works in the
 * project folder, which is how the test finds what is left of it. */
#define NOTE_GROUP "import os\nopen('group.txt', 'w').write('started')\n"

static inline guint
live_processes_in (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;
  guint count = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%s/cwd", name);
      g_autofree char *cwd = NULL;

      if (g_ascii_isdigit (name[0]) && atoi (name) != getpid () &&
          (cwd = g_file_read_link (path, NULL)) != NULL && g_str_equal (cwd, folder))
        {
          g_autofree char *cmd_path = g_strdup_printf ("/proc/%s/cmdline", name);
          g_autofree char *stat_path = g_strdup_printf ("/proc/%s/stat", name);
          g_autofree char *cmd = NULL, *st = NULL;
          gsize len = 0;

          g_file_get_contents (cmd_path, &cmd, &len, NULL);
          g_file_get_contents (stat_path, &st, NULL, NULL);
          for (gsize k = 0; cmd && k + 1 < len; k++)
            if (cmd[k] == '\0')
              cmd[k] = ' ';
          g_printerr ("LEFT %s: %s | %s\n", name, cmd ? cmd : "?", st ? st : "?");
          count++;
        }
    }

  return count;
}

static inline void
assert_group_gone (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->project, "group.txt", NULL);
  g_autofree char *real = realpath (f->project, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "started");
  g_assert_cmpuint (live_processes_in (real), ==, 0);
}

G_GNUC_UNUSED static const char *one_second =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 1, \"memory_mb\": 256 },"
  "  \"checks\": [ { \"type\": \"io\", \"id\": \"out\", \"expect\": \"ok\" } ] }";
