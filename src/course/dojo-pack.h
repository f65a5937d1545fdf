/* dojo-pack.h: a content pack: its index, its files, its checks on itself
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dojo-pack-item.h"
#include "dojo-pack-problem.h"

G_BEGIN_DECLS

/* The format version this Dojo reads and `dojo-pack new` writes. */
#define DOJO_PACK_FORMAT 1

/* Limits a pack must respect; exceeding one is DOJO_PACK_ERROR_TOO_LARGE. */
#define DOJO_PACK_MAX_MANIFEST_SIZE (1024 * 1024)
#define DOJO_PACK_MAX_TEXT_SIZE     (1024 * 1024)
#define DOJO_PACK_MAX_ITEMS         100000
#define DOJO_PACK_MAX_ID_LENGTH     64

typedef enum
{
  DOJO_PACK_VALIDATE_NONE = 0,
  /* Count warnings as failures too (for a strict CI). */
  DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS = 1 << 0,
} DojoPackValidateFlags;

/**
 * DojoPackGate:
 * @construct: a construct of the vocabulary, e.g. "for"
 * @introduced_by: the id of the item or phase that introduces it
 * @title: that item's or phase's title (translated, like all titles)
 *
 * A construct the learner may not use yet. Owned by the #DojoPack.
 */
typedef struct
{
  const char *construct;
  const char *introduced_by;
  const char *title;
} DojoPackGate;

#define DOJO_TYPE_PACK (dojo_pack_get_type ())

G_DECLARE_FINAL_TYPE (DojoPack, dojo_pack, DOJO, PACK, GObject)

DojoPack      *dojo_pack_load                  (GFile                  *directory,
                                                const char             *language,
                                                GError                **error);
gboolean       dojo_pack_validate              (GFile                  *path,
                                                DojoPackValidateFlags   flags,
                                                GPtrArray             **problems);

GFile         *dojo_pack_get_directory         (DojoPack               *self);
const char    *dojo_pack_get_id                (DojoPack               *self);
const char    *dojo_pack_get_version           (DojoPack               *self);
const char    *dojo_pack_get_title             (DojoPack               *self);
const char    *dojo_pack_get_description       (DojoPack               *self);
const char    *dojo_pack_get_language          (DojoPack               *self);
const char    *dojo_pack_get_translation       (DojoPack               *self);
const char    *dojo_pack_get_license           (DojoPack               *self);
const char    *dojo_pack_get_min_app_version   (DojoPack               *self);
const char    *dojo_pack_get_python            (DojoPack               *self);
const char * const *dojo_pack_get_authors      (DojoPack               *self);
const char * const *dojo_pack_get_packages     (DojoPack               *self);

guint          dojo_pack_get_n_phases          (DojoPack               *self);
DojoPackPhase *dojo_pack_get_phase             (DojoPack               *self,
                                                guint                   position);
DojoPackPhase *dojo_pack_lookup_phase          (DojoPack               *self,
                                                const char             *id);
guint          dojo_pack_get_n_items           (DojoPack               *self);
DojoPackItem  *dojo_pack_get_item              (DojoPack               *self,
                                                guint                   index);
DojoPackItem  *dojo_pack_lookup_item           (DojoPack               *self,
                                                const char             *id);
int            dojo_pack_get_item_index        (DojoPack               *self,
                                                DojoPackItem           *item);
DojoPackItem  *dojo_pack_get_next_item         (DojoPack               *self,
                                                DojoPackItem           *item);
DojoPackItem  *dojo_pack_get_previous_item     (DojoPack               *self,
                                                DojoPackItem           *item);

GPtrArray     *dojo_pack_get_gated_constructs  (DojoPack               *self,
                                                const char             *item_id);

GFile         *dojo_pack_resolve               (DojoPack               *self,
                                                const char             *relpath,
                                                GError                **error);
char          *dojo_pack_read_item_text        (DojoPack               *self,
                                                DojoPackItem           *item,
                                                GError                **error);
JsonNode      *dojo_pack_read_item_json        (DojoPack               *self,
                                                DojoPackItem           *item,
                                                GError                **error);

gboolean       dojo_pack_is_construct          (const char             *name);
gboolean       dojo_pack_is_valid_id           (const char             *id);
gboolean       dojo_pack_is_valid_pack_id      (const char             *id);

G_END_DECLS
