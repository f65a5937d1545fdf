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
#include "dojo-exercise.h"
#include "dojo-export-private.h"
#include "dojo-installer-private.h"
#include "dojo-project-files.h"
#include "dojo-repo.h"
#include "dojo-grade.h"

/* A report larger than this is not one Dojo wrote. */
#define MAX_REPORT_BYTES (16 * 1024 * 1024)

/* The bounds of a project's history, inflated: an object as large as the
 * largest file a .dojowork may hold, all of them four times that. */
#define MAX_OBJECT_BYTES (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define MAX_HISTORY_BYTES (G_GUINT64_CONSTANT (256) * 1024 * 1024)

G_DEFINE_QUARK (dojo-grade-error-quark, dojo_grade_error)

void
dojo_grade_row_free (DojoGradeRow *row)
{
  if (row == NULL)
    return;

  g_free (row->learner);
  g_free (row->email);
  g_free (row->item_id);
  g_free (row->last_commit);
  g_free (row);
}

/**
 * dojo_grade_report_string:
 * @object: (nullable): an object of a dojowork.json
 *
 * Returns: (nullable): its member @name if that is a string; a report is
 *   the learner's file, so anything else is as good as missing
 */
const char *
dojo_grade_report_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/**
 * dojo_grade_report_count:
 *
 * Returns: its member @name if that is a whole number, clamped to 0 ..
 *   G_MAXINT32; else 0
 */
guint
dojo_grade_report_count (JsonObject *object,
              const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  value = json_node_get_int (node);
  return CLAMP (value, 0, G_MAXINT32);
}

/**
 * dojo_grade_report_object:
 *
 * Returns: (nullable): its member @name if that is an object
 */
JsonObject *
dojo_grade_report_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
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

typedef struct
{
  gboolean     done;
  DojoVerdict *verdict;
  GError      *error;
} CheckRun;

static void
check_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CheckRun *run = user_data;

  run->verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &run->error);
  run->done = TRUE;
}

/* Runs every check of @exercise on @dir, waiting in a main context of its
 * own, so that this works from any thread and from a program without a
 * main loop. */
static gboolean
check_project (DojoExercise  *exercise,
               GFile         *dir,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(DojoVerdict) verdict = NULL;
  CheckRun run = { 0 };

  g_main_context_push_thread_default (context);
  dojo_exercise_check_async (exercise, dir, cancellable, check_done, &run);
  while (!run.done)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  verdict = run.verdict;
  if (verdict == NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }

  return dojo_verdict_get_passed (verdict);
}

static char *
last_commit_time (GFile *project)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GDateTime) utc = NULL;
  DojoCommitInfo *last;

  if (!(repo = dojo_repo_open (project, NULL)) ||
      !(log = dojo_repo_log (repo, 0, 1, NULL)) ||
      log->len == 0)
    return NULL;

  last = g_ptr_array_index (log, 0);
  utc = g_date_time_to_utc (last->time);
  return g_date_time_format_iso8601 (utc);
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

/* Whether the first run of @exercise's checks is of the program (io runs
 * go first, and a known mistake in the output runs it too), not of tests:
 * only a program's run can be started ahead. */
static gboolean
first_run_is_program (DojoExercise *exercise)
{
  JsonObject *root = dojo_exercise_get_json (exercise);
  JsonNode *checks = root ? json_object_get_member (root, "checks") : NULL;

  if (checks == NULL || !JSON_NODE_HOLDS_ARRAY (checks))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (checks)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (checks), i);
      JsonObject *check = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *type = dojo_grade_report_string (check, "type");

      if (g_strcmp0 (type, "io") == 0 ||
          (g_strcmp0 (type, "known-mistake") == 0 &&
           g_strcmp0 (dojo_grade_report_string (check, "on"), "code") != 0))
        return TRUE;
    }
  return FALSE;
}

/* The folder of the next item after @index that has one in @dir, when its
 * check starts with a run of the program; else %NULL. */
static GFile *
next_project (DojoPack   *pack,
              const char *dir,
              guint       index)
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
      return exercise != NULL && first_run_is_program (exercise)
             ? g_file_new_for_path (path) : NULL;
    }
  return NULL;
}

static gboolean
grade_extracted (DojoPack      *pack,
                 GFile         *submission,
                 const char    *dir,
                 JsonObject    *report,
                 GPtrArray     *rows,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  JsonObject *pack_info, *learner;
  JsonNode *items;
  const char *pack_id;

  pack_info = dojo_grade_report_object (report, "pack");
  pack_id = dojo_grade_report_string (pack_info, "id");
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

  learner = dojo_grade_report_object (report, "learner");
  if (dojo_grade_report_string (learner, "name") == NULL)
    return set_invalid (error, submission, _("it does not name the learner"));
  /* Into a CSV and a pipe: valid UTF-8 only. */
  name = g_utf8_make_valid (dojo_grade_report_string (learner, "name"), -1);
  email = g_utf8_make_valid (dojo_grade_report_string (learner, "email") ? dojo_grade_report_string (learner, "email")
                                                                : "", -1);

  items = json_object_get_member (report, "items");
  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    return set_invalid (error, submission, _("it lists no items"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (items), i);
      const char *id;

      if (JSON_NODE_HOLDS_OBJECT (item) &&
          (id = dojo_grade_report_string (json_node_get_object (item), "id")) != NULL)
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
      GStatBuf st;

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      row = g_new0 (DojoGradeRow, 1);
      row->learner = g_strdup (name);
      row->email = g_strdup (email);
      row->item_id = g_strdup (id);
      row->attempts = dojo_grade_report_count (progress, "attempts");
      row->hints_used = dojo_grade_report_count (progress, "hints_used");

      /* The id is a pack id (a-z, 0-9, '-'): a safe name inside @dir. */
      project_path = g_build_filename (dir, "projects", id, NULL);
      project = g_file_new_for_path (project_path);
      if (g_lstat (project_path, &st) == 0 && S_ISDIR (st.st_mode))
        {
          g_autoptr(DojoExercise) exercise = NULL;
          g_autoptr(GError) local_error = NULL;

          row->has_project = TRUE;
          row->last_commit = last_commit_time (project);

          if (!(exercise = dojo_exercise_new (pack, id, error)))
            return FALSE;
          /* What a Check starts ahead is for the same folder again (the
           * learner's next Check); here the next check is for the next
           * item's folder. */
          {
            g_autoptr(GFile) next = next_project (pack, dir, i);

            dojo_checker_set_next_project (dojo_exercise_get_checker (exercise), next);
          }
          row->passed = check_project (exercise, project, cancellable, &local_error);
          if (local_error != NULL)
            {
              if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return FALSE;
                }
              g_message ("%s: %s could not be checked: %s", name, id, local_error->message);
            }
        }

      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  return TRUE;
}

/**
 * dojo_grade_submission_in:
 * @pack: the teacher's full edition of the course (hidden checks included)
 * @submission: a .dojowork file a learner exported
 * @workdir: an empty folder for the extracted submission; the caller
 *   deletes it (also when this process is killed while grading)
 *
 * Extracts @submission with dojo_grade_extract() into @workdir, runs every
 * check of every exercise and project of @pack on the learner's project
 * (as the app's Check does). A broken or hostile file is refused with a
 * message that says why. Blocking: checks run one after the other.
 *
 * Returns: (transfer full) (element-type DojoGradeRow): one row per
 *   exercise and project of @pack, in course order
 */
GPtrArray *
dojo_grade_submission_in (DojoPack      *pack,
                          GFile         *submission,
                          GFile         *workdir,
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
      !grade_extracted (pack, submission, dest_path, json_node_get_object (report), rows,
                        cancellable, error))
    return NULL;

  return g_steal_pointer (&rows);
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
 *   dojo_grade_rows_from_json()
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
      json_builder_set_member_name (builder, "last_commit");
      if (row->last_commit != NULL)
        json_builder_add_string_value (builder, row->last_commit);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

static gboolean
member_boolean (JsonObject *object,
                const char *name,
                gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;
  *value = json_node_get_boolean (node);
  return TRUE;
}

/**
 * dojo_grade_rows_from_json:
 * @node: what dojo_grade_rows_to_json() wrote
 *
 * Returns: (transfer full) (element-type DojoGradeRow): the rows, or %NULL
 *   if @node is not what dojo_grade_rows_to_json() writes
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
      g_autoptr(DojoGradeRow) row = g_new0 (DojoGradeRow, 1);
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      object = json_node_get_object (element);
      if (dojo_grade_report_string (object, "learner") == NULL || dojo_grade_report_string (object, "email") == NULL ||
          dojo_grade_report_string (object, "item") == NULL ||
          !member_boolean (object, "has_project", &row->has_project) ||
          !member_boolean (object, "passed", &row->passed))
        goto invalid;

      row->learner = g_utf8_make_valid (dojo_grade_report_string (object, "learner"), -1);
      row->email = g_utf8_make_valid (dojo_grade_report_string (object, "email"), -1);
      row->item_id = g_utf8_make_valid (dojo_grade_report_string (object, "item"), -1);
      row->attempts = dojo_grade_report_count (object, "attempts");
      row->hints_used = dojo_grade_report_count (object, "hints_used");
      if (dojo_grade_report_string (object, "last_commit") != NULL)
        row->last_commit = g_utf8_make_valid (dojo_grade_report_string (object, "last_commit"), -1);
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

/* The columns, in order; lines end in CRLF (RFC 4180). */
void
dojo_grade_csv_header (GString *csv)
{
  g_return_if_fail (csv != NULL);

  g_string_append (csv, "learner,email,item,passed,attempts,hints_used,last_commit\r\n");
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
      g_string_append (csv, "\r\n");
    }
}
