/* dojo-history-view.c: the project's commits, what each changed, and restoring
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-history-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-commit-dialog.h"
#include "dojo-diff-view.h"
#include "dojo-history-graph.h"
#include "dojo-identity-dialog.h"
#include "dojo-vcs-util.h"
#include "dojo-history-view.h"

/* Commits read at a time; "Show Older Commits" reads the next page. */
#define PAGE_SIZE 50

/* The graph at the left of each commit: the width of a lane, the room left
 * of the first, and the dot's radius. */
#define LANE_WIDTH   14
#define GRAPH_MARGIN 4
#define DOT_RADIUS   4.5

struct _DojoHistoryView
{
  GtkWidget       parent_instance;

  GtkRevealer    *banner_revealer;
  GtkLabel       *banner_label;
  GtkButton      *banner_button;
  GtkWidget      *paned;
  GtkListBox     *commit_list;
  GtkStack       *details_stack;
  GtkLabel       *summary_label;
  GtkLabel       *meta_label;
  GtkListBox     *files_list;
  DojoDiffView   *diff_view;

  DojoRepo       *repo;
  GCancellable   *cancellable;
  GCancellable   *select_cancellable;
  GPtrArray      *commits;        /* of DojoCommitInfo, in list order */
  DojoHistoryGraph *graph;        /* a row for each of @commits */
  GPtrArray      *graph_areas;    /* of GtkDrawingArea, one per row, owned by the rows */
  GHashTable     *in_current;     /* ids of the commits HEAD's history holds */
  GtkWidget      *more_row;
  DojoCommitInfo *selected;
  DojoDiff       *diff;
  char           *selected_path;
  /* Where "Back to" goes, as the last read of HEAD found it; NULL unless
   * HEAD is detached. The UI thread never asks the repository, whose lock
   * a status read elsewhere holds for as long as it takes. */
  char           *back_branch;
  guint           busy;
  guint           has_more : 1;
  guint           disposed : 1;
  /* The selected commit's changes are being read: one count of @busy. */
  guint           selecting : 1;
  /* The banner says whether HEAD is detached, rather than a message: a
   * new read of HEAD updates it. */
  guint           banner_shows_state : 1;
};

G_DEFINE_FINAL_TYPE (DojoHistoryView, dojo_history_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  PENDING_FILE,
  PENDING_PROJECT,
  PENDING_REVERT,
} PendingKind;

typedef struct
{
  DojoHistoryView *self;
  PendingKind      kind;
  char            *commit;
  char            *summary;
  char            *path;
  char            *when;
  char            *head_before;   /* HEAD when the restore started */
  gboolean         force;
} Pending;

static void load_page   (DojoHistoryView *self);
static void run_restore (Pending         *pending,
                         gboolean         force);

static void
pending_free (Pending *pending)
{
  g_clear_weak_pointer (&pending->self);
  g_free (pending->commit);
  g_free (pending->summary);
  g_free (pending->path);
  g_free (pending->when);
  g_free (pending->head_before);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static Pending *
pending_new (DojoHistoryView *self,
             PendingKind      kind)
{
  Pending *pending = g_new0 (Pending, 1);

  g_set_weak_pointer (&pending->self, self);
  pending->kind = kind;
  pending->commit = g_strdup (self->selected->id);
  pending->summary = g_strdup (self->selected->summary);
  pending->path = g_strdup (self->selected_path);
  pending->when = _dojo_vcs_relative_time (self->selected->time);

  return pending;
}

static gboolean
selected_file_exists (DojoHistoryView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->files_list);

  return self->selected_path != NULL && row != NULL
         && !gtk_widget_has_css_class (GTK_WIDGET (row), "deleted-file");
}

static void
update_actions (DojoHistoryView *self)
{
  gboolean idle = self->busy == 0;
  gboolean detached = self->repo != NULL && self->back_branch != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.show-file",
                                 self->selected != NULL && selected_file_exists (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.restore-file",
                                 idle && self->selected != NULL && selected_file_exists (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.restore-project",
                                 idle && self->selected != NULL && !detached);
  /* Undoing a commit of another branch would take back changes the current
   * branch never had. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.revert",
                                 idle && self->selected != NULL && !detached
                                 && g_hash_table_contains (self->in_current,
                                                           self->selected->id));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.load-more",
                                 idle && self->has_more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.back-to-branch",
                                 idle && detached);
}

/* The banner says what just happened, or else whether the learner is
 * looking at an old version (with a way back). */
static void
show_banner (DojoHistoryView *self,
             const char      *message)
{
  gboolean detached = self->repo != NULL && self->back_branch != NULL;

  self->banner_shows_state = message == NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), FALSE);

  if (message == NULL && detached)
    {
      g_autofree char *text = NULL;
      g_autofree char *label = NULL;

      text = g_strdup_printf (_("You are looking at an old version of your project (git calls "
                                "this a “detached HEAD”). New commits need a branch: switch "
                                "back to “%s” to continue your latest work."),
                              self->back_branch);
      label = g_strdup_printf (_("Back to “%s”"), self->back_branch);
      gtk_label_set_label (self->banner_label, text);
      gtk_button_set_label (self->banner_button, label);
      gtk_widget_set_visible (GTK_WIDGET (self->banner_button), TRUE);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      return;
    }

  gtk_label_set_label (self->banner_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
set_busy (DojoHistoryView *self,
          gboolean         busy)
{
  if (busy)
    self->busy++;
  else if (self->busy > 0)
    self->busy--;

  update_actions (self);
}

static char *
commit_text (const DojoCommitInfo *info)
{
  g_autofree char *when = _dojo_vcs_relative_time (info->time);
  g_autofree char *files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file",
                                                         "%u files", info->files_changed),
                                            info->files_changed);

  /* TRANSLATORS: "5 minutes ago · 2 files" */
  return g_strdup_printf (_("%s · %s"), when, files);
}

/* Colours of the lines of work, told apart by hue and readable on the
 * view's background: GNOME's palette, darker shades on light backgrounds and
 * lighter ones on dark, the strongest in high contrast. */
static const char * const lane_colors_light[] = {
  "#1c71d8", "#c64600", "#26a269", "#9141ac", "#c01c28", "#865e3c",
};
static const char * const lane_colors_dark[] = {
  "#62a0ea", "#ffa348", "#57e389", "#c061cb", "#f66151", "#cdab8f",
};
static const char * const lane_colors_hc_light[] = {
  "#1a5fb4", "#9c3500", "#1c7a4b", "#613583", "#a51d2d", "#63452c",
};
static const char * const lane_colors_hc_dark[] = {
  "#99c1f1", "#ffbe6f", "#8ff0a4", "#dc8add", "#ff7b63", "#e0c9b3",
};

static void
lane_color (guint    color,
            GdkRGBA *rgba)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean contrast = adw_style_manager_get_high_contrast (manager);
  const char * const *palette = contrast ? (dark ? lane_colors_hc_dark : lane_colors_hc_light)
                                         : (dark ? lane_colors_dark : lane_colors_light);

  gdk_rgba_parse (rgba, palette[color % G_N_ELEMENTS (lane_colors_light)]);
}

static double
lane_x (guint lane)
{
  return GRAPH_MARGIN + lane * LANE_WIDTH + LANE_WIDTH / 2.0;
}

/* Half of a line between two rows: from (x1, y1) to (x2, y2), leaving and
 * arriving upright, so that a line that changes lanes is a smooth S. */
static void
half_line (cairo_t *cr,
           double   x1,
           double   y1,
           double   x2,
           double   y2)
{
  cairo_move_to (cr, x1, y1);
  if (x1 == x2)
    cairo_line_to (cr, x2, y2);
  else
    cairo_curve_to (cr, x1, (y1 + y2) / 2, x2, (y1 + y2) / 2, x2, y2);
  cairo_stroke (cr);
}

static void
draw_graph (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (user_data);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "row"));
  gboolean contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  double middle = height / 2.0;
  const DojoHistoryGraphRow *row;
  const DojoHistoryGraphRow *above;
  GdkRGBA rgba;

  if (self->disposed || (row = dojo_history_graph_get_row (self->graph, index)) == NULL)
    return;
  above = index > 0 ? dojo_history_graph_get_row (self->graph, index - 1) : NULL;

  cairo_set_line_width (cr, contrast ? 3 : 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* The lines from the row above end here; they meet the row boundary
   * halfway between their two lanes. */
  for (guint i = 0; above != NULL && i < above->edges->len; i++)
    {
      const DojoHistoryGraphEdge *edge = &g_array_index (above->edges, DojoHistoryGraphEdge, i);

      lane_color (edge->color, &rgba);
      gdk_cairo_set_source_rgba (cr, &rgba);
      half_line (cr, (lane_x (edge->from) + lane_x (edge->to)) / 2, 0, lane_x (edge->to), middle);
    }

  for (guint i = 0; i < row->edges->len; i++)
    {
      const DojoHistoryGraphEdge *edge = &g_array_index (row->edges, DojoHistoryGraphEdge, i);

      lane_color (edge->color, &rgba);
      gdk_cairo_set_source_rgba (cr, &rgba);
      half_line (cr, lane_x (edge->from), middle,
                 (lane_x (edge->from) + lane_x (edge->to)) / 2, height);
    }

  /* A commit is a dot; a merge commit a ring with a dot inside, to see
   * without colour where two lines of work became one. */
  lane_color (row->color, &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  if (row->is_merge)
    {
      cairo_arc (cr, lane_x (row->lane), middle, DOT_RADIUS + 1.5, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_arc (cr, lane_x (row->lane), middle, DOT_RADIUS - 0.5, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      cairo_arc (cr, lane_x (row->lane), middle, DOT_RADIUS - 2.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else
    {
      cairo_arc (cr, lane_x (row->lane), middle, DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static int
graph_width (DojoHistoryView *self)
{
  return 2 * GRAPH_MARGIN + MAX (1, dojo_history_graph_get_n_lanes (self->graph)) * LANE_WIDTH;
}

static void
redraw_graph (DojoHistoryView *self)
{
  int width;

  if (self->graph_areas == NULL)
    return;

  width = graph_width (self);
  for (guint i = 0; i < self->graph_areas->len; i++)
    {
      GtkDrawingArea *area = g_ptr_array_index (self->graph_areas, i);

      gtk_drawing_area_set_content_width (area, width);
      gtk_widget_queue_draw (GTK_WIDGET (area));
    }
}

static GtkWidget *
branch_label_new (const char *name,
                  gboolean    current)
{
  GtkWidget *label = gtk_label_new (name);

  gtk_widget_add_css_class (label, "vcs-branch-label");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  if (current)
    {
      gtk_widget_add_css_class (label, "current");
      /* Translators: the tooltip of a branch's name in the history */
      gtk_widget_set_tooltip_text (label, _("The current branch: new commits go here"));
    }
  else
    {
      g_autofree char *tooltip = NULL;

      /* Translators: the tooltip of a branch's name in the history */
      tooltip = g_strdup_printf (_("The newest commit of the branch “%s”"), name);
      gtk_widget_set_tooltip_text (label, tooltip);
    }

  return label;
}

static GtkWidget *
commit_row_new (DojoHistoryView      *self,
                const DojoCommitInfo *info,
                guint                 index)
{
  const DojoHistoryGraphRow *graph_row = dojo_history_graph_get_row (self->graph, index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  /* The row's description says in words what the picture shows. */
  GtkWidget *area = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *summary = gtk_label_new (info->summary);
  g_autofree char *meta_text = commit_text (info);
  GtkWidget *meta = gtk_label_new (meta_text);
  g_autofree char *graph_text = dojo_history_graph_describe_row (self->graph, index);
  GString *label = g_string_new (NULL);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), graph_width (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_graph, self, NULL);
  g_object_set_data (G_OBJECT (area), "row", GUINT_TO_POINTER (index));
  gtk_widget_add_css_class (area, "vcs-graph");
  g_ptr_array_add (self->graph_areas, area);

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (summary, TRUE);
  gtk_widget_set_tooltip_text (summary, info->summary);
  gtk_box_append (GTK_BOX (top), summary);

  g_string_append_printf (label, "%s, %s", info->summary, meta_text);
  for (guint i = 0; graph_row->tips[i] != NULL; i++)
    {
      const char *name = graph_row->tips[i];
      gboolean current = g_strcmp0 (name, graph_row->current_tip) == 0;

      gtk_box_append (GTK_BOX (top), branch_label_new (name, current));
      if (current)
        /* Translators: read out after a commit's summary:
         * "…, newest commit of main, the current branch" */
        g_string_append_printf (label, _(", newest commit of %s, the current branch"), name);
      else
        /* Translators: read out after a commit's summary: "…, newest commit of feature" */
        g_string_append_printf (label, _(", newest commit of %s"), name);
    }

  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (outer), area);
  gtk_box_append (GTK_BOX (outer), box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), outer);
  gtk_widget_set_name (row, info->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
  if (graph_text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, graph_text,
                                    -1);
  g_string_free (label, TRUE);

  return row;
}

/* A page of commits has been read (@page), or could not be (@error). */
static void
add_page (DojoHistoryView *self,
          GPtrArray       *page,
          const GError    *error)
{
  set_busy (self, FALSE);

  if (self->more_row != NULL)
    {
      gtk_list_box_remove (self->commit_list, self->more_row);
      self->more_row = NULL;
    }

  if (page == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  /* One more than a page was asked for, to know whether there are more. */
  self->has_more = page->len > PAGE_SIZE;
  if (self->has_more)
    g_ptr_array_set_size (page, PAGE_SIZE);

  dojo_history_graph_add (self->graph, page);
  for (guint i = 0; i < page->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (page, i);

      /* Children come before their parents: one pass finds HEAD's history. */
      if (g_hash_table_contains (self->in_current, info->id))
        for (guint p = 0; info->parent_ids[p] != NULL; p++)
          g_hash_table_add (self->in_current, g_strdup (info->parent_ids[p]));

      g_ptr_array_add (self->commits, dojo_commit_info_copy (info));
      gtk_list_box_append (self->commit_list,
                           commit_row_new (self, info, self->commits->len - 1));
    }
  redraw_graph (self);

  if (self->has_more)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Older Commits"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.load-more");
      gtk_widget_add_css_class (button, "flat");
      self->more_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->more_row), button);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self->more_row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->more_row), FALSE);
      gtk_list_box_append (self->commit_list, self->more_row);
    }

  if (self->commits->len == 0)
    adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->details_stack,
                                                                                   "empty")),
                                     _("There are no commits yet. Commit your work to start "
                                       "the history."));

  update_actions (self);
}

static void
log_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  page = dojo_repo_log_all_finish (DOJO_REPO (object), result, &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  add_page (DOJO_HISTORY_VIEW (user_data), page, error);
}

/* The first page and where HEAD is, read together in a worker. */
typedef struct
{
  GPtrArray *page;
  GPtrArray *branches;
  char      *head;
  char      *back_branch;   /* NULL unless HEAD is detached */
} FirstRead;

static void
first_read_free (FirstRead *read)
{
  g_clear_pointer (&read->page, g_ptr_array_unref);
  g_clear_pointer (&read->branches, g_ptr_array_unref);
  g_free (read->head);
  g_free (read->back_branch);
  g_free (read);
}

static void
first_read_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  g_autoptr(GError) error = NULL;
  FirstRead *read;

  if (g_task_return_error_if_cancelled (task))
    return;

  read = g_new0 (FirstRead, 1);
  read->page = dojo_repo_log_all (repo, 0, PAGE_SIZE + 1, &error);
  if (read->page == NULL)
    {
      first_read_free (read);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  read->branches = dojo_repo_list_branches (repo, NULL);
  read->head = dojo_repo_get_head_id (repo);
  if (dojo_repo_is_detached (repo))
    read->back_branch = _dojo_vcs_pick_default_branch (read->branches);

  g_task_return_pointer (task, read, (GDestroyNotify)first_read_free);
}

static void
first_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  FirstRead *read = g_task_propagate_pointer (G_TASK (result), &error);
  DojoHistoryView *self;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  if (read != NULL)
    {
      /* The branches' tips name the lines of the graph and get labels. */
      if (read->branches != NULL)
        dojo_history_graph_set_branches (self->graph, read->branches);
      if (read->head != NULL)
        g_hash_table_add (self->in_current, g_steal_pointer (&read->head));
      g_free (self->back_branch);
      self->back_branch = g_steal_pointer (&read->back_branch);
    }

  add_page (self, read ? read->page : NULL, error);
  if (read != NULL && self->banner_shows_state)
    show_banner (self, NULL);

  g_clear_pointer (&read, first_read_free);
}

static void
load_first_page (DojoHistoryView *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->repo == NULL)
    return;

  set_busy (self, TRUE);
  task = g_task_new (self->repo, self->cancellable, first_read_cb, self);
  g_task_set_source_tag (task, load_first_page);
  g_task_run_in_thread (task, first_read_thread);
}


static void
load_page (DojoHistoryView *self)
{
  if (self->repo == NULL)
    return;

  set_busy (self, TRUE);
  dojo_repo_log_all_async (self->repo, self->commits->len, PAGE_SIZE + 1, self->cancellable,
                           log_cb, self);
}

static void
clear_selection (DojoHistoryView *self)
{
  /* A read cancelled here never reaches its callback's set_busy(). */
  if (self->selecting && self->busy > 0)
    self->busy--;
  self->selecting = FALSE;
  g_cancellable_cancel (self->select_cancellable);
  g_clear_object (&self->select_cancellable);
  g_clear_pointer (&self->selected, dojo_commit_info_free);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->selected_path, g_free);
  _dojo_vcs_list_box_clear (self->files_list);
  gtk_stack_set_visible_child_name (self->details_stack, "empty");
}

/**
 * dojo_history_view_reload:
 *
 * Reads the history again from the newest commit.
 */
void
dojo_history_view_reload (DojoHistoryView *self)
{
  g_return_if_fail (DOJO_IS_HISTORY_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->busy = 0;

  clear_selection (self);
  g_ptr_array_set_size (self->commits, 0);
  g_ptr_array_set_size (self->graph_areas, 0);
  self->more_row = NULL;
  self->has_more = FALSE;
  _dojo_vcs_list_box_clear (self->commit_list);

  g_clear_pointer (&self->graph, dojo_history_graph_free);
  self->graph = dojo_history_graph_new ();
  g_hash_table_remove_all (self->in_current);

  load_first_page (self);
  update_actions (self);
}

static void
show_files (DojoHistoryView *self,
            GPtrArray       *changes)
{
  GtkWidget *all = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_("All files"));

  _dojo_vcs_list_box_clear (self->files_list);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (all), label);
  gtk_list_box_append (self->files_list, all);

  for (guint i = 0; i < MIN (changes->len, DOJO_VCS_SHOWN_FILES); i++)
    {
      const DojoFileChange *change = g_ptr_array_index (changes, i);
      GtkWidget *row = _dojo_vcs_file_row_new (change->path, change->status);

      if (change->status == DOJO_FILE_STATUS_DELETED)
        gtk_widget_add_css_class (row, "deleted-file");
      gtk_list_box_append (self->files_list, row);
    }
  if (changes->len > DOJO_VCS_SHOWN_FILES)
    gtk_list_box_append (self->files_list,
                         _dojo_vcs_more_files_row_new (changes->len - DOJO_VCS_SHOWN_FILES));

  gtk_list_box_select_row (self->files_list, GTK_LIST_BOX_ROW (all));
}

static void
show_diff (DojoHistoryView *self)
{
  dojo_diff_view_set_diff (self->diff_view, self->diff, self->selected_path);
}

static void
commit_diff_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  DojoHistoryView *self;
  GPtrArray *files;

  diff = dojo_repo_diff_finish (DOJO_REPO (object), result, &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  self->selecting = FALSE;
  set_busy (self, FALSE);

  if (diff == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  self->diff = g_steal_pointer (&diff);
  files = dojo_diff_get_files (self->diff);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_file_change_free);
  for (guint i = 0; i < files->len; i++)
    {
      const DojoDiffFile *file = g_ptr_array_index (files, i);

      g_ptr_array_add (changes, dojo_file_change_new (file->new_path ? file->new_path
                                                                     : file->old_path,
                                                      file->status));
    }

  show_files (self, changes);
  show_diff (self);
  update_actions (self);
}

static void
select_commit (DojoHistoryView      *self,
               const DojoCommitInfo *info)
{
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *message = NULL;
  g_autofree char *parent = NULL;

  clear_selection (self);

  if (info == NULL)
    {
      update_actions (self);
      return;
    }

  self->selected = dojo_commit_info_copy (info);
  self->select_cancellable = g_cancellable_new ();

  when = _dojo_vcs_relative_time (info->time);
  /* TRANSLATORS: "Ada Lovelace · 5 minutes ago · commit 1a2b3c4" */
  meta = g_strdup_printf (_("%s · %s · commit %s"), info->author_name, when, info->short_id);
  message = g_strstrip (g_strdup (info->message ? info->message : info->summary));
  gtk_label_set_label (self->summary_label, message);
  gtk_label_set_label (self->meta_label, meta);
  gtk_stack_set_visible_child_name (self->details_stack, "details");
  dojo_diff_view_set_text (self->diff_view, "", NULL);

  /* The first commit has no parent: against nothing, every file in it is new. */
  parent = info->n_parents > 0 ? g_strdup_printf ("%s^", info->id) : g_strdup ("");
  self->selecting = TRUE;
  set_busy (self, TRUE);
  dojo_repo_diff_async (self->repo, parent, info->id, self->select_cancellable,
                        commit_diff_cb, self);

  update_actions (self);
}

static void
on_commit_selected (DojoHistoryView *self,
                    GtkListBoxRow   *row)
{
  int index;

  if (self->disposed)
    return;

  index = row ? gtk_list_box_row_get_index (row) : -1;

  if (index >= 0 && (guint)index < self->commits->len)
    select_commit (self, g_ptr_array_index (self->commits, index));
  else
    select_commit (self, NULL);
}

static void
on_commit_activated (DojoHistoryView *self,
                     GtkListBoxRow   *row)
{
  /* Enter on a commit moves on to its files. */
  gtk_widget_child_focus (GTK_WIDGET (self->files_list), GTK_DIR_TAB_FORWARD);
}

static void
on_file_selected (DojoHistoryView *self,
                  GtkListBoxRow   *row)
{
  if (self->disposed)
    return;

  g_clear_pointer (&self->selected_path, g_free);

  if (row != NULL && gtk_list_box_row_get_index (row) > 0)
    self->selected_path = g_strdup (gtk_widget_get_name (GTK_WIDGET (row)));

  if (self->selected != NULL)
    show_diff (self);
  update_actions (self);
}

static void
select_commit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < self->commits->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (self->commits, i);

      if (g_str_equal (info->id, id) || g_str_equal (info->short_id, id))
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->commit_list, i);

          gtk_list_box_select_row (self->commit_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
select_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  GtkListBoxRow *row;

  for (int i = 1; (row = gtk_list_box_get_row_at_index (self->files_list, i)) != NULL; i++)
    {
      if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), path))
        {
          gtk_list_box_select_row (self->files_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  load_page (DOJO_HISTORY_VIEW (widget));
}

/* "Show This Version": the file as the selected commit has it, read in a
 * worker; a new selection cancels it. */
typedef struct
{
  char *id;
  char *path;
  char *title;
} ShowFile;

static void
show_file_free (ShowFile *show)
{
  g_free (show->id);
  g_free (show->path);
  g_free (show->title);
  g_free (show);
}

static void
show_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ShowFile *show = task_data;
  GError *error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;

  bytes = dojo_repo_show_file (DOJO_REPO (source_object), show->id, show->path, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify)g_bytes_unref);
}

static void
show_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShowFile *show = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *text = NULL;
  DojoHistoryView *self;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *view;
  const char *data;
  gsize size;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  if (bytes == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  if (g_utf8_validate (data, size, NULL) && memchr (data, '\0', size) == NULL)
    text = g_strndup (data, size);
  else
    text = g_strdup (_("This is a binary file, so it cannot be shown as text."));

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), show->title);
  gtk_window_set_transient_for (GTK_WINDOW (window), _dojo_vcs_window_for (GTK_WIDGET (self)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  view = dojo_diff_view_new ();
  dojo_diff_view_set_text (DOJO_DIFF_VIEW (view), text,
                           g_str_has_suffix (show->path, ".py") ? "python3" : NULL);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);

  {
    GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

    gtk_shortcut_controller_add_shortcut (shortcuts,
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));
  }

  gtk_window_present (GTK_WINDOW (window));
}

static void
show_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  g_autoptr(GTask) task = NULL;
  g_autofree char *when = NULL;
  ShowFile *show;

  if (self->selected == NULL || self->selected_path == NULL)
    return;

  show = g_new0 (ShowFile, 1);
  show->id = g_strdup (self->selected->id);
  show->path = g_strdup (self->selected_path);
  when = _dojo_vcs_relative_time (self->selected->time);
  /* TRANSLATORS: "main.py, as it was 5 minutes ago" */
  show->title = g_strdup_printf (_("%s, as it was %s"), self->selected_path, when);

  task = g_task_new (self->repo, self->select_cancellable, show_file_cb, self);
  g_task_set_source_tag (task, show_file_action);
  g_task_set_task_data (task, show, (GDestroyNotify)show_file_free);
  g_task_run_in_thread (task, show_file_thread);
}

/* After "Restore This File": what is true now depends on whether the file
 * differs from the last commit, which only its status tells. */
static void
restore_status_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DojoHistoryView *self = pending->self;
  gboolean changed = FALSE;

  changes = dojo_repo_status_finish (DOJO_REPO (object), result, &error);
  if (self == NULL || _dojo_vcs_is_cancelled (error))
    return;

  set_busy (self, FALSE);

  if (changes == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      const DojoFileChange *change = g_ptr_array_index (changes, i);

      changed |= g_str_equal (change->path, pending->path);
    }

  if (!changed && pending->force)
    /* Translators: after restoring a file over changes that were not committed, when
     * it is now as in the last commit: "main.py has its content from “First version”
     * (5 minutes ago) again, …" */
    message = g_strdup_printf (_("%s has its content from “%s” (%s) again, the same as in "
                                 "your last commit, in place of your changes that were not "
                                 "committed. There is nothing new to commit."),
                               pending->path, pending->summary, pending->when);
  else if (!changed)
    /* Translators: after restoring a file: "main.py already had its content from
     * “First version” (5 minutes ago): …" */
    message = g_strdup_printf (_("%s already had its content from “%s” (%s): it is the same "
                                 "as in your last commit, so nothing changed."),
                               pending->path, pending->summary, pending->when);
  else if (pending->force)
    /* Translators: after restoring a file over changes that were not committed:
     * "main.py now has its content from “First version” (5 minutes ago), …" */
    message = g_strdup_printf (_("%s now has its content from “%s” (%s), in place of your "
                                 "changes that were not committed. That version stays in the "
                                 "history. This change is not committed yet: commit it to "
                                 "continue from here."),
                               pending->path, pending->summary, pending->when);
  else
    /* Translators: after restoring a file: "main.py now has its content from
     * “First version” (5 minutes ago). …" */
    message = g_strdup_printf (_("%s now has its content from “%s” (%s). That version stays "
                                 "in the history, and so does the one you had before. This "
                                 "change is not committed yet: commit it to continue from "
                                 "here, or restore the file from your last commit to undo it."),
                               pending->path, pending->summary, pending->when);
  show_banner (self, message);
}

static void
identity_saved_cb (DojoIdentityDialog *dialog,
                   Pending            *pending)
{
  /* The dialog held the pending restore for the case it closes without a
   * name; now the restore takes it, as the learner confirmed it. */
  g_object_steal_data (G_OBJECT (dialog), "pending");
  if (pending->self != NULL)
    run_restore (pending, pending->force);
  else
    pending_free (pending);
}

static void
ask_identity_then_restore (DojoHistoryView *self,
                           Pending         *pending)
{
  DojoIdentityDialog *dialog = dojo_identity_dialog_new (_dojo_vcs_window_for (GTK_WIDGET (self)),
                                                         self->repo);

  g_object_set_data_full (G_OBJECT (dialog), "pending", pending, (GDestroyNotify)pending_free);
  g_signal_connect (dialog, "saved", G_CALLBACK (identity_saved_cb), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  DojoHistoryView *self = pending->self;
  gboolean ok;

  if (pending->kind == PENDING_FILE)
    ok = dojo_repo_restore_file_finish (DOJO_REPO (object), result, &error);
  else if (pending->kind == PENDING_PROJECT)
    ok = (id = dojo_repo_restore_finish (DOJO_REPO (object), result, &error)) != NULL;
  else
    ok = (id = dojo_repo_revert_finish (DOJO_REPO (object), result, &error)) != NULL;

  if (self == NULL || _dojo_vcs_is_cancelled (error))
    return;

  if (!ok)
    {
      set_busy (self, FALSE);
      show_banner (self, error->message);
      /* Restoring the project and undoing a commit make a commit, which
       * git signs with the learner's name. */
      if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY))
        ask_identity_then_restore (self, g_steal_pointer (&pending));
      return;
    }

  if (pending->kind == PENDING_FILE)
    {
      /* Still busy: the banner waits for the file's status. */
      dojo_repo_status_async (self->repo, self->cancellable, restore_status_cb,
                              g_steal_pointer (&pending));
      return;
    }

  set_busy (self, FALSE);

  if (pending->kind == PENDING_PROJECT && g_strcmp0 (id, pending->head_before) == 0)
    /* Translators: "Your project already was as in “First version” (5 minutes ago), …" */
    message = g_strdup_printf (_("Your project already was as in “%s” (%s), so nothing "
                                 "changed and no commit was made."),
                               pending->summary, pending->when);
  else if (pending->kind == PENDING_PROJECT)
    /* Translators: "Your project is back to “First version” (5 minutes ago). …" */
    message = g_strdup_printf (_("Your project is back to “%s” (%s). Dojo saved this as a new "
                                 "commit, so nothing in the history is lost: your newer "
                                 "commits are still there."),
                               pending->summary, pending->when);
  else
    /* Translators: after undoing a commit: "“Add a loop” is undone: …" */
    message = g_strdup_printf (_("“%s” is undone: Dojo made a new commit that takes its "
                                 "changes back. Both commits stay in the history, and the "
                                 "rest of your work is as it was."),
                               pending->summary);
  dojo_history_view_reload (self);
  show_banner (self, message);
}

static void
run_restore (Pending  *pending,
             gboolean  force)
{
  DojoHistoryView *self = pending->self;

  set_busy (self, TRUE);
  show_banner (self, NULL);
  pending->force = force;

  if (pending->kind == PENDING_FILE)
    dojo_repo_restore_file_async (self->repo, pending->commit, pending->path, force,
                                  self->cancellable, restored_cb, pending);
  else if (pending->kind == PENDING_PROJECT)
    {
      g_free (pending->head_before);
      pending->head_before = dojo_repo_get_head_id (self->repo);
      dojo_repo_restore_async (self->repo, pending->commit, DOJO_RESTORE_AS_NEW_COMMIT, force,
                               self->cancellable, restored_cb, pending);
    }
  else
    dojo_repo_revert_async (self->repo, pending->commit, self->cancellable, restored_cb,
                            pending);
}

static void
committed_first_cb (DojoCommitDialog *dialog,
                    const char       *id,
                    Pending          *pending)
{
  /* The dialog held the pending restore for the case it closes without
   * committing; now the restore takes it. */
  g_object_steal_data (G_OBJECT (dialog), "pending");
  if (pending->self != NULL)
    run_restore (pending, FALSE);
  else
    pending_free (pending);
}

static void
confirm_cb (AdwMessageDialog *dialog,
            const char       *response,
            gpointer          user_data)
{
  Pending *pending = user_data;
  DojoHistoryView *self = pending->self;

  if (self == NULL || g_str_equal (response, "cancel"))
    {
      pending_free (pending);
      return;
    }

  if (g_str_equal (response, "commit"))
    {
      DojoCommitDialog *commit = dojo_commit_dialog_new (_dojo_vcs_window_for (GTK_WIDGET (self)),
                                                         self->repo);

      g_object_set_data_full (G_OBJECT (commit), "pending", pending,
                              (GDestroyNotify)pending_free);
      g_signal_connect (commit, "committed", G_CALLBACK (committed_first_cb), pending);
      gtk_window_present (GTK_WINDOW (commit));
      return;
    }

  run_restore (pending, g_str_equal (response, "replace-anyway"));
}

static void
confirm_status_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Pending *pending = user_data;
  DojoHistoryView *self = pending->self;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint n_dirty = 0;

  changes = dojo_repo_status_finish (DOJO_REPO (object), result, &error);
  if (self == NULL || _dojo_vcs_is_cancelled (error))
    {
      pending_free (pending);
      return;
    }

  set_busy (self, FALSE);

  if (changes == NULL)
    {
      show_banner (self, error->message);
      pending_free (pending);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      const DojoFileChange *change = g_ptr_array_index (changes, i);

      if (pending->kind != PENDING_FILE || g_str_equal (change->path, pending->path))
        n_dirty++;
    }

  if (pending->kind == PENDING_FILE)
    {
      heading = g_strdup_printf (_("Restore %s?"), pending->path);
      if (n_dirty > 0)
        body = g_strdup_printf (_("Replace %s with the version from %s? Your current %s is "
                                  "kept in history only if you commit it first."),
                                pending->path, pending->when, pending->path);
      else
        body = g_strdup_printf (_("Replace %s with the version from %s? Your current %s is "
                                  "already committed, so you can get it back from the "
                                  "history."), pending->path, pending->when, pending->path);
    }
  else if (pending->kind == PENDING_REVERT)
    {
      g_autofree char *explain = NULL;

      heading = g_strdup (_("Undo This Commit?"));
      /* Translators: "…the changes of “Add a loop” (5 minutes ago)…" */
      explain = g_strdup_printf (_("Dojo makes a new commit that takes back the changes of "
                                   "“%s” (%s). Nothing is deleted: the history keeps both "
                                   "commits, and what later commits changed stays as it is. "
                                   "If a later commit changed the same lines, Dojo stops and "
                                   "changes nothing."),
                                 pending->summary, pending->when);
      if (n_dirty > 0)
        {
          g_autofree char *dirty = NULL;

          dirty = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u file has changes that are not committed. "
                                                "Commit it first, so that your work and the "
                                                "undoing do not mix.",
                                                "%u files have changes that are not committed. "
                                                "Commit them first, so that your work and the "
                                                "undoing do not mix.", n_dirty),
                                   n_dirty);
          body = g_strdup_printf ("%s\n\n%s", explain, dirty);
        }
      else
        body = g_steal_pointer (&explain);
    }
  else
    {
      heading = g_strdup (_("Restore the Whole Project?"));
      if (n_dirty > 0)
        body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Every file will be as it was %s, saved as a new "
                                             "commit. %u file has changes that are not "
                                             "committed: they are kept in history only if you "
                                             "commit them first.",
                                             "Every file will be as it was %s, saved as a new "
                                             "commit. %u files have changes that are not "
                                             "committed: they are kept in history only if you "
                                             "commit them first.", n_dirty),
                                pending->when, n_dirty);
      else
        body = g_strdup_printf (_("Every file will be as it was %s. Dojo saves this as a new "
                                  "commit, so nothing in the history is lost."), pending->when);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (_dojo_vcs_window_for (GTK_WIDGET (self)),
                                                       heading, body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (pending->kind == PENDING_REVERT)
    {
      /* Undoing over uncommitted work is refused: there is no "anyway". */
      if (n_dirty > 0)
        adw_message_dialog_add_response (dialog, "commit", _("C_ommit First"));
      else
        adw_message_dialog_add_response (dialog, "revert", _("_Undo Commit"));
      adw_message_dialog_set_response_appearance (dialog, n_dirty > 0 ? "commit" : "revert",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, n_dirty > 0 ? "commit" : "revert");
    }
  else if (n_dirty > 0)
    {
      adw_message_dialog_add_response (dialog, "commit", _("C_ommit First"));
      adw_message_dialog_add_response (dialog, "replace-anyway",
                                       pending->kind == PENDING_FILE ? _("_Replace Anyway")
                                                                     : _("_Restore Anyway"));
      adw_message_dialog_set_response_appearance (dialog, "commit", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_response_appearance (dialog, "replace-anyway",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "commit");
    }
  else
    {
      adw_message_dialog_add_response (dialog, "replace",
                                       pending->kind == PENDING_FILE ? _("_Replace")
                                                                     : _("_Restore"));
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "replace");
    }
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_cb), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_restore (DojoHistoryView *self,
                 PendingKind      kind)
{
  if (self->selected == NULL || (kind == PENDING_FILE && self->selected_path == NULL))
    return;

  set_busy (self, TRUE);
  dojo_repo_status_async (self->repo, self->cancellable, confirm_status_cb,
                          pending_new (self, kind));
}

static void
restore_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  confirm_restore (DOJO_HISTORY_VIEW (widget), PENDING_FILE);
}

static void
restore_project_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  confirm_restore (DOJO_HISTORY_VIEW (widget), PENDING_PROJECT);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  confirm_restore (DOJO_HISTORY_VIEW (widget), PENDING_REVERT);
}

static void
switch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  DojoHistoryView *self;

  if (!dojo_repo_switch_branch_finish (DOJO_REPO (object), result, &error)
      && _dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  set_busy (self, FALSE);

  if (error != NULL)
    show_banner (self, error->message);
  else
    {
      /* On a branch again: the banner need not wait for the read of HEAD. */
      g_clear_pointer (&self->back_branch, g_free);
      dojo_history_view_reload (self);
      show_banner (self, NULL);
    }
}

static void
back_to_branch_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);

  if (self->back_branch == NULL)
    return;

  set_busy (self, TRUE);
  dojo_repo_switch_branch_async (self->repo, self->back_branch, self->cancellable,
                                 switch_cb, self);
}

static void
dojo_history_view_dispose (GObject *object)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  /* Disposing the lists emits row-selected. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->select_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_HISTORY_VIEW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->select_cancellable);
  g_clear_object (&self->repo);
  g_clear_pointer (&self->commits, g_ptr_array_unref);
  g_clear_pointer (&self->graph_areas, g_ptr_array_unref);
  g_clear_pointer (&self->graph, dojo_history_graph_free);
  g_clear_pointer (&self->in_current, g_hash_table_unref);
  g_clear_pointer (&self->selected, dojo_commit_info_free);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->selected_path, g_free);
  g_clear_pointer (&self->back_branch, g_free);

  G_OBJECT_CLASS (dojo_history_view_parent_class)->dispose (object);
}

static void
dojo_history_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_value_set_object (value, self->repo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_history_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPO:
      if (g_set_object (&self->repo, g_value_get_object (value)))
        g_clear_pointer (&self->back_branch, g_free);
      dojo_history_view_reload (self);
      show_banner (self, NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_history_view_class_init (DojoHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_history_view_dispose;
  object_class->get_property = dojo_history_view_get_property;
  object_class->set_property = dojo_history_view_set_property;

  properties[PROP_REPO] =
    g_param_spec_object ("repo", NULL, NULL, DOJO_TYPE_REPO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOJO_TYPE_DIFF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, paned);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, commit_list);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, details_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, files_list);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, diff_view);
  gtk_widget_class_bind_template_callback (widget_class, on_commit_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_commit_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_file_selected);
  gtk_widget_class_set_css_name (widget_class, "dojohistoryview");

  gtk_widget_class_install_action (widget_class, "history.select-commit", "s",
                                   select_commit_action);
  gtk_widget_class_install_action (widget_class, "history.select-file", "s",
                                   select_file_action);
  gtk_widget_class_install_action (widget_class, "history.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "history.show-file", NULL, show_file_action);
  gtk_widget_class_install_action (widget_class, "history.restore-file", NULL,
                                   restore_file_action);
  gtk_widget_class_install_action (widget_class, "history.restore-project", NULL,
                                   restore_project_action);
  gtk_widget_class_install_action (widget_class, "history.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "history.back-to-branch", NULL,
                                   back_to_branch_action);
}

static void
dojo_history_view_init (DojoHistoryView *self)
{
  self->commits = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_commit_info_free);
  self->graph = dojo_history_graph_new ();
  self->graph_areas = g_ptr_array_new ();
  self->in_current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();

  /* The graph's colours follow the style. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (redraw_graph), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (redraw_graph), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  update_actions (self);
}

GtkWidget *
dojo_history_view_new (DojoRepo *repo)
{
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  return g_object_new (DOJO_TYPE_HISTORY_VIEW, "repo", repo, NULL);
}

/**
 * dojo_history_view_present:
 * @parent: (nullable): the window it belongs to
 *
 * Opens a "History" window holding a new view of @repo's history.
 *
 * Returns: (transfer none): the view
 */
DojoHistoryView *
dojo_history_view_present (GtkWindow *parent,
                           DojoRepo  *repo)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *view;
  GtkShortcutController *shortcuts;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("History"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1040, 700);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  view = dojo_history_view_new (repo);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));

  gtk_window_present (GTK_WINDOW (window));

  return DOJO_HISTORY_VIEW (view);
}

DojoRepo *
dojo_history_view_get_repo (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return self->repo;
}

/* TRUE while the history, a commit's changes or a restore are in progress. */
gboolean
dojo_history_view_get_busy (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), FALSE);

  return self->busy > 0;
}

guint
dojo_history_view_get_n_commits (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), 0);

  return self->commits->len;
}

/**
 * dojo_history_view_dup_commit_text:
 *
 * Returns: (transfer full) (nullable): what the list shows for the commit
 *   at @index, newest first: "Add a greeting\n5 minutes ago · 1 file"
 */
char *
dojo_history_view_dup_commit_text (DojoHistoryView *self,
                                   guint            index)
{
  DojoCommitInfo *info;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  if (index >= self->commits->len)
    return NULL;

  info = g_ptr_array_index (self->commits, index);
  meta = commit_text (info);

  return g_strdup_printf ("%s\n%s", info->summary, meta);
}

const char *
dojo_history_view_get_selected_id (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return self->selected ? self->selected->id : NULL;
}

char *
dojo_history_view_dup_diff_text (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return dojo_diff_view_dup_text (self->diff_view);
}

/* The message above the history, or %NULL. */
const char *
dojo_history_view_get_banner (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return gtk_label_get_label (self->banner_label);
}

/**
 * dojo_history_view_get_graph:
 *
 * Returns: (transfer none): the layout of the graph beside the commits, a
 *   row for each commit of the list
 */
DojoHistoryGraph *
dojo_history_view_get_graph (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return self->graph;
}

/**
 * dojo_history_view_get_commit_row:
 *
 * Returns: (transfer none) (nullable): the list's row of the commit at @index
 */
GtkWidget *
dojo_history_view_get_commit_row (DojoHistoryView *self,
                                  guint            index)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  if (index >= self->commits->len)
    return NULL;

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->commit_list, index));
}
