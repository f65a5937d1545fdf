/* dojo-debug-json.h: reading the debugger's stopped events (docs/debugger.md)
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel and the picture read the same states; a member that is missing
 * or of another type reads as NULL, whatever the backend sent.
 */

#pragma once

#include <json-glib/json-glib.h>

static inline JsonArray *
dojo_debug_json_array (JsonObject *object,
                       const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline JsonObject *
dojo_debug_json_object (JsonObject *object,
                        const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonObject *
dojo_debug_json_element (JsonArray *array,
                         guint      index)
{
  JsonNode *node = array ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline const char *
dojo_debug_json_string (JsonObject *object,
                        const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}
