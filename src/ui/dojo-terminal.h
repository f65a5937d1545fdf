/* dojo-terminal.h: the terminal pane: Run output, a Python prompt, a shell
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_TERMINAL (dojo_terminal_get_type ())

G_DECLARE_FINAL_TYPE (DojoTerminal, dojo_terminal, DOJO, TERMINAL, GtkWidget)

typedef enum
{
  DOJO_TERMINAL_MODE_RUN,
  DOJO_TERMINAL_MODE_PYTHON,
  DOJO_TERMINAL_MODE_SHELL,
} DojoTerminalMode;

GtkWidget        *dojo_terminal_new           (void);
void              dojo_terminal_set_project   (DojoTerminal     *self,
                                               GFile            *directory,
                                               const char       *title);
void              dojo_terminal_set_directory (DojoTerminal     *self,
                                               GFile            *directory);
GFile            *dojo_terminal_get_directory (DojoTerminal     *self);
DojoTerminalMode  dojo_terminal_get_mode      (DojoTerminal     *self);
void              dojo_terminal_set_mode      (DojoTerminal     *self,
                                               DojoTerminalMode  mode);
void              dojo_terminal_run           (DojoTerminal     *self,
                                               const char       *file);
void              dojo_terminal_run_command   (DojoTerminal       *self,
                                               const char         *file,
                                               const char         *header,
                                               const char * const *argv,
                                               const int          *fds,
                                               guint               n_fds);
void              dojo_terminal_stop          (DojoTerminal     *self);
void              dojo_terminal_reset_output  (DojoTerminal     *self);
gboolean          dojo_terminal_get_running   (DojoTerminal     *self);
char             *dojo_terminal_dup_text      (DojoTerminal     *self,
                                               DojoTerminalMode  mode);
void              dojo_terminal_send_input    (DojoTerminal     *self,
                                               const char       *text);

G_END_DECLS
