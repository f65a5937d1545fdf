/* test-live-types.c: type errors underlined while the learner pauses
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Live guidance (DojoLiveGuidance) with the type checker kept warm
 * (DojoTypeServer, data/harness/dojo_typecheck.py --serve): needs mypy
 * (the Debian package), as the type check itself does.
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-live-guidance.h"
#include "dojo-type-server.h"
#include "dojo-test-widget.h"

/* An exercise with a type check (the built-in course's mode) and the old
 * type-hints check, whose underline mypy's must replace. */
static const char *typed_exercise =
  "{ \"id\": \"add\", \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"type-hints\", \"title\": \"Every function has type hints\" },"
  "  { \"type\": \"type-check\", \"title\": \"The types agree\" } ] }";

static const char *untyped_exercise =
  "{ \"id\": \"add\", \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"type-hints\", \"title\": \"Every function has type hints\" } ] }";

static const char *wrong_add =
  "def add(a: int, b: int) -> str:\n"
  "    return a + b\n"
  "\n"
  "print(add(1, 2))\n";

static const char *right_add =
  "def add(a: int, b: int) -> int:\n"
  "    return a + b\n"
  "\n"
  "print(add(1, 2))\n";

typedef struct
{
  GtkWindow        *window;
  GtkWidget        *view;
  GtkTextBuffer    *buffer;
  DojoLiveGuidance *guidance;
  DojoTypeServer   *server;
  guint             changes;
  guint             type_seen;  /* diagnostics-changed with a type error */
} Fixture;

static void
on_diagnostics_changed (DojoLiveGuidance *guidance,
                        Fixture          *f)
{
  f->changes++;
  if (dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_TYPE) != NULL)
    f->type_seen++;
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *exercise = data;
  g_autoptr(JsonObject) object = parse_object (exercise);

  f->view = gtk_source_view_new ();
  f->window = dojo_test_show_in_window (f->view, 600, 300);
  f->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view));
  f->guidance = dojo_live_guidance_new (GTK_SOURCE_VIEW (f->view));
  f->server = dojo_type_server_new (NULL);
  dojo_live_guidance_set_type_server (f->guidance, f->server);
  dojo_live_guidance_set_exercise (f->guidance, object);
  g_signal_connect (f->guidance, "diagnostics-changed", G_CALLBACK (on_diagnostics_changed), f);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, f->view, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->guidance);
  g_clear_object (&f->server);
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
settled (gpointer data)
{
  Fixture *f = data;

  return !dojo_live_guidance_get_busy (f->guidance);
}

/* Types @text and waits until both analyses have answered. */
static void
type_and_pause (Fixture    *f,
                const char *text)
{
  gtk_text_buffer_set_text (f->buffer, text, -1);
  g_assert_true (dojo_live_guidance_get_busy (f->guidance));
  /* A cold mypy takes seconds on a busy machine. */
  g_assert_true (dojo_test_wait_for (settled, f, 60000));
}

static gboolean
has_tag_at (GtkTextBuffer *buffer,
            const char    *tag_name,
            int            line,
            int            offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* A function that promises `str` and gives back an `int`: underlined where
 * it gives it back, in the beginner's words; fixed, the underline goes. */
static void
test_underline (Fixture       *f,
                gconstpointer  data)
{
  const DojoDiagnostic *diag;
  GtkTextIter iter;

  g_assert_true (dojo_live_guidance_get_type_check (f->guidance));

  type_and_pause (f, wrong_add);
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 1);
  diag = dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 2);
  g_assert_cmpuint (diag->col, ==, 11);
  g_assert_cmpuint (diag->end_col, ==, 16);
  g_assert_cmpstr (diag->code, ==, "return-value");
  g_assert_nonnull (strstr (diag->message, "`add`"));
  g_assert_nonnull (strstr (diag->message, "`str`"));
  g_assert_nonnull (strstr (diag->message, "`int`"));
  g_assert_nonnull (strstr (diag->message, "`a + b`"));
  g_assert_true (g_str_has_prefix (diag->message, "`add` promises to give back"));

  /* `a + b` is underlined, in the type error's own tag; nothing else. */
  g_assert_true (has_tag_at (f->buffer, "dojo-type-error", 1, 12));
  g_assert_false (has_tag_at (f->buffer, "dojo-type-error", 1, 5));
  g_assert_false (has_tag_at (f->buffer, "dojo-type-error", 0, 4));
  g_assert_false (has_tag_at (f->buffer, "dojo-guidance", 1, 12));
  gtk_text_buffer_get_iter_at_line_offset (f->buffer, &iter, 1, 13);
  g_assert_true (dojo_live_guidance_get_diagnostic_at (f->guidance, &iter) == diag);

  /* Fixed: no type error, no underline. */
  type_and_pause (f, right_add);
  g_assert_null (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  g_assert_cmpuint (dojo_live_guidance_get_n_diagnostics (f->guidance), ==, 0);
  g_assert_false (has_tag_at (f->buffer, "dojo-type-error", 1, 12));
  /* One process served both. */
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 1);
}

/* A function without hints: mypy says so, once; the old type-hints
 * underline is not drawn as well. */
static void
test_hints_once (Fixture       *f,
                 gconstpointer  data)
{
  const DojoDiagnostic *diag;

  type_and_pause (f, "def twice(x):\n    return 2 * x\n");
  g_assert_null (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE_HINTS));
  g_assert_cmpuint (dojo_live_guidance_get_n_diagnostics (f->guidance), ==, 1);
  diag = dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 1);
  g_assert_cmpstr (diag->code, ==, "no-untyped-def");
  g_assert_nonnull (strstr (diag->message, "`twice`"));
  g_assert_true (has_tag_at (f->buffer, "dojo-type-error", 0, 5));
  g_assert_false (has_tag_at (f->buffer, "dojo-guidance", 0, 5));
}

/* Typing on while a check is with the type checker: its answer, for the
 * old text, is dropped; no underline of it ever shows. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  /* Warm, so that the abandoned check is answered (and dropped) while
   * the test still watches. */
  type_and_pause (f, right_add);
  f->type_seen = 0;

  gtk_text_buffer_set_text (f->buffer, wrong_add, -1);
  dojo_live_guidance_run_now (f->guidance);
  g_assert_true (dojo_live_guidance_get_busy (f->guidance));
  /* The learner types on before the answer. */
  gtk_text_buffer_set_text (f->buffer, right_add, -1);
  g_assert_true (dojo_test_wait_for (settled, f, 60000));
  /* Long enough for the abandoned check's answer to have come. */
  dojo_test_spin (500);

  g_assert_cmpuint (f->type_seen, ==, 0);
  g_assert_null (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  g_assert_false (has_tag_at (f->buffer, "dojo-type-error", 1, 12));
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 1);

  /* And the checker still answers the next one. */
  type_and_pause (f, wrong_add);
  g_assert_nonnull (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
}

static gboolean
server_gone (gpointer data)
{
  return dojo_type_server_get_identifier (data) == NULL;
}

/* The type checker's process killed: the next pause starts another. */
static void
test_restart (Fixture       *f,
              gconstpointer  data)
{
  const char *pid;

  type_and_pause (f, wrong_add);
  g_assert_nonnull (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  pid = dojo_type_server_get_identifier (f->server);
  g_assert_nonnull (pid);
  g_assert_cmpint (kill (atoi (pid), SIGKILL), ==, 0);
  g_assert_true (dojo_test_wait_for (server_gone, f->server, 10000));
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 1);

  type_and_pause (f, "def add(a: int, b: int) -> str:\n    return a - b\n");
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 2);
  g_assert_nonnull (dojo_type_server_get_identifier (f->server));
  g_assert_nonnull (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  g_assert_true (has_tag_at (f->buffer, "dojo-type-error", 1, 12));
}

typedef struct
{
  gboolean done;
  GError  *error;
} Answer;

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Answer *answer = user_data;
  g_autoptr(JsonArray) diagnostics = NULL;

  diagnostics = dojo_type_server_check_finish (DOJO_TYPE_SERVER (object), result,
                                               &answer->error);
  answer->done = TRUE;
}

static gboolean
answered (gpointer data)
{
  return ((Answer *)data)->done;
}

static void
check_once (DojoTypeServer *server,
            Answer         *answer)
{
  g_autoptr(JsonObject) files = json_object_new ();
  const char *check[] = { "main.py", NULL };

  json_object_set_string_member (files, "main.py", "x: int = 1\n");
  answer->done = FALSE;
  g_clear_error (&answer->error);
  dojo_type_server_check_async (server, files, check, "annotated", NULL, check_cb, answer);
  g_assert_true (dojo_test_wait_for (answered, answer, 10000));
}

/* A type checker that stops at once is started again on the next check,
 * but not in a loop: after a second stop it waits. */
static void
test_backoff (void)
{
  g_autoptr(DojoTypeServer) server = dojo_type_server_new ("/bin/false");
  Answer answer = { FALSE, NULL };

  check_once (server, &answer);
  g_assert_error (answer.error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_FAILED);
  g_assert_cmpuint (dojo_type_server_get_n_starts (server), ==, 1);

  check_once (server, &answer);
  g_assert_error (answer.error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_FAILED);
  g_assert_cmpuint (dojo_type_server_get_n_starts (server), ==, 2);

  check_once (server, &answer);
  g_assert_error (answer.error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_BACKING_OFF);
  g_assert_cmpuint (dojo_type_server_get_n_starts (server), ==, 2);
  g_clear_error (&answer.error);
}

/* Without mypy: one quiet notice, no type underlines, no restarts. */
static void
test_mypy_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dojo-live-types-XXXXXX", NULL);
  g_autofree char *python = g_build_filename (dir, "python-without-mypy", NULL);
  g_autoptr(DojoTypeServer) server = NULL;
  Answer answer = { FALSE, NULL };

  /* Answers as dojo_typecheck.py does where mypy is not installed. */
  g_assert_true (g_file_set_contents (python,
                                      "#!/bin/sh\n"
                                      "n=0\n"
                                      "while read line; do\n"
                                      "  n=$((n + 1))\n"
                                      "  echo \"{\\\"id\\\": $n, \\\"error\\\": \\\"mypy-missing\\\"}\"\n"
                                      "done\n", -1, NULL));
  g_assert_cmpint (g_chmod (python, 0755), ==, 0);
  server = dojo_type_server_new (python);

  g_test_expect_message ("dojo-type-server", G_LOG_LEVEL_MESSAGE, "mypy is not installed*");
  check_once (server, &answer);
  g_test_assert_expected_messages ();
  g_assert_error (answer.error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_MYPY_MISSING);
  g_assert_true (dojo_type_server_get_mypy_missing (server));

  /* Said once; nothing started again. */
  check_once (server, &answer);
  g_assert_error (answer.error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_MYPY_MISSING);
  g_assert_cmpuint (dojo_type_server_get_n_starts (server), ==, 1);
  g_clear_error (&answer.error);

  g_unlink (python);
  g_rmdir (dir);
}

/* An exercise without a type check starts no type checker. */
static void
test_no_type_check (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_false (dojo_live_guidance_get_type_check (f->guidance));

  type_and_pause (f, "def twice(x):\n    return 2 * x\n");
  /* The old underline says it, as before. */
  g_assert_nonnull (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE_HINTS));
  g_assert_null (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  type_and_pause (f, wrong_add);
  g_assert_null (dojo_live_guidance_find_diagnostic (f->guidance, DOJO_DIAGNOSTIC_TYPE));
  g_assert_cmpuint (dojo_type_server_get_n_starts (f->server), ==, 0);
}

/* A type check on another file only: none on this one. */
static void
test_other_file (void)
{
  GtkWidget *view = gtk_source_view_new ();
  GtkWindow *window = dojo_test_show_in_window (view, 400, 200);
  g_autoptr(DojoLiveGuidance) guidance = dojo_live_guidance_new (GTK_SOURCE_VIEW (view));
  g_autoptr(JsonObject) exercise =
    parse_object ("{ \"entry\": \"main.py\", \"checks\": [ { \"type\": \"type-check\","
                  " \"files\": [\"world.py\"], \"mode\": \"strict\" } ] }");

  dojo_live_guidance_set_exercise (guidance, exercise);
  g_assert_false (dojo_live_guidance_get_type_check (guidance));
  dojo_live_guidance_set_file (guidance, NULL, "world.py");
  g_assert_true (dojo_live_guidance_get_type_check (guidance));
  /* Tests are not type-checked by default. */
  g_clear_pointer (&exercise, json_object_unref);
  exercise = parse_object ("{ \"checks\": [ { \"type\": \"type-check\" } ] }");
  dojo_live_guidance_set_exercise (guidance, exercise);
  dojo_live_guidance_set_file (guidance, NULL, "test_world.py");
  g_assert_false (dojo_live_guidance_get_type_check (guidance));

  g_clear_object (&guidance);
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int    argc,
      char **argv)
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add ("/live-types/underline", Fixture, typed_exercise,
              fixture_set_up, test_underline, fixture_tear_down);
  g_test_add ("/live-types/hints-once", Fixture, typed_exercise,
              fixture_set_up, test_hints_once, fixture_tear_down);
  g_test_add ("/live-types/cancel", Fixture, typed_exercise,
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/live-types/restart", Fixture, typed_exercise,
              fixture_set_up, test_restart, fixture_tear_down);
  g_test_add ("/live-types/no-type-check", Fixture, untyped_exercise,
              fixture_set_up, test_no_type_check, fixture_tear_down);
  g_test_add_func ("/live-types/backoff", test_backoff);
  g_test_add_func ("/live-types/mypy-missing", test_mypy_missing);
  g_test_add_func ("/live-types/other-file", test_other_file);

  return g_test_run ();
}
