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
#include "dojo-export.h"
#include "dojo-installer-private.h"
#include "dojo-repo.h"
#include "dojo-grade.h"

/* A report larger than this is not one Dojo wrote. */
#define MAX_REPORT_BYTES (16 * 1024 * 1024)

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

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static guint
member_count (JsonObject *object,
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

static JsonObject *
member_object (JsonObject *object,
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

static gboolean
grade_extracted (DojoPack      *pack,
                 GFile         *submission,
                 const char    *dir,
                 GPtrArray     *rows,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *report, *pack_info, *learner;
  JsonNode *items;
  const char *pack_id, *name, *email;

  if (!(parser = read_report (dir, submission, error)))
    return FALSE;

  report = json_node_get_object (json_parser_get_root (parser));
  if (member_count (report, "format") != DOJO_WORK_FORMAT)
    return set_invalid (error, submission, _("its format is not one this Dojo reads"));

  pack_info = member_object (report, "pack");
  pack_id = member_string (pack_info, "id");
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

  learner = member_object (report, "learner");
  name = member_string (learner, "name");
  email = member_string (learner, "email");
  if (name == NULL)
    return set_invalid (error, submission, _("it does not name the learner"));

  items = json_object_get_member (report, "items");
  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    return set_invalid (error, submission, _("it lists no items"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (items), i);
      const char *id;

      if (JSON_NODE_HOLDS_OBJECT (item) &&
          (id = member_string (json_node_get_object (item), "id")) != NULL)
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
      row->email = g_strdup (email ? email : "");
      row->item_id = g_strdup (id);
      row->attempts = member_count (progress, "attempts");
      row->hints_used = member_count (progress, "hints_used");

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
 * dojo_grade_submission:
 * @pack: the teacher's full edition of the course (hidden checks included)
 * @submission: a .dojowork file a learner exported
 *
 * Extracts @submission safely (dojo_archive_extract()) into a temporary
 * folder, runs every check of every exercise and project of @pack on the
 * learner's project (as the app's Check does), and deletes the folder.
 * A broken or hostile file is refused with a message that says why.
 * Blocking: checks run one after the other.
 *
 * Returns: (transfer full) (element-type DojoGradeRow): one row per
 *   exercise and project of @pack, in course order
 */
GPtrArray *
dojo_grade_submission (DojoPack      *pack,
                       GFile         *submission,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *dest_path = NULL;
  gboolean ok;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (G_IS_FILE (submission), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(tmp = g_dir_make_tmp ("dojo-grade-XXXXXX", error)))
    return NULL;

  dest_path = g_build_filename (tmp, "work", NULL);
  dest = g_file_new_for_path (dest_path);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_grade_row_free);

  ok = dojo_archive_extract (submission, dest, cancellable, error) &&
       grade_extracted (pack, submission, dest_path, rows, cancellable, error);

  _dojo_remove_tree (tmp);

  return ok ? g_steal_pointer (&rows) : NULL;
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
