/* test-renderer.c: GL stays on where there is a GPU, goes off where there is none
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "dojo-renderer.h"

typedef struct
{
  char *dev;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dev = g_dir_make_tmp ("dojo-dev-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *dri = g_build_filename (fixture->dev, "dri", NULL);
  const char *name;

  dir = g_dir_open (dri, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dri, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dri);
  {
    g_autofree char *nvidia = g_build_filename (fixture->dev, "nvidia0", NULL);
    g_unlink (nvidia);
  }
  g_assert_cmpint (g_rmdir (fixture->dev), ==, 0);
  g_free (fixture->dev);
}

/* Device nodes stand in as plain files: what counts is that the name is
 * there and can be opened for reading and writing. */
static void
add_device (Fixture    *fixture,
            const char *relative)
{
  g_autofree char *path = g_build_filename (fixture->dev, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
}

static const char * const clean_env[] = { "HOME=/home/learner", "LANG=de_DE.UTF-8", NULL };

static void
test_no_gpu_turns_gl_off (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const char *variable = NULL;
  const char *value = NULL;

  g_assert_true (dojo_renderer_plan (fixture->dev, clean_env, 8, &variable, &value));
  g_assert_cmpstr (variable, ==, "GDK_DEBUG");
  g_assert_cmpstr (value, ==, "gl-disable");

  /* GTK 4.16 reads GDK_DISABLE instead, and would try Vulkan next. */
  g_assert_true (dojo_renderer_plan (fixture->dev, clean_env, 18, &variable, &value));
  g_assert_cmpstr (variable, ==, "GDK_DISABLE");
  g_assert_cmpstr (value, ==, "gl,vulkan");
}

static void
test_display_only_device_is_no_gpu (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  const char *variable = NULL;
  const char *value = NULL;

  /* simpledrm and friends: a card node, nothing to render on. */
  add_device (fixture, "dri/card0");
  g_assert_true (dojo_renderer_plan (fixture->dev, clean_env, 8, &variable, &value));
  g_assert_cmpstr (variable, ==, "GDK_DEBUG");
}

static void
test_render_node_keeps_gl (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *variable = NULL;
  const char *value = NULL;

  add_device (fixture, "dri/card0");
  add_device (fixture, "dri/renderD128");
  g_assert_false (dojo_renderer_plan (fixture->dev, clean_env, 8, &variable, &value));
  g_assert_null (variable);
  g_assert_null (value);
}

static void
test_nvidia_keeps_gl (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const char *variable = NULL;
  const char *value = NULL;

  add_device (fixture, "nvidia0");
  g_assert_false (dojo_renderer_plan (fixture->dev, clean_env, 8, &variable, &value));
  g_assert_null (variable);
}

static void
test_own_choice_wins (Fixture       *fixture,
                      gconstpointer  user_data)
{
  static const char * const renderer_env[] = { "HOME=/h", "GSK_RENDERER=gl", NULL };
  static const char * const debug_env[] = { "GDK_DEBUG=events", NULL };
  static const char * const disable_env[] = { "GDK_DISABLE=vulkan", NULL };
  const char *variable = NULL;
  const char *value = NULL;

  /* No GPU here, but the person asked for something: leave it to them. */
  g_assert_false (dojo_renderer_plan (fixture->dev, renderer_env, 8, &variable, &value));
  g_assert_false (dojo_renderer_plan (fixture->dev, debug_env, 8, &variable, &value));
  g_assert_false (dojo_renderer_plan (fixture->dev, disable_env, 18, &variable, &value));
  g_assert_null (variable);
  g_assert_true (dojo_renderer_plan (fixture->dev, clean_env, 8, &variable, &value));
}

static void
test_choose_then_forget (void)
{
  /* The test environment sets GDK_DEBUG and GSK_RENDERER (tests/meson.build):
   * dojo_renderer_choose() must not touch them, and forgetting must not
   * remove what Dojo did not set. */
  const char *before = g_getenv ("GDK_DEBUG");
  g_autofree char *saved = g_strdup (before);

  g_assert_nonnull (before);
  dojo_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, saved);
  dojo_renderer_forget ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, saved);

  /* Without them, on this machine: GL goes off exactly when /dev has no GPU,
   * and the variable is gone again once forgotten. */
  g_unsetenv ("GDK_DEBUG");
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DISABLE");
  {
    g_auto(GStrv) envp = g_get_environ ();
    const char *variable = NULL;
    const char *value = NULL;
    gboolean off = dojo_renderer_plan ("/dev", (const char * const *) envp,
                                       gtk_get_minor_version (), &variable, &value);

    dojo_renderer_choose ();
    if (off)
      g_assert_cmpstr (g_getenv (variable), ==, value);
    else
      g_assert_null (g_getenv ("GDK_DEBUG"));
    dojo_renderer_forget ();
    if (off)
      g_assert_null (g_getenv (variable));
  }
  g_setenv ("GDK_DEBUG", saved, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/renderer/no-gpu", Fixture, NULL,
              fixture_set_up, test_no_gpu_turns_gl_off, fixture_tear_down);
  g_test_add ("/renderer/display-only-device", Fixture, NULL,
              fixture_set_up, test_display_only_device_is_no_gpu, fixture_tear_down);
  g_test_add ("/renderer/render-node", Fixture, NULL,
              fixture_set_up, test_render_node_keeps_gl, fixture_tear_down);
  g_test_add ("/renderer/nvidia", Fixture, NULL,
              fixture_set_up, test_nvidia_keeps_gl, fixture_tear_down);
  g_test_add ("/renderer/own-choice", Fixture, NULL,
              fixture_set_up, test_own_choice_wins, fixture_tear_down);
  g_test_add_func ("/renderer/choose-then-forget", test_choose_then_forget);

  return g_test_run ();
}
