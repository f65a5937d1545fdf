/* test-check-kinds.c: the registry of check kinds, and the docs' table of it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "dojo-check-kinds.h"

/* One row of the table of kinds in docs/checks.md. */
typedef struct
{
  char      *kind;
  GPtrArray *fields;    /* char *, "name" or "name (required)" */
} DocRow;

static void
doc_row_free (DocRow *row)
{
  g_free (row->kind);
  g_ptr_array_unref (row->fields);
  g_free (row);
}

/* Returns: (element-type DocRow): the rows of the table that follows the
 * comment naming this test, in order */
static GPtrArray *
read_doc_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "checks.md", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)doc_row_free);
  gboolean in_table = FALSE;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_auto(GStrv) names = NULL;
      DocRow *row;

      if (strstr (lines[i], "tests/test-check-kinds.c") != NULL)
        {
          in_table = TRUE;
          continue;
        }
      if (!in_table)
        continue;
      if (lines[i][0] != '|')
        {
          if (rows->len > 0)
            break;
          continue;
        }
      if (g_str_has_prefix (lines[i], "| Kind") || g_str_has_prefix (lines[i], "|---"))
        continue;

      cells = g_strsplit (lines[i], "|", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 5);
      row = g_new0 (DocRow, 1);
      row->kind = g_strstrip (g_strdelimit (g_strdup (cells[1]), "`", ' '));
      row->fields = g_ptr_array_new_with_free_func (g_free);
      names = g_strsplit (cells[2], ",", -1);
      for (guint j = 0; names[j] != NULL; j++)
        {
          char *field = g_strstrip (g_strdelimit (g_strdup (names[j]), "`", ' '));
          char *space;

          /* "test   (required)" → "test (required)" */
          if ((space = strchr (field, ' ')) != NULL)
            {
              char *rest = g_strdup (g_strchug (space + 1));

              *space = '\0';
              g_ptr_array_add (row->fields, g_strconcat (field, " ", rest, NULL));
              g_free (rest);
              g_free (field);
            }
          else if (field[0] != '\0')
            g_ptr_array_add (row->fields, field);
          else
            g_free (field);
        }
      g_ptr_array_add (rows, row);
    }

  return rows;
}

/* Adding a kind means a row in the docs: the table lists exactly the
 * registry's kinds, in its order, with their fields and which are required. */
static void
test_doc_table (void)
{
  g_autoptr(GPtrArray) rows = read_doc_table ();
  const DojoCheckKind *kinds;
  guint n_kinds;

  kinds = dojo_check_kinds_get_all (&n_kinds);
  g_assert_cmpuint (rows->len, ==, n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      DocRow *row = g_ptr_array_index (rows, i);
      guint n_fields = 0;

      g_assert_cmpstr (row->kind, ==, kinds[i].name);
      for (const DojoCheckField *f = kinds[i].fields; f->name != NULL; f++, n_fields++)
        {
          g_autofree char *want = f->required ? g_strconcat (f->name, " (required)", NULL)
                                              : g_strdup (f->name);

          g_assert_cmpuint (n_fields, <, row->fields->len);
          g_assert_cmpstr (g_ptr_array_index (row->fields, n_fields), ==, want);
        }
      g_assert_cmpuint (row->fields->len, ==, n_fields);
    }
}

static void
test_lookup (void)
{
  const DojoCheckKind *kind, *kinds;
  const DojoCheckField *field;
  guint n_kinds;
  g_autofree char *names = dojo_check_kinds_list_names ();
  g_auto(GStrv) fields = NULL;

  g_assert_null (dojo_check_kind_lookup ("doctest"));
  g_assert_null (dojo_check_kind_lookup (NULL));
  g_assert_cmpstr (names, ==, "io, unittest, pytest, ast, type-hints, type-check, known-mistake, "
                   "git");

  kind = dojo_check_kind_lookup ("pytest");
  g_assert_nonnull (kind);
  g_assert_cmpint (kind->results, ==, DOJO_CHECK_RESULTS_TESTS);
  g_assert_true (kind->flags & DOJO_CHECK_KIND_RUNS_LEARNER_CODE);
  g_assert_true (kind->flags & DOJO_CHECK_KIND_TEST_FILE);
  field = dojo_check_kind_lookup_field (kind, "tasks");
  g_assert_nonnull (field);
  g_assert_cmpint (field->type, ==, DOJO_CHECK_FIELD_OBJECT);
  g_assert_true (dojo_check_kind_lookup_field (kind, "test")->required);

  /* The common fields belong to every kind, and only they to none. */
  field = dojo_check_kind_lookup_field (NULL, "points");
  g_assert_nonnull (field);
  g_assert_cmpint (field->type, ==, DOJO_CHECK_FIELD_INTEGER);
  g_assert_nonnull (dojo_check_kind_lookup_field (dojo_check_kind_lookup ("git"), "hidden"));
  g_assert_null (dojo_check_kind_lookup_field (NULL, "test"));
  g_assert_null (dojo_check_kind_lookup_field (dojo_check_kind_lookup ("io"), "test"));

  fields = dojo_check_kind_dup_field_names (dojo_check_kind_lookup ("known-mistake"));
  g_assert_true (g_strv_contains ((const char * const *)fields, "message"));
  g_assert_true (g_strv_contains ((const char * const *)fields, "fails"));
  g_assert_false (g_strv_contains ((const char * const *)fields, "test"));

  /* Live guidance reads the code of these three without running it; the
   * student edition drops the test files of these two. */
  kinds = dojo_check_kinds_get_all (&n_kinds);
  g_assert_cmpuint (n_kinds, ==, 8);
  for (guint i = 0; i < n_kinds; i++)
    {
      const DojoCheckKind *k = &kinds[i];
      gboolean live = g_str_equal (k->name, "ast") || g_str_equal (k->name, "type-hints") ||
                      g_str_equal (k->name, "type-check");
      gboolean tests = g_str_equal (k->name, "unittest") || g_str_equal (k->name, "pytest");

      g_assert_cmpint (!!(k->flags & DOJO_CHECK_KIND_LIVE), ==, live);
      g_assert_cmpint (!!(k->flags & DOJO_CHECK_KIND_TEST_FILE), ==, tests);
      g_assert_cmpint (!!(k->flags & DOJO_CHECK_KIND_IN_HARNESS), ==,
                       !g_str_equal (k->name, "git"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/check-kinds/doc-table", test_doc_table);
  g_test_add_func ("/check-kinds/lookup", test_lookup);

  return g_test_run ();
}
