/* dojo-check-kinds.c: the kinds of check an exercise may hold, in one table
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-check"

#include "config.h"

#include "dojo-check-kinds.h"

/* Adding a kind: one entry here, one function in data/harness/dojo_harness.py
 * (unless Dojo decides it itself, as for git), a section and a row of the
 * table in docs/checks.md (tests/check-kinds-doc.py compares the table with
 * this one). The validator, the student edition, live guidance and the
 * checker read this table. */

/* Every check takes these. */
static const DojoCheckField common_fields[] = {
  { "type", DOJO_CHECK_FIELD_STRING, TRUE, NULL },
  { "id", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "title", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "hidden", DOJO_CHECK_FIELD_BOOLEAN, FALSE, NULL },
  { "points", DOJO_CHECK_FIELD_INTEGER, FALSE, NULL },
  { "message", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { NULL }
};

static const char * const io_match[] = { "rstrip", "exact", "contains", "regex", NULL };
static const char * const mistake_on[] = { "output", "code", NULL };

static const DojoCheckField io_fields[] = {
  { "stdin", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "argv", DOJO_CHECK_FIELD_ARRAY, FALSE, NULL },
  /* Without it the program is to print nothing. */
  { "expect", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "match", DOJO_CHECK_FIELD_STRING, FALSE, io_match },
  { NULL }
};

static const DojoCheckField unittest_fields[] = {
  { "test", DOJO_CHECK_FIELD_STRING, TRUE, NULL },
  { NULL }
};

static const DojoCheckField pytest_fields[] = {
  { "test", DOJO_CHECK_FIELD_STRING, TRUE, NULL },
  /* Task number ("1") → the title of its row. */
  { "tasks", DOJO_CHECK_FIELD_OBJECT, FALSE, NULL },
  { NULL }
};

static const DojoCheckField ast_fields[] = {
  { "rules", DOJO_CHECK_FIELD_ARRAY, TRUE, NULL },
  { "file", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { NULL }
};

static const DojoCheckField type_hints_fields[] = {
  { "file", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { NULL }
};

/* The modes of data/harness/dojo_typecheck.py: every function annotated
 * and consistent (the course's), mypy's --strict, or consistency alone. */
static const char * const type_check_mode[] = { "annotated", "strict", "basic", NULL };

static const DojoCheckField type_check_fields[] = {
  /* The learner's .py files, relative to the project; without it, every
   * .py file at its top but the test_*.py ones. */
  { "files", DOJO_CHECK_FIELD_ARRAY, FALSE, NULL },
  { "mode", DOJO_CHECK_FIELD_STRING, FALSE, type_check_mode },
  { NULL }
};

static const DojoCheckField known_mistake_fields[] = {
  { "on", DOJO_CHECK_FIELD_STRING, FALSE, mistake_on },
  { "pattern", DOJO_CHECK_FIELD_STRING, TRUE, NULL },
  { "fails", DOJO_CHECK_FIELD_BOOLEAN, FALSE, NULL },
  { NULL }
};

/* Which of them a `require` reads is checked by the validator. */
static const DojoCheckField git_fields[] = {
  { "require", DOJO_CHECK_FIELD_STRING, TRUE, NULL },
  { "min", DOJO_CHECK_FIELD_INTEGER, FALSE, NULL },
  { "pattern", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "min_length", DOJO_CHECK_FIELD_INTEGER, FALSE, NULL },
  { "branch", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "path", DOJO_CHECK_FIELD_STRING, FALSE, NULL },
  { "back", DOJO_CHECK_FIELD_INTEGER, FALSE, NULL },
  { NULL }
};

static const DojoCheckKind kinds[] = {
  { "io",
    DOJO_CHECK_KIND_RUNS_LEARNER_CODE | DOJO_CHECK_KIND_IN_HARNESS | DOJO_CHECK_KIND_DEBUG_CASE,
    DOJO_CHECK_RESULTS_OUTPUT, io_fields, NULL },
  { "unittest",
    DOJO_CHECK_KIND_RUNS_LEARNER_CODE | DOJO_CHECK_KIND_TEST_FILE | DOJO_CHECK_KIND_IN_HARNESS |
    DOJO_CHECK_KIND_DEBUG_TEST,
    DOJO_CHECK_RESULTS_TESTS, unittest_fields, NULL },
  /* No Debug This Check: the debugger loads a test through unittest's
   * loader, which cannot load a pytest test function. */
  { "pytest",
    DOJO_CHECK_KIND_RUNS_LEARNER_CODE | DOJO_CHECK_KIND_TEST_FILE | DOJO_CHECK_KIND_IN_HARNESS |
    DOJO_CHECK_KIND_TASK_ROWS,
    DOJO_CHECK_RESULTS_TESTS, pytest_fields, "pytest" },
  { "ast", DOJO_CHECK_KIND_IN_HARNESS | DOJO_CHECK_KIND_LIVE,
    DOJO_CHECK_RESULTS_RULES, ast_fields },
  { "type-hints", DOJO_CHECK_KIND_IN_HARNESS | DOJO_CHECK_KIND_LIVE,
    DOJO_CHECK_RESULTS_FUNCTIONS, type_hints_fields },
  /* mypy reads the files and never runs them. */
  { "type-check", DOJO_CHECK_KIND_IN_HARNESS | DOJO_CHECK_KIND_LIVE,
    DOJO_CHECK_RESULTS_TYPES, type_check_fields },
  /* Runs the program only when it reads the output, and then only if no
   * io check has run it already. */
  { "known-mistake", DOJO_CHECK_KIND_RUNS_LEARNER_CODE | DOJO_CHECK_KIND_IN_HARNESS,
    DOJO_CHECK_RESULTS_ADVICE, known_mistake_fields },
  { "git", DOJO_CHECK_KIND_NONE, DOJO_CHECK_RESULTS_GIT, git_fields },
};

/**
 * dojo_check_kind_lookup:
 * @name: a check's `type`
 *
 * Returns: (nullable): the kind of check named @name, or %NULL if Dojo has
 *   no such kind
 */
const DojoCheckKind *
dojo_check_kind_lookup (const char *name)
{
  if (name == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, name))
      return &kinds[i];

  return NULL;
}

/**
 * dojo_check_kinds_get_all:
 * @n_kinds: (out): how many there are
 *
 * Returns: every kind, in the order the docs list them
 */
const DojoCheckKind *
dojo_check_kinds_get_all (guint *n_kinds)
{
  g_return_val_if_fail (n_kinds != NULL, NULL);

  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

/* Returns: the fields every check takes, ended by { NULL } */
const DojoCheckField *
dojo_check_kind_common_fields (void)
{
  return common_fields;
}

/**
 * dojo_check_kind_lookup_field:
 * @kind: (nullable): a kind; %NULL for the common fields alone
 *
 * Returns: (nullable): the field @name that a check of @kind takes, common
 *   or its own
 */
const DojoCheckField *
dojo_check_kind_lookup_field (const DojoCheckKind *kind,
                              const char          *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (const DojoCheckField *f = common_fields; f->name != NULL; f++)
    if (g_str_equal (f->name, name))
      return f;

  for (const DojoCheckField *f = kind ? kind->fields : NULL; f && f->name != NULL; f++)
    if (g_str_equal (f->name, name))
      return f;

  return NULL;
}

/* Returns: (transfer full): "io, unittest, …", for messages */
char *
dojo_check_kinds_list_names (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_string_append_printf (list, "%s%s", i ? ", " : "", kinds[i].name);

  return g_string_free (list, FALSE);
}

/* Returns: (transfer full): the names of every field a check of @kind
 *   takes (the common ones first); for did-you-mean suggestions */
char **
dojo_check_kind_dup_field_names (const DojoCheckKind *kind)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (const DojoCheckField *f = common_fields; f->name != NULL; f++)
    g_strv_builder_add (names, f->name);
  for (const DojoCheckField *f = kind ? kind->fields : NULL; f && f->name != NULL; f++)
    g_strv_builder_add (names, f->name);

  return g_strv_builder_end (names);
}
