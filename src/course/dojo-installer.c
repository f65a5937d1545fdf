/* dojo-installer.c: installing, updating and removing a learner's packs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-installer"

/* renameat2 (RENAME_EXCHANGE, RENAME_NOREPLACE) */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-json.h"
#include "dojo-library.h"
#include "dojo-pack-private.h"
#include "dojo-paths.h"
#include "dojo-installer-private.h"
#include "dojo-installer.h"

/* An install, on disk, all inside the packs folder (one file system, so
 * every rename is atomic):
 *
 *   packs/.lock                   held (flock) for the whole install or removal
 *   packs/.install-XXXXXX/        the staging folder (not a pack id: never listed)
 *     id                          the pack's id, written before anything moves
 *     pack/                       the new version, extracted and validated
 *     old/                        the old version, when it was moved aside
 *   packs/<pack-id>/              the installed version
 *
 * The new version replaces the old with one renameat2(RENAME_EXCHANGE): at
 * every moment packs/<pack-id> holds either the whole old or the whole new
 * version. Where the file system cannot exchange, the old version is moved
 * aside and the new one in; a kill between the two leaves old/ in the
 * staging folder, and dojo_installer_recover() (run first by every install
 * and removal) moves it back. The learner's projects and progress live
 * elsewhere and are never touched by an install. */

#define STAGING_INSTALL "install"
#define STAGING_REMOVE  "remove"
#define MAX_LISTED_PROBLEMS 10

static DojoInstallStepHook step_hook;
static gpointer step_hook_data;
static gboolean use_exchange = TRUE;

G_DEFINE_QUARK (dojo-installer-error-quark, dojo_installer_error)

void
_dojo_installer_set_step_hook (DojoInstallStepHook hook,
                               gpointer            user_data)
{
  step_hook = hook;
  step_hook_data = user_data;
}

void
_dojo_installer_set_use_exchange (gboolean exchange)
{
  use_exchange = exchange;
}

static gboolean
run_step (DojoInstallStep   step,
          GCancellable     *cancellable,
          GError          **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (step_hook != NULL && !step_hook (step, step_hook_data))
    {
      g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_FAILED,
                   "Failed at step %d (test hook)", step);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_errno_error (GError     **error,
                 int          errsv,
                 const char  *format,
                 const char  *path)
{
  g_autofree char *what = g_strdup_printf (format, path);

  g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_FAILED,
               "%s: %s", what, g_strerror (errsv));
  return FALSE;
}

/* Deletes @path and everything in it, never following a link out of it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_clear_object (&children);

  if (g_rmdir (path) != 0 && errno != ENOENT)
    g_unlink (path);
}

void
_dojo_remove_tree (const char *path)
{
  g_return_if_fail (path != NULL);

  remove_tree (path);
}

static void
sync_dir (const char *path)
{
  int fd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static char *
packs_dir_path (GError **error)
{
  g_autoptr(GFile) dir = dojo_library_get_installed_dir ();
  char *path = g_file_get_path (dir);

  if (g_mkdir_with_parents (path, 0755) != 0)
    {
      set_errno_error (error, errno, _("Could not create the folder “%s”"), path);
      g_free (path);
      return NULL;
    }

  return path;
}

/* Returns: a file descriptor holding the lock, or -1 */
static int
take_lock (const char  *packs,
           GError     **error)
{
  g_autofree char *path = g_build_filename (packs, ".lock", NULL);
  int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);

  if (fd < 0)
    {
      set_errno_error (error, errno, _("Could not open “%s”"), path);
      return -1;
    }

  while (flock (fd, LOCK_EX) != 0)
    {
      if (errno != EINTR)
        {
          set_errno_error (error, errno, _("Could not lock “%s”"), path);
          close (fd);
          return -1;
        }
    }

  return fd;
}

static void
release_lock (int fd)
{
  if (fd >= 0)
    close (fd);
}

/* Puts back what an interrupted install moved aside, and deletes every
 * leftover staging folder. Called with the lock held. */
static gboolean
recover_locked (const char  *packs,
                GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) leftovers = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!(dir = g_dir_open (packs, 0, error)))
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "." STAGING_INSTALL "-") ||
        g_str_has_prefix (name, "." STAGING_REMOVE "-"))
      g_ptr_array_add (leftovers, g_build_filename (packs, name, NULL));

  for (guint i = 0; i < leftovers->len; i++)
    {
      const char *staging = g_ptr_array_index (leftovers, i);
      g_autofree char *id_path = g_build_filename (staging, "id", NULL);
      g_autofree char *old = g_build_filename (staging, "old", NULL);
      g_autofree char *id = NULL;

      if (g_file_get_contents (id_path, &id, NULL, NULL) &&
          dojo_pack_is_valid_pack_id (id) &&
          g_file_test (old, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *target = g_build_filename (packs, id, NULL);

          if (!g_file_test (target, G_FILE_TEST_EXISTS))
            {
              if (g_rename (old, target) != 0)
                return set_errno_error (error, errno, _("Could not restore “%s”"), target);
              g_message ("Restored %s after an interrupted install", target);
            }
        }

      remove_tree (staging);
    }

  sync_dir (packs);

  return TRUE;
}

/**
 * dojo_installer_recover:
 *
 * Finishes what an install or removal killed half-way left behind: puts a
 * pack that was moved aside back in place, deletes staging folders. Every
 * install and removal runs it first; the app may run it at start too.
 * Blocking.
 */
gboolean
dojo_installer_recover (GError **error)
{
  g_autofree char *packs = NULL;
  gboolean ok;
  int lock;

  if (!(packs = packs_dir_path (error)) || (lock = take_lock (packs, error)) < 0)
    return FALSE;

  ok = recover_locked (packs, error);
  release_lock (lock);

  return ok;
}

/* Refuses a pack with errors, listing them the way `dojo-pack validate`
 * does. */
static gboolean
validate_extracted (GFile       *dir,
                    GFile       *archive,
                    GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) message = NULL;
  g_autofree char *name = g_file_get_basename (archive);
  guint n_errors = 0;

  if (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems))
    return TRUE;

  message = g_string_new (NULL);
  g_string_append_printf (message, _("“%s” is not a course pack Dojo can use:"), name);
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != DOJO_PACK_SEVERITY_ERROR)
        continue;
      if (++n_errors <= MAX_LISTED_PROBLEMS)
        {
          g_autofree char *line = dojo_pack_problem_to_string (problem);

          g_string_append_printf (message, "\n%s", line);
        }
    }
  if (n_errors > MAX_LISTED_PROBLEMS)
    g_string_append_printf (message, "\n%s",
                            _("… and more. Ask your teacher for a pack that "
                              "“dojo-pack validate” accepts."));
  else
    g_string_append_printf (message, "\n%s",
                            _("Ask your teacher for a pack that “dojo-pack validate” accepts."));

  g_set_error_literal (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_INVALID_PACK,
                       message->str);
  return FALSE;
}

static gboolean
refuse_builtin (DojoPack  *pack,
                GError   **error)
{
  if (!g_str_equal (dojo_pack_get_id (pack), DOJO_BUILTIN_PACK_ID))
    return TRUE;

  g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_BUILTIN,
               _("“%s” has the id of the course that comes with Dojo (%s); it cannot be "
                 "installed over it. Give your pack its own id."),
               dojo_pack_get_title (pack), DOJO_BUILTIN_PACK_ID);
  return FALSE;
}

/* The installed version of @pack_id, or %NULL (none, or broken). */
static DojoPack *
load_installed (const char *packs,
                const char *pack_id)
{
  g_autofree char *path = g_build_filename (packs, pack_id, NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GFile) manifest = g_file_get_child (dir, "manifest.json");
  g_autoptr(GError) error = NULL;
  DojoPack *pack;

  if (!g_file_query_exists (manifest, NULL))
    return NULL;

  if (!(pack = dojo_library_load (dir, &error)))
    g_message ("The installed %s does not load (%s); it will be replaced", pack_id,
               error->message);

  return pack;
}

/**
 * dojo_installer_get_revision:
 * @item: an exercise or project of @pack
 *
 * Returns: its `revision`, 0 if it cannot be read or @item is not an
 *   exercise or project
 */
guint
dojo_installer_get_revision (DojoPack     *pack,
                             DojoPackItem *item)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *revision;

  g_return_val_if_fail (DOJO_IS_PACK (pack), 0);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), 0);

  if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
      dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
    return 0;

  if (!(root = dojo_pack_read_item_json (pack, item, NULL)) || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  object = json_node_get_object (root);
  revision = json_object_get_member (object, "revision");
  if (revision == NULL || !JSON_NODE_HOLDS_VALUE (revision) ||
      json_node_get_value_type (revision) != G_TYPE_INT64 ||
      json_node_get_int (revision) < 1 || json_node_get_int (revision) > G_MAXINT32)
    return 0;

  return json_node_get_int (revision);
}

/**
 * dojo_installer_changed_exercises:
 * @pack: an installed pack (after an update, the new version)
 * @progress: the learner's progress
 *
 * The exercises and projects the learner passed at a lower `revision`
 * than @pack's: they changed since, and deserve "changed, check again".
 * Nothing is stored for this: progress keeps the revision passed, the
 * pack the current one, so the answer holds until the learner passes the
 * new revision (dojo_progress_mark_passed() with it).
 *
 * Returns: (transfer full): the items' ids, in course order
 */
char **
dojo_installer_changed_exercises (DojoPack     *pack,
                                  DojoProgress *progress)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *pack_id;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), NULL);

  pack_id = dojo_pack_get_id (pack);
  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      const char *id = dojo_pack_item_get_id (item);
      guint revision;

      if (dojo_progress_get_status (progress, pack_id, id) != DOJO_PROGRESS_PASSED)
        continue;
      revision = dojo_installer_get_revision (pack, item);
      if (revision > 0 && dojo_progress_get_revision_passed (progress, pack_id, id) < revision)
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

/* Inspect ---------------------------------------------------------------- */

static guint64
tree_size (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint64 size = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_lstat (child, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        size += tree_size (child);
      else if (S_ISREG (st.st_mode))
        size += st.st_size;
    }

  return size;
}

static char **
changes_from_node (JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    g_strv_builder_add (builder, json_node_get_string (node));
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

/* The manifest's changelog entries newer than @since (all if %NULL). */
static void
read_releases (GFile       *dir,
               const char  *since,
               GPtrArray   *releases)
{
  g_autoptr(GFile) manifest = g_file_get_child (dir, "manifest.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (manifest);
  JsonNode *root, *changelog;

  if (!json_parser_load_from_mapped_file (parser, path, NULL))
    return;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  changelog = json_object_get_member (json_node_get_object (root), "changelog");
  if (changelog == NULL || !JSON_NODE_HOLDS_ARRAY (changelog))
    return;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (changelog)); i++)
    {
      JsonNode *entry = json_array_get_element (json_node_get_array (changelog), i);
      JsonObject *object;
      DojoRelease *release;
      const char *version;

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        continue;
      object = json_node_get_object (entry);
      if (!(version = dojo_json_get_string (object, "version")))
        continue;
      if (since != NULL && _dojo_pack_compare_versions (version, since) <= 0)
        continue;

      release = g_new0 (DojoRelease, 1);
      release->version = g_strdup (version);
      release->date = g_strdup (dojo_json_get_string (object, "date"));
      release->changes = changes_from_node (json_object_get_member (object, "changes"));
      g_ptr_array_add (releases, release);
    }
}

static char **
changed_revisions (DojoPack *installed,
                   DojoPack *pack)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; installed != NULL && i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      DojoPackItem *old = dojo_pack_lookup_item (installed, dojo_pack_item_get_id (item));
      guint revision = dojo_installer_get_revision (pack, item);
      guint old_revision;

      if (old == NULL || revision == 0)
        continue;
      old_revision = dojo_installer_get_revision (installed, old);
      if (old_revision != 0 && old_revision != revision)
        g_strv_builder_add (builder, dojo_pack_item_get_id (item));
    }

  return g_strv_builder_end (builder);
}

static DojoInstallKind
kind_of (DojoPack *installed,
         DojoPack *pack)
{
  int order;

  if (installed == NULL)
    return DOJO_INSTALL_KIND_NEW;

  order = _dojo_pack_compare_versions (dojo_pack_get_version (pack),
                                       dojo_pack_get_version (installed));
  if (order > 0)
    return DOJO_INSTALL_KIND_UPDATE;
  if (order < 0)
    return DOJO_INSTALL_KIND_DOWNGRADE;
  return DOJO_INSTALL_KIND_SAME;
}

/**
 * dojo_installer_inspect:
 * @archive: a .dojopack file
 *
 * Reads a pack the way dojo_installer_install() would, into a temporary
 * folder, and says what installing it would do, without installing it.
 * A pack that would be refused (not a pack, unsafe, invalid, the built-in
 * course's id) is refused here too, with the same error. A downgrade is
 * not an error here: the preview's kind says so. Blocking.
 *
 * Returns: (transfer full): the preview, or %NULL with a
 *   #DOJO_ARCHIVE_ERROR or #DOJO_INSTALLER_ERROR
 */
DojoInstallPreview *
dojo_installer_inspect (GFile         *archive,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoPack) installed = NULL;
  g_autoptr(GFile) installed_dir = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *dest_path = NULL;
  g_autofree char *packs = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (G_IS_FILE (archive), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(tmp = g_dir_make_tmp ("dojo-inspect-XXXXXX", error)))
    return NULL;
  dest_path = g_build_filename (tmp, "pack", NULL);
  dest = g_file_new_for_path (dest_path);

  if (!dojo_archive_extract (archive, dest, cancellable, error) ||
      !validate_extracted (dest, archive, error) ||
      !(pack = dojo_library_load (dest, error)) ||
      !refuse_builtin (pack, error))
    goto out;

  installed_dir = dojo_library_get_installed_dir ();
  packs = g_file_get_path (installed_dir);
  installed = load_installed (packs, dojo_pack_get_id (pack));

  preview = g_object_new (DOJO_TYPE_INSTALL_PREVIEW, NULL);
  preview->pack_id = g_strdup (dojo_pack_get_id (pack));
  preview->title = g_strdup (dojo_pack_get_title (pack));
  preview->description = g_strdup (dojo_pack_get_description (pack));
  preview->version = g_strdup (dojo_pack_get_version (pack));
  preview->license = g_strdup (dojo_pack_get_license (pack));
  preview->authors = g_strdupv ((char **)dojo_pack_get_authors (pack));
  preview->n_items = dojo_pack_get_n_items (pack);
  preview->size = tree_size (dest_path);
  preview->kind = kind_of (installed, pack);
  preview->installed_version = installed ? g_strdup (dojo_pack_get_version (installed)) : NULL;
  if (preview->kind == DOJO_INSTALL_KIND_NEW || preview->kind == DOJO_INSTALL_KIND_UPDATE)
    read_releases (dest, preview->installed_version, preview->releases);
  preview->changed_exercises = changed_revisions (installed, pack);
  ok = TRUE;

out:
  g_clear_object (&pack);
  remove_tree (tmp);

  return ok ? g_steal_pointer (&preview) : NULL;
}

/* Install ---------------------------------------------------------------- */

static gboolean
move_in (const char    *packs,
         const char    *staging,
         const char    *target,
         gboolean       replace,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autofree char *new_dir = g_build_filename (staging, "pack", NULL);
  g_autofree char *old_dir = g_build_filename (staging, "old", NULL);

  if (!replace)
    {
      if (!run_step (DOJO_INSTALL_STEP_MOVE_IN, cancellable, error))
        return FALSE;
      if (renameat2 (AT_FDCWD, new_dir, AT_FDCWD, target, RENAME_NOREPLACE) != 0)
        return set_errno_error (error, errno, _("Could not install the course pack into “%s”"),
                                target);
      return TRUE;
    }

  if (use_exchange)
    {
      if (!run_step (DOJO_INSTALL_STEP_MOVE_IN, cancellable, error))
        return FALSE;
      if (renameat2 (AT_FDCWD, new_dir, AT_FDCWD, target, RENAME_EXCHANGE) == 0)
        return TRUE;
      if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return set_errno_error (error, errno, _("Could not install the course pack into “%s”"),
                                target);
      /* This file system cannot exchange: move aside, then in. */
    }

  if (!run_step (DOJO_INSTALL_STEP_MOVE_ASIDE, cancellable, error))
    return FALSE;
  if (g_rename (target, old_dir) != 0)
    return set_errno_error (error, errno, _("Could not move “%s” aside"), target);
  sync_dir (staging);

  if (!run_step (DOJO_INSTALL_STEP_MOVE_IN, cancellable, error) ||
      g_rename (new_dir, target) != 0)
    {
      int errsv = errno;

      /* Put the old version back; if even that fails, recovery will. */
      if (g_rename (old_dir, target) != 0)
        g_warning ("Could not put %s back: %s", target, g_strerror (errno));
      if (error != NULL && *error != NULL)
        return FALSE;
      return set_errno_error (error, errsv, _("Could not install the course pack into “%s”"),
                              target);
    }

  return TRUE;
}

/**
 * dojo_installer_install:
 * @archive: a .dojopack file
 * @flags: %DOJO_INSTALL_FLAGS_FORCE to install an older version
 *
 * Installs a pack for the current user, or updates the installed version:
 * the archive is extracted safely (dojo_archive_extract()) into a staging
 * folder inside the packs folder and validated; a pack with errors is
 * refused with its problems. Then the new version replaces the old
 * atomically. A failure, a cancellation or a kill at any point leaves the
 * previous version installed and usable; the learner's projects and
 * progress are never touched. Refuses the built-in course's id, and a
 * downgrade unless @flags has %DOJO_INSTALL_FLAGS_FORCE. Blocking.
 *
 * After an update, dojo_installer_changed_exercises() says which passed
 * exercises changed.
 *
 * Returns: (transfer full): the installed pack, loaded in the learner's
 *   language, or %NULL with a #DOJO_ARCHIVE_ERROR or #DOJO_INSTALLER_ERROR
 */
DojoPack *
dojo_installer_install (GFile             *archive,
                        DojoInstallFlags   flags,
                        GCancellable      *cancellable,
                        GError           **error)
{
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoPack) installed = NULL;
  g_autoptr(GFile) new_dir = NULL;
  g_autoptr(GFile) target_dir = NULL;
  g_autofree char *packs = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *id_path = NULL;
  g_autofree char *target = NULL;
  gboolean ok = FALSE;
  int lock;

  g_return_val_if_fail (G_IS_FILE (archive), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(packs = packs_dir_path (error)) || (lock = take_lock (packs, error)) < 0)
    return NULL;

  if (!recover_locked (packs, error))
    goto out;

  staging = g_build_filename (packs, "." STAGING_INSTALL "-XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0700) == NULL)
    {
      set_errno_error (error, errno, _("Could not create a folder in “%s”"), packs);
      g_clear_pointer (&staging, g_free);
      goto out;
    }

  new_path = g_build_filename (staging, "pack", NULL);
  new_dir = g_file_new_for_path (new_path);

  if (!run_step (DOJO_INSTALL_STEP_EXTRACT, cancellable, error) ||
      !dojo_archive_extract (archive, new_dir, cancellable, error) ||
      !run_step (DOJO_INSTALL_STEP_VALIDATE, cancellable, error) ||
      !validate_extracted (new_dir, archive, error) ||
      !(pack = dojo_pack_load (new_dir, NULL, error)) ||
      !refuse_builtin (pack, error))
    goto out;

  installed = load_installed (packs, dojo_pack_get_id (pack));
  if (installed != NULL && !(flags & DOJO_INSTALL_FLAGS_FORCE) &&
      kind_of (installed, pack) == DOJO_INSTALL_KIND_DOWNGRADE)
    {
      g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_DOWNGRADE,
                   _("“%s” %s is older than the installed version %s; it was not installed."),
                   dojo_pack_get_title (pack), dojo_pack_get_version (pack),
                   dojo_pack_get_version (installed));
      goto out;
    }

  /* Recovery needs to know whose old version old/ would be. */
  id_path = g_build_filename (staging, "id", NULL);
  if (!g_file_set_contents (id_path, dojo_pack_get_id (pack), -1, error))
    goto out;

  target = g_build_filename (packs, dojo_pack_get_id (pack), NULL);
  g_clear_object (&pack);
  if (!move_in (packs, staging, target, g_file_test (target, G_FILE_TEST_EXISTS),
                cancellable, error))
    goto out;
  sync_dir (packs);
  ok = TRUE;

  /* The new version is in place: a failure from here on is only litter,
   * which the next install clears. */
  if (run_step (DOJO_INSTALL_STEP_CLEANUP, NULL, NULL))
    {
      remove_tree (staging);
      g_clear_pointer (&staging, g_free);
    }

out:
  if (!ok && staging != NULL)
    remove_tree (staging);
  release_lock (lock);

  if (!ok)
    return NULL;

  target_dir = g_file_new_for_path (target);
  return dojo_library_load (target_dir, error);
}

/**
 * dojo_installer_remove:
 * @pack_id: an installed pack's id
 * @remove_projects: also delete the learner's projects of the pack
 *
 * Removes an installed pack. The learner's projects stay unless
 * @remove_projects; progress stays, so reinstalling brings it back. The
 * built-in course cannot be removed. Blocking.
 */
gboolean
dojo_installer_remove (const char    *pack_id,
                       gboolean       remove_projects,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *packs = NULL;
  g_autofree char *target = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *old = NULL;
  gboolean ok = FALSE;
  int lock;

  g_return_val_if_fail (pack_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (pack_id, DOJO_BUILTIN_PACK_ID))
    {
      g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_BUILTIN,
                   _("The course that comes with Dojo cannot be removed."));
      return FALSE;
    }

  if (!(packs = packs_dir_path (error)) || (lock = take_lock (packs, error)) < 0)
    return FALSE;

  if (!recover_locked (packs, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  target = g_build_filename (packs, pack_id, NULL);
  if (!dojo_pack_is_valid_pack_id (pack_id) || !g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_NOT_INSTALLED,
                   _("No course with the id “%s” is installed."), pack_id);
      goto out;
    }

  staging = g_build_filename (packs, "." STAGING_REMOVE "-XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0700) == NULL)
    {
      set_errno_error (error, errno, _("Could not create a folder in “%s”"), packs);
      goto out;
    }

  /* One rename removes it for everyone; deleting the files comes after. */
  old = g_build_filename (staging, "old", NULL);
  if (g_rename (target, old) != 0)
    {
      set_errno_error (error, errno, _("Could not remove “%s”"), target);
      remove_tree (staging);
      goto out;
    }
  sync_dir (packs);
  remove_tree (staging);

  if (remove_projects)
    {
      g_autofree char *projects = dojo_paths_get_projects_dir ();
      g_autofree char *mine = g_build_filename (projects, pack_id, NULL);
      g_autofree char *gone = g_strconcat (projects, "/.remove-", pack_id, "-XXXXXX", NULL);

      if (g_file_test (mine, G_FILE_TEST_IS_DIR))
        {
          if (g_mkdtemp_full (gone, 0700) == NULL || g_rmdir (gone) != 0 ||
              g_rename (mine, gone) != 0)
            {
              set_errno_error (error, errno, _("Could not remove the projects in “%s”"), mine);
              goto out;
            }
          remove_tree (gone);
        }
    }

  ok = TRUE;

out:
  release_lock (lock);

  return ok;
}

/* Async ------------------------------------------------------------------ */

typedef struct
{
  GFile            *archive;
  char             *pack_id;
  DojoInstallFlags  flags;
  gboolean          remove_projects;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_clear_object (&data->archive);
  g_clear_pointer (&data->pack_id, g_free);
  g_free (data);
}

static void
inspect_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  DojoInstallPreview *preview = dojo_installer_inspect (data->archive, cancellable, &error);

  if (preview == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, preview, g_object_unref);
}

void
dojo_installer_inspect_async (GFile               *archive,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (G_IS_FILE (archive));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_installer_inspect_async);
  data = g_new0 (TaskData, 1);
  data->archive = g_object_ref (archive);
  g_task_set_task_data (task, data, (GDestroyNotify)task_data_free);
  g_task_run_in_thread (task, inspect_in_thread);
}

/**
 * dojo_installer_inspect_finish:
 *
 * Returns: (transfer full): as dojo_installer_inspect()
 */
DojoInstallPreview *
dojo_installer_inspect_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
install_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  DojoPack *pack = dojo_installer_install (data->archive, data->flags, cancellable, &error);

  if (pack == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pack, g_object_unref);
}

void
dojo_installer_install_async (GFile               *archive,
                              DojoInstallFlags     flags,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (G_IS_FILE (archive));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_installer_install_async);
  data = g_new0 (TaskData, 1);
  data->archive = g_object_ref (archive);
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify)task_data_free);
  g_task_run_in_thread (task, install_in_thread);
}

/**
 * dojo_installer_install_finish:
 *
 * Returns: (transfer full): as dojo_installer_install()
 */
DojoPack *
dojo_installer_install_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
remove_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (!dojo_installer_remove (data->pack_id, data->remove_projects, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
dojo_installer_remove_async (const char          *pack_id,
                             gboolean             remove_projects,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (pack_id != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_installer_remove_async);
  data = g_new0 (TaskData, 1);
  data->pack_id = g_strdup (pack_id);
  data->remove_projects = remove_projects;
  g_task_set_task_data (task, data, (GDestroyNotify)task_data_free);
  g_task_run_in_thread (task, remove_in_thread);
}

gboolean
dojo_installer_remove_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
