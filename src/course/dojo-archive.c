/* dojo-archive.c: reading and writing .dojopack archives, safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-archive"

/* renameat2 (RENAME_NOREPLACE) */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-archive-private.h"
#include "dojo-archive.h"

#define MiB (G_GUINT64_CONSTANT (1024) * 1024)

#define MAX_COMPONENT_BYTES 255
#define MAX_PATH_BYTES      1024
#define CANCEL_CHECK_BYTES  (4 * MiB)

/* Said at the end of every message about a broken or hostile pack: the
 * learner cannot fix the archive, the teacher can. */
#define ASK_TEACHER N_("Ask your teacher for a pack rebuilt with “dojo-pack build”.")

G_DEFINE_QUARK (dojo-archive-error-quark, dojo_archive_error)

/* What a name in the pack already stands for, keyed by its folded form. */
typedef enum
{
  NAME_FILE,
  NAME_DIR_IMPLIED,   /* a folder only seen as the parent of something */
  NAME_DIR,           /* a folder that had its own entry */
} NameKind;

typedef struct
{
  char     *name;
  NameKind  kind;
} NameInfo;

static void
name_info_free (gpointer data)
{
  NameInfo *info = data;

  g_free (info->name);
  g_free (info);
}

void
_dojo_archive_limits_init (DojoArchiveLimits *limits)
{
  g_return_if_fail (limits != NULL);

  memset (limits, 0, sizeof *limits);
  limits->max_entries = 20000;
  limits->max_total_bytes = 512 * MiB;
  limits->max_file_bytes = 64 * MiB;
  limits->ratio_threshold = 1 * MiB;
  limits->max_ratio = 100;
}

/* A name as it may be shown: valid UTF-8, control characters escaped. */
static char *
display_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
set_unsafe_path (GError     **error,
                 const char  *name,
                 const char  *reason)
{
  g_autofree char *shown = display_name (name);

  /* TRANSLATORS: the first %s is a file name inside a course pack, the
   * second why it is refused, the third what to do. */
  g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_UNSAFE_PATH,
               _("The course pack contains “%s”, which %s. %s"),
               shown, reason, _(ASK_TEACHER));
  return FALSE;
}

/* The rules every name in a pack follows, both when Dojo writes one and
 * when it extracts one. @path has no trailing slash. */
static gboolean
check_relative_path (const char  *path,
                     GError     **error)
{
  g_auto(GStrv) components = NULL;
  gsize len = strlen (path);

  if (len == 0)
    return set_unsafe_path (error, path, _("has an empty name"));

  if (len > MAX_PATH_BYTES)
    return set_unsafe_path (error, path, _("has a name longer than 1024 bytes"));

  for (gsize i = 0; i < len; i++)
    {
      guchar c = path[i];

      if (c < 0x20 || c == 0x7f)
        return set_unsafe_path (error, path, _("has a control character in its name"));
      if (c == '\\')
        return set_unsafe_path (error, path,
                                _("has a backslash in its name (folders are separated by “/”)"));
    }

  if (!g_utf8_validate_len (path, len, NULL))
    return set_unsafe_path (error, path, _("has a name that is not valid UTF-8"));

  for (const char *p = path; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_iscntrl (g_utf8_get_char (p)))
        return set_unsafe_path (error, path, _("has a control character in its name"));
    }

  if (path[0] == '/')
    return set_unsafe_path (error, path,
                            _("is an absolute path (names must be relative to the pack)"));

  components = g_strsplit (path, "/", -1);

  for (guint i = 0; components[i] != NULL; i++)
    {
      const char *c = components[i];

      if (c[0] == '\0')
        return set_unsafe_path (error, path, _("has an empty folder name (“//”)"));
      if (strcmp (c, "..") == 0)
        return set_unsafe_path (error, path,
                                _("points outside the pack with “..”"));
      if (strcmp (c, ".") == 0)
        return set_unsafe_path (error, path, _("has a “.” folder in its name"));
      if (strlen (c) > MAX_COMPONENT_BYTES)
        return set_unsafe_path (error, path,
                                _("has a file or folder name longer than 255 bytes"));
    }

  return TRUE;
}

/* Two names that differ only by case or Unicode normalisation are one file
 * on macOS and Windows (and on a learner's USB stick), so they are one name
 * for Dojo too. */
static char *
fold_name (const char *path)
{
  g_autofree char *normal = g_utf8_normalize (path, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
set_duplicate (GError     **error,
               const char  *entry,
               const char  *other)
{
  g_autofree char *shown_entry = display_name (entry);
  g_autofree char *shown_other = display_name (other);

  if (strcmp (entry, other) == 0)
    g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_DUPLICATE,
                 _("The course pack contains “%s” twice (or as both a file and a folder). %s"),
                 shown_entry, _(ASK_TEACHER));
  else
    g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_DUPLICATE,
                 _("The course pack contains both “%s” and “%s”, names that only differ "
                   "in upper and lower case or accents; many computers cannot tell them "
                   "apart. %s"),
                 shown_entry, shown_other, _(ASK_TEACHER));
  return FALSE;
}

/* Records @path (checked already) in @names; @entry is the name to show. */
static gboolean
register_name (GHashTable  *names,
               const char  *path,
               NameKind     kind,
               const char  *entry,
               GError     **error)
{
  g_autofree char *key = fold_name (path);
  NameInfo *info = g_hash_table_lookup (names, key);

  if (info == NULL)
    {
      info = g_new0 (NameInfo, 1);
      info->name = g_strdup (path);
      info->kind = kind;
      g_hash_table_insert (names, g_steal_pointer (&key), info);
      return TRUE;
    }

  if (strcmp (info->name, path) != 0)
    return set_duplicate (error, entry, info->name);

  if (kind == NAME_FILE || info->kind == NAME_FILE)
    return set_duplicate (error, entry, path);

  if (kind == NAME_DIR)
    {
      if (info->kind == NAME_DIR)
        return set_duplicate (error, entry, path);
      info->kind = NAME_DIR;
    }

  return TRUE;
}

/* Records @path and every folder above it. */
static gboolean
register_path (GHashTable  *names,
               const char  *path,
               gboolean     is_dir,
               const char  *entry,
               GError     **error)
{
  g_autofree char *parent = g_strdup (path);

  for (char *slash = strchr (parent, '/'); slash != NULL; slash = strchr (slash + 1, '/'))
    {
      gboolean ok;

      *slash = '\0';
      ok = register_name (names, parent, NAME_DIR_IMPLIED, entry, error);
      *slash = '/';

      if (!ok)
        return FALSE;
    }

  return register_name (names, path, is_dir ? NAME_DIR : NAME_FILE, entry, error);
}

static gboolean
set_io_error (GError     **error,
              int          errsv,
              const char  *name)
{
  g_autofree char *shown = display_name (name);

  g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
               _("Could not write “%s” from the course pack: %s"),
               shown, g_strerror (errsv));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           const char  *name,
           GError     **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return set_io_error (error, errno, name);
        }

      data += n;
      len -= n;
    }

  return TRUE;
}

/* Removes @name in @parent_fd and, if it is a folder, all it holds, never
 * following a symbolic link. Errors are ignored: this is the cleanup path. */
static void
remove_tree_at (int         parent_fd,
                const char *name)
{
  int fd = openat (parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  DIR *dir;
  struct dirent *de;

  if (fd < 0)
    {
      unlinkat (parent_fd, name, 0);
      return;
    }

  dir = fdopendir (fd);
  if (dir == NULL)
    {
      close (fd);
      return;
    }

  while ((de = readdir (dir)) != NULL)
    {
      if (strcmp (de->d_name, ".") == 0 || strcmp (de->d_name, "..") == 0)
        continue;

      if (de->d_type == DT_DIR || de->d_type == DT_UNKNOWN)
        remove_tree_at (dirfd (dir), de->d_name);
      else
        unlinkat (dirfd (dir), de->d_name, 0);
    }

  closedir (dir);
  unlinkat (parent_fd, name, AT_REMOVEDIR);
}

/* Extraction */

typedef struct
{
  const DojoArchiveLimits *limits;
  struct archive          *ar;
  GCancellable            *cancellable;
  int                      root_fd;
  GHashTable              *names;
  guint                    n_entries;
  guint64                  total_bytes;
  guint64                  archive_size;
} Extraction;

static gboolean
set_damaged (Extraction  *ex,
             GError     **error,
             const char  *entry)
{
  const char *why = archive_error_string (ex->ar);

  if (why == NULL)
    why = _("the file is damaged");

  if (entry != NULL)
    {
      g_autofree char *shown = display_name (entry);

      /* TRANSLATORS: %s: an entry name, then libarchive's explanation */
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                   _("This file is not a Dojo course pack (.dojopack): “%s” in it "
                     "cannot be read (%s). %s"),
                   shown, why, _(ASK_TEACHER));
    }
  else
    g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                 _("This file is not a Dojo course pack (.dojopack): %s. %s"),
                 why, _(ASK_TEACHER));

  return FALSE;
}

/* Opens (creating it if needed) the folder @components[0..n) below the
 * temporary root, one step at a time, never following a symbolic link. */
static int
open_dirs (Extraction  *ex,
           char       **components,
           guint        n,
           const char  *entry,
           GError     **error)
{
  int fd = dup (ex->root_fd);

  if (fd < 0)
    {
      set_io_error (error, errno, entry);
      return -1;
    }

  for (guint i = 0; i < n; i++)
    {
      int next;

      if (mkdirat (fd, components[i], 0700) != 0 && errno != EEXIST)
        {
          set_io_error (error, errno, entry);
          close (fd);
          return -1;
        }

      next = openat (fd, components[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (next < 0 || fchmod (next, 0755) != 0)
        {
          set_io_error (error, errno, entry);
          if (next >= 0)
            close (next);
          close (fd);
          return -1;
        }

      close (fd);
      fd = next;
    }

  return fd;
}

static gboolean
check_cancelled (Extraction  *ex,
                 GError     **error)
{
  return !g_cancellable_set_error_if_cancelled (ex->cancellable, error);
}

static gboolean
set_too_large (GError     **error,
               const char  *entry,
               const char  *what)
{
  g_autofree char *shown = display_name (entry);

  /* TRANSLATORS: %s: an entry name, then which limit it broke */
  g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_TOO_LARGE,
               _("The course pack is too large at “%s”: %s. %s"),
               shown, what, _(ASK_TEACHER));
  return FALSE;
}

static gboolean
extract_file_data (Extraction  *ex,
                   int          fd,
                   const char  *entry,
                   GError     **error)
{
  guint64 file_bytes = 0;
  guint64 since_check = 0;

  for (;;)
    {
      const void *buf = NULL;
      size_t len = 0;
      la_int64_t offset = 0;
      int r = archive_read_data_block (ex->ar, &buf, &len, &offset);

      if (r == ARCHIVE_EOF)
        return TRUE;

      /* A warning here is a wrong size or a bad CRC: a damaged pack. */
      if (r != ARCHIVE_OK)
        return set_damaged (ex, error, entry);

      if (offset < 0 || (guint64)offset != file_bytes)
        return set_damaged (ex, error, entry);

      /* Count what really comes out, not what the headers claim. */
      file_bytes += len;
      ex->total_bytes += len;

      if (file_bytes > ex->limits->max_file_bytes)
        return set_too_large (error, entry, _("a single file may hold at most 64 MiB"));

      if (ex->total_bytes > ex->limits->max_total_bytes)
        return set_too_large (error, entry, _("a pack may hold at most 512 MiB"));

      if (ex->total_bytes > ex->limits->ratio_threshold &&
          ex->total_bytes / ex->limits->max_ratio > ex->archive_size)
        {
          g_autofree char *shown = display_name (entry);

          g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_ZIP_BOMB,
                       _("The course pack looks like a zip bomb: at “%s” it unpacks to "
                         "more than %u times its own size. %s"),
                       shown, (guint)ex->limits->max_ratio, _(ASK_TEACHER));
          return FALSE;
        }

      if (!write_all (fd, buf, len, entry, error))
        return FALSE;

      since_check += len;
      if (since_check >= CANCEL_CHECK_BYTES)
        {
          since_check = 0;
          if (!check_cancelled (ex, error))
            return FALSE;
        }
    }
}

static gboolean
extract_entry (Extraction            *ex,
               struct archive_entry  *entry,
               GError               **error)
{
  const char *raw = archive_entry_pathname (entry);
  g_autofree char *path = NULL;
  g_auto(GStrv) components = NULL;
  mode_t type = archive_entry_filetype (entry);
  gboolean is_dir = FALSE;
  guint n_components;
  int dir_fd;
  int fd;
  gboolean ok;

  if (raw == NULL)
    raw = "";

  if (archive_entry_hardlink (entry) != NULL || archive_entry_symlink (entry) != NULL ||
      type == AE_IFLNK)
    {
      g_autofree char *shown = display_name (raw);

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_LINK,
                   _("The course pack contains “%s”, a link. Packs may only hold plain "
                     "files and folders. %s"),
                   shown, _(ASK_TEACHER));
      return FALSE;
    }

  if (type == AE_IFDIR)
    is_dir = TRUE;
  else if (type != AE_IFREG)
    {
      g_autofree char *shown = display_name (raw);

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_SPECIAL_FILE,
                   _("The course pack contains “%s”, a device, pipe or socket. Packs may "
                     "only hold plain files and folders. %s"),
                   shown, _(ASK_TEACHER));
      return FALSE;
    }

  if (archive_entry_is_encrypted (entry))
    {
      g_autofree char *shown = display_name (raw);

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_ENCRYPTED,
                   _("The course pack contains “%s”, which is protected by a password. "
                     "Packs cannot use passwords. %s"),
                   shown, _(ASK_TEACHER));
      return FALSE;
    }

  /* A folder entry ends in one "/"; any other slash is checked below. */
  path = g_strdup (raw);
  if (g_str_has_suffix (path, "/"))
    {
      if (!is_dir)
        return set_unsafe_path (error, raw, _("is a file whose name ends with “/”"));
      path[strlen (path) - 1] = '\0';
    }

  if (!check_relative_path (path, error))
    return FALSE;

  if (!register_path (ex->names, path, is_dir, raw, error))
    return FALSE;

  components = g_strsplit (path, "/", -1);
  n_components = g_strv_length (components);

  if (is_dir)
    {
      dir_fd = open_dirs (ex, components, n_components, raw, error);
      if (dir_fd < 0)
        return FALSE;
      close (dir_fd);
      return TRUE;
    }

  dir_fd = open_dirs (ex, components, n_components - 1, raw, error);
  if (dir_fd < 0)
    return FALSE;

  /* O_EXCL and O_NOFOLLOW: never through a link, never over another file. */
  fd = openat (dir_fd, components[n_components - 1],
               O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
  if (fd < 0)
    {
      int errsv = errno;

      close (dir_fd);
      return set_io_error (error, errsv, raw);
    }
  close (dir_fd);

  ok = extract_file_data (ex, fd, raw, error);

  if (ok && fchmod (fd, 0644) != 0)
    ok = set_io_error (error, errno, raw);

  if (close (fd) != 0 && ok)
    ok = set_io_error (error, errno, raw);

  return ok;
}

static gboolean
extract_all (Extraction  *ex,
             int          archive_fd,
             GError     **error)
{
  struct archive_entry *entry = NULL;

  /* Only the seekable zip reader: it reads the central directory, the one
   * place where a zip records that an entry is a link or a device. The
   * streaming reader would not see those, nor a truncated end. */
  ex->ar = archive_read_new ();
  archive_read_support_format_zip_seekable (ex->ar);
  archive_read_support_filter_none (ex->ar);

  if (archive_read_open_fd (ex->ar, archive_fd, 64 * 1024) != ARCHIVE_OK)
    return set_damaged (ex, error, NULL);

  for (;;)
    {
      int r;

      if (!check_cancelled (ex, error))
        return FALSE;

      r = archive_read_next_header (ex->ar, &entry);

      if (r == ARCHIVE_EOF)
        break;

      /* A name flagged as UTF-8 that is not: libarchive cannot even hand
       * it over, so it can only be named by its position. */
      if (r == ARCHIVE_WARN && archive_entry_pathname (entry) == NULL)
        {
          g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_UNSAFE_PATH,
                       _("Entry number %u of the course pack has a name that is not "
                         "valid UTF-8. %s"),
                       ex->n_entries + 1, _(ASK_TEACHER));
          return FALSE;
        }

      if (r != ARCHIVE_OK)
        {
          const char *name = r == ARCHIVE_WARN ? archive_entry_pathname (entry) : NULL;

          return set_damaged (ex, error, name);
        }

      if ((archive_format (ex->ar) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_ZIP)
        return set_damaged (ex, error, NULL);

      if (++ex->n_entries > ex->limits->max_entries)
        return set_too_large (error,
                              archive_entry_pathname (entry) ? archive_entry_pathname (entry) : "",
                              _("a pack may hold at most 20,000 files and folders"));

      if (!extract_entry (ex, entry, error))
        return FALSE;

      if (ex->limits->entry_done != NULL)
        ex->limits->entry_done (ex->n_entries, ex->limits->entry_done_data);
    }

  if (ex->n_entries == 0)
    {
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                   _("This file is not a Dojo course pack (.dojopack): it holds no files. %s"),
                   _(ASK_TEACHER));
      return FALSE;
    }

  return TRUE;
}

gboolean
_dojo_archive_extract_with_limits (GFile                    *archive,
                                   GFile                    *destination,
                                   const DojoArchiveLimits  *limits,
                                   GCancellable             *cancellable,
                                   GError                  **error)
{
  g_autofree char *archive_path = NULL;
  g_autofree char *dest_path = NULL;
  g_autofree char *parent_path = NULL;
  g_autofree char *dest_name = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *tmp_name = NULL;
  g_autoptr(GHashTable) names = NULL;
  Extraction ex = { 0 };
  struct stat st;
  int archive_fd = -1;
  int parent_fd = -1;
  gboolean ok = FALSE;

  g_return_val_if_fail (G_IS_FILE (archive), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  archive_path = g_file_get_path (archive);
  dest_path = g_file_get_path (destination);

  if (archive_path == NULL || dest_path == NULL)
    {
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Course packs can only be installed from and to local folders"));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (lstat (dest_path, &st) == 0 || errno != ENOENT)
    {
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Cannot install the course pack into “%s”: it already exists"),
                   dest_path);
      return FALSE;
    }

  archive_fd = open (archive_path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (archive_fd < 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not open the course pack “%s”: %s"),
                   archive_path, g_strerror (errsv));
      return FALSE;
    }

  if (fstat (archive_fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size == 0)
    {
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                   _("This file is not a Dojo course pack (.dojopack): “%s” is empty or "
                     "not a file. %s"),
                   archive_path, _(ASK_TEACHER));
      close (archive_fd);
      return FALSE;
    }

  /* The temporary folder is a sibling of @destination, so that the final
   * rename stays on one file system and is atomic. */
  parent_path = g_path_get_dirname (dest_path);
  dest_name = g_path_get_basename (dest_path);
  tmp_path = g_strconcat (dest_path, ".partial-XXXXXX", NULL);

  if (g_mkdtemp_full (tmp_path, 0700) == NULL)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not create a folder next to “%s”: %s"),
                   dest_path, g_strerror (errsv));
      close (archive_fd);
      return FALSE;
    }
  tmp_name = g_path_get_basename (tmp_path);

  parent_fd = open (parent_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (parent_fd < 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not open the folder “%s”: %s"),
                   parent_path, g_strerror (errsv));
      g_rmdir (tmp_path);
      close (archive_fd);
      return FALSE;
    }

  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, name_info_free);

  ex.limits = limits;
  ex.cancellable = cancellable;
  ex.names = names;
  ex.archive_size = st.st_size;
  ex.root_fd = openat (parent_fd, tmp_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

  if (ex.root_fd < 0)
    set_io_error (error, errno, tmp_name);
  else
    {
      locale_t utf8_locale = (locale_t) 0;
      locale_t old_locale = (locale_t) 0;

      /* libarchive converts UTF-8 names to the locale's charset; in a
       * non-UTF-8 locale ("C" in a bare environment) every non-ASCII name
       * would fail. Switch this thread's LC_CTYPE, never the process's. */
      if (strcmp (nl_langinfo (CODESET), "UTF-8") != 0)
        {
          locale_t base = duplocale (uselocale ((locale_t) 0));

          if (base != (locale_t) 0)
            {
              utf8_locale = newlocale (LC_CTYPE_MASK, "C.UTF-8", base);
              if (utf8_locale == (locale_t) 0)
                freelocale (base);
              else
                old_locale = uselocale (utf8_locale);
            }
        }

      ok = extract_all (&ex, archive_fd, error);
      g_clear_pointer (&ex.ar, archive_read_free);

      if (utf8_locale != (locale_t) 0)
        {
          uselocale (old_locale);
          freelocale (utf8_locale);
        }
    }

  g_clear_pointer (&ex.ar, archive_read_free);
  close (archive_fd);

  if (ok && fchmod (ex.root_fd, 0755) != 0)
    ok = set_io_error (error, errno, tmp_name);

  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;

  if (ok && renameat2 (parent_fd, tmp_name, parent_fd, dest_name, RENAME_NOREPLACE) != 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not install the course pack into “%s”: %s"),
                   dest_path, g_strerror (errsv));
      ok = FALSE;
    }

  if (ex.root_fd >= 0)
    close (ex.root_fd);

  if (!ok)
    remove_tree_at (parent_fd, tmp_name);

  close (parent_fd);

  return ok;
}

gboolean
dojo_archive_extract (GFile         *archive,
                      GFile         *destination,
                      GCancellable  *cancellable,
                      GError       **error)
{
  DojoArchiveLimits limits;

  _dojo_archive_limits_init (&limits);

  return _dojo_archive_extract_with_limits (archive, destination, &limits,
                                            cancellable, error);
}

/* Writing
 *
 * libarchive's zip writer stamps each entry with a DOS time computed in the
 * local time zone and adds extended-timestamp and owner extra fields, so the
 * same pack would come out differently on two machines. The subset of zip
 * Dojo needs (deflate, no zip64, no extra fields) is small enough to write
 * here, byte for byte the same everywhere. */

typedef struct
{
  char     *name;     /* as stored: folders end in "/" */
  char     *path;     /* relative, no trailing slash */
  gboolean  is_dir;
} WriteEntry;

static void
write_entry_free (gpointer data)
{
  WriteEntry *e = data;

  g_free (e->name);
  g_free (e->path);
  g_free (e);
}

static int
write_entry_compare (gconstpointer a,
                     gconstpointer b)
{
  const WriteEntry *ea = *(const WriteEntry * const *)a;
  const WriteEntry *eb = *(const WriteEntry * const *)b;

  return strcmp (ea->name, eb->name);
}

static guint32
crc32_update (guint32       crc,
              const guchar *data,
              gsize         len)
{
  static guint32 table[256];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint32 i = 0; i < 256; i++)
        {
          guint32 c = i;

          for (guint k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
          table[i] = c;
        }
      g_once_init_leave (&initialized, 1);
    }

  crc = ~crc;
  for (gsize i = 0; i < len; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);

  return ~crc;
}

static void
put16 (GByteArray *out,
       guint16     v)
{
  guint8 b[2] = { v & 0xff, v >> 8 };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24 };

  g_byte_array_append (out, b, 4);
}

static void
get_dos_time (guint16 *dos_time,
              guint16 *dos_date)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds = 0;
  g_autoptr(GDateTime) dt = NULL;
  int year;

  *dos_time = 0;
  *dos_date = (1 << 5) | 1;  /* 1980-01-01 00:00 */

  if (epoch == NULL || !g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return;

  dt = g_date_time_new_from_unix_utc (seconds);
  if (dt == NULL)
    return;

  year = g_date_time_get_year (dt);
  if (year < 1980)
    return;
  if (year > 2107)
    {
      *dos_time = (23 << 11) | (59 << 5) | 29;
      *dos_date = (127 << 9) | (12 << 5) | 31;
      return;
    }

  *dos_time = (g_date_time_get_hour (dt) << 11) | (g_date_time_get_minute (dt) << 5) |
              (g_date_time_get_second (dt) / 2);
  *dos_date = ((year - 1980) << 9) | (g_date_time_get_month (dt) << 5) |
              g_date_time_get_day_of_month (dt);
}

static gboolean
set_write_error (GError     **error,
                 int          code,
                 const char  *path,
                 const char  *message)
{
  g_autofree char *shown = display_name (path);

  /* TRANSLATORS: %s: a path inside the pack folder, then the reason */
  g_set_error (error, DOJO_ARCHIVE_ERROR, code,
               _("Cannot put “%s” into the pack: %s"), shown, message);
  return FALSE;
}

/* Opens @path below @root_fd, one component at a time, never following a
 * symbolic link, so that nothing outside the pack folder can be read even
 * if the folder changes while the pack is written. */
static int
open_beneath (int          root_fd,
              const char  *path,
              int          flags)
{
  g_auto(GStrv) components = g_strsplit (path, "/", -1);
  guint n = g_strv_length (components);
  int fd = dup (root_fd);

  for (guint i = 0; fd >= 0 && i < n; i++)
    {
      int last = (i + 1 == n);
      int next = openat (fd, components[i],
                         (last ? flags : O_RDONLY | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC);
      int errsv = errno;

      close (fd);
      fd = next;
      errno = errsv;
    }

  return fd;
}

static gboolean
collect_entries (int                     root_fd,
                 const char             *dir_path,
                 DojoArchiveFilterFunc   filter,
                 gpointer                user_data,
                 GPtrArray              *entries,
                 GHashTable             *names,
                 GError                **error)
{
  int fd = *dir_path ? open_beneath (root_fd, dir_path, O_RDONLY | O_DIRECTORY) : dup (root_fd);
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_free);
  DIR *dir;
  struct dirent *de;

  if (fd < 0 || (dir = fdopendir (fd)) == NULL)
    {
      int errsv = errno;

      if (fd >= 0)
        close (fd);
      return set_write_error (error, DOJO_ARCHIVE_ERROR_FAILED,
                              *dir_path ? dir_path : ".", g_strerror (errsv));
    }

  while ((de = readdir (dir)) != NULL)
    {
      if (strcmp (de->d_name, ".") != 0 && strcmp (de->d_name, "..") != 0)
        g_ptr_array_add (children, g_strdup (de->d_name));
    }

  for (guint i = 0; i < children->len; i++)
    {
      const char *child = g_ptr_array_index (children, i);
      g_autofree char *path = *dir_path ? g_strconcat (dir_path, "/", child, NULL)
                                        : g_strdup (child);
      struct stat st;
      WriteEntry *e;

      if (fstatat (dirfd (dir), child, &st, AT_SYMLINK_NOFOLLOW) != 0)
        {
          int errsv = errno;

          closedir (dir);
          return set_write_error (error, DOJO_ARCHIVE_ERROR_FAILED, path, g_strerror (errsv));
        }

      if (filter != NULL && !filter (path, user_data))
        continue;

      if (S_ISLNK (st.st_mode))
        {
          closedir (dir);
          return set_write_error (error, DOJO_ARCHIVE_ERROR_LINK, path,
                                  _("it is a symbolic link; copy the file it points to "
                                    "into the pack instead"));
        }

      if (!S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
        {
          closedir (dir);
          return set_write_error (error, DOJO_ARCHIVE_ERROR_SPECIAL_FILE, path,
                                  _("only plain files and folders can go into a pack"));
        }

      if (!check_relative_path (path, error) ||
          !register_path (names, path, S_ISDIR (st.st_mode), path, error))
        {
          closedir (dir);
          return FALSE;
        }

      e = g_new0 (WriteEntry, 1);
      e->is_dir = S_ISDIR (st.st_mode);
      e->path = g_strdup (path);
      e->name = e->is_dir ? g_strconcat (path, "/", NULL) : g_strdup (path);
      g_ptr_array_add (entries, e);

      if (entries->len > 20000)
        {
          closedir (dir);
          return set_write_error (error, DOJO_ARCHIVE_ERROR_TOO_LARGE, path,
                                  _("a pack may hold at most 20,000 files and folders"));
        }

      if (e->is_dir &&
          !collect_entries (root_fd, path, filter, user_data, entries, names, error))
        {
          closedir (dir);
          return FALSE;
        }
    }

  closedir (dir);

  return TRUE;
}

static GBytes *
read_file_beneath (int          root_fd,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  int fd = open_beneath (root_fd, path, O_RDONLY | O_NOCTTY);
  struct stat st;
  guint8 buf[64 * 1024];

  if (fd < 0)
    {
      set_write_error (error, errno == ELOOP ? DOJO_ARCHIVE_ERROR_LINK : DOJO_ARCHIVE_ERROR_FAILED,
                       path, g_strerror (errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      set_write_error (error, DOJO_ARCHIVE_ERROR_SPECIAL_FILE, path,
                       _("only plain files and folders can go into a pack"));
      return NULL;
    }

  for (;;)
    {
      gssize n = read (fd, buf, sizeof buf);

      if (n < 0 && errno == EINTR)
        continue;

      if (n < 0)
        {
          int errsv = errno;

          close (fd);
          set_write_error (error, DOJO_ARCHIVE_ERROR_FAILED, path, g_strerror (errsv));
          return NULL;
        }

      if (n == 0)
        break;

      g_byte_array_append (data, buf, n);

      if (data->len > 64 * MiB)
        {
          close (fd);
          set_write_error (error, DOJO_ARCHIVE_ERROR_TOO_LARGE, path,
                           _("a single file may hold at most 64 MiB"));
          return NULL;
        }
    }

  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static GBytes *
deflate_bytes (GBytes  *input,
               GError **error)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 9);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize in_len = 0;
  const guint8 *in = g_bytes_get_data (input, &in_len);
  guint8 buf[64 * 1024];

  for (;;)
    {
      gsize n_read = 0;
      gsize written = 0;
      GConverterResult r;

      r = g_converter_convert (G_CONVERTER (compressor), in, in_len, buf, sizeof buf,
                               G_CONVERTER_INPUT_AT_END, &n_read, &written, error);
      if (r == G_CONVERTER_ERROR)
        return NULL;

      in += n_read;
      in_len -= n_read;
      g_byte_array_append (out, buf, written);

      if (r == G_CONVERTER_FINISHED)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
write_zip (int          root_fd,
           GPtrArray   *entries,
           int          out_fd,
           const char  *out_path,
           GError     **error)
{
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint16 dos_time, dos_date;
  guint64 offset = 0;
  guint64 total = 0;

  get_dos_time (&dos_time, &dos_date);

  for (guint i = 0; i < entries->len; i++)
    {
      const WriteEntry *e = g_ptr_array_index (entries, i);
      g_autoptr(GBytes) data = NULL;
      g_autoptr(GBytes) packed = NULL;
      g_autoptr(GByteArray) header = g_byte_array_new ();
      GBytes *stored;
      gsize data_len = 0;
      gsize stored_len = 0;
      const guint8 *data_ptr;
      guint16 method = 0;
      guint32 crc = 0;
      guint32 mode = e->is_dir ? 040755 : 0100644;
      gsize name_len = strlen (e->name);

      if (!e->is_dir)
        {
          data = read_file_beneath (root_fd, e->path, error);
          if (data == NULL)
            return FALSE;

          data_ptr = g_bytes_get_data (data, &data_len);
          crc = crc32_update (0, data_ptr, data_len);
          total += data_len;

          if (total > 512 * MiB)
            return set_write_error (error, DOJO_ARCHIVE_ERROR_TOO_LARGE, e->path,
                                    _("a pack may hold at most 512 MiB"));

          packed = deflate_bytes (data, error);
          if (packed == NULL)
            return FALSE;
        }

      /* Deflate only where it helps; either way the choice is the same
       * every time for the same bytes. */
      if (packed != NULL && g_bytes_get_size (packed) < data_len)
        {
          stored = packed;
          method = 8;
        }
      else
        stored = data;

      if (stored != NULL)
        g_bytes_get_data (stored, &stored_len);

      if (offset > G_MAXUINT32)
        return set_write_error (error, DOJO_ARCHIVE_ERROR_TOO_LARGE, e->path,
                                _("a pack may hold at most 512 MiB"));

      /* Local file header */
      put32 (header, 0x04034b50);
      put16 (header, 20);
      put16 (header, 1 << 11);          /* names are UTF-8 */
      put16 (header, method);
      put16 (header, dos_time);
      put16 (header, dos_date);
      put32 (header, crc);
      put32 (header, stored_len);
      put32 (header, data_len);
      put16 (header, name_len);
      put16 (header, 0);                /* no extra fields */
      g_byte_array_append (header, (const guint8 *)e->name, name_len);

      /* Central directory header */
      put32 (central, 0x02014b50);
      put16 (central, (3 << 8) | 20);   /* made by Unix: the mode below counts */
      put16 (central, 20);
      put16 (central, 1 << 11);
      put16 (central, method);
      put16 (central, dos_time);
      put16 (central, dos_date);
      put32 (central, crc);
      put32 (central, stored_len);
      put32 (central, data_len);
      put16 (central, name_len);
      put16 (central, 0);
      put16 (central, 0);
      put16 (central, 0);
      put16 (central, 0);
      put32 (central, (mode << 16) | (e->is_dir ? 0x10 : 0));
      put32 (central, offset);
      g_byte_array_append (central, (const guint8 *)e->name, name_len);

      if (!write_all (out_fd, (const char *)header->data, header->len, out_path, error))
        return FALSE;
      offset += header->len;

      if (stored_len > 0)
        {
          if (!write_all (out_fd, g_bytes_get_data (stored, NULL), stored_len, out_path, error))
            return FALSE;
          offset += stored_len;
        }
    }

  if (offset > G_MAXUINT32 || central->len > G_MAXUINT32 - offset)
    return set_write_error (error, DOJO_ARCHIVE_ERROR_TOO_LARGE, ".",
                            _("a pack may hold at most 512 MiB"));

  /* End of central directory */
  {
    guint32 central_len = central->len;

    put32 (central, 0x06054b50);
    put16 (central, 0);
    put16 (central, 0);
    put16 (central, entries->len);
    put16 (central, entries->len);
    put32 (central, central_len);
    put32 (central, offset);
    put16 (central, 0);
  }

  return write_all (out_fd, (const char *)central->data, central->len, out_path, error);
}

gboolean
dojo_archive_write (GFile                  *pack_dir,
                    GFile                  *output,
                    DojoArchiveFilterFunc   filter,
                    gpointer                user_data,
                    GError                **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) names = NULL;
  int root_fd;
  int out_fd;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (pack_dir), FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir_path = g_file_get_path (pack_dir);
  out_path = g_file_get_path (output);

  if (dir_path == NULL || out_path == NULL)
    {
      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Course packs can only be built from and to local folders"));
      return FALSE;
    }

  root_fd = open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not open the pack folder “%s”: %s"),
                   dir_path, g_strerror (errsv));
      return FALSE;
    }

  entries = g_ptr_array_new_with_free_func (write_entry_free);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, name_info_free);

  if (!collect_entries (root_fd, "", filter, user_data, entries, names, error))
    {
      close (root_fd);
      return FALSE;
    }

  /* Byte order of the stored names: the same on every machine and locale. */
  g_ptr_array_sort (entries, write_entry_compare);

  tmp_path = g_strconcat (out_path, ".tmp-XXXXXX", NULL);
  out_fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (out_fd < 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED,
                   _("Could not create “%s”: %s"), tmp_path, g_strerror (errsv));
      close (root_fd);
      return FALSE;
    }

  ok = write_zip (root_fd, entries, out_fd, out_path, error);
  close (root_fd);

  if (ok && (fchmod (out_fd, 0644) != 0 || fsync (out_fd) != 0))
    ok = set_io_error (error, errno, out_path);

  if (close (out_fd) != 0 && ok)
    ok = set_io_error (error, errno, out_path);

  if (ok && g_rename (tmp_path, out_path) != 0)
    ok = set_io_error (error, errno, out_path);

  if (!ok)
    g_unlink (tmp_path);

  return ok;
}
