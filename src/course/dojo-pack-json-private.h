/* dojo-pack-json-private.h: strict JSON with line numbers, for pack files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deeper than any honest pack file; a guard against stack exhaustion. */
#define DOJO_JSON_MAX_DEPTH 64

typedef struct _DojoJsonDoc DojoJsonDoc;

/* Parses @data (strict RFC 8259: no comments, no trailing commas, no member
 * given twice) into json-glib nodes, remembering for every node the line on
 * which its value starts, so that semantic errors can name a line.
 * Errors are DOJO_PACK_ERROR_INVALID_JSON or _TOO_LARGE (nesting); the
 * message says what is wrong, @error_line where. */
DojoJsonDoc *_dojo_json_doc_parse    (const char   *data,
                                      gsize         length,
                                      guint        *error_line,
                                      GError      **error);
void         _dojo_json_doc_free     (DojoJsonDoc  *doc);
JsonNode    *_dojo_json_doc_get_root (DojoJsonDoc  *doc);
guint        _dojo_json_doc_get_line (DojoJsonDoc  *doc,
                                      JsonNode     *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoJsonDoc, _dojo_json_doc_free)

G_END_DECLS
