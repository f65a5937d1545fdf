/* dojo-pack-item.c: a phase of a course, and an item (lesson, exercise, …) in it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include "dojo-pack-private.h"

/* Both types are plain records filled in by the loader: read-only after
 * loading, owned by their DojoPack. They are GObjects so that the UI can put
 * them in a GListModel. */

G_DEFINE_FINAL_TYPE (DojoPackPhase, dojo_pack_phase, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (DojoPackItem, dojo_pack_item, G_TYPE_OBJECT)

static const char * const item_type_names[] = {
  [DOJO_PACK_ITEM_LESSON] = "lesson",
  [DOJO_PACK_ITEM_EXERCISE] = "exercise",
  [DOJO_PACK_ITEM_QUIZ] = "quiz",
  [DOJO_PACK_ITEM_PROJECT] = "project",
};

static void
dojo_pack_phase_finalize (GObject *object)
{
  DojoPackPhase *self = (DojoPackPhase *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->introduces, g_strfreev);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (dojo_pack_phase_parent_class)->finalize (object);
}

static void
dojo_pack_phase_class_init (DojoPackPhaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dojo_pack_phase_finalize;
}

static void
dojo_pack_phase_init (DojoPackPhase *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
dojo_pack_item_finalize (GObject *object)
{
  DojoPackItem *self = (DojoPackItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->introduces, g_strfreev);

  G_OBJECT_CLASS (dojo_pack_item_parent_class)->finalize (object);
}

static void
dojo_pack_item_class_init (DojoPackItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dojo_pack_item_finalize;
}

static void
dojo_pack_item_init (DojoPackItem *self)
{
}

const char *
dojo_pack_phase_get_id (DojoPackPhase *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), NULL);

  return self->id;
}

const char *
dojo_pack_phase_get_title (DojoPackPhase *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), NULL);

  return self->title;
}

/* Returns: (nullable): the phase's summary (Markdown), if the pack gives one */
const char *
dojo_pack_phase_get_summary (DojoPackPhase *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), NULL);

  return self->summary;
}

guint
dojo_pack_phase_get_n_items (DojoPackPhase *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), 0);

  return self->items->len;
}

/* Returns: (transfer none): the item at @position within this phase */
DojoPackItem *
dojo_pack_phase_get_item (DojoPackPhase *self,
                          guint          position)
{
  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

/* Returns: (array zero-terminated=1): the constructs the phase introduces */
const char * const *
dojo_pack_phase_get_introduces (DojoPackPhase *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (DOJO_IS_PACK_PHASE (self), NULL);

  return self->introduces ? (const char * const *)self->introduces : none;
}

const char *
dojo_pack_item_get_id (DojoPackItem *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), NULL);

  return self->id;
}

DojoPackItemType
dojo_pack_item_get_item_type (DojoPackItem *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), 0);

  return self->type;
}

/* Returns: the title, translated when the pack was loaded with a language
 *   that the pack's strings.json covers */
const char *
dojo_pack_item_get_title (DojoPackItem *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), NULL);

  return self->title;
}

/* Returns: the item's path relative to the pack root, as the manifest gives
 *   it; open it with dojo_pack_resolve(), never directly */
const char *
dojo_pack_item_get_path (DojoPackItem *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), NULL);

  return self->path;
}

/* Returns: (transfer none): the phase holding this item */
DojoPackPhase *
dojo_pack_item_get_phase (DojoPackItem *self)
{
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), NULL);

  return self->phase;
}

const char * const *
dojo_pack_item_get_introduces (DojoPackItem *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (DOJO_IS_PACK_ITEM (self), NULL);

  return self->introduces ? (const char * const *)self->introduces : none;
}

const char *
dojo_pack_item_type_to_string (DojoPackItemType type)
{
  g_return_val_if_fail (type <= DOJO_PACK_ITEM_PROJECT, NULL);

  return item_type_names[type];
}

gboolean
dojo_pack_item_type_from_string (const char       *str,
                                 DojoPackItemType *type)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (item_type_names); i++)
    {
      if (g_str_equal (str, item_type_names[i]))
        {
          if (type != NULL)
            *type = i;
          return TRUE;
        }
    }

  return FALSE;
}
