/* test-diff-view.c: changes in words and colour, and git's own format
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real project (DojoRepo) with a new, a deleted, a renamed, a changed and
 * a binary file, shown the way the commit dialog and the history show it.
 * With DOJO_SCREENSHOT_DIR set, the readable view is also saved as
 * diff-view-light.png, diff-view-dark.png and diff-view-hc.png there.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "dojo-test-git.h"
#include "dojo-test-widget.h"

#include "dojo-diff-view-private.h"
#include "dojo-repo.h"
#include "dojo-vcs-util.h"

static const char main_before[] =
  "def greet(name):\n"
  "    print('Hello, ' + name)\n"
  "\n"
  "\n"
  "def ask():\n"
  "    return input('Name? ')\n"
  "\n"
  "\n"
  "def count():\n"
  "    total = 0\n"
  "    for n in range(10):\n"
  "        total = total + n\n"
  "    return total\n"
  "\n"
  "\n"
  "greet(ask())\n";

static const char main_after[] =
  "def greet(name):\n"
  "    print('Goodbye, ' + name)\n"
  "\n"
  "\n"
  "def ask():\n"
  "    return input('Name? ')\n"
  "\n"
  "\n"
  "def count():\n"
  "    total = 0\n"
  "    for n in range(10):\n"
  "        total = total + n\n"
  "    return total\n"
  "\n"
  "\n"
  "greet(ask())\n"
  "print(count())";

static const char old_py[] =
  "# Helpers for the shop\n"
  "PRICES = {'apple': 3, 'pear': 4, 'plum': 2}\n"
  "\n"
  "\n"
  "def price(fruit):\n"
  "    return PRICES[fruit]\n";

static void
write_file (const char *dir,
            const char *rel,
            const char *contents,
            gssize      len)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static void
remove_file (const char *dir,
             const char *rel)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
}

/* A project with the first versions committed, then a new, a deleted, a
 * renamed, a changed and a binary file changed (not committed yet). */
static DojoRepo *
make_changes (char **dir_out)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  static const char png_before[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
  static const char png_after[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x02";

  dojo_test_set_identity ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);

  write_file (dir, "main.py", main_before, -1);
  write_file (dir, "old.py", old_py, -1);
  write_file (dir, "gone.txt", "first line\nsecond line\n", -1);
  write_file (dir, "logo.png", png_before, sizeof png_before);
  id = dojo_repo_commit (repo, "First version", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);

  write_file (dir, "main.py", main_after, -1);
  write_file (dir, "new_name.py", old_py, -1);
  remove_file (dir, "old.py");
  remove_file (dir, "gone.txt");
  write_file (dir, "added.py", "import random\n\nprint(random.randint(1, 6))\n", -1);
  write_file (dir, "logo.png", png_after, sizeof png_after);

  *dir_out = g_steal_pointer (&dir);

  return g_steal_pointer (&repo);
}

static GtkTextBuffer *
view_buffer (DojoDiffView *view)
{
  GtkWidget *source = dojo_test_find_widget_of_type (GTK_WIDGET (view), GTK_SOURCE_TYPE_VIEW);

  g_assert_nonnull (source);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (source));
}

/* The line of dup_text() that is @line, or -1. Each line of dup_text() is
 * one line of the view's buffer. */
static int
find_line (const char *text,
           const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], line))
      return (int) i;

  return -1;
}

/* The stretches of buffer line @line that carry the tag @name, as text,
 * joined with "|". */
static char *
tagged_on_line (GtkTextBuffer *buffer,
                const char    *name,
                int            line)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GString *found = g_string_new (NULL);
  gboolean inside = FALSE;
  GtkTextIter iter;

  g_assert_nonnull (tag);
  g_assert_cmpint (line, >=, 0);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  while (!gtk_text_iter_ends_line (&iter))
    {
      gboolean tagged = gtk_text_iter_has_tag (&iter, tag);

      if (tagged)
        {
          if (!inside && found->len > 0)
            g_string_append_c (found, '|');
          g_string_append_unichar (found, gtk_text_iter_get_char (&iter));
        }
      inside = tagged;
      gtk_text_iter_forward_char (&iter);
    }

  return g_string_free (found, FALSE);
}

static gboolean
line_has_tag (GtkTextBuffer *buffer,
              const char    *name,
              int            line)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);

  return gtk_text_iter_has_tag (&iter, tag);
}

static void
assert_gutter (DojoDiffView *view,
               int           line,
               const char   *old_number,
               const char   *new_number,
               const char   *sign)
{
  g_autofree char *old_text = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_OLD_LINE,
                                                               line);
  g_autofree char *new_text = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_NEW_LINE,
                                                               line);
  g_autofree char *sign_text = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_SIGN,
                                                                line);

  g_assert_cmpstr (old_text, ==, old_number);
  g_assert_cmpstr (new_text, ==, new_number);
  g_assert_cmpstr (sign_text, ==, sign);
}

/* The diff view's own columns (the editor's line numbers are a subclass). */
static guint
n_visible_gutter_renderers (DojoDiffView *view)
{
  GtkWidget *source = dojo_test_find_widget_of_type (GTK_WIDGET (view), GTK_SOURCE_TYPE_VIEW);
  GtkSourceGutter *gutter = gtk_source_view_get_gutter (GTK_SOURCE_VIEW (source),
                                                        GTK_TEXT_WINDOW_LEFT);
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (gutter));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_OBJECT_TYPE (child) == GTK_SOURCE_TYPE_GUTTER_RENDERER_TEXT
        && gtk_widget_get_visible (child))
      n++;

  return n;
}

static GtkWidget *
find_toggle (DojoDiffView *view,
             const char   *label)
{
  for (GtkWidget *widget = dojo_test_find_widget_of_type (GTK_WIDGET (view),
                                                          GTK_TYPE_TOGGLE_BUTTON);
       widget != NULL;
       widget = gtk_widget_get_next_sibling (widget))
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
      return widget;

  g_assert_not_reached ();
}

static void
assert_no_patch_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "@@")
          || g_str_has_prefix (lines[i], "diff --git")
          || g_str_has_prefix (lines[i], "+++ ")
          || g_str_has_prefix (lines[i], "--- ")
          || g_str_has_prefix (lines[i], "\\ "))
        g_error ("a line of the patch in the readable view: %s", lines[i]);
    }
}

static void
save_screenshots (GtkWidget *widget)
{
  const char *dir = g_getenv ("DOJO_SCREENSHOT_DIR");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GtkCssProvider) dark = NULL;
  g_autoptr(GtkCssProvider) high_contrast = NULL;
  g_autofree char *light_path = NULL;
  g_autofree char *dark_path = NULL;
  g_autofree char *high_contrast_path = NULL;

  if (dir == NULL)
    return;

  light_path = g_build_filename (dir, "diff-view-light.png", NULL);
  dark_path = g_build_filename (dir, "diff-view-dark.png", NULL);
  high_contrast_path = g_build_filename (dir, "diff-view-hc.png", NULL);
  dojo_test_save_screenshot (widget, light_path);

  /* libadwaita loads style-dark.css itself in the app. */
  dark = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (dark, "/io/github/pydojo/Dojo/style-dark.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (dark),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dojo_test_save_screenshot (widget, dark_path);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (dark));

  /* High contrast is the desktop's setting, not the app's: its sheet alone
   * shows the diff's colours for it. */
  high_contrast = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (high_contrast, "/io/github/pydojo/Dojo/style-hc.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (high_contrast),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_object_notify (G_OBJECT (manager), "high-contrast");
  dojo_test_save_screenshot (widget, high_contrast_path);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (high_contrast));
  g_object_notify (G_OBJECT (manager), "high-contrast");
}

static void
test_readable (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *removed_words = NULL;
  g_autofree char *added_words = NULL;
  g_autofree char *first_words = NULL;
  DojoDiffView *view;
  GtkTextBuffer *buffer;
  GtkWindow *window;
  GtkTextTag *tag;
  GdkRGBA *color = NULL;
  int removed;
  int added;
  int context;
  int note;

  repo = make_changes (&dir);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);

  view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 900, 760);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, view, 5000));
  dojo_diff_view_set_diff (view, diff, NULL);
  buffer = view_buffer (view);

  /* In words by default, and nothing of the patch's own notation. */
  g_assert_false (dojo_diff_view_get_unified (view));
  text = dojo_diff_view_dup_text (view);
  g_test_message ("%s", text);
  assert_no_patch_lines (text);

  /* Each file says what happened to it. */
  g_assert_nonnull (strstr (text, "added.py   New file · 3 lines added\n"));
  g_assert_nonnull (strstr (text, "\ngone.txt   Deleted · 2 lines removed\n"));
  g_assert_nonnull (strstr (text, "\nnew_name.py   Renamed from old.py\n"));
  g_assert_nonnull (strstr (text, "\nlogo.png   Changed · Binary file: its changes cannot be "
                                  "shown as text\n"));
  g_assert_nonnull (strstr (text, "main.py   Changed · 1 line removed, 2 lines added\n"));
  g_assert_true (line_has_tag (buffer, "diff-heading", find_line (text, "gone.txt   Deleted · "
                                                                  "2 lines removed")));

  /* The file's own line numbers, a sign for removed and added lines (not
   * colour alone), and a tint. */
  removed = find_line (text, "-    print('Hello, ' + name)");
  added = find_line (text, "+    print('Goodbye, ' + name)");
  context = find_line (text, " def greet(name):");
  g_assert_cmpint (removed, >, 0);
  g_assert_cmpint (added, ==, removed + 1);
  g_assert_cmpint (context, ==, removed - 1);
  assert_gutter (view, removed, "2", "", "−");
  assert_gutter (view, added, "", "2", "+");
  assert_gutter (view, context, "1", "1", "");
  assert_gutter (view, find_line (text, "+print(count())"), "", "17", "+");
  g_assert_cmpuint (n_visible_gutter_renderers (view), ==, 3);
  g_assert_true (line_has_tag (buffer, "diff-removed", removed));
  g_assert_true (line_has_tag (buffer, "diff-added", added));
  g_assert_false (line_has_tag (buffer, "diff-added", context));
  g_assert_false (line_has_tag (buffer, "diff-removed", context));

  /* Red and green from the style. */
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "diff-removed");
  g_object_get (tag, "paragraph-background-rgba", &color, NULL);
  g_assert_cmpfloat (color->red, >, color->green);
  g_clear_pointer (&color, gdk_rgba_free);
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "diff-added");
  g_object_get (tag, "paragraph-background-rgba", &color, NULL);
  g_assert_cmpfloat (color->green, >, color->red);
  g_clear_pointer (&color, gdk_rgba_free);

  /* The changed word, exactly, on both lines of a changed line. */
  removed_words = tagged_on_line (buffer, "diff-removed-word", removed);
  added_words = tagged_on_line (buffer, "diff-added-word", added);
  g_assert_cmpstr (removed_words, ==, "Hello");
  g_assert_cmpstr (added_words, ==, "Goodbye");
  /* A line only added has no word highlight: the whole line is new. */
  first_words = tagged_on_line (buffer, "diff-added-word",
                                find_line (text, "+import random"));
  g_assert_cmpstr (first_words, ==, "");

  /* A gap between the changes, in words, and the missing line end. */
  g_assert_nonnull (strstr (text, "\n⋯ 8 unchanged lines ⋯\n"));
  note = find_line (text, "(no line end after this line)");
  g_assert_cmpint (note, ==, find_line (text, "+print(count())") + 1);
  g_assert_true (line_has_tag (buffer, "diff-note", note));
  assert_gutter (view, note, "", "", "");

  save_screenshots (GTK_WIDGET (window));

  gtk_window_destroy (window);
}

static gboolean
is_unified (gpointer data)
{
  return dojo_diff_view_get_unified (DOJO_DIFF_VIEW (data));
}

static gboolean
is_readable (gpointer data)
{
  return !dojo_diff_view_get_unified (DOJO_DIFF_VIEW (data));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
test_toggle (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *readable = NULL;
  g_autofree char *unified = NULL;
  g_autofree char *again = NULL;
  g_autofree char *gutter = NULL;
  g_autofree char *one_file = NULL;
  g_autofree char *later_text = NULL;
  DojoDiffView *view;
  DojoDiffView *later;
  GtkWindow *window;
  GtkWindow *later_window;
  GtkWidget *unified_button;
  guint notified = 0;

  repo = make_changes (&dir);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);

  view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, view, 5000));
  dojo_diff_view_set_diff (view, diff, NULL);
  readable = dojo_diff_view_dup_text (view);
  g_signal_connect_swapped (view, "notify::unified", G_CALLBACK (count_notify), &notified);

  /* The toggle in the view's own header shows the patch, as git prints it. */
  unified_button = find_toggle (view, "Unified Di_ff");
  g_assert_true (gtk_widget_get_mapped (unified_button));
  g_assert_true (gtk_widget_activate (unified_button));
  g_assert_true (dojo_test_wait_for (is_unified, view, 2000));
  g_assert_true (dojo_diff_view_get_unified (view));
  unified = dojo_diff_view_dup_text (view);
  g_assert_cmpstr (unified, ==, dojo_diff_get_patch (diff));
  g_assert_nonnull (strstr (unified, "\n@@ -1,5 +1,5 @@\n"));
  g_assert_nonnull (strstr (unified, "\\ No newline at end of file\n"));
  gutter = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_OLD_LINE, 3);
  g_assert_null (gutter);
  g_assert_cmpuint (n_visible_gutter_renderers (view), ==, 0);
  g_assert_cmpuint (notified, ==, 1);

  /* One file alone, in the same format. */
  dojo_diff_view_set_diff (view, diff, "main.py");
  one_file = dojo_diff_view_dup_text (view);
  g_assert_true (g_str_has_prefix (one_file, "diff --git a/main.py b/main.py\n"));
  g_assert_null (strstr (one_file, "added.py"));

  /* The choice holds for the next view of this run. */
  later = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  later_window = dojo_test_show_in_window (GTK_WIDGET (later), 600, 400);
  g_assert_true (dojo_diff_view_get_unified (later));
  dojo_diff_view_set_diff (later, diff, NULL);
  later_text = dojo_diff_view_dup_text (later);
  g_assert_nonnull (strstr (later_text, "\n@@ "));

  /* And back: the readable text again, no "@@" line. */
  dojo_diff_view_set_diff (view, diff, NULL);
  g_assert_true (gtk_widget_activate (find_toggle (view, "Rea_dable")));
  g_assert_true (dojo_test_wait_for (is_readable, view, 2000));
  g_assert_false (dojo_diff_view_get_unified (view));
  again = dojo_diff_view_dup_text (view);
  g_assert_cmpstr (again, ==, readable);
  assert_no_patch_lines (again);
  g_assert_cmpuint (n_visible_gutter_renderers (view), ==, 3);

  gtk_window_destroy (later_window);
  gtk_window_destroy (window);
}

/* A file renamed and changed in one go, and one whose text stayed the same
 * while it became a program (its mode changed): each says so. */
static void
test_renamed_and_changed (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *script = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) changed = g_string_new (old_py);
  DojoDiffView *view;
  GtkWindow *window;

  repo = make_changes (&dir);
  write_file (dir, "run.sh", "echo hi\n", -1);
  id = dojo_repo_commit (repo, "Before", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  g_string_replace (changed, "'plum': 2", "'plum': 5", 1);
  write_file (dir, "shop.py", changed->str, changed->len);
  remove_file (dir, "new_name.py");
  script = g_build_filename (dir, "run.sh", NULL);
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);

  view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  dojo_diff_view_set_diff (view, diff, NULL);
  text = dojo_diff_view_dup_text (view);
  g_test_message ("%s", text);
  assert_no_patch_lines (text);
  g_assert_nonnull (strstr (text, "shop.py   Renamed from new_name.py, and changed · "
                                  "1 line removed, 1 line added\n"));
  g_assert_nonnull (strstr (text, "run.sh   Changed: its text is the same, only its "
                                  "settings changed (such as whether it may run as a "
                                  "program)\n"));

  gtk_window_destroy (window);
}

/* A file, not changes: no header, no signs, the editor's line numbers. */
static void
test_plain_text (void)
{
  DojoDiffView *view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 600, 400);
  g_autofree char *text = NULL;
  g_autofree char *gutter = NULL;

  dojo_diff_view_set_text (view, "print('hi')\n", "python3");
  text = dojo_diff_view_dup_text (view);
  g_assert_cmpstr (text, ==, "print('hi')\n");
  gutter = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_SIGN, 0);
  g_assert_null (gutter);
  g_assert_false (gtk_widget_get_mapped (find_toggle (view, "Unified Di_ff")));
  g_assert_cmpuint (n_visible_gutter_renderers (view), ==, 0);

  gtk_window_destroy (window);
}

/* A change far too long to read: the view stops where the windows stop
 * (DOJO_VCS_SHOWN_PATCH_SIZE), says so, and does not make the learner wait. */
static void
test_too_long (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *last_number = NULL;
  g_autofree char *expected = NULL;
  DojoDiffView *view;
  GtkWindow *window;
  gint64 start;
  guint n_lines;

  repo = make_changes (&dir);
  for (guint i = 1; i <= 40000; i++)
    g_string_append_printf (big, "value_%u = %u * %u\n", i, i, i);
  write_file (dir, "table.py", big->str, big->len);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);

  view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  start = g_get_monotonic_time ();
  dojo_diff_view_set_diff (view, diff, NULL);
  g_test_message ("readable text of a 40,000-line new file: %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <,
                   G_USEC_PER_SEC * dojo_test_slowness ());

  text = dojo_diff_view_dup_text (view);
  assert_no_patch_lines (text);
  g_assert_cmpuint (strlen (text), <, DOJO_VCS_SHOWN_PATCH_SIZE + 20000);
  g_assert_true (g_str_has_suffix (text, "(The rest of these changes is too long to show "
                                         "here.)\n"));
  g_assert_nonnull (strstr (text, "table.py   New file · 40000 lines added\n"));

  /* The last line shown still has its number. */
  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  g_assert_true (g_str_has_prefix (lines[n_lines - 3], "+value_"));
  last_number = _dojo_diff_view_dup_gutter_text (view, DOJO_DIFF_GUTTER_NEW_LINE, n_lines - 3);
  expected = g_strdup_printf ("+value_%s = ", last_number);
  g_assert_true (g_str_has_prefix (lines[n_lines - 3], expected));

  gtk_window_destroy (window);
}

/* Every tenth line of a long file changed a little: a word diff for each
 * pair, up to the cap, and still no wait. */
static void
test_many_changed_lines (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  DojoDiffView *view;
  GtkWindow *window;
  gint64 start;
  gint64 took;

  repo = make_changes (&dir);
  for (guint i = 1; i <= 6000; i++)
    {
      g_string_append_printf (before, "row_%u = compute(alpha_%u, beta_%u, gamma_%u, "
                              "delta_%u, 'label number %u', scale=%u)\n",
                              i, i, i, i, i, i, i);
      g_string_append_printf (after, "row_%u = compute(alpha_%u, beta_%u, gamma_%u, "
                              "delta_%u, 'label number %u', scale=%u)\n",
                              i, i, i, i, i, i, i % 10 == 0 ? i * 2 : i);
    }
  write_file (dir, "rows.py", before->str, before->len);
  id = dojo_repo_commit (repo, "Rows", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  write_file (dir, "rows.py", after->str, after->len);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);

  view = DOJO_DIFF_VIEW (dojo_diff_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  start = g_get_monotonic_time ();
  dojo_diff_view_set_diff (view, diff, "rows.py");
  took = g_get_monotonic_time () - start;
  g_test_message ("readable text of 600 changed lines in 6000: %" G_GINT64_FORMAT " ms",
                  took / 1000);
  g_assert_cmpint (took, <, G_USEC_PER_SEC * dojo_test_slowness ());

  /* Every line changed: one block of 6000 removed lines and 6000 added. */
  g_string_truncate (after, 0);
  for (guint i = 1; i <= 6000; i++)
    g_string_append_printf (after, "row_%u = compute(alpha_%u, beta_%u, gamma_%u, "
                            "delta_%u, 'label number %u', scale=%u)\n",
                            i, i, i, i, i, i, i * 3);
  write_file (dir, "rewritten.py", after->str, after->len);
  {
    g_autoptr(DojoDiff) rewritten = NULL;
    g_autofree char *shown = NULL;

    g_clear_pointer (&id, g_free);
    id = dojo_repo_commit (repo, "Rewritten", DOJO_COMMIT_ALL, &error);
    g_assert_no_error (error);
    g_string_truncate (after, 0);
    for (guint i = 1; i <= 6000; i++)
      g_string_append_printf (after, "row_%u = compute(alpha_%u, beta_%u, gamma_%u, "
                              "delta_%u, 'label number %u', scale=%u)\n",
                              i, i, i, i, i, i, i * 4);
    write_file (dir, "rewritten.py", after->str, after->len);
    rewritten = dojo_repo_diff (repo, NULL, NULL, &error);
    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    dojo_diff_view_set_diff (view, rewritten, "rewritten.py");
    took = g_get_monotonic_time () - start;
    g_test_message ("readable text of 6000 lines all changed: %" G_GINT64_FORMAT " ms",
                    took / 1000);
    g_assert_cmpint (took, <, G_USEC_PER_SEC * dojo_test_slowness ());
    shown = dojo_diff_view_dup_text (view);
    g_assert_nonnull (strstr (shown, "\n-row_1 = compute("));
    g_assert_null (strstr (shown, "\n+row_1 = compute("));
  }

  dojo_diff_view_set_diff (view, diff, "rows.py");
  text = dojo_diff_view_dup_text (view);
  g_assert_true (g_str_has_suffix (text, "(The rest of these changes is too long to show "
                                         "here.)\n"));
  words = tagged_on_line (view_buffer (view), "diff-added-word",
                          find_line (text, "+row_10 = compute(alpha_10, beta_10, gamma_10, "
                                           "delta_10, 'label number 10', scale=20)"));
  g_assert_cmpstr (words, ==, "20");

  gtk_window_destroy (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  dojo_test_widget_init (&argc, &argv);

  /* The app's styles, as AdwApplication would load them. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_test_add_func ("/diff-view/readable", test_readable);
  g_test_add_func ("/diff-view/renamed-and-changed", test_renamed_and_changed);
  g_test_add_func ("/diff-view/plain-text", test_plain_text);
  g_test_add_func ("/diff-view/too-long", test_too_long);
  g_test_add_func ("/diff-view/many-changed-lines", test_many_changed_lines);
  /* Last: it leaves the unified choice on for the rest of the run. */
  g_test_add_func ("/diff-view/toggle", test_toggle);

  return g_test_run ();
}
