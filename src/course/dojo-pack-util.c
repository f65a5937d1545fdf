/* dojo-pack-util.c: reporting problems at a line, reading pack files safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-pack-private.h"

static const char * const constructs[] = {
  "if", "while", "for", "break", "continue", "def", "return", "lambda", "class",
  "try", "raise", "with", "import", "comprehension", "generator", "decorator",
  "f-string", "walrus", "match", "global", "nonlocal", "assert", "async",
};

/**
 * dojo_pack_is_construct:
 *
 * Returns: whether @name is in the `introduces` vocabulary
 */
gboolean
dojo_pack_is_construct (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (constructs); i++)
    if (g_str_equal (name, constructs[i]))
      return TRUE;

  return FALSE;
}

/**
 * dojo_pack_is_valid_id:
 *
 * Returns: whether @id is a slug (`^[a-z0-9]+(-[a-z0-9]+)*$`) of at most
 *   %DOJO_PACK_MAX_ID_LENGTH characters
 */
gboolean
dojo_pack_is_valid_id (const char *id)
{
  gsize len = 0;
  char prev = '-';

  g_return_val_if_fail (id != NULL, FALSE);

  for (const char *c = id; *c; c++, len++)
    {
      if (*c == '-')
        {
          if (prev == '-')
            return FALSE;
        }
      else if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')))
        return FALSE;
      prev = *c;
    }

  return len > 0 && len <= DOJO_PACK_MAX_ID_LENGTH && prev != '-';
}

void
_dojo_pack_report (GPtrArray        *problems,
                   const char       *file,
                   guint             line,
                   DojoPackSeverity  severity,
                   DojoPackError     code,
                   const char       *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems == NULL || problems->len > DOJO_PACK_MAX_PROBLEMS)
    return;

  if (problems->len == DOJO_PACK_MAX_PROBLEMS)
    {
      g_ptr_array_add (problems,
                       dojo_pack_problem_new (file, line, DOJO_PACK_SEVERITY_ERROR,
                                              DOJO_PACK_ERROR_TOO_LARGE,
                                              _("too many problems; fix these and "
                                                "validate again")));
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, dojo_pack_problem_new (file, line, severity, code, message));
}

/* Errors from the helpers below carry no location; this adds one. */
void
_dojo_pack_report_error (GPtrArray    *problems,
                         const GError *error,
                         const char   *file,
                         guint         line)
{
  DojoPackError code = error->domain == DOJO_PACK_ERROR ? error->code : DOJO_PACK_ERROR_FAILED;

  _dojo_pack_report (problems, file, line, DOJO_PACK_SEVERITY_ERROR, code, "%s", error->message);
}

gboolean
_dojo_pack_problems_have_errors (GPtrArray *problems,
                                 gboolean   warnings_too)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      if (warnings_too || problem->severity == DOJO_PACK_SEVERITY_ERROR)
        return TRUE;
    }

  return FALSE;
}

guint
_dojo_pack_ctx_line (DojoPackCtx *ctx,
                     JsonNode    *node)
{
  guint line = ctx->doc != NULL ? _dojo_json_doc_get_line (ctx->doc, node) : 0;

  return line > 0 ? line + ctx->line_offset : 0;
}

void
_dojo_pack_ctx_report (DojoPackCtx      *ctx,
                       JsonNode         *at,
                       DojoPackSeverity  severity,
                       DojoPackError     code,
                       const char       *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _dojo_pack_report (ctx->problems, ctx->file, _dojo_pack_ctx_line (ctx, at),
                     severity, code, "%s", message);
}

static const char *
type_name (JsonNodeType type)
{
  switch (type)
    {
    case JSON_NODE_OBJECT: return _("an object {…}");
    case JSON_NODE_ARRAY: return _("an array […]");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default: return _("a string");
    }
}

/* Returns: (transfer none) (nullable): member @name of @object if it is
 *   there and has @type (for JSON_NODE_VALUE: a string) */
JsonNode *
_dojo_pack_ctx_member (DojoPackCtx  *ctx,
                       JsonNode     *object,
                       const char   *name,
                       JsonNodeType  type,
                       gboolean      required)
{
  JsonNode *node = json_object_get_member (json_node_get_object (object), name);

  if (node == NULL)
    {
      if (required)
        _dojo_pack_ctx_report (ctx, object, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_MISSING_FIELD,
                               _("'%s' is missing; it is required here"), name);
      return NULL;
    }

  if (JSON_NODE_TYPE (node) != type
      || (type == JSON_NODE_VALUE && json_node_get_value_type (node) != G_TYPE_STRING))
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("'%s' must be %s"), name, type_name (type));
      return NULL;
    }

  return node;
}

const char *
_dojo_pack_ctx_string (DojoPackCtx *ctx,
                       JsonNode    *object,
                       const char  *name,
                       gboolean     required)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, object, name, JSON_NODE_VALUE, required);
  const char *value;

  if (node == NULL)
    return NULL;

  value = json_node_get_string (node);
  if (required && value[strspn (value, " \t\r\n")] == '\0')
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_INVALID_VALUE,
                             _("'%s' is empty"), name);
      return NULL;
    }

  return value;
}

gboolean
_dojo_pack_ctx_int (DojoPackCtx *ctx,
                    JsonNode    *object,
                    const char  *name,
                    gboolean     required,
                    gint64       min,
                    gint64       max,
                    gint64      *value)
{
  JsonNode *node = json_object_get_member (json_node_get_object (object), name);
  gint64 v;

  if (node == NULL)
    {
      if (required)
        _dojo_pack_ctx_report (ctx, object, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_MISSING_FIELD,
                               _("'%s' is missing; it is required here"), name);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("'%s' must be a whole number"), name);
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_INVALID_VALUE,
                             _("'%s' is %lld; it must be between %lld and %lld"),
                             name, (long long)v, (long long)min, (long long)max);
      return FALSE;
    }

  if (value != NULL)
    *value = v;

  return TRUE;
}

const char *
_dojo_pack_ctx_id (DojoPackCtx *ctx,
                   JsonNode    *object,
                   const char  *name,
                   gboolean     required)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, object, name, JSON_NODE_VALUE, required);
  const char *id;

  if (node == NULL)
    return NULL;

  id = json_node_get_string (node);
  if (strlen (id) > DOJO_PACK_MAX_ID_LENGTH)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_ID,
                             _("id '%s' is longer than %u characters"),
                             id, DOJO_PACK_MAX_ID_LENGTH);
      return NULL;
    }
  if (!dojo_pack_is_valid_id (id))
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_ID,
                             _("id '%s' may only hold a-z, 0-9 and single '-' between "
                               "them, like 'loops-2'"),
                             id);
      return NULL;
    }

  return id;
}

/* The edit distance between @a and @b, counting a swap of two neighbouring
 * characters as one edit ("tset" → "test"), the commonest typo in a field
 * name; plain Levenshtein would count two. (The "optimal string alignment"
 * form of Damerau–Levenshtein; GLib has no edit distance.) Field names are
 * short: longer strings are not worth comparing, and give G_MAXUINT. */
static guint
edit_distance (const char *a,
               const char *b)
{
  enum { MAX_LEN = 64 };
  guint d[MAX_LEN + 1][MAX_LEN + 1];
  gsize m = strlen (a), n = strlen (b);

  if (m > MAX_LEN || n > MAX_LEN)
    return G_MAXUINT;

  for (gsize i = 0; i <= m; i++)
    d[i][0] = i;
  for (gsize j = 0; j <= n; j++)
    d[0][j] = j;

  for (gsize i = 1; i <= m; i++)
    for (gsize j = 1; j <= n; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

        d[i][j] = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          d[i][j] = MIN (d[i][j], d[i - 2][j - 2] + 1);
      }

  return d[m][n];
}

/**
 * _dojo_pack_suggest:
 * @name: a name Dojo does not know
 * @known: the names it does
 *
 * Returns: (nullable): the known name @name is most likely a typo of, or
 *   %NULL if none is close: one edit for names of up to four characters,
 *   two for longer ones, so that "id" does not suggest "on".
 */
const char *
_dojo_pack_suggest (const char         *name,
                    const char * const *known)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  guint limit = strlen (name) <= 4 ? 1 : 2;

  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    {
      guint distance = g_ascii_strcasecmp (name, known[i]) == 0 ? 0
                                                                : edit_distance (name, known[i]);

      if (distance < best_distance)
        {
          best = known[i];
          best_distance = distance;
        }
    }

  return best_distance <= limit ? best : NULL;
}

/* Reports @name, a member of an object that Dojo does not know, at @at,
 * with the known name it is most likely a typo of. */
void
_dojo_pack_ctx_unknown_member (DojoPackCtx        *ctx,
                               JsonNode           *at,
                               const char         *name,
                               const char * const *known,
                               DojoPackSeverity    severity)
{
  const char *suggestion = _dojo_pack_suggest (name, known);

  if (suggestion != NULL)
    _dojo_pack_ctx_report (ctx, at, severity, DOJO_PACK_ERROR_INVALID_VALUE,
                           /* Translators: %1$s is a field name as written, %2$s the
                            * field it is probably a typo of. */
                           _("'%1$s' is not a field Dojo knows here; did you mean '%2$s'? "
                             "It is ignored."),
                           name, suggestion);
  else
    _dojo_pack_ctx_report (ctx, at, severity, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'%s' is not a field Dojo knows here; it is ignored"), name);
}

/* Unknown members are warnings, not errors: a pack written for a newer Dojo
 * of the same format still loads. A typo ("tilte") is caught all the same,
 * with the name it is a typo of. */
void
_dojo_pack_ctx_known_members (DojoPackCtx        *ctx,
                              JsonNode           *object,
                              const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, json_node_get_object (object));
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (!g_strv_contains (known, name))
        _dojo_pack_ctx_unknown_member (ctx, node, name, known, DOJO_PACK_SEVERITY_WARNING);
    }
}

/* Returns: (transfer full) (nullable): the valid constructs of the optional
 *   `introduces` member */
char **
_dojo_pack_ctx_introduces (DojoPackCtx *ctx,
                           JsonNode    *object)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, object, "introduces", JSON_NODE_ARRAY, FALSE);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  if (node == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          _dojo_pack_ctx_report (ctx, element, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("'introduces' must list construct names as strings"));
          continue;
        }

      name = json_node_get_string (element);
      if (!dojo_pack_is_construct (name))
        {
          _dojo_pack_ctx_report (ctx, element, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_UNKNOWN_CONSTRUCT,
                                 _("'%s' is not a construct Dojo knows; see the "
                                   "'introduces' vocabulary in docs/pack-format.md"),
                                 name);
          continue;
        }

      g_strv_builder_add (builder, name);
    }

  return g_strv_builder_end (builder);
}

/* Reports at @at (a path in a pack file) if @relpath is not a plain relative
 * path. Cheap: no file system access. */
gboolean
_dojo_pack_ctx_relpath (DojoPackCtx *ctx,
                        JsonNode    *at,
                        const char  *relpath)
{
  g_autoptr(GError) error = NULL;

  if (_dojo_pack_check_relpath (relpath, &error))
    return TRUE;

  _dojo_pack_report_error (ctx->problems, error, ctx->file, _dojo_pack_ctx_line (ctx, at));
  return FALSE;
}

/**
 * _dojo_pack_check_relpath:
 *
 * A pack names its files with '/'-separated paths relative to its root that
 * never climb out of it. Refuses absolute paths, "..", backslashes and
 * empty names.
 */
gboolean
_dojo_pack_check_relpath (const char  *relpath,
                          GError     **error)
{
  const char *p = relpath;

  if (relpath == NULL || relpath[0] == '\0')
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                   _("a path is empty"));
      return FALSE;
    }

  if (relpath[0] == '/' || strchr (relpath, '\\') != NULL
      || (g_ascii_isalpha (relpath[0]) && relpath[1] == ':'))
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH,
                   _("path '%s' is absolute; give a path relative to the pack's folder, "
                     "with '/' between folders"),
                   relpath);
      return FALSE;
    }

  while (*p)
    {
      const char *slash = strchr (p, '/');
      gsize len = slash ? (gsize)(slash - p) : strlen (p);

      if (len == 2 && p[0] == '.' && p[1] == '.')
        {
          g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH,
                       _("path '%s' uses '..'; a pack may only name files inside itself"),
                       relpath);
          return FALSE;
        }

      if (slash == NULL)
        break;
      p = slash + 1;
    }

  return TRUE;
}

/* Returns: (transfer full): the real path of @relpath under @root (itself a
 *   real path), or NULL if it does not exist or leads out of @root, for
 *   instance through a symbolic link. */
char *
_dojo_pack_locate (const char  *root,
                   const char  *relpath,
                   GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  gsize root_len = strlen (root);

  if (!_dojo_pack_check_relpath (relpath, error))
    return NULL;

  path = g_build_filename (root, relpath, NULL);
  real = realpath (path, NULL);

  if (real == NULL)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE,
                     _("'%s' does not exist in the pack"), relpath);
      else
        g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_FAILED,
                     _("cannot open '%s': %s"), relpath, g_strerror (saved_errno));
      return NULL;
    }

  if (strncmp (real, root, root_len) != 0 || (real[root_len] != '/' && real[root_len] != '\0'))
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH,
                   _("'%s' is a symbolic link that leads out of the pack; "
                     "put the file itself into the pack"),
                   relpath);
      return NULL;
    }

  return g_steal_pointer (&real);
}

/* Reads a text file of the pack: inside it, at most @limit bytes, UTF-8.
 * The size is checked before reading, so a huge file costs nothing. */
gboolean
_dojo_pack_read_text (const char  *root,
                      const char  *relpath,
                      gsize        limit,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  g_autofree char *real = NULL;
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize len = 0;

  if (!(real = _dojo_pack_locate (root, relpath, error)))
    return FALSE;

  if (g_stat (real, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_FAILED,
                   _("cannot open '%s': %s"), relpath, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE,
                   _("'%s' is a folder; a file is expected here"), relpath);
      return FALSE;
    }

  if ((guint64)st.st_size > limit)
    {
      g_autofree char *size = g_format_size_full (st.st_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_TOO_LARGE,
                   _("'%s' is %s; the limit for one file is %s"), relpath, size, max);
      return FALSE;
    }

  if (!g_file_get_contents (real, &data, &len, NULL) || len > limit)
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_FAILED,
                   _("cannot read '%s'"), relpath);
      return FALSE;
    }

  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = len;

  return TRUE;
}

/* Reads and parses a JSON file of the pack; *@error_line is the line of a
 * syntax error, 0 for errors about the whole file. */
DojoJsonDoc *
_dojo_pack_read_json (const char  *root,
                      const char  *relpath,
                      gsize        limit,
                      guint       *error_line,
                      GError     **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  *error_line = 0;

  if (!_dojo_pack_read_text (root, relpath, limit, &data, &len, error))
    return NULL;

  return _dojo_json_doc_parse (data, len, error_line, error);
}

static gboolean
is_number (const char *s,
           gsize       len)
{
  if (len == 0 || (len > 1 && s[0] == '0'))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH, optional -pre and +build. */
gboolean
_dojo_pack_is_semver (const char *version)
{
  const char *p = version;

  for (guint part = 0; part < 3; part++)
    {
      gsize len = strspn (p, "0123456789");

      if (!is_number (p, len))
        return FALSE;
      p += len;
      if (part < 2)
        {
          if (*p != '.')
            return FALSE;
          p++;
        }
    }

  if (*p == '-' || *p == '+')
    {
      p++;
      if (*p == '\0')
        return FALSE;
      for (; *p; p++)
        if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '+')
          return FALSE;
    }

  return *p == '\0';
}

/* Compares dotted numeric versions ("3.10" < "3.12", "0.1.0" < "0.2.0");
 * anything after '-' or '+' is ignored. */
int
_dojo_pack_compare_versions (const char *a,
                             const char *b)
{
  while (TRUE)
    {
      guint64 x = 0, y = 0;

      if (*a && g_ascii_isdigit (*a))
        x = g_ascii_strtoull (a, (char **)&a, 10);
      if (*b && g_ascii_isdigit (*b))
        y = g_ascii_strtoull (b, (char **)&b, 10);

      if (x != y)
        return x < y ? -1 : 1;

      if (*a == '.')
        a++;
      else
        a = "";
      if (*b == '.')
        b++;
      else
        b = "";

      if (*a == '\0' && *b == '\0')
        return 0;
    }
}
