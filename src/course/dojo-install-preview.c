/* dojo-install-preview.c: what installing a .dojopack would do, before it is done
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-installer"

#include "config.h"

#include "dojo-installer-private.h"
#include "dojo-install-preview.h"

G_DEFINE_FINAL_TYPE (DojoInstallPreview, dojo_install_preview, G_TYPE_OBJECT)

void
_dojo_release_free (DojoRelease *release)
{
  g_free (release->version);
  g_free (release->date);
  g_strfreev (release->changes);
  g_free (release);
}

static void
dojo_install_preview_finalize (GObject *object)
{
  DojoInstallPreview *self = DOJO_INSTALL_PREVIEW (object);

  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->license, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->installed_version, g_free);
  g_clear_pointer (&self->releases, g_ptr_array_unref);
  g_clear_pointer (&self->changed_exercises, g_strfreev);

  G_OBJECT_CLASS (dojo_install_preview_parent_class)->finalize (object);
}

static void
dojo_install_preview_class_init (DojoInstallPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_install_preview_finalize;
}

static void
dojo_install_preview_init (DojoInstallPreview *self)
{
  self->releases = g_ptr_array_new_with_free_func ((GDestroyNotify)_dojo_release_free);
}

const char *
dojo_install_preview_get_pack_id (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->pack_id;
}

/* The title and description are in the learner's language, if the pack
 * has a translation for it. */
const char *
dojo_install_preview_get_title (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->title;
}

const char *
dojo_install_preview_get_description (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->description;
}

const char *
dojo_install_preview_get_version (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->version;
}

const char *
dojo_install_preview_get_license (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->license;
}

const char * const *
dojo_install_preview_get_authors (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return (const char * const *)self->authors;
}

/* Returns: the number of items (lessons, exercises, quizzes, projects) */
guint
dojo_install_preview_get_n_items (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), 0);
  return self->n_items;
}

/* Returns: the bytes the pack's files take once installed (unpacked) */
guint64
dojo_install_preview_get_size (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), 0);
  return self->size;
}

DojoInstallKind
dojo_install_preview_get_kind (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), DOJO_INSTALL_KIND_NEW);
  return self->kind;
}

/* Returns: (nullable): the version installed now, %NULL if none */
const char *
dojo_install_preview_get_installed_version (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return self->installed_version;
}

/* Returns: the number of changelog entries newer than the installed version
 *   (all of them for a new pack, none for the same version or a downgrade) */
guint
dojo_install_preview_get_n_releases (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), 0);
  return self->releases->len;
}

/**
 * dojo_install_preview_get_release:
 * @index: from 0 to dojo_install_preview_get_n_releases() - 1, in the
 *   manifest's order
 * @date: (out) (optional) (nullable): the release's date, as written
 * @changes: (out) (optional): the changes, one sentence each
 *
 * Returns: the release's version
 */
const char *
dojo_install_preview_get_release (DojoInstallPreview  *self,
                                  guint                index,
                                  const char         **date,
                                  const char * const **changes)
{
  DojoRelease *release;

  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  g_return_val_if_fail (index < self->releases->len, NULL);

  release = g_ptr_array_index (self->releases, index);
  if (date != NULL)
    *date = release->date;
  if (changes != NULL)
    *changes = (const char * const *)release->changes;

  return release->version;
}

/* Returns: the ids of the exercises and projects, in both the installed
 *   and the new version, whose `revision` differs: a learner's pass of
 *   them may no longer mean the same */
const char * const *
dojo_install_preview_get_changed_exercises (DojoInstallPreview *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_PREVIEW (self), NULL);
  return (const char * const *)self->changed_exercises;
}
