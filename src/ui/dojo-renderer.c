/* dojo-renderer.c: OpenGL only where there is a GPU to run it
 *
 * Without a GPU driver (a virtual machine without 3D, a school's thin
 * client, a container, Xvfb) Mesa falls back to llvmpipe, which compiles
 * GTK's shaders with LLVM at start and draws every frame on the CPU: on a
 * 2-core machine, 155 ms more to the first frame, 127 MB more memory and
 * ten times the CPU for typing, for a window of text that GTK's cairo
 * renderer draws just as well. So where no GPU device is
 * reachable, Dojo starts GTK with GL turned off. With a GPU, nothing
 * changes. A person who set GSK_RENDERER, GDK_DEBUG or GDK_DISABLE
 * themselves gets exactly what they asked for (GSK_RENDERER=gl brings GL
 * back). docs/benchmarks.md has the figures.
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-renderer"

#include "config.h"

#include <unistd.h>

#include <gtk/gtk.h>

#include "dojo-renderer.h"

/* The variable Dojo set itself, so that it can take it back before any
 * child (the learner's programs, the terminal) inherits it. */
static const char *chosen_variable;

/* A device Mesa or NVIDIA's driver would render on: a DRM render node
 * (/dev/dri/renderD128) or NVIDIA's own device node. A display-only DRM
 * device (card0 of simpledrm, say) has no render node and does not count. */
static gboolean
gpu_reachable (const char *dev_dir)
{
  g_autofree char *dri = g_build_filename (dev_dir, "dri", NULL);
  g_autofree char *nvidia = g_build_filename (dev_dir, "nvidia0", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (access (nvidia, R_OK | W_OK) == 0)
    return TRUE;

  dir = g_dir_open (dri, 0, NULL);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, "renderD"))
        continue;
      path = g_build_filename (dri, name, NULL);
      if (access (path, R_OK | W_OK) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * dojo_renderer_plan:
 * @dev_dir: where device nodes live ("/dev")
 * @envp: the environment Dojo was started with
 * @gtk_minor: GTK's minor version (the variable that turns GL off changed in 4.16)
 * @variable: (out): the variable to set
 * @value: (out): its value
 *
 * Returns: %TRUE when GTK should start without GL, with @variable and
 * @value saying how; %FALSE to leave GTK's own choice alone.
 */
gboolean
dojo_renderer_plan (const char         *dev_dir,
                    const char * const *envp,
                    guint               gtk_minor,
                    const char        **variable,
                    const char        **value)
{
  static const char * const own_choice[] = { "GSK_RENDERER", "GDK_DEBUG", "GDK_DISABLE" };

  g_return_val_if_fail (dev_dir != NULL, FALSE);
  g_return_val_if_fail (variable != NULL && value != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (own_choice); i++)
    if (g_environ_getenv ((char **) envp, own_choice[i]) != NULL)
      return FALSE;

  if (gpu_reachable (dev_dir))
    return FALSE;

  /* GTK 4.16 moved the switch from GDK_DEBUG to GDK_DISABLE, and its
   * Vulkan renderer (the default on Wayland there) would fall back to
   * lavapipe, software again. */
  if (gtk_minor >= 16)
    {
      *variable = "GDK_DISABLE";
      *value = "gl,vulkan";
    }
  else
    {
      *variable = "GDK_DEBUG";
      *value = "gl-disable";
    }

  return TRUE;
}

/* Before GTK opens the display: main() runs it while Dojo is still one
 * thread, so setting the environment is safe. */
void
dojo_renderer_choose (void)
{
  g_auto(GStrv) envp = g_get_environ ();
  const char *variable = NULL;
  const char *value = NULL;

  if (!dojo_renderer_plan ("/dev", (const char * const *) envp,
                           gtk_get_minor_version (), &variable, &value))
    return;

  g_debug ("No GPU device found: drawing without OpenGL (%s=%s)", variable, value);
  g_setenv (variable, value, TRUE);
  chosen_variable = variable;
}

/* After the display is open GTK has read the variable; programs Dojo
 * starts should see the environment the learner gave Dojo. */
void
dojo_renderer_forget (void)
{
  if (chosen_variable == NULL)
    return;

  g_unsetenv (chosen_variable);
  chosen_variable = NULL;
}
