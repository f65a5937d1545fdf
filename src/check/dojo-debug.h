/* dojo-debug.h: one run of the learner's program under the debugger
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_DEBUG_MODE_DEBUG,
  DOJO_DEBUG_MODE_TRACE,
} DojoDebugMode;

typedef enum
{
  DOJO_DEBUG_STEP_INTO,
  DOJO_DEBUG_STEP_OVER,
  DOJO_DEBUG_STEP_OUT,
  DOJO_DEBUG_CONTINUE,
} DojoDebugStep;

#define DOJO_DEBUG_ERROR (dojo_debug_error_quark ())

typedef enum
{
  DOJO_DEBUG_ERROR_SANDBOX,
  DOJO_DEBUG_ERROR_FORGED,
  DOJO_DEBUG_ERROR_PROTOCOL,
  DOJO_DEBUG_ERROR_FAILED,
} DojoDebugError;

#define DOJO_TYPE_DEBUG_RUN (dojo_debug_run_get_type ())

G_DECLARE_FINAL_TYPE (DojoDebugRun, dojo_debug_run, DOJO, DEBUG_RUN, GObject)

GQuark        dojo_debug_error_quark         (void);
DojoDebugRun *dojo_debug_run_new             (DojoDebugMode   mode,
                                              const char     *project_dir,
                                              const char     *file);
void          dojo_debug_run_set_python      (DojoDebugRun   *self,
                                              const char     *python);
void          dojo_debug_run_set_argv        (DojoDebugRun       *self,
                                              const char * const *argv);
void          dojo_debug_run_set_stdin       (DojoDebugRun   *self,
                                              const char     *text);
void          dojo_debug_run_set_test        (DojoDebugRun   *self,
                                              const char     *test_path,
                                              const char     *test_id);
void          dojo_debug_run_set_breakpoints (DojoDebugRun   *self,
                                              const char     *file,
                                              const guint    *lines,
                                              guint           n_lines);
void          dojo_debug_run_set_max_steps   (DojoDebugRun   *self,
                                              guint           max_steps);
gboolean      dojo_debug_run_prepare         (DojoDebugRun   *self,
                                              char         ***argv,
                                              int             child_fds[3],
                                              GError        **error);
void          dojo_debug_run_started         (DojoDebugRun   *self);
void          dojo_debug_run_step            (DojoDebugRun   *self,
                                              DojoDebugStep   step);
void          dojo_debug_run_show            (DojoDebugRun   *self,
                                              guint           index);
gboolean      dojo_debug_run_get_running     (DojoDebugRun   *self);
JsonNode     *dojo_debug_run_trace_sync      (DojoDebugRun   *self,
                                              const char     *stdin_path,
                                              GCancellable   *cancellable,
                                              GError        **error);

G_END_DECLS
