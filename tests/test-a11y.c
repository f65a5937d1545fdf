/* test-a11y.c: every control has a name, and a learner gets through an
 * exercise with the keyboard alone
 *
 * Like test-survival.c, these tests drive the real dojo binary under Xvfb
 * with real X key events (xdotool). Here the accessibility bridge runs: the
 * test reads what a screen reader would, through AT-SPI (libatspi), on the
 * accessibility bus that dbus-run-session starts on demand (at-spi2-core).
 *
 * Set DOJO_A11Y_DUMP=1 to print every accessible tree walked.
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atspi/atspi.h>
#include <glib.h>

#include "dojo-test-slow.h"

/* libatspi 2.46 declares no autoptr cleanups of its own. */
#ifndef ATSPI_HAS_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
#endif

#define PACK_ID "io.github.pydojo.python-roadmap"
#define EXERCISE_ID "p1-say-hello"

typedef struct
{
  char  *root;      /* everything of this learner: HOME and XDG dirs */
  char  *data;      /* XDG_DATA_HOME */
  GPid   pid;
  char  *log_path;  /* the app's stderr */
  char  *window;    /* the main window's X id */
  AtspiAccessible *app;
} Learner;

/* ------------------------------------------------------------------------ */
/* Processes (as in test-survival.c)                                         */

static char *
run_full (const char * const *argv,
          gboolean            must_succeed)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bounded = g_ptr_array_new ();
  int status = 0;

  /* Nothing here may wait forever. */
  g_ptr_array_add (bounded, (char *)"timeout");
  g_ptr_array_add (bounded, (char *)"30");
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (bounded, (char *)argv[i]);
  g_ptr_array_add (bounded, NULL);

  if (!g_spawn_sync (NULL, (char **)bounded->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      if (must_succeed)
        g_error ("%s failed: %s", argv[0], err);
      return NULL;
    }

  return g_strstrip (g_steal_pointer (&out));
}

static char *
run (const char * const *argv)
{
  return run_full (argv, TRUE);
}

static void
redirect_stderr (gpointer user_data)
{
  int fd = open (user_data, O_WRONLY | O_CREAT | O_APPEND, 0600);

  dup2 (fd, 2);
  close (fd);
}

static void
learner_init (Learner *l)
{
  l->root = g_dir_make_tmp ("dojo-a11y-XXXXXX", NULL);
  g_assert_nonnull (l->root);
  l->data = g_build_filename (l->root, "data", NULL);
  l->log_path = g_build_filename (l->root, "dojo.log", NULL);
  g_assert_cmpint (g_mkdir_with_parents (l->data, 0700), ==, 0);
}

/* Lets AT-SPI's D-Bus traffic and events through while waiting. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20 * 1000);
    }
}

static void
dump_log (Learner *l)
{
  g_autofree char *log = NULL;

  if (g_file_get_contents (l->log_path, &log, NULL, NULL))
    g_test_message ("dojo's log:\n%s", log);
}

/* The application's node on the AT-SPI desktop, found by its process. */
static AtspiAccessible *
find_app (GPid pid)
{
  AtspiAccessible *desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);
  AtspiAccessible *found = NULL;

  for (int i = 0; i < n && found == NULL; i++)
    {
      g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (app != NULL && atspi_accessible_get_process_id (app, NULL) == (guint)pid
          && atspi_accessible_get_child_count (app, NULL) > 0)
        found = g_steal_pointer (&app);
    }

  g_object_unref (desktop);
  return found;
}

static void
start_dojo (Learner *l)
{
  g_autofree char *home = g_build_filename (l->root, "home", NULL);
  g_autofree char *config = g_build_filename (l->root, "config", NULL);
  g_autofree char *state = g_build_filename (l->root, "state", NULL);
  g_autofree char *cache = g_build_filename (l->root, "cache", NULL);
  g_autofree char *pid_text = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("DOJO_BIN"), NULL };
  const char *search[] = { "xdotool", "search", "--onlyvisible", "--pid", NULL, NULL };
  gint64 deadline = g_get_monotonic_time () + 30 * dojo_test_slowness () * G_USEC_PER_SEC;

  g_assert_nonnull (argv[0]);
  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", l->data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_STATE_HOME", state, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_unsetenv (env, "G_DEBUG");
  /* The suite turns the accessibility bridge off; here it is the point. */
  env = g_environ_unsetenv (env, "NO_AT_BRIDGE");
  env = g_environ_unsetenv (env, "GTK_A11Y");

  g_assert_true (g_spawn_async (NULL, (char **)argv, env, G_SPAWN_STDOUT_TO_DEV_NULL,
                                redirect_stderr, l->log_path, &l->pid, &error));
  g_assert_no_error (error);

  pid_text = g_strdup_printf ("%d", (int)l->pid);
  search[4] = pid_text;

  /* The window is there once X says so, and once AT-SPI sees it. */
  while (l->window == NULL || l->app == NULL)
    {
      int status;

      if (waitpid (l->pid, &status, WNOHANG) == l->pid)
        {
          dump_log (l);
          g_error ("dojo exited before showing its window");
        }
      if (g_get_monotonic_time () > deadline)
        {
          dump_log (l);
          g_error ("dojo showed no accessible window within %u s (window %s, app %p)",
                   30 * dojo_test_slowness (), l->window ? l->window : "none", l->app);
        }

      if (l->window == NULL)
        {
          char *window = run_full (search, FALSE);

          /* One line per window: at start there is only the main one. */
          if (window != NULL && window[0] != '\0')
            {
              char *nl = strchr (window, '\n');

              if (nl != NULL)
                *nl = '\0';
              l->window = window;
            }
          else
            g_free (window);
        }
      if (l->app == NULL)
        l->app = find_app (l->pid);
      if (l->window == NULL || l->app == NULL)
        spin (200);
    }

  /* Let the first item open and the lesson render. */
  spin (1500);
}

static void
stop_dojo (Learner *l)
{
  int status = 0;

  g_clear_object (&l->app);
  kill (l->pid, SIGTERM);
  waitpid (l->pid, &status, 0);
  g_spawn_close_pid (l->pid);
  l->pid = 0;
  g_clear_pointer (&l->window, g_free);
}

static void
learner_clear (Learner *l)
{
  const char *argv[] = { "rm", "-rf", "--one-file-system", l->root, NULL };
  g_autofree char *out = run (argv);

  g_clear_pointer (&l->root, g_free);
  g_clear_pointer (&l->data, g_free);
  g_clear_pointer (&l->log_path, g_free);
}

/* Keys to the window that has the keyboard focus, as a person types. */
static void
key (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--delay", "40", keys, NULL };
  g_autofree char *out = run (argv);

  spin (150);
}

static void
type_text (const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "30", text, NULL };
  g_autofree char *out = run (argv);

  spin (150);
}

/* Gives @window the keyboard focus: there is no window manager under Xvfb
 * to do it when a window appears. No mouse is involved. */
static void
focus_window (const char *window)
{
  const char *argv[] = { "xdotool", "windowfocus", "--sync", window, NULL };
  g_autofree char *out = run (argv);

  spin (200);
}

/* ------------------------------------------------------------------------ */
/* The accessible tree                                                       */

static char *
describe (AtspiAccessible *node)
{
  g_autofree char *role = atspi_accessible_get_role_name (node, NULL);
  g_autofree char *name = atspi_accessible_get_name (node, NULL);

  if (name != NULL && name[0] != '\0')
    return g_strdup_printf ("%s \"%s\"", role ? role : "?", name);
  return g_strdup (role ? role : "?");
}

static gboolean
has_state (AtspiAccessible *node,
           AtspiStateType   state)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);

  return states != NULL && atspi_state_set_contains (states, state);
}

/* GTK 4.8 gives a node without a name its widget's type name ("GtkImage",
 * "GtkMenuButton"): to a listener that is no name at all. */
static gboolean
is_real_name (const char *name)
{
  static GRegex *type_name;

  if (name == NULL || name[0] == '\0')
    return FALSE;
  if (type_name == NULL)
    type_name = g_regex_new ("^(Gtk|Adw|Dojo|Vte)[A-Z][A-Za-z0-9]*$", 0, 0, NULL);
  return !g_regex_match (type_name, name, 0, NULL);
}

static gboolean
has_labelled_by (AtspiAccessible *node)
{
  g_autoptr(GArray) relations = atspi_accessible_get_relation_set (node, NULL);
  gboolean found = FALSE;

  if (relations == NULL)
    return FALSE;

  for (guint i = 0; i < relations->len; i++)
    {
      AtspiRelation *relation = g_array_index (relations, AtspiRelation *, i);

      /* A label that itself has no name names nothing. */
      if (atspi_relation_get_relation_type (relation) == ATSPI_RELATION_LABELLED_BY)
        for (int j = 0; j < atspi_relation_get_n_targets (relation); j++)
          {
            g_autoptr(AtspiAccessible) target = atspi_relation_get_target (relation, j);
            g_autofree char *name = atspi_accessible_get_name (target, NULL);

            if (is_real_name (name))
              found = TRUE;
          }
      g_object_unref (relation);
    }

  return found;
}

/* Whether a learner can act on @node, so that it needs a name. */
static gboolean
is_interactive (AtspiAccessible *node,
                AtspiRole        role)
{
  switch ((int)role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_PUSH_BUTTON_MENU:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_MENU:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_CHECK_MENU_ITEM:
    case ATSPI_ROLE_RADIO_MENU_ITEM:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_TEXT:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_PASSWORD_TEXT:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_PAGE_TAB:
    case ATSPI_ROLE_TERMINAL:
      return TRUE;

    case ATSPI_ROLE_LIST_ITEM:
      /* A row a learner can go to (the outline's parts, a course), not a
       * heading between them. */
      return has_state (node, ATSPI_STATE_FOCUSABLE) || has_state (node, ATSPI_STATE_SELECTABLE);

    default:
      return FALSE;
    }
}

/* Unnamed nodes inside GTK's and libadwaita's own composite widgets, which
 * Dojo cannot reach: listed in the log, not failed on. Everything else
 * without a name fails the test. */
static const char * const known_elsewhere[] = {
  /* AdwPreferencesWindow's search entry (libadwaita 1.2) */
  "frame \"Preferences\" > .*filler \"AdwLeaflet\" > .*entry \"GtkSearchEntry\"$",
  /* AdwComboRow's popover: each choice's text is in its label */
  "combo box \"[^\"]+\" > .*list \"GtkListView\" > list item$",
  /* AdwTabBar's close button on each tab (libadwaita 1.2: a tooltip, no name);
   * the tab itself is named after its file */
  "filler \"AdwTab\" > push button \"GtkImage\"$",
  /* GtkShortcutsWindow's search entry, search button and section menu */
  "frame \"GtkShortcutsWindow\" > .*entry \"GtkSearchEntry\"$",
  "frame \"GtkShortcutsWindow\" > (panel > )*push button \"GtkImage\"$",
  "frame \"GtkShortcutsWindow\" > .*push button \"GtkMenuButton\"$",
};

static gboolean
is_known_elsewhere (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_elsewhere); i++)
    if (g_regex_match_simple (known_elsewhere[i], path, 0, 0))
      {
        g_test_message ("no accessible name, inside GTK or libadwaita: %s", path);
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  GPtrArray  *chain;       /* describe() of each ancestor, outermost first */
  GPtrArray  *offenders;   /* one line each */
  GHashTable *seen;        /* offenders already reported (dialogs share nodes) */
  GPtrArray  *all;         /* (nullable) every node's path: role, name */
  guint       n_nodes;
  gboolean    dump;
} Walk;

static char *
path_of (Walk       *walk,
         const char *self)
{
  g_autoptr(GString) path = g_string_new (NULL);

  for (guint i = 0; i < walk->chain->len; i++)
    g_string_append_printf (path, "%s > ", (char *)walk->chain->pdata[i]);
  g_string_append (path, self);
  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
walk_node (Walk            *walk,
           AtspiAccessible *node)
{
  AtspiRole role = atspi_accessible_get_role (node, NULL);
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  g_autofree char *self = describe (node);
  g_autofree char *path = path_of (walk, self);
  int n;

  walk->n_nodes++;
  g_assert_cmpuint (walk->n_nodes, <, 50000);
  g_assert_cmpuint (walk->chain->len, <, 100);

  if (walk->dump)
    g_test_message ("%*s%s%s", (int)walk->chain->len * 2, "", self,
                    has_state (node, ATSPI_STATE_FOCUSED) ? " [focused]" : "");
  if (walk->all != NULL)
    g_ptr_array_add (walk->all, g_strdup (path));

  if (is_interactive (node, role) && !is_real_name (name) && !has_labelled_by (node)
      && !is_known_elsewhere (path)
      && !g_hash_table_contains (walk->seen, path))
    {
      g_hash_table_add (walk->seen, g_strdup (path));
      g_ptr_array_add (walk->offenders, g_strdup (path));
    }

  n = atspi_accessible_get_child_count (node, NULL);
  g_ptr_array_add (walk->chain, g_steal_pointer (&self));
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        walk_node (walk, child);
    }
  g_ptr_array_remove_index (walk->chain, walk->chain->len - 1);
}

static void
walk_init (Walk *walk)
{
  walk->chain = g_ptr_array_new_with_free_func (g_free);
  walk->offenders = g_ptr_array_new_with_free_func (g_free);
  walk->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  walk->dump = g_getenv ("DOJO_A11Y_DUMP") != NULL;
}

static void
walk_clear (Walk *walk)
{
  g_clear_pointer (&walk->chain, g_ptr_array_unref);
  g_clear_pointer (&walk->offenders, g_ptr_array_unref);
  g_clear_pointer (&walk->seen, g_hash_table_unref);
  g_clear_pointer (&walk->all, g_ptr_array_unref);
}

/* Walks every window of the app, fresh from the app (no cached children). */
static void
walk_app (Walk    *walk,
          Learner *l)
{
  atspi_accessible_clear_cache (l->app);
  walk_node (walk, l->app);
}

static int
count_windows (Learner *l)
{
  atspi_accessible_clear_cache (l->app);
  return atspi_accessible_get_child_count (l->app, NULL);
}

/* The path of the node with the keyboard focus, or NULL. */
static gboolean
find_focused (Walk            *walk,
              AtspiAccessible *node,
              char           **out)
{
  g_autofree char *self = describe (node);
  int n;

  if (has_state (node, ATSPI_STATE_FOCUSED))
    {
      /* The innermost focused node wins. */
      g_free (*out);
      *out = path_of (walk, self);
    }

  n = atspi_accessible_get_child_count (node, NULL);
  g_ptr_array_add (walk->chain, g_steal_pointer (&self));
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        find_focused (walk, child, out);
    }
  g_ptr_array_remove_index (walk->chain, walk->chain->len - 1);

  return *out != NULL;
}

static char *
focused_path (Learner *l)
{
  Walk walk = { 0 };
  char *path = NULL;

  walk_init (&walk);
  atspi_accessible_clear_cache (l->app);
  find_focused (&walk, l->app, &path);
  walk_clear (&walk);

  return path;
}

/* Waits until a window more than @before is open; returns the count. */
static int
wait_for_windows (Learner *l,
                  int      at_least)
{
  gint64 deadline = g_get_monotonic_time () + 15 * dojo_test_slowness () * G_USEC_PER_SEC;
  int n;

  while ((n = count_windows (l)) < at_least)
    {
      if (g_get_monotonic_time () > deadline)
        {
          dump_log (l);
          g_error ("expected %d windows, have %d", at_least, n);
        }
      spin (100);
    }
  spin (800);

  return n;
}

/* The nodes of @role anywhere under @node, paths in @out. */
static void
collect_role (Walk            *walk,
              AtspiAccessible *node,
              AtspiRole        role,
              GPtrArray       *out)
{
  g_autofree char *self = describe (node);
  int n;

  if (atspi_accessible_get_role (node, NULL) == role)
    g_ptr_array_add (out, g_object_ref (node));

  n = atspi_accessible_get_child_count (node, NULL);
  g_ptr_array_add (walk->chain, g_steal_pointer (&self));
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        collect_role (walk, child, role, out);
    }
  g_ptr_array_remove_index (walk->chain, walk->chain->len - 1);
}

/* ------------------------------------------------------------------------ */
/* Test: every interactive node has a name                                   */

static void
close_dialog (Learner *l,
              int      windows_before)
{
  gint64 deadline = g_get_monotonic_time () + 10 * dojo_test_slowness () * G_USEC_PER_SEC;

  /* The dialog has the focus (it was just presented); Escape closes it. */
  key ("Escape");
  while (count_windows (l) > windows_before)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("a dialog did not close on Escape");
      spin (100);
    }
  focus_window (l->window);
}

static void
test_names (void)
{
  Learner l = { 0 };
  Walk walk = { 0 };
  struct { const char *keys; const char *what; } dialogs[] = {
    { "ctrl+comma", "Preferences" },
    { "ctrl+o", "Courses" },
    { "ctrl+question", "Keyboard Shortcuts" },
  };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_editors = 0;
  guint n_terminals = 0;
  guint n_lessons = 0;
  int windows;

  learner_init (&l);
  start_dojo (&l);
  focus_window (l.window);
  walk_init (&walk);

  /* The main window, with the outline shown too. Right after start the
   * accessibility bus may still be handing out the window's tree (once, under
   * ASan: one node and "Object does not exist at path /org/a11y/atspi/cache"):
   * it is read again until the window is there, as a screen reader waits. */
  key ("F9");
  spin (600);
  walk_app (&walk, &l);
  windows = count_windows (&l);
  for (guint tries = 0; tries < 20 && (walk.n_nodes <= 30 || windows < 1); tries++)
    {
      walk_clear (&walk);
      walk.n_nodes = 0;
      walk_init (&walk);
      spin (500 * dojo_test_slowness ());
      walk_app (&walk, &l);
      windows = count_windows (&l);
    }
  /* The windows are counted once the tree is there: counted too early, a
   * dialog closed on Escape would seem to stay open. */
  g_test_message ("main window: %u accessible nodes, %d window(s)", walk.n_nodes, windows);
  g_assert_cmpuint (walk.n_nodes, >, 30);
  g_assert_cmpint (windows, >=, 1);

  /* Sensible roles: the code editor is an editable text, and so are the
   * terminals (GTK 4.8 has no terminal role); the lesson is a text too. */
  collect_role (&walk, l.app, ATSPI_ROLE_TEXT, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *name = atspi_accessible_get_name (texts->pdata[i], NULL);

      if (g_strcmp0 (name, "Code editor") == 0)
        {
          g_assert_true (has_state (texts->pdata[i], ATSPI_STATE_EDITABLE));
          n_editors++;
        }
      else if (g_strcmp0 (name, "Terminal") == 0)
        n_terminals++;
      else if (g_strcmp0 (name, "Lesson") == 0)
        n_lessons++;
    }
  g_test_message ("%u text nodes: %u code editors, %u terminals, %u lessons",
                  texts->len, n_editors, n_terminals, n_lessons);
  g_assert_cmpuint (n_editors, ==, 1);
  g_assert_cmpuint (n_terminals, ==, 3);   /* Output, Python, Shell */
  g_assert_cmpuint (n_lessons, >=, 1);

  /* Each dialog, opened with its shortcut from the main window. */
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      guint before = walk.n_nodes;

      key (dialogs[i].keys);
      wait_for_windows (&l, windows + 1);
      walk_app (&walk, &l);
      g_test_message ("with %s: %u more accessible nodes", dialogs[i].what,
                      walk.n_nodes - before);
      close_dialog (&l, windows);
    }

  for (guint i = 0; i < walk.offenders->len; i++)
    g_test_message ("no accessible name: %s", (char *)walk.offenders->pdata[i]);
  if (walk.offenders->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (walk.offenders, NULL);
      list = g_strjoinv ("\n  ", (char **)walk.offenders->pdata);
      g_error ("%u interactive nodes without an accessible name:\n  %s",
               walk.offenders->len - 1, list);
    }

  walk_clear (&walk);
  stop_dojo (&l);
  learner_clear (&l);
}

/* ------------------------------------------------------------------------ */
/* Test: an exercise, keyboard only                                          */

/* The outline's selected part: GTK 4.8 reports the focus on the list, and
 * the keyboard's row as its selection (single selection follows the cursor). */
static char *
selected_outline_item (Learner *l)
{
  Walk walk = { 0 };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  char *name = NULL;

  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  AtspiAccessible *outline = NULL;

  walk_init (&walk);
  /* The outline's own items: the file list selects a row too. The tree is
   * read afresh while the app may still be changing it (a row scrolled into
   * view): a list missing from one reading is looked for again. */
  for (guint tries = 0; tries < 20 && outline == NULL; tries++)
    {
      if (tries > 0)
        spin (200);
      g_ptr_array_set_size (lists, 0);
      atspi_accessible_clear_cache (l->app);
      collect_role (&walk, l->app, ATSPI_ROLE_LIST, lists);
      for (guint i = 0; i < lists->len && outline == NULL; i++)
        {
          g_autofree char *list_name = atspi_accessible_get_name (lists->pdata[i], NULL);

          if (g_strcmp0 (list_name, "Course outline") == 0)
            outline = lists->pdata[i];
        }
    }
  g_assert_nonnull (outline);
  collect_role (&walk, outline, ATSPI_ROLE_LIST_ITEM, items);
  for (guint i = 0; i < items->len && name == NULL; i++)
    if (has_state (items->pdata[i], ATSPI_STATE_SELECTED))
      name = atspi_accessible_get_name (items->pdata[i], NULL);
  walk_clear (&walk);

  return name;
}

static gboolean
progress_says_passed (Learner *l,
                      guint    seconds)
{
  g_autofree char *path = g_build_filename (l->data, "dojo", "progress.json", NULL);
  gint64 deadline = g_get_monotonic_time () + seconds * dojo_test_slowness () * G_USEC_PER_SEC;

  do
    {
      g_autofree char *text = NULL;

      if (g_file_get_contents (path, &text, NULL, NULL))
        {
          const char *entry = strstr (text, "\"" PACK_ID "/" EXERCISE_ID "\"");

          if (entry != NULL)
            {
              const char *end = strchr (entry, '}');
              const char *status = strstr (entry, "\"passed\"");

              if (status != NULL && (end == NULL || status < end))
                return TRUE;
            }
        }
      spin (100);
    }
  while (g_get_monotonic_time () < deadline);

  return FALSE;
}

/* The focus as a screen reader reads it, once it holds @part; what it
 * is at the deadline otherwise (a loaded machine moves it late). */
static char *
wait_for_focus (Learner    *l,
                const char *part)
{
  gint64 deadline = g_get_monotonic_time () + 10 * dojo_test_slowness () * G_USEC_PER_SEC;
  char *focus = NULL;

  do
    {
      spin (100);
      g_free (focus);
      focus = focused_path (l);
      if (focus != NULL && strstr (focus, part) != NULL)
        break;
    }
  while (g_get_monotonic_time () < deadline);

  return focus;
}

/* F9, down the outline to the first exercise, Enter: the focus ends in
 * the code editor. */
static void
open_exercise_by_keyboard (Learner *l)
{
  g_autofree char *focus = NULL;
  gboolean found = FALSE;

  /* F9 shows the outline and puts the focus on the part open now. */
  key ("F9");
  focus = wait_for_focus (l, "list \"Course outline\" > list item");
  g_test_message ("after F9: %s", focus ? focus : "(nothing)");
  g_assert_nonnull (focus);
  g_assert_nonnull (strstr (focus, "list \"Course outline\" > list item"));

  /* Down the outline to the first exercise, as a screen reader user would:
   * listening to each part's name. */
  for (guint i = 0; i < 40 && !found; i++)
    {
      g_clear_pointer (&focus, g_free);
      focus = selected_outline_item (l);
      g_test_message ("in the outline: %s", focus ? focus : "(nothing)");
      if (g_strcmp0 (focus, "Exercise: Hello, World!") == 0)
        found = TRUE;
      else
        key ("Down");
    }
  g_assert_true (found);

  /* Enter opens it, and the focus goes to the editor. */
  key ("Return");
  g_clear_pointer (&focus, g_free);
  focus = wait_for_focus (l, "text \"Code editor");
  g_test_message ("after Enter: %s", focus ? focus : "(nothing)");
  g_assert_nonnull (focus);
  g_assert_nonnull (strstr (focus, "text \"Code editor"));

}

static void
test_keyboard (void)
{
  Learner l = { 0 };
  g_autofree char *focus = NULL;

  learner_init (&l);
  start_dojo (&l);
  focus_window (l.window);

  focus = focused_path (&l);
  g_test_message ("at start, the focus is on: %s", focus ? focus : "(nothing)");
  g_clear_pointer (&focus, g_free);

  open_exercise_by_keyboard (&l);

  /* Select whatever the starter has, type the answer, check. */
  key ("ctrl+a");
  type_text ("print(\"Hello, World!\")");
  key ("ctrl+Return");

  if (!progress_says_passed (&l, 20))
    {
      dump_log (&l);
      g_error ("the check did not pass: no \"passed\" for %s/%s in progress.json",
               PACK_ID, EXERCISE_ID);
    }

  stop_dojo (&l);
  learner_clear (&l);
}

/* ------------------------------------------------------------------------ */
/* Test: the debugger, keyboard only, as a screen reader reads it            */

/* The first node under @node whose name starts with @prefix. */
static AtspiAccessible *
find_named (AtspiAccessible *node,
            const char      *prefix)
{
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  int n;

  if (name != NULL && g_str_has_prefix (name, prefix))
    return g_object_ref (node);

  n = atspi_accessible_get_child_count (node, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      AtspiAccessible *found = child != NULL ? find_named (child, prefix) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AtspiAccessible *
wait_named (Learner    *l,
            const char *prefix)
{
  gint64 deadline = g_get_monotonic_time () + 30 * dojo_test_slowness () * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *found;

      atspi_accessible_clear_cache (l->app);
      found = find_named (l->app, prefix);
      if (found != NULL)
        return found;
      spin (250);
    }
  dump_log (l);
  g_error ("nothing named “%s…” appeared", prefix);
}

static void
test_debugger (void)
{
  Learner l = { 0 };
  Walk walk = { 0 };
  g_autofree char *focus = NULL;
  const char *buttons[] = {
    "Step Back", "Step Forward", "Continue", "Step Over", "Step Into", "Step Out", "Stop",
  };

  learner_init (&l);
  start_dojo (&l);
  focus_window (l.window);
  open_exercise_by_keyboard (&l);

  /* Two names, one list; a breakpoint on the third line with Ctrl+F8. */
  key ("ctrl+a");
  type_text ("a = [1, 2]");
  key ("Return");
  type_text ("b = a");
  key ("Return");
  type_text ("print(b)");
  key ("ctrl+F8");

  /* Debug: the panel says where the program stopped, in words. */
  key ("shift+F5");
  g_object_unref (wait_named (&l, "Stopped before line 1"));

  /* Every control it brought is named, and the stepping buttons by what
   * they do. */
  walk_init (&walk);
  walk_app (&walk, &l);
  for (guint i = 0; i < walk.offenders->len; i++)
    g_test_message ("no accessible name: %s", (char *)walk.offenders->pdata[i]);
  g_assert_cmpuint (walk.offenders->len, ==, 0);
  walk_clear (&walk);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_autoptr(AtspiAccessible) button = find_named (l.app, buttons[i]);

      g_assert_nonnull (button);
      g_assert_cmpint (atspi_accessible_get_role (button, NULL), ==, ATSPI_ROLE_PUSH_BUTTON);
    }

  /* Continue (F8) runs to the breakpoint; the variables read as sentences. */
  key ("F8");
  g_object_unref (wait_named (&l, "Stopped at the breakpoint on line 3"));
  g_object_unref (wait_named (&l, "b (list): [1, 2]"));
  g_object_unref (wait_named (&l, "a (list): [1, 2]"));

  /* Ctrl+F10 takes the keyboard to the variables; a list opens with Right. */
  key ("ctrl+F10");
  focus = focused_path (&l);
  g_test_message ("after Ctrl+F10: %s", focus ? focus : "(nothing)");
  g_assert_nonnull (focus);
  g_assert_nonnull (strstr (focus, "Variables"));
  /* Down to the row of a (under the Variables heading), Right opens it. */
  for (guint i = 0; i < 4; i++)
    {
      key ("Down");
      g_clear_pointer (&focus, g_free);
      focus = focused_path (&l);
      g_test_message ("after Down: %s", focus ? focus : "(nothing)");
      if (focus != NULL && strstr (focus, "a (list)") != NULL)
        break;
    }
  g_assert_nonnull (strstr (focus, "a (list): [1, 2]"));
  key ("Right");
  g_object_unref (wait_named (&l, "[0] (int): 1"));

  /* Continue again: the program runs to its end, and the panel says so. */
  key ("F8");
  g_object_unref (wait_named (&l, "Your program finished"));

  stop_dojo (&l);
  learner_clear (&l);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* libatspi warns (domain "dbind", through the structured log, which no
   * per-domain mask reaches) when an object goes away while it asks about
   * it, such as the registry's cache before it is up: noise, not a fault
   * of Dojo's. Criticals stay fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  /* Like every widget test, these need the display `make test` gives, and
   * the session bus of dbus-run-session for the accessibility bus. */
  g_assert_nonnull (g_getenv ("DISPLAY"));
  g_assert_nonnull (g_getenv ("DBUS_SESSION_BUS_ADDRESS"));
  g_unsetenv ("NO_AT_BRIDGE");
  g_unsetenv ("GTK_A11Y");
  g_assert_cmpint (atspi_init (), >=, 0);

  g_test_add_func ("/a11y/names", test_names);
  g_test_add_func ("/a11y/keyboard", test_keyboard);
  g_test_add_func ("/a11y/debugger", test_debugger);

  return g_test_run ();
}
