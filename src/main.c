/* main.c: the dojo binary
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "dojo-application.h"
#include "dojo-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DojoApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  dojo_renderer_choose ();
  app = dojo_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
