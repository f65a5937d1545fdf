/* dojo-debug-marks.c: breakpoints and the debugger's line in an editor
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Breakpoints are GtkSourceMarks, so they move with the line they are on
 * while the learner edits.  They are set by clicking a line number (the
 * gutter's own renderers would select the line: the click is taken first)
 * or with Ctrl+F8 on the cursor's line (win.debug-toggle-breakpoint).  The
 * marks column shows only while there is a mark, so an editor without
 * breakpoints looks as it always did.
 */

#define G_LOG_DOMAIN "dojo-debug-marks"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-debug-marks.h"

static void
update_gutter (GtkSourceView *view)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkTextIter start;
  GSList *first;
  gboolean any;

  /* A mark on the first line, or one further on. */
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &start);
  first = gtk_source_buffer_get_source_marks_at_iter (buffer, &start, NULL);
  any = first != NULL || gtk_source_buffer_forward_iter_to_source_mark (buffer, &start, NULL);
  g_slist_free (first);
  gtk_source_view_set_show_line_marks (view, any);
}

static char *
tooltip_text (GtkSourceMarkAttributes *attributes,
              GtkSourceMark           *mark,
              gpointer                 user_data)
{
  return g_strdup (g_object_get_data (G_OBJECT (attributes), "dojo-tooltip"));
}

static GtkSourceMarkAttributes *
make_attributes (const char *icon_name,
                 const char *color,
                 const char *tooltip)
{
  GtkSourceMarkAttributes *attributes = gtk_source_mark_attributes_new ();
  GdkRGBA rgba;

  gtk_source_mark_attributes_set_icon_name (attributes, icon_name);
  if (color != NULL && gdk_rgba_parse (&rgba, color))
    gtk_source_mark_attributes_set_background (attributes, &rgba);
  g_object_set_data_full (G_OBJECT (attributes), "dojo-tooltip", g_strdup (tooltip), g_free);
  g_signal_connect (attributes, "query-tooltip-text", G_CALLBACK (tooltip_text), NULL);
  return attributes;
}

static void
set_line_attributes (GtkSourceView *view)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  g_autoptr(GtkSourceMarkAttributes) line = NULL;
  g_autoptr(GtkSourceMarkAttributes) exception = NULL;

  /* The debugger's line: a soft yellow (Adwaita's yellow_1 / a dark amber),
   * an error red where an exception stopped the program. */
  line = make_attributes ("go-next-symbolic", dark ? "rgba(229,165,10,0.28)"
                                                   : "rgba(248,228,92,0.55)",
                          _("The debugger is here: this line runs next"));
  exception = make_attributes ("dialog-error-symbolic", dark ? "rgba(224,27,36,0.30)"
                                                            : "rgba(246,97,81,0.35)",
                               _("An exception stopped your program on this line"));
  gtk_source_view_set_mark_attributes (view, DOJO_DEBUG_MARK_LINE, line, 20);
  gtk_source_view_set_mark_attributes (view, DOJO_DEBUG_MARK_LINE "-exception", exception, 20);
}

static void
on_gutter_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkSourceView   *view)
{
  GtkTextIter iter;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_LEFT,
                                         (int)x, (int)y, &buffer_x, &buffer_y);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (view), &iter, buffer_y, NULL);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  dojo_debug_marks_toggle (view, gtk_text_iter_get_line (&iter) + 1);
}

/**
 * dojo_debug_marks_attach:
 * @view: an editor's view
 *
 * Lets the learner set breakpoints in @view and the debugger show its line.
 */
void
dojo_debug_marks_attach (GtkSourceView *view)
{
  g_autoptr(GtkSourceMarkAttributes) breakpoint = NULL;
  GtkGesture *click;
  GtkWidget *gutter;

  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  /* Red in every theme, as breakpoints are in every debugger: a symbolic
   * icon drawn in its "error" colour, which GTK draws from a .symbolic.png
   * without loading librsvg (src/meson.build). */
  breakpoint = make_attributes ("dojo-breakpoint-symbolic", NULL,
                                _("A breakpoint: Continue stops here. "
                                  "Click the line number to remove it."));
  gtk_source_view_set_mark_attributes (view, DOJO_DEBUG_MARK_BREAKPOINT, breakpoint, 10);
  set_line_attributes (view);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (set_line_attributes), view, G_CONNECT_SWAPPED);

  gutter = GTK_WIDGET (gtk_source_view_get_gutter (view, GTK_TEXT_WINDOW_LEFT));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_gutter_pressed), view, 0);
  gtk_widget_add_controller (gutter, GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_tooltip_text (gutter, _("Click a line number to set or remove a breakpoint"));
}

/**
 * dojo_debug_marks_toggle:
 * @view: an editor's view
 * @line: a line, from 1
 *
 * Sets a breakpoint on @line, or removes the one there.
 *
 * Returns: whether @line has a breakpoint now
 */
gboolean
dojo_debug_marks_toggle (GtkSourceView *view,
                         guint          line)
{
  GtkSourceBuffer *buffer;
  GtkTextIter iter;
  GSList *marks;
  gboolean set;

  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (view), FALSE);
  g_return_val_if_fail (line >= 1, FALSE);

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  if (!gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (buffer), &iter, line - 1))
    return FALSE;

  marks = gtk_source_buffer_get_source_marks_at_line (buffer, line - 1,
                                                      DOJO_DEBUG_MARK_BREAKPOINT);
  set = marks == NULL;
  if (set)
    gtk_source_buffer_create_source_mark (buffer, NULL, DOJO_DEBUG_MARK_BREAKPOINT, &iter);
  else
    {
      GtkTextIter end = iter;

      gtk_text_iter_forward_to_line_end (&end);
      gtk_source_buffer_remove_source_marks (buffer, &iter, &end, DOJO_DEBUG_MARK_BREAKPOINT);
    }
  g_slist_free (marks);
  update_gutter (view);
  return set;
}

/**
 * dojo_debug_marks_get_breakpoints:
 * @view: an editor's view
 *
 * Returns: (transfer full) (element-type guint): the lines with a
 *   breakpoint, from 1, in order, each once
 */
GArray *
dojo_debug_marks_get_breakpoints (GtkSourceView *view)
{
  GtkSourceBuffer *buffer;
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextIter iter;

  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (view), lines);

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &iter);
  do
    {
      GSList *marks = gtk_source_buffer_get_source_marks_at_iter (buffer, &iter,
                                                                  DOJO_DEBUG_MARK_BREAKPOINT);
      guint line = gtk_text_iter_get_line (&iter) + 1;

      if (marks != NULL && (lines->len == 0 || g_array_index (lines, guint, lines->len - 1) != line))
        g_array_append_val (lines, line);
      g_slist_free (marks);
    }
  while (gtk_source_buffer_forward_iter_to_source_mark (buffer, &iter,
                                                        DOJO_DEBUG_MARK_BREAKPOINT));
  return lines;
}

/**
 * dojo_debug_marks_set_line:
 * @view: an editor's view
 * @line: the line the debugger stopped at, from 1; 0 for none
 * @exception: whether an exception stopped it there
 *
 * Marks the debugger's line, and scrolls to it.
 */
void
dojo_debug_marks_set_line (GtkSourceView *view,
                           guint          line,
                           gboolean       exception)
{
  GtkSourceBuffer *buffer;
  GtkTextIter start, end, iter;

  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &start, &end);
  gtk_source_buffer_remove_source_marks (buffer, &start, &end, DOJO_DEBUG_MARK_LINE);
  gtk_source_buffer_remove_source_marks (buffer, &start, &end, DOJO_DEBUG_MARK_LINE "-exception");

  if (line >= 1 && gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (buffer), &iter, line - 1))
    {
      gtk_source_buffer_create_source_mark (buffer, NULL,
                                            exception ? DOJO_DEBUG_MARK_LINE "-exception"
                                                      : DOJO_DEBUG_MARK_LINE,
                                            &iter);
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (view), &iter, 0.1, FALSE, 0.0, 0.0);
    }
  update_gutter (view);
}
