/* dojo-pack-private.h: what the pack loader and validator share
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-pack.h"
#include "dojo-pack-json-private.h"

G_BEGIN_DECLS

/* validate never lists more than this; the rest would be noise. */
#define DOJO_PACK_MAX_PROBLEMS 1000

struct _DojoPackPhase
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *summary;
  char         **introduces;
  GPtrArray     *items;        /* DojoPackItem, in course order */
  guint          first_index;  /* of its first item in the pack */
  guint          line;
};

struct _DojoPackItem
{
  GObject           parent_instance;

  char             *id;
  char             *title;
  char             *path;
  char            **introduces;
  DojoPackPhase    *phase;     /* unowned: the phase owns the item */
  DojoPackItemType  type;
  guint             index;     /* in course order, across phases */
  guint             line;      /* of the item's object in manifest.json */
  guint             path_line;
};

/* Reporting a problem at a JSON node of a file. */
typedef struct
{
  GPtrArray   *problems;
  DojoJsonDoc *doc;
  const char  *file;
  guint        line_offset; /* @doc is a part of @file starting after this line */
} DojoPackCtx;

void        _dojo_pack_report              (GPtrArray         *problems,
                                            const char        *file,
                                            guint              line,
                                            DojoPackSeverity   severity,
                                            DojoPackError      code,
                                            const char        *format,
                                            ...) G_GNUC_PRINTF (6, 7);
void        _dojo_pack_report_error        (GPtrArray         *problems,
                                            const GError      *error,
                                            const char        *file,
                                            guint              line);
void        _dojo_pack_ctx_report          (DojoPackCtx       *ctx,
                                            JsonNode          *at,
                                            DojoPackSeverity   severity,
                                            DojoPackError      code,
                                            const char        *format,
                                            ...) G_GNUC_PRINTF (5, 6);
guint       _dojo_pack_ctx_line            (DojoPackCtx       *ctx,
                                            JsonNode          *node);
JsonNode   *_dojo_pack_ctx_member          (DojoPackCtx       *ctx,
                                            JsonNode          *object,
                                            const char        *name,
                                            JsonNodeType       type,
                                            gboolean           required);
const char *_dojo_pack_ctx_string          (DojoPackCtx       *ctx,
                                            JsonNode          *object,
                                            const char        *name,
                                            gboolean           required);
gboolean    _dojo_pack_ctx_int             (DojoPackCtx       *ctx,
                                            JsonNode          *object,
                                            const char        *name,
                                            gboolean           required,
                                            gint64             min,
                                            gint64             max,
                                            gint64            *value);
const char *_dojo_pack_ctx_id              (DojoPackCtx       *ctx,
                                            JsonNode          *object,
                                            const char        *name,
                                            gboolean           required);
void        _dojo_pack_ctx_known_members   (DojoPackCtx       *ctx,
                                            JsonNode          *object,
                                            const char * const *known);
void        _dojo_pack_ctx_unknown_member  (DojoPackCtx       *ctx,
                                            JsonNode          *at,
                                            const char        *name,
                                            const char * const *known,
                                            DojoPackSeverity   severity);
const char *_dojo_pack_suggest             (const char        *name,
                                            const char * const *known);
char      **_dojo_pack_ctx_introduces      (DojoPackCtx       *ctx,
                                            JsonNode          *object);
gboolean    _dojo_pack_ctx_relpath         (DojoPackCtx       *ctx,
                                            JsonNode          *at,
                                            const char        *relpath);
gboolean    _dojo_pack_problems_have_errors (GPtrArray        *problems,
                                            gboolean           warnings_too);

gboolean    _dojo_pack_check_relpath       (const char        *relpath,
                                            GError           **error);
char       *_dojo_pack_locate              (const char        *root,
                                            const char        *relpath,
                                            GError           **error);
gboolean    _dojo_pack_read_text           (const char        *root,
                                            const char        *relpath,
                                            gsize              limit,
                                            char             **contents,
                                            gsize             *length,
                                            GError           **error);
DojoJsonDoc *_dojo_pack_read_json          (const char        *root,
                                            const char        *relpath,
                                            gsize              limit,
                                            guint             *error_line,
                                            GError           **error);
gboolean    _dojo_pack_is_semver           (const char        *version);
int         _dojo_pack_compare_versions    (const char        *a,
                                            const char        *b);

DojoPack   *_dojo_pack_load_index          (GFile             *directory,
                                            const char        *language,
                                            gboolean           want_lines,
                                            GPtrArray         *problems);
DojoPack   *_dojo_pack_parse_manifest      (const char        *data,
                                            gsize              length,
                                            GPtrArray         *problems);
const char *_dojo_pack_get_root            (DojoPack          *self);
void        _dojo_pack_set_manifest_limit  (gsize              limit);
void        _dojo_pack_check_strings       (DojoPack          *self,
                                            const char        *lang,
                                            GPtrArray         *problems,
                                            gboolean           apply);

G_END_DECLS
