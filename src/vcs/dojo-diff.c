/* dojo-diff.c: the differences between two versions, as data and as a patch
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-diff"

#include "config.h"

#include <string.h>

#include "dojo-diff-private.h"

struct _DojoDiff
{
  GPtrArray *files;
  char      *patch;   /* the files' patches joined, once asked for */
};

G_DEFINE_BOXED_TYPE (DojoDiff, dojo_diff, dojo_diff_ref, dojo_diff_unref)

static void
dojo_diff_line_free (DojoDiffLine *line)
{
  g_free (line->content);
  g_free (line);
}

static void
dojo_diff_hunk_free (DojoDiffHunk *hunk)
{
  g_free (hunk->header);
  g_clear_pointer (&hunk->lines, g_ptr_array_unref);
  g_free (hunk);
}

void
_dojo_diff_file_free (DojoDiffFile *file)
{
  if (file == NULL)
    return;

  g_free (file->old_path);
  g_free (file->new_path);
  g_clear_pointer (&file->hunks, g_ptr_array_unref);
  g_free (file->patch);
  g_free (file);
}

DojoDiffFile *
_dojo_diff_file_new (const char     *old_path,
                     const char     *new_path,
                     DojoFileStatus  status,
                     gboolean        binary)
{
  DojoDiffFile *file = g_new0 (DojoDiffFile, 1);

  file->old_path = g_strdup (old_path);
  file->new_path = g_strdup (new_path);
  file->status = status;
  file->binary = binary;
  file->hunks = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_diff_hunk_free);

  return file;
}

DojoDiffHunk *
_dojo_diff_hunk_new (int         old_start,
                     int         old_lines,
                     int         new_start,
                     int         new_lines,
                     const char *header,
                     gsize       header_len)
{
  DojoDiffHunk *hunk = g_new0 (DojoDiffHunk, 1);

  while (header_len > 0 && (header[header_len - 1] == '\n' || header[header_len - 1] == '\r'))
    header_len--;

  hunk->old_start = old_start;
  hunk->old_lines = old_lines;
  hunk->new_start = new_start;
  hunk->new_lines = new_lines;
  hunk->header = g_strndup (header, header_len);
  hunk->lines = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_diff_line_free);

  return hunk;
}

DojoDiffLine *
_dojo_diff_line_new (char        origin,
                     int         old_lineno,
                     int         new_lineno,
                     const char *content,
                     gsize       content_len)
{
  DojoDiffLine *line = g_new0 (DojoDiffLine, 1);

  if (content_len > 0 && content[content_len - 1] == '\n')
    content_len--;

  line->origin = origin;
  line->old_lineno = old_lineno;
  line->new_lineno = new_lineno;
  line->content = g_strndup (content, content_len);

  return line;
}

/* Takes @files. */
DojoDiff *
_dojo_diff_new (GPtrArray *files)
{
  DojoDiff *self = g_atomic_rc_box_new0 (DojoDiff);

  self->files = files;

  return self;
}

static void
dojo_diff_clear (DojoDiff *self)
{
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->patch, g_free);
}

DojoDiff *
dojo_diff_ref (DojoDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
dojo_diff_unref (DojoDiff *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify)dojo_diff_clear);
}

/**
 * dojo_diff_get_files:
 *
 * Returns: (transfer none) (element-type DojoDiffFile): the changed files,
 *   sorted by path
 */
GPtrArray *
dojo_diff_get_files (DojoDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->files;
}

/**
 * dojo_diff_get_patch:
 *
 * Returns: the differences as a unified patch, the way `git diff` prints them
 */
const char *
dojo_diff_get_patch (DojoDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Joined on first use: the windows show the files' patches one by one,
   * and keeping the whole text too would hold a big change twice. A diff
   * may be shared between threads, hence the once. */
  if (g_once_init_enter (&self->patch))
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < self->files->len; i++)
        {
          const DojoDiffFile *file = g_ptr_array_index (self->files, i);

          g_string_append (text, file->patch);
        }

      g_once_init_leave (&self->patch, g_string_free (text, FALSE));
    }

  return self->patch;
}

void
dojo_diff_get_stats (DojoDiff *self,
                     guint    *files_changed,
                     guint    *insertions,
                     guint    *deletions)
{
  guint added = 0;
  guint removed = 0;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->files->len; i++)
    {
      DojoDiffFile *file = g_ptr_array_index (self->files, i);

      for (guint j = 0; j < file->hunks->len; j++)
        {
          DojoDiffHunk *hunk = g_ptr_array_index (file->hunks, j);

          for (guint k = 0; k < hunk->lines->len; k++)
            {
              DojoDiffLine *line = g_ptr_array_index (hunk->lines, k);

              if (line->origin == '+')
                added++;
              else if (line->origin == '-')
                removed++;
            }
        }
    }

  if (files_changed != NULL)
    *files_changed = self->files->len;
  if (insertions != NULL)
    *insertions = added;
  if (deletions != NULL)
    *deletions = removed;
}
