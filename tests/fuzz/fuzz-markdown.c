/* fuzz-markdown.c: a lesson's Markdown, rendered into a GtkTextBuffer
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display is needed: a GtkTextBuffer, its tags and GtkSourceView's
 * highlighting work without gtk_init(), and the renderer measures text with
 * a Pango context of its own (GtkSettings is NULL without a display, so the
 * renderer's default font, "Sans 11", is used). Images are looked up in an empty temporary
 * folder (base_dir), so that their paths go through the same checks.
 */

#include "config.h"

#include <string.h>

#include "dojo-markdown.h"
#include "dojo-project-link.h"
#include "fuzz-common.h"

static GFile *base_dir;
static GtkSourceBuffer *keep_python;

static void
free_base_dir (void)
{
  g_clear_object (&base_dir);
  g_clear_object (&keep_python);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  base_dir = g_file_new_for_path (fuzz_make_pack ("lesson", "lesson.md"));
  /* A 1×1 grey PNG, for ![alt](images/dot.png). */
  fuzz_write (g_file_peek_path (base_dir), "images/dot.png",
              "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
              "\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b"
              "\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\x68\x00\x00\x00"
              "\x82\x00\x81\x77\xcd\x72\xb6\x00\x00\x00\x00\x49\x45\x4e\x44\xae"
              "\x42\x60\x82", 67);
  /* GtkSourceView parses a language's definition again once no buffer
   * uses it; without this every input would pay for parsing python3.lang
   * (with RelaxNG validation), 20 ms under ASan, instead of rendering. */
  keep_python = gtk_source_buffer_new_with_language (
    gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                              "python3"));
  atexit (free_base_dir);
  return 0;
}

/* The window opens what a project: link names under the project's folder:
 * whatever the lesson says, that is a plain path inside it. */
static void
assert_inside_project (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  g_assert_true (g_utf8_validate (path, -1, NULL));
  g_assert_null (strchr (path, '\\'));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_assert_cmpstr (parts[i], !=, "");
      g_assert_cmpstr (parts[i], !=, ".");
      g_assert_cmpstr (parts[i], !=, "..");
    }
}

/* What lies after the text in memory is not the renderer's to read; make it
 * the worst bytes for md4c (")" closes a link) rather than whatever libFuzzer
 * left there, so that a read past the end shows, every time. */
#define TAIL 64

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = g_malloc (size + TAIL);
  GtkTextIter iter;

  memcpy (markdown, data, size);
  memset (markdown + size, ')', TAIL);

  if (!dojo_markdown_render (buffer, markdown, size, base_dir, NULL, &error))
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);

  /* Bullets, numbers and "[image]" add a little; text from outside the
   * input adds a lot. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), <=, 8 * (gint64)size + 64);

  /* What a click on the text asks for: the link under the pointer, and
   * for a project: link, the file the window opens. */
  for (gtk_text_buffer_get_start_iter (buffer, &iter);
       !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_to_tag_toggle (&iter, NULL))
    {
      const char *href = dojo_markdown_get_link_at_iter (&iter);
      g_autofree char *path = NULL;
      guint line;

      if (href != NULL && dojo_project_link_parse (href, &path, &line))
        assert_inside_project (path);
    }

  return 0;
}
