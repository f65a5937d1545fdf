/* test-archive.c: extracting hostile .dojopack files, writing reproducible ones
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "dojo-archive.h"
#include "dojo-archive-private.h"

#define MiB (1024 * 1024)

/* A scratch folder per test: in/ holds the archive, parent/ is where the
 * destination would go, outside/ is a folder an attack would love to reach. */
typedef struct
{
  char *dir;
  char *archive;
  char *parent;
  char *dest;
  char *outside;
} Work;

static Work *
work_new (void)
{
  Work *w = g_new0 (Work, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *in = NULL;

  w->dir = g_dir_make_tmp ("test-archive-XXXXXX", &error);
  g_assert_no_error (error);
  in = g_build_filename (w->dir, "in", NULL);
  w->archive = g_build_filename (in, "pack.dojopack", NULL);
  w->parent = g_build_filename (w->dir, "parent", NULL);
  w->dest = g_build_filename (w->parent, "pack", NULL);
  w->outside = g_build_filename (w->dir, "outside", NULL);
  g_assert_cmpint (g_mkdir (in, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (w->parent, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (w->outside, 0755), ==, 0);

  return w;
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
work_free (Work *w)
{
  remove_tree (w->dir);
  g_free (w->dir);
  g_free (w->archive);
  g_free (w->parent);
  g_free (w->dest);
  g_free (w->outside);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Work, work_free)

/* Every path below @root (relative, sorted), with its type and size. */
static void
snapshot_into (const char *root,
               const char *rel,
               GPtrArray  *out)
{
  g_autofree char *path = *rel ? g_build_filename (root, rel, NULL) : g_strdup (root);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child_rel = *rel ? g_build_filename (rel, name, NULL) : g_strdup (name);
      g_autofree char *child = g_build_filename (root, child_rel, NULL);
      GStatBuf st;

      g_assert_cmpint (g_lstat (child, &st), ==, 0);
      g_ptr_array_add (out, g_strdup_printf ("%s %o %" G_GINT64_FORMAT,
                                             child_rel, (guint)st.st_mode,
                                             S_ISREG (st.st_mode) ? (gint64)st.st_size : 0));
      if (S_ISDIR (st.st_mode))
        snapshot_into (root, child_rel, out);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
snapshot (const char *root)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  snapshot_into (root, "", lines);
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **)lines->pdata);
}

/* Raw zip bytes, for the archives no honest writer produces. */

static guint32
crc32_of (const guint8 *data,
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

typedef struct
{
  const char   *name;
  const guint8 *data;
  gsize         len;
  guint32       mode;         /* 0: a plain file, 0100644 */
  guint16       flags;        /* general purpose bits (bit 0: encrypted) */
  gboolean      lie;          /* header claims... */
  guint32       claimed_compressed;
  guint32       claimed_size;
} RawEntry;

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

static GBytes *
raw_zip (const RawEntry *entries,
         guint           n)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint32 central_offset;

  for (guint i = 0; i < n; i++)
    {
      const RawEntry *e = &entries[i];
      guint32 offset = out->len;
      guint32 crc = e->len ? crc32_of (e->data, e->len) : 0;
      guint32 csize = e->lie ? e->claimed_compressed : e->len;
      guint32 usize = e->lie ? e->claimed_size : e->len;
      guint32 mode = e->mode ? e->mode : 0100644;
      gsize name_len = strlen (e->name);
      GByteArray *h;

      for (int pass = 0; pass < 2; pass++)
        {
          h = pass == 0 ? out : central;
          put32 (h, pass == 0 ? 0x04034b50 : 0x02014b50);
          if (pass == 1)
            put16 (h, (3 << 8) | 20);
          put16 (h, 20);
          put16 (h, e->flags | (1 << 11));
          put16 (h, 0);                       /* stored */
          put16 (h, 0);
          put16 (h, (1 << 5) | 1);
          put32 (h, crc);
          put32 (h, csize);
          put32 (h, usize);
          put16 (h, name_len);
          put16 (h, 0);
          if (pass == 1)
            {
              put16 (h, 0);
              put16 (h, 0);
              put16 (h, 0);
              put32 (h, mode << 16);
              put32 (h, offset);
            }
          g_byte_array_append (h, (const guint8 *)e->name, name_len);
          if (pass == 0 && e->len > 0)
            g_byte_array_append (h, e->data, e->len);
        }
    }

  central_offset = out->len;
  g_byte_array_append (out, central->data, central->len);
  put32 (out, 0x06054b50);
  put16 (out, 0);
  put16 (out, 0);
  put16 (out, MIN (n, 0xffff));
  put16 (out, MIN (n, 0xffff));
  put32 (out, central->len);
  put32 (out, central_offset);
  put16 (out, 0);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
save_bytes (const char *path,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static gboolean
extract (Work                     *w,
         const DojoArchiveLimits  *limits,
         GCancellable             *cancellable,
         GError                  **error)
{
  g_autoptr(GFile) archive = g_file_new_for_path (w->archive);
  g_autoptr(GFile) dest = g_file_new_for_path (w->dest);

  if (limits != NULL)
    return _dojo_archive_extract_with_limits (archive, dest, limits, cancellable, error);

  return dojo_archive_extract (archive, dest, cancellable, error);
}

/* Extracts w->archive expecting @code, a message that names @needle, and not
 * one byte more on disk than before. */
static void
assert_refused_with_limits (Work                    *w,
                            const DojoArchiveLimits *limits,
                            int                      code,
                            const char              *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (w->dir);
  g_autofree char *after = NULL;

  if (extract (w, limits, NULL, &error))
    g_error ("The pack was extracted, but should have been refused (%s)", needle);
  g_assert_error (error, DOJO_ARCHIVE_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” is not in the message: %s", needle, error->message);

  g_assert_false (g_file_test (w->dest, G_FILE_TEST_EXISTS));
  after = snapshot (w->dir);
  g_assert_cmpstr (after, ==, before);
}

static void
assert_refused (Work       *w,
                int         code,
                const char *needle)
{
  assert_refused_with_limits (w, NULL, code, needle);
}

static void
assert_raw_refused (const RawEntry *entries,
                    guint           n,
                    int             code,
                    const char     *needle)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GBytes) zip = raw_zip (entries, n);

  save_bytes (w->archive, zip);
  assert_refused (w, code, needle);
}

#define FILE_ENTRY(n, text) { .name = (n), .data = (const guint8 *)(text), .len = strlen (text) }

/* An archive written by libarchive, as most zip tools would make it. */
typedef struct
{
  const char *name;
  const char *text;     /* NULL: a folder, unless zeros > 0 */
  gsize       zeros;
  guint32     mode;
} LaEntry;

static void
la_zip (const char    *path,
        const LaEntry *entries,
        guint          n)
{
  struct archive *a = archive_write_new ();
  static char zeros[MiB];

  g_assert_cmpint (archive_write_set_format_zip (a), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_set_options (a, "zip:compression=deflate"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);

  for (guint i = 0; i < n; i++)
    {
      struct archive_entry *e = archive_entry_new ();
      gboolean is_dir = entries[i].text == NULL && entries[i].zeros == 0;
      gsize size = entries[i].text ? strlen (entries[i].text) : entries[i].zeros;

      archive_entry_set_pathname_utf8 (e, entries[i].name);
      archive_entry_set_filetype (e, is_dir ? AE_IFDIR : AE_IFREG);
      archive_entry_set_perm (e, entries[i].mode ? entries[i].mode : (is_dir ? 0755 : 0644));
      archive_entry_set_size (e, is_dir ? 0 : size);
      archive_entry_set_mtime (e, 1700000000, 0);
      g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);

      if (entries[i].text != NULL)
        g_assert_cmpint (archive_write_data (a, entries[i].text, size), ==, (la_ssize_t)size);

      for (gsize left = entries[i].zeros; left > 0;)
        {
          gsize chunk = MIN (left, sizeof zeros);

          g_assert_cmpint (archive_write_data (a, zeros, chunk), ==, (la_ssize_t)chunk);
          left -= chunk;
        }

      archive_entry_free (e);
    }

  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

static void
assert_file_contents (const char *dir,
                      const char *rel,
                      const char *expected,
                      guint       expected_mode)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, expected_mode);
}

/* Good packs */

static const LaEntry good_pack[] = {
  { "manifest.json", "{\"id\": \"basics\"}\n" },
  { "lessons/", NULL },
  { "lessons/01-hello/", NULL },
  { "lessons/01-hello/lesson.md", "# Hello\n" },
  /* a file whose folder has no entry of its own */
  { "exercises/01/starter.py", "print('hi')\n", 0, 04755 },
  { "lessons/02-\xc3\x9c" "bung/lesson.md", "# \xc3\x9c" "bung\n" },
};

static void
test_extract_good (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *exercises = NULL;
  GStatBuf st;

  la_zip (w->archive, good_pack, G_N_ELEMENTS (good_pack));

  g_assert_true (extract (w, NULL, NULL, &error));
  g_assert_no_error (error);

  assert_file_contents (w->dest, "manifest.json", "{\"id\": \"basics\"}\n", 0644);
  assert_file_contents (w->dest, "lessons/01-hello/lesson.md", "# Hello\n", 0644);
  /* setuid and exec bits from the archive are dropped */
  assert_file_contents (w->dest, "exercises/01/starter.py", "print('hi')\n", 0644);
  assert_file_contents (w->dest, "lessons/02-\xc3\x9c" "bung/lesson.md",
                        "# \xc3\x9c" "bung\n", 0644);

  exercises = g_build_filename (w->dest, "exercises", NULL);
  g_assert_cmpint (g_lstat (exercises, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0755);
  g_assert_cmpint (g_lstat (w->dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0755);

  /* The only thing in the parent is the pack: no .partial folder left. */
  listing = snapshot (w->parent);
  g_assert_true (g_str_has_prefix (listing, "pack 40755 0\n"));
  g_assert_null (strstr (listing, "partial"));
}

static void
test_extract_destination_exists (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *mine = NULL;

  la_zip (w->archive, good_pack, G_N_ELEMENTS (good_pack));
  g_assert_cmpint (g_mkdir (w->dest, 0755), ==, 0);
  mine = g_build_filename (w->dest, "manifest.json", NULL);
  g_assert_true (g_file_set_contents (mine, "mine", -1, NULL));
  before = snapshot (w->dir);

  g_assert_false (extract (w, NULL, NULL, &error));
  g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_FAILED);
  after = snapshot (w->dir);
  g_assert_cmpstr (after, ==, before);
  assert_file_contents (w->dest, "manifest.json", "mine", 0644);
}

/* Hostile names */

static void
test_refuse_dotdot (void)
{
  RawEntry e[] = { FILE_ENTRY ("manifest.json", "{}"), FILE_ENTRY ("../evil", "pwned") };

  assert_raw_refused (e, G_N_ELEMENTS (e), DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“../evil”");
}

static void
test_refuse_dotdot_nested (void)
{
  RawEntry e[] = { FILE_ENTRY ("a/../../evil", "pwned") };

  assert_raw_refused (e, G_N_ELEMENTS (e), DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“a/../../evil”");
}

static void
test_refuse_absolute (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *inside = g_build_filename (w->outside, "evil", NULL);
  RawEntry e[] = { FILE_ENTRY ("/etc/evil", "pwned") };
  RawEntry e2[] = { FILE_ENTRY (inside, "pwned") };
  g_autoptr(GBytes) zip2 = raw_zip (e2, 1);

  assert_raw_refused (e, G_N_ELEMENTS (e), DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“/etc/evil”");
  g_assert_false (g_file_test ("/etc/evil", G_FILE_TEST_EXISTS));

  /* The same with an absolute path this test can watch. */
  save_bytes (w->archive, zip2);
  assert_refused (w, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, inside);
}

/* libarchive turns every "\\" in a zip name into "/" (Windows zips), so
 * "..\\evil" reaches Dojo's checks, and the message, as "../evil". */
static void
test_refuse_backslash (void)
{
  RawEntry e[] = { FILE_ENTRY ("..\\evil", "pwned") };
  RawEntry nested[] = { FILE_ENTRY ("lessons\\..\\..\\evil", "pwned") };

  assert_raw_refused (e, G_N_ELEMENTS (e), DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“../evil”");
  assert_raw_refused (nested, G_N_ELEMENTS (nested), DOJO_ARCHIVE_ERROR_UNSAFE_PATH,
                      "“lessons/../../evil”");
}

static void
test_refuse_odd_names (void)
{
  g_autofree char *long_component = g_strnfill (256, 'a');
  g_autofree char *c250 = g_strnfill (250, 'b');
  g_autofree char *long_path = g_strjoin ("/", c250, c250, c250, c250, c250, NULL);
  RawEntry control[] = { FILE_ENTRY ("a\x01" "b.txt", "x") };
  RawEntry c1[] = { FILE_ENTRY ("a\xc2\x85" "b.txt", "x") };
  RawEntry dot[] = { FILE_ENTRY ("./a.txt", "x") };
  RawEntry slashes[] = { FILE_ENTRY ("a//b.txt", "x") };
  RawEntry component[] = { FILE_ENTRY (long_component, "x") };
  RawEntry total[] = { FILE_ENTRY (long_path, "x") };
  RawEntry empty[] = { FILE_ENTRY ("", "x") };
  RawEntry not_utf8[] = { FILE_ENTRY ("caf\xe9.txt", "x") };

  assert_raw_refused (control, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“a\\x01b.txt”");
  assert_raw_refused (c1, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“a\\x85b.txt”");
  assert_raw_refused (dot, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“./a.txt”");
  assert_raw_refused (slashes, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“a//b.txt”");
  assert_raw_refused (component, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, long_component);
  assert_raw_refused (total, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, c250);
  assert_raw_refused (empty, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "“”");
  assert_raw_refused (not_utf8, 1, DOJO_ARCHIVE_ERROR_UNSAFE_PATH, "Entry number 1");
}

/* Links and special files */

static void
test_refuse_symlink (void)
{
  RawEntry e[] = {
    FILE_ENTRY ("manifest.json", "{}"),
    { .name = "link", .data = (const guint8 *)"/etc/passwd", .len = 11, .mode = 0120777 },
  };

  assert_raw_refused (e, G_N_ELEMENTS (e), DOJO_ARCHIVE_ERROR_LINK, "“link”");
}

static void
test_refuse_symlink_then_file (void)
{
  g_autoptr(Work) w = work_new ();
  RawEntry e[] = {
    { .name = "link", .data = (const guint8 *)w->outside, .len = strlen (w->outside),
      .mode = 0120777 },
    FILE_ENTRY ("link/evil.txt", "pwned"),
  };
  g_autoptr(GBytes) zip = raw_zip (e, G_N_ELEMENTS (e));
  g_autofree char *evil = g_build_filename (w->outside, "evil.txt", NULL);

  save_bytes (w->archive, zip);
  assert_refused (w, DOJO_ARCHIVE_ERROR_LINK, "“link”");
  g_assert_false (g_file_test (evil, G_FILE_TEST_EXISTS));
}

static void
test_refuse_special_files (void)
{
  RawEntry chr[] = { { .name = "tty", .mode = 020644 } };
  RawEntry blk[] = { { .name = "sda", .mode = 060644 } };
  RawEntry sock[] = { { .name = "sock", .mode = 0140644 } };

  assert_raw_refused (chr, 1, DOJO_ARCHIVE_ERROR_SPECIAL_FILE, "“tty”");
  assert_raw_refused (blk, 1, DOJO_ARCHIVE_ERROR_SPECIAL_FILE, "“sda”");
  assert_raw_refused (sock, 1, DOJO_ARCHIVE_ERROR_SPECIAL_FILE, "“sock”");
}

/* libarchive 3.6 reads a zip entry with the FIFO mode bits as a plain file
 * (it never reports AE_IFIFO for zip); make sure no FIFO is ever made. */
static void
test_fifo_is_plain_file (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GError) error = NULL;
  RawEntry e[] = { { .name = "pipe", .data = (const guint8 *)"x", .len = 1, .mode = 010644 } };
  g_autoptr(GBytes) zip = raw_zip (e, 1);
  g_autofree char *pipe = g_build_filename (w->dest, "pipe", NULL);
  GStatBuf st;

  save_bytes (w->archive, zip);
  if (extract (w, NULL, NULL, &error))
    {
      g_assert_cmpint (g_lstat (pipe, &st), ==, 0);
      g_assert_true (S_ISREG (st.st_mode));
      assert_file_contents (w->dest, "pipe", "x", 0644);
    }
  else
    g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_SPECIAL_FILE);
}

/* Zip has no way to say "hard link": the closest a writer gets is an entry
 * that names a link target. libarchive's zip writer stores it as a plain
 * (empty) file; make sure that is all it ever becomes. */
static void
test_hard_link_is_plain_file (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (w->outside, "target.txt", NULL);
  g_autofree char *link = NULL;
  struct archive *a = archive_write_new ();
  struct archive_entry *e = archive_entry_new ();
  GStatBuf st;
  int r;

  g_assert_true (g_file_set_contents (target, "secret", -1, NULL));

  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_filename (a, w->archive), ==, ARCHIVE_OK);
  archive_entry_set_pathname (e, "hard");
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_perm (e, 0644);
  archive_entry_set_hardlink (e, target);
  archive_entry_set_size (e, 0);
  r = archive_write_header (a, e);
  archive_entry_free (e);
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);

  if (r != ARCHIVE_OK)
    {
      /* The writer refused: then there is nothing to read either. */
      assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, NULL);
      return;
    }

  g_assert_true (extract (w, NULL, NULL, &error));
  g_assert_no_error (error);
  link = g_build_filename (w->dest, "hard", NULL);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_nlink, ==, 1);
  g_assert_cmpint (st.st_size, ==, 0);
  assert_file_contents (w->outside, "target.txt", "secret", 0644);
}

/* Duplicates */

static void
test_refuse_duplicates (void)
{
  RawEntry twice[] = { FILE_ENTRY ("a.txt", "one"), FILE_ENTRY ("a.txt", "two") };
  RawEntry cased[] = { FILE_ENTRY ("A.txt", "one"), FILE_ENTRY ("a.txt", "two") };
  /* "café" precomposed, then with a combining accent */
  RawEntry nfd[] = { FILE_ENTRY ("caf\xc3\xa9.txt", "1"), FILE_ENTRY ("cafe\xcc\x81.txt", "2") };
  RawEntry file_dir[] = { FILE_ENTRY ("x", "file"), FILE_ENTRY ("x/y.txt", "in a dir") };
  RawEntry dir_file[] = { { .name = "x/", .mode = 040755 }, FILE_ENTRY ("x", "file") };
  RawEntry dir_case[] = { FILE_ENTRY ("Docs/a.txt", "1"), FILE_ENTRY ("docs/b.txt", "2") };
  RawEntry dir_twice[] = { { .name = "d/", .mode = 040755 }, { .name = "d/", .mode = 040755 } };

  assert_raw_refused (twice, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“a.txt”");
  assert_raw_refused (cased, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“A.txt”");
  /* (libarchive may hand the second name over already composed) */
  assert_raw_refused (nfd, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“caf\xc3\xa9.txt”");
  assert_raw_refused (file_dir, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“x/y.txt”");
  assert_raw_refused (dir_file, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“x”");
  assert_raw_refused (dir_case, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“docs/b.txt”");
  assert_raw_refused (dir_twice, 2, DOJO_ARCHIVE_ERROR_DUPLICATE, "“d/”");
}

static void
test_folder_entry_after_its_files (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GError) error = NULL;
  RawEntry e[] = { FILE_ENTRY ("d/a.txt", "a"), { .name = "d/", .mode = 040755 } };
  g_autoptr(GBytes) zip = raw_zip (e, G_N_ELEMENTS (e));

  save_bytes (w->archive, zip);
  g_assert_true (extract (w, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_file_contents (w->dest, "d/a.txt", "a", 0644);
}

/* Sizes */

static void
test_refuse_too_many_entries (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree RawEntry *e = g_new0 (RawEntry, 25000);

  for (guint i = 0; i < 25000; i++)
    {
      char *name = g_strdup_printf ("f%05u.txt", i);

      g_ptr_array_add (names, name);
      e[i].name = name;
    }

  /* The 20,001st entry is the one refused. */
  assert_raw_refused (e, 25000, DOJO_ARCHIVE_ERROR_TOO_LARGE, "“f20000.txt”");
}

static void
test_refuse_zip_bomb (void)
{
  g_autoptr(Work) w = work_new ();
  const LaEntry e[] = {
    { "manifest.json", "{}" },
    { "zeros.bin", NULL, 70 * MiB },
  };

  /* 70 MiB of zeros deflate to ~70 KiB: the 100:1 ratio trips after a few
   * MiB, long before the 64 MiB file limit would. */
  la_zip (w->archive, e, G_N_ELEMENTS (e));
  assert_refused (w, DOJO_ARCHIVE_ERROR_ZIP_BOMB, "“zeros.bin”");
}

static void
test_refuse_large_file (void)
{
  g_autoptr(Work) w = work_new ();
  gsize len = 65 * MiB;
  g_autofree guint8 *zeros = g_malloc0 (len);
  RawEntry e[] = { { .name = "big.bin", .data = zeros, .len = len } };
  g_autoptr(GBytes) zip = raw_zip (e, 1);

  /* Stored, so the ratio is 1:1: only the size limit can catch it. */
  save_bytes (w->archive, zip);
  assert_refused (w, DOJO_ARCHIVE_ERROR_TOO_LARGE, "“big.bin”");
}

static void
test_refuse_total_size (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree guint8 *data = g_malloc0 (3 * MiB);
  RawEntry e[] = {
    { .name = "a.bin", .data = data, .len = 3 * MiB },
    { .name = "b.bin", .data = data, .len = 3 * MiB },
    { .name = "c.bin", .data = data, .len = 3 * MiB },
  };
  g_autoptr(GBytes) zip = raw_zip (e, G_N_ELEMENTS (e));
  DojoArchiveLimits limits;

  _dojo_archive_limits_init (&limits);
  limits.max_total_bytes = 8 * MiB;
  save_bytes (w->archive, zip);
  assert_refused_with_limits (w, &limits, DOJO_ARCHIVE_ERROR_TOO_LARGE, "“c.bin”");
}

static void
test_refuse_lying_header (void)
{
  g_autoptr(Work) w = work_new ();
  gsize len = 10 * MiB;
  g_autofree guint8 *data = g_malloc (len);
  RawEntry e[] = {
    { .name = "liar.bin", .data = NULL, .len = 0, .lie = TRUE,
      .claimed_compressed = 10 * MiB, .claimed_size = 1 },
  };
  g_autoptr(GBytes) zip = NULL;
  DojoArchiveLimits limits;

  for (gsize i = 0; i < len; i++)
    data[i] = (guint8)g_random_int ();
  e[0].data = data;
  e[0].len = len;
  zip = raw_zip (e, 1);
  save_bytes (w->archive, zip);

  /* The header says 1 byte; 10 MiB come out: a damaged pack. */
  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, "“liar.bin”");

  /* With a 4 MiB file limit, the bytes really read are what is counted. */
  _dojo_archive_limits_init (&limits);
  limits.max_file_bytes = 4 * MiB;
  assert_refused_with_limits (w, &limits, DOJO_ARCHIVE_ERROR_TOO_LARGE, "“liar.bin”");
}

/* Not zips */

static void
test_refuse_not_a_zip (void)
{
  g_autoptr(Work) w = work_new ();
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) tar = NULL;
  g_autoptr(GError) error = NULL;

  save_bytes (w->archive, png_bytes);
  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                  "This file is not a Dojo course pack (.dojopack)");

  g_assert_true (g_file_set_contents (w->archive, "", 0, NULL));
  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,
                  "This file is not a Dojo course pack (.dojopack)");

  g_assert_true (g_file_set_contents (w->archive, "PK\x05\x06", 4, NULL));
  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, NULL);
}

static void
test_refuse_empty_zip (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GBytes) zip = raw_zip (NULL, 0);

  save_bytes (w->archive, zip);
  /* libarchive does not even recognise a zip without entries */
  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, "not a Dojo course pack");
}

static void
test_refuse_tar (void)
{
  g_autoptr(Work) w = work_new ();
  struct archive *a = archive_write_new ();
  struct archive_entry *e = archive_entry_new ();

  archive_write_set_format_pax_restricted (a);
  g_assert_cmpint (archive_write_open_filename (a, w->archive), ==, ARCHIVE_OK);
  archive_entry_set_pathname (e, "manifest.json");
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_perm (e, 0644);
  archive_entry_set_size (e, 2);
  g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (a, "{}", 2), ==, 2);
  archive_entry_free (e);
  archive_write_close (a);
  archive_write_free (a);

  assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, "not a Dojo course pack");
}

static void
test_refuse_truncated (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *good = NULL;
  gsize len = 0;
  gsize cuts[3];

  la_zip (w->archive, good_pack, G_N_ELEMENTS (good_pack));
  g_assert_true (g_file_get_contents (w->archive, &good, &len, NULL));
  cuts[0] = len / 2;   /* in the middle of the entries */
  cuts[1] = len - 30;  /* in the central directory */
  cuts[2] = len - 10;  /* in its end record */

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_assert_true (g_file_set_contents (w->archive, good, cuts[i], NULL));
      assert_refused (w, DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE, "not a Dojo course pack");
    }
}

static void
test_refuse_encrypted (void)
{
  RawEntry e[] = { { .name = "secret.txt", .data = (const guint8 *)"xxxxxxxxxxxxxxxx",
                     .len = 16, .flags = 1 } };

  assert_raw_refused (e, 1, DOJO_ARCHIVE_ERROR_ENCRYPTED, "“secret.txt”");
}

/* Cancellation */

typedef struct
{
  Work         *w;
  GCancellable *cancellable;
  gboolean      saw_partial;
} CancelData;

static void
cancel_after_three (guint    n_entries,
                    gpointer user_data)
{
  CancelData *data = user_data;

  if (n_entries == 3)
    {
      g_autofree char *listing = snapshot (data->w->parent);

      /* Half-way: files are in the temporary folder, not in the destination. */
      data->saw_partial = strstr (listing, "pack.partial-") != NULL &&
                          strstr (listing, "/f2.txt") != NULL;
      g_assert_false (g_file_test (data->w->dest, G_FILE_TEST_EXISTS));
      g_cancellable_cancel (data->cancellable);
    }
}

static void
test_cancel_midway (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RawEntry e[10];
  char names[10][16];
  g_autoptr(GBytes) zip = NULL;
  DojoArchiveLimits limits;
  CancelData data = { w, cancellable, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (e); i++)
    {
      g_snprintf (names[i], sizeof names[i], "d/f%u.txt", i);
      e[i] = (RawEntry) FILE_ENTRY (names[i], "data");
    }
  zip = raw_zip (e, G_N_ELEMENTS (e));
  save_bytes (w->archive, zip);
  before = snapshot (w->dir);

  _dojo_archive_limits_init (&limits);
  limits.entry_done = cancel_after_three;
  limits.entry_done_data = &data;

  g_assert_false (extract (w, &limits, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (data.saw_partial);
  g_assert_false (g_file_test (w->dest, G_FILE_TEST_EXISTS));
  after = snapshot (w->dir);
  g_assert_cmpstr (after, ==, before);
}

static void
test_cancel_before (void)
{
  g_autoptr(Work) w = work_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  la_zip (w->archive, good_pack, G_N_ELEMENTS (good_pack));
  before = snapshot (w->dir);
  g_cancellable_cancel (cancellable);
  g_assert_false (extract (w, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = snapshot (w->dir);
  g_assert_cmpstr (after, ==, before);
}

/* Writing */

static void
make_tree (const char *root,
           gboolean    reverse)
{
  static const char *files[][2] = {
    { "manifest.json", "{\"id\": \"basics\"}\n" },
    { "lessons/01-hello/lesson.md", "# Hello\n" },
    { "lessons/02-\xc3\x9c" "bung/lesson.md", "# \xc3\x9c" "bung\n" },
    { "exercises/01/starter.py", "print('hi')\n" },
    { "exercises/01/empty.py", "" },
    { "a.txt", "a" },
    { "a/b.txt", "b" },
  };
  g_autofree char *empty_dir = g_build_filename (root, "assets", "empty", NULL);

  for (guint k = 0; k < G_N_ELEMENTS (files); k++)
    {
      guint i = reverse ? G_N_ELEMENTS (files) - 1 - k : k;
      g_autofree char *path = g_build_filename (root, files[i][0], NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_assert_true (g_file_set_contents (path, files[i][1], -1, NULL));
    }

  g_assert_cmpint (g_mkdir_with_parents (empty_dir, 0755), ==, 0);
}

static GBytes *
write_pack (const char            *dir,
            const char            *output,
            DojoArchiveFilterFunc  filter,
            gpointer               user_data)
{
  g_autoptr(GFile) in = g_file_new_for_path (dir);
  g_autoptr(GFile) out = g_file_new_for_path (output);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (dojo_archive_write (in, out, filter, user_data, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (output, &contents, &len, NULL));

  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

static void
test_write_round_trip (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *src = g_build_filename (w->dir, "src", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) zip = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_autofree char *in_listing = NULL;
  g_autofree char *in_dir = g_path_get_dirname (w->archive);
  g_autofree char *expected = NULL;

  make_tree (src, FALSE);
  zip = write_pack (src, w->archive, NULL, NULL);
  g_assert_true (extract (w, NULL, NULL, &error));
  g_assert_no_error (error);

  want = snapshot (src);
  got = snapshot (w->dest);
  g_assert_cmpstr (got, ==, want);
  assert_file_contents (w->dest, "lessons/02-\xc3\x9c" "bung/lesson.md",
                        "# \xc3\x9c" "bung\n", 0644);
  assert_file_contents (w->dest, "a/b.txt", "b", 0644);

  /* Nothing but the pack next to it: no .tmp file left. */
  in_listing = snapshot (in_dir);
  expected = g_strdup_printf ("pack.dojopack 100644 %" G_GSIZE_FORMAT, g_bytes_get_size (zip));
  g_assert_cmpstr (in_listing, ==, expected);
}

static gboolean
leave_out_git_and_pyc (const char *path,
                       gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
  return strcmp (path, ".git") != 0 && !g_str_has_suffix (path, ".pyc");
}

static void
test_write_filter (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *src = g_build_filename (w->dir, "src", NULL);
  g_autofree char *git = g_build_filename (src, ".git", "objects", NULL);
  g_autofree char *git_file = g_build_filename (git, "x", NULL);
  g_autofree char *pyc = g_build_filename (src, "exercises", "01", "starter.pyc", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GBytes) zip = NULL;
  g_autoptr(GError) error = NULL;
  guint calls = 0;

  make_tree (src, FALSE);
  g_assert_cmpint (g_mkdir_with_parents (git, 0755), ==, 0);
  g_assert_true (g_file_set_contents (git_file, "x", -1, NULL));
  g_assert_true (g_file_set_contents (pyc, "x", -1, NULL));

  zip = write_pack (src, w->archive, leave_out_git_and_pyc, &calls);
  g_assert_cmpuint (calls, >, 0);
  g_assert_true (extract (w, NULL, NULL, &error));
  g_assert_no_error (error);

  kept = g_build_filename (w->dest, "exercises", "01", "starter.py", NULL);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&kept, g_free);
  kept = g_build_filename (w->dest, ".git", NULL);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_clear_pointer (&kept, g_free);
  kept = g_build_filename (w->dest, "exercises", "01", "starter.pyc", NULL);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
}

static void
test_write_reproducible (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *src = g_build_filename (w->dir, "src", NULL);
  g_autofree char *src2 = g_build_filename (w->dir, "src2", NULL);
  g_autofree char *out = g_build_filename (w->dir, "out.dojopack", NULL);
  g_autofree char *touched = g_build_filename (src, "manifest.json", NULL);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) other_order = NULL;
  g_autoptr(GBytes) other_zone = NULL;
  g_autoptr(GBytes) dated = NULL;
  g_autoptr(GBytes) dated_again = NULL;
  struct timespec times[2] = { { 1234567890, 0 }, { 1234567890, 0 } };
  const guint8 *data;
  gsize len;

  make_tree (src, FALSE);
  make_tree (src2, TRUE);

  first = write_pack (src, out, NULL, NULL);

  /* New mtimes and modes on the sources change nothing. */
  g_assert_cmpint (utimensat (AT_FDCWD, touched, times, 0), ==, 0);
  g_assert_cmpint (g_chmod (touched, 0755), ==, 0);
  second = write_pack (src, out, NULL, NULL);
  g_assert_true (g_bytes_equal (first, second));

  /* Nor does the order the files were made in. */
  other_order = write_pack (src2, out, NULL, NULL);
  g_assert_true (g_bytes_equal (first, other_order));

  /* Nor the time zone of the machine. */
  g_setenv ("TZ", "Pacific/Kiritimati", TRUE);
  tzset ();
  other_zone = write_pack (src, out, NULL, NULL);
  g_unsetenv ("TZ");
  tzset ();
  g_assert_true (g_bytes_equal (first, other_zone));

  /* The first local header: 1980-01-01 00:00, no extra fields. */
  data = g_bytes_get_data (first, &len);
  g_assert_cmpuint (len, >, 30);
  g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
  g_assert_cmpuint (data[10] | data[11] << 8, ==, 0);
  g_assert_cmpuint (data[12] | data[13] << 8, ==, (1 << 5) | 1);
  g_assert_cmpuint (data[28] | data[29] << 8, ==, 0);
  /* sorted: "a.txt" < "a/" < "a/b.txt" < "assets/" ... */
  g_assert_cmpmem (data + 30, 5, "a.txt", 5);

  /* SOURCE_DATE_EPOCH sets the one time in the pack. */
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);  /* 2023-11-14 22:13:20 UTC */
  dated = write_pack (src, out, NULL, NULL);
  dated_again = write_pack (src2, out, NULL, NULL);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_false (g_bytes_equal (first, dated));
  g_assert_true (g_bytes_equal (dated, dated_again));
  data = g_bytes_get_data (dated, &len);
  g_assert_cmpuint (data[10] | data[11] << 8, ==, (22 << 11) | (13 << 5) | 10);
  g_assert_cmpuint (data[12] | data[13] << 8, ==, (43 << 9) | (11 << 5) | 14);
}

static void
test_write_refuses_links (void)
{
  g_autoptr(Work) w = work_new ();
  g_autofree char *src = g_build_filename (w->dir, "src", NULL);
  g_autofree char *link = g_build_filename (src, "lessons", "passwd", NULL);
  g_autofree char *fifo = g_build_filename (src, "pipe", NULL);
  g_autofree char *upper = g_build_filename (src, "A.txt", NULL);
  g_autofree char *backslash = g_build_filename (src, "a\\b.txt", NULL);
  g_autoptr(GFile) in = g_file_new_for_path (src);
  g_autoptr(GFile) out = g_file_new_for_path (w->archive);
  g_autoptr(GError) error = NULL;
  g_autofree char *in_dir = g_path_get_dirname (w->archive);
  g_autofree char *listing = NULL;

  make_tree (src, FALSE);
  g_assert_cmpint (symlink ("/etc/passwd", link), ==, 0);

  g_assert_false (dojo_archive_write (in, out, NULL, NULL, &error));
  g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_LINK);
  g_assert_nonnull (strstr (error->message, "“lessons/passwd”"));
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (link), ==, 0);

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (dojo_archive_write (in, out, NULL, NULL, &error));
  g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_SPECIAL_FILE);
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (fifo), ==, 0);

  /* A backslash in a name would become a folder separator on install. */
  g_assert_true (g_file_set_contents (backslash, "x", -1, NULL));
  g_assert_false (dojo_archive_write (in, out, NULL, NULL, &error));
  g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_UNSAFE_PATH);
  g_assert_nonnull (strstr (error->message, "“a\\b.txt”"));
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (backslash), ==, 0);

  /* "A.txt" next to "a.txt" would be refused on install: refuse it now. */
  g_assert_true (g_file_set_contents (upper, "A", -1, NULL));
  g_assert_false (dojo_archive_write (in, out, NULL, NULL, &error));
  g_assert_error (error, DOJO_ARCHIVE_ERROR, DOJO_ARCHIVE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* No output and no temporary file left behind. */
  listing = snapshot (in_dir);
  g_assert_cmpstr (listing, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  /* As the application does: names in packs are UTF-8 either way. */
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/archive/extract/good", test_extract_good);
  g_test_add_func ("/archive/extract/destination-exists", test_extract_destination_exists);
  g_test_add_func ("/archive/extract/folder-entry-after-files", test_folder_entry_after_its_files);
  g_test_add_func ("/archive/extract/refuse/dotdot", test_refuse_dotdot);
  g_test_add_func ("/archive/extract/refuse/dotdot-nested", test_refuse_dotdot_nested);
  g_test_add_func ("/archive/extract/refuse/absolute", test_refuse_absolute);
  g_test_add_func ("/archive/extract/refuse/backslash", test_refuse_backslash);
  g_test_add_func ("/archive/extract/refuse/odd-names", test_refuse_odd_names);
  g_test_add_func ("/archive/extract/refuse/symlink", test_refuse_symlink);
  g_test_add_func ("/archive/extract/refuse/symlink-then-file", test_refuse_symlink_then_file);
  g_test_add_func ("/archive/extract/refuse/special-files", test_refuse_special_files);
  g_test_add_func ("/archive/extract/fifo-is-plain-file", test_fifo_is_plain_file);
  g_test_add_func ("/archive/extract/hard-link-is-plain-file", test_hard_link_is_plain_file);
  g_test_add_func ("/archive/extract/refuse/duplicates", test_refuse_duplicates);
  g_test_add_func ("/archive/extract/refuse/too-many-entries", test_refuse_too_many_entries);
  g_test_add_func ("/archive/extract/refuse/zip-bomb", test_refuse_zip_bomb);
  g_test_add_func ("/archive/extract/refuse/large-file", test_refuse_large_file);
  g_test_add_func ("/archive/extract/refuse/total-size", test_refuse_total_size);
  g_test_add_func ("/archive/extract/refuse/lying-header", test_refuse_lying_header);
  g_test_add_func ("/archive/extract/refuse/not-a-zip", test_refuse_not_a_zip);
  g_test_add_func ("/archive/extract/refuse/empty-zip", test_refuse_empty_zip);
  g_test_add_func ("/archive/extract/refuse/tar", test_refuse_tar);
  g_test_add_func ("/archive/extract/refuse/truncated", test_refuse_truncated);
  g_test_add_func ("/archive/extract/refuse/encrypted", test_refuse_encrypted);
  g_test_add_func ("/archive/extract/cancel-midway", test_cancel_midway);
  g_test_add_func ("/archive/extract/cancel-before", test_cancel_before);
  g_test_add_func ("/archive/write/round-trip", test_write_round_trip);
  g_test_add_func ("/archive/write/filter", test_write_filter);
  g_test_add_func ("/archive/write/reproducible", test_write_reproducible);
  g_test_add_func ("/archive/write/refuses-links", test_write_refuses_links);

  return g_test_run ();
}
