/* dojo-sandbox.h: where code that Dojo did not write runs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_SANDBOX_ERROR (dojo_sandbox_error_quark ())

typedef enum
{
  DOJO_SANDBOX_ERROR_UNAVAILABLE,
} DojoSandboxError;

typedef enum
{
  DOJO_SANDBOX_KIND_BWRAP,
  DOJO_SANDBOX_KIND_FLATPAK,
  DOJO_SANDBOX_KIND_NONE,
} DojoSandboxKind;

/* The uid and home the sandboxed code sees (data/harness/sandbox-etc). */
#define DOJO_SANDBOX_UID  1000
#define DOJO_SANDBOX_HOME "/home/learner"

#define DOJO_TYPE_SANDBOX (dojo_sandbox_get_type ())

G_DECLARE_FINAL_TYPE (DojoSandbox, dojo_sandbox, DOJO, SANDBOX, GObject)

GQuark           dojo_sandbox_error_quark   (void);
DojoSandboxKind  dojo_sandbox_kind_detect   (void);
const char      *dojo_sandbox_kind_to_string (DojoSandboxKind  kind);
DojoSandbox     *dojo_sandbox_new           (DojoSandboxKind  kind);
DojoSandboxKind  dojo_sandbox_get_kind      (DojoSandbox     *self);
void             dojo_sandbox_set_writable  (DojoSandbox     *self,
                                             const char      *dir);
void             dojo_sandbox_set_directory (DojoSandbox     *self,
                                             const char      *dir);
void             dojo_sandbox_add_readonly  (DojoSandbox     *self,
                                             const char      *path);
void             dojo_sandbox_set_etc_dir   (DojoSandbox     *self,
                                             const char      *dir);
void             dojo_sandbox_set_program   (DojoSandbox     *self,
                                             const char      *program);
void             dojo_sandbox_add_fd        (DojoSandbox     *self,
                                             int              fd);
GStrv            dojo_sandbox_get_prefix    (DojoSandbox     *self,
                                             GError         **error);

G_END_DECLS
