/* dojo-pack-tool.h: what the commands of dojo-pack share
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dojo-pack is split the way GLib's gio tool is: dojo-pack.c holds the
 * command table, `help COMMAND` and main(); each command lives in
 * dojo-pack-tool-COMMAND.c. Adding a command is a file and a line of the
 * table.
 */

#pragma once

#include <gio/gio.h>

#include "dojo-pack.h"

G_BEGIN_DECLS

/* Exit statuses: 0 done (a valid pack), 1 the pack has problems,
 * 2 the command line is wrong or something else failed. */
enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

/* The hidden command `dojo-pack grade` runs once per submission. */
#define GRADE_ONE "grade-one"

typedef struct
{
  const char *name;
  const char *parameter;
  const char *summary;
  int       (*run) (const char *name, int argc, char **argv);
} DojoPackCommand;

GOptionContext *dojo_pack_tool_context       (const char       *name);
gboolean        dojo_pack_tool_parse_options (GOptionContext   *context,
                                              int              *argc,
                                              char           ***argv);
DojoPack       *dojo_pack_tool_load_pack     (const char       *command,
                                              const char       *path);
void            dojo_pack_tool_print_block   (const char       *label,
                                              const char       *text);
char           *dojo_pack_tool_shown_text    (const char       *text);

int dojo_pack_cmd_validate  (const char *name, int argc, char **argv);
int dojo_pack_cmd_new       (const char *name, int argc, char **argv);
int dojo_pack_cmd_check     (const char *name, int argc, char **argv);
int dojo_pack_cmd_build     (const char *name, int argc, char **argv);
int dojo_pack_cmd_install   (const char *name, int argc, char **argv);
int dojo_pack_cmd_remove    (const char *name, int argc, char **argv);
int dojo_pack_cmd_list      (const char *name, int argc, char **argv);
int dojo_pack_cmd_grade     (const char *name, int argc, char **argv);
int dojo_pack_cmd_grade_one (int argc, char **argv);
int dojo_pack_cmd_inspect   (const char *name, int argc, char **argv);
int dojo_pack_cmd_import_exercism (const char *name, int argc, char **argv);
int dojo_pack_cmd_export    (const char *name, int argc, char **argv);
int dojo_pack_cmd_trace     (const char *name, int argc, char **argv);

G_END_DECLS
