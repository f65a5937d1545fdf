/* dojo-check-panel.h: the verdict of Check, one row per check, hints, solution
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-verdict.h"

G_BEGIN_DECLS

#define DOJO_TYPE_CHECK_PANEL (dojo_check_panel_get_type ())

G_DECLARE_FINAL_TYPE (DojoCheckPanel, dojo_check_panel, DOJO, CHECK_PANEL, GtkWidget)

GtkWidget   *dojo_check_panel_new                    (void);
void         dojo_check_panel_clear                  (DojoCheckPanel     *self);
void         dojo_check_panel_set_checking           (DojoCheckPanel     *self,
                                                      gboolean            checking);
gboolean     dojo_check_panel_get_checking           (DojoCheckPanel     *self);
void         dojo_check_panel_set_verdict            (DojoCheckPanel     *self,
                                                      DojoVerdict        *verdict);
DojoVerdict *dojo_check_panel_get_verdict            (DojoCheckPanel     *self);
void         dojo_check_panel_set_hints              (DojoCheckPanel     *self,
                                                      const char * const *hints);
guint        dojo_check_panel_get_n_hints_shown      (DojoCheckPanel     *self);
void         dojo_check_panel_set_n_hints_shown      (DojoCheckPanel     *self,
                                                      guint               n_shown);
void         dojo_check_panel_set_solution           (DojoCheckPanel     *self,
                                                      const char         *solution,
                                                      gboolean            available);
gboolean     dojo_check_panel_get_solution_available (DojoCheckPanel     *self);
void         dojo_check_panel_set_solution_available (DojoCheckPanel     *self,
                                                      gboolean            available);
void         dojo_check_panel_set_learner_code       (DojoCheckPanel     *self,
                                                      const char         *code);

/* For tests and the screenshot tool. */
const char  *dojo_check_panel_get_headline           (DojoCheckPanel     *self);
guint        dojo_check_panel_get_n_rows             (DojoCheckPanel     *self);
GtkWidget   *dojo_check_panel_get_row                (DojoCheckPanel     *self,
                                                      guint               index);

G_END_DECLS
