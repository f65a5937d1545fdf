/* dojo-project-files.c: creating, renaming and trashing the files of a project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* renameat2() and RENAME_NOREPLACE, before anything includes <stdio.h>. */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "dojo-project-files"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-paths.h"
#include "dojo-project-files.h"

/* Every operation here works on the project folder the learner sees, and on
 * nothing else: a path is judged by where it really is once every symbolic
 * link on the way is followed (realpath), so a link to /home or a name like
 * "../x" cannot lead an operation out of the folder. Moves never replace an
 * existing file: renameat2 (RENAME_NOREPLACE) where the system has it, so
 * even a file made in the Shell a moment before is not overwritten. */

/* Longest name most file systems take, in bytes (NAME_MAX). */
#define MAX_NAME_BYTES 255

typedef enum
{
  ITEM_HELD,
  ITEM_SENDING,
  ITEM_SENT,
  ITEM_RESTORED,
} ItemState;

struct _DojoTrashedItem
{
  GObject  parent_instance;

  GFile   *original;
  /* trash-pending/<session>/<id>/<name>, and <id>.origin beside the folder
   * <id> with the path it came from. A folder per item, so that two items
   * with one name never meet and the trash shows the real name; the
   * .origin file marks what Dojo put there and is still to finish. */
  GFile   *held;
  GFile   *holder;
  GFile   *origin;
  int      state;     /* ItemState, atomic: a worker sends it to the trash */
};

G_DEFINE_FINAL_TYPE (DojoTrashedItem, dojo_trashed_item, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-project-files-error-quark, dojo_project_files_error)

/* Names and paths */

/**
 * dojo_project_files_printable_name:
 * @name: a file name, as the file system has it
 *
 * Returns: @name as it can be shown to a person: valid UTF-8, with line
 *   breaks, tabs and other control characters written as `\n`, `\t`,
 *   `\x1b`, so a hostile name cannot fake a second line or hide a part.
 */
char *
dojo_project_files_printable_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (name != NULL, NULL);

  valid = g_utf8_make_valid (name, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_git_name (const char *name)
{
  return g_ascii_strcasecmp (name, ".git") == 0;
}

/**
 * dojo_project_files_check_name:
 * @name: a name the learner typed for a new file or folder
 *
 * Whether @name can be the name of a file or folder in a project. The
 * rules are stricter than the file system's: a beginner's file must not
 * hide a space or a line break in its name.
 *
 * Returns: %TRUE if it can; otherwise %FALSE with a message that says why
 *   and what to do (%DOJO_PROJECT_FILES_ERROR_INVALID_NAME).
 */
gboolean
dojo_project_files_check_name (const char  *name,
                               GError     **error)
{
  const char *message = NULL;

  if (name == NULL || name[0] == '\0')
    message = _("Type a name, such as “helpers.py”.");
  else if (!g_utf8_validate (name, -1, NULL))
    message = _("The name holds bytes that are not text. Type it again.");
  else if (strchr (name, '/') != NULL)
    message = _("A name cannot contain “/”: it separates folders. To put something in a "
                "folder, select the folder first.");
  else if (g_str_equal (name, ".") || g_str_equal (name, ".."))
    message = _("“.” and “..” cannot be names: they mean “this folder” and “the "
                "folder above”.");
  else if (is_git_name (name))
    message = _("“.git” is the folder where git keeps your project’s history. Choose another "
                "name.");
  else if (strlen (name) > MAX_NAME_BYTES)
    message = _("The name is too long. Choose a shorter one.");
  else
    {
      for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_iscntrl (g_utf8_get_char (p)))
          {
            message = _("A name cannot contain line breaks, tabs or other invisible "
                        "characters.");
            break;
          }

      if (message == NULL
          && (g_unichar_isspace (g_utf8_get_char (name))
              || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (name + strlen (name))))))
        {
          /* A file called "main.py " looks like main.py everywhere, and
           * `python3 main.py` then says it does not exist. */
          message = _("The name starts or ends with a space, which is easy to miss later. "
                      "Remove the space.");
        }
    }

  if (message != NULL)
    {
      g_set_error_literal (error, DOJO_PROJECT_FILES_ERROR,
                           DOJO_PROJECT_FILES_ERROR_INVALID_NAME, message);
      return FALSE;
    }

  return TRUE;
}

/* @real, a real path, relative to @real_project: "" for the project itself,
 * NULL if @real is outside it. */
static const char *
relative_to (const char *real_project,
             const char *real)
{
  gsize len = strlen (real_project);

  if (!g_str_has_prefix (real, real_project))
    return NULL;
  if (real[len] == '\0')
    return real + len;
  /* "/p/project" is not inside "/p/proj". The root is "/" and ends in one. */
  if (real[len] == '/')
    return real + len + 1;
  if (len > 0 && real_project[len - 1] == '/')
    return real + len;

  return NULL;
}

static gboolean
has_git_component (const char *relative)
{
  g_auto(GStrv) parts = g_strsplit (relative, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (is_git_name (parts[i]))
      return TRUE;

  return FALSE;
}

static char *
real_path (GFile   *file,
           GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  char *real;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a file on this computer."), uri);
      return NULL;
    }

  real = realpath (path, NULL);
  if (real == NULL)
    {
      int errsv = errno;
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *shown = dojo_project_files_printable_name (base);

      if (errsv == ENOENT)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("“%s” is not there any more. It may have been renamed or removed in "
                       "the Shell."), shown);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                     _("Could not read “%s”: %s"), shown, g_strerror (errsv));
      return NULL;
    }

  /* realpath() allocates with malloc(); callers free with g_free(). */
  {
    char *copy = g_strdup (real);

    free (real);
    return copy;
  }
}

static char *
real_project_path (GFile   *project,
                   GError **error)
{
  g_autoptr(GError) local_error = NULL;
  char *real = real_path (project, &local_error);

  if (real == NULL)
    {
      g_autofree char *path = g_file_get_path (project);

      g_set_error (error, local_error->domain, local_error->code,
                   _("The project folder “%s” cannot be opened: %s"),
                   path ? path : "?", local_error->message);
    }

  return real;
}

static void
set_outside_error (GFile   *file,
                   GError **error)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *shown = dojo_project_files_printable_name (base);

  g_set_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT,
               _("“%s” leads outside your project folder. Dojo only changes what is inside "
                 "the project."), shown);
}

static void
set_git_error (GFile   *file,
               GError **error)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *shown = dojo_project_files_printable_name (base);

  g_set_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED,
               _("“%s” is part of git’s own records of your project. Use git commands in the "
                 "Shell to change them."), shown);
}

/**
 * dojo_project_files_check_target:
 * @project: the project folder
 * @file: a file or folder
 *
 * Whether what @file names, once every symbolic link is followed, is
 * @project or lies inside it, and not inside .git. A link in the project
 * that leads elsewhere fails: opening it, or making a file in it, would
 * touch something outside.
 *
 * Returns: %TRUE if it does
 */
gboolean
dojo_project_files_check_target (GFile   *project,
                                 GFile   *file,
                                 GError **error)
{
  g_autofree char *real_project = NULL;
  g_autofree char *real = NULL;
  const char *relative;

  g_return_val_if_fail (G_IS_FILE (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((real_project = real_project_path (project, error)) == NULL
      || (real = real_path (file, error)) == NULL)
    return FALSE;

  relative = relative_to (real_project, real);
  if (relative == NULL)
    {
      set_outside_error (file, error);
      return FALSE;
    }
  if (has_git_component (relative))
    {
      set_git_error (file, error);
      return FALSE;
    }

  return TRUE;
}

/* Whether @file itself (not where a link leads) is an item of @project
 * that the learner may rename or trash: its folder is really inside the
 * project, it is not the project folder, and not git's. */
static gboolean
check_item (GFile   *project,
            GFile   *file,
            GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *real_project = NULL;
  g_autofree char *real_parent = NULL;
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *relative = NULL;
  const char *parent_relative;

  if (parent == NULL || g_file_equal (file, project))
    {
      g_set_error_literal (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED,
                           _("The project folder itself cannot be renamed or moved to the "
                             "trash here."));
      return FALSE;
    }

  if ((real_project = real_project_path (project, error)) == NULL
      || (real_parent = real_path (parent, error)) == NULL)
    return FALSE;

  parent_relative = relative_to (real_project, real_parent);
  if (parent_relative == NULL)
    {
      set_outside_error (file, error);
      return FALSE;
    }

  relative = parent_relative[0] == '\0' ? g_strdup (base)
                                        : g_build_filename (parent_relative, base, NULL);
  if (has_git_component (relative))
    {
      set_git_error (file, error);
      return FALSE;
    }

  return TRUE;
}

/* Moves @source to @destination unless something is already there. The
 * error is errno's; callers word the message. */
static gboolean
move_no_replace (const char *source,
                 const char *destination,
                 int        *errsv)
{
  GStatBuf source_stat;
  GStatBuf destination_stat;

#if defined(__GLIBC__) && defined(RENAME_NOREPLACE)
  if (renameat2 (AT_FDCWD, source, AT_FDCWD, destination, RENAME_NOREPLACE) == 0)
    return TRUE;
  *errsv = errno;
  /* File systems without the flag say EINVAL; old kernels ENOSYS. */
  if (*errsv != EINVAL && *errsv != ENOSYS && *errsv != EEXIST)
    return FALSE;
#endif

  if (g_lstat (destination, &destination_stat) == 0)
    {
      /* "main.py" renamed to "Main.py" on a file system that ignores case:
       * the "other" file is this one. */
      if (g_lstat (source, &source_stat) == 0
          && source_stat.st_dev == destination_stat.st_dev
          && source_stat.st_ino == destination_stat.st_ino
          && g_rename (source, destination) == 0)
        return TRUE;

      *errsv = EEXIST;
      return FALSE;
    }

  if (g_rename (source, destination) != 0)
    {
      *errsv = errno;
      return FALSE;
    }

  return TRUE;
}

/* Creating and renaming */

static void
set_exists_error (const char  *name,
                  GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("There is already a file or folder called “%s” here. Choose another name."),
               name);
}

static GFile *
create_item (GFile       *project,
             GFile       *folder,
             const char  *name,
             gboolean     is_folder,
             GError     **error)
{
  g_autoptr(GFile) child = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean created;

  if (!dojo_project_files_check_name (name, error))
    return NULL;

  if (folder == NULL)
    folder = project;
  if (!dojo_project_files_check_target (project, folder, error))
    return NULL;

  child = g_file_get_child (folder, name);

  /* mkdir() and O_CREAT|O_EXCL never follow a link that has the name and
   * never replace what is there. */
  if (is_folder)
    created = g_file_make_directory (child, NULL, &local_error);
  else
    {
      g_autoptr(GFileOutputStream) stream = g_file_create (child, G_FILE_CREATE_NONE, NULL,
                                                           &local_error);

      created = stream != NULL
                && g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error);
    }

  if (created)
    return g_steal_pointer (&child);

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    set_exists_error (name, error);
  else if (is_folder)
    g_set_error (error, local_error->domain, local_error->code,
                 _("Could not create the folder “%s”: %s"), name, local_error->message);
  else
    g_set_error (error, local_error->domain, local_error->code,
                 _("Could not create the file “%s”: %s"), name, local_error->message);

  return NULL;
}

/**
 * dojo_project_files_create_file:
 * @project: the project folder
 * @folder: (nullable): where to create the file: @project or a folder in
 *   it (%NULL: @project)
 * @name: the new file's name
 *
 * Creates an empty file, never replacing one.
 *
 * Returns: (transfer full) (nullable): the new file, or %NULL with an error
 *   a learner can act on (%G_IO_ERROR_EXISTS when the name is taken)
 */
GFile *
dojo_project_files_create_file (GFile       *project,
                                GFile       *folder,
                                const char  *name,
                                GError     **error)
{
  g_return_val_if_fail (G_IS_FILE (project), NULL);
  g_return_val_if_fail (folder == NULL || G_IS_FILE (folder), NULL);

  return create_item (project, folder, name, FALSE, error);
}

/**
 * dojo_project_files_create_folder:
 * @project: the project folder
 * @folder: (nullable): where to create the folder (%NULL: @project)
 * @name: the new folder's name
 *
 * Creates an empty folder, as dojo_project_files_create_file() does a file.
 *
 * Returns: (transfer full) (nullable): the new folder
 */
GFile *
dojo_project_files_create_folder (GFile       *project,
                                  GFile       *folder,
                                  const char  *name,
                                  GError     **error)
{
  g_return_val_if_fail (G_IS_FILE (project), NULL);
  g_return_val_if_fail (folder == NULL || G_IS_FILE (folder), NULL);

  return create_item (project, folder, name, TRUE, error);
}

/**
 * dojo_project_files_rename:
 * @project: the project folder
 * @file: a file or folder in @project
 * @new_name: its new name, in the same folder
 *
 * Renames @file, never replacing another. A symbolic link is renamed
 * itself; where it leads is not touched.
 *
 * Returns: (transfer full) (nullable): the file under its new name
 */
GFile *
dojo_project_files_rename (GFile       *project,
                           GFile       *file,
                           const char  *new_name,
                           GError     **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *destination_path = NULL;
  int errsv = 0;

  g_return_val_if_fail (G_IS_FILE (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!dojo_project_files_check_name (new_name, error)
      || !check_item (project, file, error))
    return NULL;

  parent = g_file_get_parent (file);
  destination = g_file_get_child (parent, new_name);
  if (g_file_equal (destination, file))
    return g_steal_pointer (&destination);

  source_path = g_file_get_path (file);
  destination_path = g_file_get_path (destination);

  if (!move_no_replace (source_path, destination_path, &errsv))
    {
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *shown = dojo_project_files_printable_name (base);

      if (errsv == EEXIST || errsv == ENOTEMPTY)
        set_exists_error (new_name, error);
      else if (errsv == ENOENT)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("“%s” is not there any more. It may have been renamed or removed in "
                       "the Shell."), shown);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                     _("Could not rename “%s”: %s"), shown, g_strerror (errsv));
      return NULL;
    }

  return g_steal_pointer (&destination);
}

/* Moving to the trash */

/* The item has left its folder under trash-pending: the folder and the
 * note of where the item came from go too. */
static void
forget_holder (GFile *holder,
               GFile *origin)
{
  g_rmdir (g_file_peek_path (holder));
  g_unlink (g_file_peek_path (origin));
}

/* This process's folder under trash-pending. What other folders hold was
 * left by a Dojo that ended before it could finish (a crash, a power cut). */
static const char *
session_name (void)
{
  static char *name;

  if (g_once_init_enter (&name))
    {
      char *value = g_strdup_printf ("%d-%08x", (int)getpid (), g_random_int ());

      g_once_init_leave (&name, value);
    }

  return name;
}

static void
dojo_trashed_item_finalize (GObject *object)
{
  DojoTrashedItem *self = (DojoTrashedItem *)object;

  g_clear_object (&self->original);
  g_clear_object (&self->held);
  g_clear_object (&self->holder);
  g_clear_object (&self->origin);

  G_OBJECT_CLASS (dojo_trashed_item_parent_class)->finalize (object);
}

static void
dojo_trashed_item_class_init (DojoTrashedItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dojo_trashed_item_finalize;
}

static void
dojo_trashed_item_init (DojoTrashedItem *self)
{
  self->state = ITEM_HELD;
}

/**
 * dojo_project_files_trash:
 * @project: the project folder
 * @file: a file or folder in @project
 *
 * Moves @file out of the project at once, into a holding folder in Dojo's
 * data folder, from where dojo_trashed_item_undo() puts it back and
 * dojo_trashed_item_send_to_trash() sends it to the system's trash. Either
 * way nothing is copied: a folder of any size moves in an instant.
 *
 * Where the project is on another file system than Dojo's data, @file goes
 * to the system's trash straight away and cannot be undone here
 * (dojo_trashed_item_get_can_undo() says so).
 *
 * Returns: (transfer full) (nullable): the item, or %NULL if @file stays
 */
DojoTrashedItem *
dojo_project_files_trash (GFile   *project,
                          GFile   *file,
                          GError **error)
{
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autofree char *pending = NULL;
  g_autofree char *session = NULL;
  g_autofree char *holder = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *base = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *source = NULL;
  g_autofree char *held = NULL;
  GStatBuf buf;
  int errsv;

  g_return_val_if_fail (G_IS_FILE (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!check_item (project, file, error))
    return NULL;

  base = g_file_get_basename (file);
  shown = dojo_project_files_printable_name (base);
  source = g_file_get_path (file);
  if (g_lstat (source, &buf) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” is not there any more. It may have been renamed or removed in "
                     "the Shell."), shown);
      return NULL;
    }

  pending = dojo_paths_get_trash_pending_dir ();
  session = g_build_filename (pending, session_name (), NULL);
  holder = g_build_filename (session, "XXXXXX", NULL);
  origin = NULL;
  if (g_mkdir_with_parents (session, 0700) != 0 || g_mkdtemp_full (holder, 0700) == NULL
      || !g_file_set_contents_full ((origin = g_strconcat (holder, ".origin", NULL)), source, -1,
                                    G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    {
      errsv = errno;
      g_rmdir (holder);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not move “%s” to the trash: Dojo cannot write in “%s”: %s"),
                   shown, pending, g_strerror (errsv));
      return NULL;
    }

  item = g_object_new (DOJO_TYPE_TRASHED_ITEM, NULL);
  item->original = g_object_ref (file);
  item->holder = g_file_new_for_path (holder);
  item->origin = g_file_new_for_path (origin);
  held = g_build_filename (holder, base, NULL);
  item->held = g_file_new_for_path (held);

  /* A fresh folder: nothing there to replace. */
  if (g_rename (source, held) == 0)
    return g_steal_pointer (&item);

  errsv = errno;
  forget_holder (item->holder, item->origin);

  if (errsv == EXDEV)
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_file_trash (file, NULL, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not move “%s” to the trash: %s"), shown, local_error->message);
          return NULL;
        }

      g_clear_object (&item->held);
      g_clear_object (&item->holder);
      g_clear_object (&item->origin);
      item->state = ITEM_SENT;
      return g_steal_pointer (&item);
    }

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               _("Could not move “%s” to the trash: %s"), shown, g_strerror (errsv));
  return NULL;
}

/**
 * dojo_trashed_item_get_original:
 *
 * Returns: (transfer none): where the item was in the project, and where
 *   undo puts it back
 */
GFile *
dojo_trashed_item_get_original (DojoTrashedItem *self)
{
  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), NULL);

  return self->original;
}

/**
 * dojo_trashed_item_get_held:
 *
 * Returns: (transfer none) (nullable): where the item waits while it can be
 *   put back, or %NULL if it never waited (see dojo_project_files_trash())
 */
GFile *
dojo_trashed_item_get_held (DojoTrashedItem *self)
{
  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), NULL);

  return self->held;
}

/**
 * dojo_trashed_item_get_can_undo:
 *
 * Returns: whether the item still waits in the holding folder, so
 *   dojo_trashed_item_undo() can put it back
 */
gboolean
dojo_trashed_item_get_can_undo (DojoTrashedItem *self)
{
  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), FALSE);

  return g_atomic_int_get (&self->state) == ITEM_HELD;
}

/**
 * dojo_trashed_item_undo:
 *
 * Puts the item back where it was. If something has taken its name since,
 * nothing is replaced: the item keeps waiting, and the error
 * (%G_IO_ERROR_EXISTS) says what to do.
 *
 * Returns: %TRUE if the item is back in the project
 */
gboolean
dojo_trashed_item_undo (DojoTrashedItem  *self,
                        GError          **error)
{
  g_autofree char *base = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *source = NULL;
  g_autofree char *destination = NULL;
  int errsv = 0;

  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), FALSE);

  base = g_file_get_basename (self->original);
  shown = dojo_project_files_printable_name (base);

  if (!g_atomic_int_compare_and_exchange (&self->state, ITEM_HELD, ITEM_RESTORED))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” cannot be put back any more: it is in the system’s trash now. "
                     "Restore it from there with the Files app."), shown);
      return FALSE;
    }

  source = g_file_get_path (self->held);
  destination = g_file_get_path (self->original);

  if (!g_file_test (source, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    {
      g_atomic_int_set (&self->state, ITEM_HELD);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” cannot be put back: it is gone from Dojo’s holding folder."),
                   shown);
      return FALSE;
    }

  if (move_no_replace (source, destination, &errsv))
    {
      forget_holder (self->holder, self->origin);
      return TRUE;
    }

  g_atomic_int_set (&self->state, ITEM_HELD);

  if (errsv == EEXIST || errsv == ENOTEMPTY)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 _("“%s” could not be put back: something new has that name now. Rename or "
                   "remove the new one, then undo again."), shown);
  else if (errsv == ENOENT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("“%s” could not be put back: the folder it was in is not there any "
                   "more."), shown);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("“%s” could not be put back: %s"), shown, g_strerror (errsv));

  return FALSE;
}

/* Sends @held to the system's trash: from where it was (@original) if that
 * place is free, so that Restore in the Files app puts it back in the
 * project, or else from the holding folder. On failure it stays in the
 * holding folder: never lost, and tried again at the next start. */
static gboolean
trash_held (GFile         *held,
            GFile         *holder,
            GFile         *origin,
            GFile         *original,
            GCancellable  *cancellable,
            GError       **error)
{
  const char *held_path = g_file_peek_path (held);
  int errsv;

  if (original != NULL && move_no_replace (held_path, g_file_peek_path (original), &errsv))
    {
      g_autoptr(GError) local_error = NULL;

      if (g_file_trash (original, cancellable, &local_error))
        {
          forget_holder (holder, origin);
          return TRUE;
        }

      /* Out of the project again, to wait for the next try. */
      if (!move_no_replace (g_file_peek_path (original), held_path, &errsv))
        g_message ("%s went back into the project: the trash refused it (%s) and the "
                   "holding folder did too (%s)",
                   g_file_peek_path (original), local_error->message, g_strerror (errsv));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!g_file_trash (held, cancellable, error))
    return FALSE;

  forget_holder (holder, origin);
  return TRUE;
}

/**
 * dojo_trashed_item_send_to_trash:
 *
 * The chance to undo has passed: the item goes to the system's trash,
 * where the learner can still find it with the Files app. It is trashed
 * from its place in the project when that is free, so that Restore puts it
 * back there. Where there is no trash, or it fails, the item stays in the
 * holding folder (and can still be undone); the next start tries again.
 *
 * Returns: %TRUE if the item is in the system's trash
 */
gboolean
dojo_trashed_item_send_to_trash (DojoTrashedItem  *self,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), FALSE);

  if (g_atomic_int_get (&self->state) == ITEM_SENT)
    return TRUE;

  if (!g_atomic_int_compare_and_exchange (&self->state, ITEM_HELD, ITEM_SENDING))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                           "The item is back in the project, or on its way to the trash");
      return FALSE;
    }

  if (!trash_held (self->held, self->holder, self->origin, self->original, cancellable, error))
    {
      g_atomic_int_set (&self->state, ITEM_HELD);
      return FALSE;
    }

  g_atomic_int_set (&self->state, ITEM_SENT);
  return TRUE;
}

static void
send_to_trash_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  DojoTrashedItem *self = source_object;
  GError *error = NULL;

  if (trash_held (self->held, self->holder, self->origin, self->original, cancellable,
                  &error))
    {
      g_atomic_int_set (&self->state, ITEM_SENT);
      g_task_return_boolean (task, TRUE);
    }
  else
    {
      g_atomic_int_set (&self->state, ITEM_HELD);
      g_task_return_error (task, error);
    }
}

/**
 * dojo_trashed_item_send_to_trash_async:
 *
 * dojo_trashed_item_send_to_trash() in a worker thread: the system's trash
 * writes a record of every item, which may wait for the disk. Undo is
 * refused from the moment this is called.
 */
void
dojo_trashed_item_send_to_trash_async (DojoTrashedItem     *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOJO_IS_TRASHED_ITEM (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_trashed_item_send_to_trash_async);

  if (g_atomic_int_get (&self->state) == ITEM_SENT)
    g_task_return_boolean (task, TRUE);
  else if (!g_atomic_int_compare_and_exchange (&self->state, ITEM_HELD, ITEM_SENDING))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                             "The item is back in the project, or on its way to the trash");
  else
    g_task_run_in_thread (task, send_to_trash_thread);
}

gboolean
dojo_trashed_item_send_to_trash_finish (DojoTrashedItem  *self,
                                        GAsyncResult     *result,
                                        GError          **error)
{
  g_return_val_if_fail (DOJO_IS_TRASHED_ITEM (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Leftovers */

static GPtrArray *
list_children (GFile        *folder,
               GCancellable *cancellable)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  if (children == NULL)
    return files;

  while ((info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      g_ptr_array_add (files, g_file_get_child (folder, g_file_info_get_name (info)));
      g_object_unref (info);
    }

  return files;
}

/**
 * dojo_project_files_trash_leftovers:
 *
 * Sends to the system's trash whatever an earlier Dojo left in the holding
 * folder because it ended (a crash, a kill, a power cut) before the chance
 * to undo had passed. Items of this process are left alone. What cannot
 * go to the trash stays and is logged.
 *
 * Returns: how many items went to the trash
 */
guint
dojo_project_files_trash_leftovers (GCancellable *cancellable)
{
  g_autofree char *pending_path = dojo_paths_get_trash_pending_dir ();
  g_autoptr(GFile) pending = g_file_new_for_path (pending_path);
  g_autoptr(GPtrArray) sessions = list_children (pending, cancellable);
  guint n_trashed = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      GFile *session = g_ptr_array_index (sessions, i);
      g_autofree char *session_base = g_file_get_basename (session);
      g_autofree char *session_path = g_file_get_path (session);
      g_autoptr(GPtrArray) holders = NULL;

      if (g_str_equal (session_base, session_name ()))
        continue;

      holders = list_children (session, cancellable);
      for (guint j = 0; j < holders->len; j++)
        {
          GFile *holder = g_ptr_array_index (holders, j);
          const char *holder_path = g_file_peek_path (holder);
          g_autofree char *origin_path = g_strconcat (holder_path, ".origin", NULL);
          g_autofree char *original_path = NULL;
          g_autoptr(GFile) origin = NULL;
          g_autoptr(GFile) original = NULL;
          g_autoptr(GPtrArray) items = NULL;

          if (g_str_has_suffix (holder_path, ".origin"))
            {
              /* A note without its folder: the end came between the two. */
              g_autofree char *its_holder = g_strndup (holder_path,
                                                       strlen (holder_path) - strlen (".origin"));

              if (!g_file_test (its_holder, G_FILE_TEST_EXISTS))
                g_unlink (holder_path);
              continue;
            }

          if (!g_file_get_contents (origin_path, &original_path, NULL, NULL))
            {
              /* Not Dojo's to finish: put back here by hand, with Restore
               * in the Files app, after it was trashed from here. */
              g_message ("%s has no note of where it came from, so it stays there",
                         holder_path);
              continue;
            }

          origin = g_file_new_for_path (origin_path);
          original = g_file_new_for_path (original_path);
          items = list_children (holder, cancellable);

          for (guint k = 0; k < items->len; k++)
            {
              GFile *held = g_ptr_array_index (items, k);
              g_autoptr(GError) error = NULL;

              if (trash_held (held, holder, origin, original, cancellable, &error))
                {
                  g_message ("Sent %s, left from a session that ended early, to the trash",
                             original_path);
                  n_trashed++;
                }
              else
                g_message ("%s, left from a session that ended early, stays in %s: the "
                           "trash refused it: %s", original_path, holder_path, error->message);
            }

          /* Undone or trashed just before the end. */
          if (items->len == 0)
            forget_holder (holder, origin);
        }

      g_rmdir (session_path);
    }

  return n_trashed;
}

static void
trash_leftovers_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  guint n = dojo_project_files_trash_leftovers (cancellable);

  g_task_return_int (task, n);
}

/**
 * dojo_project_files_trash_leftovers_async:
 *
 * dojo_project_files_trash_leftovers() in a worker thread, for the app to
 * call as it starts.
 */
void
dojo_project_files_trash_leftovers_async (GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, dojo_project_files_trash_leftovers_async);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, trash_leftovers_thread);
}

guint
dojo_project_files_trash_leftovers_finish (GAsyncResult  *result,
                                           GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  n = g_task_propagate_int (G_TASK (result), error);

  return n < 0 ? 0 : (guint)n;
}
