/* dojo-editor-tabs.c: the learner's open files, one editor in each tab
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-editor-tabs"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-editor-tabs.h"

/* Every tab is a DojoEditor with its own file, autosave, unsaved mark and
 * undo. The tabs add what concerns them all: one font and zoom, writing
 * every file before something reads the project, following files that
 * were renamed, and closing the tab of a file that went away. */
struct _DojoEditorTabs
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  AdwTabBar   *tab_bar;
  AdwTabView  *tab_view;

  GFile       *directory;
  /* The first editor is made with the window, before it is on screen, and
   * waits here for the first file: made once the window is shown, it costs
   * the first frame some 25 ms more (its styles are worked out again). */
  DojoEditor  *spare;
  char        *font;
  double       zoom;
};

G_DEFINE_FINAL_TYPE (DojoEditorTabs, dojo_editor_tabs, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE_EDITOR,
  PROP_DIRECTORY,
  PROP_FONT,
  PROP_ZOOM,
  N_PROPS
};

enum {
  EDITOR_ADDED,
  EDITOR_REMOVED,
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static AdwTabPage *
page_of (DojoEditorTabs *self,
         DojoEditor     *editor)
{
  return adw_tab_view_get_page (self->tab_view, GTK_WIDGET (editor));
}

static char *
display_path (DojoEditorTabs *self,
              GFile          *file)
{
  char *relative = NULL;

  if (self->directory != NULL)
    relative = g_file_get_relative_path (self->directory, file);

  return relative ? relative : g_file_get_basename (file);
}

static void
update_page (DojoEditorTabs *self,
             DojoEditor     *editor)
{
  AdwTabPage *page = page_of (self, editor);
  GFile *file = dojo_editor_get_file (editor);
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *tooltip = NULL;

  if (page == NULL || file == NULL)
    return;

  path = display_path (self, file);

  /* The bullet: typing that has not reached the disk yet (autosave clears
   * it in a moment); the warning: the file changed outside meanwhile. */
  if (dojo_editor_get_out_of_step (editor))
    {
      title = g_strdup_printf ("%s ⚠", path);
      /* Translators: %s is a file name. */
      tooltip = g_strdup_printf (_("%s changed outside the editor: choose which version to keep"),
                                 path);
    }
  else if (dojo_editor_get_modified (editor))
    {
      title = g_strdup_printf ("%s •", path);
      tooltip = g_strdup_printf (_("%s: your latest typing is being saved"), path);
    }
  else
    {
      title = g_strdup (path);
      tooltip = g_strdup (path);
    }

  adw_tab_page_set_title (page, title);
  adw_tab_page_set_tooltip (page, tooltip);
  adw_tab_page_set_needs_attention (page, dojo_editor_get_out_of_step (editor));
}

static void
on_editor_state_changed (DojoEditor     *editor,
                         GParamSpec     *pspec,
                         DojoEditorTabs *self)
{
  update_page (self, editor);
}

static void
on_editor_save_failed (DojoEditor     *editor,
                       GError         *error,
                       DojoEditorTabs *self)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, editor, error);
}

static void
on_editor_file_deleted (DojoEditor     *editor,
                        DojoEditorTabs *self)
{
  AdwTabPage *page = page_of (self, editor);

  /* Nothing unsaved: the file went away in the Shell, a branch switch or
   * the learner's own choice, and its tab goes with it. */
  if (page != NULL)
    adw_tab_view_close_page (self->tab_view, page);
}

/* What shows with no tab open, made the first time it is needed: a project
 * always opens with a file, so usually never. */
static void
ensure_empty_page (DojoEditorTabs *self)
{
  GtkWidget *page;

  if (gtk_stack_get_child_by_name (self->stack, "empty") != NULL)
    return;

  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "text-x-generic-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No File Open"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Open a file from the file list. Run (F5) still runs this "
                                     "part’s main file."));
  gtk_widget_add_css_class (page, "compact");
  gtk_stack_add_named (self->stack, page, "empty");
}

static void
update_stack (DojoEditorTabs *self)
{
  if (adw_tab_view_get_n_pages (self->tab_view) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "tabs");
      return;
    }

  ensure_empty_page (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
on_close_page (AdwTabView     *view,
               AdwTabPage     *page,
               DojoEditorTabs *self)
{
  DojoEditor *editor = DOJO_EDITOR (adw_tab_page_get_child (page));
  g_autoptr(GError) error = NULL;

  /* A closing tab's typing reaches the disk first; if it cannot, the tab
   * stays open with the text in it. */
  if (!dojo_editor_save (editor, &error))
    {
      g_signal_emit (self, signals[SAVE_FAILED], 0, editor, error);
      adw_tab_view_close_page_finish (view, page, FALSE);
      return GDK_EVENT_STOP;
    }

  adw_tab_view_close_page_finish (view, page, TRUE);
  return GDK_EVENT_STOP;
}

static void
on_page_detached (AdwTabView     *view,
                  AdwTabPage     *page,
                  int             position,
                  DojoEditorTabs *self)
{
  DojoEditor *editor = DOJO_EDITOR (adw_tab_page_get_child (page));

  g_signal_handlers_disconnect_by_data (editor, self);
  update_stack (self);
  g_signal_emit (self, signals[EDITOR_REMOVED], 0, editor);
}

static void
on_selected_page_changed (DojoEditorTabs *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_EDITOR]);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoEditorTabs *self = DOJO_EDITOR_TABS (widget);
  AdwTabPage *page = adw_tab_view_get_selected_page (self->tab_view);

  if (page != NULL)
    adw_tab_view_close_page (self->tab_view, page);
}

static void
dojo_editor_tabs_dispose (GObject *object)
{
  DojoEditorTabs *self = (DojoEditorTabs *)object;

  /* The editors save what is unsaved as they go (DojoEditor's dispose). */
  if (self->tab_view != NULL)
    g_signal_handlers_disconnect_by_data (self->tab_view, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_EDITOR_TABS);

  g_clear_object (&self->directory);
  g_clear_object (&self->spare);
  g_clear_pointer (&self->font, g_free);

  G_OBJECT_CLASS (dojo_editor_tabs_parent_class)->dispose (object);
}

static void
dojo_editor_tabs_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DojoEditorTabs *self = DOJO_EDITOR_TABS (object);

  switch (prop_id)
    {
    case PROP_ACTIVE_EDITOR:
      g_value_set_object (value, dojo_editor_tabs_get_active (self));
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_FONT:
      g_value_set_string (value, self->font);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
for_each_editor (DojoEditorTabs *self,
                 const char     *property,
                 const GValue   *value)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);

      g_object_set_property (G_OBJECT (adw_tab_page_get_child (page)), property, value);
    }
}

static void
dojo_editor_tabs_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DojoEditorTabs *self = DOJO_EDITOR_TABS (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      dojo_editor_tabs_set_directory (self, g_value_get_object (value));
      break;

    case PROP_FONT:
      if (g_strcmp0 (self->font, g_value_get_string (value)) != 0)
        {
          g_free (self->font);
          self->font = g_value_dup_string (value);
          for_each_editor (self, "font", value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_ZOOM:
      dojo_editor_tabs_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focusing the tabs puts the cursor in the file in view. */
static gboolean
dojo_editor_tabs_grab_focus (GtkWidget *widget)
{
  DojoEditor *editor = dojo_editor_tabs_get_active (DOJO_EDITOR_TABS (widget));

  if (editor == NULL)
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (editor));
}

static void
dojo_editor_tabs_class_init (DojoEditorTabsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_editor_tabs_dispose;
  object_class->get_property = dojo_editor_tabs_get_property;
  object_class->set_property = dojo_editor_tabs_set_property;
  widget_class->grab_focus = dojo_editor_tabs_grab_focus;

  properties[PROP_ACTIVE_EDITOR] =
    g_param_spec_object ("active-editor", NULL, NULL,
                         DOJO_TYPE_EDITOR,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FONT] =
    g_param_spec_string ("font", NULL, NULL,
                         "Monospace 11",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.5, 3.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoEditorTabs::editor-added:
   * @editor: the editor of a file just opened
   */
  signals[EDITOR_ADDED] =
    g_signal_new ("editor-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOJO_TYPE_EDITOR);

  /**
   * DojoEditorTabs::editor-removed:
   * @editor: the editor of a file whose tab closed
   */
  signals[EDITOR_REMOVED] =
    g_signal_new ("editor-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOJO_TYPE_EDITOR);

  /**
   * DojoEditorTabs::save-failed:
   * @editor: the editor whose text could not be saved
   * @error: what went wrong
   *
   * An autosave or the save of a closing tab could not reach the disk. The
   * text stays in the editor.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, DOJO_TYPE_EDITOR, G_TYPE_ERROR);

  g_type_ensure (ADW_TYPE_TAB_VIEW);
  g_type_ensure (ADW_TYPE_TAB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-editor-tabs.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoEditorTabs, stack);
  gtk_widget_class_bind_template_child (widget_class, DojoEditorTabs, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, DojoEditorTabs, tab_view);

  /* Only while the editor has the keyboard: in the Shell, Ctrl+W deletes
   * the word before the cursor. */
  gtk_widget_class_install_action (widget_class, "tabs.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "tabs.close", NULL);

  gtk_widget_class_set_css_name (widget_class, "dojoeditortabs");
}

static void
dojo_editor_tabs_init (DojoEditorTabs *self)
{
  self->zoom = 1.0;
  self->font = g_strdup ("Monospace 11");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The tab view's default keys include Ctrl+Page Up/Down and Ctrl+Home/End,
   * which the code editor uses to move the cursor: only Alt+1…9 stay. */
  adw_tab_view_set_shortcuts (self->tab_view,
                              ADW_TAB_VIEW_SHORTCUT_ALT_DIGITS | ADW_TAB_VIEW_SHORTCUT_ALT_ZERO);

  g_signal_connect_object (self->tab_view, "close-page",
                           G_CALLBACK (on_close_page), self, 0);
  g_signal_connect_object (self->tab_view, "page-detached",
                           G_CALLBACK (on_page_detached), self, 0);
  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (on_selected_page_changed), self, G_CONNECT_SWAPPED);

  /* Not update_stack(): the window opens a file before it is shown. */
  self->spare = g_object_ref_sink (DOJO_EDITOR (dojo_editor_new ()));
}

GtkWidget *
dojo_editor_tabs_new (void)
{
  return g_object_new (DOJO_TYPE_EDITOR_TABS, NULL);
}

/**
 * dojo_editor_tabs_set_directory:
 * @self: the tabs
 * @directory: (nullable): the project folder, which tab titles are
 *   relative to
 */
void
dojo_editor_tabs_set_directory (DojoEditorTabs *self,
                                GFile          *directory)
{
  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));
  g_return_if_fail (directory == NULL || G_IS_FILE (directory));

  if (!g_set_object (&self->directory, directory))
    return;

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    update_page (self, DOJO_EDITOR (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i))));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

GFile *
dojo_editor_tabs_get_directory (DojoEditorTabs *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), NULL);

  return self->directory;
}

/**
 * dojo_editor_tabs_find:
 * @self: the tabs
 * @file: a file
 *
 * Returns: (transfer none) (nullable): the editor of @file, if it is open
 */
DojoEditor *
dojo_editor_tabs_find (DojoEditorTabs *self,
                       GFile          *file)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      DojoEditor *editor =
        DOJO_EDITOR (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view, i)));
      GFile *open = dojo_editor_get_file (editor);

      if (open != NULL && g_file_equal (open, file))
        return editor;
    }

  return NULL;
}

/**
 * dojo_editor_tabs_open:
 * @self: the tabs
 * @file: a file of the learner's
 * @activate: whether to show its tab
 *
 * Opens @file in a tab of its own, or finds the tab it is in already.
 *
 * Returns: (transfer none) (nullable): the file's editor, or %NULL with
 *   @error set if it could not be read (the tabs stay as they were)
 */
DojoEditor *
dojo_editor_tabs_open (DojoEditorTabs  *self,
                       GFile           *file,
                       gboolean         activate,
                       GError         **error)
{
  return dojo_editor_tabs_open_at (self, file, -1, activate, error);
}

/**
 * dojo_editor_tabs_open_at:
 * @self: the tabs
 * @file: a file of the learner's
 * @position: where its tab goes if it is not open yet, or -1 for the end
 * @activate: whether to show its tab
 *
 * Like dojo_editor_tabs_open(), with the new tab at @position.
 *
 * Returns: (transfer none) (nullable): the file's editor
 */
DojoEditor *
dojo_editor_tabs_open_at (DojoEditorTabs  *self,
                          GFile           *file,
                          int              position,
                          gboolean         activate,
                          GError         **error)
{
  DojoEditor *editor;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  editor = dojo_editor_tabs_find (self, file);
  if (editor == NULL)
    {
      if (self->spare != NULL)
        editor = g_steal_pointer (&self->spare);
      else
        {
          editor = DOJO_EDITOR (dojo_editor_new ());
          g_object_ref_sink (editor);
        }

      if (!dojo_editor_load (editor, file, error))
        {
          g_object_unref (editor);
          return NULL;
        }

      g_object_set (editor, "font", self->font, "zoom", self->zoom, NULL);
      if (position < 0 || position >= adw_tab_view_get_n_pages (self->tab_view))
        adw_tab_view_append (self->tab_view, GTK_WIDGET (editor));
      else
        adw_tab_view_insert (self->tab_view, GTK_WIDGET (editor), position);
      g_object_unref (editor);

      g_signal_connect (editor, "notify::modified", G_CALLBACK (on_editor_state_changed), self);
      g_signal_connect (editor, "notify::out-of-step", G_CALLBACK (on_editor_state_changed), self);
      g_signal_connect (editor, "notify::file", G_CALLBACK (on_editor_state_changed), self);
      g_signal_connect (editor, "save-failed", G_CALLBACK (on_editor_save_failed), self);
      g_signal_connect (editor, "file-deleted", G_CALLBACK (on_editor_file_deleted), self);
      update_page (self, editor);
      update_stack (self);
      g_signal_emit (self, signals[EDITOR_ADDED], 0, editor);

      if (!activate && adw_tab_view_get_n_pages (self->tab_view) > 1)
        return editor;
    }

  if (activate || adw_tab_view_get_selected_page (self->tab_view) == NULL)
    adw_tab_view_set_selected_page (self->tab_view, page_of (self, editor));

  return editor;
}

/**
 * dojo_editor_tabs_get_active:
 * @self: the tabs
 *
 * Returns: (transfer none) (nullable): the editor in view
 */
DojoEditor *
dojo_editor_tabs_get_active (DojoEditorTabs *self)
{
  AdwTabPage *page;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), NULL);

  page = adw_tab_view_get_selected_page (self->tab_view);

  return page ? DOJO_EDITOR (adw_tab_page_get_child (page)) : NULL;
}

void
dojo_editor_tabs_set_active (DojoEditorTabs *self,
                             DojoEditor     *editor)
{
  AdwTabPage *page;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));
  g_return_if_fail (DOJO_IS_EDITOR (editor));

  page = page_of (self, editor);
  g_return_if_fail (page != NULL);

  adw_tab_view_set_selected_page (self->tab_view, page);
}

/**
 * dojo_editor_tabs_list_editors:
 * @self: the tabs
 *
 * Returns: (transfer container): the editors, in the order of their tabs
 */
GPtrArray *
dojo_editor_tabs_list_editors (DojoEditorTabs *self)
{
  GPtrArray *editors;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), NULL);

  editors = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    g_ptr_array_add (editors,
                     g_object_ref (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view,
                                                                                        i))));

  return editors;
}

guint
dojo_editor_tabs_get_n_editors (DojoEditorTabs *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), 0);

  return adw_tab_view_get_n_pages (self->tab_view);
}

/**
 * dojo_editor_tabs_close:
 * @self: the tabs
 * @editor: an editor of the tabs
 *
 * Saves @editor's text and closes its tab.
 *
 * Returns: %FALSE, with the tab still open, if the text could not be saved
 */
gboolean
dojo_editor_tabs_close (DojoEditorTabs  *self,
                        DojoEditor      *editor,
                        GError         **error)
{
  AdwTabPage *page;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);
  g_return_val_if_fail (DOJO_IS_EDITOR (editor), FALSE);

  page = page_of (self, editor);
  g_return_val_if_fail (page != NULL, FALSE);

  if (!dojo_editor_save (editor, error))
    return FALSE;

  adw_tab_view_close_page (self->tab_view, page);

  return TRUE;
}

/**
 * dojo_editor_tabs_close_all:
 * @self: the tabs
 *
 * Saves every editor's text and closes every tab: for leaving a project.
 *
 * Returns: %FALSE, with every tab still open, if some text could not be
 *   saved
 */
gboolean
dojo_editor_tabs_close_all (DojoEditorTabs  *self,
                            GError         **error)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);

  if (!dojo_editor_tabs_save_all (self, error))
    return FALSE;

  while (adw_tab_view_get_n_pages (self->tab_view) > 0)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, 0);

      /* Saved just now: closed without asking again. */
      adw_tab_view_close_page (self->tab_view, page);
    }

  return TRUE;
}

/* Whether any tab has typing that has not reached the disk. */
gboolean
dojo_editor_tabs_get_modified (DojoEditorTabs *self)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    if (dojo_editor_get_modified (editors->pdata[i]))
      return TRUE;

  return FALSE;
}

/**
 * dojo_editor_tabs_save_all:
 * @self: the tabs
 *
 * Makes every tab's text safe on disk now, waiting: for quitting and for
 * leaving a project (see dojo_editor_save()).
 *
 * Returns: %FALSE with @error set if some text could not be saved; the
 *   others are saved all the same
 */
gboolean
dojo_editor_tabs_save_all (DojoEditorTabs  *self,
                           GError         **error)
{
  g_autoptr(GPtrArray) editors = NULL;
  GError *first = NULL;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!dojo_editor_save (editors->pdata[i], &local_error) && first == NULL)
        first = g_steal_pointer (&local_error);
    }

  if (first != NULL)
    {
      g_propagate_error (error, first);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  guint   pending;
  GError *error;
} SaveAll;

static void
save_all_free (SaveAll *data)
{
  g_clear_error (&data->error);
  g_free (data);
}

static void
save_one_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveAll *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_save_finish (DOJO_EDITOR (object), result, &error) && data->error == NULL)
    data->error = g_steal_pointer (&error);

  if (--data->pending > 0)
    return;

  if (data->error != NULL)
    g_task_return_error (task, g_steal_pointer (&data->error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * dojo_editor_tabs_save_all_async:
 * @self: the tabs
 *
 * Writes every tab's unsaved typing to its file, all at once, and finishes
 * when all are written: the moment of truth before Run, Check and the git
 * dialogs read the project. Fails if any could not be written (a file
 * changed outside the editor, a full disk); the others are written all the
 * same.
 */
void
dojo_editor_tabs_save_all_async (DojoEditorTabs      *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) editors = NULL;
  SaveAll *data;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_editor_tabs_save_all_async);

  editors = dojo_editor_tabs_list_editors (self);
  if (editors->len == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  data = g_new0 (SaveAll, 1);
  data->pending = editors->len;
  g_task_set_task_data (task, data, (GDestroyNotify)save_all_free);

  for (guint i = 0; i < editors->len; i++)
    dojo_editor_save_async (editors->pdata[i], cancellable, save_one_cb, g_object_ref (task));
}

gboolean
dojo_editor_tabs_save_all_finish (DojoEditorTabs  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dojo_editor_tabs_sync_with_disk:
 * @self: the tabs
 *
 * Every tab reads its file now and follows it (dojo_editor_sync_with_disk()):
 * after Dojo changed files itself, so that every tab shows them at once.
 */
void
dojo_editor_tabs_sync_with_disk (DojoEditorTabs *self)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    dojo_editor_sync_with_disk (editors->pdata[i]);
}

/* Whether @file is @ancestor or lies under it. */
static gboolean
is_at_or_under (GFile *file,
                GFile *ancestor)
{
  return g_file_equal (file, ancestor) || g_file_has_prefix (file, ancestor);
}

/**
 * dojo_editor_tabs_save_files_under:
 * @self: the tabs
 * @file: a file or a folder
 *
 * Saves, waiting, every tab whose file is @file or lies in the folder
 * @file: before @file is renamed or moved to the trash.
 */
gboolean
dojo_editor_tabs_save_files_under (DojoEditorTabs  *self,
                                   GFile           *file,
                                   GError         **error)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    {
      GFile *open = dojo_editor_get_file (editors->pdata[i]);

      if (open != NULL && is_at_or_under (open, file) &&
          !dojo_editor_save (editors->pdata[i], error))
        return FALSE;
    }

  return TRUE;
}

/**
 * dojo_editor_tabs_follow_rename:
 * @self: the tabs
 * @old_file: a file or folder as it was called
 * @new_file: what it is called now
 *
 * The tabs of @old_file, or of files in the folder @old_file, edit them
 * under their new names.
 */
void
dojo_editor_tabs_follow_rename (DojoEditorTabs *self,
                                GFile          *old_file,
                                GFile          *new_file)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));
  g_return_if_fail (G_IS_FILE (old_file));
  g_return_if_fail (G_IS_FILE (new_file));

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    {
      GFile *open = dojo_editor_get_file (editors->pdata[i]);
      g_autofree char *relative = NULL;
      g_autoptr(GFile) moved = NULL;

      if (open == NULL || !is_at_or_under (open, old_file))
        continue;

      relative = g_file_get_relative_path (old_file, open);
      moved = relative ? g_file_resolve_relative_path (new_file, relative)
                       : g_object_ref (new_file);
      dojo_editor_follow_rename (editors->pdata[i], moved);
    }
}

/**
 * dojo_editor_tabs_forget_files:
 * @self: the tabs
 * @file: a file or folder that was moved to the trash
 *
 * Closes the tabs of @file and of the files in the folder @file. Their
 * text was saved before (dojo_editor_tabs_save_files_under()), so it went
 * to the trash with them.
 */
void
dojo_editor_tabs_forget_files (DojoEditorTabs *self,
                               GFile          *file)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));
  g_return_if_fail (G_IS_FILE (file));

  editors = dojo_editor_tabs_list_editors (self);
  for (guint i = 0; i < editors->len; i++)
    {
      GFile *open = dojo_editor_get_file (editors->pdata[i]);

      if (open != NULL && is_at_or_under (open, file))
        adw_tab_view_close_page (self->tab_view, page_of (self, editors->pdata[i]));
    }
}

double
dojo_editor_tabs_get_zoom (DojoEditorTabs *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR_TABS (self), 1.0);

  return self->zoom;
}

void
dojo_editor_tabs_set_zoom (DojoEditorTabs *self,
                           double          zoom)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (DOJO_IS_EDITOR_TABS (self));

  zoom = CLAMP (zoom, 0.5, 3.0);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;

  self->zoom = zoom;
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, zoom);
  for_each_editor (self, "zoom", &value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
