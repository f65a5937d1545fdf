/* dojo-live-guidance.h: the checks on the code's shape, while the learner types
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>
#include <json-glib/json-glib.h>

#include "dojo-gating.h"
#include "dojo-type-server.h"

G_BEGIN_DECLS

typedef enum
{
  DOJO_DIAGNOSTIC_SYNTAX,
  DOJO_DIAGNOSTIC_GATED,
  DOJO_DIAGNOSTIC_FORBID,
  DOJO_DIAGNOSTIC_REQUIRE,
  DOJO_DIAGNOSTIC_TYPE_HINTS,
  DOJO_DIAGNOSTIC_TYPE,       /* the type checker's (mypy), in a type-check exercise */
} DojoDiagnosticKind;

/* One thing the guidance would tell the learner. @line is from 1 (0 for a
 * construct that is missing, so has no place); @col and @end_col count
 * characters on that line, from 0. @code is mypy's error code for a
 * DOJO_DIAGNOSTIC_TYPE (`return-value`…), else NULL. */
typedef struct
{
  DojoDiagnosticKind  kind;
  guint               line;
  guint               col;
  guint               end_col;
  char               *message;
  char               *code;
} DojoDiagnostic;

#define DOJO_TYPE_LIVE_GUIDANCE (dojo_live_guidance_get_type ())

G_DECLARE_FINAL_TYPE (DojoLiveGuidance, dojo_live_guidance, DOJO, LIVE_GUIDANCE, GObject)

DojoLiveGuidance     *dojo_live_guidance_new             (GtkSourceView    *view);
GtkSourceView        *dojo_live_guidance_get_view        (DojoLiveGuidance *self);
gboolean              dojo_live_guidance_get_enabled     (DojoLiveGuidance *self);
void                  dojo_live_guidance_set_enabled     (DojoLiveGuidance *self,
                                                          gboolean          enabled);
void                  dojo_live_guidance_set_gated       (DojoLiveGuidance *self,
                                                          GPtrArray        *gated);
void                  dojo_live_guidance_set_gating      (DojoLiveGuidance *self,
                                                          DojoGating       *gating);
void                  dojo_live_guidance_set_rules       (DojoLiveGuidance *self,
                                                          JsonArray        *rules);
void                  dojo_live_guidance_set_type_hints  (DojoLiveGuidance *self,
                                                          gboolean          type_hints);
void                  dojo_live_guidance_set_exercise    (DojoLiveGuidance *self,
                                                          JsonObject       *exercise);
void                  dojo_live_guidance_set_python      (DojoLiveGuidance *self,
                                                          const char       *python);
void                  dojo_live_guidance_set_file        (DojoLiveGuidance *self,
                                                          const char       *root,
                                                          const char       *path);
DojoTypeServer       *dojo_live_guidance_get_type_server (DojoLiveGuidance *self);
void                  dojo_live_guidance_set_type_server (DojoLiveGuidance *self,
                                                          DojoTypeServer   *server);
gboolean              dojo_live_guidance_get_type_check  (DojoLiveGuidance *self);
void                  dojo_live_guidance_queue           (DojoLiveGuidance *self);
void                  dojo_live_guidance_run_now         (DojoLiveGuidance *self);
gboolean              dojo_live_guidance_get_busy        (DojoLiveGuidance *self);
guint                 dojo_live_guidance_get_n_diagnostics (DojoLiveGuidance *self);
const DojoDiagnostic *dojo_live_guidance_get_diagnostic  (DojoLiveGuidance *self,
                                                          guint             index);
const DojoDiagnostic *dojo_live_guidance_get_diagnostic_at (DojoLiveGuidance *self,
                                                          const GtkTextIter *iter);
const DojoDiagnostic *dojo_live_guidance_find_diagnostic (DojoLiveGuidance   *self,
                                                          DojoDiagnosticKind  kind);

G_END_DECLS
