/* dojo-archive-private.h: the limits of dojo_archive_extract(), for tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-archive.h"

G_BEGIN_DECLS

typedef struct
{
  guint    max_entries;
  guint64  max_total_bytes;
  guint64  max_file_bytes;
  /* The whole-archive compression ratio is checked once this much was produced. */
  guint64  ratio_threshold;
  guint64  max_ratio;
  /* Called after each entry landed in the temporary folder (tests cancel
   * from here to see that a half-done extraction leaves nothing). */
  void   (*entry_done) (guint    n_entries,
                        gpointer user_data);
  gpointer entry_done_data;
} DojoArchiveLimits;

void     _dojo_archive_limits_init          (DojoArchiveLimits        *limits);
gboolean _dojo_archive_extract_with_limits  (GFile                    *archive,
                                             GFile                    *destination,
                                             const DojoArchiveLimits  *limits,
                                             GCancellable             *cancellable,
                                             GError                  **error);

G_END_DECLS
