/* dojo-student-edition.c: turning a copy of a pack into its student edition
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-check-kinds.h"
#include "dojo-installer-private.h"
#include "dojo-pack.h"
#include "dojo-student-edition.h"

/* Deletes @relpath (a file or folder) of the exercise folder @folder, and
 * the folders it leaves empty. */
static void
remove_from_exercise (const char *folder,
                      const char *relpath)
{
  g_autofree char *path = g_build_filename (folder, relpath, NULL);
  g_autofree char *parent = NULL;

  _dojo_remove_tree (path);
  parent = g_path_get_dirname (path);
  while (!g_str_equal (parent, folder) && g_str_has_prefix (parent, folder) &&
         g_rmdir (parent) == 0)
    {
      char *up = g_path_get_dirname (parent);

      g_free (parent);
      parent = up;
    }
}

/**
 * dojo_student_edition_check_is_hidden:
 * @check: a check of exercise.json
 *
 * Returns: whether @check says `"hidden": true`: graded, not handed out
 */
gboolean
dojo_student_edition_check_is_hidden (JsonNode *check)
{
  JsonNode *hidden;

  if (check == NULL || !JSON_NODE_HOLDS_OBJECT (check))
    return FALSE;
  hidden = json_object_get_member (json_node_get_object (check), "hidden");
  return hidden != NULL && JSON_NODE_HOLDS_VALUE (hidden) &&
         json_node_get_value_type (hidden) == G_TYPE_BOOLEAN && json_node_get_boolean (hidden);
}

/* The test file of a check whose kind names one (unittest, pytest). */
static const char *
check_test_file (JsonNode *check)
{
  const DojoCheckKind *kind;
  JsonObject *object;
  JsonNode *test;

  if (!JSON_NODE_HOLDS_OBJECT (check))
    return NULL;
  object = json_node_get_object (check);
  kind = dojo_check_kind_lookup (json_object_get_string_member_with_default (object, "type",
                                                                             NULL));
  if (kind == NULL || !(kind->flags & DOJO_CHECK_KIND_TEST_FILE))
    return NULL;
  test = json_object_get_member (object, "test");
  if (test == NULL || !JSON_NODE_HOLDS_VALUE (test) ||
      json_node_get_value_type (test) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (test);
}

/* The student edition of one exercise folder: no solution, no solution
 * steps, no hidden checks (nor their test files). */
static gboolean
make_student_exercise (const char  *root,
                       const char  *folder_relpath,
                       guint       *n_hidden,
                       GError     **error)
{
  g_autofree char *folder = g_build_filename (root, folder_relpath, NULL);
  g_autofree char *path = g_build_filename (folder, "exercise.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonArray) visible = json_array_new ();
  g_autoptr(GPtrArray) hidden_tests = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *with_newline = NULL;
  JsonObject *exercise;
  JsonArray *checks;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return FALSE;
  exercise = json_node_get_object (json_parser_get_root (parser));
  checks = json_object_get_array_member (exercise, "checks");

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonNode *check = json_array_get_element (checks, i);
      const char *test = check_test_file (check);

      if (!dojo_student_edition_check_is_hidden (check))
        json_array_add_element (visible, json_node_copy (check));
      else
        {
          (*n_hidden)++;
          if (test != NULL)
            g_ptr_array_add (hidden_tests, (gpointer)test);
        }
    }

  if (json_array_get_length (visible) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s/exercise.json: every check is hidden; a learner needs at least "
                     "one check to see"), folder_relpath);
      return FALSE;
    }

  /* A hidden check's test file goes too, unless a visible check uses it. */
  for (guint i = 0; i < hidden_tests->len; i++)
    {
      const char *test = g_ptr_array_index (hidden_tests, i);
      gboolean used = FALSE;

      for (guint j = 0; j < json_array_get_length (visible); j++)
        used |= g_strcmp0 (check_test_file (json_array_get_element (visible, j)), test) == 0;
      if (!used)
        remove_from_exercise (folder, test);
    }

  if (json_object_has_member (exercise, "solution"))
    {
      g_autofree char *solution = g_strdup (json_object_get_string_member (exercise, "solution"));

      remove_from_exercise (folder, solution);
      json_object_remove_member (exercise, "solution");
      /* Nothing to show any more: say so, rather than let the app wait
       * for a solution that is not there. */
      json_object_set_string_member (exercise, "solution_policy", "never");
    }
  json_object_remove_member (exercise, "solution_steps");
  json_object_set_array_member (exercise, "checks", g_steal_pointer (&visible));

  generator = json_generator_new ();
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  with_newline = g_strconcat (text, "\n", NULL);

  return g_file_set_contents (path, with_newline, -1, error);
}

/**
 * dojo_student_edition_apply:
 * @pack_dir: a copy of a valid pack, changed in place
 * @n_hidden: (out) (optional): how many hidden checks were left out
 * @error: a #GError
 *
 * Makes @pack_dir the edition handed to students: every exercise without
 * its solution (file or folder) and solution_steps, with solution_policy
 * "never", and without its hidden checks and the test files only they use.
 * The pack must be valid (validate it first): a typo such as "hiden" is
 * caught there, not here. Blocking.
 *
 * Returns: %TRUE on success
 */
gboolean
dojo_student_edition_apply (GFile   *pack_dir,
                            guint   *n_hidden,
                            GError **error)
{
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *root = NULL;
  guint hidden = 0;

  g_return_val_if_fail (G_IS_FILE (pack_dir), FALSE);

  if (!(pack = dojo_pack_load (pack_dir, NULL, error)))
    return FALSE;
  root = g_file_get_path (pack_dir);

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      const char *path = dojo_pack_item_get_path (item);

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;
      /* Two items may share one exercise folder. */
      if (!g_hash_table_add (done, (gpointer)path))
        continue;
      if (!make_student_exercise (root, path, &hidden, error))
        return FALSE;
    }

  if (n_hidden != NULL)
    *n_hidden = hidden;

  return TRUE;
}
