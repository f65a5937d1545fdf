/* dojo-prover.h: proving a pack: its solutions pass, its starters do not
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-pack.h"

G_BEGIN_DECLS

/* What proving one exercise, project or quiz found. */
typedef struct
{
  DojoPackItem *item;
  char         *file;             /* exercise.json or the quiz, relative to the pack */
  gboolean      is_quiz;
  /* An exercise or project */
  gboolean      has_solution;
  guint         n_checks;         /* results: a pytest check counts once per task */
  guint         solution_passed;
  guint         starter_failed;
  /* A quiz */
  guint         n_predicted;      /* predict-output answers found right */
  guint         n_tried;          /* a lesson's try-code solutions that pass */
  GPtrArray    *problems;         /* DojoPackProblem, errors; empty if it holds */
} DojoProof;

typedef void (*DojoProverFunc) (const DojoProof *proof,
                                gpointer         user_data);

void       dojo_proof_free (DojoProof       *proof);
GPtrArray *dojo_prover_run (GFile           *dir,
                            const char      *python,
                            DojoProverFunc   func,
                            gpointer         user_data,
                            GError         **error);
GPtrArray *dojo_prover_run_items (GFile              *dir,
                                  const char         *python,
                                  const char * const *only,
                                  DojoProverFunc      func,
                                  gpointer            user_data,
                                  GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoProof, dojo_proof_free)

G_END_DECLS
