/* dojo-grade.c: checking a learner's exported work again, on the teacher's side
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-grade"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-check-result.h"
#include "dojo-exercise.h"
#include "dojo-export-private.h"
#include "dojo-installer-private.h"
#include "dojo-json.h"
#include "dojo-project-files.h"
#include "dojo-check-kinds.h"
#include "dojo-repo.h"
#include "dojo-verdict.h"
#include "dojo-grade.h"

/* A report larger than this is not one Dojo wrote. */
#define MAX_REPORT_BYTES (16 * 1024 * 1024)

/* The bounds of a project's history, inflated: an object as large as the
 * largest file a .dojowork may hold, all of them four times that. */
#define MAX_OBJECT_BYTES (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define MAX_HISTORY_BYTES (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* A reason in the CSV is one short line: this many characters at most. */
#define MAX_REASON_CHARS 160

G_DEFINE_QUARK (dojo-grade-error-quark, dojo_grade_error)

void
dojo_grade_check_free (DojoGradeCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->id);
  g_free (check->title);
  g_free (check->state);
  g_free (check->message);
  g_free (check);
}

void
dojo_grade_row_free (DojoGradeRow *row)
{
  if (row == NULL)
    return;

  g_free (row->learner);
  g_free (row->email);
  g_free (row->item_id);
  g_free (row->last_commit);
  g_free (row->reason);
  g_free (row->commit);
  g_free (row->exported_at);
  g_free (row->pack_version);
  g_clear_pointer (&row->checks, g_ptr_array_unref);
  g_free (row);
}

static DojoGradeRow *
grade_row_new (void)
{
  DojoGradeRow *row = g_new0 (DojoGradeRow, 1);

  row->checks = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_grade_check_free);
  return row;
}

/**
 * dojo_grade_report_count:
 * @object: (nullable): an object of a dojowork.json
 *
 * A count the learner's report gives (attempts, hints used): the report
 * is the learner's file, so a count that is not a whole number reads as
 * none, and one out of range is clamped.
 *
 * Returns: its member @name if that is a whole number, clamped to 0 ..
 *   G_MAXINT32; else 0
 */
guint
dojo_grade_report_count (JsonObject *object,
                         const char *name)
{
  return (guint)CLAMP (dojo_json_get_int (object, name, 0), 0, G_MAXINT32);
}

static gboolean
set_invalid (GError     **error,
             GFile       *submission,
             const char  *why)
{
  g_autofree char *name = g_file_get_basename (submission);

  /* Translators: the first %s is a file name, the second what is wrong with it. */
  g_set_error (error, DOJO_GRADE_ERROR, DOJO_GRADE_ERROR_INVALID_SUBMISSION,
               _("“%s” is not a learner's work exported by Dojo: %s"), name, why);
  return FALSE;
}

static JsonParser *
read_report (const char  *dir,
             GFile       *submission,
             GError     **error)
{
  g_autofree char *path = g_build_filename (dir, DOJO_WORK_REPORT, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      set_invalid (error, submission, _("it has no dojowork.json"));
      return NULL;
    }
  if (st.st_size > MAX_REPORT_BYTES)
    {
      set_invalid (error, submission, _("its dojowork.json is too large"));
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      set_invalid (error, submission, local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      set_invalid (error, submission, _("its dojowork.json does not hold an object"));
      return NULL;
    }

  return g_steal_pointer (&parser);
}

/* Scoring ---------------------------------------------------------------- */

static guint
check_points (JsonObject *check)
{
  return (guint)CLAMP (dojo_json_get_int (check, "points", 1), 0, G_MAXINT32);
}

/* A known mistake only advises, unless the teacher says "fails": it is
 * worth nothing in a grade. */
static gboolean
check_is_advisory (JsonObject *check)
{
  const DojoCheckKind *kind = dojo_check_kind_lookup (dojo_json_get_string (check, "type"));

  return kind != NULL && kind->results == DOJO_CHECK_RESULTS_ADVICE &&
         !dojo_json_get_bool (check, "fails", FALSE);
}

static JsonArray *
exercise_checks (DojoExercise *exercise)
{
  JsonObject *root = dojo_exercise_get_json (exercise);
  return dojo_json_get_array (root, "checks");
}

/* What @exercise is worth as its exercise.json declares it: the points of
 * each check but the advisory ones, a pytest check's once per task it
 * names in "tasks". The maximum when no check could run. */
static guint
declared_max (DojoExercise *exercise)
{
  JsonArray *checks = exercise_checks (exercise);
  guint64 total = 0;

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonNode *node = json_array_get_element (checks, i);
      JsonObject *check = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const DojoCheckKind *kind;
      JsonObject *tasks;
      guint rows = 1;

      if (check == NULL || check_is_advisory (check))
        continue;
      tasks = dojo_json_get_object (check, "tasks");
      kind = dojo_check_kind_lookup (dojo_json_get_string (check, "type"));
      if (kind != NULL && (kind->flags & DOJO_CHECK_KIND_TASK_ROWS) &&
          tasks != NULL && json_object_get_size (tasks) > 0)
        rows = json_object_get_size (tasks);
      total += (guint64)check_points (check) * rows;
    }

  return (guint)MIN (total, G_MAXINT32);
}

/* The check of exercise.json @result answers for (a pytest check's task
 * rows are "ID#task-N"), or %NULL for what Dojo adds by itself. */
static JsonObject *
declared_check (DojoExercise    *exercise,
                DojoCheckResult *result)
{
  JsonArray *checks = exercise_checks (exercise);
  const char *result_id = dojo_check_result_get_id (result);

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonNode *node = json_array_get_element (checks, i);
      JsonObject *check = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *fallback_id = g_strdup_printf ("check-%u", i + 1);
      const char *id;
      gsize len;

      if (check == NULL)
        continue;
      id = dojo_json_get_string (check, "id") ? dojo_json_get_string (check, "id")
                                                  : fallback_id;
      len = strlen (id);
      if (g_str_equal (result_id, id) ||
          (strncmp (result_id, id, len) == 0 && g_str_has_prefix (result_id + len, "#task-")))
        return check;
    }

  return NULL;
}

/* "Title: message", on one line, shortened to MAX_REASON_CHARS. */
static char *
short_reason (const char *title,
              const char *message)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *valid = NULL;
  glong length;

  if (title != NULL && *title != '\0')
    g_string_append (text, title);
  if (message != NULL && *message != '\0')
    {
      /* A message is Markdown: its first paragraph says what failed (the
       * blocks after it show code and output), read without the marks
       * of code spans and bold. */
      const char *end = strstr (message, "\n\n");
      g_autoptr(GString) first = g_string_new_len (message, end ? end - message : -1);

      g_string_replace (first, "**", "", 0);
      g_string_replace (first, "`", "", 0);
      if (text->len > 0)
        g_string_append (text, ": ");
      g_string_append (text, first->str);
    }

  valid = g_utf8_make_valid (text->str, text->len);
  /* Every run of white space, line breaks too, becomes one space. */
  g_string_truncate (text, 0);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          if (text->len > 0 && text->str[text->len - 1] != ' ')
            g_string_append_c (text, ' ');
        }
      else
        g_string_append_unichar (text, c);
    }
  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);

  length = g_utf8_strlen (text->str, -1);
  if (length > MAX_REASON_CHARS)
    {
      const char *end = g_utf8_offset_to_pointer (text->str, MAX_REASON_CHARS - 1);

      g_string_truncate (text, end - text->str);
      g_string_append (text, "…");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
state_name (DojoCheckState state)
{
  switch (state)
    {
    case DOJO_CHECK_STATE_PASSED:
      return "passed";
    case DOJO_CHECK_STATE_NOT_EVALUATED:
      return "not-evaluated";
    case DOJO_CHECK_STATE_FAILED:
    default:
      return "failed";
    }
}

/* Fills @row's checks, score, maximum, reason and verdict from @verdict:
 * a passed result earns its points; a failed or not evaluated one none.
 * The maximum is the larger of what the results are worth and what
 * exercise.json declares, so that a run that stopped early (a syntax
 * error, a time-out) is out of as much as a complete one. */
static void
score_row (DojoGradeRow *row,
           DojoExercise *exercise,
           DojoVerdict  *verdict)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);
  DojoCheckResult *first_failed = NULL;
  DojoCheckResult *first_pending = NULL;
  guint64 score = 0;
  guint64 max = 0;

  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);
      JsonObject *check = declared_check (exercise, result);
      DojoGradeCheck *graded = g_new0 (DojoGradeCheck, 1);
      DojoCheckState state = dojo_check_result_get_state (result);
      gboolean counted = check != NULL && dojo_check_result_get_blocking (result);

      graded->id = g_utf8_make_valid (dojo_check_result_get_id (result), -1);
      graded->title = g_utf8_make_valid (dojo_check_result_get_title (result), -1);
      graded->state = g_strdup (state_name (state));
      graded->passed = state == DOJO_CHECK_STATE_PASSED;
      graded->points = counted ? MIN (dojo_check_result_get_points (result), G_MAXINT32) : 0;
      graded->earned = graded->passed ? graded->points : 0;
      if (dojo_check_result_get_message (result) != NULL)
        graded->message = g_utf8_make_valid (dojo_check_result_get_message (result), -1);
      g_ptr_array_add (row->checks, graded);

      score += graded->earned;
      max += graded->points;

      /* An advisory known mistake does not make the exercise fail. */
      if (!dojo_check_result_get_blocking (result))
        continue;
      if (state == DOJO_CHECK_STATE_FAILED && first_failed == NULL)
        first_failed = result;
      else if (state == DOJO_CHECK_STATE_NOT_EVALUATED && first_pending == NULL)
        first_pending = result;
    }

  row->passed = dojo_verdict_get_passed (verdict);
  row->max = (guint)MIN (MAX (max, declared_max (exercise)), G_MAXINT32);
  row->score = (guint)MIN (score, row->max);

  if (first_failed == NULL)
    first_failed = first_pending;
  if (first_failed != NULL)
    row->reason = short_reason (dojo_check_result_get_title (first_failed),
                                dojo_check_result_get_message (first_failed));
  else if (!row->passed)
    row->reason = short_reason (dojo_verdict_get_message (verdict) ? NULL
                                : dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)),
                                dojo_verdict_get_message (verdict));
}

/* The commit to grade of a learner's @project at @deadline: the newest
 * reachable from HEAD made at or before it. Its files are checked out
 * in @project (a private copy of the submission's, made safe by
 * secure_projects()): with libgit2, which runs no hook and no filter
 * program.
 *
 * Returns: %TRUE and @info set to that commit; %FALSE and @info %NULL if
 *   there is none, with @error set if the history cannot be read */
static gboolean
checkout_before (GFile           *project,
                 GDateTime       *deadline,
                 DojoCommitInfo **info,
                 GError         **error)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id = NULL;
  DojoCommitInfo *best = NULL;

  *info = NULL;

  if (!(repo = dojo_repo_open (project, &local_error)))
    {
      /* No repository: no commit at all. */
      if (g_error_matches (local_error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY))
        return FALSE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!(log = dojo_repo_log (repo, 0, 0, error)))
    return FALSE;

  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *commit = g_ptr_array_index (log, i);

      if (g_date_time_compare (commit->time, deadline) > 0)
        continue;
      if (best == NULL || g_date_time_compare (commit->time, best->time) > 0)
        best = commit;
    }
  if (best == NULL)
    return FALSE;

  if (!(id = dojo_repo_restore (repo, best->id, DOJO_RESTORE_CHECKOUT, TRUE, error)))
    return FALSE;

  *info = dojo_commit_info_copy (best);
  return TRUE;
}

/* Makes the extracted submission @dir safe to read with libgit2 (and
 * with git): in each project's .git no hooks, a plain config, no pointer
 * to another repository, no object that inflates beyond the bounds; no
 * other .git anywhere. Runs before anything opens a repository of the
 * submission. */
static gboolean
secure_projects (const char  *dir,
                 GFile       *submission,
                 GError     **error)
{
  g_autofree char *projects = g_build_filename (dir, "projects", NULL);
  g_autoptr(GDir) top = g_dir_open (dir, 0, NULL);
  g_autoptr(GDir) handle = NULL;
  const char *name;

  /* Outside projects/ no .git has a reason to be. */
  while (top != NULL && (name = g_dir_read_name (top)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_ascii_strcasecmp (name, ".git") == 0)
        _dojo_remove_tree (path);
      else if (!g_str_equal (name, "projects") && g_lstat (path, &st) == 0 &&
               S_ISDIR (st.st_mode))
        _dojo_export_remove_git_dirs (path);
    }

  handle = g_dir_open (projects, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *project = g_build_filename (projects, name, NULL);
      g_autofree char *git_dir = g_build_filename (project, ".git", NULL);
      g_autoptr(GFile) git_file = NULL;
      g_autoptr(GError) local_error = NULL;
      GStatBuf st;

      if (g_ascii_strcasecmp (name, ".git") == 0)
        {
          _dojo_remove_tree (project);
          continue;
        }
      if (g_lstat (project, &st) != 0 || !S_ISDIR (st.st_mode))
        continue;

      git_file = g_file_new_for_path (git_dir);
      if (!_dojo_export_clean_project (project, &local_error) ||
          !dojo_repo_check_object_sizes (git_file, MAX_OBJECT_BYTES, MAX_HISTORY_BYTES,
                                         &local_error))
        {
          g_autofree char *shown = dojo_project_files_printable_name (name);
          g_autofree char *why = g_strdup_printf ("projects/%s: %s", shown,
                                                  local_error->message);

          return set_invalid (error, submission, why);
        }
    }

  return TRUE;
}

/**
 * dojo_grade_extract:
 * @submission: a .dojowork file a learner exported
 * @destination: a folder that does not exist yet
 *
 * Extracts @submission safely (dojo_archive_extract()) into @destination
 * and makes it safe to look at: in each project's .git only what reading
 * the history needs (no hooks, a config of plain switches, nothing that
 * points to another repository), and a history whose objects are within
 * bounds (checked before any is inflated). A .git that is a file or a
 * link, a history with an object over 64 MiB or over 256 MiB in all, and a
 * report Dojo did not write are refused, and then nothing is left in
 * @destination. Blocking.
 *
 * Returns: (transfer full): the report, dojowork.json; an object
 */
JsonNode *
dojo_grade_extract (GFile         *submission,
                    GFile         *destination,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *dir = NULL;
  JsonObject *report;

  g_return_val_if_fail (G_IS_FILE (submission), NULL);
  g_return_val_if_fail (G_IS_FILE (destination), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!dojo_archive_extract (submission, destination, cancellable, error))
    return NULL;

  dir = g_file_get_path (destination);
  if (!(parser = read_report (dir, submission, error)))
    goto refused;

  report = json_node_get_object (json_parser_get_root (parser));
  if (dojo_grade_report_count (report, "format") != DOJO_WORK_FORMAT)
    {
      set_invalid (error, submission, _("its format is not one this Dojo reads"));
      goto refused;
    }

  if (!secure_projects (dir, submission, error))
    goto refused;

  return json_node_copy (json_parser_get_root (parser));

refused:
  /* Nothing of a refused file is left to run git in. */
  _dojo_remove_tree (dir);
  return NULL;
}

/* The folder of the next item after @index that has one in @dir, and that
 * item's exercise in @exercise_out; else %NULL. */
static GFile *
next_project (DojoPack      *pack,
              const char    *dir,
              guint          index,
              DojoExercise **exercise_out)
{
  for (guint i = index + 1; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      g_autoptr(DojoExercise) exercise = NULL;
      g_autofree char *path = NULL;
      GStatBuf st;

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;
      /* The id is a pack id (a-z, 0-9, '-'): a safe name inside @dir. */
      path = g_build_filename (dir, "projects", dojo_pack_item_get_id (item), NULL);
      if (g_lstat (path, &st) != 0 || !S_ISDIR (st.st_mode))
        continue;
      exercise = dojo_exercise_new (pack, dojo_pack_item_get_id (item), NULL);
      if (exercise == NULL)
        return NULL;
      *exercise_out = g_steal_pointer (&exercise);
      return g_file_new_for_path (path);
    }
  return NULL;
}

static gboolean
grade_extracted (DojoPack      *pack,
                 GFile         *submission,
                 const char    *dir,
                 JsonObject    *report,
                 GDateTime     *deadline,
                 GPtrArray     *rows,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *exported_at = NULL;
  JsonObject *pack_info, *learner;
  JsonNode *items;
  const char *pack_id;

  pack_info = dojo_json_get_object (report, "pack");
  pack_id = dojo_json_get_string (pack_info, "id");
  if (pack_id == NULL)
    return set_invalid (error, submission, _("it does not say which course it is for"));
  if (!g_str_equal (pack_id, dojo_pack_get_id (pack)))
    {
      g_autofree char *file = g_file_get_basename (submission);

      g_set_error (error, DOJO_GRADE_ERROR, DOJO_GRADE_ERROR_WRONG_PACK,
                   _("“%s” is work on the course “%s”, not on “%s”"), file, pack_id,
                   dojo_pack_get_id (pack));
      return FALSE;
    }

  learner = dojo_json_get_object (report, "learner");
  if (dojo_json_get_string (learner, "name") == NULL)
    return set_invalid (error, submission, _("it does not name the learner"));
  /* Into a CSV and a pipe: valid UTF-8 only. */
  name = g_utf8_make_valid (dojo_json_get_string (learner, "name"), -1);
  email = g_utf8_make_valid (dojo_json_get_string (learner, "email")
                             ? dojo_json_get_string (learner, "email") : "", -1);

  if (dojo_json_get_string (report, "exported_at") != NULL)
    exported_at = g_utf8_make_valid (dojo_json_get_string (report, "exported_at"), -1);

  items = json_object_get_member (report, "items");
  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    return set_invalid (error, submission, _("it lists no items"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (items), i);
      const char *id;

      if (JSON_NODE_HOLDS_OBJECT (item) &&
          (id = dojo_json_get_string (json_node_get_object (item), "id")) != NULL)
        g_hash_table_insert (reported, (gpointer)id, json_node_get_object (item));
    }

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      const char *id = dojo_pack_item_get_id (item);
      JsonObject *progress = g_hash_table_lookup (reported, id);
      g_autofree char *project_path = NULL;
      g_autoptr(GFile) project = NULL;
      g_autoptr(DojoGradeRow) row = NULL;
      g_autoptr(DojoExercise) exercise = NULL;
      g_autoptr(DojoCommitInfo) commit = NULL;
      g_autoptr(DojoVerdict) verdict = NULL;
      GStatBuf st;

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      row = grade_row_new ();
      row->learner = g_strdup (name);
      row->email = g_strdup (email);
      row->item_id = g_strdup (id);
      row->attempts = dojo_grade_report_count (progress, "attempts");
      row->hints_used = dojo_grade_report_count (progress, "hints_used");
      row->exported_at = g_strdup (exported_at);
      row->pack_version = g_strdup (dojo_pack_get_version (pack));

      if (!(exercise = dojo_exercise_new (pack, id, error)))
        return FALSE;

      /* The id is a pack id (a-z, 0-9, '-'): a safe name inside @dir. */
      project_path = g_build_filename (dir, "projects", id, NULL);
      project = g_file_new_for_path (project_path);
      if (g_lstat (project_path, &st) != 0 || !S_ISDIR (st.st_mode))
        {
          row->max = declared_max (exercise);
          row->reason = g_strdup (_("Not started: the submission has no project for it"));
          g_ptr_array_add (rows, g_steal_pointer (&row));
          continue;
        }

      row->has_project = TRUE;
      if (deadline != NULL)
        {
          g_autoptr(GError) local_error = NULL;

          if (!checkout_before (project, deadline, &commit, &local_error))
            {
              g_autofree char *when = g_date_time_format (deadline, "%Y-%m-%d %H:%M:%S %z");

              row->max = declared_max (exercise);
              if (local_error != NULL)
                row->reason = short_reason (_("Its history cannot be read"),
                                            local_error->message);
              else
                /* Translators: %s is the deadline, a date and a time. */
                row->reason = g_strdup_printf (_("No commit before the deadline (%s)"), when);
              g_ptr_array_add (rows, g_steal_pointer (&row));
              continue;
            }
        }
      else
        commit = dojo_repo_read_last_commit (project);

      if (commit != NULL)
        {
          row->last_commit = dojo_commit_info_format_time (commit);
          row->commit = g_strdup (commit->id);
        }

      /* What a Check starts ahead is for the same folder again (the
       * learner's next Check); here the next check is for the next
       * item's folder. With a deadline, that folder's files are not
       * those of the commit to grade yet: nothing is started ahead. */
      {
        g_autoptr(DojoExercise) next_exercise = NULL;
        g_autoptr(GFile) next = deadline == NULL ? next_project (pack, dir, i, &next_exercise)
                                                 : NULL;

        dojo_checker_set_next (dojo_exercise_get_checker (exercise), next,
                               next != NULL ? dojo_exercise_get_json (next_exercise) : NULL,
                               next != NULL ? dojo_exercise_get_directory (next_exercise) : NULL);
      }

      {
        g_autoptr(GError) local_error = NULL;

        verdict = dojo_exercise_check (exercise, project, cancellable, &local_error);
        if (local_error != NULL)
          {
            if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
              {
                g_propagate_error (error, g_steal_pointer (&local_error));
                return FALSE;
              }
            g_message ("%s: %s could not be checked: %s", name, id, local_error->message);
            row->max = declared_max (exercise);
            row->reason = short_reason (_("It could not be checked"), local_error->message);
          }
        else
          score_row (row, exercise, verdict);
      }

      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  return TRUE;
}

/**
 * dojo_grade_submission_before:
 * @pack: the teacher's full edition of the course (hidden checks included)
 * @submission: a .dojowork file a learner exported
 * @workdir: an empty folder for the extracted submission; the caller
 *   deletes it (also when this process is killed while grading)
 * @deadline: (nullable): grade each project's last commit at or before
 *   this time, checked out in the private copy; %NULL to grade the
 *   projects as they were exported
 *
 * Extracts @submission with dojo_grade_extract() into @workdir, runs every
 * check of every exercise and project of @pack on the learner's project
 * (as the app's Check does) and scores it: the points of the passed
 * checks, out of the points of all of them. A project with no commit
 * before @deadline scores 0, and its reason says so. A broken or hostile
 * file is refused with a message that says why. Blocking: checks run one
 * after the other.
 *
 * Returns: (transfer full) (element-type DojoGradeRow): one row per
 *   exercise and project of @pack, in course order
 */
GPtrArray *
dojo_grade_submission_before (DojoPack      *pack,
                              GFile         *submission,
                              GFile         *workdir,
                              GDateTime     *deadline,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autofree char *dest_path = NULL;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (G_IS_FILE (submission), NULL);
  g_return_val_if_fail (G_IS_FILE (workdir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dest = g_file_get_child (workdir, "work");
  dest_path = g_file_get_path (dest);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_grade_row_free);

  if (!(report = dojo_grade_extract (submission, dest, cancellable, error)) ||
      !grade_extracted (pack, submission, dest_path, json_node_get_object (report), deadline,
                        rows, cancellable, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * dojo_grade_submission_in:
 *
 * dojo_grade_submission_before() without a deadline: the projects as
 * they were exported.
 */
GPtrArray *
dojo_grade_submission_in (DojoPack      *pack,
                          GFile         *submission,
                          GFile         *workdir,
                          GCancellable  *cancellable,
                          GError       **error)
{
  return dojo_grade_submission_before (pack, submission, workdir, NULL, cancellable, error);
}

/**
 * dojo_grade_submission:
 *
 * dojo_grade_submission_in() in a temporary folder of its own, deleted
 * before this returns.
 */
GPtrArray *
dojo_grade_submission (DojoPack      *pack,
                       GFile         *submission,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFile) workdir = NULL;
  g_autofree char *tmp = NULL;
  GPtrArray *rows;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (G_IS_FILE (submission), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(tmp = g_dir_make_tmp ("dojo-grade-XXXXXX", error)))
    return NULL;

  workdir = g_file_new_for_path (tmp);
  rows = dojo_grade_submission_in (pack, submission, workdir, cancellable, error);
  _dojo_remove_tree (tmp);

  return rows;
}

/* Rows through a pipe, from the process that grades to the one that
 * writes the CSV ------------------------------------------------------- */

/**
 * dojo_grade_rows_to_json:
 *
 * Returns: (transfer full): @rows as a JSON array, for
 *   dojo_grade_rows_from_json(); also what `grade --json` shows of them
 */
JsonNode *
dojo_grade_rows_to_json (GPtrArray *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (rows != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const DojoGradeRow *row = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "learner");
      json_builder_add_string_value (builder, row->learner);
      json_builder_set_member_name (builder, "email");
      json_builder_add_string_value (builder, row->email);
      json_builder_set_member_name (builder, "item");
      json_builder_add_string_value (builder, row->item_id);
      json_builder_set_member_name (builder, "has_project");
      json_builder_add_boolean_value (builder, row->has_project);
      json_builder_set_member_name (builder, "passed");
      json_builder_add_boolean_value (builder, row->passed);
      json_builder_set_member_name (builder, "attempts");
      json_builder_add_int_value (builder, row->attempts);
      json_builder_set_member_name (builder, "hints_used");
      json_builder_add_int_value (builder, row->hints_used);
      dojo_json_builder_add_nullable_string (builder, "last_commit", row->last_commit);
      json_builder_set_member_name (builder, "score");
      json_builder_add_int_value (builder, row->score);
      json_builder_set_member_name (builder, "max");
      json_builder_add_int_value (builder, row->max);
      dojo_json_builder_add_nullable_string (builder, "reason", row->reason);
      dojo_json_builder_add_nullable_string (builder, "commit", row->commit);
      dojo_json_builder_add_nullable_string (builder, "exported_at", row->exported_at);
      dojo_json_builder_add_nullable_string (builder, "pack_version", row->pack_version);

      json_builder_set_member_name (builder, "checks");
      json_builder_begin_array (builder);
      for (guint j = 0; row->checks != NULL && j < row->checks->len; j++)
        {
          const DojoGradeCheck *check = g_ptr_array_index (row->checks, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, check->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, check->title);
          json_builder_set_member_name (builder, "state");
          json_builder_add_string_value (builder, check->state);
          json_builder_set_member_name (builder, "passed");
          json_builder_add_boolean_value (builder, check->passed);
          json_builder_set_member_name (builder, "points");
          json_builder_add_int_value (builder, check->points);
          json_builder_set_member_name (builder, "earned");
          json_builder_add_int_value (builder, check->earned);
          dojo_json_builder_add_nullable_string (builder, "message", check->message);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/* The rows come back through a pipe from a process that read learners'
 * files: unlike the lenient getters of dojo-json.h, these readers refuse
 * (return FALSE) a member that is missing or of another type, so that a
 * row that is not exactly what the grading process wrote is not taken. */

static gboolean
member_boolean (JsonObject *object,
                const char *name,
                gboolean   *value)
{
  JsonNode *node = dojo_json_get_value (object, name, G_TYPE_BOOLEAN);

  if (node == NULL)
    return FALSE;
  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A whole number from 0 to G_MAXINT32, and nothing else: not clamped, as
 * dojo_grade_report_count() does, but refused. */
static gboolean
member_count (JsonObject *object,
              const char *name,
              guint      *value)
{
  JsonNode *node = dojo_json_get_value (object, name, G_TYPE_INT64);
  gint64 number;

  if (node == NULL)
    return FALSE;
  number = json_node_get_int (node);
  if (number < 0 || number > G_MAXINT32)
    return FALSE;
  *value = (guint)number;
  return TRUE;
}

/* A string, valid UTF-8 from here on, or null (or missing): %NULL. */
static gboolean
member_nullable_string (JsonObject  *object,
                        const char  *name,
                        char       **value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (dojo_json_get_string (object, name) == NULL)
    return FALSE;
  *value = g_utf8_make_valid (dojo_json_get_string (object, name), -1);
  return TRUE;
}

static DojoGradeCheck *
check_from_json (JsonNode *node)
{
  g_autoptr(DojoGradeCheck) check = g_new0 (DojoGradeCheck, 1);
  static const char * const states[] = { "passed", "failed", "not-evaluated", NULL };
  JsonObject *object;
  const char *state;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  state = dojo_json_get_string (object, "state");
  if (dojo_json_get_string (object, "id") == NULL ||
      dojo_json_get_string (object, "title") == NULL ||
      state == NULL || !g_strv_contains (states, state) ||
      !member_boolean (object, "passed", &check->passed) ||
      check->passed != g_str_equal (state, "passed") ||
      !member_count (object, "points", &check->points) ||
      !member_count (object, "earned", &check->earned) ||
      check->earned != (check->passed ? check->points : 0) ||
      !member_nullable_string (object, "message", &check->message))
    return NULL;

  check->id = g_utf8_make_valid (dojo_json_get_string (object, "id"), -1);
  check->title = g_utf8_make_valid (dojo_json_get_string (object, "title"), -1);
  check->state = g_strdup (state);

  return g_steal_pointer (&check);
}

/**
 * dojo_grade_rows_from_json:
 * @node: what dojo_grade_rows_to_json() wrote
 *
 * Returns: (transfer full) (element-type DojoGradeRow): the rows, or %NULL
 *   if @node is not what dojo_grade_rows_to_json() writes (a member of the
 *   wrong type, a score above its maximum, points earned that a check's
 *   state does not give)
 */
GPtrArray *
dojo_grade_rows_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  JsonArray *array;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto invalid;

  array = json_node_get_array (node);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_grade_row_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(DojoGradeRow) row = grade_row_new ();
      JsonObject *object;
      JsonNode *checks;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      object = json_node_get_object (element);
      if (dojo_json_get_string (object, "learner") == NULL ||
          dojo_json_get_string (object, "email") == NULL ||
          dojo_json_get_string (object, "item") == NULL ||
          !member_boolean (object, "has_project", &row->has_project) ||
          !member_boolean (object, "passed", &row->passed) ||
          !member_count (object, "score", &row->score) ||
          !member_count (object, "max", &row->max) ||
          row->score > row->max ||
          !member_nullable_string (object, "last_commit", &row->last_commit) ||
          !member_nullable_string (object, "reason", &row->reason) ||
          !member_nullable_string (object, "commit", &row->commit) ||
          !member_nullable_string (object, "exported_at", &row->exported_at) ||
          !member_nullable_string (object, "pack_version", &row->pack_version))
        goto invalid;

      row->learner = g_utf8_make_valid (dojo_json_get_string (object, "learner"), -1);
      row->email = g_utf8_make_valid (dojo_json_get_string (object, "email"), -1);
      row->item_id = g_utf8_make_valid (dojo_json_get_string (object, "item"), -1);
      row->attempts = dojo_grade_report_count (object, "attempts");
      row->hints_used = dojo_grade_report_count (object, "hints_used");

      checks = json_object_get_member (object, "checks");
      if (checks == NULL || !JSON_NODE_HOLDS_ARRAY (checks))
        goto invalid;
      for (guint j = 0; j < json_array_get_length (json_node_get_array (checks)); j++)
        {
          DojoGradeCheck *check =
            check_from_json (json_array_get_element (json_node_get_array (checks), j));

          if (check == NULL)
            goto invalid;
          g_ptr_array_add (row->checks, check);
        }

      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  return g_steal_pointer (&rows);

invalid:
  g_set_error_literal (error, DOJO_GRADE_ERROR, DOJO_GRADE_ERROR_FAILED,
                       _("The grades of a submission came back damaged."));
  return NULL;
}

/**
 * dojo_grade_csv_field:
 *
 * Appends @value as one RFC 4180 field: quoted if it holds a comma, a
 * quote, a line break or a leading or trailing space. A learner writes
 * their own name: text a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) gets a leading ' first.
 */
void
dojo_grade_csv_field (GString    *csv,
                      const char *value)
{
  g_autoptr(GString) field = NULL;
  gboolean quote;

  g_return_if_fail (csv != NULL);

  if (value == NULL)
    value = "";

  field = g_string_new (NULL);
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (field, '\'');
  g_string_append (field, value);

  quote = strpbrk (field->str, ",\"\r\n") != NULL ||
          (field->len > 0 && (field->str[0] == ' ' || field->str[field->len - 1] == ' '));
  if (!quote)
    {
      g_string_append (csv, field->str);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* The columns, in order; lines end in CRLF (RFC 4180). The first seven
 * are those of earlier versions: new columns go at the end. */
void
dojo_grade_csv_header (GString *csv)
{
  g_return_if_fail (csv != NULL);

  g_string_append (csv, "learner,email,item,passed,attempts,hints_used,last_commit,"
                        "score,max,reason,commit,exported_at,pack_version\r\n");
}

void
dojo_grade_csv_rows (GString   *csv,
                     GPtrArray *rows)
{
  g_return_if_fail (csv != NULL);
  g_return_if_fail (rows != NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const DojoGradeRow *row = g_ptr_array_index (rows, i);

      dojo_grade_csv_field (csv, row->learner);
      g_string_append_c (csv, ',');
      dojo_grade_csv_field (csv, row->email);
      g_string_append_c (csv, ',');
      dojo_grade_csv_field (csv, row->item_id);
      g_string_append_printf (csv, ",%s,%u,%u,", row->passed ? "yes" : "no",
                              row->attempts, row->hints_used);
      dojo_grade_csv_field (csv, row->last_commit);
      g_string_append_printf (csv, ",%u,%u,", row->score, row->max);
      dojo_grade_csv_field (csv, row->reason);
      g_string_append_c (csv, ',');
      dojo_grade_csv_field (csv, row->commit);
      g_string_append_c (csv, ',');
      dojo_grade_csv_field (csv, row->exported_at);
      g_string_append_c (csv, ',');
      dojo_grade_csv_field (csv, row->pack_version);
      g_string_append (csv, "\r\n");
    }
}

/**
 * dojo_grade_parse_deadline:
 * @text: an ISO 8601 date ("2026-03-01") or date and time
 *   ("2026-03-01T18:00", "2026-03-01 18:00:00+01:00")
 * @zone: (nullable): the time zone of a date, or of a time without an
 *   offset; %NULL for the local one
 *
 * A plain date means the end of that day: its last second, 23:59:59.
 *
 * Returns: (transfer full) (nullable): the deadline, or %NULL if @text is
 *   neither
 */
GDateTime *
dojo_grade_parse_deadline (const char *text,
                           GTimeZone  *zone)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *full = NULL;
  int year, month, day;
  char end;

  g_return_val_if_fail (text != NULL, NULL);

  if (zone == NULL)
    zone = local = g_time_zone_new_local ();

  if (strlen (text) == 10 &&
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3 &&
      g_ascii_isdigit (text[0]) && text[4] == '-' && text[7] == '-')
    return g_date_time_new (zone, year, month, day, 23, 59, 59);

  /* GLib wants the seconds; ISO 8601 does not ("18:00"). */
  if (strlen (text) >= 16 && strchr ("Tt ", text[10]) != NULL && text[13] == ':' &&
      text[16] != ':')
    {
      full = g_strdup_printf ("%.16s:00%s", text, text + 16);
      text = full;
    }

  return g_date_time_new_from_iso8601 (text, zone);
}

/**
 * dojo_grade_pack_edition:
 * @pack_dir: a pack folder
 *
 * `dojo-pack build --student` marks the manifest of the edition it
 * writes with "edition": "student"; grading with it would miss the
 * hidden checks.
 *
 * Returns: (transfer full) (nullable): the manifest's "edition", or %NULL
 *   if it has none (a teacher's folder, or the full edition)
 */
char *
dojo_grade_pack_edition (GFile *pack_dir)
{
  g_autoptr(GFile) manifest = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = NULL;
  JsonNode *root;

  g_return_val_if_fail (G_IS_FILE (pack_dir), NULL);

  manifest = g_file_get_child (pack_dir, "manifest.json");
  path = g_file_get_path (manifest);
  if (path == NULL || !json_parser_load_from_mapped_file (parser, path, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return g_strdup (dojo_json_get_string (json_node_get_object (root), "edition"));
}
