/* dojo-installer-private.h: what the installer and its preview share, and test hooks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-installer.h"

G_BEGIN_DECLS

typedef struct
{
  char  *version;
  char  *date;     /* nullable */
  char **changes;
} DojoRelease;

struct _DojoInstallPreview
{
  GObject          parent_instance;

  char            *pack_id;
  char            *title;
  char            *description;
  char            *version;
  char            *license;
  char           **authors;
  guint            n_items;
  guint64          size;
  DojoInstallKind  kind;
  char            *installed_version;
  GPtrArray       *releases;          /* DojoRelease, newest first as in the manifest */
  char           **changed_exercises;
};

void _dojo_release_free (DojoRelease *release);

/* Deletes @path and everything in it, never following a link out of it. */
void _dojo_remove_tree  (const char  *path);

/* The steps of an install, in order. A test hook runs before each; it can
 * fail the step (return FALSE) or kill the process there. */
typedef enum
{
  DOJO_INSTALL_STEP_EXTRACT,      /* before extracting into the staging folder */
  DOJO_INSTALL_STEP_VALIDATE,     /* before validating what was extracted */
  DOJO_INSTALL_STEP_MOVE_ASIDE,   /* before moving the installed version aside (no exchange) */
  DOJO_INSTALL_STEP_MOVE_IN,      /* before putting the new version in place */
  DOJO_INSTALL_STEP_CLEANUP,      /* new version in place; before deleting the old one */
  DOJO_INSTALL_N_STEPS
} DojoInstallStep;

typedef gboolean (*DojoInstallStepHook) (DojoInstallStep  step,
                                         gpointer         user_data);

void _dojo_installer_set_step_hook    (DojoInstallStepHook  hook,
                                       gpointer             user_data);
/* FALSE: do what a file system without RENAME_EXCHANGE needs (move the old
 * version aside, then the new one in). */
void _dojo_installer_set_use_exchange (gboolean             use_exchange);

G_END_DECLS
