/* dojo-application.c
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-application"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dojo-application.h"
#include "dojo-course.h"
#include "dojo-installer.h"
#include "dojo-lesson-view.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "dojo-preferences-window.h"
#include "dojo-project.h"
#include "dojo-project-files.h"
#include "dojo-renderer.h"
#include "dojo-source-util.h"
#include "dojo-window.h"

struct _DojoApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  DojoProgress   *progress;
  gboolean        unclean_exit;
  DojoProgressRecovery progress_recovery;

  /* --screenshot: render the window to this PNG once it has settled, then
   * quit. Documentation and visual checks use it. */
  char           *screenshot_path;
  guint           screenshot_delay_ms;
};

G_DEFINE_FINAL_TYPE (DojoApplication, dojo_application, ADW_TYPE_APPLICATION)

/* DOJO_BENCH_TIMING=1 prints startup milestones to stderr as "BENCH <name> <ms>",
 * in ms since $BENCH_T0_NS (CLOCK_MONOTONIC, set by the startup harness just
 * before it forks) or else since the application was created. `make bench`
 * collects them (docs/benchmarks.md). */
static gint64 bench_t0_us = -1;

static void
bench_mark (const char *what)
{
  if (bench_t0_us >= 0)
    g_printerr ("BENCH %s %.1f\n", what, (g_get_monotonic_time () - bench_t0_us) / 1000.0);
}

static void
bench_after_paint (GdkFrameClock *clock,
                   gpointer       user_data)
{
  bench_mark ("first-frame");
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint, user_data);
  /* For a profiler: the run ends with the first frame (docs/benchmarks.md). */
  if (g_strcmp0 (g_getenv ("DOJO_BENCH_EXIT"), "frame") == 0)
    g_application_quit (g_application_get_default ());
}

static void
bench_map (GtkWidget *window)
{
  bench_mark ("map");
  g_printerr ("BENCH renderer %s\n",
              G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint), NULL);
}

static const GOptionEntry option_entries[] = {
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of the window to FILE once it is ready, then quit"), N_("FILE") },
  { "screenshot-delay", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Wait this many milliseconds before the picture (default 1500)"), N_("MS") },
  { NULL }
};

static gboolean
style_variant_to_color_scheme (GValue   *value,
                               GVariant *variant,
                               gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (name, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (name, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

static gboolean
save_screenshot (gpointer user_data)
{
  DojoApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width;
  int height;

  if (window == NULL)
    return G_SOURCE_REMOVE;

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  if (node != NULL && renderer != NULL)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);

      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      if (!gdk_texture_save_to_png (texture, self->screenshot_path))
        g_printerr ("%s\n", _("Could not save the picture of the window"));
    }

  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_REMOVE;
}

static void
open_playground (DojoWindow *window)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(GError) error = NULL;

  /* No course to show: the welcome lesson and the learner's own playground. */
  if (!dojo_lesson_view_load_resource (dojo_window_get_lesson_view (window),
                                       "/io/github/pydojo/Dojo/welcome.md", &error))
    g_warning ("The welcome lesson does not load: %s", error->message);
  g_clear_error (&error);

  if (!dojo_window_open_project (window, project, NULL, &error))
    g_warning ("The playground project does not open: %s", error->message);
}

static char *
running_marker_path (void)
{
  g_autofree char *state = dojo_paths_get_state_dir ();

  return g_build_filename (state, "running", NULL);
}

/* A marker that exists while Dojo runs: found at startup, it means the last
 * run ended without closing (a crash, a kill, a power cut). */
static gboolean
mark_running (void)
{
  g_autofree char *path = running_marker_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pid = g_strdup_printf ("%d\n", (int)getpid ());
  gboolean unclean = g_file_test (path, G_FILE_TEST_EXISTS);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, pid, -1, NULL);

  return unclean;
}

static void
tell_about_recovery (DojoApplication *self,
                     DojoWindow      *window)
{
  if (self->unclean_exit)
    {
      /* Nothing to restore by hand: the editor saves as the learner types,
       * so what is on disk is what was on the screen. */
      g_message ("The last session ended without closing; the learner's files are as "
                 "autosave left them");
      dojo_window_add_toast (window, _("Dojo was not closed properly last time. Your work was "
                                       "saved as you typed: it is all here."));
      self->unclean_exit = FALSE;
    }

  switch (self->progress_recovery)
    {
    case DOJO_PROGRESS_RECOVERY_FROM_BACKUP:
      dojo_window_add_toast (window, _("Your progress file was damaged; Dojo restored it "
                                       "from the last good copy"));
      break;

    case DOJO_PROGRESS_RECOVERY_RESET:
      dojo_window_add_toast (window, _("Your progress file was damaged and had no good copy; "
                                       "the damaged file was kept aside and progress starts "
                                       "afresh. Your code is untouched."));
      break;

    case DOJO_PROGRESS_RECOVERY_NONE:
    default:
      break;
    }

  self->progress_recovery = DOJO_PROGRESS_RECOVERY_NONE;
}

static void
open_last_course (DojoApplication *self,
                  DojoWindow      *window)
{
  g_autofree char *last = g_settings_get_string (dojo_application_get_settings (self),
                                                 "last-course");
  g_autoptr(GError) error = NULL;

  if (last[0] != '\0' && dojo_window_open_course (window, last, dojo_application_get_progress (self), &error))
    return;

  /* The last course may have been removed: the built-in one is always there. */
  if (error != NULL && !g_str_equal (last, DOJO_BUILTIN_PACK_ID))
    g_message ("Not reopening the course %s: %s", last, error->message);
  g_clear_error (&error);

  if (dojo_window_open_course (window, DOJO_BUILTIN_PACK_ID,
                               dojo_application_get_progress (self), &error))
    return;

  g_warning ("The built-in course does not open: %s", error->message);
  open_playground (window);
}

static void
dojo_application_activate (GApplication *app)
{
  DojoApplication *self = DOJO_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      DojoWindow *dojo_window;

      bench_mark ("activate");
      dojo_window = dojo_window_new (self);
      bench_mark ("window-built");
      if (bench_t0_us >= 0)
        g_signal_connect (dojo_window, "map", G_CALLBACK (bench_map), NULL);

      window = GTK_WINDOW (dojo_window);
      dojo_application_get_progress (self);
      open_last_course (self, dojo_window);
      bench_mark ("course-opened");
      tell_about_recovery (self, dojo_window);
    }

  gtk_window_present (window);

  if (self->screenshot_path != NULL)
    g_timeout_add (self->screenshot_delay_ms, save_screenshot, self);
}

static void
dojo_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  GtkWindow *window;

  /* A course file opened from the file manager: show what it holds, over
   * the learner's window, to install it. */
  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (!DOJO_IS_WINDOW (window) || dojo_window_get_course (DOJO_WINDOW (window)) == NULL)
    return;

  for (int i = 0; i < n_files; i++)
    dojo_window_install (DOJO_WINDOW (window), files[i]);
}

static int
dojo_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  DojoApplication *self = DOJO_APPLICATION (app);
  const char *path = NULL;
  int delay = 1500;

  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      self->screenshot_path = g_file_get_path (file);
      /* A screenshot run must not hand its work to a running Dojo. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_variant_dict_lookup (options, "screenshot-delay", "i", &delay))
    self->screenshot_delay_ms = MAX (delay, 0);

  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  DojoApplication *self = user_data;
  static const char *developers[] = { "The Dojo authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Dojo"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Dojo authors"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/pydojo/dojo",
                         "issue-url", "https://github.com/pydojo/dojo/issues",
                         "comments", _("Learn to program in Python the way professionals "
                                       "work: read, type, run, check, commit."),
                         "developers", developers,
                         "copyright", "© 2026 The Dojo authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  DojoApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window saves its work or asks; quitting outright would
   * skip that. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  DojoApplication *self = user_data;
  DojoPreferencesWindow *window;

  window = dojo_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
read_icon_theme_thread (GTask        *task,
                        gpointer      source,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  /* Any question makes the theme read itself; GTK's lookups may be made
   * from any thread once the theme is set up ("Threading" in GTK's
   * gtkicontheme.c). */
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source), APPLICATION_ID);
  g_task_return_boolean (task, TRUE);
}

/* GTK starts reading the display's icon theme in a thread the moment the
 * theme is made, as GtkApplication starts. But GtkApplication, libadwaita
 * and GtkSourceView then each add a folder of icons, and each change
 * throws away what was read: the window's first icon read the whole theme
 * again, on the main thread, before the first frame (66 M instructions,
 * docs/benchmarks.md). Once every folder is in, this reads it in a worker
 * while the window is built; a lookup that comes sooner waits for it, as
 * it would have for GTK's own. */
static void
read_icon_theme (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);
  g_task_set_name (task, "read-icon-theme");
  g_task_run_in_thread (task, read_icon_theme_thread);
}

static void
dojo_application_startup (GApplication *app)
{
  DojoApplication *self = DOJO_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (dojo_application_parent_class)->startup (app);
  dojo_renderer_forget ();

  self->unclean_exit = mark_running ();

  /* An install killed half-way left its pieces behind: finish or undo it
   * before any course is read. */
  {
    g_autoptr(GError) error = NULL;

    if (!dojo_installer_recover (&error))
      g_warning ("An interrupted install could not be tidied up: %s", error->message);
  }

  /* Files moved to the trash just before the last run ended (a crash, a
   * kill) still wait for their Undo to expire: on to the trash with them,
   * in a worker. */
  dojo_project_files_trash_leftovers_async (NULL, NULL, NULL);

  /* Before any GtkSourceView is made: the colours it reads as it is. */
  dojo_source_util_init ();
  /* After the last folder of icons is added (GtkSourceView's). */
  read_icon_theme ();

  bench_mark ("toolkit-ready");

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.shortcuts",
                                         shortcuts_accels);

  g_settings_bind_with_mapping (dojo_application_get_settings (self), "style-variant",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                style_variant_to_color_scheme, NULL, NULL, NULL);
}

static void
dojo_application_shutdown (GApplication *app)
{
  g_autofree char *marker = running_marker_path ();

  G_APPLICATION_CLASS (dojo_application_parent_class)->shutdown (app);

  /* Closed properly: the windows saved their work on the way out. */
  g_unlink (marker);
}

static void
dojo_application_dispose (GObject *object)
{
  DojoApplication *self = (DojoApplication *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (dojo_application_parent_class)->dispose (object);
}

static void
dojo_application_class_init (DojoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dojo_application_dispose;
  app_class->activate = dojo_application_activate;
  app_class->open = dojo_application_open;
  app_class->shutdown = dojo_application_shutdown;
  app_class->startup = dojo_application_startup;
  app_class->handle_local_options = dojo_application_handle_local_options;
}

static void
dojo_application_init (DojoApplication *self)
{
  if (g_strcmp0 (g_getenv ("DOJO_BENCH_TIMING"), "1") == 0)
    {
      const char *t0_ns = g_getenv ("BENCH_T0_NS");

      bench_t0_us = t0_ns != NULL ? g_ascii_strtoll (t0_ns, NULL, 10) / 1000
                                  : g_get_monotonic_time ();
      bench_mark ("main");
    }

  self->screenshot_delay_ms = 1500;

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn to program in Python"));
}

DojoApplication *
dojo_application_new (void)
{
  return g_object_new (DOJO_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/pydojo/Dojo",
                       NULL);
}

GSettings *
dojo_application_get_settings (DojoApplication *self)
{
  g_return_val_if_fail (DOJO_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  return self->settings;
}

/**
 * dojo_application_get_progress:
 * @self: the application
 *
 * Returns: (transfer none): the learner's progress, loaded the first time
 *   it is asked for; a damaged file is set aside and recovered (the first
 *   window tells the learner)
 */
DojoProgress *
dojo_application_get_progress (DojoApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DOJO_IS_APPLICATION (self), NULL);

  if (self->progress != NULL)
    return self->progress;

  self->progress = dojo_progress_new ();
  if (!dojo_progress_load (self->progress, &self->progress_recovery, &error))
    g_warning ("Progress could not be read: %s", error->message);

  return self->progress;
}
