/* dojo-course-view.c: the learner's map of a course
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-course-view"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-course-view.h"
#include "dojo-markdown.h"

struct _DojoCourseView
{
  GtkWidget    parent_instance;

  GtkLabel    *title_label;
  GtkLabel    *progress_label;
  GtkProgressBar *progress_bar;
  GtkWidget   *continue_button;
  GtkLabel    *continue_label;
  GtkListBox  *list;
  GtkScrolledWindow *scroller;

  DojoCourse  *course;
  guint        scroll_source;
  gboolean     built;
  /* item id → its row, to update one row when its progress changes */
  GHashTable  *rows;
  char        *current_item;
};

G_DEFINE_FINAL_TYPE (DojoCourseView, dojo_course_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
item_icon_name (DojoPackItem *item)
{
  switch (dojo_pack_item_get_item_type (item))
    {
    case DOJO_PACK_ITEM_LESSON:
      return "accessories-dictionary-symbolic";
    case DOJO_PACK_ITEM_EXERCISE:
      return "document-edit-symbolic";
    case DOJO_PACK_ITEM_QUIZ:
      return "dialog-question-symbolic";
    case DOJO_PACK_ITEM_PROJECT:
      return "applications-engineering-symbolic";
    default:
      return "text-x-generic-symbolic";
    }
}

/* Titles are course text: `code` in one shows as code, not as backticks. */
static GtkWidget *
markdown_label (const char *title)
{
  g_autofree char *markup = dojo_markdown_inline_to_markup (title);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  return label;
}

static const char *
item_kind (DojoPackItem *item)
{
  switch (dojo_pack_item_get_item_type (item))
    {
    case DOJO_PACK_ITEM_LESSON:
      return _("Lesson");
    case DOJO_PACK_ITEM_EXERCISE:
      return _("Exercise");
    case DOJO_PACK_ITEM_QUIZ:
      return _("Checkpoint quiz");
    case DOJO_PACK_ITEM_PROJECT:
      return _("Project");
    default:
      return "";
    }
}

static void
update_row (DojoCourseView *self,
            GtkWidget      *row)
{
  DojoPackItem *item = g_object_get_data (G_OBJECT (row), "dojo-item");
  GtkWidget *done_icon = g_object_get_data (G_OBJECT (row), "dojo-done-icon");
  gboolean done = dojo_course_is_done (self->course, item);
  gboolean changed = done && dojo_course_is_changed (self->course, item);
  g_autofree char *description = NULL;
  g_autofree char *title = dojo_markdown_to_plain_text (dojo_pack_item_get_title (item));

  /* Passed, but the exercise changed since: a different mark, asking for
   * a new check rather than failing by surprise. */
  gtk_image_set_from_icon_name (GTK_IMAGE (done_icon),
                                changed ? "view-refresh-symbolic" : "object-select-symbolic");
  gtk_widget_set_tooltip_text (done_icon, changed ? _("Changed since you passed it: check it again")
                                                  : _("Done"));
  if (changed)
    gtk_widget_remove_css_class (done_icon, "success");
  else
    gtk_widget_add_css_class (done_icon, "success");
  gtk_widget_set_opacity (done_icon, done ? 1.0 : 0.0);

  /* A screen reader hears what the eye sees: kind, title and state. */
  if (changed)
    description = g_strdup_printf (_("%s: %s, changed since you passed it"),
                                   item_kind (item), title);
  else
    description = g_strdup_printf (done ? _("%s: %s, done") : _("%s: %s"),
                                   item_kind (item), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static GtkWidget *
make_item_row (DojoCourseView *self,
               DojoPackItem   *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name (item_icon_name (item));
  GtkWidget *label = markdown_label (dojo_pack_item_get_title (item));
  GtkWidget *done_icon = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_set_tooltip_text (icon, item_kind (item));
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), done_icon);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "course-item");

  g_object_set_data_full (G_OBJECT (row), "dojo-item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "dojo-done-icon", done_icon);
  update_row (self, row);

  return row;
}

static GtkWidget *
make_phase_row (DojoPackPhase *phase)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = markdown_label (dojo_pack_phase_get_title (phase));
  g_autofree char *title = dojo_markdown_to_plain_text (dojo_pack_phase_get_title (phase));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "course-phase");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  return row;
}

static void
update_summary (DojoCourseView *self)
{
  DojoPack *pack;
  DojoPackItem *next;
  guint n_items;
  guint done;
  g_autofree char *progress = NULL;
  g_autofree char *continue_text = NULL;

  if (self->course == NULL)
    return;

  pack = dojo_course_get_pack (self->course);
  n_items = dojo_pack_get_n_items (pack);
  done = dojo_course_count_done (self->course);

  /* Translators: "12 of 180 done" in a course's outline. */
  progress = g_strdup_printf (_("%u of %u done"), done, n_items);
  gtk_label_set_label (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, n_items ? (double)done / n_items : 0);

  next = dojo_course_get_continue_item (self->course);
  gtk_widget_set_visible (self->continue_button, next != NULL);
  if (next != NULL)
    {
      /* Translators: the button that reopens where the learner left off. */
      g_autofree char *format = g_markup_escape_text (_("Continue: %s"), -1);
      g_autofree char *title = dojo_markdown_inline_to_markup (dojo_pack_item_get_title (next));

      continue_text = g_strdup_printf (format, title);
      gtk_label_set_markup (self->continue_label, continue_text);
      gtk_widget_set_tooltip_markup (self->continue_button, continue_text);
    }
}

static void
build_rows (DojoCourseView *self)
{
  DojoPack *pack = dojo_course_get_pack (self->course);

  /* Built the first time the outline shows, not at startup: a course of
   * hundreds of items must not delay the first frame. */
  self->built = TRUE;
  {
    g_autofree char *title = dojo_markdown_inline_to_markup (dojo_pack_get_title (pack));

    gtk_label_set_markup (self->title_label, title);
  }

  for (guint p = 0; p < dojo_pack_get_n_phases (pack); p++)
    {
      DojoPackPhase *phase = dojo_pack_get_phase (pack, p);

      gtk_list_box_append (self->list, make_phase_row (phase));

      for (guint i = 0; i < dojo_pack_phase_get_n_items (phase); i++)
        {
          DojoPackItem *item = dojo_pack_phase_get_item (phase, i);
          GtkWidget *row = make_item_row (self, item);

          gtk_list_box_append (self->list, row);
          g_hash_table_insert (self->rows, (gpointer)dojo_pack_item_get_id (item), row);
        }
    }

  update_summary (self);

  if (self->current_item != NULL)
    dojo_course_view_set_current_item (self, self->current_item);
}

static void
on_map (DojoCourseView *self)
{
  if (self->course != NULL && !self->built)
    build_rows (self);
}

static void
on_item_changed (DojoCourseView *self,
                 DojoPackItem   *item)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, dojo_pack_item_get_id (item));

  if (!self->built)
    return;

  if (row != NULL)
    update_row (self, row);

  update_summary (self);
}

static void
on_row_activated (DojoCourseView *self,
                  GtkListBoxRow  *row)
{
  DojoPackItem *item = g_object_get_data (G_OBJECT (row), "dojo-item");

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, dojo_pack_item_get_id (item));
}

static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  DojoCourseView *self = DOJO_COURSE_VIEW (widget);
  DojoPackItem *item;

  if (self->course == NULL)
    return;

  item = dojo_course_get_continue_item (self->course);
  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, dojo_pack_item_get_id (item));
}

static gboolean
scroll_to_current (gpointer user_data)
{
  DojoCourseView *self = user_data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  GtkAdjustment *adjustment;
  double x;
  double y;

  self->scroll_source = 0;

  /* Bring the current item into view, a third of the way down, once the
   * list has its size. */
  if (row == NULL ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (row), GTK_WIDGET (self->list),
                                         0, 0, &x, &y))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment,
                            y - gtk_adjustment_get_page_size (adjustment) / 3);

  return G_SOURCE_REMOVE;
}

static void
dojo_course_view_dispose (GObject *object)
{
  DojoCourseView *self = (DojoCourseView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_COURSE_VIEW);

  /* GTK 4.8 unparents only the named template children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->course);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->current_item, g_free);

  G_OBJECT_CLASS (dojo_course_view_parent_class)->dispose (object);
}

/* Focusing the outline puts the keyboard on the part open now. */
static gboolean
dojo_course_view_grab_focus (GtkWidget *widget)
{
  DojoCourseView *self = DOJO_COURSE_VIEW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (row));
  return gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static void
dojo_course_view_class_init (DojoCourseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_course_view_dispose;
  widget_class->grab_focus = dojo_course_view_grab_focus;

  /**
   * DojoCourseView::item-activated:
   * @item_id: the id of the item the learner picked
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-course-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, continue_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, continue_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, list);
  gtk_widget_class_bind_template_child (widget_class, DojoCourseView, scroller);

  gtk_widget_class_install_action (widget_class, "course.continue", NULL, continue_action);

  gtk_widget_class_set_css_name (widget_class, "dojocourseview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_NAVIGATION);
}

static void
dojo_course_view_init (DojoCourseView *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Course outline"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated",
                           G_CALLBACK (on_row_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

GtkWidget *
dojo_course_view_new (void)
{
  return g_object_new (DOJO_TYPE_COURSE_VIEW, NULL);
}

DojoCourse *
dojo_course_view_get_course (DojoCourseView *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_VIEW (self), NULL);

  return self->course;
}

/**
 * dojo_course_view_set_course:
 * @self: a course view
 * @course: (nullable): the course to show
 *
 * Shows @course's phases and items, and keeps them up to date as the
 * learner's progress changes.
 */
void
dojo_course_view_set_course (DojoCourseView *self,
                             DojoCourse     *course)
{
  GtkWidget *child;

  g_return_if_fail (DOJO_IS_COURSE_VIEW (self));
  g_return_if_fail (!course || DOJO_IS_COURSE (course));

  if (self->course == course)
    return;

  if (self->course != NULL)
    g_signal_handlers_disconnect_by_func (self->course, on_item_changed, self);

  g_set_object (&self->course, course);
  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (course == NULL)
    return;

  self->built = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build_rows (self);

  g_signal_connect_object (course, "item-changed",
                           G_CALLBACK (on_item_changed), self, G_CONNECT_SWAPPED);
}

/**
 * dojo_course_view_set_current_item:
 * @self: a course view
 * @item_id: (nullable): the item the window shows
 *
 * Marks the item the learner is on, and scrolls it into view.
 */
void
dojo_course_view_set_current_item (DojoCourseView *self,
                                   const char     *item_id)
{
  GtkWidget *row = NULL;

  g_return_if_fail (DOJO_IS_COURSE_VIEW (self));

  if (self->current_item != item_id)
    {
      g_free (self->current_item);
      self->current_item = g_strdup (item_id);
    }

  if (item_id != NULL)
    row = g_hash_table_lookup (self->rows, item_id);

  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));

  if (row != NULL && self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (G_PRIORITY_LOW, scroll_to_current, self, NULL);
}

const char *
dojo_course_view_get_current_item (DojoCourseView *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_VIEW (self), NULL);

  return self->current_item;
}
