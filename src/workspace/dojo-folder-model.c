/* dojo-folder-model.c: the files of one folder of a project, kept up to date
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-folder-model"

#include "config.h"

#include "dojo-folder-model.h"

/* A GListModel of the GFileInfos of one folder: folders first, then names
 * as people sort them ("file2" before "file10", case aside), git's own .git
 * left out. The folder is read in a worker thread, and read again shortly
 * after a file monitor reports a change; the new listing is compared with
 * the old one, so only what changed is removed or added and a row that
 * stays is the same object (a file tree keeps it open).
 *
 * Why not GtkDirectoryList: in GTK 4.8 it applies monitor events in order
 * and waits for the details of each new file; a file that is gone before
 * they arrive, like the temporary file of every atomic save, blocks the
 * queue, and the list never changes again. Reading the folder again is
 * also simply right after a burst of events (git checkout, unzip). */

/* What the file list shows of a file. The fast content type is guessed from
 * the name alone, so no file is opened to choose an icon. */
#define FILE_ATTRIBUTES                                 \
  G_FILE_ATTRIBUTE_STANDARD_NAME ","                    \
  G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","            \
  G_FILE_ATTRIBUTE_STANDARD_TYPE ","                    \
  G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","              \
  G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET ","          \
  G_FILE_ATTRIBUTE_STANDARD_FAST_CONTENT_TYPE

/* Events come in bursts (an atomic save is four); one reading after the
 * last of them is enough. */
#define SETTLE_MS 100

struct _DojoFolderModel
{
  GObject       parent_instance;

  GFile        *folder;
  GPtrArray    *items;
  GFileMonitor *monitor;
  GCancellable *cancellable;
  guint         settle_id;
  guint         loading : 1;
  /* Changed while being read: read again once this reading is in. */
  guint         stale : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DojoFolderModel, dojo_folder_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void read_folder (DojoFolderModel *self);

/* Items */

/**
 * dojo_folder_model_get_item_file:
 * @info: an item of a #DojoFolderModel
 *
 * Returns: (transfer none): the file @info describes
 */
GFile *
dojo_folder_model_get_item_file (GFileInfo *info)
{
  g_return_val_if_fail (G_IS_FILE_INFO (info), NULL);

  return G_FILE (g_file_info_get_attribute_object (info, "standard::file"));
}

/**
 * dojo_folder_model_item_is_folder:
 * @info: an item of a #DojoFolderModel
 *
 * Returns: whether @info is a folder, and not a link to one: what a link
 *   leads to may lie outside the project, so a file tree does not open it.
 */
gboolean
dojo_folder_model_item_is_folder (GFileInfo *info)
{
  g_return_val_if_fail (G_IS_FILE_INFO (info), FALSE);

  return g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
         && !g_file_info_get_is_symlink (info);
}

static GQuark
sort_key_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("dojo-folder-model-sort-key");

  return quark;
}

/* Folded first, so that "Zebra.txt" comes after "apple.txt" in every
 * locale, C too. Set once per item, in the thread that reads it. */
static void
set_sort_key (GFileInfo *info)
{
  g_autofree char *folded = g_utf8_casefold (g_file_info_get_display_name (info), -1);

  g_object_set_qdata_full (G_OBJECT (info), sort_key_quark (),
                           g_utf8_collate_key_for_filename (folded, -1), g_free);
}

static int
compare_items (GFileInfo *a,
               GFileInfo *b)
{
  gboolean folder_a = dojo_folder_model_item_is_folder (a);
  gboolean folder_b = dojo_folder_model_item_is_folder (b);
  int cmp;

  if (folder_a != folder_b)
    return folder_a ? -1 : 1;

  cmp = strcmp (g_object_get_qdata (G_OBJECT (a), sort_key_quark ()),
                g_object_get_qdata (G_OBJECT (b), sort_key_quark ()));
  if (cmp != 0)
    return cmp;

  /* Only one item has a name: equal means the same file. */
  return strcmp (g_file_info_get_name (a), g_file_info_get_name (b));
}

static int
compare_items_indirect (gconstpointer a,
                        gconstpointer b)
{
  return compare_items (*(GFileInfo **)a, *(GFileInfo **)b);
}

/* Whether the row for @old still says the truth about @new. */
static gboolean
same_item (GFileInfo *old,
           GFileInfo *new)
{
  return g_file_info_get_file_type (old) == g_file_info_get_file_type (new)
         && g_file_info_get_is_symlink (old) == g_file_info_get_is_symlink (new)
         && g_strcmp0 (g_file_info_get_symlink_target (old),
                       g_file_info_get_symlink_target (new)) == 0
         && g_strcmp0 (g_file_info_get_display_name (old),
                       g_file_info_get_display_name (new)) == 0;
}

/* GListModel */

static GType
dojo_folder_model_get_item_type (GListModel *model)
{
  return G_TYPE_FILE_INFO;
}

static guint
dojo_folder_model_get_n_items (GListModel *model)
{
  return DOJO_FOLDER_MODEL (model)->items->len;
}

static gpointer
dojo_folder_model_get_item (GListModel *model,
                            guint       position)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dojo_folder_model_get_item_type;
  iface->get_n_items = dojo_folder_model_get_n_items;
  iface->get_item = dojo_folder_model_get_item;
}

/* Reading */

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *folder = task_data;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (folder, FILE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                        cancellable, &error);
  if (children == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  while ((info = g_file_enumerator_next_file (children, cancellable, &error)) != NULL)
    {
      /* git's own records are not the learner's files. */
      if (g_ascii_strcasecmp (g_file_info_get_name (info), ".git") == 0)
        {
          g_object_unref (info);
          continue;
        }

      {
        g_autoptr(GFile) child = g_file_enumerator_get_child (children, info);

        g_file_info_set_attribute_object (info, "standard::file", G_OBJECT (child));
      }
      set_sort_key (info);
      g_ptr_array_add (items, info);
    }

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_ptr_array_sort (items, compare_items_indirect);
  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify)g_ptr_array_unref);
}

typedef struct
{
  DojoFolderModel *self;
  guint            position;
  guint            removed;
  guint            added;
} Change;

static void
change_flush (Change *change)
{
  if (change->removed > 0 || change->added > 0)
    g_list_model_items_changed (G_LIST_MODEL (change->self), change->position,
                                change->removed, change->added);
  change->removed = change->added = 0;
}

/* Records that at @position, @removed items go and @added come; one signal
 * for a run of changes side by side. Called before the items change: a run
 * that ends here is signalled while the model matches it, before this
 * change is made. */
static void
change_add (Change *change,
            guint   position,
            guint   removed,
            guint   added)
{
  if ((change->removed > 0 || change->added > 0)
      && position != change->position + change->added)
    change_flush (change);

  if (change->removed == 0 && change->added == 0)
    change->position = position;
  change->removed += removed;
  change->added += added;
}

/* Makes the items @fresh (sorted) by removing and adding only what
 * differs: both lists are in the same order, so one walk finds it. */
static void
apply_listing (DojoFolderModel *self,
               GPtrArray       *fresh)
{
  Change change = { self, 0, 0, 0 };
  guint i = 0;
  guint j = 0;

  while (j < fresh->len || i < self->items->len)
    {
      GFileInfo *new = j < fresh->len ? g_ptr_array_index (fresh, j) : NULL;
      GFileInfo *old = i < self->items->len ? g_ptr_array_index (self->items, i) : NULL;
      int cmp = old == NULL ? 1 : new == NULL ? -1 : compare_items (old, new);

      if (cmp < 0)
        {
          /* Gone from the folder. */
          change_add (&change, i, 1, 0);
          g_ptr_array_remove_index (self->items, i);
        }
      else if (cmp > 0)
        {
          change_add (&change, i, 0, 1);
          g_ptr_array_insert (self->items, i, g_object_ref (new));
          i++;
          j++;
        }
      else
        {
          if (!same_item (old, new))
            {
              change_add (&change, i, 1, 1);
              g_ptr_array_index (self->items, i) = g_object_ref (new);
              g_object_unref (old);
            }
          i++;
          j++;
        }
    }

  change_flush (&change);
}

static void
set_loading (DojoFolderModel *self,
             gboolean         loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  /* A folder that went away, or cannot be read, lists nothing. */
  if (fresh == NULL)
    {
      g_debug ("Cannot list %s: %s", g_file_peek_path (self->folder), error->message);
      fresh = g_ptr_array_new ();
    }

  apply_listing (self, fresh);

  if (self->stale)
    read_folder (self);
  else
    set_loading (self, FALSE);
}

static void
read_folder (DojoFolderModel *self)
{
  g_autoptr(GTask) task = NULL;

  self->stale = FALSE;
  set_loading (self, TRUE);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, read_cb, NULL);
  g_task_set_source_tag (task, read_folder);
  /* Drawing comes first: a folder of thousands of files waits its turn. */
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);
  g_task_set_task_data (task, g_object_ref (self->folder), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

static gboolean
settle_cb (gpointer data)
{
  DojoFolderModel *self = data;

  self->settle_id = 0;

  if (self->cancellable != NULL)
    self->stale = TRUE;
  else
    read_folder (self);

  return G_SOURCE_REMOVE;
}

static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   DojoFolderModel   *self)
{
  /* What a file holds is not what the folder lists. */
  if (event == G_FILE_MONITOR_EVENT_CHANGED
      || event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT)
    return;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
}

/* GObject */

static void
dojo_folder_model_constructed (GObject *object)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (dojo_folder_model_parent_class)->constructed (object);

  g_assert (G_IS_FILE (self->folder));

  /* Watching first: a file made while the folder is read is not missed. */
  self->monitor = g_file_monitor_directory (self->folder, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);
  else
    g_debug ("Not watching %s: %s", g_file_peek_path (self->folder), error->message);

  read_folder (self);
}

static void
dojo_folder_model_dispose (GObject *object)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  G_OBJECT_CLASS (dojo_folder_model_parent_class)->dispose (object);
}

static void
dojo_folder_model_finalize (GObject *object)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (dojo_folder_model_parent_class)->finalize (object);
}

static void
dojo_folder_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_folder_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DojoFolderModel *self = DOJO_FOLDER_MODEL (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_folder_model_class_init (DojoFolderModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dojo_folder_model_constructed;
  object_class->dispose = dojo_folder_model_dispose;
  object_class->finalize = dojo_folder_model_finalize;
  object_class->get_property = dojo_folder_model_get_property;
  object_class->set_property = dojo_folder_model_set_property;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dojo_folder_model_init (DojoFolderModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * dojo_folder_model_new:
 * @folder: the folder to list
 *
 * Returns: (transfer full): a model that is empty until the folder has
 *   been read in the background (#DojoFolderModel:loading), and then
 *   follows it
 */
DojoFolderModel *
dojo_folder_model_new (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (DOJO_TYPE_FOLDER_MODEL, "folder", folder, NULL);
}

GFile *
dojo_folder_model_get_folder (DojoFolderModel *self)
{
  g_return_val_if_fail (DOJO_IS_FOLDER_MODEL (self), NULL);

  return self->folder;
}

/**
 * dojo_folder_model_is_loading:
 *
 * Returns: whether the folder is being read (again)
 */
gboolean
dojo_folder_model_is_loading (DojoFolderModel *self)
{
  g_return_val_if_fail (DOJO_IS_FOLDER_MODEL (self), FALSE);

  return self->loading;
}
