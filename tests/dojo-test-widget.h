/* dojo-test-widget.h: set-up shared by the widget tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include <gtksourceview/gtksource.h>

#include "dojo-test-slow.h"
#include "dojo-vcs-button.h"

/* Every test case gets a fresh HOME and XDG user dirs (the learner's files,
 * settings and state) from G_TEST_OPTION_ISOLATE_DIRS. That also swaps the
 * system's data dirs for empty ones, where GtkSourceView looks for its
 * languages and styles and GIO for the MIME database (without which no SVG
 * icon loads), so their search paths are pinned to the real system dirs
 * before any case runs. (Never link the isolated dirs to the real ones:
 * GLib deletes the isolated dirs after each case, and would delete through
 * the link.) */
static inline void
dojo_test_widget_init (int    *argc,
                       char ***argv)
{
  const char * const *system_dirs = g_get_system_data_dirs ();
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) styles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) mime = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; system_dirs[i] != NULL; i++)
    {
      g_ptr_array_add (languages, g_build_filename (system_dirs[i], "gtksourceview-5",
                                                    "language-specs", NULL));
      g_ptr_array_add (styles, g_build_filename (system_dirs[i], "gtksourceview-5",
                                                 "styles", NULL));
      g_ptr_array_add (mime, g_build_filename (system_dirs[i], "mime", NULL));
    }
  g_ptr_array_add (languages, NULL);
  g_ptr_array_add (styles, NULL);
  g_ptr_array_add (mime, NULL);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  gtk_source_init ();

  gtk_source_language_manager_set_search_path (gtk_source_language_manager_get_default (),
                                               (const char * const *)languages->pdata);
  gtk_source_style_scheme_manager_set_search_path (gtk_source_style_scheme_manager_get_default (),
                                                   (const char * const *)styles->pdata);

  /* gdk-pixbuf tells an SVG icon by its MIME type. */
  g_content_type_set_mime_dirs ((const char * const *)mime->pdata);
}

typedef gboolean (*DojoTestCondition) (gpointer data);

/* Runs the main loop until @condition holds; FALSE if @timeout_ms pass
 * first. */
static inline gboolean
dojo_test_wait_for (DojoTestCondition condition,
                    gpointer          data,
                    guint             timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () +
                    (gint64)timeout_ms * 1000 * dojo_test_slowness ();

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/* Runs the main loop for @ms: timers, idles and redraws happen. */
static inline void
dojo_test_spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64)ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static inline void
dojo_test_count_paint (GdkFrameClock *clock,
                       gpointer       data)
{
  (*(guint *)data)++;
}

static inline gboolean
dojo_test_painted (gpointer data)
{
  return *(guint *)data > 0;
}

/* Redraws @widget and runs the main loop until its window has painted a
 * frame; FALSE if @timeout_ms pass first. A widget may answer questions
 * from what it last drew: VTE finds a link under the pointer from the rows
 * of its last frame, and a scroll since then points it at rows it never
 * laid out (VTE 0.70 aborts on that). */
static inline gboolean
dojo_test_wait_for_paint (GtkWidget *widget,
                          guint      timeout_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong handler;
  gboolean ok;

  g_return_val_if_fail (clock != NULL, FALSE);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (dojo_test_count_paint),
                              &painted);
  gtk_widget_queue_draw (widget);
  ok = dojo_test_wait_for (dojo_test_painted, &painted, timeout_ms);
  g_signal_handler_disconnect (clock, handler);

  return ok;
}

/* A new window of @width × @height holding @child, presented. */
static inline GtkWindow *
dojo_test_show_in_window (GtkWidget *child,
                          int        width,
                          int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);

  return window;
}

/* A DojoTestCondition: @data, a widget, is mapped and has its size. */
static inline gboolean
dojo_test_widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

typedef gboolean (*DojoTestWidgetMatch) (GtkWidget *widget,
                                         gpointer   data);

/* The first widget at or under @widget for which @match holds, depth
 * first. */
static inline GtkWidget *
dojo_test_find_widget (GtkWidget           *widget,
                       DojoTestWidgetMatch  match,
                       gpointer             data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = dojo_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline gboolean
dojo_test_widget_is_of_type (GtkWidget *widget,
                             gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType)GPOINTER_TO_SIZE (data));
}

/* The first widget of @type at or under @widget, depth first. */
static inline GtkWidget *
dojo_test_find_widget_of_type (GtkWidget *widget,
                               GType      type)
{
  return dojo_test_find_widget (widget, dojo_test_widget_is_of_type, GSIZE_TO_POINTER (type));
}

static inline gboolean
dojo_test_is_file_row (GtkWidget *widget,
                       gpointer   name)
{
  GtkWidget *box;

  if (!GTK_IS_TREE_EXPANDER (widget)
      /* A widget the list keeps for later holds no row, only its old label. */
      || gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (widget)) == NULL)
    return FALSE;

  box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (widget));

  return box != NULL && GTK_IS_LABEL (gtk_widget_get_last_child (box))
         && g_str_equal (gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (box))),
                         name);
}

/* The file list's row showing @name, at or under @widget, if it is shown. */
static inline GtkWidget *
dojo_test_find_file_row (GtkWidget  *widget,
                         const char *name)
{
  return dojo_test_find_widget (widget, dojo_test_is_file_row, (gpointer)name);
}

static inline gboolean
dojo_test_vcs_button_ready (gpointer button)
{
  return dojo_vcs_button_get_repo (button) != NULL && !dojo_vcs_button_get_checking (button);
}

/* A window's Git button opens the project's repository just after the
 * first frame (dojo_vcs_button_hold()), then reads its status: a test that
 * uses git through the window waits for both, as a learner's first click
 * always comes later. */
static inline void
dojo_test_wait_for_repo (GtkWidget *window)
{
  GtkWidget *button = dojo_test_find_widget_of_type (window, DOJO_TYPE_VCS_BUTTON);

  g_assert_nonnull (button);
  g_assert_true (dojo_test_wait_for (dojo_test_vcs_button_ready, button, 10000));
}

/* Presses Enter in @widget as the keyboard gives it: through the key
 * handler it has for the capture phase, which sees keys before the widget
 * itself does. Returns whether that handler took the key. */
static inline gboolean
dojo_test_press_enter (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkEventController *key = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        key = controller;
    }
  g_assert_nonnull (key);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Return, 36, 0, &handled);

  return handled;
}

/* Renders @widget, as it is on screen once it has settled, to a PNG at
 * @path: pictures for the docs and for review. */
static inline void
dojo_test_save_screenshot (GtkWidget  *widget,
                           const char *path)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width;
  int height;

  dojo_test_spin (700);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}
