/* dojo-gating.h: the advice about a construct the course has not taught yet
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "dojo-pack.h"

G_BEGIN_DECLS

/* What the learner has reached at one exercise: the constructs still to
 * come (each with the title of the part that brings it), the lesson they
 * are in and what it showed, and what the exercise's own `ast` checks ask
 * for or rule out.  Everything not gated counts as known. */
typedef struct _DojoGating DojoGating;

#define DOJO_TYPE_GATING (dojo_gating_get_type ())

GType       dojo_gating_get_type        (void) G_GNUC_CONST;
DojoGating *dojo_gating_new             (void);
DojoGating *dojo_gating_new_for_item    (DojoPack           *pack,
                                         DojoPackItem       *item,
                                         JsonObject         *exercise);
DojoGating *dojo_gating_ref             (DojoGating         *self);
void        dojo_gating_unref           (DojoGating         *self);

void        dojo_gating_add_gate        (DojoGating         *self,
                                         const char         *construct,
                                         const char         *introduced_in);
void        dojo_gating_set_lesson      (DojoGating         *self,
                                         const char         *title,
                                         const char * const *introduces);
void        dojo_gating_set_exercise    (DojoGating         *self,
                                         JsonObject         *exercise);

gboolean    dojo_gating_is_known        (DojoGating         *self,
                                         const char         *construct);
char       *dojo_gating_advise          (DojoGating         *self,
                                         const char * const *used,
                                         GPtrArray          *named);
char       *dojo_gating_advise_instead  (DojoGating         *self,
                                         const char * const *used,
                                         GPtrArray          *named);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoGating, dojo_gating_unref)

G_END_DECLS
