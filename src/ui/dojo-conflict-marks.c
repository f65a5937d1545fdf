/* dojo-conflict-marks.c: a merge conflict's sides marked in an editor, with buttons to pick one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a merge stops at a conflict, git writes both versions into the file
 * between marker lines.  Here the learner's lines ("yours") are tinted one
 * colour, the other branch's ("theirs") another, the marker lines dimmed,
 * and above each conflict a row of buttons keeps one side or both.  The
 * buttons are overlays of the text view, never child anchors, which would
 * put U+FFFC into the file.  Everything follows the text: when the markers
 * are edited away by hand, the marks go too.  A bar at the top of the view
 * says what the colours and the marker lines mean.
 */

#define G_LOG_DOMAIN "dojo-conflict-marks"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-conflict-marks.h"

/* Room above and below a conflict's first marker line, for its row of
 * buttons beside the marker: the same both ways, so that the line's number
 * stays level with its text. */
#define ROW_PAD 6

struct _DojoConflictMarks
{
  GObject         parent_instance;

  GtkSourceView  *view;      /* weak */
  GtkTextBuffer  *buffer;
  GtkTextTag     *ours_tag;
  GtkTextTag     *theirs_tag;
  GtkTextTag     *marker_tag;
  GtkTextTag     *base_tag;
  GtkTextTag     *start_tag;
  GPtrArray      *regions;   /* of DojoConflictRegion */
  GPtrArray      *rows;      /* of GtkWidget, the view's overlays */
  GSimpleActionGroup *actions;
  GMenuModel     *menu;      /* the same choices in the view's context menu */
  GtkWidget      *explainer;
  GtkLabel       *explainer_title;
  GtkLabel       *ours_legend;
  GtkLabel       *theirs_legend;
  char           *ours;
  char           *theirs;
  guint           update_source;
  guint           place_source;
  guint           explainer_shown : 1;
};

G_DEFINE_FINAL_TYPE (DojoConflictMarks, dojo_conflict_marks, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_CONFLICTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_menu (DojoConflictMarks *self);

static void
set_rgba (GtkTextTag *tag,
          const char *property,
          const char *color)
{
  GdkRGBA rgba;

  if (color == NULL)
    {
      g_autofree char *set = g_strconcat (property, "-set", NULL);

      g_object_set (tag, set, FALSE, NULL);
      return;
    }

  if (gdk_rgba_parse (&rgba, color))
    g_object_set (tag, property, &rgba, NULL);
}

/* Blue for yours, purple for theirs: not the red and green of a diff, which
 * would say "removed" and "added".  The same colours are in style*.css, for
 * the explanation's swatches. */
static void
set_colours (DojoConflictMarks *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean hc = adw_style_manager_get_high_contrast (style);

  set_rgba (self->ours_tag, "paragraph-background-rgba",
            hc ? (dark ? "rgba(53,132,228,0.45)" : "rgba(53,132,228,0.30)")
               : (dark ? "rgba(53,132,228,0.30)" : "rgba(53,132,228,0.16)"));
  set_rgba (self->theirs_tag, "paragraph-background-rgba",
            hc ? (dark ? "rgba(192,97,203,0.45)" : "rgba(145,65,172,0.28)")
               : (dark ? "rgba(192,97,203,0.28)" : "rgba(145,65,172,0.14)"));
  set_rgba (self->marker_tag, "paragraph-background-rgba",
            dark ? "rgba(255,255,255,0.06)" : "rgba(0,0,0,0.05)");
  /* High contrast keeps the markers' text at full strength: italic says
   * they are not code. */
  set_rgba (self->marker_tag, "foreground-rgba",
            hc ? NULL : (dark ? "rgba(255,255,255,0.50)" : "rgba(0,0,0,0.50)"));
  set_rgba (self->base_tag, "foreground-rgba",
            hc ? NULL : (dark ? "rgba(255,255,255,0.50)" : "rgba(0,0,0,0.50)"));
}

static GtkTextTag *
make_tag (GtkTextBuffer *buffer,
          const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  if (tag == NULL)
    tag = gtk_text_buffer_create_tag (buffer, name, NULL);

  return g_object_ref (tag);
}

/* Above the syntax highlighting's tags, which GtkSourceView makes later. */
static void
raise_tags (DojoConflictMarks *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GtkTextTag *tags[] = { self->ours_tag, self->theirs_tag, self->base_tag, self->marker_tag,
                         self->start_tag };
  int top = gtk_text_tag_table_get_size (table) - 1;

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    gtk_text_tag_set_priority (tags[i], top);
}

static void
tag_lines (DojoConflictMarks *self,
           GtkTextTag        *tag,
           int                first,
           int                last)
{
  GtkTextIter start, end;

  if (first < 0 || last < first)
    return;

  gtk_text_buffer_get_iter_at_line (self->buffer, &start, first);
  if (!gtk_text_buffer_get_iter_at_line (self->buffer, &end, last + 1))
    gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);
}

static char *
dup_text (DojoConflictMarks *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, TRUE);
}

static void
set_tooltips (DojoConflictMarks *self,
              GtkWidget         *row)
{
  GtkWidget *yours = gtk_widget_get_first_child (row);
  GtkWidget *theirs = gtk_widget_get_next_sibling (yours);
  GtkWidget *both = gtk_widget_get_next_sibling (theirs);
  g_autofree char *yours_tip = NULL;
  g_autofree char *theirs_tip = NULL;

  if (self->ours != NULL)
    /* Translators: %s is the branch the learner is on, like “main”. */
    yours_tip = g_strdup_printf (_("Keep only your lines: what your branch “%s” has."),
                                 self->ours);
  else
    yours_tip = g_strdup (_("Keep only your lines: what your branch has."));

  if (self->theirs != NULL)
    /* Translators: %s is the branch being merged in, like “feature”. */
    theirs_tip = g_strdup_printf (_("Keep only their lines: what “%s” brings."), self->theirs);
  else
    theirs_tip = g_strdup (_("Keep only their lines: what the other branch brings."));

  gtk_widget_set_tooltip_text (yours, yours_tip);
  gtk_widget_set_tooltip_text (theirs, theirs_tip);
  gtk_widget_set_tooltip_text (both, _("Keep both: your lines, then theirs, to edit further."));
}

static GtkWidget *
row_button (const char *label,
            const char *css_class,
            guint       index,
            int         side)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "conflict-action");
  gtk_widget_add_css_class (button, css_class);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "conflict.keep");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(uu)", index, (guint)side);

  return button;
}

static GtkWidget *
row_new (DojoConflictMarks *self,
         guint              index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_add_css_class (row, "conflict-actions");
  gtk_box_append (GTK_BOX (row), row_button (_("Keep Yours"), "ours", index,
                                             DOJO_CONFLICT_OURS));
  gtk_box_append (GTK_BOX (row), row_button (_("Keep Theirs"), "theirs", index,
                                             DOJO_CONFLICT_THEIRS));
  gtk_box_append (GTK_BOX (row), row_button (_("Keep Both"), "both", index,
                                             DOJO_CONFLICT_BOTH));
  set_tooltips (self, row);

  return row;
}

static gboolean
place_rows_cb (gpointer data)
{
  DojoConflictMarks *self = data;

  self->place_source = 0;
  if (self->view == NULL)
    return G_SOURCE_REMOVE;

  for (guint i = 0; i < self->rows->len && i < self->regions->len; i++)
    {
      DojoConflictRegion *region = g_ptr_array_index (self->regions, i);
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkTextIter iter;
      GdkRectangle end;
      int y = 0, height = 0, row_height = 0;

      /* Beside the marker "<<<<<<< HEAD", in the middle of its line. */
      gtk_text_buffer_get_iter_at_line (self->buffer, &iter, region->start_line);
      gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self->view), &iter, &y, &height);
      if (!gtk_text_iter_ends_line (&iter))
        gtk_text_iter_forward_to_line_end (&iter);
      gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self->view), &iter, &end);
      gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, -1, NULL, &row_height, NULL, NULL);
      gtk_text_view_move_overlay (GTK_TEXT_VIEW (self->view), row, end.x + 24,
                                  y + MAX (0, (height - row_height) / 2));
    }

  return G_SOURCE_REMOVE;
}

/* After the view has laid out its lines: their places are known then. */
static void
queue_place_rows (DojoConflictMarks *self)
{
  if (self->place_source == 0 && self->rows->len > 0)
    self->place_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, place_rows_cb, self, NULL);
}

static void
update_explainer (DojoConflictMarks *self)
{
  gboolean show = self->regions->len > 0;
  g_autofree char *title = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  if (self->view == NULL)
    return;

  if (show)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "This file has %u conflict: both branches "
                                            "changed the same lines.",
                                            "This file has %u conflicts: both branches "
                                            "changed the same lines.",
                                            self->regions->len),
                               self->regions->len);
      gtk_label_set_label (self->explainer_title, title);

      if (self->ours != NULL)
        /* Translators: %s is the learner's branch, like “main”. */
        ours = g_strdup_printf (_("Yours: what “%s” has"), self->ours);
      else
        ours = g_strdup (_("Yours: what your branch has"));
      if (self->theirs != NULL)
        /* Translators: %s is the branch being merged in, like “feature”. */
        theirs = g_strdup_printf (_("Theirs: what “%s” brings"), self->theirs);
      else
        theirs = g_strdup (_("Theirs: what the other branch brings"));
      gtk_label_set_label (self->ours_legend, ours);
      gtk_label_set_label (self->theirs_legend, theirs);
      gtk_widget_set_tooltip_text (self->explainer,
                                   _("Both branches changed the same lines. Keep a side with "
                                     "the buttons beside each conflict, or edit the lines "
                                     "yourself. The dim lines starting with <<<<<<<, ======= "
                                     "and >>>>>>> are git’s markers: they must go before you "
                                     "commit the merge."));
    }

  if (show != self->explainer_shown)
    {
      /* The view's top border holds it: it stays in sight while the text
       * scrolls, and takes no room when the file has no conflict. */
      gtk_text_view_set_gutter (GTK_TEXT_VIEW (self->view), GTK_TEXT_WINDOW_TOP,
                                show ? self->explainer : NULL);
      self->explainer_shown = show;
    }
}

static void
update_now (DojoConflictMarks *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  GtkTextIter start, end;
  guint old_len = self->regions->len;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->view == NULL)
    return;

  text = dup_text (self);
  if (dojo_conflict_has_markers (text, -1, NULL))
    regions = dojo_conflict_parse (text, -1);
  else
    regions = g_ptr_array_new ();

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  self->regions = g_steal_pointer (&regions);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->ours_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->theirs_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->marker_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->base_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->start_tag, &start, &end);

  if (self->regions->len > 0)
    raise_tags (self);

  for (guint i = 0; i < self->regions->len; i++)
    {
      DojoConflictRegion *region = g_ptr_array_index (self->regions, i);
      int ours_end = region->base_line >= 0 ? region->base_line : region->mid_line;

      tag_lines (self, self->start_tag, region->start_line, region->start_line);
      tag_lines (self, self->marker_tag, region->start_line, region->start_line);
      tag_lines (self, self->ours_tag, region->start_line + 1, ours_end - 1);
      if (region->base_line >= 0)
        {
          tag_lines (self, self->marker_tag, region->base_line, region->base_line);
          tag_lines (self, self->base_tag, region->base_line + 1, region->mid_line - 1);
        }
      tag_lines (self, self->marker_tag, region->mid_line, region->mid_line);
      tag_lines (self, self->theirs_tag, region->mid_line + 1, region->end_line - 1);
      tag_lines (self, self->marker_tag, region->end_line, region->end_line);
    }

  /* Row i always acts on conflict i. Rows not needed now are hidden, not
   * removed: GTK 4.8's gtk_text_view_remove() cannot remove an overlay (it
   * warns that it is not a child); the view frees them with itself. */
  while (self->rows->len < self->regions->len)
    {
      GtkWidget *row = row_new (self, self->rows->len);

      g_ptr_array_add (self->rows, row);
      gtk_text_view_add_overlay (GTK_TEXT_VIEW (self->view), row, 0, 0);
    }
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->rows, i), i < self->regions->len);

  update_explainer (self);
  queue_place_rows (self);
  update_menu (self);
  /* The context menu (Menu key, Shift+F10) offers the same choices, for
   * the keyboard: the buttons are not in the text's focus chain. */
  if ((old_len == 0) != (self->regions->len == 0))
    gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->view),
                                  self->regions->len > 0 ? self->menu : NULL);

  if (old_len != self->regions->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

/* The conflict the cursor is in, or -1. */
static int
region_at_cursor (DojoConflictMarks *self)
{
  GtkTextIter cursor;
  int line;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor,
                                    gtk_text_buffer_get_insert (self->buffer));
  line = gtk_text_iter_get_line (&cursor);

  for (guint i = 0; i < self->regions->len; i++)
    {
      DojoConflictRegion *region = g_ptr_array_index (self->regions, i);

      if (line >= region->start_line && line <= region->end_line)
        return (int)i;
    }

  return -1;
}

static void
update_menu (DojoConflictMarks *self)
{
  GAction *here = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-here");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (here), region_at_cursor (self) >= 0);
}

static gboolean
update_cb (gpointer data)
{
  DojoConflictMarks *self = data;

  self->update_source = 0;
  update_now (self);

  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (DojoConflictMarks *self)
{
  /* Once per burst of typing, not once per key. */
  if (self->update_source == 0)
    self->update_source = g_timeout_add (60, update_cb, self);
}

static void
keep_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DojoConflictMarks *self = user_data;
  guint index, side;

  g_variant_get (parameter, "(uu)", &index, &side);
  if (side <= DOJO_CONFLICT_BOTH)
    dojo_conflict_marks_resolve (self, index, side);
}

static void
keep_here_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  DojoConflictMarks *self = user_data;
  guint side = g_variant_get_uint32 (parameter);
  int index = region_at_cursor (self);

  if (index >= 0 && side <= DOJO_CONFLICT_BOTH)
    dojo_conflict_marks_resolve (self, (guint)index, side);
}

static GtkWidget *
swatch_new (const char *css_class)
{
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (swatch, "conflict-swatch");
  gtk_widget_add_css_class (swatch, css_class);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);

  return swatch;
}

/* One line each, cut short with "…" when the editor is narrow (the whole
 * text is the bar's tooltip): the view's top border measures its widget
 * without a width, so wrapped text would be clipped. */
static GtkLabel *
line_label (GtkBox     *box,
            const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
build_explainer (DojoConflictMarks *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkLabel *marker;

  gtk_widget_add_css_class (box, "conflict-explainer");
  self->explainer_title = line_label (GTK_BOX (box), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->explainer_title), "heading");
  line_label (GTK_BOX (box), _("Keep a side with the buttons, or edit the lines yourself."));

  gtk_box_append (GTK_BOX (legend), swatch_new ("ours"));
  self->ours_legend = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_margin_end (GTK_WIDGET (self->ours_legend), 12);
  gtk_box_append (GTK_BOX (legend), GTK_WIDGET (self->ours_legend));
  gtk_box_append (GTK_BOX (legend), swatch_new ("theirs"));
  self->theirs_legend = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_margin_end (GTK_WIDGET (self->theirs_legend), 12);
  gtk_box_append (GTK_BOX (legend), GTK_WIDGET (self->theirs_legend));
  gtk_box_append (GTK_BOX (legend), swatch_new ("marker"));
  marker = line_label (GTK_BOX (legend),
                       _("Dim: git’s markers, to delete"));
  gtk_widget_set_hexpand (GTK_WIDGET (marker), TRUE);
  gtk_box_append (GTK_BOX (box), legend);

  self->explainer = g_object_ref_sink (box);
}

static void
dojo_conflict_marks_dispose (GObject *object)
{
  DojoConflictMarks *self = DOJO_CONFLICT_MARKS (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_handle_id (&self->place_source, g_source_remove);

  if (self->view != NULL)
    {
      for (guint i = 0; i < self->rows->len; i++)
        gtk_widget_set_visible (g_ptr_array_index (self->rows, i), FALSE);
      if (self->explainer_shown)
        gtk_text_view_set_gutter (GTK_TEXT_VIEW (self->view), GTK_TEXT_WINDOW_TOP, NULL);
      gtk_widget_insert_action_group (GTK_WIDGET (self->view), "conflict", NULL);
      if (self->regions->len > 0)
        gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->view), NULL);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->buffer);
  g_clear_object (&self->ours_tag);
  g_clear_object (&self->theirs_tag);
  g_clear_object (&self->marker_tag);
  g_clear_object (&self->base_tag);
  g_clear_object (&self->start_tag);
  g_clear_object (&self->explainer);
  g_clear_object (&self->actions);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (dojo_conflict_marks_parent_class)->dispose (object);
}

static void
dojo_conflict_marks_finalize (GObject *object)
{
  DojoConflictMarks *self = DOJO_CONFLICT_MARKS (object);

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->ours);
  g_free (self->theirs);

  G_OBJECT_CLASS (dojo_conflict_marks_parent_class)->finalize (object);
}

static void
dojo_conflict_marks_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DojoConflictMarks *self = DOJO_CONFLICT_MARKS (object);

  switch (prop_id)
    {
    case PROP_N_CONFLICTS:
      g_value_set_uint (value, self->regions->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_conflict_marks_class_init (DojoConflictMarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_conflict_marks_dispose;
  object_class->finalize = dojo_conflict_marks_finalize;
  object_class->get_property = dojo_conflict_marks_get_property;

  properties[PROP_N_CONFLICTS] =
    g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dojo_conflict_marks_init (DojoConflictMarks *self)
{
  self->regions = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
}

/**
 * dojo_conflict_marks_new:
 * @view: an editor's view
 *
 * Marks the merge conflicts in @view's text, now and as it changes. Keep
 * the returned object as long as @view.
 */
DojoConflictMarks *
dojo_conflict_marks_new (GtkSourceView *view)
{
  static const GActionEntry entries[] = {
    { .name = "keep", .activate = keep_activated, .parameter_type = "(uu)" },
    { .name = "keep-here", .activate = keep_here_activated, .parameter_type = "u" },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenuItem) yours = g_menu_item_new (_("Keep _Yours"), NULL);
  g_autoptr(GMenuItem) theirs = g_menu_item_new (_("Keep _Theirs"), NULL);
  g_autoptr(GMenuItem) both = g_menu_item_new (_("Keep _Both"), NULL);
  DojoConflictMarks *self;
  GtkAdjustment *vadjustment;

  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (view), NULL);

  self = g_object_new (DOJO_TYPE_CONFLICT_MARKS, NULL);
  g_set_weak_pointer (&self->view, view);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  self->ours_tag = make_tag (self->buffer, "dojo-conflict-ours");
  self->theirs_tag = make_tag (self->buffer, "dojo-conflict-theirs");
  self->marker_tag = make_tag (self->buffer, "dojo-conflict-marker");
  self->base_tag = make_tag (self->buffer, "dojo-conflict-base");
  self->start_tag = make_tag (self->buffer, "dojo-conflict-start");
  g_object_set (self->marker_tag, "style", PANGO_STYLE_ITALIC, NULL);
  g_object_set (self->base_tag, "style", PANGO_STYLE_ITALIC, NULL);
  g_object_set (self->start_tag, "pixels-above-lines", ROW_PAD, "pixels-below-lines", ROW_PAD,
                NULL);
  set_colours (self);
  build_explainer (self);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries),
                                   self);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "conflict", G_ACTION_GROUP (self->actions));
  g_menu_item_set_action_and_target (yours, "conflict.keep-here", "u", DOJO_CONFLICT_OURS);
  g_menu_item_set_action_and_target (theirs, "conflict.keep-here", "u", DOJO_CONFLICT_THEIRS);
  g_menu_item_set_action_and_target (both, "conflict.keep-here", "u", DOJO_CONFLICT_BOTH);
  g_menu_append_item (section, yours);
  g_menu_append_item (section, theirs);
  g_menu_append_item (section, both);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  self->menu = G_MENU_MODEL (g_steal_pointer (&menu));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (set_colours), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (set_colours), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "notify::cursor-position", G_CALLBACK (update_menu),
                           self, G_CONNECT_SWAPPED);
  /* The lines' places change when the view lays them out or is resized. */
  g_signal_connect_object (view, "map", G_CALLBACK (queue_place_rows), self, G_CONNECT_SWAPPED);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  if (vadjustment != NULL)
    g_signal_connect_object (vadjustment, "changed", G_CALLBACK (queue_place_rows), self,
                             G_CONNECT_SWAPPED);

  update_now (self);

  return self;
}

/**
 * dojo_conflict_marks_set_branches:
 * @ours: (nullable): the learner's branch, like “main”
 * @theirs: (nullable): the branch being merged in, like “feature”
 *
 * Names the two sides in the buttons' tooltips and the explanation.
 */
void
dojo_conflict_marks_set_branches (DojoConflictMarks *self,
                                  const char        *ours,
                                  const char        *theirs)
{
  g_return_if_fail (DOJO_IS_CONFLICT_MARKS (self));

  if (g_strcmp0 (ours, self->ours) == 0 && g_strcmp0 (theirs, self->theirs) == 0)
    return;

  g_free (self->ours);
  g_free (self->theirs);
  self->ours = g_strdup (ours);
  self->theirs = g_strdup (theirs);

  for (guint i = 0; i < self->rows->len; i++)
    set_tooltips (self, g_ptr_array_index (self->rows, i));
  update_explainer (self);
}

/* How many conflicts the text has, as last read (it is read again shortly
 * after each change, or at once by dojo_conflict_marks_update()). */
guint
dojo_conflict_marks_get_n_conflicts (DojoConflictMarks *self)
{
  g_return_val_if_fail (DOJO_IS_CONFLICT_MARKS (self), 0);

  return self->regions->len;
}

/* Reads the text now, instead of just after the next change settles. */
void
dojo_conflict_marks_update (DojoConflictMarks *self)
{
  g_return_if_fail (DOJO_IS_CONFLICT_MARKS (self));

  update_now (self);
}

/* The bar at the top of the view that explains the marks. */
GtkWidget *
dojo_conflict_marks_get_explainer (DojoConflictMarks *self)
{
  g_return_val_if_fail (DOJO_IS_CONFLICT_MARKS (self), NULL);

  return self->explainer;
}

static gsize
line_offset (const char *text,
             int         line)
{
  const char *p = text;

  for (int i = 0; i < line && *p != '\0'; i++)
    {
      const char *nl = strchr (p, '\n');

      if (nl == NULL)
        return strlen (text);
      p = nl + 1;
    }

  return (gsize)(p - text);
}

/**
 * dojo_conflict_marks_resolve:
 * @index: which conflict, from 0 in the text's order
 * @side: what to keep
 *
 * Replaces conflict @index with the side chosen, as one step that Undo
 * takes back.
 *
 * Returns: FALSE when the text has no such conflict
 */
gboolean
dojo_conflict_marks_resolve (DojoConflictMarks *self,
                             guint              index,
                             DojoConflictSide   side)
{
  g_autofree char *text = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *replacement = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  DojoConflictRegion *region;
  GtkTextIter start, end;
  gsize prefix, suffix, text_len, resolved_len;

  g_return_val_if_fail (DOJO_IS_CONFLICT_MARKS (self), FALSE);

  if (self->view == NULL)
    return FALSE;

  text = dup_text (self);
  regions = dojo_conflict_parse (text, -1);
  if (index >= regions->len)
    return FALSE;
  resolved = dojo_conflict_resolve (text, -1, index, side);
  if (resolved == NULL)
    return FALSE;

  /* Only the conflict's lines change: only they are replaced, so the
   * cursor, the marks and the undo step stay small. */
  region = g_ptr_array_index (regions, index);
  text_len = strlen (text);
  resolved_len = strlen (resolved);
  prefix = line_offset (text, region->start_line);
  suffix = text_len - line_offset (text, region->end_line + 1);

  if (resolved_len >= prefix + suffix
      && memcmp (text, resolved, prefix) == 0
      && memcmp (text + text_len - suffix, resolved + resolved_len - suffix, suffix) == 0)
    {
      replacement = g_strndup (resolved + prefix, resolved_len - prefix - suffix);
      gtk_text_buffer_get_iter_at_line (self->buffer, &start, region->start_line);
      if (!gtk_text_buffer_get_iter_at_line (self->buffer, &end, region->end_line + 1))
        gtk_text_buffer_get_end_iter (self->buffer, &end);
    }
  else
    {
      replacement = g_steal_pointer (&resolved);
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
    }

  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_insert (self->buffer, &start, replacement, -1);
  gtk_text_buffer_end_user_action (self->buffer);

  if (gtk_text_buffer_get_iter_at_line (self->buffer, &start, region->start_line))
    gtk_text_buffer_place_cursor (self->buffer, &start);

  update_now (self);

  return TRUE;
}
