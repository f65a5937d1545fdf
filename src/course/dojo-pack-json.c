/* dojo-pack-json.c: strict JSON with line numbers, for pack files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-pack-problem.h"
#include "dojo-pack-json-private.h"

/* Why not JsonParser: it knows lines only while it parses (and only the
 * line where a value ends), accepts some things JSON does not, and on a
 * 5,000-item manifest it takes most of our load budget. This parser is
 * small, strict, bounded in depth, and records the line on which every
 * value starts. It still builds json-glib nodes, so the rest of Dojo (the
 * checker reads check objects as they are) keeps using json-glib. */

typedef struct
{
  JsonNode *node;
  guint     line;
} NodeLine;

struct _DojoJsonDoc
{
  JsonNode *root;
  GArray   *lines;  /* NodeLine; sorted by node on the first lookup */
  gboolean  sorted;
};

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
  guint       depth;
  GString    *scratch;
  GArray     *lines;
  GError     *error;
  guint       error_line;
} Parser;

static JsonNode *parse_value (Parser *self);

static void
fail (Parser     *self,
      int         code,
      const char *message)
{
  if (self->error == NULL)
    {
      self->error = g_error_new_literal (DOJO_PACK_ERROR, code, message);
      self->error_line = self->line;
    }
}

static void
skip_space (Parser *self)
{
  while (self->p < self->end)
    {
      char c = *self->p;

      if (c == '\n')
        self->line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        break;
      self->p++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser   *self,
           gunichar *out)
{
  gunichar value = 0;

  if (self->end - self->p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (self->p[i]);

      if (h < 0)
        return FALSE;
      value = (value << 4) | (gunichar)h;
    }

  self->p += 4;
  *out = value;
  return TRUE;
}

/* On success the string is in self->scratch; @self->p is past the quote. */
static gboolean
parse_string (Parser *self)
{
  g_assert (*self->p == '"');

  self->p++;
  g_string_truncate (self->scratch, 0);

  for (;;)
    {
      const char *start = self->p;

      while (self->p < self->end && *self->p != '"' && *self->p != '\\'
             && (guchar)*self->p >= 0x20)
        self->p++;
      g_string_append_len (self->scratch, start, self->p - start);

      if (self->p >= self->end)
        {
          fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                _("a string is not closed: a '\"' is missing"));
          return FALSE;
        }

      if (*self->p == '"')
        {
          self->p++;
          return TRUE;
        }

      if (*self->p != '\\')
        {
          fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                *self->p == '\n'
                ? _("a string runs past the end of the line: write a line break as \\n")
                : _("a string holds a control character: escape it"));
          return FALSE;
        }

      self->p++;
      if (self->p >= self->end)
        continue;

      switch (*self->p++)
        {
        case '"':  g_string_append_c (self->scratch, '"'); break;
        case '\\': g_string_append_c (self->scratch, '\\'); break;
        case '/':  g_string_append_c (self->scratch, '/'); break;
        case 'b':  g_string_append_c (self->scratch, '\b'); break;
        case 'f':  g_string_append_c (self->scratch, '\f'); break;
        case 'n':  g_string_append_c (self->scratch, '\n'); break;
        case 'r':  g_string_append_c (self->scratch, '\r'); break;
        case 't':  g_string_append_c (self->scratch, '\t'); break;
        case 'u':
          {
            gunichar c;

            if (!read_hex4 (self, &c))
              goto bad_escape;

            if (c >= 0xD800 && c <= 0xDBFF)
              {
                gunichar low;

                if (self->end - self->p < 6 || self->p[0] != '\\' || self->p[1] != 'u')
                  goto bad_escape;
                self->p += 2;
                if (!read_hex4 (self, &low) || low < 0xDC00 || low > 0xDFFF)
                  goto bad_escape;
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (c >= 0xDC00 && c <= 0xDFFF)
              goto bad_escape;

            if (c == 0)
              {
                fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                      _("a string holds \\u0000, which Dojo does not accept"));
                return FALSE;
              }

            g_string_append_unichar (self->scratch, c);
          }
          break;

        default:
          goto bad_escape;
        }
    }

bad_escape:
  fail (self, DOJO_PACK_ERROR_INVALID_JSON,
        _("a string holds an invalid escape; valid are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"));
  return FALSE;
}

static JsonNode *
parse_number (Parser *self)
{
  const char *start = self->p;
  gboolean is_integer = TRUE;
  char buf[64];
  gsize len;

  if (self->p < self->end && *self->p == '-')
    self->p++;

  if (self->p < self->end && *self->p == '0')
    self->p++;
  else if (self->p < self->end && *self->p >= '1' && *self->p <= '9')
    while (self->p < self->end && g_ascii_isdigit (*self->p))
      self->p++;
  else
    goto bad;

  if (self->p < self->end && *self->p == '.')
    {
      is_integer = FALSE;
      self->p++;
      if (self->p >= self->end || !g_ascii_isdigit (*self->p))
        goto bad;
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }

  if (self->p < self->end && (*self->p == 'e' || *self->p == 'E'))
    {
      is_integer = FALSE;
      self->p++;
      if (self->p < self->end && (*self->p == '+' || *self->p == '-'))
        self->p++;
      if (self->p >= self->end || !g_ascii_isdigit (*self->p))
        goto bad;
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }

  len = self->p - start;
  if (len >= sizeof buf)
    {
      fail (self, DOJO_PACK_ERROR_INVALID_JSON, _("a number is too long"));
      return NULL;
    }
  memcpy (buf, start, len);
  buf[len] = '\0';

  if (is_integer)
    {
      char *endptr = NULL;
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (buf, &endptr, 10);
      if (errno == 0)
        return json_node_init_int (json_node_alloc (), value);
    }

  return json_node_init_double (json_node_alloc (), g_ascii_strtod (buf, NULL));

bad:
  fail (self, DOJO_PACK_ERROR_INVALID_JSON, _("a value is not valid JSON"));
  return NULL;
}

static gboolean
expect_word (Parser     *self,
             const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(self->end - self->p) < len || memcmp (self->p, word, len) != 0)
    return FALSE;
  self->p += len;
  return TRUE;
}

static JsonNode *
parse_object (Parser *self)
{
  g_autoptr(JsonObject) object = json_object_new ();

  self->p++; /* { */
  skip_space (self);

  if (self->p < self->end && *self->p == '}')
    {
      self->p++;
      return json_node_init_object (json_node_alloc (), object);
    }

  for (;;)
    {
      g_autofree char *key = NULL;
      JsonNode *value;

      skip_space (self);
      if (self->p >= self->end || *self->p != '"')
        {
          fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                self->p < self->end && *self->p == '}'
                ? _("a ',' is followed by '}': remove the last comma")
                : _("a member name in double quotes is expected here"));
          return NULL;
        }
      if (!parse_string (self))
        return NULL;
      key = g_strndup (self->scratch->str, self->scratch->len);

      skip_space (self);
      if (self->p >= self->end || *self->p != ':')
        {
          fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                _("a ':' is expected after the member name"));
          return NULL;
        }
      self->p++;

      if (json_object_has_member (object, key))
        {
          g_autofree char *message =
            g_strdup_printf (_("member '%s' appears twice in the same object"), key);

          fail (self, DOJO_PACK_ERROR_INVALID_JSON, message);
          return NULL;
        }

      if (!(value = parse_value (self)))
        return NULL;
      json_object_set_member (object, key, value);

      skip_space (self);
      if (self->p < self->end && *self->p == ',')
        {
          self->p++;
          continue;
        }
      if (self->p < self->end && *self->p == '}')
        {
          self->p++;
          return json_node_init_object (json_node_alloc (), object);
        }

      fail (self, DOJO_PACK_ERROR_INVALID_JSON,
            _("a ',' or '}' is expected here (is a comma missing on the line before?)"));
      return NULL;
    }
}

static JsonNode *
parse_array (Parser *self)
{
  g_autoptr(JsonArray) array = json_array_new ();

  self->p++; /* [ */
  skip_space (self);

  if (self->p < self->end && *self->p == ']')
    {
      self->p++;
      return json_node_init_array (json_node_alloc (), array);
    }

  for (;;)
    {
      JsonNode *value;

      skip_space (self);
      if (self->p < self->end && *self->p == ']')
        {
          fail (self, DOJO_PACK_ERROR_INVALID_JSON,
                _("a ',' is followed by ']': remove the last comma"));
          return NULL;
        }
      if (!(value = parse_value (self)))
        return NULL;
      json_array_add_element (array, value);

      skip_space (self);
      if (self->p < self->end && *self->p == ',')
        {
          self->p++;
          continue;
        }
      if (self->p < self->end && *self->p == ']')
        {
          self->p++;
          return json_node_init_array (json_node_alloc (), array);
        }

      fail (self, DOJO_PACK_ERROR_INVALID_JSON,
            _("a ',' or ']' is expected here (is a comma missing on the line before?)"));
      return NULL;
    }
}

static JsonNode *
parse_value (Parser *self)
{
  JsonNode *node = NULL;
  guint line;

  skip_space (self);
  line = self->line;

  if (self->p >= self->end)
    {
      fail (self, DOJO_PACK_ERROR_INVALID_JSON, _("the file ends where a value is expected"));
      return NULL;
    }

  switch (*self->p)
    {
    case '{':
    case '[':
      if (++self->depth > DOJO_JSON_MAX_DEPTH)
        {
          g_autofree char *message =
            g_strdup_printf (_("objects and arrays are nested more than %u levels deep"),
                             DOJO_JSON_MAX_DEPTH);

          fail (self, DOJO_PACK_ERROR_TOO_LARGE, message);
          return NULL;
        }
      node = *self->p == '{' ? parse_object (self) : parse_array (self);
      self->depth--;
      break;

    case '"':
      if (parse_string (self))
        node = json_node_init_string (json_node_alloc (), self->scratch->str);
      break;

    case 't':
      if (expect_word (self, "true"))
        node = json_node_init_boolean (json_node_alloc (), TRUE);
      break;

    case 'f':
      if (expect_word (self, "false"))
        node = json_node_init_boolean (json_node_alloc (), FALSE);
      break;

    case 'n':
      if (expect_word (self, "null"))
        node = json_node_init_null (json_node_alloc ());
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      node = parse_number (self);
      break;

    default:
      break;
    }

  if (node == NULL)
    {
      fail (self, DOJO_PACK_ERROR_INVALID_JSON,
            self->p < self->end && *self->p == '\''
            ? _("strings are written in double quotes, not single quotes")
            : _("a value is not valid JSON (strings go in double quotes; "
                "true, false and null are lower case)"));
      return NULL;
    }

  /* Lines are looked up only to report a problem: appending here and
   * sorting later is much cheaper than a hash table per node. */
  {
    NodeLine entry = { node, line };

    g_array_append_val (self->lines, entry);
  }
  return node;
}

DojoJsonDoc *
_dojo_json_doc_parse (const char  *data,
                      gsize        length,
                      guint       *error_line,
                      GError     **error)
{
  g_autoptr(GArray) lines = g_array_sized_new (FALSE, FALSE, sizeof (NodeLine), 1024);
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  const char *bad_utf8 = NULL;
  DojoJsonDoc *doc;
  Parser self = {
    .p = data,
    .end = data + length,
    .line = 1,
    .scratch = scratch,
    .lines = lines,
  };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!g_utf8_validate_len (data, length, &bad_utf8))
    {
      for (const char *c = data; c < bad_utf8; c++)
        if (*c == '\n')
          self.line++;
      fail (&self, DOJO_PACK_ERROR_INVALID_JSON,
            _("the file is not valid UTF-8 text; save it as UTF-8"));
      if (error_line != NULL)
        *error_line = self.error_line;
      g_propagate_error (error, self.error);
      return NULL;
    }

  /* A byte order mark is not JSON, but editors write it; accept it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    self.p += 3;

  root = parse_value (&self);
  if (root != NULL)
    {
      skip_space (&self);
      if (self.p < self.end)
        fail (&self, DOJO_PACK_ERROR_INVALID_JSON,
              _("there is more text after the end of the JSON value"));
    }

  if (self.error != NULL)
    {
      if (error_line != NULL)
        *error_line = self.error_line;
      g_propagate_error (error, self.error);
      return NULL;
    }

  doc = g_new0 (DojoJsonDoc, 1);
  doc->root = g_steal_pointer (&root);
  doc->lines = g_steal_pointer (&lines);

  return doc;
}

void
_dojo_json_doc_free (DojoJsonDoc *doc)
{
  if (doc == NULL)
    return;

  /* The line table first: freeing a block this large makes glibc's malloc
   * merge every small free chunk it holds (malloc_consolidate), and after the
   * tree that is one per JSON value: 18 % of a 50,000-item load went there. */
  g_clear_pointer (&doc->lines, g_array_unref);
  g_clear_pointer (&doc->root, json_node_unref);
  g_free (doc);
}

JsonNode *
_dojo_json_doc_get_root (DojoJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->root;
}

/* Returns: the line on which @node's value starts, or 0 if @node is not
 *   from @doc. */
static int
compare_node_lines (gconstpointer a,
                    gconstpointer b)
{
  const NodeLine *x = a, *y = b;

  return x->node < y->node ? -1 : x->node > y->node;
}

guint
_dojo_json_doc_get_line (DojoJsonDoc *doc,
                         JsonNode    *node)
{
  NodeLine key = { node, 0 };
  NodeLine *hit;

  g_return_val_if_fail (doc != NULL, 0);

  if (node == NULL)
    return 0;

  if (!doc->sorted)
    {
      g_array_sort (doc->lines, compare_node_lines);
      doc->sorted = TRUE;
    }

  hit = bsearch (&key, doc->lines->data, doc->lines->len, sizeof (NodeLine),
                 compare_node_lines);

  return hit ? hit->line : 0;
}
