/* dojo-names-view.c: a picture of one step, names on the left, objects on the right
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the "Variables and memory" lesson teaches, drawn from the debugger's
 * state (docs/debugger.md): a name is not a box holding a value but a label
 * with an arrow to an object. Every object is drawn once per id, so two names
 * sharing one list show two arrows to one box, and changing the list through
 * one name visibly changes what the other sees.
 */

#define G_LOG_DOMAIN "dojo-names-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-json.h"
#include "dojo-names-view-private.h"

/* Sizes in pixels. */
#define MARGIN       12   /* around the picture */
#define PAD_X         6   /* inside a cell */
#define PAD_Y         3
#define SLOT_W       22   /* a cell that holds the tail of an arrow */
#define GAP          12   /* between frames, between the objects of a column */
#define COLUMN_GAP   52   /* from the frames to the objects, and between columns */
#define MAX_TEXT_W  180   /* a longer value is ellipsized; its tooltip has it all */
#define MAX_KEY_W   120
#define ARROW_HEAD    7
#define MAX_NESTING  32   /* the backend stops at 4; a deeper state is not ours */

typedef enum
{
  SHAPE_VALUE,    /* int, str, a function…: its text in one cell */
  SHAPE_ROW,      /* list, tuple, set: items side by side, indexes above */
  SHAPE_TABLE,    /* dict, an object of a class: key or attribute, then value */
} Shape;

typedef struct
{
  char     *key;      /* name, index, key or attribute; NULL for a set's items */
  char     *text;     /* a plain value written in the cell, or NULL */
  int       target;   /* the object its arrow points at, or -1 */
  gboolean  changed;
  /* The value's cell, relative to the frame or object box it is in. */
  double    x;
  double    y;
  double    w;
  double    h;
} Cell;

typedef struct
{
  gint64    id;
  char     *type;
  char     *value;
  char     *first_name;   /* the first name that points at it */
  Shape     shape;
  GArray   *cells;        /* of Cell */
  int       more;         /* items the backend left out */
  gboolean  has_children;
  gboolean  placed;
  int       level;        /* its column, 0 next to the frames */
  double    x;
  double    y;            /* the type's label above the box */
  double    w;
  double    h;            /* label and box */
  double    box_y;        /* relative to y */
  double    box_w;
  double    key_w;        /* SHAPE_TABLE: the keys' column */
} Obj;

typedef struct
{
  char     *title;
  gboolean  selected;
  GArray   *names;        /* of Cell */
  double    x;
  double    y;
  double    w;
  double    h;
  double    key_w;
} Frame;

typedef enum
{
  FONT_NAME,        /* names */
  FONT_NAME_BOLD,   /* a changed name, a frame's title */
  FONT_MONO,        /* values, keys */
  FONT_MONO_BOLD,   /* a changed value or key */
  FONT_SMALL,       /* indexes, types */
  N_FONTS
} Font;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  gboolean high_contrast;
} Colors;

struct _DojoNamesView
{
  GtkWidget    parent_instance;

  JsonObject  *state;
  int          frame_depth;

  /* Made from the state when first needed: while its page is hidden, a
   * step costs the picture nothing. */
  gboolean     built;

  GPtrArray   *frames;        /* of Frame */
  GPtrArray   *objects;       /* of Obj */
  GHashTable  *by_id;         /* gint64 * → index + 1 */
  GString     *description;
  guint        n_arrows;

  PangoLayout *fonts[N_FONTS];  /* empty, to copy */
  GHashTable  *texts;          /* "font width text" → PangoLayout, of this layout */
  GHashTable  *old_texts;      /* of the layout before */
  guint        pango_serial;   /* of the widget's context they were made with */

  /* The layout, in pixels, valid until the state or the style changes. */
  gboolean     laid_out;
  double       width;
  double       height;
  double       line_h;
  double       small_h;
  double       title_h;
};

G_DEFINE_FINAL_TYPE (DojoNamesView, dojo_names_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* From the state to frames and objects */

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_pointer (&cell->key, g_free);
  g_clear_pointer (&cell->text, g_free);
}

static GArray *
cells_new (void)
{
  GArray *cells = g_array_new (FALSE, TRUE, sizeof (Cell));

  g_array_set_clear_func (cells, cell_clear);
  return cells;
}

static void
obj_free (gpointer data)
{
  Obj *obj = data;

  g_free (obj->type);
  g_free (obj->value);
  g_free (obj->first_name);
  g_array_unref (obj->cells);
  g_free (obj);
}

static void
frame_free (gpointer data)
{
  Frame *frame = data;

  g_free (frame->title);
  g_array_unref (frame->names);
  g_free (frame);
}

/* Written inside the cell that refers to them, not drawn as a box. */
static gboolean
is_plain_type (const char *type)
{
  static const char * const plain[] = { "int", "float", "str", "bool", "NoneType", "complex",
                                        NULL };

  return type != NULL && g_strv_contains (plain, type);
}

static gboolean
is_sequence_type (const char *type)
{
  static const char * const sequences[] = { "list", "tuple", "set", "frozenset", NULL };

  return type != NULL && g_strv_contains (sequences, type);
}

static gboolean
is_set_type (const char *type)
{
  return g_strcmp0 (type, "set") == 0 || g_strcmp0 (type, "frozenset") == 0;
}

static int intern (DojoNamesView *self,
                   JsonObject    *var,
                   const char    *name,
                   guint          nesting);

static void
fill (DojoNamesView *self,
      Obj           *obj,
      JsonArray     *children,
      JsonObject    *var,
      guint          nesting)
{
  guint n = json_array_get_length (children);

  /* Set first: an object that holds itself comes back here through intern(). */
  obj->has_children = TRUE;
  obj->shape = is_sequence_type (obj->type) ? SHAPE_ROW : SHAPE_TABLE;
  obj->more = (int)json_object_get_int_member_with_default (var, "more", 0);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *child = dojo_json_array_get_object (children, i);
      const char *type;
      const char *value;
      Cell cell = { 0 };

      if (child == NULL)
        continue;

      type = dojo_json_get_string (child, "type");
      value = dojo_json_get_string (child, "value");
      cell.key = is_set_type (obj->type) ? NULL : g_strdup (dojo_json_get_string (child, "name"));
      cell.changed = json_object_get_boolean_member_with_default (child, "changed", FALSE);
      if (is_plain_type (type) || nesting >= MAX_NESTING)
        {
          cell.text = g_strdup (value ? value : "");
          cell.target = -1;
        }
      else
        cell.target = intern (self, child, NULL, nesting + 1);

      g_array_append_val (obj->cells, cell);
    }
}

/* The index of @var's object, added the first time its id is seen. */
static int
intern (DojoNamesView *self,
        JsonObject    *var,
        const char    *name,
        guint          nesting)
{
  JsonArray *children = dojo_json_get_array (var, "children");
  gboolean has_id = json_object_has_member (var, "id");
  gint64 id = json_object_get_int_member_with_default (var, "id", 0);
  gpointer found = NULL;
  Obj *obj;
  int index;

  if (has_id && (found = g_hash_table_lookup (self->by_id, &id)) != NULL)
    {
      index = GPOINTER_TO_INT (found) - 1;
      obj = g_ptr_array_index (self->objects, index);
      if (obj->first_name == NULL && name != NULL)
        obj->first_name = g_strdup (name);
      /* Met first where the backend's depth limit left its items out. */
      if (!obj->has_children && children != NULL)
        fill (self, obj, children, var, nesting);
      return index;
    }

  obj = g_new0 (Obj, 1);
  obj->id = id;
  obj->type = g_strdup (dojo_json_get_string (var, "type"));
  obj->value = g_strdup (dojo_json_get_string (var, "value"));
  obj->first_name = g_strdup (name);
  obj->shape = SHAPE_VALUE;
  obj->cells = cells_new ();
  index = (int)self->objects->len;
  g_ptr_array_add (self->objects, obj);

  if (has_id)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_insert (self->by_id, key, GINT_TO_POINTER (index + 1));
    }

  if (children != NULL)
    fill (self, obj, children, var, nesting);

  return index;
}

static const char *
type_or_object (const char *type)
{
  return type != NULL ? type : _("object");
}

/* "a → list [1, 2]" or "b → the same list as a", for a screen reader. */
static void
describe_name (DojoNamesView *self,
               Frame         *frame,
               const char    *name,
               int            target,
               gboolean       first_name_here)
{
  Obj *obj = g_ptr_array_index (self->objects, target);
  g_autofree char *entry = NULL;

  if (obj->first_name != NULL && !first_name_here)
    /* Translators: what a screen reader says of a name that refers to an
     * object another name refers to: "b → the same list as a" */
    entry = g_strdup_printf (_("%s → the same %s as %s"),
                             name, type_or_object (obj->type), obj->first_name);
  else
    /* Translators: a name and its value: "a → list [1, 2]" */
    entry = g_strdup_printf (_("%s → %s %s"),
                             name, type_or_object (obj->type), obj->value ? obj->value : "");

  if (frame->names->len > 1)
    g_string_append (self->description, "; ");
  g_string_append (self->description, entry);
}

static Frame *
add_frame (DojoNamesView *self,
           const char    *title,
           JsonArray     *names,
           gboolean       selected)
{
  Frame *frame = g_new0 (Frame, 1);
  guint n = names ? json_array_get_length (names) : 0;

  frame->title = g_strdup (title);
  frame->selected = selected;
  frame->names = cells_new ();
  g_ptr_array_add (self->frames, frame);

  if (self->description->len > 0)
    g_string_append (self->description, ". ");
  /* Translators: the start of a frame's description, "fact: n → int 3" */
  g_string_append_printf (self->description, _("%s: "), title);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *var = dojo_json_array_get_object (names, i);
      const char *name = var ? dojo_json_get_string (var, "name") : NULL;
      Cell cell = { 0 };
      Obj *obj;
      gboolean first;

      if (name == NULL)
        continue;

      cell.key = g_strdup (name);
      cell.changed = json_object_get_boolean_member_with_default (var, "changed", FALSE);
      cell.target = intern (self, var, NULL, 0);
      obj = g_ptr_array_index (self->objects, cell.target);
      /* The first name of a frame other than the first is "n in fact". */
      first = obj->first_name == NULL;
      if (first)
        obj->first_name = self->frames->len > 1 ? g_strdup_printf (_("%s in %s"), name, title)
                                                : g_strdup (name);
      g_array_append_val (frame->names, cell);
      self->n_arrows++;
      describe_name (self, frame, name, cell.target, first);
    }

  if (frame->names->len == 0)
    g_string_append (self->description, _("no names yet"));

  return frame;
}

static void
add_return_value (DojoNamesView *self,
                  Frame         *frame,
                  JsonObject    *var)
{
  Cell cell = { 0 };

  cell.key = g_strdup (_("Return value"));
  cell.changed = TRUE;
  cell.target = intern (self, var, NULL, 0);
  g_array_append_val (frame->names, cell);
  self->n_arrows++;
  describe_name (self, frame, cell.key, cell.target, TRUE);
}

static void
count_object_arrows (DojoNamesView *self)
{
  for (guint i = 0; i < self->objects->len; i++)
    {
      Obj *obj = g_ptr_array_index (self->objects, i);

      for (guint j = 0; j < obj->cells->len; j++)
        self->n_arrows += g_array_index (obj->cells, Cell, j).target >= 0;
    }
}

static void
clear_model (DojoNamesView *self)
{
  g_ptr_array_set_size (self->frames, 0);
  g_ptr_array_set_size (self->objects, 0);
  g_hash_table_remove_all (self->by_id);
  g_string_truncate (self->description, 0);
  self->n_arrows = 0;
  self->laid_out = FALSE;
}

/* Globals first, then the function frames in the order they were called,
 * as the call stack reads; the module frame's names are the globals. */
static void
build_model (DojoNamesView *self)
{
  JsonArray *frames = dojo_json_get_array (self->state, "frames");
  JsonArray *globals = dojo_json_get_array (self->state, "globals");
  JsonObject *return_value = dojo_json_get_object (self->state, "return_value");
  guint n_frames = frames ? json_array_get_length (frames) : 0;
  JsonObject *first = n_frames > 0 ? dojo_json_array_get_object (frames, 0) : NULL;
  gboolean first_is_module = first != NULL &&
                             g_strcmp0 (dojo_json_get_string (first, "function"), "<module>") == 0;
  int selected = self->frame_depth;
  Frame *globals_frame;
  Frame *last = NULL;

  clear_model (self);
  if (self->state == NULL)
    return;

  if (selected < 0 || selected >= (int)n_frames)
    selected = (int)n_frames - 1;
  if (globals == NULL && first_is_module)
    globals = dojo_json_get_array (first, "locals");

  globals_frame = add_frame (self, _("Globals"), globals,
                             n_frames == 0 || (first_is_module && selected == 0));
  last = globals_frame;

  for (guint i = first_is_module ? 1 : 0; i < n_frames; i++)
    {
      JsonObject *frame = dojo_json_array_get_object (frames, i);
      const char *function;
      g_autofree char *title = NULL;

      if (frame == NULL)
        continue;
      function = dojo_json_get_string (frame, "function");
      /* A module the learner's program imported: its file says which. */
      if (g_strcmp0 (function, "<module>") == 0 || function == NULL)
        title = g_path_get_basename (dojo_json_get_string (frame, "file")
                                     ? dojo_json_get_string (frame, "file") : "?");
      else
        title = g_strdup (function);
      last = add_frame (self, title, dojo_json_get_array (frame, "locals"), (int)i == selected);
    }

  if (return_value != NULL)
    add_return_value (self, last, return_value);

  count_object_arrows (self);
  g_string_append_c (self->description, '.');
}

static void
ensure_model (DojoNamesView *self)
{
  if (self->built)
    return;
  self->built = TRUE;

  build_model (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description->len > 0 ? self->description->str
                                                             : _("Nothing to show yet"),
                                  -1);
}

/* ------------------------------------------------------------------------ */
/* Layout */

/* Every text is laid out once and kept while it is shown: a step that
 * changes a few values lays out only those. Laying out every text again to
 * measure and again to draw took 7 ms of a step with 100 names. */
static PangoLayout *
font_layout (DojoNamesView *self,
             Font           font)
{
  PangoAttrList *attrs;

  if (self->fonts[font] != NULL)
    return self->fonts[font];

  self->fonts[font] = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_single_paragraph_mode (self->fonts[font], TRUE);
  attrs = pango_attr_list_new ();
  if (font == FONT_MONO || font == FONT_MONO_BOLD)
    pango_attr_list_insert (attrs, pango_attr_family_new ("Monospace"));
  if (font == FONT_NAME_BOLD || font == FONT_MONO_BOLD)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (font == FONT_SMALL)
    pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_layout_set_attributes (self->fonts[font], attrs);
  pango_attr_list_unref (attrs);

  return self->fonts[font];
}

static void
forget_texts (DojoNamesView *self)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_object (&self->fonts[i]);
  g_hash_table_remove_all (self->texts);
  g_hash_table_remove_all (self->old_texts);
}

/* The texts of the layout before stay until the next one: what that one
 * does not show again goes then. */
static void
age_texts (DojoNamesView *self)
{
  GHashTable *old = self->old_texts;

  g_hash_table_remove_all (old);
  self->old_texts = self->texts;
  self->texts = old;
}

/* @text in @font, ellipsized past @max_w (0: never). */
static PangoLayout *
text_layout (DojoNamesView *self,
             Font           font,
             const char    *text,
             double         max_w)
{
  int width = max_w > 0 ? (int)(max_w * PANGO_SCALE) : -1;
  g_autofree char *key = g_strdup_printf ("%d %d %s", (int)font, width, text ? text : "");
  PangoLayout *layout = g_hash_table_lookup (self->texts, key);
  gpointer old_key;
  gpointer old_layout;

  if (layout != NULL)
    return layout;

  if (g_hash_table_steal_extended (self->old_texts, key, &old_key, &old_layout))
    {
      g_hash_table_insert (self->texts, old_key, old_layout);
      return old_layout;
    }

  layout = pango_layout_copy (font_layout (self, font));
  pango_layout_set_width (layout, width);
  pango_layout_set_ellipsize (layout, width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, text ? text : "", -1);
  g_hash_table_insert (self->texts, g_steal_pointer (&key), layout);
  return layout;
}

static double
text_width (DojoNamesView *self,
            Font           font,
            const char    *text,
            double         max_w)
{
  int w;
  int h;

  pango_layout_get_pixel_size (text_layout (self, font, text, max_w), &w, &h);
  return w;
}

static double
text_height (DojoNamesView *self,
             Font           font)
{
  int w;
  int h;

  pango_layout_get_pixel_size (text_layout (self, font, "Ag[]", 0), &w, &h);
  return h;
}

static char *
more_text (int more)
{
  /* Translators: items of a list the picture leaves out */
  return g_strdup_printf (ngettext ("+%d more", "+%d more", more), more);
}

static void
measure_object (DojoNamesView *self,
                Obj           *obj)
{
  double header_w = text_width (self, FONT_SMALL, obj->type ? obj->type : "", MAX_TEXT_W);
  double box_w = 0;
  double box_h = 0;

  obj->box_y = self->small_h + 2;

  if (obj->shape == SHAPE_VALUE)
    {
      box_w = text_width (self, FONT_MONO, obj->value, MAX_TEXT_W) + 2 * PAD_X;
      box_h = self->line_h;
    }
  else if (obj->shape == SHAPE_ROW)
    {
      double cell_h = self->small_h + self->line_h;
      double x = 0;

      for (guint i = 0; i < obj->cells->len; i++)
        {
          Cell *cell = &g_array_index (obj->cells, Cell, i);
          double w = SLOT_W;

          if (cell->key != NULL)
            w = MAX (w, text_width (self, FONT_SMALL, cell->key, MAX_KEY_W) + 2 * PAD_X);
          if (cell->text != NULL)
            w = MAX (w, text_width (self, cell->changed ? FONT_MONO_BOLD : FONT_MONO,
                                    cell->text, MAX_TEXT_W) + 2 * PAD_X);
          cell->x = x;
          cell->y = 0;
          cell->w = w;
          cell->h = cell_h;
          x += w;
        }
      if (obj->more > 0 || obj->cells->len == 0)
        {
          g_autofree char *more = obj->more > 0 ? more_text (obj->more) : NULL;

          x += text_width (self, FONT_SMALL, more ? more : _("empty"), 0) + 2 * PAD_X;
        }
      box_w = x;
      box_h = cell_h;
    }
  else
    {
      double key_w = 0;
      double value_w = SLOT_W;
      guint rows = obj->cells->len;

      for (guint i = 0; i < obj->cells->len; i++)
        {
          Cell *cell = &g_array_index (obj->cells, Cell, i);
          Font font = cell->changed ? FONT_MONO_BOLD : FONT_MONO;

          key_w = MAX (key_w, text_width (self, font, cell->key, MAX_KEY_W));
          if (cell->text != NULL)
            value_w = MAX (value_w, text_width (self, font, cell->text, MAX_TEXT_W) + 2 * PAD_X);
        }
      obj->key_w = key_w + 2 * PAD_X;
      for (guint i = 0; i < obj->cells->len; i++)
        {
          Cell *cell = &g_array_index (obj->cells, Cell, i);

          cell->x = obj->key_w;
          cell->y = i * self->line_h;
          cell->w = value_w;
          cell->h = self->line_h;
        }
      if (obj->more > 0 || obj->cells->len == 0)
        {
          g_autofree char *more = obj->more > 0 ? more_text (obj->more) : NULL;
          double w = text_width (self, FONT_SMALL, more ? more : _("empty"), 0) + 2 * PAD_X;

          rows++;
          value_w = MAX (value_w, w - obj->key_w);
        }
      for (guint i = 0; i < obj->cells->len; i++)
        g_array_index (obj->cells, Cell, i).w = value_w;
      box_w = obj->key_w + value_w;
      box_h = rows * self->line_h;
    }

  obj->box_w = MAX (box_w, SLOT_W);
  obj->w = MAX (obj->box_w, header_w);
  obj->h = obj->box_y + box_h;
}

static void
measure_frame (DojoNamesView *self,
               Frame         *frame)
{
  double key_w = 0;

  /* Measured as drawn: a changed name is bold. */
  for (guint i = 0; i < frame->names->len; i++)
    {
      Cell *cell = &g_array_index (frame->names, Cell, i);

      key_w = MAX (key_w, text_width (self, cell->changed ? FONT_NAME_BOLD : FONT_NAME,
                                      cell->key, MAX_KEY_W));
    }
  frame->key_w = key_w;
  frame->w = MAX (text_width (self, FONT_NAME_BOLD, frame->title, MAX_KEY_W + SLOT_W) + 2 * PAD_X,
                  PAD_X + key_w + PAD_X + SLOT_W + PAD_X);
  frame->h = self->title_h + MAX (frame->names->len, 1) * self->line_h + PAD_Y * 2;
}

/* The box of @index goes in column @level, as high as @want_y allows; what
 * it points at goes in the next column, next to it. */
static void
place (DojoNamesView *self,
       int            index,
       int            level,
       double         want_y,
       GArray        *next_y)
{
  Obj *obj = g_ptr_array_index (self->objects, index);
  double free_y;

  if (obj->placed)
    return;

  obj->placed = TRUE;
  obj->level = level;
  while (next_y->len <= (guint)level)
    {
      double margin = MARGIN;

      g_array_append_val (next_y, margin);
    }
  free_y = g_array_index (next_y, double, level);
  obj->y = MAX (want_y, free_y);
  g_array_index (next_y, double, level) = obj->y + obj->h + GAP;

  for (guint i = 0; i < obj->cells->len; i++)
    {
      Cell *cell = &g_array_index (obj->cells, Cell, i);

      if (cell->target >= 0)
        place (self, cell->target, level + 1, obj->y + obj->box_y + cell->y - self->small_h - 2,
               next_y);
    }
}

static void
ensure_layout (DojoNamesView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(GArray) next_y = NULL;
  g_autoptr(GArray) column_w = NULL;
  double frames_w = 0;
  double y = MARGIN;
  double x;
  double bottom = MARGIN;

  ensure_model (self);
  /* The font, its size or the screen's resolution changed. */
  if (pango_context_get_serial (context) != self->pango_serial)
    {
      forget_texts (self);
      self->pango_serial = pango_context_get_serial (context);
      self->laid_out = FALSE;
    }
  if (self->laid_out)
    return;
  self->laid_out = TRUE;

  age_texts (self);
  self->line_h = MAX (text_height (self, FONT_NAME), text_height (self, FONT_MONO)) + 2 * PAD_Y;
  self->small_h = text_height (self, FONT_SMALL);
  self->title_h = text_height (self, FONT_NAME) + 2 * PAD_Y + 2;

  for (guint i = 0; i < self->objects->len; i++)
    {
      Obj *obj = g_ptr_array_index (self->objects, i);

      obj->placed = FALSE;
      measure_object (self, obj);
    }

  for (guint i = 0; i < self->frames->len; i++)
    {
      Frame *frame = g_ptr_array_index (self->frames, i);

      measure_frame (self, frame);
      frames_w = MAX (frames_w, frame->w);
    }

  /* Frames: one column, all as wide as the widest. */
  next_y = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < self->frames->len; i++)
    {
      Frame *frame = g_ptr_array_index (self->frames, i);

      frame->x = MARGIN;
      frame->y = y;
      frame->w = frames_w;
      y += frame->h + GAP;
      bottom = frame->y + frame->h;

      for (guint j = 0; j < frame->names->len; j++)
        {
          Cell *cell = &g_array_index (frame->names, Cell, j);

          cell->x = frames_w - PAD_X - SLOT_W;
          cell->y = self->title_h + j * self->line_h;
          cell->w = SLOT_W;
          cell->h = self->line_h;
          place (self, cell->target, 0, frame->y + cell->y - self->small_h - 2, next_y);
        }
    }

  /* Objects: columns as wide as their widest box. */
  column_w = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (column_w, next_y->len);
  for (guint i = 0; i < self->objects->len; i++)
    {
      Obj *obj = g_ptr_array_index (self->objects, i);
      double *w;

      /* Reachable only from a name that was not drawn: it cannot be. */
      g_assert (obj->placed);
      w = &g_array_index (column_w, double, obj->level);
      *w = MAX (*w, obj->w);
    }

  x = MARGIN + frames_w + COLUMN_GAP;
  for (guint level = 0; level < column_w->len; level++)
    {
      for (guint i = 0; i < self->objects->len; i++)
        {
          Obj *obj = g_ptr_array_index (self->objects, i);

          if (obj->level != (int)level)
            continue;
          obj->x = x;
          bottom = MAX (bottom, obj->y + obj->h);
        }
      x += g_array_index (column_w, double, level) + COLUMN_GAP;
    }

  self->width = ceil ((column_w->len > 0 ? x - COLUMN_GAP : MARGIN + frames_w) + MARGIN);
  self->height = ceil (bottom + MARGIN);
}

static void
invalidate_layout (DojoNamesView *self)
{
  self->laid_out = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Drawing */

static void
get_colors (DojoNamesView *self,
            Colors        *colors)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &colors->fg);
#else
  gtk_style_context_get_color (context, &colors->fg);
#endif
  /* No other way to the theme's accent in GTK 4.8; still there in 4.10+. */
  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, adw_style_manager_get_dark (manager) ? "#78aeed"
                                                                          : "#1c71d8");
G_GNUC_END_IGNORE_DEPRECATIONS

  colors->high_contrast = adw_style_manager_get_high_contrast (manager);
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The text of a cell, vertically centred in (x, y, w, h), ellipsized. */
static void
cell_text (DojoNamesView *self,
           cairo_t       *cr,
           Font           font,
           const char    *text,
           double         x,
           double         y,
           double         w,
           double         h)
{
  PangoLayout *layout = text_layout (self, font, text, MAX (1, w - 2 * PAD_X));
  int tw;
  int th;

  pango_layout_get_pixel_size (layout, &tw, &th);
  show_text (cr, layout, x + PAD_X, y + (h - th) / 2);
}

static void
dot (cairo_t *cr,
     double   x,
     double   y)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
target_point (DojoNamesView *self,
              Obj           *obj,
              double        *x,
              double        *y)
{
  double box_h = obj->h - obj->box_y;

  *x = obj->x;
  if (obj->shape == SHAPE_TABLE)
    *y = obj->y + obj->box_y + MIN (box_h, self->line_h) / 2;
  else
    *y = obj->y + obj->box_y + box_h / 2;
}

/* A curve from a dot to the left edge of its object, with a head. It
 * leaves to the right, or, from a row of items (@below > 0), downwards
 * first, so that it does not cross the items next to it. */
static void
arrow (DojoNamesView *self,
       cairo_t       *cr,
       double         sx,
       double         sy,
       double         below,
       Obj           *obj)
{
  double tx;
  double ty;
  double reach;

  target_point (self, obj, &tx, &ty);
  tx -= 1;
  reach = MAX (30, fabs (tx - sx) / 2);

  dot (cr, sx, sy);
  cairo_move_to (cr, sx, sy);
  if (below > sy)
    cairo_curve_to (cr, sx, below + 2 * (below - sy), tx - reach, ty, tx - ARROW_HEAD, ty);
  else
    cairo_curve_to (cr, sx + reach, sy, tx - reach, ty, tx - ARROW_HEAD, ty);
  cairo_stroke (cr);

  cairo_move_to (cr, tx, ty);
  cairo_line_to (cr, tx - ARROW_HEAD - 2, ty - ARROW_HEAD / 2.0 - 1);
  cairo_line_to (cr, tx - ARROW_HEAD - 2, ty + ARROW_HEAD / 2.0 + 1);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_frame (DojoNamesView *self,
            cairo_t       *cr,
            const Colors  *colors,
            Frame         *frame)
{
  double line = colors->high_contrast ? 0.9 : 0.35;

  /* The selected frame: an accent edge, not colour alone, it is also thicker. */
  cairo_rectangle (cr, frame->x + 0.5, frame->y + 0.5, frame->w - 1, frame->h - 1);
  if (frame->selected)
    {
      set_color (cr, &colors->accent, 0.08);
      cairo_fill_preserve (cr);
      set_color (cr, &colors->accent, 1);
      cairo_set_line_width (cr, 2);
    }
  else
    {
      set_color (cr, &colors->fg, 0.03);
      cairo_fill_preserve (cr);
      set_color (cr, &colors->fg, line);
      cairo_set_line_width (cr, 1);
    }
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1);

  set_color (cr, &colors->fg, 1);
  show_text (cr, text_layout (self, FONT_NAME_BOLD, frame->title, frame->w - 2 * PAD_X),
             frame->x + PAD_X, frame->y + PAD_Y + 1);

  if (frame->names->len == 0)
    {
      set_color (cr, &colors->fg, colors->high_contrast ? 1 : 0.55);
      cell_text (self, cr, FONT_SMALL, _("no names yet"), frame->x, frame->y + self->title_h,
                 frame->w, self->line_h);
      return;
    }

  for (guint i = 0; i < frame->names->len; i++)
    {
      Cell *cell = &g_array_index (frame->names, Cell, i);
      double row_y = frame->y + cell->y;
      PangoLayout *name;
      int tw;
      int th;

      if (cell->changed)
        {
          set_color (cr, &colors->accent, 0.18);
          cairo_rectangle (cr, frame->x + 2, row_y, frame->w - 4, cell->h);
          cairo_fill (cr);
        }

      /* The name, right-aligned next to its slot. */
      set_color (cr, &colors->fg, 1);
      name = text_layout (self, cell->changed ? FONT_NAME_BOLD : FONT_NAME, cell->key, MAX_KEY_W);
      pango_layout_get_pixel_size (name, &tw, &th);
      show_text (cr, name, frame->x + cell->x - PAD_X - tw, row_y + (cell->h - th) / 2);

      set_color (cr, &colors->fg, line);
      cairo_rectangle (cr, frame->x + cell->x + 0.5, row_y + 2.5, cell->w - 1, cell->h - 5);
      cairo_stroke (cr);
    }
}

static void
draw_object (DojoNamesView *self,
             cairo_t       *cr,
             const Colors  *colors,
             Obj           *obj)
{
  double line = colors->high_contrast ? 0.9 : 0.45;
  double bx = obj->x;
  double by = obj->y + obj->box_y;
  double bh = obj->h - obj->box_y;
  double bw = obj->box_w;

  /* The type, above the box, as Python Tutor does. */
  set_color (cr, &colors->fg, colors->high_contrast ? 1 : 0.65);
  show_text (cr, text_layout (self, FONT_SMALL, obj->type ? obj->type : "", MAX_TEXT_W),
             bx, obj->y);

  set_color (cr, &colors->fg, 0.06);
  cairo_rectangle (cr, bx, by, bw, bh);
  cairo_fill (cr);

  for (guint i = 0; i < obj->cells->len; i++)
    {
      Cell *cell = &g_array_index (obj->cells, Cell, i);
      double cx = bx + cell->x;
      double cy = by + cell->y;
      double value_y = cy;
      double value_h = cell->h;
      Font mono = cell->changed ? FONT_MONO_BOLD : FONT_MONO;

      if (cell->changed)
        {
          set_color (cr, &colors->accent, 0.2);
          cairo_rectangle (cr, cx, cy, cell->w, cell->h);
          cairo_fill (cr);
        }

      set_color (cr, &colors->fg, line);
      if (obj->shape == SHAPE_ROW)
        {
          if (i > 0)
            {
              cairo_move_to (cr, cx + 0.5, by);
              cairo_line_to (cr, cx + 0.5, by + bh);
              cairo_stroke (cr);
            }
          value_y = cy + self->small_h;
          value_h = cell->h - self->small_h;
          if (cell->key != NULL)
            {
              set_color (cr, &colors->fg, colors->high_contrast ? 1 : 0.6);
              show_text (cr, text_layout (self, FONT_SMALL, cell->key, cell->w - 4),
                         cx + 3, cy + 1);
            }
        }
      else
        {
          if (i > 0)
            {
              cairo_move_to (cr, bx, cy + 0.5);
              cairo_line_to (cr, bx + bw, cy + 0.5);
              cairo_stroke (cr);
            }
          cairo_move_to (cr, cx + 0.5, cy);
          cairo_line_to (cr, cx + 0.5, cy + cell->h);
          cairo_stroke (cr);
          set_color (cr, &colors->fg, 1);
          cell_text (self, cr, mono, cell->key, bx, cy, obj->key_w, cell->h);
        }

      if (cell->text != NULL)
        {
          set_color (cr, &colors->fg, 1);
          cell_text (self, cr, mono, cell->text, cx, value_y, cell->w, value_h);
        }
    }

  if (obj->shape == SHAPE_VALUE)
    {
      set_color (cr, &colors->fg, 1);
      cell_text (self, cr, FONT_MONO, obj->value, bx, by, bw, bh);
    }
  else if (obj->more > 0 || obj->cells->len == 0)
    {
      g_autofree char *more = obj->more > 0 ? more_text (obj->more) : NULL;
      double x = bx;
      double y = by;
      double h = bh;

      if (obj->shape == SHAPE_ROW && obj->cells->len > 0)
        x = bx + g_array_index (obj->cells, Cell, obj->cells->len - 1).x +
            g_array_index (obj->cells, Cell, obj->cells->len - 1).w;
      else if (obj->shape == SHAPE_TABLE)
        {
          y = by + obj->cells->len * self->line_h;
          h = self->line_h;
        }
      set_color (cr, &colors->fg, colors->high_contrast ? 1 : 0.6);
      cell_text (self, cr, FONT_SMALL, more ? more : _("empty"), x, y, bx + bw - x, h);
    }

  set_color (cr, &colors->fg, line);
  cairo_rectangle (cr, bx + 0.5, by + 0.5, bw - 1, bh - 1);
  cairo_stroke (cr);
}

static void
draw_arrows (DojoNamesView *self,
             cairo_t       *cr,
             const Colors  *colors)
{
  set_color (cr, &colors->fg, colors->high_contrast ? 1 : 0.75);
  cairo_set_line_width (cr, 1.5);

  for (guint i = 0; i < self->frames->len; i++)
    {
      Frame *frame = g_ptr_array_index (self->frames, i);

      for (guint j = 0; j < frame->names->len; j++)
        {
          Cell *cell = &g_array_index (frame->names, Cell, j);

          arrow (self, cr, frame->x + cell->x + cell->w / 2, frame->y + cell->y + cell->h / 2,
                 0, g_ptr_array_index (self->objects, cell->target));
        }
    }

  for (guint i = 0; i < self->objects->len; i++)
    {
      Obj *obj = g_ptr_array_index (self->objects, i);

      for (guint j = 0; j < obj->cells->len; j++)
        {
          Cell *cell = &g_array_index (obj->cells, Cell, j);
          double value_y = obj->y + obj->box_y + cell->y;
          double value_h = cell->h;
          double below = 0;

          if (cell->target < 0)
            continue;
          if (obj->shape == SHAPE_ROW)
            {
              value_y += self->small_h;
              value_h -= self->small_h;
              below = obj->y + obj->h;
            }
          arrow (self, cr, obj->x + cell->x + cell->w / 2, value_y + value_h / 2, below,
                 g_ptr_array_index (self->objects, cell->target));
        }
    }

  cairo_set_line_width (cr, 1);
}

static void
dojo_names_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  DojoNamesView *self = DOJO_NAMES_VIEW (widget);
  Colors colors;
  cairo_t *cr;

  ensure_layout (self);
  if (self->frames->len == 0)
    return;

  get_colors (self, &colors);

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, self->width, self->height));
  cairo_set_line_width (cr, 1);

  for (guint i = 0; i < self->frames->len; i++)
    draw_frame (self, cr, &colors, g_ptr_array_index (self->frames, i));
  for (guint i = 0; i < self->objects->len; i++)
    draw_object (self, cr, &colors, g_ptr_array_index (self->objects, i));
  /* Last, so that an arrow is never hidden under a box it crosses. */
  draw_arrows (self, cr, &colors);

  cairo_destroy (cr);
}

/* ------------------------------------------------------------------------ */
/* Tooltips: a value too long for its cell, in full */

static gboolean
inside (double x,
        double y,
        double left,
        double top,
        double w,
        double h)
{
  return x >= left && x < left + w && y >= top && y < top + h;
}

static gboolean
dojo_names_view_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  DojoNamesView *self = DOJO_NAMES_VIEW (widget);

  if (keyboard || !self->laid_out)
    return FALSE;

  for (guint i = 0; i < self->frames->len; i++)
    {
      Frame *frame = g_ptr_array_index (self->frames, i);

      for (guint j = 0; j < frame->names->len; j++)
        {
          Cell *cell = &g_array_index (frame->names, Cell, j);
          Obj *obj = g_ptr_array_index (self->objects, cell->target);

          if (inside (x, y, frame->x, frame->y + cell->y, frame->w, cell->h))
            {
              g_autofree char *text = g_strdup_printf ("%s → %s", cell->key,
                                                       obj->value ? obj->value : "");

              gtk_tooltip_set_text (tooltip, text);
              return TRUE;
            }
        }
    }

  for (guint i = 0; i < self->objects->len; i++)
    {
      Obj *obj = g_ptr_array_index (self->objects, i);

      if (!inside (x, y, obj->x, obj->y, obj->w, obj->h))
        continue;

      for (guint j = 0; j < obj->cells->len; j++)
        {
          Cell *cell = &g_array_index (obj->cells, Cell, j);

          if (cell->text != NULL &&
              inside (x, y, obj->x + cell->x, obj->y + obj->box_y + cell->y, cell->w, cell->h))
            {
              gtk_tooltip_set_text (tooltip, cell->text);
              return TRUE;
            }
        }
      gtk_tooltip_set_text (tooltip, obj->value);
      return obj->value != NULL;
    }

  return FALSE;
}

/* ------------------------------------------------------------------------ */

static void
dojo_names_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  DojoNamesView *self = DOJO_NAMES_VIEW (widget);

  ensure_layout (self);
  if (self->frames->len == 0)
    *minimum = *natural = 0;
  else if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int)self->width;
  else
    *minimum = *natural = (int)self->height;
}

static void
dojo_names_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dojo_names_view_parent_class)->map (widget);

  /* Shown: its description is read from now on. */
  ensure_model (DOJO_NAMES_VIEW (widget));
}

static void
on_style_changed (DojoNamesView *self)
{
  invalidate_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dojo_names_view_dispose (GObject *object)
{
  DojoNamesView *self = (DojoNamesView *)object;

  g_clear_pointer (&self->state, json_object_unref);
  clear_model (self);
  forget_texts (self);

  G_OBJECT_CLASS (dojo_names_view_parent_class)->dispose (object);
}

static void
dojo_names_view_finalize (GObject *object)
{
  DojoNamesView *self = (DojoNamesView *)object;

  g_clear_pointer (&self->frames, g_ptr_array_unref);
  g_clear_pointer (&self->objects, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->old_texts, g_hash_table_unref);
  g_string_free (self->description, TRUE);

  G_OBJECT_CLASS (dojo_names_view_parent_class)->finalize (object);
}

static void
dojo_names_view_class_init (DojoNamesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_names_view_dispose;
  object_class->finalize = dojo_names_view_finalize;

  widget_class->map = dojo_names_view_map;
  widget_class->measure = dojo_names_view_measure;
  widget_class->snapshot = dojo_names_view_snapshot;
  widget_class->query_tooltip = dojo_names_view_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "dojonamesview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dojo_names_view_init (DojoNamesView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->frames = g_ptr_array_new_with_free_func (frame_free);
  self->objects = g_ptr_array_new_with_free_func (obj_free);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->description = g_string_new (NULL);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->old_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->frame_depth = -1;
  self->built = TRUE;

  /* Focusable, so that the keyboard can scroll a picture larger than its
   * window (Page Up/Down, Ctrl+arrows in the scrolled window). */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Names and values"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Nothing to show yet"),
                                  -1);

  /* Text sizes and colours come from the style. */
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
dojo_names_view_new (void)
{
  return g_object_new (DOJO_TYPE_NAMES_VIEW, NULL);
}

/**
 * dojo_names_view_set_state:
 * @state: (nullable): a STATE of the debugger (docs/debugger.md), or %NULL
 *   for an empty picture
 * @frame_depth: the selected frame, an index into the state's `frames`
 *   (0 is the outermost); -1 for the last, where the program is
 *
 * Draws the names of every frame with arrows to their objects; the selected
 * frame is marked.
 */
void
dojo_names_view_set_state (DojoNamesView *self,
                           JsonObject    *state,
                           int            frame_depth)
{
  g_return_if_fail (DOJO_IS_NAMES_VIEW (self));

  if (state != NULL)
    json_object_ref (state);
  g_clear_pointer (&self->state, json_object_unref);
  self->state = state;
  self->frame_depth = frame_depth;
  self->built = FALSE;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_model (self);
  invalidate_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
_dojo_names_view_get_n_objects (DojoNamesView *self)
{
  g_return_val_if_fail (DOJO_IS_NAMES_VIEW (self), 0);
  ensure_model (self);
  return self->objects->len;
}

guint
_dojo_names_view_get_n_arrows (DojoNamesView *self)
{
  g_return_val_if_fail (DOJO_IS_NAMES_VIEW (self), 0);
  ensure_model (self);
  return self->n_arrows;
}

guint
_dojo_names_view_get_n_frames (DojoNamesView *self)
{
  g_return_val_if_fail (DOJO_IS_NAMES_VIEW (self), 0);
  ensure_model (self);
  return self->frames->len;
}

const char *
_dojo_names_view_get_description (DojoNamesView *self)
{
  g_return_val_if_fail (DOJO_IS_NAMES_VIEW (self), NULL);
  ensure_model (self);
  return self->description->str;
}
