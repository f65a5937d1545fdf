/* test-markdown.c: lessons rendered from Markdown, and the lesson pane
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "dojo-lesson-view.h"
#include "dojo-markdown.h"
#include "dojo-source-util.h"
#include "dojo-test-files.h"
#include "dojo-test-git.h"

/* Where GtkSourceView looks for style schemes, before the test's own
 * folders hide the system's and before Dojo points it at its links. */
static char **system_style_dirs;

static GtkSourceStyleScheme *
light_scheme (void)
{
  GtkSourceStyleScheme *scheme;

  /* As Dojo does: its schemes, before any is asked for. */
  dojo_source_util_init ();
  scheme = gtk_source_style_scheme_manager_get_scheme (gtk_source_style_scheme_manager_get_default (),
                                                       "Adwaita");
  g_assert_nonnull (scheme);
  return scheme;
}

static GtkTextBuffer *
render_in (const char *markdown,
           GFile      *base_dir)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_markdown_render (buffer, markdown, -1, base_dir, light_scheme (), &error));
  g_assert_no_error (error);

  return buffer;
}

static GtkTextBuffer *
render (const char *markdown)
{
  return render_in (markdown, NULL);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* Finds the @nth occurrence of @needle; the test fails if there is none. */
static GtkTextIter
find_nth (GtkTextBuffer *buffer,
          const char    *needle,
          guint          nth)
{
  GtkTextIter iter, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  for (guint i = 0; i <= nth; i++)
    {
      if (!gtk_text_iter_forward_search (&iter, needle, 0, &match_start, &match_end, NULL))
        {
          g_autofree char *text = buffer_text (buffer);

          g_error ("“%s” (#%u) not found in:\n%s", needle, nth, text);
        }
      iter = match_end;
    }

  return match_start;
}

static GtkTextIter
find (GtkTextBuffer *buffer,
      const char    *needle)
{
  return find_nth (buffer, needle, 0);
}

static gboolean
has_tag (const GtkTextIter *iter,
         const char        *name)
{
  GtkTextBuffer *buffer = gtk_text_iter_get_buffer (iter);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);

  return tag != NULL && gtk_text_iter_has_tag (iter, tag);
}

static gboolean
line_starts_with (GtkTextIter  iter,
                  const char  *prefix)
{
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_iter_set_line_offset (&iter, 0);
  end = iter;
  gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_iter_get_text (&iter, &end);

  return g_str_has_prefix (text, prefix);
}

/* The foreground colour the highest-priority tag sets at @iter, as "#rrggbb",
 * or NULL when the text keeps the view's colour.
 */
static char *
foreground_at (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);
  char *colour = NULL;

  for (const GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean set = FALSE;
      GdkRGBA *rgba = NULL;

      g_object_get (l->data, "foreground-set", &set, "foreground-rgba", &rgba, NULL);
      if (set && rgba != NULL)
        {
          g_free (colour);
          colour = gdk_rgba_to_string (rgba);
        }
      g_clear_pointer (&rgba, gdk_rgba_free);
    }

  return colour;
}

static int
weight_at (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);
  int weight = PANGO_WEIGHT_NORMAL;

  for (const GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean set = FALSE;
      int w = 0;

      g_object_get (l->data, "weight-set", &set, "weight", &w, NULL);
      if (set)
        weight = w;
    }

  return weight;
}

static void
test_heading_and_paragraph (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("# Loops\n\nA loop repeats.\n\n### Small\n");
  GtkTextIter title = find (buffer, "Loops");
  GtkTextIter body = find (buffer, "repeats");
  GtkTextIter small = find (buffer, "Small");

  g_assert_true (has_tag (&title, "h1"));
  g_assert_false (has_tag (&title, "paragraph"));
  g_assert_true (has_tag (&body, "paragraph"));
  g_assert_false (has_tag (&body, "h1"));
  g_assert_true (has_tag (&small, "h3"));
  g_assert_false (has_tag (&small, "h1"));
  g_assert_cmpint (weight_at (&title), >=, PANGO_WEIGHT_BOLD);
  g_assert_cmpint (weight_at (&body), ==, PANGO_WEIGHT_NORMAL);
  /* no Markdown syntax shows */
  g_assert_false (line_starts_with (title, "#"));
}

static void
test_inline_spans (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("Say *soft* and **loud** with `code` plainly.\n");
  GtkTextIter em = find (buffer, "soft");
  GtkTextIter strong = find (buffer, "loud");
  GtkTextIter code = find (buffer, "code");
  GtkTextIter plain = find (buffer, "plainly");
  g_autofree char *text = buffer_text (buffer);

  g_assert_true (has_tag (&em, "em"));
  g_assert_false (has_tag (&em, "strong"));
  g_assert_true (has_tag (&strong, "strong"));
  g_assert_false (has_tag (&strong, "em"));
  g_assert_true (has_tag (&code, "code"));
  g_assert_false (has_tag (&plain, "em"));
  g_assert_false (has_tag (&plain, "strong"));
  g_assert_false (has_tag (&plain, "code"));
  g_assert_null (strchr (text, '*'));
  g_assert_null (strchr (text, '`'));
}

/* Pango hyphenates a word it breaks; in code that "-" would be a character
 * the learner does not type, and a narrow lesson pane breaks long names. */
static gboolean
hyphenates (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);
  gboolean hyphens = TRUE;

  /* Tags are listed lowest priority first: the last one that sets it wins. */
  for (const GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean set = FALSE;
      gboolean value = TRUE;

      g_object_get (l->data, "insert-hyphens-set", &set, "insert-hyphens", &value, NULL);
      if (set)
        hyphens = value;
    }

  return hyphens;
}

static void
test_code_never_hyphenated (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("Call `fetch_temperature_in_celsius()` first.\n\n"
            "```python\nreturn fetch_temperature_in_celsius(city) < 10\n```\n");
  GtkTextIter inline_code = find (buffer, "fetch_temperature_in_celsius()");
  GtkTextIter block_code = find_nth (buffer, "fetch_temperature_in_celsius", 1);
  GtkTextIter prose = find (buffer, "Call");

  g_assert_true (has_tag (&block_code, "code-block"));
  g_assert_false (hyphenates (&inline_code));
  g_assert_false (hyphenates (&block_code));
  g_assert_true (hyphenates (&prose));
}

static void
test_python_highlighted (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("Before.\n\n```python\ndef greet(name):\n    value = name\n```\n\n"
            "```text\ndef not_code():\n```\n\n```\ndef bare():\n```\n");
  GtkTextIter def = find (buffer, "def");
  GtkTextIter plain = find (buffer, "value");
  GtkTextIter text_def = find_nth (buffer, "def", 1);
  GtkTextIter bare_def = find_nth (buffer, "def", 2);
  GtkTextIter before = find (buffer, "Before");
  g_autofree char *def_colour = foreground_at (&def);
  g_autofree char *plain_colour = foreground_at (&plain);
  g_autofree char *text_colour = foreground_at (&text_def);
  g_autofree char *bare_colour = foreground_at (&bare_def);
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (&def);
  gboolean has_hl = FALSE;

  for (const GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      has_hl |= name != NULL && g_str_has_prefix (name, "hl:");
    }

  g_assert_true (has_hl);
  g_assert_true (has_tag (&def, "code-block"));
  g_assert_false (has_tag (&before, "code-block"));
  g_assert_nonnull (def_colour);
  g_assert_cmpstr (def_colour, !=, plain_colour);
  /* "text" blocks stay plain; a block without an info string is Python */
  g_assert_true (has_tag (&text_def, "code-block"));
  g_assert_null (text_colour);
  g_assert_cmpstr (bare_colour, ==, def_colour);

  /* rendering again into the same buffer highlights again */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *again_colour = NULL;
    GtkTextIter again;

    g_assert_true (dojo_markdown_render (buffer, "Text\n\n```py\nwhile def_ok:\n    pass\n```\n",
                                         -1, NULL, light_scheme (), &error));
    g_assert_no_error (error);
    again = find (buffer, "while");
    again_colour = foreground_at (&again);
    g_assert_nonnull (again_colour);
    again = find (buffer, "def_ok");
    g_clear_pointer (&again_colour, g_free);
    again_colour = foreground_at (&again);
    g_assert_null (again_colour);
  }
}

/* Lessons mark a block that shows a mistake on purpose with a word after the
 * language (```python wrong, docs/pack-format.md): it is still Python, and the
 * mark is not shown. */
static void
test_python_marked_wrong (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("```python wrong\nwhile broken(:\n```\n\n```python\nwhile fine:\n```\n");
  g_autofree char *text = buffer_text (buffer);
  GtkTextIter wrong_while = find (buffer, "while");
  GtkTextIter fine_while = find_nth (buffer, "while", 1);
  g_autofree char *wrong_colour = foreground_at (&wrong_while);
  g_autofree char *fine_colour = foreground_at (&fine_while);

  g_assert_true (has_tag (&wrong_while, "code-block"));
  g_assert_nonnull (wrong_colour);
  g_assert_cmpstr (wrong_colour, ==, fine_colour);
  g_assert_null (strstr (text, "wrong"));
}

static void
test_lists (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("- one\n- two\n  - nested\n\n3. three\n4. four\n");
  GtkTextIter one = find (buffer, "one");
  GtkTextIter nested = find (buffer, "nested");
  GtkTextIter three = find (buffer, "three");
  GtkTextIter four = find (buffer, "four");

  g_assert_true (line_starts_with (one, "•\tone"));
  g_assert_true (has_tag (&one, "list-item"));
  g_assert_true (line_starts_with (nested, "◦\tnested"));
  g_assert_true (has_tag (&nested, "list-item"));
  g_assert_true (line_starts_with (three, "3.\tthree"));
  g_assert_true (line_starts_with (four, "4.\tfour"));
  g_assert_true (has_tag (&four, "list-item"));
}

static void
test_link (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("See [the docs](https://docs.python.org/3/?a=1&amp;b=2) or [home](https://example.org/).\n");
  GtkTextIter link = find (buffer, "docs");
  GtkTextIter other = find (buffer, "home");
  GtkTextIter see = find (buffer, "See");

  g_assert_true (has_tag (&link, "link"));
  g_assert_cmpstr (dojo_markdown_get_link_at_iter (&link), ==, "https://docs.python.org/3/?a=1&b=2");
  g_assert_cmpstr (dojo_markdown_get_link_at_iter (&other), ==, "https://example.org/");
  g_assert_false (has_tag (&see, "link"));
  g_assert_null (dojo_markdown_get_link_at_iter (&see));
}

/* The window opens project: links in the editor (DojoLessonView::activate-link):
 * they must come out as links, with their target as written. */
static void
test_project_link (void)
{
  static const struct {
    const char *text;
    const char *href;
  } links[] = {
    { "storage.py", "project:storage.py" },
    { "line 12", "project:tasks.py#L12" },
    { "notes", "project:my%20notes.txt" },
  };
  g_autoptr(GtkTextBuffer) buffer =
    render ("Open [storage.py](project:storage.py), then "
            "[line 12 of tasks.py](project:tasks.py#L12) and [notes](project:my%20notes.txt).\n");
  GtkTextIter open = find (buffer, "Open");

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      GtkTextIter iter = find (buffer, links[i].text);

      g_assert_true (has_tag (&iter, "link"));
      g_assert_cmpstr (dojo_markdown_get_link_at_iter (&iter), ==, links[i].href);
    }
  g_assert_null (dojo_markdown_get_link_at_iter (&open));
}

static void
test_blockquote (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("Text.\n\n> Tip: save often.\n\nAfter.\n");
  GtkTextIter tip = find (buffer, "save often");
  GtkTextIter after = find (buffer, "After");

  g_assert_true (has_tag (&tip, "blockquote"));
  g_assert_false (has_tag (&after, "blockquote"));
  g_assert_false (line_starts_with (tip, ">"));
}

static void
test_rule (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("Above\n\n---\n\nBelow\n");
  GtkTextIter above = find (buffer, "Above");
  GtkTextIter below = find (buffer, "Below");
  GtkTextIter iter = above;
  gboolean found = FALSE;
  g_autofree char *text = buffer_text (buffer);

  g_assert_null (strstr (text, "---"));
  g_assert_false (has_tag (&above, "hr"));
  g_assert_false (has_tag (&below, "hr"));
  while (gtk_text_iter_compare (&iter, &below) < 0 && !found)
    {
      found = has_tag (&iter, "hr");
      gtk_text_iter_forward_char (&iter);
    }
  g_assert_true (found);
}

static void
test_table (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("| Key | What it does |\n|-----|------|\n| F5 | Run |\n| Ctrl+S | Save |\n");
  GtkTextIter key = find (buffer, "Key");
  GtkTextIter f5 = find (buffer, "F5");
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (&f5);
  PangoTabArray *tabs = NULL;

  g_assert_true (has_tag (&key, "table-header"));
  g_assert_cmpint (weight_at (&key), >=, PANGO_WEIGHT_BOLD);
  g_assert_true (line_starts_with (key, "Key\tWhat it does"));
  g_assert_true (has_tag (&f5, "table-row"));
  g_assert_true (has_tag (&f5, "table"));
  g_assert_false (has_tag (&f5, "table-header"));
  g_assert_cmpint (weight_at (&f5), ==, PANGO_WEIGHT_NORMAL);
  g_assert_true (line_starts_with (f5, "F5\tRun"));

  /* the columns line up on measured tab stops, wider than the widest cell */
  for (const GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean set = FALSE;

      g_object_get (l->data, "tabs-set", &set, NULL);
      if (set)
        {
          g_clear_pointer (&tabs, pango_tab_array_free);
          g_object_get (l->data, "tabs", &tabs, NULL);
        }
    }
  g_assert_nonnull (tabs);
  g_assert_cmpint (pango_tab_array_get_size (tabs), ==, 2);
  {
    int first, second;

    pango_tab_array_get_tab (tabs, 0, NULL, &first);
    pango_tab_array_get_tab (tabs, 1, NULL, &second);
    g_assert_true (pango_tab_array_get_positions_in_pixels (tabs));
    g_assert_cmpint (first, >, 20);
    g_assert_cmpint (second, >, first + 40);
  }
  pango_tab_array_free (tabs);
}

static void
test_raw_html_is_text (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("Here <b>x</b> is.\n\n<script>alert(1)</script>\n");
  g_autofree char *text = buffer_text (buffer);
  GtkTextIter x = find (buffer, "x</b>");

  g_assert_nonnull (strstr (text, "<b>x</b>"));
  g_assert_nonnull (strstr (text, "<script>alert(1)</script>"));
  g_assert_false (has_tag (&x, "strong"));
  g_assert_cmpint (weight_at (&x), ==, PANGO_WEIGHT_NORMAL);
}

static void
test_entities_and_breaks (void)
{
  g_autoptr(GtkTextBuffer) buffer =
    render ("a &amp; b &copy; &#x1F600; &#0; &bogus;\nsoft  \nhard\n");
  g_autofree char *text = buffer_text (buffer);

  g_assert_nonnull (strstr (text, "a & b © 😀 \xef\xbf\xbd &bogus; soft\xe2\x80\xa8hard"));
}

static gboolean
buffer_has_paintable (GtkTextBuffer *buffer)
{
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      if (gtk_text_iter_get_paintable (&iter) != NULL)
        return TRUE;
    }
  while (gtk_text_iter_forward_char (&iter));

  return FALSE;
}

static void
write_png (const char *path)
{
  static const guchar pixels[] = { 255, 0, 0, 255, 0, 255, 0, 255,
                                   0, 0, 255, 255, 255, 255, 255, 255 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (pixels, sizeof pixels);
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (2, 2, GDK_MEMORY_R8G8B8A8, bytes, 8);

  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_images_stay_inside (void)
{
  g_autofree char *root = g_dir_make_tmp ("dojo-md-XXXXXX", NULL);
  g_autofree char *lesson = g_build_filename (root, "lesson", NULL);
  g_autofree char *inside = g_build_filename (lesson, "pic.png", NULL);
  g_autofree char *outside = g_build_filename (root, "secret.png", NULL);
  g_autofree char *link = g_build_filename (lesson, "link.png", NULL);
  g_autofree char *md = NULL;
  g_autoptr(GFile) base_dir = g_file_new_for_path (lesson);
  g_autoptr(GtkTextBuffer) good = NULL;
  g_autoptr(GtkTextBuffer) bad = NULL;
  g_autofree char *good_text = NULL;

  g_assert_cmpint (g_mkdir (lesson, 0755), ==, 0);
  write_png (inside);
  write_png (outside);
  g_assert_cmpint (symlink (outside, link), ==, 0);

  good = render_in ("Look: ![a red dot](pic.png) done\n", base_dir);
  good_text = buffer_text (good);
  g_assert_true (buffer_has_paintable (good));
  g_assert_null (strstr (good_text, "a red dot"));

  md = g_strdup_printf ("![up](../secret.png) ![abs](%s) ![web](https://example.org/x.png) "
                        "![sym](link.png) ![gone](missing.png) ![esc](..%%2Fsecret.png)\n",
                        outside);
  bad = render_in (md, base_dir);
  g_assert_false (buffer_has_paintable (bad));
  for (guint i = 0; i < 6; i++)
    {
      static const char *alts[] = { "up", "abs", "web", "sym", "gone", "esc" };
      GtkTextIter alt = find (bad, alts[i]);

      g_assert_true (has_tag (&alt, "image-alt"));
    }

  /* without a folder nothing is loaded at all */
  {
    g_autoptr(GtkTextBuffer) none = render ("![a red dot](pic.png)\n");

    g_assert_false (buffer_has_paintable (none));
  }

  g_unlink (link);
  g_unlink (inside);
  g_unlink (outside);
  g_rmdir (lesson);
  g_rmdir (root);
}

static void
test_malformed_returns (void)
{
  g_autoptr(GString) lists = g_string_new (NULL);
  g_autoptr(GString) quotes = g_string_new (NULL);
  g_autoptr(GString) mixed = g_string_new (NULL);
  static const char *cases[] = {
    "```python\ndef open_forever(:\n    pass\n",
    "~~~\nnever closed",
    "| a | b |\n|---|\n| 1 |\n",
    "[[[[[[[[[[[[[[[[[[[[[[[[[x](((((((((((",
    "***___***___``` ` `` <<<>>>&&&&#;&#x;&#99999999999;",
    "",
  };

  for (guint i = 0; i < 1000; i++)
    {
      g_string_append (lists, "- ");
      g_string_append (quotes, "> ");
      g_string_append (mixed, i % 2 ? "> " : "1. ");
    }
  g_string_append (lists, "deep\n");
  g_string_append (quotes, "deep\n");
  g_string_append (mixed, "deep\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtkTextBuffer) buffer = render (cases[i]);

      g_assert_true (GTK_IS_TEXT_BUFFER (buffer));
    }

  {
    g_autoptr(GtkTextBuffer) a = render (lists->str);
    g_autoptr(GtkTextBuffer) b = render (quotes->str);
    g_autoptr(GtkTextBuffer) c = render (mixed->str);
    GtkTextIter deep = find (a, "deep");

    g_assert_true (has_tag (&deep, "list-item"));
    deep = find (b, "deep");
    g_assert_true (has_tag (&deep, "blockquote"));
    find (c, "deep");
  }
}

static void
test_random_utf8 (void)
{
  static const gunichar common[] = { '#', '*', '_', '`', '[', ']', '(', ')', '!', '|', '-',
                                     '>', '<', '&', ';', '\n', '\n', ' ', ' ', ' ', '\t',
                                     '1', '.', '~', '\\', 'a', 'b', 0xe9, 0x4e2d, 0x1f600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr(GString) doc = g_string_sized_new (2 * 1024 * 1024 + 8);
  g_autoptr(GtkTextBuffer) buffer = NULL;
  gint64 begin;

  while (doc->len < 2 * 1024 * 1024)
    {
      gunichar ch;

      if (g_rand_boolean (rand))
        ch = common[g_rand_int_range (rand, 0, G_N_ELEMENTS (common))];
      else
        do
          ch = g_rand_int_range (rand, 1, 0x110000);
        while (!g_unichar_validate (ch));

      g_string_append_unichar (doc, ch);
    }
  g_assert_true (g_utf8_validate (doc->str, doc->len, NULL));

  begin = g_get_monotonic_time ();
  buffer = render (doc->str);
  g_test_message ("2 MB of random text rendered in %.0f ms",
                  (g_get_monotonic_time () - begin) / 1000.0);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >, 100000);
}

static void
test_invalid_utf8_rejected (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("# Kept\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  static const char bad[] = "# Title\n\nCaf\xe9 au lait\n";
  static const char nul[] = "a\0b";

  g_assert_false (dojo_markdown_render (buffer, bad, -1, NULL, NULL, &error));
  g_assert_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_INVALID_UTF8);
  g_clear_error (&error);

  g_assert_false (dojo_markdown_render (buffer, nul, sizeof nul - 1, NULL, NULL, &error));
  g_assert_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_INVALID_UTF8);

  /* the buffer keeps the lesson it had */
  text = buffer_text (buffer);
  g_assert_nonnull (strstr (text, "Kept"));
}

static void
count_tag (GtkTextTag *tag,
           gpointer    user_data)
{
  (*(guint *)user_data)++;
}

static void
test_rerender_does_not_leak_tags (void)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  const char *md = "[a](https://a.example/) [b](https://b.example/)\n\n| x | y |\n|--|--|\n| 1 | 2 |\n";
  guint first = 0, again = 0;
  GtkTextIter b;

  g_assert_true (dojo_markdown_render (buffer, md, -1, NULL, NULL, NULL));
  gtk_text_tag_table_foreach (table, count_tag, &first);
  for (guint i = 0; i < 5; i++)
    g_assert_true (dojo_markdown_render (buffer, md, -1, NULL, NULL, NULL));
  gtk_text_tag_table_foreach (table, count_tag, &again);

  g_assert_cmpuint (first, ==, again);
  b = find (buffer, "b");
  g_assert_cmpstr (dojo_markdown_get_link_at_iter (&b), ==, "https://b.example/");
}

static gboolean
on_activate_link (DojoLessonView *view,
                  const char     *uri,
                  char          **out)
{
  g_free (*out);
  *out = g_strdup (uri);
  return TRUE;
}

static void
test_lesson_view_link (void)
{
  GtkWidget *window = gtk_window_new ();
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  g_autoptr(GError) error = NULL;
  g_autofree char *activated = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect (view, "activate-link", G_CALLBACK (on_activate_link), &activated);

  g_assert_true (dojo_lesson_view_set_markdown (view,
                                                "# Hi\n\nRead [the tutorial](https://docs.python.org/3/tutorial/) first.\n",
                                                -1, NULL, &error));
  g_assert_no_error (error);
  buffer = dojo_lesson_view_get_buffer (view);

  /* not on a link: nothing happens */
  iter = find (buffer, "Read");
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "lesson-view.open-link", NULL));
  g_assert_null (activated);

  iter = find (buffer, "tutorial");
  g_assert_true (has_tag (&iter, "link"));
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "lesson-view.open-link", NULL));
  g_assert_cmpstr (activated, ==, "https://docs.python.org/3/tutorial/");

  /* invalid text is refused and the lesson stays */
  g_assert_false (dojo_lesson_view_set_markdown (view, "\xff\xfe", 2, NULL, &error));
  g_assert_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_INVALID_UTF8);
  iter = find (buffer, "tutorial");
  g_assert_true (has_tag (&iter, "link"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_lesson_view_font_scale (void)
{
  GtkWidget *window = gtk_window_new ();
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  GtkTextTag *document;
  double scale = 0;
  GtkTextIter iter;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  g_assert_true (dojo_lesson_view_set_markdown (view, "Some text.\n", -1, NULL, NULL));

  g_object_set (view, "font-scale", 1.5, NULL);
  g_assert_cmpfloat_with_epsilon (dojo_lesson_view_get_font_scale (view), 1.5, 0.001);

  document = gtk_text_tag_table_lookup (
    gtk_text_buffer_get_tag_table (dojo_lesson_view_get_buffer (view)), "document");
  g_assert_nonnull (document);
  iter = find (dojo_lesson_view_get_buffer (view), "Some");
  g_assert_true (gtk_text_iter_has_tag (&iter, document));
  g_object_get (document, "scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.5, 0.001);

  /* out of range is clamped */
  dojo_lesson_view_set_font_scale (view, 9.0);
  g_assert_cmpfloat_with_epsilon (dojo_lesson_view_get_font_scale (view), 2.0, 0.001);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome_lesson (void)
{
  DojoLessonView *view = g_object_ref_sink (DOJO_LESSON_VIEW (dojo_lesson_view_new ()));
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autofree char *text = NULL;

  g_assert_true (dojo_lesson_view_load_resource (view, "/io/github/pydojo/Dojo/welcome.md",
                                                 &error));
  g_assert_no_error (error);
  buffer = dojo_lesson_view_get_buffer (view);
  text = buffer_text (buffer);

  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (has_tag (&iter, "h1"));
  iter = find (buffer, "print(\"Hello");
  g_assert_true (has_tag (&iter, "code-block"));
  iter = find (buffer, "F5");
  g_assert_true (has_tag (&iter, "table") || has_tag (&iter, "code"));
  g_assert_null (strstr (text, "```"));

  g_assert_false (dojo_lesson_view_load_resource (view, "/io/github/pydojo/Dojo/nope.md",
                                                  &error));
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);

  g_object_unref (view);
}

static void
test_image_alt_with_emphasis (void)
{
  g_autoptr(GtkTextBuffer) buffer = render ("Before ![a *big* cat](missing.png) after\n");
  GtkTextIter cat = find (buffer, "cat");
  GtkTextIter after = find (buffer, "after");

  /* The whole alt text stands for the missing image, emphasis and all; a
   * span closing inside it does not end the image early. */
  g_assert_true (has_tag (&cat, "image-alt"));
  g_assert_false (has_tag (&after, "image-alt"));
}

static void
test_inline_markup (void)
{
  struct { const char *markdown; const char *markup; } cases[] = {
    { "the comma after `Hello` is missing", "the comma after <tt>Hello</tt> is missing" },
    { "**Nearly**: *almost*", "<b>Nearly</b>: <i>almost</i>" },
    { "`a < b` and 3 > 2 & 1", "<tt>a &lt; b</tt> and 3 &gt; 2 &amp; 1" },
    { "`unclosed", "`unclosed" },
    { "2 * 3 = 6", "2 * 3 = 6" },
    { "`**not bold**`", "<tt>**not bold**</tt>" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (cases[i].markdown);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      /* What GTK is given always parses. */
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
    }
}

/* Whether "def" at the start of @buffer, set to a line of Python, has
 * been given a colour: its language was read and highlights. */
static gboolean
python_keyword_coloured (GtkSourceBuffer *buffer)
{
  GtkTextIter start, end;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), "def f(x: int) -> int:\n    return x\n", -1);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &start, &end);
  gtk_source_buffer_ensure_highlight (buffer, &start, &end);
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &start);
  tags = gtk_text_iter_get_tags (&start);
  return tags != NULL;
}

/* Notes GtkSourceView's warning that it did not load a python3.lang. */
static void
note_refused_language (const char     *log_domain,
                       GLogLevelFlags  log_level,
                       const char     *message,
                       gpointer        user_data)
{
  if (strstr (message, "Failed to load") != NULL && strstr (message, "python3.lang") != NULL)
    *(gboolean *)user_data = TRUE;
}

/* GtkSourceView's own language files are read without checking them
 * against its schema (Dojo's folder holds one that accepts anything); a
 * learner's own python3.lang is checked: a file the schema refuses is not
 * used, as GtkSourceView alone would do. */
static void
test_python_schema (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("dojo-schema-XXXXXX", NULL);
  g_autofree char *installed_dir = g_build_filename (tmp, "installed", NULL);
  g_autofree char *own_dir = g_build_filename (g_get_user_data_dir (), "gtksourceview-5",
                                               "language-specs", NULL);
  g_autofree char *own = g_build_filename (own_dir, "python3.lang", NULL);
  g_autofree char *schema = g_build_filename (installed_dir, "language2.rng", NULL);
  g_autofree char *own_schema = g_build_filename (tmp, "own", "language2.rng", NULL);
  g_autofree char *own_cache = g_build_filename (tmp, "own", NULL);
  g_autofree char *own_link = g_build_filename (own_cache, "python3.lang", NULL);
  g_autofree char *system_python = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *refused = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GtkSourceLanguageManager) installed = NULL;
  g_autoptr(GtkSourceLanguageManager) learners = NULL;
  g_autoptr(GtkSourceBuffer) buffer = NULL;
  g_autoptr(GtkSourceBuffer) refused_buffer = NULL;
  const char * const *system_dirs =
    gtk_source_language_manager_get_search_path (gtk_source_language_manager_get_default ());
  g_autoptr(GStrvBuilder) dirs_builder = g_strv_builder_new ();
  g_auto(GStrv) dirs = NULL;
  gboolean is_own = TRUE;
  gboolean refused_seen = FALSE;
  GLogLevelFlags fatal;
  guint handler;

  installed = _dojo_source_util_python_languages_new (installed_dir, system_dirs, &is_own);
  g_assert_nonnull (installed);
  g_assert_false (is_own);
  g_assert_true (g_file_get_contents (schema, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<anyName/>"));
  buffer = gtk_source_buffer_new_with_language (
    gtk_source_language_manager_get_language (installed, "python3"));
  g_assert_true (python_keyword_coloured (buffer));

  /* Something else in the schema's place (a FIFO would make a read wait
   * for good) is replaced, not read. */
  g_assert_no_errno (g_unlink (schema));
  g_assert_no_errno (mkfifo (schema, 0600));
  g_clear_object (&installed);
  installed = _dojo_source_util_python_languages_new (installed_dir, system_dirs, &is_own);
  g_assert_nonnull (installed);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (schema, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<anyName/>"));

  /* The learner's own python3.lang, with an element GtkSourceView's
   * schema refuses, found first. */
  for (guint i = 0; system_dirs[i] != NULL && system_python == NULL; i++)
    {
      g_autofree char *path = g_build_filename (system_dirs[i], "python3.lang", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        system_python = g_steal_pointer (&path);
    }
  g_assert_nonnull (system_python);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (system_python, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "<definitions>",
                                      "<definitions><not-a-context/>", 1), ==, 1);
  g_assert_no_errno (g_mkdir_with_parents (own_dir, 0700));
  g_assert_true (g_file_set_contents (own, edited->str, -1, NULL));
  g_strv_builder_add (dirs_builder, own_dir);
  g_strv_builder_addv (dirs_builder, (const char **)system_dirs);
  dirs = g_strv_builder_end (dirs_builder);

  /* A schema left from a start without it is taken away. */
  g_assert_no_errno (g_mkdir_with_parents (own_cache, 0700));
  g_assert_true (g_file_set_contents (own_schema, "<grammar/>", -1, NULL));
  learners = _dojo_source_util_python_languages_new (own_cache, (const char * const *)dirs,
                                                     &is_own);
  g_assert_nonnull (learners);
  g_assert_true (is_own);
  g_assert_false (g_file_test (own_schema, G_FILE_TEST_EXISTS));
  refused = g_file_read_link (own_link, NULL);
  g_assert_cmpstr (refused, ==, own);

  /* GtkSourceView warns of what the schema found (how many lines depends
   * on libxml2's version), then that it did not load the file. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  handler = g_log_set_handler ("GtkSourceView", G_LOG_LEVEL_WARNING,
                               note_refused_language, &refused_seen);
  refused_buffer = gtk_source_buffer_new_with_language (
    gtk_source_language_manager_get_language (learners, "python3"));
  g_assert_false (python_keyword_coloured (refused_buffer));
  g_log_remove_handler ("GtkSourceView", handler);
  g_log_set_always_fatal (fatal);
  g_assert_true (refused_seen);

  g_assert_no_errno (g_unlink (own));
  dojo_test_remove_tree (tmp);
}

/* The default style scheme manager sees Dojo's four schemes, linked, not
 * GtkSourceView's twelve; every buffer still gets its colours. */
static void
test_schemes (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("dojo-styles-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "styles", NULL);
  g_autofree char *none_dir = g_build_filename (tmp, "none", NULL);
  g_autoptr(GtkSourceStyleSchemeManager) manager = gtk_source_style_scheme_manager_new ();
  const char * const *system_dirs = (const char * const *)system_style_dirs;
  const char *search_path[] = { dir, NULL };
  const char * const *ids;
  const char *missing[] = { tmp, NULL };
  g_autoptr(GtkSourceBuffer) buffer = NULL;

  g_assert_true (_dojo_source_util_link_schemes (dir, system_dirs));
  gtk_source_style_scheme_manager_set_search_path (manager, search_path);
  ids = gtk_source_style_scheme_manager_get_scheme_ids (manager);
  g_assert_cmpuint (g_strv_length ((char **)ids), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_strv_contains (ids, (const char *[]){ "Adwaita", "Adwaita-dark",
                                                           "classic", "classic-dark" }[i]));

  /* What Dojo's buffers are given: the default manager, after Dojo has
   * started GtkSourceView. */
  dojo_source_util_init ();
  ids = gtk_source_style_scheme_manager_get_scheme_ids (gtk_source_style_scheme_manager_get_default ());
  g_assert_cmpuint (g_strv_length ((char **)ids), ==, 4);
  g_assert_nonnull (dojo_source_util_get_scheme ());
  buffer = gtk_source_buffer_new (NULL);
  g_assert_nonnull (gtk_source_buffer_get_style_scheme (buffer));

  /* Nowhere to find them: no links, and the caller leaves its manager. */
  g_assert_false (_dojo_source_util_link_schemes (none_dir, missing));

  dojo_test_remove_tree (tmp);
}

/* Python's highlighting reads three of GtkSourceView's files through links
 * in the cache, not the headers of all its languages; a stale link is made
 * again, and a cache that cannot hold links gives NULL (the default manager
 * then serves). */
static void
test_python_languages (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("dojo-langs-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "cache", "language-specs", NULL);
  g_autofree char *def_link = g_build_filename (dir, "def.lang", NULL);
  g_autofree char *blocked = g_build_filename (tmp, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (blocked, "language-specs", NULL);
  g_autoptr(GtkSourceLanguageManager) manager = NULL;
  g_autoptr(GtkSourceLanguageManager) again = NULL;
  g_autoptr(GtkSourceBuffer) buffer = NULL;
  g_autoptr(GtkSourceLanguageManager) none = NULL;
  g_autofree char *target = NULL;

  manager = _dojo_source_util_python_languages_new (dir, NULL, NULL);
  g_assert_nonnull (manager);
  g_assert_cmpuint (g_strv_length ((char **)gtk_source_language_manager_get_language_ids (manager)),
                    ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_strv_contains (gtk_source_language_manager_get_language_ids (manager),
                                    (const char *[]){ "def", "python", "python3" }[i]));
  buffer = gtk_source_buffer_new_with_language (
    gtk_source_language_manager_get_language (manager, "python3"));
  g_assert_nonnull (gtk_source_buffer_get_language (buffer));
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (buffer)), ==,
                   "python3");
  g_assert_true (python_keyword_coloured (buffer));

  /* A link left pointing elsewhere (GtkSourceView moved) is made again. */
  g_assert_no_errno (g_unlink (def_link));
  g_assert_no_errno (symlink ("/nowhere/def.lang", def_link));
  again = _dojo_source_util_python_languages_new (dir, NULL, NULL);
  g_assert_nonnull (again);
  target = g_file_read_link (def_link, NULL);
  g_assert_nonnull (target);
  g_assert_true (g_str_has_suffix (target, "/def.lang"));
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));

  /* The cache emptied while Dojo runs: the next buffer of Python is
   * highlighted all the same (GtkSourceView warning it cannot read a file
   * fails this test). */
  {
    g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "dojo", NULL);
    g_autoptr(GtkSourceBuffer) first = NULL;
    g_autoptr(GtkSourceBuffer) second = NULL;

    first = gtk_source_buffer_new_with_language (dojo_source_util_get_python ());
    g_clear_object (&first);
    dojo_test_remove_tree (cache);
    g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));
    second = gtk_source_buffer_new_with_language (dojo_source_util_get_python ());
    g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (second)), ==,
                     "python3");
    g_assert_true (g_file_test (cache, G_FILE_TEST_IS_DIR));
  }

  /* No folder can be made there. */
  g_assert_true (g_file_set_contents (blocked, "", 0, NULL));
  none = _dojo_source_util_python_languages_new (under_file, NULL, NULL);
  g_assert_null (none);

  dojo_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  /* Read the system's style schemes and languages before g_test_init():
   * isolated test dirs hide the system data dirs.
   */
  gtk_source_init ();
  g_assert_nonnull (gtk_source_style_scheme_manager_get_scheme_ids (
    gtk_source_style_scheme_manager_get_default ()));
  system_style_dirs = g_strdupv ((char **)gtk_source_style_scheme_manager_get_search_path (
    gtk_source_style_scheme_manager_get_default ()));
  g_assert_nonnull (gtk_source_language_manager_get_language (
    gtk_source_language_manager_get_default (), "python3"));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/markdown/heading-and-paragraph", test_heading_and_paragraph);
  g_test_add_func ("/markdown/inline-spans", test_inline_spans);
  g_test_add_func ("/markdown/python-highlighted", test_python_highlighted);
  g_test_add_func ("/source-util/python-languages", test_python_languages);
  g_test_add_func ("/source-util/python-schema", test_python_schema);
  g_test_add_func ("/source-util/schemes", test_schemes);
  g_test_add_func ("/markdown/python-marked-wrong", test_python_marked_wrong);
  g_test_add_func ("/markdown/code-never-hyphenated", test_code_never_hyphenated);
  g_test_add_func ("/markdown/lists", test_lists);
  g_test_add_func ("/markdown/link", test_link);
  g_test_add_func ("/markdown/project-link", test_project_link);
  g_test_add_func ("/markdown/blockquote", test_blockquote);
  g_test_add_func ("/markdown/rule", test_rule);
  g_test_add_func ("/markdown/table", test_table);
  g_test_add_func ("/markdown/raw-html-is-text", test_raw_html_is_text);
  g_test_add_func ("/markdown/entities-and-breaks", test_entities_and_breaks);
  g_test_add_func ("/markdown/images-stay-inside", test_images_stay_inside);
  g_test_add_func ("/markdown/malformed-returns", test_malformed_returns);
  g_test_add_func ("/markdown/random-utf8", test_random_utf8);
  g_test_add_func ("/markdown/invalid-utf8-rejected", test_invalid_utf8_rejected);
  g_test_add_func ("/markdown/rerender-does-not-leak-tags", test_rerender_does_not_leak_tags);
  g_test_add_func ("/lesson-view/link-activation", test_lesson_view_link);
  g_test_add_func ("/lesson-view/font-scale", test_lesson_view_font_scale);
  g_test_add_func ("/lesson-view/welcome-lesson", test_welcome_lesson);

  g_test_add_func ("/markdown/inline-markup", test_inline_markup);
  g_test_add_func ("/markdown/image-alt-with-emphasis", test_image_alt_with_emphasis);

  return g_test_run ();
}
