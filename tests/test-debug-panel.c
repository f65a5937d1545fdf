/* test-debug-panel.c: the debugger's panel and its picture of names and values
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel is fed "stopped" events as the backend writes them
 * (docs/debugger.md), written out here. With DOJO_SCREENSHOT_DIR set, a
 * last case saves the panel as PNGs (debug-variables-…, debug-names-…;
 * -light and -dark); with ADW_DEBUG_HIGH_CONTRAST=1 too, in high contrast.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "dojo-debug-panel.h"
#include "dojo-names-view-private.h"
#include "dojo-test-widget.h"

/* ------------------------------------------------------------------------ */
/* States */

#define INT(name, value, id, changed) \
  "{\"name\": \"" name "\", \"type\": \"int\", \"value\": \"" value "\", \"id\": " id ", " \
  "\"changed\": " changed "}"

#define ONE_TWO_ITEMS \
  "[" INT ("0", "1", "9", "false") ", " INT ("1", "2", "10", "false") "]"

/* a = [1, 2]; b = a */
static const char *shared_list_event =
  "{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 2, \"count\": 3, \"live\": true,"
  " \"state\": {\"step\": 2, \"file\": \"main.py\", \"line\": 3, \"event\": \"line\","
  "  \"function\": \"<module>\","
  "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 3, \"locals\": ["
  "    {\"name\": \"a\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 1001,"
  "     \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0},"
  "    {\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 1001,"
  "     \"changed\": true, \"children\": " ONE_TWO_ITEMS ", \"more\": 0}]}],"
  "  \"globals\": ["
  "    {\"name\": \"a\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 1001,"
  "     \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0},"
  "    {\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 1001,"
  "     \"changed\": true, \"children\": " ONE_TWO_ITEMS ", \"more\": 0}]}}";

/* a = [1, 2]; b = a.copy(): equal, but two lists. */
static const char *copied_list_event =
  "{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 2, \"count\": 3, \"live\": true,"
  " \"state\": {\"step\": 2, \"file\": \"main.py\", \"line\": 3, \"event\": \"line\","
  "  \"function\": \"<module>\","
  "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 3, \"locals\": ["
  "    {\"name\": \"a\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 1001,"
  "     \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0},"
  "    {\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 2002,"
  "     \"changed\": true, \"children\": " ONE_TWO_ITEMS ", \"more\": 0}]}]}}";

#define FACT_FUNCTION \
  "{\"name\": \"fact\", \"type\": \"function\", \"value\": \"<function fact>\", \"id\": 700," \
  " \"changed\": false}"
#define LIMIT INT ("limit", "10", "110", "false")

/* fact(2) calls fact(1), from history; the innermost call holds a nested
 * list and an object whose __repr__ raised. */
static const char *fact_event =
  "{\"event\": \"stopped\", \"reason\": \"history\", \"index\": 11, \"count\": 40,"
  " \"live\": false,"
  " \"state\": {\"step\": 11, \"file\": \"main.py\", \"line\": 3, \"event\": \"line\","
  "  \"function\": \"fact\","
  "  \"frames\": ["
  "   {\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 9,"
  "    \"locals\": [" FACT_FUNCTION ", " LIMIT "]},"
  "   {\"function\": \"fact\", \"file\": \"main.py\", \"line\": 5,"
  "    \"locals\": [" INT ("n", "2", "102", "false") "]},"
  "   {\"function\": \"fact\", \"file\": \"main.py\", \"line\": 3, \"locals\": ["
  "     " INT ("n", "1", "101", "true") ","
  "     {\"name\": \"seen\", \"type\": \"list\", \"value\": \"[[1, 2], 3]\", \"id\": 500,"
  "      \"changed\": false, \"more\": 0, \"children\": ["
  "        {\"name\": \"0\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 501,"
  "         \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0},"
  "        " INT ("1", "3", "103", "false") "]},"
  "     {\"name\": \"node\", \"type\": \"Node\", \"value\": \"Node(value=3, next=None)\","
  "      \"id\": 600, \"changed\": false, \"repr_error\": \"ValueError: bad\", \"children\": ["
  "        " INT ("value", "3", "103", "false") ","
  "        {\"name\": \"next\", \"type\": \"NoneType\", \"value\": \"None\", \"id\": 1,"
  "         \"changed\": false}]}]}],"
  "  \"globals\": [" FACT_FUNCTION ", " LIMIT "]}}";

/* fact(1) returns; then 1 / 0 raises. */
static const char *return_event =
  "{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 12, \"count\": 13, \"live\": true,"
  " \"state\": {\"step\": 12, \"file\": \"main.py\", \"line\": 3, \"event\": \"return\","
  "  \"function\": \"fact\","
  "  \"frames\": ["
  "   {\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 9, \"locals\": []},"
  "   {\"function\": \"fact\", \"file\": \"main.py\", \"line\": 3,"
  "    \"locals\": [" INT ("n", "1", "101", "false") "]}],"
  "  \"globals\": [],"
  "  \"return_value\": " INT ("return", "1", "101", "true") "}}";

static const char *exception_event =
  "{\"event\": \"stopped\", \"reason\": \"exception\", \"index\": 3, \"count\": 4,"
  " \"live\": true,"
  " \"state\": {\"step\": 3, \"file\": \"main.py\", \"line\": 2, \"event\": \"exception\","
  "  \"function\": \"<module>\","
  "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 2,"
  "    \"locals\": [" INT ("x", "0", "8", "true") "]}],"
  "  \"globals\": [" INT ("x", "0", "8", "true") "],"
  "  \"exception\": {\"type\": \"ZeroDivisionError\", \"message\": \"division by zero\"}}}";

/* One step, then the next: a and an item of b change, c's mark goes, e
 * gains an item, "gone" goes and d comes. */
#define MODULE_EVENT(locals) \
  "{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 4, \"count\": 5," \
  " \"live\": true, \"state\": {\"step\": 4, \"file\": \"main.py\", \"line\": 6," \
  "  \"event\": \"line\", \"function\": \"<module>\"," \
  "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 6," \
  "   \"locals\": [" locals "]}]}}"

static const char *before_step_event =
  MODULE_EVENT (INT ("a", "1", "11", "false") ","
                "{\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 12,"
                " \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0},"
                "{\"name\": \"c\", \"type\": \"str\", \"value\": \"'x'\", \"id\": 13,"
                " \"changed\": true},"
                "{\"name\": \"e\", \"type\": \"list\", \"value\": \"[]\", \"id\": 14,"
                " \"changed\": false, \"children\": [], \"more\": 0},"
                INT ("gone", "5", "15", "false"));

static const char *after_step_event =
  MODULE_EVENT (INT ("a", "2", "16", "true") ","
                "{\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 3]\", \"id\": 12,"
                " \"changed\": false, \"children\": ["
                INT ("0", "1", "9", "false") ", " INT ("1", "3", "17", "true") "], \"more\": 0},"
                "{\"name\": \"c\", \"type\": \"str\", \"value\": \"'x'\", \"id\": 13,"
                " \"changed\": false},"
                "{\"name\": \"e\", \"type\": \"list\", \"value\": \"[5]\", \"id\": 14,"
                " \"changed\": false, \"children\": [" INT ("0", "5", "18", "true") "],"
                " \"more\": 0},"
                INT ("d", "7", "19", "true"));

/* a = 1; b = [1, 2], then into f(1), where a global changes as a local
 * is added above it. */
#define A_AND_B(a) \
  a ", {\"name\": \"b\", \"type\": \"list\", \"value\": \"[1, 2]\", \"id\": 12," \
  " \"changed\": false, \"children\": " ONE_TWO_ITEMS ", \"more\": 0}"
#define IN_F(locals, globals) \
  "{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 5, \"count\": 6," \
  " \"live\": true, \"state\": {\"step\": 5, \"file\": \"main.py\", \"line\": 2," \
  "  \"event\": \"line\", \"function\": \"f\"," \
  "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\", \"line\": 9," \
  "    \"locals\": [" globals "]}," \
  "   {\"function\": \"f\", \"file\": \"main.py\", \"line\": 2," \
  "    \"locals\": [" locals "]}]," \
  "  \"globals\": [" globals "]}}"

static const char *module_event = MODULE_EVENT (A_AND_B (INT ("a", "1", "11", "false")));

static const char *call_event =
  IN_F (INT ("x", "1", "21", "true"), A_AND_B (INT ("a", "1", "11", "false")));

static const char *call_next_event =
  IN_F (INT ("x", "1", "21", "false") ", " INT ("y", "2", "22", "true"),
        A_AND_B (INT ("a", "2", "16", "true")));

static JsonObject *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* An event whose module holds @n ints, v0 … v(n-1). */
static JsonObject *
many_names_event (guint n)
{
  g_autoptr(GString) locals = g_string_new (NULL);
  g_autofree char *json = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (locals,
                            "%s{\"name\": \"v%u\", \"type\": \"int\", \"value\": \"%u\","
                            " \"id\": %u, \"changed\": %s}",
                            i > 0 ? ", " : "", i, i * 1000, 5000 + i,
                            i % 7 == 0 ? "true" : "false");
  json = g_strdup_printf ("{\"event\": \"stopped\", \"reason\": \"step\", \"index\": 0,"
                          " \"count\": 1, \"live\": true,"
                          " \"state\": {\"step\": 0, \"file\": \"main.py\", \"line\": 101,"
                          "  \"event\": \"line\", \"function\": \"<module>\","
                          "  \"frames\": [{\"function\": \"<module>\", \"file\": \"main.py\","
                          "   \"line\": 101, \"locals\": [%s]}], \"globals\": [%s]}}",
                          locals->str, locals->str);
  return parse (json);
}

/* ------------------------------------------------------------------------ */
/* The panel in a window */

typedef struct
{
  GtkWindow      *window;
  DojoDebugPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture *fixture)
{
  fixture->panel = DOJO_DEBUG_PANEL (dojo_debug_panel_new ());
  fixture->window = dojo_test_show_in_window (GTK_WIDGET (fixture->panel), 360, 980);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, fixture->panel, 5000));
}

static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
set_event (Fixture    *fixture,
           const char *json)
{
  g_autoptr(JsonObject) event = parse (json);

  dojo_debug_panel_set_event (fixture->panel, event);
}

static GtkWidget *
vars_view (Fixture *fixture)
{
  return dojo_debug_panel_get_variables_view (fixture->panel);
}

static DojoNamesView *
names_view (Fixture *fixture)
{
  return DOJO_NAMES_VIEW (dojo_debug_panel_get_names_view (fixture->panel));
}

static GListModel *
rows_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (vars_view (fixture))));
}

static gboolean
has_class (GtkWidget  *widget,
           const char *name)
{
  return gtk_widget_has_css_class (widget, name);
}

static GtkWidget *
child_with_class (GtkWidget  *widget,
                  const char *name)
{
  return dojo_test_find_widget (widget, (DojoTestWidgetMatch)has_class, (gpointer)name);
}

static const char *
row_label (GtkWidget  *row,
           const char *name)
{
  return gtk_label_get_label (GTK_LABEL (child_with_class (row, name)));
}

typedef struct
{
  GtkWidget *row;
  double     y;
} ShownRow;

static int
by_y (gconstpointer a,
      gconstpointer b)
{
  const ShownRow *ra = a;
  const ShownRow *rb = b;

  return ra->y < rb->y ? -1 : ra->y > rb->y;
}

/* The variables' rows on screen, top to bottom. */
static GArray *
shown_rows (Fixture *fixture)
{
  GtkWidget *view = vars_view (fixture);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (ShownRow));

  for (GtkWidget *item = gtk_widget_get_first_child (view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      GtkWidget *expander;
      graphene_point_t point;
      ShownRow shown;

      if (row == NULL || !gtk_widget_has_css_class (row, "var-row") ||
          !gtk_widget_get_child_visible (item))
        continue;
      expander = dojo_test_find_widget_of_type (row, GTK_TYPE_TREE_EXPANDER);
      if (gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander)) == NULL)
        continue;
      g_assert_true (gtk_widget_compute_point (row, view, &GRAPHENE_POINT_INIT (0, 0), &point));
      shown.row = row;
      shown.y = point.y;
      g_array_append_val (rows, shown);
    }
  g_array_sort (rows, by_y);

  return rows;
}

/* "# Heading|name:type:value|…" for the rows on screen. */
static char *
describe_rows (Fixture *fixture)
{
  g_autoptr(GArray) rows = shown_rows (fixture);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_array_index (rows, ShownRow, i).row;
      GtkWidget *type = child_with_class (row, "var-type");

      if (i > 0)
        g_string_append_c (text, '|');
      if (gtk_widget_has_css_class (row, "var-heading"))
        g_string_append (text, "# ");
      g_string_append (text, row_label (row, "var-name"));
      if (gtk_widget_get_visible (type))
        g_string_append_printf (text, ":%s:%s", gtk_label_get_label (GTK_LABEL (type)),
                                row_label (row, "var-value"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  Fixture    *fixture;
  const char *expected;
} RowsData;

static gboolean
rows_are (gpointer data)
{
  RowsData *rows = data;
  g_autofree char *now = describe_rows (rows->fixture);

  return g_str_equal (now, rows->expected);
}

static void
assert_rows (Fixture    *fixture,
             const char *expected)
{
  RowsData rows = { fixture, expected };

  if (!dojo_test_wait_for (rows_are, &rows, 3000))
    {
      g_autofree char *now = describe_rows (fixture);

      g_error ("rows are “%s”, not “%s”", now, expected);
    }
}

/* The row on screen whose name is @name, or NULL. */
static GtkWidget *
find_row_named (Fixture    *fixture,
                const char *name)
{
  g_autoptr(GArray) rows = shown_rows (fixture);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_array_index (rows, ShownRow, i).row;

      if (g_str_equal (row_label (row, "var-name"), name))
        return row;
    }

  return NULL;
}

/* The row on screen whose name is @name. */
static GtkWidget *
row_named (Fixture    *fixture,
           const char *name)
{
  GtkWidget *row = find_row_named (fixture, name);

  if (row == NULL)
    g_error ("no row named “%s”", name);
  return row;
}

/* The model position of the row on screen named @name. */
static guint
row_position (Fixture    *fixture,
              const char *name)
{
  GtkWidget *row = row_named (fixture, name);
  GtkWidget *expander = dojo_test_find_widget_of_type (row, GTK_TYPE_TREE_EXPANDER);
  GtkTreeListRow *list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));

  return gtk_tree_list_row_get_position (list_row);
}

/* Runs the shortcut of the panel that @keyval triggers, as a key press
 * would; FALSE when it did not take the key. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
focus_row (Fixture    *fixture,
           const char *name)
{
  guint position = row_position (fixture, name);

  gtk_widget_activate_action (vars_view (fixture), "list.select-item", "(ubb)",
                              position, FALSE, FALSE);
  gtk_widget_grab_focus (vars_view (fixture));
  dojo_test_spin (50);
}

static const char *
frame_row_label (Fixture *fixture,
                 guint    depth,
                 const char *name)
{
  return row_label (dojo_debug_panel_get_frame_row (fixture->panel, depth), name);
}

/* ------------------------------------------------------------------------ */
/* Cases */

/* A DojoTestCondition: a widget is mapped and larger than asked. */
typedef struct
{
  GtkWidget *widget;
  int        width;
  int        height;
} SizeWanted;

static gboolean
larger_than (gpointer data)
{
  SizeWanted *wanted = data;

  return gtk_widget_get_mapped (wanted->widget) &&
         gtk_widget_get_width (wanted->widget) > wanted->width &&
         gtk_widget_get_height (wanted->widget) > wanted->height;
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
} RowWanted;

static gboolean
row_shown (gpointer data)
{
  RowWanted *wanted = data;

  return find_row_named (wanted->fixture, wanted->name) != NULL;
}

static void
test_shared_list (void)
{
  Fixture fixture;
  DojoNamesView *view;
  const char *description;

  fixture_set_up (&fixture);
  view = names_view (&fixture);

  /* Two names, one list: one box, an arrow from each name. */
  set_event (&fixture, shared_list_event);
  g_assert_cmpuint (_dojo_names_view_get_n_frames (view), ==, 1);
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 1);
  g_assert_cmpuint (_dojo_names_view_get_n_arrows (view), ==, 2);
  description = _dojo_names_view_get_description (view);
  g_assert_nonnull (strstr (description, "a → list [1, 2]"));
  g_assert_nonnull (strstr (description, "b → the same list as a"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* Equal lists that are two objects are two boxes. */
  set_event (&fixture, copied_list_event);
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 2);
  g_assert_cmpuint (_dojo_names_view_get_n_arrows (view), ==, 2);
  description = _dojo_names_view_get_description (view);
  g_assert_null (strstr (description, "the same"));
  g_assert_nonnull (strstr (description, "b → list [1, 2]"));

  /* The picture is drawn, as large as its layout. */
  dojo_debug_panel_show_page (fixture.panel, "names");
  {
    SizeWanted wanted = { GTK_WIDGET (view), 150, 50 };

    /* Waited for, not slept: a sanitizer build lays out slower. */
    g_assert_true (dojo_test_wait_for (larger_than, &wanted, 5000));
  }

  /* The variables list says the same in rows. */
  dojo_debug_panel_show_page (fixture.panel, "variables");
  assert_rows (&fixture, "# Variables|a:list:[1, 2]|b:list:[1, 2]");

  fixture_tear_down (&fixture);
}

/* Steps taken while the list is shown: the picture, shown then, is of the
 * last one, and so is what a screen reader is told of it. */
static void
test_names_shown_later (void)
{
  Fixture fixture;
  DojoNamesView *view;

  fixture_set_up (&fixture);
  view = names_view (&fixture);

  set_event (&fixture, fact_event);
  dojo_test_spin (50);
  set_event (&fixture, shared_list_event);
  assert_rows (&fixture, "# Variables|a:list:[1, 2]|b:list:[1, 2]");

  dojo_debug_panel_show_page (fixture.panel, "names");
  {
    SizeWanted wanted = { GTK_WIDGET (view), 0, 50 };

    g_assert_true (dojo_test_wait_for (larger_than, &wanted, 5000));
  }
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Globals: a → list [1, 2]; b → the same list as a.");
  g_assert_cmpuint (_dojo_names_view_get_n_frames (view), ==, 1);
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 1);

  /* While shown, each step draws at once. */
  set_event (&fixture, copied_list_event);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Globals: a → list [1, 2]; b → list [1, 2].");

  fixture_tear_down (&fixture);
}

static void
on_frame_selected (DojoDebugPanel *panel,
                   int             depth,
                   const char     *file,
                   int             line,
                   GString        *log)
{
  g_string_append_printf (log, "%d %s %d;", depth, file, line);
}

static void
test_call_stack (void)
{
  Fixture fixture;
  g_autoptr(GString) log = g_string_new (NULL);
  DojoNamesView *view;
  GtkWidget *current;
  GtkWidget *caller;

  fixture_set_up (&fixture);
  view = names_view (&fixture);
  g_signal_connect (fixture.panel, "frame-selected", G_CALLBACK (on_frame_selected), log);

  set_event (&fixture, fact_event);

  /* Three calls, the most recent last and picked; picking it was not the
   * learner's doing, so the editor is not moved. */
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 3);
  g_assert_cmpstr (frame_row_label (&fixture, 0, "frame-function"), ==, "main.py");
  g_assert_cmpstr (frame_row_label (&fixture, 0, "frame-line"), ==, "line 9");
  g_assert_cmpstr (frame_row_label (&fixture, 1, "frame-function"), ==, "fact");
  g_assert_cmpstr (frame_row_label (&fixture, 1, "frame-line"), ==, "line 5");
  g_assert_cmpstr (frame_row_label (&fixture, 2, "frame-line"), ==, "line 3");
  g_assert_true (gtk_widget_has_css_class (dojo_debug_panel_get_frame_row (fixture.panel, 2),
                                           "current"));
  g_assert_false (gtk_widget_has_css_class (dojo_debug_panel_get_frame_row (fixture.panel, 1),
                                            "current"));
  current = dojo_debug_panel_get_frame_row (fixture.panel, 2);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (current), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "fact, line 3, where the program is now");
  g_assert_cmpint (dojo_debug_panel_get_selected_frame (fixture.panel), ==, 2);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (current)));
  g_assert_cmpstr (log->str, ==, "");

  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* Every frame drawn, each object once: the function, 10, 2, 1, seen,
   * the list in seen, node; 3 in seen and in node is written in. */
  g_assert_cmpuint (_dojo_names_view_get_n_frames (view), ==, 3);
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 7);
  g_assert_cmpuint (_dojo_names_view_get_n_arrows (view), ==, 7);
  g_assert_nonnull (strstr (_dojo_names_view_get_description (view), "fact: n → int 2"));

  /* The learner picks the call that called it: its names show, and the
   * editor is asked to go there. */
  dojo_debug_panel_select_frame (fixture.panel, 1);
  g_assert_cmpint (dojo_debug_panel_get_selected_frame (fixture.panel), ==, 1);
  g_assert_cmpstr (log->str, ==, "1 main.py 5;");
  assert_rows (&fixture,
               "# Local Variables|n:int:2"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* The module: its names are the globals, said once. */
  dojo_debug_panel_select_frame (fixture.panel, 0);
  g_assert_cmpstr (log->str, ==, "1 main.py 5;0 main.py 9;");
  assert_rows (&fixture, "# Variables|fact:function:<function fact>|limit:int:10");

  /* A new stop picks the current call again. */
  set_event (&fixture, fact_event);
  g_assert_cmpint (dojo_debug_panel_get_selected_frame (fixture.panel), ==, 2);
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");
  g_assert_cmpstr (log->str, ==, "1 main.py 5;0 main.py 9;");

  /* A call returns: its row goes and its caller's is the current one. */
  set_event (&fixture, return_event);
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 2);
  current = dojo_debug_panel_get_frame_row (fixture.panel, 1);
  g_assert_true (gtk_widget_has_css_class (current, "current"));
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (current)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (current), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "fact, line 3, where the program is now");

  /* And a call more: the row that was current is not any more. */
  set_event (&fixture, fact_event);
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 3);
  g_assert_cmpstr (frame_row_label (&fixture, 1, "frame-line"), ==, "line 5");
  caller = dojo_debug_panel_get_frame_row (fixture.panel, 1);
  g_assert_false (gtk_widget_has_css_class (caller, "current"));
  g_assert_false (gtk_widget_has_css_class (child_with_class (caller, "frame-function"),
                                            "heading"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (caller), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "fact, line 5");
  g_assert_true (gtk_widget_has_css_class (dojo_debug_panel_get_frame_row (fixture.panel, 2),
                                           "current"));
  g_assert_cmpstr (log->str, ==, "1 main.py 5;0 main.py 9;");

  fixture_tear_down (&fixture);
}

static void
test_position (void)
{
  Fixture fixture;
  GtkWidget *position;
  GtkWidget *status;

  fixture_set_up (&fixture);
  position = child_with_class (GTK_WIDGET (fixture.panel), "numeric");
  status = gtk_widget_get_prev_sibling (position);

  set_event (&fixture, fact_event);
  g_assert_true (gtk_widget_is_visible (position));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (position)), ==, "Step 12 of 40, from history");
  set_event (&fixture, shared_list_event);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (position)), ==, "Step 3 of 3");

  g_assert_false (gtk_widget_is_visible (status));
  dojo_debug_panel_set_status (fixture.panel, "Stopped at line 5 (a breakpoint)");
  g_assert_true (gtk_widget_is_visible (status));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==,
                   "Stopped at line 5 (a breakpoint)");
  dojo_debug_panel_set_status (fixture.panel, NULL);
  g_assert_false (gtk_widget_is_visible (status));

  dojo_debug_panel_clear (fixture.panel);
  g_assert_false (gtk_widget_is_visible (position));
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 0);
  g_assert_cmpint (dojo_debug_panel_get_selected_frame (fixture.panel), ==, -1);
  g_assert_cmpuint (_dojo_names_view_get_n_frames (names_view (&fixture)), ==, 0);

  fixture_tear_down (&fixture);
}

static gboolean
button_for (GtkWidget *widget,
            gpointer   action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static void
test_buttons (void)
{
  static const char * const actions[][3] = {
    { "win.debug-back", "Step Back", "Step Back" },
    { "win.debug-forward", "Step Forward", "Step Forward" },
    { "win.debug-continue", "Continue", "Continue (F8)" },
    { "win.debug-step-over", "Step Over", "Step Over (F10)" },
    { "win.debug-step-into", "Step Into", "Step Into (F11)" },
    { "win.debug-step-out", "Step Out", "Step Out (Shift+F11)" },
    { "win.debug-stop", "Stop", "Stop" },
  };
  Fixture fixture;

  fixture_set_up (&fixture);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = dojo_test_find_widget (GTK_WIDGET (fixture.panel), button_for,
                                                 (gpointer)actions[i][0]);

      g_assert_nonnull (button);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, actions[i][1]);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, actions[i][2]);
    }

  fixture_tear_down (&fixture);
}

static void
test_changed_marked (void)
{
  Fixture fixture;
  GtkWidget *row;

  fixture_set_up (&fixture);
  set_event (&fixture, fact_event);
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* Seen, and heard. */
  row = row_named (&fixture, "n");
  g_assert_true (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "n (int): 1, changed");
  row = row_named (&fixture, "limit");
  g_assert_false (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "limit (int): 10");

  /* A recycled row loses the mark: the caller's n did not change. */
  dojo_debug_panel_select_frame (fixture.panel, 1);
  assert_rows (&fixture,
               "# Local Variables|n:int:2"
               "|# Globals|fact:function:<function fact>|limit:int:10");
  row = row_named (&fixture, "n");
  g_assert_false (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "n (int): 2");

  fixture_tear_down (&fixture);
}

static void
test_expand (void)
{
  Fixture fixture;
  GtkWidget *panel;
  GtkSingleSelection *selection;

  fixture_set_up (&fixture);
  panel = GTK_WIDGET (fixture.panel);
  set_event (&fixture, fact_event);
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* Not while the keyboard is elsewhere, say in the call stack. */
  focus_row (&fixture, "seen");
  gtk_widget_grab_focus (dojo_debug_panel_get_frame_row (fixture.panel, 0));
  g_assert_false (press_key (panel, GDK_KEY_Right));
  dojo_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 7);

  /* Right opens the list, and the list in it; items are named as code
   * reaches them. */
  focus_row (&fixture, "seen");
  g_assert_true (press_key (panel, GDK_KEY_Right));
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]|[0]:list:[1, 2]|[1]:int:3"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");
  focus_row (&fixture, "[0]");
  g_assert_true (press_key (panel, GDK_KEY_plus));
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]|[0]:list:[1, 2]"
               "|[0]:int:1|[1]:int:2|[1]:int:3"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* An object shows its attributes. */
  focus_row (&fixture, "node");
  g_assert_true (press_key (panel, GDK_KEY_Right));
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]|[0]:list:[1, 2]"
               "|[0]:int:1|[1]:int:2|[1]:int:3"
               "|node:Node:Node(value=3, next=None)|.value:int:3|.next:NoneType:None"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* Left on an attribute goes up to its object, and Left again closes it;
   * - closes a list. */
  focus_row (&fixture, ".next");
  g_assert_true (press_key (panel, GDK_KEY_Left));
  selection = GTK_SINGLE_SELECTION (rows_model (&fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==,
                    row_position (&fixture, "node"));
  g_assert_true (press_key (panel, GDK_KEY_Left));
  focus_row (&fixture, "seen");
  g_assert_true (press_key (panel, GDK_KEY_minus));
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  /* What was open stays open at the next step. */
  g_assert_true (press_key (panel, GDK_KEY_Right));
  set_event (&fixture, fact_event);
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]|[0]:list:[1, 2]|[1]:int:3"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  fixture_tear_down (&fixture);
}

/* Into a call and out: the module's names are the call's globals, rows
 * open stay open, and a name added above others leaves them right. */
static void
test_into_a_call (void)
{
  Fixture fixture;
  GtkWidget *row;

  fixture_set_up (&fixture);
  set_event (&fixture, module_event);
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]");
  focus_row (&fixture, "b");
  g_assert_true (press_key (GTK_WIDGET (fixture.panel), GDK_KEY_Right));
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]|[0]:int:1|[1]:int:2");

  set_event (&fixture, call_event);
  assert_rows (&fixture, "# Local Variables|x:int:1|# Globals|a:int:1|b:list:[1, 2]"
                         "|[0]:int:1|[1]:int:2");

  set_event (&fixture, call_next_event);
  assert_rows (&fixture, "# Local Variables|x:int:1|y:int:2|# Globals|a:int:2|b:list:[1, 2]"
                         "|[0]:int:1|[1]:int:2");
  row = row_named (&fixture, "a");
  g_assert_true (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "a (int): 2, changed");
  row = row_named (&fixture, "x");
  g_assert_false (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "x (int): 1");
  g_assert_false (gtk_widget_has_css_class (row_named (&fixture, "b"), "changed"));

  /* Back out. */
  set_event (&fixture, module_event);
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]|[0]:int:1|[1]:int:2");
  row = row_named (&fixture, "a");
  g_assert_false (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "a (int): 1");

  fixture_tear_down (&fixture);
}

static void
test_repr_error (void)
{
  Fixture fixture;
  GtkWidget *note;
  GtkWidget *row;

  fixture_set_up (&fixture);
  set_event (&fixture, fact_event);
  assert_rows (&fixture,
               "# Local Variables|n:int:1|seen:list:[[1, 2], 3]"
               "|node:Node:Node(value=3, next=None)"
               "|# Globals|fact:function:<function fact>|limit:int:10");

  row = row_named (&fixture, "node");
  note = child_with_class (row, "var-note");
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (note)), ==,
                   "Its __repr__ raised ValueError: bad, so its attributes are shown instead");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "node (Node): Node(value=3, next=None). Its __repr__ "
                                       "raised ValueError: bad, so its attributes are shown "
                                       "instead");

  /* Only there. */
  note = child_with_class (row_named (&fixture, "seen"), "var-note");
  g_assert_false (gtk_widget_get_visible (note));

  fixture_tear_down (&fixture);
}

static GtkTreeListRow *
list_row_named (Fixture    *fixture,
                const char *name)
{
  GtkWidget *expander = dojo_test_find_widget_of_type (row_named (fixture, name),
                                                       GTK_TYPE_TREE_EXPANDER);

  return gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
}

static void
test_next_step (void)
{
  Fixture fixture;
  GtkWidget *row;
  GtkWidget *a_row;

  fixture_set_up (&fixture);
  set_event (&fixture, before_step_event);
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]|c:str:'x'|e:list:[]|gone:int:5");
  g_assert_false (gtk_tree_list_row_is_expandable (list_row_named (&fixture, "e")));
  focus_row (&fixture, "b");
  g_assert_true (press_key (GTK_WIDGET (fixture.panel), GDK_KEY_Right));
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]|[0]:int:1|[1]:int:2|c:str:'x'"
                         "|e:list:[]|gone:int:5");
  a_row = row_named (&fixture, "a");
  g_assert_true (gtk_widget_has_css_class (row_named (&fixture, "c"), "changed"));

  /* The new values in the same rows, b still open with its new item; the
   * name that went is gone, the new one is there. */
  set_event (&fixture, after_step_event);
  assert_rows (&fixture, "# Variables|a:int:2|b:list:[1, 3]|[0]:int:1|[1]:int:3|c:str:'x'"
                         "|e:list:[5]|d:int:7");

  /* Seen and heard as changed, and the tooltip has the new value. */
  row = row_named (&fixture, "a");
  g_assert_true (row == a_row);   /* updated in place, not built again */
  g_assert_true (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "a (int): 2, changed");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "a = 2");
  row = row_named (&fixture, "[1]");
  g_assert_true (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "[1] (int): 3, changed");
  g_assert_false (gtk_widget_has_css_class (row_named (&fixture, "[0]"), "changed"));

  /* The last step's mark goes when its value stays. */
  row = row_named (&fixture, "c");
  g_assert_false (gtk_widget_has_css_class (row, "changed"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "c (str): 'x'");

  /* A list that gained its first item opens. */
  g_assert_true (gtk_tree_list_row_is_expandable (list_row_named (&fixture, "e")));
  focus_row (&fixture, "e");
  g_assert_true (press_key (GTK_WIDGET (fixture.panel), GDK_KEY_Right));
  assert_rows (&fixture, "# Variables|a:int:2|b:list:[1, 3]|[0]:int:1|[1]:int:3|c:str:'x'"
                         "|e:list:[5]|[0]:int:5|d:int:7");

  /* And back: e has no item to show any more, b is closed as it was. */
  focus_row (&fixture, "b");
  g_assert_true (press_key (GTK_WIDGET (fixture.panel), GDK_KEY_Left));
  set_event (&fixture, before_step_event);
  assert_rows (&fixture, "# Variables|a:int:1|b:list:[1, 2]|c:str:'x'|e:list:[]|gone:int:5");
  g_assert_false (gtk_tree_list_row_is_expandable (list_row_named (&fixture, "e")));
  g_assert_false (gtk_widget_has_css_class (row_named (&fixture, "a"), "changed"));

  fixture_tear_down (&fixture);
}

static void
test_return_and_exception (void)
{
  Fixture fixture;
  GtkWidget *row;

  fixture_set_up (&fixture);

  set_event (&fixture, return_event);
  assert_rows (&fixture,
               "# Local Variables|Return value:int:1|n:int:1|# Globals|No names yet");
  g_assert_true (gtk_widget_has_css_class (row_named (&fixture, "Return value"), "var-return"));
  /* Only the call that returns has a return value. */
  dojo_debug_panel_select_frame (fixture.panel, 0);
  assert_rows (&fixture, "# Variables|No names yet");

  set_event (&fixture, exception_event);
  assert_rows (&fixture,
               "# Variables|Exception: ZeroDivisionError: division by zero|x:int:0");
  row = row_named (&fixture, "Exception: ZeroDivisionError: division by zero");
  g_assert_true (gtk_widget_has_css_class (row, "var-exception"));

  fixture_tear_down (&fixture);
}

static void
test_many_names (void)
{
  Fixture fixture;
  g_autoptr(JsonObject) event = many_names_event (100);
  g_autoptr(GArray) rows = NULL;
  DojoNamesView *view;

  fixture_set_up (&fixture);
  view = names_view (&fixture);

  dojo_debug_panel_set_event (fixture.panel, event);
  /* A heading and a hundred names. */
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 101);
  {
    RowWanted wanted = { &fixture, "v0" };

    g_assert_true (dojo_test_wait_for (row_shown, &wanted, 5000));
    /* Laid out, so that the scrolling below has sizes to go by. */
    dojo_test_spin (100 * dojo_test_slowness ());
  }
  g_assert_cmpstr (row_label (row_named (&fixture, "v0"), "var-value"), ==, "0");

  /* Scrolled to the end, the last rows show; rows reused on the way keep
   * no mark of the names they showed before (every 7th changed). */
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (vars_view (&fixture), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC * dojo_test_slowness ();

    /* To the end, again until the list has laid out its last rows (a
     * sanitizer build lays out slower than a fixed wait). */
    do
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                              gtk_adjustment_get_page_size (adjustment));
        dojo_test_spin (50);
      }
    while (find_row_named (&fixture, "v99") == NULL && g_get_monotonic_time () < deadline);
    dojo_test_spin (50);
  }
  g_assert_cmpstr (row_label (row_named (&fixture, "v99"), "var-value"), ==, "99000");
  rows = shown_rows (&fixture);
  g_assert_cmpuint (rows->len, >, 10);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_array_index (rows, ShownRow, i).row;
      guint index = (guint)g_ascii_strtoull (row_label (row, "var-name") + 1, NULL, 10);

      g_assert_cmpint (gtk_widget_has_css_class (row, "changed"), ==, index % 7 == 0);
    }

  /* A hundred boxes drawn, taller than the panel: it scrolls. */
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 100);
  g_assert_cmpuint (_dojo_names_view_get_n_arrows (view), ==, 100);
  dojo_debug_panel_show_page (fixture.panel, "names");
  {
    SizeWanted wanted = { GTK_WIDGET (view), 0, 2000 };

    g_assert_true (dojo_test_wait_for (larger_than, &wanted, 5000));
  }

  fixture_tear_down (&fixture);
}

static void
test_replaces (void)
{
  Fixture fixture;
  DojoNamesView *view;

  fixture_set_up (&fixture);
  view = names_view (&fixture);

  set_event (&fixture, fact_event);
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 7);
  set_event (&fixture, shared_list_event);
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 3);
  assert_rows (&fixture, "# Variables|a:list:[1, 2]|b:list:[1, 2]");
  g_assert_cmpuint (_dojo_names_view_get_n_frames (view), ==, 1);
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 1);

  /* The same event again: the same rows, not twice as many. */
  set_event (&fixture, shared_list_event);
  g_assert_cmpuint (dojo_debug_panel_get_n_frames (fixture.panel), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows_model (&fixture)), ==, 3);
  assert_rows (&fixture, "# Variables|a:list:[1, 2]|b:list:[1, 2]");
  g_assert_cmpuint (_dojo_names_view_get_n_objects (view), ==, 1);
  g_assert_cmpuint (_dojo_names_view_get_n_arrows (view), ==, 2);

  fixture_tear_down (&fixture);
}

/* ------------------------------------------------------------------------ */
/* Screenshots */

static void
save_both_schemes (GtkWidget  *widget,
                   const char *dir,
                   const char *name)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s/%s-light.png", dir, name);
  g_autofree char *dark = g_strdup_printf ("%s/%s-dark.png", dir, name);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  dojo_test_save_screenshot (widget, light);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dojo_test_save_screenshot (widget, dark);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("DOJO_SCREENSHOT_DIR");
  Fixture fixture;

  fixture_set_up (&fixture);
  gtk_window_set_default_size (fixture.window, 360, 760);
  set_event (&fixture, fact_event);
  dojo_debug_panel_set_status (fixture.panel, "Stopped at line 3 (a step)");
  focus_row (&fixture, "seen");
  press_key (GTK_WIDGET (fixture.panel), GDK_KEY_Right);
  save_both_schemes (GTK_WIDGET (fixture.window), dir, "debug-variables");

  dojo_debug_panel_show_page (fixture.panel, "names");
  save_both_schemes (GTK_WIDGET (fixture.window), dir, "debug-names");

  gtk_window_set_default_size (fixture.window, 700, 600);
  set_event (&fixture, shared_list_event);
  save_both_schemes (GTK_WIDGET (fixture.window), dir, "debug-names-shared");

  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend records what a screen reader would be
   * told, for gtk_test_accessible_assert_property(). */
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GtkCssProvider) hc_css = NULL;

  g_setenv ("GTK_A11Y", "test", TRUE);
  dojo_test_widget_init (&argc, &argv);

  /* The app's styles, as AdwApplication would load them; the high
   * contrast ones with ADW_DEBUG_HIGH_CONTRAST=1 (for screenshots). */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      hc_css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (hc_css, "/io/github/pydojo/Dojo/style-hc.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (hc_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_test_add_func ("/debug-panel/shared-list", test_shared_list);
  g_test_add_func ("/debug-panel/names-shown-later", test_names_shown_later);
  g_test_add_func ("/debug-panel/call-stack", test_call_stack);
  g_test_add_func ("/debug-panel/position", test_position);
  g_test_add_func ("/debug-panel/buttons", test_buttons);
  g_test_add_func ("/debug-panel/changed-marked", test_changed_marked);
  g_test_add_func ("/debug-panel/expand", test_expand);
  g_test_add_func ("/debug-panel/next-step", test_next_step);
  g_test_add_func ("/debug-panel/into-a-call", test_into_a_call);
  g_test_add_func ("/debug-panel/repr-error", test_repr_error);
  g_test_add_func ("/debug-panel/return-and-exception", test_return_and_exception);
  g_test_add_func ("/debug-panel/many-names", test_many_names);
  g_test_add_func ("/debug-panel/replaces", test_replaces);
  if (g_getenv ("DOJO_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/debug-panel/screenshots", test_screenshots);

  return g_test_run ();
}
