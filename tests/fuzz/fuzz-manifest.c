/* fuzz-manifest.c: manifest.json, read as the pack loader reads it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-pack-private.h"
#include "dojo-pack-problem.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_pack_problem_free);
  g_autoptr(DojoPack) pack = NULL;

  pack = _dojo_pack_parse_manifest ((const char *)data, size, problems);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = dojo_pack_problem_to_string (g_ptr_array_index (problems, i));

      g_assert (g_utf8_validate (message, -1, NULL));
    }

  if (pack == NULL)
    {
      g_assert_cmpuint (problems->len, >, 0);
      return 0;
    }

  /* What the course outline and the gates ask of a loaded pack. */
  (void)dojo_pack_get_id (pack);
  (void)dojo_pack_get_title (pack);
  for (guint i = 0; i < dojo_pack_get_n_phases (pack); i++)
    (void)dojo_pack_get_phase (pack, i);
  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      g_autoptr(GPtrArray) gated = NULL;
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      const char *id = dojo_pack_item_get_id (item);

      g_assert (dojo_pack_lookup_item (pack, id) == item);
      g_assert_cmpint (dojo_pack_get_item_index (pack, item), ==, (int)i);
      (void)dojo_pack_get_next_item (pack, item);
      (void)dojo_pack_get_previous_item (pack, item);
      gated = dojo_pack_get_gated_constructs (pack, id);
    }

  return 0;
}
