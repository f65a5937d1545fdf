/* raw-zip.h: zip files no honest writer produces ("../evil", links), for tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

typedef struct
{
  const char *name;
  const char *text;
  guint32     mode;   /* 0: a plain file, 0100644; 0120777: a symbolic link to @text */
} RawZipEntry;

static guint32
raw_zip_crc32 (const guint8 *data,
               gsize         len)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
    }

  return ~crc;
}

static void
raw_zip_put16 (GByteArray *out,
               guint16     v)
{
  guint8 b[2] = { v & 0xff, v >> 8 };

  g_byte_array_append (out, b, 2);
}

static void
raw_zip_put32 (GByteArray *out,
               guint32     v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24 };

  g_byte_array_append (out, b, 4);
}

/* Writes the entries, stored (not compressed), to @path. */
static void
raw_zip_write (const char        *path,
               const RawZipEntry *entries,
               guint              n)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint32 central_offset;

  for (guint i = 0; i < n; i++)
    {
      const RawZipEntry *e = &entries[i];
      const guint8 *data = (const guint8 *)e->text;
      gsize len = strlen (e->text);
      guint32 offset = out->len;
      guint32 crc = len ? raw_zip_crc32 (data, len) : 0;
      guint32 mode = e->mode ? e->mode : 0100644;
      gsize name_len = strlen (e->name);

      for (int pass = 0; pass < 2; pass++)
        {
          GByteArray *h = pass == 0 ? out : central;

          raw_zip_put32 (h, pass == 0 ? 0x04034b50 : 0x02014b50);
          if (pass == 1)
            raw_zip_put16 (h, (3 << 8) | 20);
          raw_zip_put16 (h, 20);
          raw_zip_put16 (h, 1 << 11);
          raw_zip_put16 (h, 0);
          raw_zip_put16 (h, 0);
          raw_zip_put16 (h, (1 << 5) | 1);
          raw_zip_put32 (h, crc);
          raw_zip_put32 (h, len);
          raw_zip_put32 (h, len);
          raw_zip_put16 (h, name_len);
          raw_zip_put16 (h, 0);
          if (pass == 1)
            {
              raw_zip_put16 (h, 0);
              raw_zip_put16 (h, 0);
              raw_zip_put16 (h, 0);
              raw_zip_put32 (h, mode << 16);
              raw_zip_put32 (h, offset);
            }
          g_byte_array_append (h, (const guint8 *)e->name, name_len);
          if (pass == 0 && len > 0)
            g_byte_array_append (h, data, len);
        }
    }

  central_offset = out->len;
  g_byte_array_append (out, central->data, central->len);
  raw_zip_put32 (out, 0x06054b50);
  raw_zip_put16 (out, 0);
  raw_zip_put16 (out, 0);
  raw_zip_put16 (out, n);
  raw_zip_put16 (out, n);
  raw_zip_put32 (out, central->len);
  raw_zip_put32 (out, central_offset);
  raw_zip_put16 (out, 0);

  g_assert_true (g_file_set_contents (path, (const char *)out->data, out->len, NULL));
}

/* Returns: whether a file or folder named @name is anywhere under @dir
 * (links are not followed). */
static gboolean
raw_zip_tree_has (const char *dir,
                  const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *child;

  while (d != NULL && (child = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, child, NULL);

      if (g_str_equal (child, name))
        return TRUE;
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
          raw_zip_tree_has (path, name))
        return TRUE;
    }

  return FALSE;
}
