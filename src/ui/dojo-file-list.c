/* dojo-file-list.c: the files and folders of the learner's project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-file-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-folder-model.h"
#include "dojo-project-files.h"
#include "dojo-file-list.h"

/* A GtkListView over a GtkTreeListModel whose every level is a
 * DojoFolderModel (src/workspace): a folder is read only when it is opened,
 * in a worker thread, and watched, so a file made in the Shell appears by
 * itself. Nothing here walks the disk on the UI thread. What the list does
 * to files is in src/workspace/dojo-project-files.c, tested without a
 * display. */

/* How long Undo is offered after Move to Trash. Longer than a toast's
 * usual 5 s: a beginner reads the message first. */
#define UNDO_SECONDS 10

/* How long select_file() keeps looking for a file the list has not shown
 * yet (one just made, whose folder is still being read). */
#define SELECT_PATIENCE_US (3 * G_USEC_PER_SEC)

typedef enum
{
  NAME_NEW_FILE,
  NAME_NEW_FOLDER,
  NAME_RENAME,
} NameMode;

typedef struct
{
  DojoFileList    *self;        /* not a reference: dispose settles every item */
  DojoTrashedItem *item;
  AdwToast        *toast;       /* whose dismissal sends the item on; NULL if none */
  gint64           toast_added;
  guint            timeout_id;  /* without a toast overlay: when Undo ends */
} PendingTrash;

struct _DojoFileList
{
  GtkWidget                parent_instance;

  GtkWidget               *content;
  GtkButton               *new_file_button;
  GtkButton               *new_folder_button;
  GtkListView             *list_view;
  GtkPopover              *name_popover;
  GtkLabel                *name_title;
  GtkEntry                *name_entry;
  GtkButton               *name_button;
  GtkLabel                *name_message;
  GtkPopoverMenu          *context_menu;

  GFile                   *directory;
  GtkTreeListModel        *tree;
  GtkSingleSelection      *selection;
  /* The rows' GtkTreeExpanders that show an item now. */
  GHashTable              *bound_rows;
  guint                    rows_changed_id;

  DojoFileListIgnoredFunc  ignored_func;
  gpointer                 ignored_data;
  GDestroyNotify           ignored_destroy;

  GFile                   *pending_select;
  gint64                   pending_select_until;

  /* A single click opens; the double click that follows must not open a
   * folder and close it again. */
  guint                    clicked_position;
  gint64                   clicked_until;

  NameMode                 name_mode;
  GFile                   *name_target;

  GPtrArray               *pending_trash;
};

G_DEFINE_FINAL_TYPE (DojoFileList, dojo_file_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIRECTORY,
  N_PROPS
};

enum {
  FILE_ACTIVATED,
  PREPARE_CHANGE,
  FILE_CREATED,
  FILE_RENAMED,
  FILE_TRASHED,
  FILE_RESTORED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void try_select (DojoFileList *self);

/* Items */

static GListModel *
create_child_level (gpointer item,
                    gpointer user_data)
{
  GFileInfo *info = item;

  if (!dojo_folder_model_item_is_folder (info))
    return NULL;

  return G_LIST_MODEL (dojo_folder_model_new (dojo_folder_model_get_item_file (info)));
}

static GFileInfo *
row_get_info (GtkTreeListRow *row)
{
  /* gtk_tree_list_row_get_item() returns a reference; the row keeps one. */
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  return G_FILE_INFO (item);
}

static GtkTreeListRow *
get_selected_row (DojoFileList *self)
{
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

static GFileInfo *
get_selected_info (DojoFileList *self)
{
  GtkTreeListRow *row = get_selected_row (self);

  return row != NULL ? row_get_info (row) : NULL;
}

static char *
shown_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return dojo_project_files_printable_name (base);
}

/* Messages */

static AdwToastOverlay *
find_toast_overlay (DojoFileList *self)
{
  return (AdwToastOverlay *)gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                     ADW_TYPE_TOAST_OVERLAY);
}

/* Says @message where the learner looks: a toast in the window, or the log
 * where there is no overlay to show it in. */
static void
show_message (DojoFileList *self,
              const char   *message)
{
  AdwToastOverlay *overlay = find_toast_overlay (self);
  g_autofree char *markup = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }

  /* A toast's title is Pango markup; a file may be called "<b>". */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, UNDO_SECONDS);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* Actions */

static void
update_actions (DojoFileList *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_directory = self->directory != NULL;
  gboolean has_selection = get_selected_row (self) != NULL;
  gboolean can_undo = FALSE;

  if (self->pending_trash->len > 0)
    {
      PendingTrash *last = g_ptr_array_index (self->pending_trash, self->pending_trash->len - 1);

      can_undo = dojo_trashed_item_get_can_undo (last->item);
    }

  gtk_widget_action_set_enabled (widget, "files.open", has_selection);
  gtk_widget_action_set_enabled (widget, "files.new-file", has_directory);
  gtk_widget_action_set_enabled (widget, "files.new-folder", has_directory);
  gtk_widget_action_set_enabled (widget, "files.rename", has_selection);
  gtk_widget_action_set_enabled (widget, "files.trash", has_selection);
  gtk_widget_action_set_enabled (widget, "files.undo-trash", can_undo);
  gtk_widget_action_set_enabled (widget, "files.show-menu", has_directory);
  gtk_widget_action_set_enabled (widget, "files.confirm-name",
                                 has_directory && self->name_target != NULL);
}

/* Where New File puts the file: in the selected folder, beside the selected
 * file, or at the top. */
static GFile *
target_folder (DojoFileList *self)
{
  GtkTreeListRow *row = get_selected_row (self);
  GFileInfo *info;
  GtkTreeListRow *parent;

  if (row == NULL)
    return g_object_ref (self->directory);

  info = row_get_info (row);
  if (dojo_folder_model_item_is_folder (info))
    return g_object_ref (dojo_folder_model_get_item_file (info));

  parent = gtk_tree_list_row_get_parent (row);
  if (parent != NULL)
    {
      g_autoptr(GtkTreeListRow) owned = parent;

      return g_object_ref (dojo_folder_model_get_item_file (row_get_info (owned)));
    }

  return g_object_ref (self->directory);
}

static GtkWidget *
find_row_widget (DojoFileList *self,
                 guint         position)
{
  GHashTableIter iter;
  gpointer expander;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &expander, NULL))
    {
      GtkListItem *item = g_object_get_data (expander, "dojo-list-item");

      if (gtk_list_item_get_position (item) == position)
        return expander;
    }

  return NULL;
}

/* Points @popover at @widget, or at the top of the list if @widget is NULL
 * (a row scrolled out of sight). */
static void
point_at (DojoFileList *self,
          GtkPopover   *popover,
          GtkWidget    *widget)
{
  graphene_rect_t bounds;
  GdkRectangle rect;

  if (widget == NULL || !gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds))
    {
      if (!gtk_widget_compute_bounds (GTK_WIDGET (self->list_view), GTK_WIDGET (self), &bounds))
        graphene_rect_init (&bounds, 0, 0, 1, 1);
      bounds.size.height = 1;
    }

  rect.x = bounds.origin.x;
  rect.y = bounds.origin.y;
  rect.width = MAX (1, bounds.size.width);
  rect.height = MAX (1, bounds.size.height);
  gtk_popover_set_pointing_to (popover, &rect);
}

static GtkWidget *
selected_row_widget (DojoFileList *self)
{
  guint position;

  if (self->selection == NULL)
    return NULL;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;

  return find_row_widget (self, position);
}

static void
select_position (DojoFileList *self,
                 guint         position)
{
  /* Through the list's own actions, so that its keyboard cursor moves
   * along and arrow keys go on from here. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)",
                              position, FALSE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              position);
}

static void
open_file (DojoFileList *self,
           GFile        *file)
{
  g_autoptr(GError) error = NULL;

  /* A link that leads out of the project is listed, not opened. */
  if (!dojo_project_files_check_target (self->directory, file, &error))
    {
      show_message (self, error->message);
      return;
    }

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = shown_name (file);
      g_autofree char *message = g_strdup_printf (_("“%s” is a link to a folder. Open the "
                                                    "folder itself in the list."), name);

      show_message (self, message);
      return;
    }

  g_signal_emit (self, signals[FILE_ACTIVATED], 0, file);
}

static void
activate_row (DojoFileList   *self,
              GtkTreeListRow *row)
{
  GFileInfo *info = row_get_info (row);

  if (dojo_folder_model_item_is_folder (info))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
  else
    open_file (self, dojo_folder_model_get_item_file (info));
}

static void
activate_position (DojoFileList *self,
                   guint         position)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (self->tree == NULL)
    return;

  row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  if (row != NULL)
    activate_row (self, row);
}

static void
on_list_activate (DojoFileList *self,
                  guint         position)
{
  if (position == self->clicked_position && g_get_monotonic_time () < self->clicked_until)
    return;

  activate_position (self, position);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  GtkTreeListRow *row = get_selected_row (self);

  if (row != NULL)
    activate_row (self, row);
}

/* The name popover: New File, New Folder and Rename */

static gboolean
name_is_taken (DojoFileList *self,
               const char   *name)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) file = NULL;

  if (self->name_mode == NAME_RENAME)
    folder = g_file_get_parent (self->name_target);
  else
    folder = g_object_ref (self->name_target);

  file = g_file_get_child (folder, name);
  if (self->name_mode == NAME_RENAME && g_file_equal (file, self->name_target))
    return FALSE;

  return g_file_query_exists (file, NULL);
}

static void
show_name_message (DojoFileList *self,
                   const char   *message)
{
  gtk_label_set_label (self->name_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->name_message), message != NULL);
}

/* Checks the name as it is typed, so that the learner knows why before
 * pressing the button. Returns whether it can be used. */
static gboolean
check_typed_name (DojoFileList *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (name[0] == '\0')
    {
      /* An empty entry is where everyone starts, not a mistake. */
      show_name_message (self, NULL);
      ok = FALSE;
    }
  else if (!dojo_project_files_check_name (name, &error))
    {
      show_name_message (self, error->message);
      ok = FALSE;
    }
  else if (name_is_taken (self, name))
    {
      g_autofree char *message =
        g_strdup_printf (_("There is already a file or folder called “%s” here. Choose "
                           "another name."), name);

      show_name_message (self, message);
      ok = FALSE;
    }
  else
    {
      show_name_message (self, NULL);
      ok = TRUE;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->name_button), name[0] != '\0');
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               ok || name[0] == '\0' ? GTK_ACCESSIBLE_INVALID_FALSE
                                                     : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);

  return ok;
}

static void
on_name_changed (DojoFileList *self)
{
  check_typed_name (self);
}

/* @popover closed: the keyboard goes back to the list if it went down with
 * the popover, not if it is elsewhere already (the rename popover that a
 * menu item opened, the editor). */
static void
give_focus_back (DojoFileList *self,
                 GtkWidget    *popover)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || focus == popover || gtk_widget_is_ancestor (focus, popover))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_name_popover_closed (DojoFileList *self)
{
  g_clear_object (&self->name_target);
  update_actions (self);
  give_focus_back (self, GTK_WIDGET (self->name_popover));
}

static void
open_name_popover (DojoFileList *self,
                   NameMode      mode,
                   GFile        *target,
                   GtkWidget    *anchor)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  const char *button = NULL;

  self->name_mode = mode;
  g_set_object (&self->name_target, target);

  if (mode == NAME_RENAME)
    {
      g_autofree char *shown = shown_name (target);

      /* TRANSLATORS: %s is a file or folder name */
      title = g_strdup_printf (_("Rename “%s”"), shown);
      button = _("_Rename");
      name = g_file_get_basename (target);
    }
  else
    {
      g_autofree char *relative = g_file_get_relative_path (self->directory, target);
      g_autofree char *shown = relative ? dojo_project_files_printable_name (relative) : NULL;

      if (mode == NAME_NEW_FILE)
        /* TRANSLATORS: %s is the folder the new file goes in, like “utils” */
        title = shown ? g_strdup_printf (_("New File in “%s”"), shown)
                      : g_strdup (_("New File"));
      else
        /* TRANSLATORS: %s is the folder the new folder goes in */
        title = shown ? g_strdup_printf (_("New Folder in “%s”"), shown)
                      : g_strdup (_("New Folder"));
      button = _("_Create");
      name = g_strdup ("");
    }

  gtk_label_set_label (self->name_title, title);
  gtk_button_set_label (self->name_button, button);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  gtk_entry_set_placeholder_text (self->name_entry,
                                  mode == NAME_NEW_FOLDER ? _("Folder name")
                                                          : _("File name, like helpers.py"));
  check_typed_name (self);

  point_at (self, self->name_popover, anchor);
  gtk_popover_popup (self->name_popover);
  update_actions (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  if (mode == NAME_RENAME)
    {
      /* The name without its extension, ready to be typed over. */
      const char *dot = strrchr (name, '.');
      int end = dot != NULL && dot != name ? g_utf8_pointer_to_offset (name, dot) : -1;

      gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, end);
    }
}

static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  gboolean folder = g_str_equal (action_name, "files.new-folder");
  g_autoptr(GFile) target = NULL;
  GtkTreeListRow *row;

  if (self->directory == NULL)
    return;

  target = target_folder (self);

  /* The new item shows inside its folder: open it. */
  row = get_selected_row (self);
  if (row != NULL && dojo_folder_model_item_is_folder (row_get_info (row)))
    gtk_tree_list_row_set_expanded (row, TRUE);

  open_name_popover (self, folder ? NAME_NEW_FOLDER : NAME_NEW_FILE, target,
                     folder ? GTK_WIDGET (self->new_folder_button)
                            : GTK_WIDGET (self->new_file_button));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  GFileInfo *info = get_selected_info (self);

  if (info == NULL)
    return;

  open_name_popover (self, NAME_RENAME, dojo_folder_model_get_item_file (info),
                     selected_row_widget (self));
}

static void
confirm_name_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) result = NULL;
  g_autoptr(GError) error = NULL;

  if (self->name_target == NULL || self->directory == NULL)
    return;

  if (name[0] == '\0')
    {
      show_name_message (self, _("Type a name, such as “helpers.py”."));
      return;
    }

  if (!check_typed_name (self))
    return;

  /* The popover's closing clears name_target. */
  target = g_object_ref (self->name_target);

  switch (self->name_mode)
    {
    case NAME_NEW_FILE:
      result = dojo_project_files_create_file (self->directory, target, name, &error);
      break;

    case NAME_NEW_FOLDER:
      result = dojo_project_files_create_folder (self->directory, target, name, &error);
      break;

    case NAME_RENAME:
      /* Open editors of the file, or of files in the folder, write what
       * they hold under the old name first. */
      g_signal_emit (self, signals[PREPARE_CHANGE], 0, target);
      result = dojo_project_files_rename (self->directory, target, name, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (result == NULL)
    {
      show_name_message (self, error->message);
      return;
    }

  gtk_popover_popdown (self->name_popover);
  dojo_file_list_select_file (self, result);

  if (self->name_mode == NAME_RENAME)
    g_signal_emit (self, signals[FILE_RENAMED], 0, target, result);
  else if (self->name_mode == NAME_NEW_FILE)
    g_signal_emit (self, signals[FILE_CREATED], 0, result);
}

/* Move to Trash and Undo */

static gboolean
dismiss_toast_cb (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));

  return G_SOURCE_REMOVE;
}

/* libadwaita 1.2 crashes when a toast is dismissed before the first frame
 * of its show animation: the animation's "done" handler outlives the
 * toast's record (later versions disconnect it). Ctrl+Z right after Delete
 * can be that quick, so a toast added moments ago goes a little later. */
static void
dismiss_toast (AdwToast *toast,
               gint64    added)
{
  if (g_get_monotonic_time () - added >= 100 * 1000)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, 100, dismiss_toast_cb, g_object_ref (toast),
                        g_object_unref);
}

static void
pending_trash_free (gpointer data)
{
  PendingTrash *pending = data;

  if (pending->toast != NULL)
    g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_clear_object (&pending->toast);
  g_clear_handle_id (&pending->timeout_id, g_source_remove);
  g_clear_object (&pending->item);
  g_free (pending);
}

static void
sent_to_trash_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  DojoTrashedItem *item = DOJO_TRASHED_ITEM (object);
  g_autoptr(GError) error = NULL;

  /* Not lost: it waits in the holding folder, and the next start tries
   * again. */
  if (!dojo_trashed_item_send_to_trash_finish (item, result, &error))
    g_message ("%s stays in Dojo's holding folder: %s",
               g_file_peek_path (dojo_trashed_item_get_held (item)), error->message);
}

/* The chance to undo has passed. */
static void
settle_pending (DojoFileList *self,
                PendingTrash *pending)
{
  if (dojo_trashed_item_get_can_undo (pending->item))
    dojo_trashed_item_send_to_trash_async (pending->item, NULL, sent_to_trash_cb, NULL);

  g_ptr_array_remove (self->pending_trash, pending);
  update_actions (self);
}

static void on_toast_undo      (AdwToast     *toast,
                                PendingTrash *pending);
static void on_toast_dismissed (AdwToast     *toast,
                                PendingTrash *pending);

static gboolean
undo_timeout_cb (gpointer data)
{
  PendingTrash *pending = data;

  pending->timeout_id = 0;
  settle_pending (pending->self, pending);

  return G_SOURCE_REMOVE;
}

/* Offers Undo for @pending in a toast, titled @title (plain text). */
static void
offer_undo (DojoFileList *self,
            PendingTrash *pending,
            const char   *title)
{
  AdwToastOverlay *overlay = find_toast_overlay (self);
  g_autofree char *markup = NULL;

  if (pending->toast != NULL)
    g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_clear_object (&pending->toast);
  g_clear_handle_id (&pending->timeout_id, g_source_remove);

  /* Without a window to show a toast in, Undo is still there for
   * UNDO_SECONDS, through Ctrl+Z in the list. */
  if (overlay == NULL)
    {
      pending->timeout_id = g_timeout_add_seconds (UNDO_SECONDS, undo_timeout_cb, pending);
      return;
    }

  markup = g_markup_escape_text (title, -1);
  pending->toast = adw_toast_new (markup);
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_timeout (pending->toast, UNDO_SECONDS);
  g_signal_connect (pending->toast, "button-clicked", G_CALLBACK (on_toast_undo), pending);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_toast_dismissed), pending);
  pending->toast_added = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (overlay, g_object_ref (pending->toast));
}

static void
undo_pending (DojoFileList *self,
              PendingTrash *pending)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) original = g_object_ref (dojo_trashed_item_get_original (pending->item));

  if (!dojo_trashed_item_undo (pending->item, &error))
    {
      /* The name is taken again: say so, and keep Undo open for once the
       * learner has moved the new file aside. */
      if (dojo_trashed_item_get_can_undo (pending->item))
        offer_undo (self, pending, error->message);
      else
        {
          show_message (self, error->message);
          g_ptr_array_remove (self->pending_trash, pending);
        }
      update_actions (self);
      return;
    }

  g_ptr_array_remove (self->pending_trash, pending);
  update_actions (self);

  g_signal_emit (self, signals[FILE_RESTORED], 0, original);
  dojo_file_list_select_file (self, original);
}

static void
on_toast_undo (AdwToast     *toast,
               PendingTrash *pending)
{
  /* The toast is dismissed right after: that is not the end of Undo. */
  g_signal_handlers_disconnect_by_func (toast, on_toast_dismissed, pending);
  undo_pending (pending->self, pending);
}

static void
on_toast_dismissed (AdwToast     *toast,
                    PendingTrash *pending)
{
  settle_pending (pending->self, pending);
}

static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  GFileInfo *info = get_selected_info (self);
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  PendingTrash *pending;

  if (info == NULL || self->directory == NULL)
    return;

  file = g_object_ref (dojo_folder_model_get_item_file (info));
  name = shown_name (file);

  g_signal_emit (self, signals[PREPARE_CHANGE], 0, file);
  item = dojo_project_files_trash (self->directory, file, &error);
  if (item == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_signal_emit (self, signals[FILE_TRASHED], 0, file);

  /* The project is on another disk than Dojo's data: the item went to
   * the system's trash at once. */
  if (!dojo_trashed_item_get_can_undo (item))
    {
      title = g_strdup_printf (_("“%s” was moved to the trash. Find it in the Files app to "
                                 "restore it."), name);
      show_message (self, title);
      return;
    }

  pending = g_new0 (PendingTrash, 1);
  pending->self = self;
  pending->item = g_steal_pointer (&item);
  g_ptr_array_add (self->pending_trash, pending);

  /* TRANSLATORS: %s is a file or folder name */
  title = g_strdup_printf (_("“%s” moved to the trash"), name);
  offer_undo (self, pending, title);
  update_actions (self);
}

static void
undo_trash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  PendingTrash *pending;

  if (self->pending_trash->len == 0)
    return;

  pending = g_ptr_array_index (self->pending_trash, self->pending_trash->len - 1);
  if (pending->toast != NULL)
    {
      g_autoptr(AdwToast) toast = g_steal_pointer (&pending->toast);

      g_signal_handlers_disconnect_by_data (toast, pending);
      dismiss_toast (toast, pending->toast_added);
    }

  undo_pending (self, pending);
}

/* The context menu */

static void
popup_context_menu (DojoFileList *self,
                    GtkWidget    *row_widget,
                    double        x,
                    double        y)
{
  if (row_widget != NULL && x >= 0)
    {
      double self_x = 0, self_y = 0;
      GdkRectangle rect;

      gtk_widget_translate_coordinates (row_widget, GTK_WIDGET (self), x, y, &self_x, &self_y);
      rect = (GdkRectangle) { (int)self_x, (int)self_y, 1, 1 };
      gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
    }
  else
    point_at (self, GTK_POPOVER (self->context_menu), row_widget);

  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);

  popup_context_menu (self, selected_row_widget (self), -1, -1);
}

static void
on_context_menu_closed (DojoFileList *self)
{
  give_focus_back (self, GTK_WIDGET (self->context_menu));
}

/* Keyboard: arrows open and close folders, as in every file tree. */
static gboolean
expand_or_collapse (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);
  gboolean expand = g_variant_get_boolean (args);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkTreeListRow *row = get_selected_row (self);
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (row == NULL || focus == NULL
      || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return FALSE;

  if (gtk_tree_list_row_is_expandable (row)
      && gtk_tree_list_row_get_expanded (row) != expand)
    {
      gtk_tree_list_row_set_expanded (row, expand);
      return TRUE;
    }

  if (!expand && (parent = gtk_tree_list_row_get_parent (row)) != NULL)
    {
      select_position (self, gtk_tree_list_row_get_position (parent));
      return TRUE;
    }

  return FALSE;
}

/* Rows */

static void
update_row (DojoFileList *self,
            GtkWidget    *expander)
{
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
  g_autofree char *relative = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  GFileInfo *info;
  GtkWidget *list_row;
  gboolean ignored = FALSE;

  if (row == NULL)
    return;

  info = row_get_info (row);
  relative = g_file_get_relative_path (self->directory, dojo_folder_model_get_item_file (info));
  if (self->ignored_func != NULL && relative != NULL)
    ignored = self->ignored_func (relative, self->ignored_data);

  if (ignored)
    {
      gtk_widget_add_css_class (expander, "dim-label");
      gtk_widget_add_css_class (expander, "ignored");
    }
  else
    {
      gtk_widget_remove_css_class (expander, "dim-label");
      gtk_widget_remove_css_class (expander, "ignored");
    }

  /* What a screen reader says for the row: its name and what it is. */
  name = dojo_project_files_printable_name (g_file_info_get_display_name (info));
  if (g_file_info_get_is_symlink (info))
    /* TRANSLATORS: how a screen reader announces a row of the file list */
    label = g_strdup_printf (ignored ? _("%s, link, ignored by git") : _("%s, link"), name);
  else if (dojo_folder_model_item_is_folder (info))
    label = g_strdup_printf (ignored ? _("%s, folder, ignored by git") : _("%s, folder"), name);
  else
    label = g_strdup_printf (ignored ? _("%s, file, ignored by git") : _("%s, file"), name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  /* A name too long for the pane is ellipsized; the tooltip has it all. */
  if (g_file_info_get_is_symlink (info))
    {
      const char *target = g_file_info_get_symlink_target (info);
      g_autofree char *shown = dojo_project_files_printable_name (target ? target : "?");

      /* TRANSLATORS: the tooltip of a symbolic link; %s is where it leads */
      tooltip = g_strdup_printf (_("A link to %s"), shown);
    }
  else
    tooltip = g_strdup (name);
  if (ignored)
    {
      char *with_note = g_strdup_printf ("%s\n%s", tooltip,
                                         _("Git ignores it: it is never committed."));

      g_free (tooltip);
      tooltip = with_note;
    }
  /* Only when it changed: setting a tooltip asks the display where the
   * pointer is (a round trip to the X server), and rows are bound again
   * on every switch of tabs (bench-editor). */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (expander), tooltip) != 0)
    gtk_widget_set_tooltip_text (expander, tooltip);
  /* The row around it is what has the keyboard focus. */
  list_row = gtk_widget_get_parent (expander);
  if (list_row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                DojoFileList    *self)
{
  GtkWidget *expander = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkListItem *item = g_object_get_data (G_OBJECT (expander), "dojo-list-item");

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_SECONDARY)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  select_position (self, gtk_list_item_get_position (item));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  popup_context_menu (self, expander, x, y);
}

static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 DojoFileList    *self)
{
  GtkWidget *expander = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkListItem *item = g_object_get_data (G_OBJECT (expander), "dojo-list-item");
  GtkWidget *picked;
  int double_click_ms = 400;

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY
      || n_press != 1)
    return;

  /* The arrow opens and closes the folder by itself. */
  picked = gtk_widget_pick (expander, x, y, GTK_PICK_DEFAULT);
  if (picked != NULL && g_str_equal (gtk_widget_get_css_name (picked), "expander"))
    return;

  g_object_get (gtk_widget_get_settings (expander), "gtk-double-click-time", &double_click_ms,
                NULL);
  self->clicked_position = gtk_list_item_get_position (item);
  self->clicked_until = g_get_monotonic_time () + (gint64)double_click_ms * 1000;
  activate_position (self, self->clicked_position);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           DojoFileList             *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_tree_expander_set_indent_for_icon (GTK_TREE_EXPANDER (expander), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_widget_add_css_class (expander, "file-row");

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_row_pressed), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (on_row_released), self, 0);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (click));

  /* The list item owns the expander, so it outlives this pointer. */
  g_object_set_data (G_OBJECT (expander), "dojo-list-item", list_item);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          DojoFileList             *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  GFileInfo *info = row_get_info (row);
  g_autofree char *name = dojo_project_files_printable_name (g_file_info_get_display_name (info));

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_label (GTK_LABEL (label), name);

  if (g_file_info_get_is_symlink (info))
    gtk_image_set_from_icon_name (GTK_IMAGE (icon), "insert-link-symbolic");
  else if (dojo_folder_model_item_is_folder (info))
    gtk_image_set_from_icon_name (GTK_IMAGE (icon), "folder-symbolic");
  else
    {
      const char *type =
        g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_FAST_CONTENT_TYPE);
      g_autoptr(GIcon) gicon = type ? g_content_type_get_symbolic_icon (type) : NULL;

      if (gicon != NULL)
        gtk_image_set_from_gicon (GTK_IMAGE (icon), gicon);
      else
        gtk_image_set_from_icon_name (GTK_IMAGE (icon), "text-x-generic-symbolic");
    }

  g_hash_table_add (self->bound_rows, expander);
  update_row (self, expander);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            DojoFileList             *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  g_hash_table_remove (self->bound_rows, expander);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

static void
update_ignored (DojoFileList *self)
{
  GHashTableIter iter;
  gpointer expander;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &expander, NULL))
    update_row (self, expander);
}

static gboolean
rows_changed_idle (gpointer data)
{
  DojoFileList *self = data;

  self->rows_changed_id = 0;

  /* A new .gitignore, a folder moved into an ignored one: rows that were
   * already shown may have changed too. */
  update_ignored (self);
  try_select (self);
  update_actions (self);

  return G_SOURCE_REMOVE;
}

static void
on_rows_changed (DojoFileList *self)
{
  if (self->rows_changed_id == 0)
    self->rows_changed_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rows_changed_idle,
                                             self, NULL);
}

/* Selecting a file the list has not shown yet: open the folders on its
 * way, one level at a time as each is read. */
static void
try_select (DojoFileList *self)
{
  g_autofree char *relative = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GtkTreeListRow) row = NULL;
  GListModel *level;

  if (self->pending_select == NULL || self->tree == NULL)
    return;

  if (g_get_monotonic_time () > self->pending_select_until)
    {
      g_clear_object (&self->pending_select);
      return;
    }

  relative = g_file_get_relative_path (self->directory, self->pending_select);
  if (relative == NULL)
    {
      g_clear_object (&self->pending_select);
      return;
    }

  parts = g_strsplit (relative, G_DIR_SEPARATOR_S, -1);
  level = gtk_tree_list_model_get_model (self->tree);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint n = g_list_model_get_n_items (level);
      guint found = G_MAXUINT;
      GtkTreeListRow *child;

      for (guint j = 0; j < n && found == G_MAXUINT; j++)
        {
          g_autoptr(GFileInfo) info = g_list_model_get_item (level, j);

          if (g_str_equal (g_file_info_get_name (info), parts[i]))
            found = j;
        }

      /* Not read yet: the next change of the rows tries again. */
      if (found == G_MAXUINT)
        return;

      child = row == NULL ? gtk_tree_list_model_get_child_row (self->tree, found)
                          : gtk_tree_list_row_get_child_row (row, found);
      g_clear_object (&row);
      row = child;
      if (row == NULL)
        return;

      if (parts[i + 1] != NULL)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          level = gtk_tree_list_row_get_children (row);
          if (level == NULL)
            {
              g_clear_object (&self->pending_select);
              return;
            }
        }
    }

  g_clear_object (&self->pending_select);
  select_position (self, gtk_tree_list_row_get_position (row));
}

/* GtkWidget */

static void
dojo_file_list_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);

  gtk_widget_measure (self->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
dojo_file_list_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  DojoFileList *self = DOJO_FILE_LIST (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);

  /* Popovers follow their parent only when it places them. This is why the
   * widget has no layout manager. */
  gtk_popover_present (self->name_popover);
  gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
dojo_file_list_dispose (GObject *object)
{
  DojoFileList *self = DOJO_FILE_LIST (object);

  /* What waits for Undo goes on to the trash; a worker finishes it even
   * as the window closes, and the next start if the app quits first. */
  while (self->pending_trash->len > 0)
    {
      PendingTrash *pending = g_ptr_array_index (self->pending_trash, 0);

      if (pending->toast != NULL)
        {
          g_signal_handlers_disconnect_by_data (pending->toast, pending);
          dismiss_toast (pending->toast, pending->toast_added);
        }
      settle_pending (self, pending);
    }

  g_clear_handle_id (&self->rows_changed_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_FILE_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->directory);
  g_clear_object (&self->pending_select);
  g_clear_object (&self->name_target);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);

  if (self->ignored_destroy != NULL)
    self->ignored_destroy (self->ignored_data);
  self->ignored_func = NULL;
  self->ignored_data = NULL;
  self->ignored_destroy = NULL;

  G_OBJECT_CLASS (dojo_file_list_parent_class)->dispose (object);
}

static void
dojo_file_list_finalize (GObject *object)
{
  DojoFileList *self = DOJO_FILE_LIST (object);

  g_ptr_array_unref (self->pending_trash);

  G_OBJECT_CLASS (dojo_file_list_parent_class)->finalize (object);
}

static void
dojo_file_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DojoFileList *self = DOJO_FILE_LIST (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_file_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DojoFileList *self = DOJO_FILE_LIST (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      dojo_file_list_set_directory (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A signal that carries one file: most of the list's. */
static guint
new_file_signal (GType       type,
                 const char *name)
{
  return g_signal_new (name, type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
dojo_file_list_class_init (DojoFileListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_file_list_dispose;
  object_class->finalize = dojo_file_list_finalize;
  object_class->get_property = dojo_file_list_get_property;
  object_class->set_property = dojo_file_list_set_property;

  widget_class->measure = dojo_file_list_measure;
  widget_class->size_allocate = dojo_file_list_size_allocate;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoFileList::file-activated:
   * @file: the file
   *
   * The learner opened @file (a click, or Enter): the window shows it in
   * an editor. Never a folder, never a link that leads out of the project.
   */
  signals[FILE_ACTIVATED] =
    new_file_signal (G_TYPE_FROM_CLASS (klass), "file-activated");

  /**
   * DojoFileList::prepare-change:
   * @file: the file or folder about to be renamed or moved to the trash
   *
   * Emitted just before, so that every open editor of @file, or of a file
   * under it, writes what it holds to disk first.
   */
  signals[PREPARE_CHANGE] =
    new_file_signal (G_TYPE_FROM_CLASS (klass), "prepare-change");

  /**
   * DojoFileList::file-created:
   * @file: the new, empty file
   *
   * The learner made a file with New File; the window opens it.
   */
  signals[FILE_CREATED] =
    new_file_signal (G_TYPE_FROM_CLASS (klass), "file-created");

  /**
   * DojoFileList::file-renamed:
   * @old_file: the file or folder as it was called
   * @new_file: what it is called now
   *
   * Editors of @old_file, or of files under it, follow it to @new_file.
   */
  signals[FILE_RENAMED] =
    g_signal_new ("file-renamed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_FILE);

  /**
   * DojoFileList::file-trashed:
   * @file: where the file or folder was
   *
   * It left the project; Undo may bring it back (#DojoFileList::file-restored).
   */
  signals[FILE_TRASHED] =
    new_file_signal (G_TYPE_FROM_CLASS (klass), "file-trashed");

  /**
   * DojoFileList::file-restored:
   * @file: the file or folder Undo put back
   */
  signals[FILE_RESTORED] =
    new_file_signal (G_TYPE_FROM_CLASS (klass), "file-restored");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-file-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, content);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, new_file_button);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, new_folder_button);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, list_view);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, name_popover);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, name_title);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, name_button);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, name_message);
  gtk_widget_class_bind_template_child (widget_class, DojoFileList, context_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_popover_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_context_menu_closed);
  gtk_widget_class_set_css_name (widget_class, "dojofilelist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "files.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "files.new-file", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "files.new-folder", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "files.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "files.trash", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "files.undo-trash", NULL, undo_trash_action);
  gtk_widget_class_install_action (widget_class, "files.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "files.confirm-name", NULL,
                                   confirm_name_action);

  /* Only while the focus is in the list: Delete in the editor deletes a
   * letter, not a file. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "files.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "files.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "files.trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "files.undo-trash", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "files.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "files.show-menu", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, expand_or_collapse, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, expand_or_collapse, "b", FALSE);
}

static void
dojo_file_list_init (DojoFileList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->pending_trash = g_ptr_array_new_with_free_func (pending_trash_free);
  self->clicked_position = GTK_INVALID_LIST_POSITION;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->name_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->name_message, NULL,
                                  -1);

  update_actions (self);
}

GtkWidget *
dojo_file_list_new (void)
{
  return g_object_new (DOJO_TYPE_FILE_LIST, NULL);
}

GFile *
dojo_file_list_get_directory (DojoFileList *self)
{
  g_return_val_if_fail (DOJO_IS_FILE_LIST (self), NULL);

  return self->directory;
}

/**
 * dojo_file_list_set_directory:
 * @directory: (nullable): the project folder, or %NULL for an empty list
 *
 * Shows the files of @directory. It is read in the background; the list
 * fills as it is read, and follows changes made by anything else.
 */
void
dojo_file_list_set_directory (DojoFileList *self,
                              GFile        *directory)
{
  g_return_if_fail (DOJO_IS_FILE_LIST (self));
  g_return_if_fail (directory == NULL || G_IS_FILE (directory));

  if (self->directory == directory
      || (self->directory != NULL && directory != NULL
          && g_file_equal (self->directory, directory)))
    return;

  g_set_object (&self->directory, directory);
  g_clear_object (&self->pending_select);
  gtk_popover_popdown (self->name_popover);
  gtk_popover_popdown (GTK_POPOVER (self->context_menu));

  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);

  if (directory != NULL)
    {
      self->tree = gtk_tree_list_model_new (G_LIST_MODEL (dojo_folder_model_new (directory)),
                                            FALSE, FALSE,
                                            create_child_level, NULL, NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);

      g_signal_connect_swapped (self->tree, "items-changed", G_CALLBACK (on_rows_changed), self);
      g_signal_connect_swapped (self->selection, "selection-changed",
                                G_CALLBACK (update_actions), self);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

/**
 * dojo_file_list_select_file:
 * @file: a file of the project, such as the one the editor shows
 *
 * Highlights @file, opening the folders it is in. If the list has not read
 * them yet, it selects the file as soon as it has (within a few seconds).
 */
void
dojo_file_list_select_file (DojoFileList *self,
                            GFile        *file)
{
  g_return_if_fail (DOJO_IS_FILE_LIST (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->pending_select, file);
  self->pending_select_until = g_get_monotonic_time () + SELECT_PATIENCE_US;
  try_select (self);
}

/**
 * dojo_file_list_get_selected_file:
 *
 * Returns: (transfer full) (nullable): the highlighted file or folder
 */
GFile *
dojo_file_list_get_selected_file (DojoFileList *self)
{
  GFileInfo *info;

  g_return_val_if_fail (DOJO_IS_FILE_LIST (self), NULL);

  info = get_selected_info (self);

  return info != NULL ? g_object_ref (dojo_folder_model_get_item_file (info)) : NULL;
}

/**
 * dojo_file_list_set_ignored_func:
 * @func: (nullable): says whether git ignores a file
 * @user_data: passed to @func
 * @destroy: (nullable): frees @user_data when @func is replaced
 *
 * Rows of files that git ignores are shown dimmed. The list asks @func
 * for the rows it shows, again whenever its rows change; call
 * dojo_file_list_refresh_ignored() when what git ignores changes otherwise
 * (an edited .gitignore).
 */
void
dojo_file_list_set_ignored_func (DojoFileList            *self,
                                 DojoFileListIgnoredFunc  func,
                                 gpointer                 user_data,
                                 GDestroyNotify           destroy)
{
  GDestroyNotify old_destroy;
  gpointer old_data;

  g_return_if_fail (DOJO_IS_FILE_LIST (self));

  old_destroy = self->ignored_destroy;
  old_data = self->ignored_data;

  self->ignored_func = func;
  self->ignored_data = user_data;
  self->ignored_destroy = destroy;

  if (old_destroy != NULL)
    old_destroy (old_data);

  update_ignored (self);
}

/**
 * dojo_file_list_refresh_ignored:
 *
 * Asks the ignored function again for every row shown.
 */
void
dojo_file_list_refresh_ignored (DojoFileList *self)
{
  g_return_if_fail (DOJO_IS_FILE_LIST (self));

  update_ignored (self);
}
