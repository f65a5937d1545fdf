/* test-desktop-settings.c: Dojo follows the desktop's high contrast and text size
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita decides on high contrast when it starts, so each contrast runs
 * in a process of its own; ADW_DEBUG_HIGH_CONTRAST stands in for the
 * desktop's switch, which libadwaita reads at the same point. The text size
 * is GTK's gtk-xft-dpi, which the desktop raises for "large text".
 */

#include "config.h"

#include <vte/vte.h>

#include "dojo-test-widget.h"

#include "dojo-editor.h"
#include "dojo-lesson-view.h"
#include "dojo-terminal.h"
#include "dojo-terminal-private.h"

#define WIDE_LINE "MMMMMMMMMMMMMMMMMMMM"

static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = dojo_test_show_in_window (child, width, height);

  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 5000));
  dojo_test_spin (300);

  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The app's styles are loaded by AdwApplication from its resource base path
 * (style.css, and style-hc.css with high contrast on), as in Dojo itself. */
static GApplication *
start_application (void)
{
  GApplication *app = G_APPLICATION (adw_application_new ("io.github.pydojo.Dojo.Test",
                                                          G_APPLICATION_NON_UNIQUE));
  g_autoptr(GError) error = NULL;

  g_application_set_resource_base_path (app, "/io/github/pydojo/Dojo");
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);

  return app;
}

/* How much darker the top edge of @widget is drawn than what lies @depth
 * pixels under it, at @widget_x (0 for no line, 1 for black on white). */
static double
top_edge_contrast (GtkWidget *widget,
                   int        widget_x,
                   int        depth)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_native (widget));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  const guchar *p;
  double edge = 0;
  double wx, wy;
  int x, y;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (texture, pixels, (gsize)width * 4);

  /* The window's own frame may shift its content by a pixel against its
   * coordinates: the edge is the darkest of the rows around the widget's top. */
  g_assert_true (gtk_widget_translate_coordinates (widget, window, widget_x, 0, &wx, &wy));
  x = (int)wx;
  y = (int)wy;
  g_assert_true (x >= 0 && x < width && y >= 1 && y + depth < height);

  /* GDK_MEMORY_DEFAULT: B, G, R, A; the window is opaque. */
  for (int row = y - 1; row <= y + 1; row++)
    {
      p = pixels + ((gsize)row * width + x) * 4;
      edge = MAX (edge, 1.0 - (p[0] + p[1] + p[2]) / (3.0 * 255.0));
    }

  p = pixels + ((gsize)(y + depth) * width + x) * 4;

  return edge - (1.0 - (p[0] + p[1] + p[2]) / (3.0 * 255.0));
}

/* The line between the editor and the terminal's toolbar: the terminal's
 * top border, against the toolbar just under it. */
static double
terminal_border_contrast (void)
{
  GtkWidget *terminal = dojo_terminal_new ();
  GtkWindow *window = show_in_window (terminal, 600, 300);
  /* right of the mode switcher, left of the toolbar's button */
  double contrast = top_edge_contrast (terminal, gtk_widget_get_width (terminal) - 100, 4);

  destroy_window (window);

  return contrast;
}

/* Whether the lesson's quotes are drawn dimmer than its text, and how strong
 * the tint behind code is. */
static void
lesson_styling (gboolean *quote_dimmed,
                double   *code_tint)
{
  GtkWidget *view = dojo_lesson_view_new ();
  GtkTextTagTable *table;
  GtkTextTag *tag;
  GdkRGBA *tint = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_lesson_view_set_markdown (DOJO_LESSON_VIEW (view),
                                                "> A quote\n\nSome `code` here.\n",
                                                -1, NULL, &error));
  g_assert_no_error (error);

  table = gtk_text_buffer_get_tag_table (dojo_lesson_view_get_buffer (DOJO_LESSON_VIEW (view)));
  tag = gtk_text_tag_table_lookup (table, "blockquote");
  g_assert_nonnull (tag);
  g_object_get (tag, "foreground-set", quote_dimmed, NULL);

  tag = gtk_text_tag_table_lookup (table, "code");
  g_assert_nonnull (tag);
  g_object_get (tag, "background-rgba", &tint, NULL);
  g_assert_nonnull (tint);
  *code_tint = tint->alpha;
  gdk_rgba_free (tint);

  g_object_ref_sink (view);
  g_object_unref (view);
}

static void
test_high_contrast (void)
{
  g_autoptr(GApplication) app = NULL;
  gboolean quote_dimmed;
  double code_tint;

  if (!g_test_subprocess ())
    {
      g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
      g_test_trap_assert_passed ();
      return;
    }

  app = start_application ();
  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  /* The lesson: quotes in full colour, code set apart by a clear tint. */
  lesson_styling (&quote_dimmed, &code_tint);
  g_assert_false (quote_dimmed);
  g_assert_cmpfloat (code_tint, >=, 0.1);

  /* The terminal is set apart from the editor by a line one can see. */
  g_assert_cmpfloat (terminal_border_contrast (), >, 0.35);
}

/* The same checks with normal contrast, so that they tell the two apart. */
static void
test_normal_contrast (void)
{
  g_autoptr(GApplication) app = NULL;
  gboolean quote_dimmed;
  double code_tint;
  double border;

  if (!g_test_subprocess ())
    {
      g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  app = start_application ();
  g_assert_false (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  lesson_styling (&quote_dimmed, &code_tint);
  g_assert_true (quote_dimmed);
  g_assert_cmpfloat (code_tint, <, 0.1);

  /* a quiet line, but a line */
  border = terminal_border_contrast ();
  g_assert_cmpfloat (border, >, 0.02);
  g_assert_cmpfloat (border, <, 0.25);
}

static GtkWidget *
find_text_view (GtkWidget *root)
{
  if (GTK_IS_TEXT_VIEW (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The width of WIDE_LINE as laid out in @view, in pixels. */
static int
line_width (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match_start, match_end;
  GdkRectangle first, last;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, WIDE_LINE, 0,
                                               &match_start, &match_end, NULL));
  gtk_text_view_get_iter_location (view, &match_start, &first);
  gtk_text_view_get_iter_location (view, &match_end, &last);
  g_assert_cmpint (first.y, ==, last.y);

  return last.x - first.x;
}

typedef struct
{
  GtkTextView *view;
  int          old_width;
} Relayout;

static gboolean
width_changed (gpointer data)
{
  Relayout *relayout = data;

  return line_width (relayout->view) != relayout->old_width;
}

/* Waits until @view has laid its text out again after a change of size. */
static int
wait_for_new_width (GtkTextView *view,
                    int          old_width)
{
  Relayout relayout = { view, old_width };

  g_assert_true (dojo_test_wait_for (width_changed, &relayout, 3000));
  dojo_test_spin (200);

  return line_width (view);
}

typedef struct
{
  VteTerminal *vte;
  glong        old_width;
} Cell;

static gboolean
cell_changed (gpointer data)
{
  Cell *cell = data;

  return vte_terminal_get_char_width (cell->vte) != cell->old_width;
}

static void
set_text_dpi (double dpi)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int)(dpi * 1024), NULL);
}

static void
test_large_text (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *lesson = dojo_lesson_view_new ();
  GtkWidget *editor = dojo_editor_new ();
  GtkWidget *terminal = dojo_terminal_new ();
  GtkTextView *lesson_text;
  GtkTextView *editor_text;
  VteTerminal *vte;
  GtkWindow *window;
  g_autoptr(GError) error = NULL;
  int lesson_normal, lesson_large, lesson_large_scaled;
  int editor_normal, editor_large, editor_large_zoomed;
  glong cell_normal, cell_large;

  set_text_dpi (96);

  g_assert_true (dojo_lesson_view_set_markdown (DOJO_LESSON_VIEW (lesson),
                                                "# Title\n\n" WIDE_LINE "\n", -1, NULL, &error));
  g_assert_no_error (error);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (DOJO_EDITOR (editor))),
                            WIDE_LINE "\n", -1);
  gtk_widget_set_vexpand (lesson, TRUE);
  gtk_widget_set_vexpand (editor, TRUE);
  gtk_widget_set_vexpand (terminal, TRUE);
  gtk_box_append (GTK_BOX (box), lesson);
  gtk_box_append (GTK_BOX (box), editor);
  gtk_box_append (GTK_BOX (box), terminal);
  window = show_in_window (box, 1000, 800);

  lesson_text = GTK_TEXT_VIEW (find_text_view (lesson));
  g_assert_nonnull (lesson_text);
  editor_text = GTK_TEXT_VIEW (dojo_editor_get_view (DOJO_EDITOR (editor)));
  vte = _dojo_terminal_get_vte (DOJO_TERMINAL (terminal), DOJO_TERMINAL_MODE_RUN);

  lesson_normal = line_width (lesson_text);
  editor_normal = line_width (editor_text);
  cell_normal = vte_terminal_get_char_width (vte);
  g_assert_cmpint (lesson_normal, >, 0);
  g_assert_cmpint (editor_normal, >, 0);

  /* Large text (144 dpi, 1.5 times): every text grows with it. */
  set_text_dpi (144);
  lesson_large = wait_for_new_width (lesson_text, lesson_normal);
  editor_large = wait_for_new_width (editor_text, editor_normal);
  g_assert_true (dojo_test_wait_for (cell_changed, &(Cell) { vte, cell_normal }, 3000));
  cell_large = vte_terminal_get_char_width (vte);
  g_test_message ("lesson %d → %d, editor %d → %d, terminal cell %ld → %ld",
                  lesson_normal, lesson_large, editor_normal, editor_large,
                  cell_normal, cell_large);
  g_assert_cmpfloat_with_epsilon ((double)lesson_large / lesson_normal, 1.5, 0.1);
  g_assert_cmpfloat_with_epsilon ((double)editor_large / editor_normal, 1.5, 0.08);
  g_assert_cmpfloat_with_epsilon ((double)cell_large / cell_normal, 1.5, 0.15);

  /* Dojo's own sizes multiply with the desktop's rather than replace it. */
  dojo_lesson_view_set_font_scale (DOJO_LESSON_VIEW (lesson), 1.25);
  lesson_large_scaled = wait_for_new_width (lesson_text, lesson_large);
  g_assert_cmpfloat_with_epsilon ((double)lesson_large_scaled / lesson_normal, 1.875, 0.1);

  dojo_editor_set_zoom (DOJO_EDITOR (editor), 1.2);
  editor_large_zoomed = wait_for_new_width (editor_text, editor_large);
  g_assert_cmpfloat_with_epsilon ((double)editor_large_zoomed / editor_normal, 1.8, 0.1);

  destroy_window (window);
  set_text_dpi (96);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/desktop-settings/high-contrast", test_high_contrast);
  g_test_add_func ("/desktop-settings/normal-contrast", test_normal_contrast);
  g_test_add_func ("/desktop-settings/large-text", test_large_text);

  return g_test_run ();
}
