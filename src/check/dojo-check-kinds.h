/* dojo-check-kinds.h: the kinds of check an exercise may hold, in one table
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The JSON type of a field of a check. */
typedef enum
{
  DOJO_CHECK_FIELD_STRING,
  DOJO_CHECK_FIELD_INTEGER,     /* a whole number >= 0 */
  DOJO_CHECK_FIELD_BOOLEAN,
  DOJO_CHECK_FIELD_ARRAY,
  DOJO_CHECK_FIELD_OBJECT,
} DojoCheckFieldType;

typedef struct
{
  const char         *name;
  DojoCheckFieldType  type;
  gboolean            required;
  /* For a string: the values it may take, %NULL-terminated; %NULL: any. */
  const char * const *values;
} DojoCheckField;

typedef enum
{
  DOJO_CHECK_KIND_NONE = 0,
  /* Runs the learner's program or code in the sandbox. */
  DOJO_CHECK_KIND_RUNS_LEARNER_CODE = 1 << 0,
  /* Its `test` names a file of the exercise folder, which the student
   * edition leaves out with the check when it is hidden. */
  DOJO_CHECK_KIND_TEST_FILE = 1 << 1,
  /* Decided by the Python harness; otherwise by Dojo itself (git). */
  DOJO_CHECK_KIND_IN_HARNESS = 1 << 2,
  /* Reads the source without running it, so live guidance can show it
   * as the learner types. */
  DOJO_CHECK_KIND_LIVE = 1 << 3,
  /* Debug This Check runs a failed one: the io case with its input and
   * arguments, or the failed test (through unittest's loader). */
  DOJO_CHECK_KIND_DEBUG_CASE = 1 << 4,
  DOJO_CHECK_KIND_DEBUG_TEST = 1 << 5,
  /* Its tests may carry task markers: one result per task. */
  DOJO_CHECK_KIND_TASK_ROWS = 1 << 6,
} DojoCheckKindFlags;

/* What a kind's results hold, for the checker to turn into words. */
typedef enum
{
  DOJO_CHECK_RESULTS_OUTPUT,    /* expected, actual, diff of a run */
  DOJO_CHECK_RESULTS_TESTS,     /* failing tests with their messages */
  DOJO_CHECK_RESULTS_RULES,     /* ast rules broken, at lines */
  DOJO_CHECK_RESULTS_FUNCTIONS, /* functions missing annotations */
  DOJO_CHECK_RESULTS_ADVICE,    /* a match: advice, failing only if asked to */
  DOJO_CHECK_RESULTS_GIT,       /* the state of the repository, in C */
  DOJO_CHECK_RESULTS_TYPES,     /* mypy's diagnostics, with facts for wording */
} DojoCheckResults;

typedef struct
{
  const char           *name;
  DojoCheckKindFlags    flags;
  DojoCheckResults      results;
  const DojoCheckField *fields;  /* its own fields, ended by { NULL } */
  /* The Python package (data/harness/packages.json) a check of this kind
   * needs, declared by the pack or not; %NULL: the standard library. */
  const char           *package;
} DojoCheckKind;

const DojoCheckKind  *dojo_check_kind_lookup        (const char          *name);
const DojoCheckKind  *dojo_check_kinds_get_all      (guint               *n_kinds);
const DojoCheckField *dojo_check_kind_common_fields (void);
const DojoCheckField *dojo_check_kind_lookup_field  (const DojoCheckKind *kind,
                                                     const char          *name);
char                 *dojo_check_kinds_list_names   (void) G_GNUC_WARN_UNUSED_RESULT;
char                **dojo_check_kind_dup_field_names (const DojoCheckKind *kind)
                                                      G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
