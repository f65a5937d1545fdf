/* dojo-json.h: reading members of JSON that anyone may have written
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Packs, harness answers, debugger events and learners' reports are read
 * leniently: a member that is missing, or holds another type than the one
 * asked for, reads as the default (NULL for a string, an object or an
 * array), never as a warning. The object itself may be NULL, so that a
 * chain of lookups needs no checks between its steps.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The node of @member if it holds a value of @type (G_TYPE_STRING,
 * G_TYPE_INT64, G_TYPE_DOUBLE, G_TYPE_BOOLEAN), else NULL: for a reader
 * that must tell a missing member from a default. */
static inline JsonNode *
dojo_json_get_value (JsonObject *object,
                     const char *member,
                     GType       type)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;
  return node;
}

static inline const char *
dojo_json_get_string (JsonObject *object,
                      const char *member)
{
  JsonNode *node = dojo_json_get_value (object, member, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

/* A whole number only: 3.0 or 3.5 read as @fallback. */
static inline gint64
dojo_json_get_int (JsonObject *object,
                   const char *member,
                   gint64      fallback)
{
  JsonNode *node = dojo_json_get_value (object, member, G_TYPE_INT64);

  return node != NULL ? json_node_get_int (node) : fallback;
}

/* Any number, whole or not. */
static inline double
dojo_json_get_double (JsonObject *object,
                      const char *member,
                      double      fallback)
{
  JsonNode *node = dojo_json_get_value (object, member, G_TYPE_DOUBLE);

  if (node == NULL)
    node = dojo_json_get_value (object, member, G_TYPE_INT64);
  return node != NULL ? json_node_get_double (node) : fallback;
}

static inline gboolean
dojo_json_get_bool (JsonObject *object,
                    const char *member,
                    gboolean    fallback)
{
  JsonNode *node = dojo_json_get_value (object, member, G_TYPE_BOOLEAN);

  return node != NULL ? json_node_get_boolean (node) : fallback;
}

static inline JsonObject *
dojo_json_get_object (JsonObject *object,
                      const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonArray *
dojo_json_get_array (JsonObject *object,
                     const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Element @index of @array (which may be NULL) if it is an object. */
static inline JsonObject *
dojo_json_array_get_object (JsonArray *array,
                            guint      index)
{
  JsonNode *node = array != NULL ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Member @name: @value, or null if @value is NULL. */
static inline void
dojo_json_builder_add_nullable_string (JsonBuilder *builder,
                                       const char  *name,
                                       const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

G_END_DECLS
