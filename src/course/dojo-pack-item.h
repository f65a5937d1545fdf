/* dojo-pack-item.h: a phase of a course, and an item (lesson, exercise, …) in it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_PACK_ITEM_LESSON,
  DOJO_PACK_ITEM_EXERCISE,
  DOJO_PACK_ITEM_QUIZ,
  DOJO_PACK_ITEM_PROJECT,
} DojoPackItemType;

#define DOJO_TYPE_PACK_PHASE (dojo_pack_phase_get_type ())
#define DOJO_TYPE_PACK_ITEM  (dojo_pack_item_get_type ())

G_DECLARE_FINAL_TYPE (DojoPackPhase, dojo_pack_phase, DOJO, PACK_PHASE, GObject)
G_DECLARE_FINAL_TYPE (DojoPackItem, dojo_pack_item, DOJO, PACK_ITEM, GObject)

const char       *dojo_pack_phase_get_id        (DojoPackPhase    *self);
const char       *dojo_pack_phase_get_title     (DojoPackPhase    *self);
const char       *dojo_pack_phase_get_summary   (DojoPackPhase    *self);
guint             dojo_pack_phase_get_n_items   (DojoPackPhase    *self);
DojoPackItem     *dojo_pack_phase_get_item      (DojoPackPhase    *self,
                                                 guint             position);
const char * const *dojo_pack_phase_get_introduces (DojoPackPhase *self);

const char       *dojo_pack_item_get_id         (DojoPackItem     *self);
DojoPackItemType  dojo_pack_item_get_item_type  (DojoPackItem     *self);
const char       *dojo_pack_item_get_title      (DojoPackItem     *self);
const char       *dojo_pack_item_get_path       (DojoPackItem     *self);
DojoPackPhase    *dojo_pack_item_get_phase      (DojoPackItem     *self);
const char * const *dojo_pack_item_get_introduces (DojoPackItem   *self);

const char       *dojo_pack_item_type_to_string (DojoPackItemType  type);
gboolean          dojo_pack_item_type_from_string (const char     *str,
                                                   DojoPackItemType *type);

G_END_DECLS
