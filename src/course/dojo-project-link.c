/* dojo-project-link.c: "project:PATH#L12" links, which open a file of the learner's project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-pack-problem.h"
#include "dojo-project-link-private.h"

/* A lesson, the instructions or a hint may point at a file of the learner's
 * project (docs/pack-format.md, "Links to the learner's files"):
 *
 *   project:storage.py          open storage.py
 *   project:pkg/util.py#L12     open pkg/util.py at line 12
 *   project:shapes.py?new       the learner makes shapes.py (validate does
 *                               not warn that no starter file has that name)
 *
 * The path is percent-encoded as in any link (project:my%20notes.txt). The
 * app opens it under the project's folder, so it must stay inside it: the
 * checks here are what keeps a pack from opening any other file. */

/* Returns: whether @href is meant as a project link, well-formed or not */
gboolean
_dojo_project_link_is_project (const char *href)
{
  return href != NULL &&
         g_ascii_strncasecmp (href, DOJO_PROJECT_LINK_SCHEME,
                              strlen (DOJO_PROJECT_LINK_SCHEME)) == 0;
}

static gboolean
fail (GError     **error,
      DojoPackError code,
      const char  *format,
      const char  *href)
{
  g_set_error (error, DOJO_PACK_ERROR, code, format, href);
  return FALSE;
}

/* Returns: (transfer full) (nullable): @path with "." and empty segments
 *   left out, or %NULL with @error set if it does not name a file inside
 *   the project */
static char *
normalize_path (const char  *href,
                const char  *path,
                GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) segments = NULL;

  if (path[0] == '/' || (g_ascii_isalpha (path[0]) && path[1] == ':'))
    {
      fail (error, DOJO_PACK_ERROR_UNSAFE_PATH,
            _("project link '%s' names an absolute path; give the file's path relative to "
              "the project's folder, like project:main.py"), href);
      return NULL;
    }
  if (strchr (path, '\\') != NULL)
    {
      fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
            _("project link '%s' holds a '\\'; put '/' between folders"), href);
      return NULL;
    }
  for (const char *c = path; *c; c++)
    if ((guchar)*c < 0x20 || *c == 0x7f)
      {
        fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
              _("project link '%s' holds a control character"), href);
        return NULL;
      }
  if (g_str_has_suffix (path, "/"))
    {
      fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
            _("project link '%s' ends in '/'; it must name a file, not a folder"), href);
      return NULL;
    }

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], ".."))
        {
          fail (error, DOJO_PACK_ERROR_UNSAFE_PATH,
                _("project link '%s' uses '..'; it may only name files inside the "
                  "learner's project"), href);
          return NULL;
        }
      if (parts[i][0] != '\0' && !g_str_equal (parts[i], "."))
        g_strv_builder_add (kept, parts[i]);
    }

  segments = g_strv_builder_end (kept);
  if (segments[0] == NULL)
    {
      fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
            _("project link '%s' names no file; write project:main.py"), href);
      return NULL;
    }

  return g_strjoinv ("/", segments);
}

/**
 * _dojo_project_link_parse_full:
 * @href: a link's target, as written in the Markdown
 * @path: (out) (optional) (transfer full): the file, relative to the
 *   project's folder, normalised and percent-decoded
 * @line: (out) (optional): the line of `#L12`, or 0
 * @is_new: (out) (optional): whether the link ends in `?new`: the learner
 *   is to make the file
 * @error: why @href is not a well-formed project link
 *
 * Returns: %TRUE if @href is a well-formed project link
 */
gboolean
_dojo_project_link_parse_full (const char  *href,
                               char       **path,
                               guint       *line,
                               gboolean    *is_new,
                               GError     **error)
{
  g_autofree char *encoded = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *normal = NULL;
  const char *rest, *query = NULL, *fragment = NULL;
  guint64 number = 0;
  gsize length;

  if (path != NULL)
    *path = NULL;
  if (line != NULL)
    *line = 0;
  if (is_new != NULL)
    *is_new = FALSE;

  if (!_dojo_project_link_is_project (href))
    return fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
                 _("'%s' is not a project link; those start with project:"),
                 href ? href : "");

  rest = href + strlen (DOJO_PROJECT_LINK_SCHEME);
  length = strcspn (rest, "?#");
  encoded = g_strndup (rest, length);

  if (rest[length] == '?')
    {
      query = rest + length + 1;
      if (!g_str_has_prefix (query, "new") || (query[3] != '\0' && query[3] != '#'))
        return fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
                     _("project link '%s': only '?new' may follow the file's path, for a "
                       "file the learner makes"), href);
      if (query[3] == '#')
        fragment = query + 3;
    }
  else if (rest[length] == '#')
    fragment = rest + length;

  if (fragment != NULL &&
      (fragment[1] != 'L' ||
       !g_ascii_string_to_unsigned (fragment + 2, 10, 1, G_MAXUINT, &number, NULL)))
    return fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
                 _("project link '%s': after '#' comes a line, like #L12 (lines count "
                   "from 1)"), href);

  if (encoded[0] == '\0')
    return fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
                 _("project link '%s' names no file; write project:main.py"), href);

  /* '/' stays a separator: "%2F" would hide one from the checks below. */
  decoded = g_uri_unescape_segment (encoded, NULL, "/");
  if (decoded == NULL || !g_utf8_validate (decoded, -1, NULL))
    return fail (error, DOJO_PACK_ERROR_INVALID_MARKDOWN,
                 _("project link '%s' is not percent-encoded correctly: each '%%' must be "
                   "followed by two hexadecimal digits, the result must be UTF-8 text, and "
                   "'/' may not be encoded"), href);

  if (!(normal = normalize_path (href, decoded, error)))
    return FALSE;

  if (path != NULL)
    *path = g_steal_pointer (&normal);
  if (line != NULL)
    *line = (guint)number;
  if (is_new != NULL)
    *is_new = query != NULL;

  return TRUE;
}

/**
 * dojo_project_link_parse:
 * @href: a link's target, as written in the Markdown
 * @path: (out) (optional) (transfer full): the file, relative to the
 *   project's folder: percent-decoded, normalised ("./a//b.py" is "a/b.py"),
 *   never absolute, never with ".."
 * @line: (out) (optional): the line of `project:PATH#L12`, or 0 without one
 *
 * Reads a link that opens a file of the learner's project: `project:PATH`,
 * `project:PATH#L12`, and `project:PATH?new` (the learner is to make the
 * file; for the app the same as `project:PATH`).
 *
 * Returns: %TRUE only for a well-formed project link; else @path is %NULL
 */
gboolean
dojo_project_link_parse (const char  *href,
                         char       **path,
                         guint       *line)
{
  g_return_val_if_fail (href != NULL, FALSE);

  return _dojo_project_link_parse_full (href, path, line, NULL, NULL);
}
