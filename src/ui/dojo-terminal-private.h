/* dojo-terminal-private.h: what the widget tests reach past the public API
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <vte/vte.h>

#include "dojo-terminal.h"

G_BEGIN_DECLS

VteTerminal *_dojo_terminal_get_vte       (DojoTerminal     *self,
                                           DojoTerminalMode  mode);
gboolean     _dojo_terminal_open_match_at (DojoTerminal     *self,
                                           double            x,
                                           double            y);
GPid         _dojo_terminal_get_pid       (DojoTerminal     *self,
                                           DojoTerminalMode  mode);

G_END_DECLS
