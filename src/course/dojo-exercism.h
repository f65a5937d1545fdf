/* dojo-exercism.h: exercises in the layout of Exercism's Python track, as a pack
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_EXERCISM_ERROR (dojo_exercism_error_quark ())

typedef enum
{
  DOJO_EXERCISM_ERROR_NOT_FOUND,  /* an exercise, or a file it needs, is not there */
  DOJO_EXERCISM_ERROR_INVALID,    /* a file of the track is not what the layout says */
  DOJO_EXERCISM_ERROR_EXISTS,     /* the output folder holds something already */
  DOJO_EXERCISM_ERROR_FAILED,     /* writing the pack failed; the message says where */
} DojoExercismError;

typedef enum
{
  DOJO_EXERCISM_IMPORT_NONE  = 0,
  DOJO_EXERCISM_IMPORT_FORCE = 1 << 0, /* replace an output folder that is not empty */
} DojoExercismImportFlags;

GQuark   dojo_exercism_error_quark (void);

gboolean dojo_exercism_import      (GFile                    *track_dir,
                                    const char * const       *exercises,
                                    GFile                    *output,
                                    const char               *pack_id,
                                    const char               *title,
                                    DojoExercismImportFlags   flags,
                                    char                    **out_pack_id,
                                    GError                  **error);

G_END_DECLS
