/* dojo-vcs-button.h: the header bar's view of the project's git state
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_VCS_BUTTON (dojo_vcs_button_get_type ())

G_DECLARE_FINAL_TYPE (DojoVcsButton, dojo_vcs_button, DOJO, VCS_BUTTON, GtkWidget)

typedef void (*DojoVcsButtonPrepareFunc) (DojoVcsButton *button,
                                          const char    *action_name,
                                          gpointer       user_data);

GtkWidget  *dojo_vcs_button_new           (void);
DojoRepo   *dojo_vcs_button_get_repo      (DojoVcsButton *self);
void        dojo_vcs_button_set_repo      (DojoVcsButton *self,
                                           DojoRepo      *repo);
GFile      *dojo_vcs_button_get_directory (DojoVcsButton *self);
void        dojo_vcs_button_set_directory (DojoVcsButton *self,
                                           GFile         *directory);
guint       dojo_vcs_button_get_n_changes (DojoVcsButton *self);
gboolean    dojo_vcs_button_get_checking  (DojoVcsButton *self);
const char *dojo_vcs_button_get_label     (DojoVcsButton *self);
const char *dojo_vcs_button_get_branch    (DojoVcsButton *self);
void        dojo_vcs_button_refresh       (DojoVcsButton *self);
void        dojo_vcs_button_hold          (DojoVcsButton *self,
                                           gboolean       hold);
void        dojo_vcs_button_set_prepare_func (DojoVcsButton            *self,
                                              DojoVcsButtonPrepareFunc  func,
                                              gpointer                  user_data,
                                              GDestroyNotify            destroy);
void        dojo_vcs_button_activate_prepared (DojoVcsButton *self,
                                               const char    *action_name);
const DojoMergeState *dojo_vcs_button_get_merge_state (DojoVcsButton *self);
GPtrArray  *dojo_vcs_button_get_unresolved  (DojoVcsButton *self);
const char *dojo_vcs_button_get_explanation (DojoVcsButton *self);

G_END_DECLS
