/* dojo-project.c: a learner's project folder
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-project"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "dojo-paths.h"
#include "dojo-project.h"
#include "dojo-repo.h"

struct _DojoProject
{
  GObject  parent_instance;

  GFile   *directory;
  char    *entry;
  GFile   *entry_file;
};

G_DEFINE_FINAL_TYPE (DojoProject, dojo_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dojo_project_constructed (GObject *object)
{
  DojoProject *self = (DojoProject *)object;

  G_OBJECT_CLASS (dojo_project_parent_class)->constructed (object);

  g_assert (G_IS_FILE (self->directory));
  g_assert (self->entry != NULL);

  self->entry_file = g_file_resolve_relative_path (self->directory, self->entry);
}

static void
dojo_project_finalize (GObject *object)
{
  DojoProject *self = (DojoProject *)object;

  g_clear_object (&self->directory);
  g_clear_object (&self->entry_file);
  g_clear_pointer (&self->entry, g_free);

  G_OBJECT_CLASS (dojo_project_parent_class)->finalize (object);
}

static void
dojo_project_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DojoProject *self = DOJO_PROJECT (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_ENTRY:
      g_value_set_string (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_project_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DojoProject *self = DOJO_PROJECT (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_ENTRY:
      self->entry = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_project_class_init (DojoProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dojo_project_constructed;
  object_class->finalize = dojo_project_finalize;
  object_class->get_property = dojo_project_get_property;
  object_class->set_property = dojo_project_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENTRY] =
    g_param_spec_string ("entry", NULL, NULL,
                         "main.py",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dojo_project_init (DojoProject *self)
{
}

/**
 * dojo_project_new:
 * @directory: the project folder
 * @entry: the file that Run executes, relative to @directory
 *
 * Returns: (transfer full): a project; nothing is created on disk until
 *   dojo_project_ensure() is called.
 */
DojoProject *
dojo_project_new (GFile      *directory,
                  const char *entry)
{
  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (entry != NULL && !g_path_is_absolute (entry), NULL);

  return g_object_new (DOJO_TYPE_PROJECT,
                       "directory", directory,
                       "entry", entry,
                       NULL);
}

/**
 * dojo_project_new_playground:
 *
 * Returns: (transfer full): the learner's free-play project, a folder of
 *   their own to try things in outside any course.
 */
DojoProject *
dojo_project_new_playground (void)
{
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *path = g_build_filename (projects, "playground", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return dojo_project_new (directory, "main.py");
}

GFile *
dojo_project_get_directory (DojoProject *self)
{
  g_return_val_if_fail (DOJO_IS_PROJECT (self), NULL);

  return self->directory;
}

const char *
dojo_project_get_entry (DojoProject *self)
{
  g_return_val_if_fail (DOJO_IS_PROJECT (self), NULL);

  return self->entry;
}

GFile *
dojo_project_get_entry_file (DojoProject *self)
{
  g_return_val_if_fail (DOJO_IS_PROJECT (self), NULL);

  return self->entry_file;
}

/**
 * dojo_project_ensure:
 * @self: a project
 * @starter: (nullable): what the entry file holds when it is first created
 *
 * Creates the project folder and its entry file if they do not exist yet,
 * and makes the folder a git repository (`git init`, with a .gitignore for
 * Python's clutter) if it is not one: every learner project is. Nothing is
 * committed: the commits are the learner's to make. An existing entry file
 * is never touched: it holds the learner's work.
 *
 * Returns: %TRUE if the folder and the entry file exist afterwards.
 */
gboolean
dojo_project_ensure (DojoProject  *self,
                     const char   *starter,
                     GError      **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *entry_path = NULL;
  g_autofree char *entry_dir = NULL;

  g_return_val_if_fail (DOJO_IS_PROJECT (self), FALSE);

  dir_path = g_file_get_path (self->directory);
  entry_path = g_file_get_path (self->entry_file);
  entry_dir = g_path_get_dirname (entry_path);

  if (g_mkdir_with_parents (entry_dir, 0755) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("Could not create the project folder “%s”: %s"),
                   dir_path, g_strerror (errsv));
      return FALSE;
    }

  if (!g_file_test (entry_path, G_FILE_TEST_EXISTS) &&
      !g_file_set_contents_full (entry_path, starter ? starter : "", -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    return FALSE;

  {
    g_autofree char *git_dir = g_build_filename (dir_path, ".git", NULL);
    g_autoptr(DojoRepo) repo = NULL;

    if (g_file_test (git_dir, G_FILE_TEST_EXISTS))
      return TRUE;

    repo = dojo_repo_init (self->directory, error);
    return repo != NULL;
  }
}

/**
 * dojo_project_resolve:
 * @self: a project
 * @path: a path as a program printed it: absolute, or relative to the
 *   project folder
 *
 * Returns: (transfer full) (nullable): the file @path names if it lies
 *   inside the project folder, otherwise %NULL (a traceback line from the
 *   standard library is not the learner's to edit).
 */
GFile *
dojo_project_resolve (DojoProject *self,
                      const char  *path)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *dir_path = NULL;

  g_return_val_if_fail (DOJO_IS_PROJECT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  dir_path = g_file_get_path (self->directory);
  canonical = g_canonicalize_filename (path, dir_path);
  file = g_file_new_for_path (canonical);

  if (!g_file_has_prefix (file, self->directory))
    return NULL;

  return g_steal_pointer (&file);
}
