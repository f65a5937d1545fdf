/* dojo-debug-panel.c: the debugger's side panel, stepping, calls, names and values
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows one "stopped" event of the debugger (docs/debugger.md): where the
 * program is, the calls it is in (outermost first, as a traceback reads),
 * and the names of the picked call, as a list whose containers open, or as
 * a picture of names and the objects they point at. The stepping buttons
 * name window actions; the window installs them and their shortcuts.
 */

#define G_LOG_DOMAIN "dojo-debug-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-json.h"
#include "dojo-debug-panel.h"
#include "dojo-names-view.h"

/* The widths of the name and type columns; the value takes the rest. */
#define NAME_WIDTH 118
#define TYPE_WIDTH  58

/* ------------------------------------------------------------------------ */
/* One row of the variables list */

typedef enum
{
  ITEM_HEADING,     /* "Local Variables", "Globals" */
  ITEM_VAR,         /* a name, or an item, key or attribute of a value */
  ITEM_RETURN,      /* the value the current frame returns */
  ITEM_EXCEPTION,   /* the exception being raised */
  ITEM_MORE,        /* items the backend left out */
  ITEM_EMPTY,       /* a section with no names */
} ItemKind;

#define DOJO_TYPE_DEBUG_ITEM (dojo_debug_item_get_type ())
G_DECLARE_FINAL_TYPE (DojoDebugItem, dojo_debug_item, DOJO, DEBUG_ITEM, GObject)

/* An item lives from step to step while its row shows the same name: a
 * step updates it in place and only its row redraws. A new item for every
 * row made GTK 4.8's list view build all of its (up to 200) row widgets
 * again at every step, 35 ms with 100 names. */
struct _DojoDebugItem
{
  GObject     parent_instance;

  ItemKind    kind;
  char       *label;     /* the name as shown, or the row's text */
  char       *path;      /* names from the section down, to keep rows open across steps */
  char       *key;       /* the same key at the next step is the same row */
  JsonObject *var;       /* ITEM_VAR, ITEM_RETURN */
  guint       revision;  /* counts the changes of what its row shows */
  GListStore *children;  /* weak: its items while its row is open */
};

G_DEFINE_FINAL_TYPE (DojoDebugItem, dojo_debug_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_VAR,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

static void
dojo_debug_item_finalize (GObject *object)
{
  DojoDebugItem *item = DOJO_DEBUG_ITEM (object);

  g_free (item->label);
  g_free (item->path);
  g_free (item->key);
  g_clear_pointer (&item->var, json_object_unref);
  g_clear_weak_pointer (&item->children);

  G_OBJECT_CLASS (dojo_debug_item_parent_class)->finalize (object);
}

static void
dojo_debug_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DojoDebugItem *item = DOJO_DEBUG_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_VAR:
      g_value_set_boxed (value, item->var);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_debug_item_class_init (DojoDebugItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_debug_item_finalize;
  object_class->get_property = dojo_debug_item_get_property;

  /* The value a row shows; it changes from one step to the next. The
   * label does not: it is part of the key. */
  item_properties[ITEM_PROP_VAR] =
    g_param_spec_boxed ("var", NULL, NULL, JSON_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
dojo_debug_item_init (DojoDebugItem *item)
{
}

/* ------------------------------------------------------------------------ */

struct _DojoDebugPanel
{
  GtkWidget           parent_instance;

  GtkWidget          *content;
  GtkBox             *toolbar;
  GtkWidget          *status_box;
  GtkLabel           *status_label;
  GtkLabel           *position_label;
  GtkStack           *main_stack;
  GtkListBox         *stack_list;
  GtkStack           *view_stack;
  GtkListView        *vars_view;
  DojoNamesView      *names_view;

  GListStore         *vars;        /* of DojoDebugItem: the sections' rows */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  JsonObject         *event;
  int                 selected_frame;
  guint               selecting : 1;   /* the panel itself picks a frame */
};

G_DEFINE_FINAL_TYPE (DojoDebugPanel, dojo_debug_panel, GTK_TYPE_WIDGET)

enum {
  FRAME_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The stepping buttons. The window owns the actions and their shortcuts;
 * the shortcut shown is the application's when it has one, else the one
 * the debugger's design gives it. */
static const struct
{
  const char *action;
  const char *icon;
  const char *label;
  const char *accel;
  gboolean    group_end;
} step_buttons[] = {
  { "win.debug-back", "go-previous-symbolic", N_("Step Back"), NULL, FALSE },
  { "win.debug-forward", "go-next-symbolic", N_("Step Forward"), NULL, TRUE },
  { "win.debug-continue", "media-playback-start-symbolic", N_("Continue"), "F8", FALSE },
  { "win.debug-step-over", "go-jump-symbolic", N_("Step Over"), "F10", FALSE },
  { "win.debug-step-into", "go-down-symbolic", N_("Step Into"), "F11", FALSE },
  { "win.debug-step-out", "go-up-symbolic", N_("Step Out"), "<Shift>F11", TRUE },
  { "win.debug-stop", "media-playback-stop-symbolic", N_("Stop"), NULL, FALSE },
};

/* ------------------------------------------------------------------------ */
/* JSON */

static JsonObject *
get_state (DojoDebugPanel *self)
{
  return dojo_json_get_object (self->event, "state");
}

static JsonArray *
get_frames (DojoDebugPanel *self)
{
  return dojo_json_get_array (get_state (self), "frames");
}

static guint
n_frames (DojoDebugPanel *self)
{
  JsonArray *frames = get_frames (self);

  return frames ? json_array_get_length (frames) : 0;
}

static gboolean
is_module_frame (JsonObject *frame)
{
  return g_strcmp0 (dojo_json_get_string (frame, "function"), "<module>") == 0;
}

/* ------------------------------------------------------------------------ */
/* The stepping buttons */

static void
update_tooltips (DojoDebugPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->toolbar));

  for (guint i = 0; i < G_N_ELEMENTS (step_buttons) && button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      g_auto(GStrv) accels = NULL;
      const char *accel = step_buttons[i].accel;
      guint key = 0;
      GdkModifierType mods = 0;
      g_autofree char *tooltip = NULL;

      if (!GTK_IS_BUTTON (button))
        continue;

      if (app != NULL)
        {
          accels = gtk_application_get_accels_for_action (app, step_buttons[i].action);
          if (accels != NULL && accels[0] != NULL)
            accel = accels[0];
        }

      if (accel != NULL && gtk_accelerator_parse (accel, &key, &mods))
        {
          g_autofree char *shortcut = gtk_accelerator_get_label (key, mods);

          /* Translators: a button's tooltip, "Step Over (F10)" */
          tooltip = g_strdup_printf (_("%s (%s)"), _(step_buttons[i].label), shortcut);
        }
      else
        tooltip = g_strdup (_(step_buttons[i].label));

      gtk_widget_set_tooltip_text (button, tooltip);
      i++;
    }
}

static void
add_step_buttons (DojoDebugPanel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_buttons); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (step_buttons[i].icon);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), step_buttons[i].action);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(step_buttons[i].label),
                                      -1);
      /* Stop stands apart from the stepping, at the far end. */
      if (i == G_N_ELEMENTS (step_buttons) - 1)
        {
          gtk_widget_set_hexpand (button, TRUE);
          gtk_widget_set_halign (button, GTK_ALIGN_END);
        }
      gtk_box_append (self->toolbar, button);

      if (step_buttons[i].group_end)
        {
          GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

          gtk_widget_add_css_class (separator, "spacer");
          gtk_box_append (self->toolbar, separator);
        }
    }

  update_tooltips (self);
}

/* ------------------------------------------------------------------------ */
/* The variables list */

/* Whether the row of @var opens. GtkTreeListModel asks once per row, so a
 * value that gains or loses its items needs a row of its own. */
static gboolean
var_has_children (JsonObject *var)
{
  JsonArray *children = dojo_json_get_array (var, "children");

  return (children != NULL && json_array_get_length (children) > 0) ||
         json_object_get_int_member_with_default (var, "more", 0) > 0;
}

static DojoDebugItem *
item_new (ItemKind    kind,
          const char *label,
          const char *path,
          JsonObject *var)
{
  DojoDebugItem *item = g_object_new (DOJO_TYPE_DEBUG_ITEM, NULL);

  item->kind = kind;
  item->label = g_strdup (label);
  item->path = g_strdup (path);
  item->var = var ? json_object_ref (var) : NULL;
  /* A name by its path, a heading or a note by its text. */
  item->key = g_strdup_printf ("%d%c%s", (int)kind, var && var_has_children (var) ? '+' : '-',
                               path ? path : label ? label : "");
  return item;
}

/* Whether a row shows @a and @b alike. */
static gboolean
same_look (JsonObject *a,
           JsonObject *b)
{
  static const char * const shown[] = { "type", "value", "repr_error" };

  if (a == NULL || b == NULL)
    return a == b;
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (g_strcmp0 (dojo_json_get_string (a, shown[i]), dojo_json_get_string (b, shown[i])) != 0)
      return FALSE;
  return json_object_get_boolean_member_with_default (a, "changed", FALSE) ==
         json_object_get_boolean_member_with_default (b, "changed", FALSE);
}

/* How a child is named in the list: as the learner would reach it. */
static char *
child_label (const char *parent_type,
             const char *name)
{
  if (name == NULL)
    return g_strdup ("");
  if (g_strcmp0 (parent_type, "list") == 0 || g_strcmp0 (parent_type, "tuple") == 0 ||
      g_strcmp0 (parent_type, "dict") == 0)
    return g_strdup_printf ("[%s]", name);
  if (g_strcmp0 (parent_type, "set") == 0 || g_strcmp0 (parent_type, "frozenset") == 0)
    return g_strdup (name);
  return g_strdup_printf (".%s", name);
}

/* The items under @item, as its row shows them open. */
static GPtrArray *
child_items (DojoDebugItem *item)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *children = dojo_json_get_array (item->var, "children");
  gint64 more = json_object_get_int_member_with_default (item->var, "more", 0);
  guint n = children ? json_array_get_length (children) : 0;
  const char *type = dojo_json_get_string (item->var, "type");

  for (guint i = 0; i < n; i++)
    {
      JsonObject *child = dojo_json_array_get_object (children, i);
      g_autofree char *label = NULL;
      g_autofree char *path = NULL;

      if (child == NULL)
        continue;
      label = child_label (type, dojo_json_get_string (child, "name"));
      path = g_strdup_printf ("%s/%s", item->path, label);
      g_ptr_array_add (items, item_new (ITEM_VAR, label, path, child));
    }

  if (more > 0)
    {
      /* Translators: items of a list the debugger did not send */
      g_autofree char *label = g_strdup_printf (ngettext ("… and %d more", "… and %d more",
                                                          (int)more), (int)more);

      g_ptr_array_add (items, item_new (ITEM_MORE, label, NULL, NULL));
    }

  return items;
}

static GListModel *
create_children (gpointer item_ptr,
                 gpointer user_data)
{
  DojoDebugItem *item = item_ptr;
  g_autoptr(GPtrArray) items = NULL;
  GListStore *store;

  if ((item->kind != ITEM_VAR && item->kind != ITEM_RETURN) || item->var == NULL ||
      !var_has_children (item->var))
    return NULL;

  items = child_items (item);
  store = g_list_store_new (DOJO_TYPE_DEBUG_ITEM);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  /* Kept while the row is open, so that the next step updates it. */
  g_set_weak_pointer (&item->children, store);
  return G_LIST_MODEL (store);
}

static void sync_store (GListStore *store,
                        GPtrArray  *wanted);

/* @item, of the same key as @fresh from the new step, takes its value: its
 * row updates through the notification, its open rows through its store. */
static void
item_take_from (DojoDebugItem *item,
                DojoDebugItem *fresh)
{
  gboolean looks_other = !same_look (item->var, fresh->var);

  g_assert (g_str_equal (item->key, fresh->key));

  /* The new JSON always, for the items under it. */
  if (fresh->var != NULL)
    json_object_ref (fresh->var);
  g_clear_pointer (&item->var, json_object_unref);
  item->var = fresh->var;
  if (looks_other)
    {
      item->revision++;
      g_object_notify_by_pspec (G_OBJECT (item), item_properties[ITEM_PROP_VAR]);
    }

  if (item->children != NULL)
    {
      g_autoptr(GPtrArray) children = child_items (item);

      sync_store (item->children, children);
    }
}

/* Makes @store hold @wanted, keeping the items whose key is still there
 * (updated in place) and splicing only the span that differs: a step that
 * changes values leaves the list as it is. */
static void
sync_store (GListStore *store,
            GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) old = g_ptr_array_new_full (n_old, g_object_unref);
  g_autoptr(GPtrArray) next = g_ptr_array_new_full (wanted->len, g_object_unref);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify)g_queue_free);
  guint start = 0;
  guint end_old;
  guint end_new;

  for (guint i = 0; i < n_old; i++)
    {
      DojoDebugItem *item = g_list_model_get_item (model, i);
      GQueue *same = g_hash_table_lookup (by_key, item->key);

      if (same == NULL)
        g_hash_table_insert (by_key, item->key, (same = g_queue_new ()));
      /* Two rows of one key (a set's items that print alike) pair in order. */
      g_queue_push_tail (same, item);
      g_ptr_array_add (old, item);
    }

  for (guint i = 0; i < wanted->len; i++)
    {
      DojoDebugItem *fresh = g_ptr_array_index (wanted, i);
      GQueue *same = g_hash_table_lookup (by_key, fresh->key);
      DojoDebugItem *item = same != NULL ? g_queue_pop_head (same) : NULL;

      if (item != NULL)
        item_take_from (item, fresh);
      else
        item = fresh;
      g_ptr_array_add (next, g_object_ref (item));
    }

  while (start < n_old && start < next->len && old->pdata[start] == next->pdata[start])
    start++;
  end_old = n_old;
  end_new = next->len;
  while (end_old > start && end_new > start && old->pdata[end_old - 1] == next->pdata[end_new - 1])
    {
      end_old--;
      end_new--;
    }

  if (end_old > start || end_new > start)
    g_list_store_splice (store, start, end_old - start, next->pdata + start, end_new - start);
}

/* A short note when the object's own __repr__ failed. */
static char *
repr_note (JsonObject *var)
{
  const char *error = var ? dojo_json_get_string (var, "repr_error") : NULL;

  if (error == NULL || error[0] == '\0')
    return NULL;
  if (g_strcmp0 (error, "timeout") == 0)
    return g_strdup (_("Its __repr__ took too long, so its attributes are shown instead"));
  /* Translators: %s is the exception, "ValueError: bad" */
  return g_strdup_printf (_("Its __repr__ raised %s, so its attributes are shown instead"),
                          error);
}

typedef struct
{
  GtkWidget *row;
  GtkWidget *expander;
  GtkWidget *name;
  GtkWidget *type;
  GtkWidget *value;
  GtkWidget *note;
} RowParts;

static void
row_parts (GtkWidget *row,
           RowParts  *parts)
{
  GtkWidget *line = gtk_widget_get_first_child (row);

  parts->row = row;
  parts->expander = gtk_widget_get_first_child (line);
  parts->name = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (parts->expander));
  parts->type = gtk_widget_get_next_sibling (parts->expander);
  parts->value = gtk_widget_get_next_sibling (parts->type);
  parts->note = gtk_widget_get_next_sibling (line);
}

static void
setup_var_row (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DojoDebugPanel           *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *type = gtk_label_new (NULL);
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  /* Fixed columns: a label asks for no more than one character's width,
   * the size requests make the rest. */
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 1);
  gtk_label_set_single_line_mode (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "var-name");
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), name);
  gtk_tree_expander_set_indent_for_icon (GTK_TREE_EXPANDER (expander), TRUE);

  gtk_label_set_xalign (GTK_LABEL (type), 0);
  gtk_label_set_ellipsize (GTK_LABEL (type), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (type), 1);
  gtk_label_set_single_line_mode (GTK_LABEL (type), TRUE);
  gtk_widget_set_size_request (type, TYPE_WIDTH, -1);
  gtk_widget_add_css_class (type, "var-type");
  gtk_widget_add_css_class (type, "dim-label");
  gtk_widget_add_css_class (type, "caption");

  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 1);
  gtk_label_set_single_line_mode (GTK_LABEL (value), TRUE);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_add_css_class (value, "var-value");
  gtk_widget_add_css_class (value, "monospace");

  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (note), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (note, "var-note");
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_set_visible (note, FALSE);

  gtk_box_append (GTK_BOX (line), expander);
  gtk_box_append (GTK_BOX (line), type);
  gtk_box_append (GTK_BOX (line), value);
  gtk_box_append (GTK_BOX (row), line);
  gtk_box_append (GTK_BOX (row), note);
  gtk_widget_add_css_class (row, "var-row");

  gtk_list_item_set_child (list_item, row);
}

static void
set_row_label (GtkWidget  *row,
               const char *label)
{
  GtkWidget *list_row = gtk_widget_get_parent (row);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The row around it is what has the keyboard focus. */
  if (list_row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Shows @item in the row of @list_item: when bound, and again when a step
 * changes what the item holds. */
static void
show_item (GtkListItem   *list_item,
           DojoDebugItem *item)
{
  static const char * const kinds[] = { "var-heading", "var-return", "var-exception",
                                        "var-more", "var-empty", "changed" };
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  g_autofree char *note = NULL;
  g_autofree char *label = NULL;
  gboolean spans = item->kind != ITEM_VAR && item->kind != ITEM_RETURN;
  gboolean changed = FALSE;
  RowParts parts;

  row_parts (gtk_list_item_get_child (list_item), &parts);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_widget_remove_css_class (parts.row, kinds[i]);
  gtk_widget_remove_css_class (parts.name, "heading");

  /* A heading, a note or an exception spans the row. */
  gtk_widget_set_visible (parts.type, !spans);
  gtk_widget_set_visible (parts.value, !spans);
  gtk_widget_set_size_request (parts.expander, spans ? -1 : NAME_WIDTH, -1);
  gtk_widget_set_hexpand (parts.expander, spans);
  gtk_list_item_set_selectable (list_item, item->kind != ITEM_HEADING);
  gtk_list_item_set_activatable (list_item, FALSE);

  switch (item->kind)
    {
    case ITEM_HEADING:
      gtk_widget_add_css_class (parts.row, "var-heading");
      gtk_widget_add_css_class (parts.name, "heading");
      label = g_strdup (item->label);
      break;

    case ITEM_EXCEPTION:
    case ITEM_MORE:
    case ITEM_EMPTY:
      gtk_widget_add_css_class (parts.row, item->kind == ITEM_EXCEPTION ? "var-exception"
                                           : item->kind == ITEM_MORE ? "var-more"
                                           : "var-empty");
      label = g_strdup (item->label);
      break;

    case ITEM_VAR:
    case ITEM_RETURN:
    default:
      {
        const char *type = dojo_json_get_string (item->var, "type");
        const char *value = dojo_json_get_string (item->var, "value");

        changed = json_object_get_boolean_member_with_default (item->var, "changed", FALSE);
        note = repr_note (item->var);
        if (item->kind == ITEM_RETURN)
          gtk_widget_add_css_class (parts.row, "var-return");
        if (changed)
          gtk_widget_add_css_class (parts.row, "changed");
        gtk_label_set_label (GTK_LABEL (parts.type), type ? type : "");
        gtk_label_set_label (GTK_LABEL (parts.value), value ? value : "");

        if (changed)
          /* Translators: how a screen reader reads a variable that the last
           * step changed: "total (int): 6, changed" */
          label = g_strdup_printf (_("%s (%s): %s, changed"), item->label, type ? type : "",
                                   value ? value : "");
        else
          /* Translators: how a screen reader reads a variable: "total (int): 6" */
          label = g_strdup_printf (_("%s (%s): %s"), item->label, type ? type : "",
                                   value ? value : "");
      }
      break;
    }

  gtk_label_set_label (GTK_LABEL (parts.name), item->label);
  gtk_label_set_label (GTK_LABEL (parts.note), note ? note : "");
  gtk_widget_set_visible (parts.note, note != NULL);
  /* Under the name, past the expander's indent (Adwaita: 16 px and 4 apart). */
  gtk_widget_set_margin_start (parts.note, 20 * (gtk_tree_list_row_get_depth (list_row) + 1));

  /* Long values are ellipsized in the row; the tooltip has them all. */
  if (!spans)
    {
      const char *value = dojo_json_get_string (item->var, "value");
      g_autofree char *tooltip = g_strdup_printf ("%s = %s", item->label, value ? value : "");

      gtk_widget_set_tooltip_text (parts.row, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (parts.row, item->kind == ITEM_HEADING ? NULL : item->label);

  if (note != NULL)
    {
      char *with_note = g_strdup_printf ("%s. %s", label, note);

      g_free (label);
      label = with_note;
    }
  set_row_label (parts.row, label);
}

/* The row's widgets remember what they show, as GTK 4.8 binds a row again
 * whenever its position moves: a name added above 100 others would
 * otherwise set all their texts, marks and accessible labels again. */
static gboolean
row_shows (GtkWidget     *row,
           DojoDebugItem *item)
{
  return g_object_get_data (G_OBJECT (row), "dojo-shown-item") == item &&
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "dojo-shown-revision")) ==
           item->revision;
}

static void
show_item_in_row (GtkListItem   *list_item,
                  DojoDebugItem *item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  show_item (list_item, item);
  /* A reference, so that another item cannot come at the same address. */
  g_object_set_data_full (G_OBJECT (row), "dojo-shown-item", g_object_ref (item),
                          g_object_unref);
  g_object_set_data (G_OBJECT (row), "dojo-shown-revision", GUINT_TO_POINTER (item->revision));
}

static void
on_item_notify (DojoDebugItem *item,
                GParamSpec    *pspec,
                GtkListItem   *list_item)
{
  show_item_in_row (list_item, item);
}

static void
bind_var_row (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DojoDebugPanel           *self)
{
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  g_autoptr(DojoDebugItem) item = gtk_tree_list_row_get_item (list_row);
  RowParts parts;

  row_parts (gtk_list_item_get_child (list_item), &parts);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (parts.expander), list_row);
  if (!row_shows (parts.row, item))
    show_item_in_row (list_item, item);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), list_item, 0);
}

static void
unbind_var_row (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                DojoDebugPanel           *self)
{
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  g_autoptr(DojoDebugItem) item = list_row ? gtk_tree_list_row_get_item (list_row) : NULL;
  RowParts parts;

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_item_notify, list_item);
  row_parts (gtk_list_item_get_child (list_item), &parts);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (parts.expander), NULL);
}

static void
append_vars (GPtrArray  *items,
             JsonArray  *vars,
             const char *section)
{
  guint n = vars ? json_array_get_length (vars) : 0;
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *var = dojo_json_array_get_object (vars, i);
      const char *name = dojo_json_get_string (var, "name");
      g_autofree char *path = NULL;

      if (var == NULL || name == NULL)
        continue;
      path = g_strdup_printf ("%s/%s", section, name);
      g_ptr_array_add (items, item_new (ITEM_VAR, name, path, var));
      shown++;
    }

  if (shown == 0)
    g_ptr_array_add (items, item_new (ITEM_EMPTY, _("No names yet"), NULL, NULL));
}

/* The paths of the rows open now, to open them again after a step. */
static GHashTable *
expanded_paths (DojoDebugPanel *self)
{
  GHashTable *paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(DojoDebugItem) item = gtk_tree_list_row_get_item (row);

      if (item->path != NULL && gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (paths, g_strdup (item->path));
    }

  return paths;
}

static void
expand_paths (DojoDebugPanel *self,
              GHashTable     *paths)
{
  if (g_hash_table_size (paths) == 0)
    return;

  /* Rows opened here are after @i, so one pass reaches nested ones. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(DojoDebugItem) item = gtk_tree_list_row_get_item (row);

      if (item->path != NULL && g_hash_table_contains (paths, item->path))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
show_frame_variables (DojoDebugPanel *self)
{
  g_autoptr(GHashTable) open = expanded_paths (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *state = get_state (self);
  JsonObject *frame = dojo_json_array_get_object (get_frames (self),
                                                  MAX (self->selected_frame, 0));

  if (frame != NULL)
    {
      gboolean module = is_module_frame (frame);
      gboolean current = self->selected_frame == (int)n_frames (self) - 1;
      JsonObject *exception = dojo_json_get_object (state, "exception");
      JsonObject *return_value = dojo_json_get_object (state, "return_value");

      g_ptr_array_add (items, item_new (ITEM_HEADING,
                                        module ? _("Variables") : _("Local Variables"),
                                        NULL, NULL));

      /* What the current line is doing comes first. */
      if (current && exception != NULL)
        {
          const char *type = dojo_json_get_string (exception, "type");
          const char *message = dojo_json_get_string (exception, "message");
          g_autofree char *text = NULL;

          if (message != NULL && message[0] != '\0')
            /* Translators: "Exception: ZeroDivisionError: division by zero" */
            text = g_strdup_printf (_("Exception: %s: %s"), type ? type : "?", message);
          else
            text = g_strdup_printf (_("Exception: %s"), type ? type : "?");
          g_ptr_array_add (items, item_new (ITEM_EXCEPTION, text, NULL, NULL));
        }
      if (current && return_value != NULL)
        g_ptr_array_add (items, item_new (ITEM_RETURN, _("Return value"), "locals/return",
                                          return_value));

      /* A module's names are its globals: the same rows as the Globals
       * of a call, so that stepping into or out of one keeps them (and
       * what is open in them) instead of building 100 rows again. */
      append_vars (items, dojo_json_get_array (frame, "locals"), module ? "globals" : "locals");

      /* A module's names are its globals already. */
      if (!module)
        {
          g_ptr_array_add (items, item_new (ITEM_HEADING, _("Globals"), NULL, NULL));
          append_vars (items, dojo_json_get_array (state, "globals"), "globals");
        }
    }

  sync_store (self->vars, items);
  expand_paths (self, open);
}

/* Keyboard: Right and + open a row, Left and - close it (or go up to the
 * row it is in), while the focus is in the list. */
static gboolean
expand_or_collapse (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  DojoDebugPanel *self = DOJO_DEBUG_PANEL (widget);
  gboolean expand = g_variant_get_boolean (args);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (row == NULL || focus == NULL ||
      (focus != GTK_WIDGET (self->vars_view) &&
       !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->vars_view))))
    return FALSE;

  if (gtk_tree_list_row_is_expandable (row) && gtk_tree_list_row_get_expanded (row) != expand)
    {
      gtk_tree_list_row_set_expanded (row, expand);
      return TRUE;
    }

  if (!expand && (parent = gtk_tree_list_row_get_parent (row)) != NULL)
    {
      guint position = gtk_tree_list_row_get_position (parent);

      /* Through the list's own actions, so that its keyboard cursor moves
       * along and arrow keys go on from here. */
      gtk_widget_activate_action (GTK_WIDGET (self->vars_view), "list.select-item", "(ubb)",
                                  position, FALSE, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (self->vars_view), "list.scroll-to-item", "u",
                                  position);
      return TRUE;
    }

  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* The call stack */

static char *
frame_title (JsonObject *frame)
{
  const char *function = dojo_json_get_string (frame, "function");
  const char *file = dojo_json_get_string (frame, "file");

  /* The module's own code: its file says which. */
  if (function == NULL || is_module_frame (frame))
    return g_path_get_basename (file ? file : "?");
  return g_strdup (function);
}

static GtkWidget *
frame_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  /* The row's name says it to a screen reader. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "media-playback-start-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *title_label = gtk_label_new (NULL);
  GtkWidget *line_label = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (icon, "debug-current-frame");
  gtk_box_append (GTK_BOX (box), icon);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title_label, "frame-function");
  gtk_box_append (GTK_BOX (texts), title_label);

  gtk_label_set_xalign (GTK_LABEL (line_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (line_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (line_label, "frame-line");
  gtk_widget_add_css_class (line_label, "caption");
  gtk_widget_add_css_class (line_label, "dim-label");
  gtk_box_append (GTK_BOX (texts), line_label);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "frame-row");

  return row;
}

/* Shows @frame in @row. Rows stay from step to step (most steps change
 * only the current line), so only what differs is set. */
static void
show_frame (GtkWidget  *row,
            JsonObject *frame,
            const char *current_file,
            gboolean    current)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (icon);
  GtkWidget *title_label = gtk_widget_get_first_child (texts);
  GtkWidget *line_label = gtk_widget_get_next_sibling (title_label);
  const char *file = dojo_json_get_string (frame, "file");
  int line = (int)json_object_get_int_member_with_default (frame, "line", 0);
  g_autofree char *title = frame_title (frame);
  g_autofree char *where = NULL;
  g_autofree char *label = NULL;

  /* The file only when it is not the one the program is in now. */
  if (file != NULL && current_file != NULL && g_strcmp0 (file, current_file) != 0)
    {
      g_autofree char *base = g_path_get_basename (file);

      /* Translators: where a call is, "helpers.py, line 4" */
      where = g_strdup_printf (_("%s, line %d"), base, line);
    }
  else
    /* Translators: where a call is, "line 4" */
    where = g_strdup_printf (_("line %d"), line);

  /* An arrow marks the call the program is in, as the editor's does. */
  gtk_widget_set_opacity (icon, current ? 1 : 0);
  gtk_label_set_label (GTK_LABEL (title_label), title);
  gtk_label_set_label (GTK_LABEL (line_label), where);
  if (current)
    {
      gtk_widget_add_css_class (title_label, "heading");
      gtk_widget_add_css_class (row, "current");
    }
  else
    {
      gtk_widget_remove_css_class (title_label, "heading");
      gtk_widget_remove_css_class (row, "current");
    }

  if (current)
    /* Translators: a row of the call stack for a screen reader */
    label = g_strdup_printf (_("%s, %s, where the program is now"), title, where);
  else
    label = g_strdup_printf (_("%s, %s"), title, where);
  if (g_strcmp0 (label, gtk_widget_get_tooltip_text (row)) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_set_tooltip_text (row, label);
    }
}

static void
clear_stack (DojoDebugPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stack_list))))
    gtk_list_box_remove (self->stack_list, child);
}

static void
fill_stack (DojoDebugPanel *self)
{
  JsonArray *frames = get_frames (self);
  const char *current_file = dojo_json_get_string (get_state (self), "file");
  guint n = n_frames (self);
  GtkListBoxRow *extra;

  /* Rows coming and going are not the learner's picking. */
  self->selecting = TRUE;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *frame = dojo_json_array_get_object (frames, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->stack_list, (int)i);
      /* Keeps rows and depths one to one. */
      g_autoptr(JsonObject) empty = frame == NULL ? json_object_new () : NULL;

      if (row == NULL)
        {
          row = GTK_LIST_BOX_ROW (frame_row_new ());
          gtk_list_box_append (self->stack_list, GTK_WIDGET (row));
        }
      show_frame (GTK_WIDGET (row), frame ? frame : empty, current_file, i == n - 1);
    }
  while ((extra = gtk_list_box_get_row_at_index (self->stack_list, (int)n)) != NULL)
    gtk_list_box_remove (self->stack_list, GTK_WIDGET (extra));
  self->selecting = FALSE;
}

static void
show_selected_frame (DojoDebugPanel *self)
{
  show_frame_variables (self);
  dojo_names_view_set_state (self->names_view, get_state (self), self->selected_frame);
}

static void
on_frame_selected (DojoDebugPanel *self,
                   GtkListBoxRow  *row)
{
  JsonObject *frame;
  int depth;

  if (row == NULL || self->selecting)
    return;

  depth = gtk_list_box_row_get_index (row);
  if (depth == self->selected_frame)
    return;

  self->selected_frame = depth;
  show_selected_frame (self);

  frame = dojo_json_array_get_object (get_frames (self), depth);
  g_signal_emit (self, signals[FRAME_SELECTED], 0, depth,
                 frame ? dojo_json_get_string (frame, "file") : NULL,
                 frame ? (int)json_object_get_int_member_with_default (frame, "line", 0) : 0);
}

static void
select_row_quietly (DojoDebugPanel *self,
                    int             depth)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->stack_list, depth);

  self->selecting = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->stack_list, row);
  else
    gtk_list_box_unselect_all (self->stack_list);
  self->selecting = FALSE;
}

/* ------------------------------------------------------------------------ */

static void
update_position (DojoDebugPanel *self)
{
  JsonNode *index_node = self->event ? json_object_get_member (self->event, "index") : NULL;
  JsonNode *count_node = self->event ? json_object_get_member (self->event, "count") : NULL;
  gboolean live = self->event == NULL ||
                  json_object_get_boolean_member_with_default (self->event, "live", TRUE);
  g_autofree char *text = NULL;

  if (index_node != NULL && count_node != NULL &&
      JSON_NODE_TYPE (index_node) == JSON_NODE_VALUE &&
      JSON_NODE_TYPE (count_node) == JSON_NODE_VALUE)
    {
      gint64 index = json_node_get_int (index_node);
      gint64 count = json_node_get_int (count_node);

      if (live)
        /* Translators: the position among the recorded steps, "Step 12 of 40" */
        text = g_strdup_printf (_("Step %d of %d"), (int)index + 1, (int)count);
      else
        /* Translators: a step the program already passed, shown again */
        text = g_strdup_printf (_("Step %d of %d, from history"), (int)index + 1, (int)count);
    }
  else if (!live)
    text = g_strdup (_("From history"));

  gtk_label_set_label (self->position_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->position_label), text != NULL);
  gtk_widget_set_visible (self->status_box,
                          gtk_widget_get_visible (GTK_WIDGET (self->position_label)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->status_label)));
}

static void
dojo_debug_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dojo_debug_panel_parent_class)->map (widget);

  /* The window has set its shortcuts by the time the panel shows. */
  update_tooltips (DOJO_DEBUG_PANEL (widget));
}

static void
dojo_debug_panel_dispose (GObject *object)
{
  DojoDebugPanel *self = (DojoDebugPanel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_DEBUG_PANEL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->vars);
  g_clear_pointer (&self->event, json_object_unref);

  G_OBJECT_CLASS (dojo_debug_panel_parent_class)->dispose (object);
}

static void
dojo_debug_panel_class_init (DojoDebugPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_debug_panel_dispose;
  widget_class->map = dojo_debug_panel_map;

  /**
   * DojoDebugPanel::frame-selected:
   * @depth: the call's index in the state's frames, 0 the outermost
   * @file: (nullable): its file, relative to the project
   * @line: the line it is at
   *
   * The learner picked a call in the call stack; the editor can show it.
   */
  signals[FRAME_SELECTED] =
    g_signal_new ("frame-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_STRING, G_TYPE_INT);

  g_type_ensure (DOJO_TYPE_NAMES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-debug-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, content);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, status_box);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, position_label);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, stack_list);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, vars_view);
  gtk_widget_class_bind_template_child (widget_class, DojoDebugPanel, names_view);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_plus, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Add, 0, expand_or_collapse, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, expand_or_collapse, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, expand_or_collapse, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_minus, 0, expand_or_collapse, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Subtract, 0, expand_or_collapse, "b",
                                FALSE);

  gtk_widget_class_set_css_name (widget_class, "dojodebugpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dojo_debug_panel_init (DojoDebugPanel *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selected_frame = -1;
  add_step_buttons (self);

  /* The list view takes Left and Right for itself (they move its cursor)
   * before a binding of the panel, its ancestor, would see them: the
   * panel's keys go first, and expand_or_collapse() lets every key pass
   * unless the focus is in the variables. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_SHORTCUT_CONTROLLER (controller))
          gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller),
                                                      GTK_PHASE_CAPTURE);
      }
  }

  self->vars = g_list_store_new (DOJO_TYPE_DEBUG_ITEM);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->vars)), FALSE, FALSE,
                                        create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_var_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_var_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_var_row), self, 0);
  gtk_list_view_set_factory (self->vars_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->vars_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->stack_list, "row-selected", G_CALLBACK (on_frame_selected),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Debugger"),
                                  -1);
}

GtkWidget *
dojo_debug_panel_new (void)
{
  return g_object_new (DOJO_TYPE_DEBUG_PANEL, NULL);
}

/**
 * dojo_debug_panel_set_event:
 * @stopped_event: (nullable): a "stopped" event of the debugger
 *   (docs/debugger.md), or %NULL to clear the panel
 *
 * Shows the event's state, with the current call (the last frame) picked.
 * Rows the learner opened stay open where the same names are still there.
 */
void
dojo_debug_panel_set_event (DojoDebugPanel *self,
                            JsonObject     *stopped_event)
{
  guint n;

  g_return_if_fail (DOJO_IS_DEBUG_PANEL (self));

  if (stopped_event == NULL)
    {
      dojo_debug_panel_clear (self);
      return;
    }

  json_object_ref (stopped_event);
  g_clear_pointer (&self->event, json_object_unref);
  self->event = stopped_event;

  n = n_frames (self);
  self->selected_frame = (int)n - 1;
  fill_stack (self);
  select_row_quietly (self, self->selected_frame);
  show_selected_frame (self);
  update_position (self);
  gtk_stack_set_visible_child_name (self->main_stack, "stopped");
}

/**
 * dojo_debug_panel_set_status:
 * @text: (nullable): one line, "Stopped at line 5 (a breakpoint)"; %NULL
 *   hides the line
 */
void
dojo_debug_panel_set_status (DojoDebugPanel *self,
                             const char     *text)
{
  g_return_if_fail (DOJO_IS_DEBUG_PANEL (self));

  gtk_label_set_label (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL && text[0] != '\0');
  update_position (self);
}

/* Back to the empty panel: no event, no status. */
void
dojo_debug_panel_clear (DojoDebugPanel *self)
{
  g_return_if_fail (DOJO_IS_DEBUG_PANEL (self));

  g_clear_pointer (&self->event, json_object_unref);
  self->selected_frame = -1;
  self->selecting = TRUE;
  clear_stack (self);
  self->selecting = FALSE;
  g_list_store_remove_all (self->vars);
  dojo_names_view_set_state (self->names_view, NULL, -1);
  gtk_label_set_label (self->status_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
  update_position (self);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

/* Returns: the picked call's index in the state's frames (0 is the
 * outermost, the last is where the program is), or -1 with no event. */
int
dojo_debug_panel_get_selected_frame (DojoDebugPanel *self)
{
  g_return_val_if_fail (DOJO_IS_DEBUG_PANEL (self), -1);
  return self->selected_frame;
}

/* Picks the call at @depth as the learner would, "frame-selected" included. */
void
dojo_debug_panel_select_frame (DojoDebugPanel *self,
                               int             depth)
{
  GtkListBoxRow *row;

  g_return_if_fail (DOJO_IS_DEBUG_PANEL (self));

  row = gtk_list_box_get_row_at_index (self->stack_list, depth);
  g_return_if_fail (row != NULL);
  gtk_list_box_select_row (self->stack_list, row);
}

guint
dojo_debug_panel_get_n_frames (DojoDebugPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (DOJO_IS_DEBUG_PANEL (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

/* Returns: (transfer none) (nullable): the call stack's row of @depth */
GtkWidget *
dojo_debug_panel_get_frame_row (DojoDebugPanel *self,
                                guint           depth)
{
  g_return_val_if_fail (DOJO_IS_DEBUG_PANEL (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->stack_list, (int)depth));
}

/* Returns: (transfer none): the DojoNamesView */
GtkWidget *
dojo_debug_panel_get_names_view (DojoDebugPanel *self)
{
  g_return_val_if_fail (DOJO_IS_DEBUG_PANEL (self), NULL);
  return GTK_WIDGET (self->names_view);
}

/* Returns: (transfer none): the GtkListView of the variables */
GtkWidget *
dojo_debug_panel_get_variables_view (DojoDebugPanel *self)
{
  g_return_val_if_fail (DOJO_IS_DEBUG_PANEL (self), NULL);
  return GTK_WIDGET (self->vars_view);
}

/* Shows the page @name: "variables" or "names". */
void
dojo_debug_panel_show_page (DojoDebugPanel *self,
                            const char     *name)
{
  g_return_if_fail (DOJO_IS_DEBUG_PANEL (self));
  gtk_stack_set_visible_child_name (self->view_stack, name);
}
