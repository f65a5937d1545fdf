/* dojo-diff-private.h: how dojo-repo.c fills a DojoDiff
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-diff.h"

G_BEGIN_DECLS

DojoDiff     *_dojo_diff_new       (GPtrArray  *files);
DojoDiffFile *_dojo_diff_file_new  (const char *old_path,
                                    const char *new_path,
                                    DojoFileStatus status,
                                    gboolean    binary);
DojoDiffHunk *_dojo_diff_hunk_new  (int         old_start,
                                    int         old_lines,
                                    int         new_start,
                                    int         new_lines,
                                    const char *header,
                                    gsize       header_len);
DojoDiffLine *_dojo_diff_line_new  (char        origin,
                                    int         old_lineno,
                                    int         new_lineno,
                                    const char *content,
                                    gsize       content_len);
void          _dojo_diff_file_free (DojoDiffFile *file);

G_END_DECLS
