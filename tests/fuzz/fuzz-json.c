/* fuzz-json.c: the pack's strict JSON parser, alone
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-pack-json-private.h"
#include "fuzz-common.h"

/* Every node's line: the lookup validate does for each problem it reports. */
static void
visit (DojoJsonDoc *doc,
       JsonNode    *node,
       guint        depth)
{
  g_assert (depth <= DOJO_JSON_MAX_DEPTH + 1);
  (void)_dojo_json_doc_get_line (doc, node);

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        visit (doc, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          g_assert (g_utf8_validate (name, -1, NULL));
          visit (doc, member, depth + 1);
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_assert (g_utf8_validate (json_node_get_string (node), -1, NULL));
}

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
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  doc = _dojo_json_doc_parse ((const char *)data, size, &line, &error);
  if (doc == NULL)
    {
      g_assert (error != NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  visit (doc, _dojo_json_doc_get_root (doc), 0);

  return 0;
}
