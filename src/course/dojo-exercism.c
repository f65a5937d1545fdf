/* dojo-exercism.c: exercises in the layout of Exercism's Python track, as a pack
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-exercism"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-installer-private.h"
#include "dojo-pack.h"
#include "dojo-exercism-private.h"

/* An exercise of the track, on the teacher's disk:
 *
 *   exercises/concept/NAME/ or exercises/practice/NAME/
 *     .docs/instructions.md   (## 1. Title headings name the tasks)
 *     .docs/introduction.md   optional, shown before the instructions
 *     .docs/hints.md          optional: ## General, ## 1. …, each a hint
 *     .meta/config.json       files.solution (the stubs), files.test,
 *                             files.exemplar or files.example, authors
 *     NAME.py  NAME_test.py   the stub and the tests (pytest)
 *
 * becomes exercises/NAME/ of a pack with one pytest check that runs the
 * test file as it is. The Markdown is rewritten only where Dojo reads it
 * otherwise: Exercism's admonition fences become GitHub's `> [!NOTE]`
 * boxes, and reference links become inline links, so that a hint cut out
 * of hints.md keeps the addresses defined at the file's end. */

#define IMPORT_VERSION   "1.0.0"
#define IMPORT_PYTHON    "3.10"
#define PHASE_ID         "exercises"
#define CHECK_ID         "tests"

G_DEFINE_QUARK (dojo-exercism-error-quark, dojo_exercism_error)

/* Markdown ---------------------------------------------------------------- */

/* A fence line opens or closes a code block: up to three spaces, then
 * three or more backticks or tildes. Returns the fence's length, or 0. */
static guint
fence_of (const char  *line,
          char        *fence_char,
          const char **info)
{
  const char *p = line;
  guint n = 0;

  while (*p == ' ' && p - line < 3)
    p++;
  if (*p != '`' && *p != '~')
    return 0;
  while (p[n] == p[0])
    n++;
  if (n < 3)
    return 0;

  *fence_char = p[0];
  *info = p + n;
  return n;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

typedef struct
{
  char  code_char;
  guint code_length;  /* inside a code block while > 0 */
  char  box_char;
  guint box_length;   /* inside an admonition while > 0 */
} Fences;

typedef enum
{
  LINE_TEXT,      /* Markdown to read (also inside an admonition) */
  LINE_CODE,      /* a code block's line, or one of its fences */
  LINE_BOX_OPEN,  /* ~~~~exercism/KIND */
  LINE_BOX_CLOSE, /* the admonition's closing fence */
} LineKind;

/* What @line is, given the lines before it (kept in @fences). */
static LineKind
fences_read (Fences      *fences,
             const char  *line,
             const char **box_info)
{
  const char *info = NULL;
  char fence_char = 0;
  guint fence = fence_of (line, &fence_char, &info);

  if (fences->code_length > 0)
    {
      if (fence >= fences->code_length && fence_char == fences->code_char && is_blank (info))
        fences->code_length = 0;
      return LINE_CODE;
    }
  if (fence == 0)
    return LINE_TEXT;
  if (fences->box_length > 0 && fence >= fences->box_length &&
      fence_char == fences->box_char && is_blank (info))
    {
      fences->box_length = 0;
      return LINE_BOX_CLOSE;
    }
  if (fences->box_length == 0 && g_str_has_prefix (info, "exercism/"))
    {
      fences->box_char = fence_char;
      fences->box_length = fence;
      *box_info = info;
      return LINE_BOX_OPEN;
    }

  fences->code_char = fence_char;
  fences->code_length = fence;
  return LINE_CODE;
}

/* CommonMark matches labels without regard to case or runs of spaces. */
static char *
normalize_label (const char *label,
                 gssize      length)
{
  g_autofree char *copy = g_strndup (label, length < 0 ? strlen (label) : (gsize)length);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (copy), " \t\n", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words[i]);
    }

  return g_utf8_casefold (joined->str, -1);
}

/* `[label]: destination "title"` on a line of its own. */
static gboolean
parse_definition (const char  *line,
                  char       **label,
                  char       **target)
{
  const char *p = line;
  const char *start;
  const char *end;

  while (*p == ' ' && p - line < 3)
    p++;
  if (*p != '[' || p[1] == '^')
    return FALSE;
  start = ++p;
  while (*p != '\0' && *p != ']')
    {
      if (*p == '[')
        return FALSE;
      if (*p == '\\' && p[1] != '\0')
        p++;
      p++;
    }
  if (*p != ']' || p == start || p[1] != ':')
    return FALSE;
  end = p;
  p += 2;
  while (*p == ' ' || *p == '\t')
    p++;
  if (is_blank (p))
    return FALSE;

  *label = normalize_label (start, end - start);
  *target = g_strstrip (g_strdup (p));
  return TRUE;
}

/* Every definition outside code blocks; the first of a label counts. */
static GHashTable *
collect_definitions (const char *text)
{
  GHashTable *definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  Fences fences = { 0 };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *info = NULL;
      char *label = NULL;
      char *target = NULL;

      /* An admonition's inside is Markdown, read like the rest. */
      if (fences_read (&fences, lines[i], &info) != LINE_TEXT)
        continue;
      if (parse_definition (lines[i], &label, &target))
        {
          if (!g_hash_table_contains (definitions, label))
            g_hash_table_insert (definitions, label, target);
          else
            {
              g_free (label);
              g_free (target);
            }
        }
    }

  return definitions;
}

/* The end of the code span that starts with the run of backticks at @i,
 * or -1 if the run is not closed (then it is plain text). */
static gssize
code_span_end (const char *s,
               gsize       length,
               gsize       i)
{
  gsize run = 0;

  while (i + run < length && s[i + run] == '`')
    run++;

  for (gsize j = i + run; j < length; )
    {
      gsize closing = 0;

      if (s[j] != '`')
        {
          j++;
          continue;
        }
      while (j + closing < length && s[j + closing] == '`')
        closing++;
      if (closing == run)
        return j + closing;
      j += closing;
    }

  return -1;
}

/* The `]` that closes the `[` at @i, skipping escapes and code spans. */
static gssize
closing_bracket (const char *s,
                 gsize       length,
                 gsize       i)
{
  guint depth = 0;

  for (gsize j = i; j < length; j++)
    {
      if (s[j] == '\\' && j + 1 < length)
        j++;
      else if (s[j] == '`')
        {
          gssize end = code_span_end (s, length, j);

          if (end > 0)
            j = end - 1;
          else
            while (j + 1 < length && s[j + 1] == '`')
              j++;
        }
      else if (s[j] == '[')
        depth++;
      else if (s[j] == ']' && --depth == 0)
        return j;
    }

  return -1;
}

static void
resolve_links (const char *s,
               gsize       length,
               GHashTable *definitions,
               GString    *out)
{
  gsize i = 0;

  while (i < length)
    {
      gssize close;
      gsize text_start;
      gsize text_length;
      const char *target = NULL;

      if (s[i] == '\\' && i + 1 < length)
        {
          g_string_append_len (out, s + i, 2);
          i += 2;
          continue;
        }
      if (s[i] == '`')
        {
          gssize end = code_span_end (s, length, i);
          gsize run = 0;

          if (end > 0)
            {
              g_string_append_len (out, s + i, end - i);
              i = end;
              continue;
            }
          while (i + run < length && s[i + run] == '`')
            run++;
          g_string_append_len (out, s + i, run);
          i += run;
          continue;
        }
      if (s[i] != '[' || (close = closing_bracket (s, length, i)) < 0)
        {
          g_string_append_c (out, s[i++]);
          continue;
        }

      text_start = i + 1;
      text_length = close - text_start;

      if ((gsize)close + 1 < length && s[close + 1] == '[')
        {
          gssize label_close = closing_bracket (s, length, close + 1);

          if (label_close > 0)
            {
              g_autofree char *label = NULL;

              /* `[text][]` is `[text][text]`. */
              if (label_close == close + 2)
                label = normalize_label (s + text_start, text_length);
              else
                label = normalize_label (s + close + 2, label_close - close - 2);
              target = g_hash_table_lookup (definitions, label);
              if (target != NULL)
                {
                  g_string_append_c (out, '[');
                  resolve_links (s + text_start, text_length, definitions, out);
                  g_string_append_printf (out, "](%s)", target);
                  i = label_close + 1;
                  continue;
                }
            }
        }
      else if (!((gsize)close + 1 < length && s[close + 1] == '('))
        {
          g_autofree char *label = normalize_label (s + text_start, text_length);

          target = g_hash_table_lookup (definitions, label);
        }

      g_string_append_c (out, '[');
      resolve_links (s + text_start, text_length, definitions, out);
      g_string_append_c (out, ']');
      if (target != NULL)
        g_string_append_printf (out, "(%s)", target);
      i = close + 1;
    }
}

/* Exercism's kinds of box, as GitHub's. */
static const char *
alert_for (const char *info)
{
  static const char * const kinds[][2] = {
    { "note", "NOTE" }, { "tip", "TIP" }, { "advanced", "TIP" },
    { "important", "IMPORTANT" }, { "warning", "WARNING" }, { "caution", "CAUTION" },
  };
  g_autofree char *kind = g_ascii_strdown (info + strlen ("exercism/"), -1);

  g_strstrip (kind);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kind, kinds[i][0]))
      return kinds[i][1];

  return "NOTE";
}

static void
append_lines (GString    *out,
              const char *text,
              gsize       length,
              gboolean    quoted)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *line_end = newline ? newline : end;

      if (quoted)
        g_string_append (out, line_end > p ? "> " : ">");
      g_string_append_len (out, p, line_end - p);
      g_string_append_c (out, '\n');
      p = line_end + 1;
    }
}

static void
flush_prose (GString    *prose,
             GHashTable *definitions,
             gboolean    quoted,
             GString    *out)
{
  g_autoptr(GString) resolved = g_string_new (NULL);

  if (prose->len == 0)
    return;

  resolve_links (prose->str, prose->len, definitions, resolved);
  append_lines (out, resolved->str, resolved->len, quoted);
  g_string_truncate (prose, 0);
}

static char *
convert_markdown (const char *text,
                  GHashTable *definitions)
{
  g_autofree char *unix_text = g_strdup (text);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) prose = g_string_new (NULL);
  Fences fences = { 0 };
  char *w = unix_text;
  gsize end;

  /* Lines end with \n only from here on. */
  for (const char *r = unix_text; *r != '\0'; r++)
    if (!(*r == '\r' && r[1] == '\n'))
      *w++ = *r;
  *w = '\0';
  lines = g_strsplit (unix_text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *info = NULL;
      gboolean in_box = fences.box_length > 0;
      g_autofree char *label = NULL;
      g_autofree char *target = NULL;

      switch (fences_read (&fences, line, &info))
        {
        case LINE_CODE:
          flush_prose (prose, definitions, in_box, out);
          if (in_box)
            g_string_append (out, line[0] != '\0' ? "> " : ">");
          g_string_append (out, line);
          g_string_append_c (out, '\n');
          break;

        /* A blank line on each side of a box: a box right after another
         * would join it, and a line right after one would continue it. */
        case LINE_BOX_OPEN:
          flush_prose (prose, definitions, FALSE, out);
          if (out->len > 0 && !g_str_has_suffix (out->str, "\n\n"))
            g_string_append_c (out, '\n');
          g_string_append_printf (out, "> [!%s]\n", alert_for (info));
          break;

        case LINE_BOX_CLOSE:
          flush_prose (prose, definitions, TRUE, out);
          g_string_append_c (out, '\n');
          if (lines[i + 1] != NULL && is_blank (lines[i + 1]))
            i++;
          break;

        case LINE_TEXT:
        default:
          if (parse_definition (line, &label, &target))
            break;
          g_string_append (prose, line);
          g_string_append_c (prose, '\n');
          break;
        }
    }
  flush_prose (prose, definitions, fences.box_length > 0, out);

  /* Dropped definitions leave blank lines at the end; a section cut out
   * of a file may start with some. */
  while (out->len > 0 && out->str[0] == '\n')
    g_string_erase (out, 0, 1);
  end = out->len;
  while (end > 0 && g_ascii_isspace (out->str[end - 1]))
    end--;
  g_string_truncate (out, end);
  if (out->len > 0)
    g_string_append_c (out, '\n');

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _dojo_exercism_markdown:
 * @text: Markdown of an Exercism exercise
 *
 * Returns: (transfer full): @text with Exercism's admonition fences
 *   (`~~~~exercism/note` … `~~~~`) as GitHub's boxes (`> [!NOTE]`) and
 *   reference links resolved to inline links; code blocks as they were.
 */
char *
_dojo_exercism_markdown (const char *text)
{
  g_autoptr(GHashTable) definitions = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  definitions = collect_definitions (text);
  return convert_markdown (text, definitions);
}

/* The level of an ATX heading (`## Title`), or 0. */
static guint
heading_level (const char  *line,
               const char **title)
{
  const char *p = line;
  guint level = 0;

  while (*p == ' ' && p - line < 3)
    p++;
  while (p[level] == '#')
    level++;
  if (level == 0 || level > 6 || (p[level] != ' ' && p[level] != '\t' && p[level] != '\0'))
    return 0;

  *title = p + level;
  return level;
}

static char *
heading_text (const char *title)
{
  g_autofree char *copy = g_strstrip (g_strdup (title));
  gsize length = strlen (copy);

  /* A closing run of #s is not part of the title. */
  while (length > 0 && copy[length - 1] == '#')
    length--;
  copy[length] = '\0';

  return g_strstrip (g_strdup (copy));
}

/**
 * _dojo_exercism_hints:
 * @text: an exercise's hints.md
 *
 * Returns: (transfer full): the hints, in order: the text before the
 *   first `##` heading (if any), then each `##` section (`## General`,
 *   `## 1. …`) with its heading in bold, converted as
 *   _dojo_exercism_markdown() does, with the links defined anywhere in
 *   @text.
 */
GStrv
_dojo_exercism_hints (const char *text)
{
  g_autoptr(GHashTable) definitions = NULL;
  g_autoptr(GStrvBuilder) hints = g_strv_builder_new ();
  g_autoptr(GString) section = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *title = NULL;
  Fences fences = { 0 };

  g_return_val_if_fail (text != NULL, NULL);

  definitions = collect_definitions (text);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      const char *heading = NULL;
      const char *info = NULL;
      guint level = 0;

      if (line != NULL && fences_read (&fences, line, &info) == LINE_TEXT &&
          fences.box_length == 0)
        level = heading_level (line, &heading);

      if (line == NULL || level == 1 || level == 2)
        {
          g_autofree char *body = convert_markdown (section->str, definitions);

          if (!is_blank (body))
            {
              if (title != NULL)
                {
                  g_autofree char *hint = g_strdup_printf ("**%s**\n\n%s", title, body);

                  g_strv_builder_add (hints, hint);
                }
              else
                g_strv_builder_add (hints, body);
            }
          g_string_truncate (section, 0);
          g_clear_pointer (&title, g_free);
          if (line == NULL)
            break;
          /* `# Hints` names the file, not a hint. */
          if (level == 2)
            title = heading_text (heading);
          continue;
        }

      g_string_append (section, line);
      g_string_append_c (section, '\n');
    }

  return g_strv_builder_end (hints);
}

/**
 * _dojo_exercism_tasks:
 * @instructions: an exercise's instructions.md
 *
 * Returns: (transfer full): the task titles, `{"1": "Title", …}`, from
 *   the `## 1. Title` headings outside code blocks; empty if none.
 */
JsonObject *
_dojo_exercism_tasks (const char *instructions)
{
  g_autoptr(GRegex) task = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *tasks = json_object_new ();
  Fences fences = { 0 };

  g_return_val_if_fail (instructions != NULL, tasks);

  task = g_regex_new ("^([0-9]+)\\.\\s+(.+)$", G_REGEX_OPTIMIZE, 0, NULL);
  lines = g_strsplit (instructions, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *text = NULL;
      const char *heading = NULL;
      const char *info = NULL;

      g_strchomp (lines[i]);
      if (fences_read (&fences, lines[i], &info) != LINE_TEXT || fences.box_length > 0)
        continue;
      if (heading_level (lines[i], &heading) != 2)
        continue;

      text = heading_text (heading);
      if (g_regex_match (task, text, 0, &match))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          g_autofree char *title = g_match_info_fetch (match, 2);
          guint64 n = 0;

          if (g_ascii_string_to_unsigned (number, 10, 1, G_MAXUINT, &n, NULL) &&
              !json_object_has_member (tasks, number))
            json_object_set_string_member (tasks, number, g_strstrip (title));
        }
    }

  return tasks;
}

/* The import ---------------------------------------------------------------- */

typedef struct
{
  char      *slug;
  char      *title;
  char      *dir;       /* the exercise's folder in the track */
  GPtrArray *authors;   /* of config.json, in order */
} Exercise;

static void
exercise_free (Exercise *exercise)
{
  g_free (exercise->slug);
  g_free (exercise->title);
  g_free (exercise->dir);
  g_clear_pointer (&exercise->authors, g_ptr_array_unref);
  g_free (exercise);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Exercise, exercise_free)

/* A path a config.json names: inside the exercise's folder. */
static gboolean
is_inside_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path[0] == '\0' || g_path_is_absolute (path) || strchr (path, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], "..") || parts[i][0] == '\0')
      return FALSE;

  return TRUE;
}

static gboolean
read_text (const char  *dir,
           const char  *relpath,
           gboolean     optional,
           char       **contents,
           gsize       *length,
           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, relpath, NULL);
  g_autoptr(GError) local_error = NULL;

  *contents = NULL;
  if (g_file_get_contents (path, contents, length, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      if (optional)
        return TRUE;
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                   _("%s: no such file"), path);
      return FALSE;
    }

  g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
               _("%s: could not read it: %s"), path, local_error->message);
  return FALSE;
}

static gboolean
write_text (const char  *root,
            const char  *relpath,
            const char  *contents,
            gssize       length,
            GError     **error)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) local_error = NULL;

  if (g_mkdir_with_parents (parent, 0755) != 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_FAILED,
                   _("Could not create the folder “%s”: %s"), parent, g_strerror (errsv));
      return FALSE;
    }
  if (!g_file_set_contents (path, contents, length, &local_error))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_FAILED,
                   "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

static char *
json_text (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

/* The strings of files.@name in config.json, each a path in the folder. */
static GStrv
config_files (JsonObject  *files,
              const char  *name,
              const char  *config_path,
              GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (files, name);
  JsonArray *array;

  if (node == NULL)
    return g_strv_builder_end (builder);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: “files”: “%s” must be a list of file names"), config_path, name);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *path = JSON_NODE_HOLDS_VALUE (element) ? json_node_get_string (element) : NULL;

      if (path == NULL || !is_inside_path (path))
        {
          g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                       _("%s: “files”: “%s” must name files inside the exercise's folder"),
                       config_path, name);
          return NULL;
        }
      g_strv_builder_add (builder, path);
    }

  return g_strv_builder_end (builder);
}

static char *
title_from_slug (const char *slug)
{
  g_auto(GStrv) words = g_strsplit (slug, "-", -1);
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append_c (title, g_ascii_toupper (words[i][0]));
      g_string_append (title, words[i] + 1);
    }

  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* The track's config.json names its exercises; a track without one (or a
 * broken one) still imports, with titles made of the folder names. */
static JsonNode *
read_track_config (const char *track)
{
  g_autofree char *path = g_build_filename (track, "config.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_mapped_file (parser, path, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_node_copy (root);
}

static char *
track_exercise_name (JsonNode   *config,
                     const char *kind,
                     const char *slug)
{
  JsonObject *exercises;
  JsonArray *list;

  if (config == NULL ||
      !(exercises = json_object_get_object_member (json_node_get_object (config), "exercises")) ||
      !json_object_has_member (exercises, kind) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (exercises, kind)))
    return NULL;

  list = json_object_get_array_member (exercises, kind);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (entry != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (entry, "slug", ""), slug) == 0)
        {
          const char *name = json_object_get_string_member_with_default (entry, "name", "");

          return name[0] != '\0' ? g_strdup (name) : NULL;
        }
    }

  return NULL;
}

/* NAME, concept/NAME or practice/NAME: the exercise's folder. */
static Exercise *
find_exercise (const char  *track,
               JsonNode    *track_config,
               const char  *name,
               GError     **error)
{
  g_autoptr(Exercise) exercise = g_new0 (Exercise, 1);
  const char *kinds[] = { "concept", "practice" };
  const char *slash = strchr (name, '/');
  g_autofree char *slug = g_strdup (slash ? slash + 1 : name);
  g_autofree char *found_kind = NULL;
  guint found = 0;

  if (slash != NULL)
    {
      g_autofree char *kind = g_strndup (name, slash - name);

      if (!g_str_equal (kind, "concept") && !g_str_equal (kind, "practice"))
        {
          g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                       _("“%s”: write the exercise's name, or concept/NAME or practice/NAME"),
                       name);
          return NULL;
        }
      kinds[0] = g_str_equal (kind, "concept") ? "concept" : "practice";
      kinds[1] = NULL;
    }

  if (!dojo_pack_is_valid_id (slug))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                   _("“%s” is not the name of an exercise: names are lower-case letters, "
                     "digits and “-”, as the exercise's folder is called"), name);
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds) && kinds[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (track, "exercises", kinds[i], slug, NULL);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          found++;
          g_free (exercise->dir);
          exercise->dir = g_steal_pointer (&dir);
          g_free (found_kind);
          found_kind = g_strdup (kinds[i]);
        }
    }

  if (found == 0)
    {
      g_autofree char *concept = g_build_filename (track, "exercises", "concept", slug, NULL);
      g_autofree char *practice = g_build_filename (track, "exercises", "practice", slug, NULL);

      if (slash != NULL)
        g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                     _("No exercise “%s”: there is no folder %s"), name,
                     g_str_equal (kinds[0], "concept") ? concept : practice);
      else
        g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                     _("No exercise “%s”: there is no folder %s nor %s"), name, concept,
                     practice);
      return NULL;
    }
  if (found > 1)
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("“%s” is both a concept and a practice exercise: write concept/%s or "
                     "practice/%s"), name, slug, slug);
      return NULL;
    }

  exercise->slug = g_steal_pointer (&slug);
  exercise->title = track_exercise_name (track_config, found_kind, exercise->slug);
  if (exercise->title == NULL)
    exercise->title = title_from_slug (exercise->slug);
  exercise->authors = g_ptr_array_new_with_free_func (g_free);

  return g_steal_pointer (&exercise);
}

static JsonNode *
exercise_json (Exercise    *exercise,
               GStrv        stubs,
               const char  *test,
               JsonObject  *tasks,
               GStrv        hints)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, exercise->title);
  json_builder_set_member_name (builder, "instructions");
  json_builder_add_string_value (builder, "instructions.md");

  json_builder_set_member_name (builder, "starter");
  json_builder_begin_object (builder);
  for (guint i = 0; stubs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename ("starter", stubs[i], NULL);

      json_builder_set_member_name (builder, stubs[i]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, path);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "entry");
  json_builder_add_string_value (builder, stubs[0]);

  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "pytest");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, CHECK_ID);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "The tests pass");
  json_builder_set_member_name (builder, "test");
  json_builder_add_string_value (builder, test);
  if (json_object_get_size (tasks) > 0)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (node, tasks);
      json_builder_set_member_name (builder, "tasks");
      json_builder_add_value (builder, g_steal_pointer (&node));
    }
  json_builder_end_object (builder);
  /* Exercism's exemplars carry no type hints, so the type check only asks
   * that the code agrees with itself; a teacher who adds hints to the
   * solution can ask for them with "mode": "annotated" (docs/teachers.md). */
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "type-check");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "types");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "The types agree with the code");
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, "basic");
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  if (hints[0] != NULL)
    {
      json_builder_set_member_name (builder, "hints");
      json_builder_begin_array (builder);
      for (guint i = 0; hints[i] != NULL; i++)
        json_builder_add_string_value (builder, hints[i]);
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "solution");
  json_builder_add_string_value (builder, "solution");
  json_builder_set_member_name (builder, "revision");
  json_builder_add_int_value (builder, 1);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
copy_file (const char  *from_dir,
           const char  *from,
           const char  *to_dir,
           const char  *to,
           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return read_text (from_dir, from, FALSE, &contents, &length, error) &&
         write_text (to_dir, to, contents, length, error);
}

/* One exercise of the track into @pack_dir/exercises/SLUG. */
static gboolean
import_exercise (Exercise    *exercise,
                 const char  *pack_dir,
                 GError     **error)
{
  g_autofree char *config_path = g_build_filename (exercise->dir, ".meta", "config.json", NULL);
  g_autofree char *target = g_build_filename (pack_dir, "exercises", exercise->slug, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) tasks = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) stubs = NULL;
  g_auto(GStrv) tests = NULL;
  g_auto(GStrv) models = NULL;
  g_auto(GStrv) editors = NULL;
  g_auto(GStrv) hints = NULL;
  g_autofree char *introduction = NULL;
  g_autofree char *instructions = NULL;
  g_autofree char *appended = NULL;
  g_autofree char *hints_text = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  JsonObject *config;
  JsonObject *files;
  const char *model_key;

  if (!g_file_test (config_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                   _("%s: no such file"), config_path);
      return FALSE;
    }
  if (!json_parser_load_from_mapped_file (parser, config_path, &local_error))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: not JSON: %s"), config_path, local_error->message);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: must hold an object with “files”"), config_path);
      return FALSE;
    }
  config = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (config, "files") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (config, "files")))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: has no “files”: the object that names the stub (“solution”), "
                     "the tests (“test”) and the model solution (“exemplar” or “example”)"),
                   config_path);
      return FALSE;
    }
  files = json_object_get_object_member (config, "files");

  model_key = json_object_has_member (files, "exemplar") ? "exemplar" : "example";
  if (!(stubs = config_files (files, "solution", config_path, error)) ||
      !(tests = config_files (files, "test", config_path, error)) ||
      !(models = config_files (files, model_key, config_path, error)) ||
      !(editors = config_files (files, "editor", config_path, error)))
    return FALSE;

  if (stubs[0] == NULL)
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: “files” names no stub (“solution”)"), config_path);
      return FALSE;
    }
  if (tests[0] == NULL || tests[1] != NULL)
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: “files” must name one test file (“test”)"), config_path);
      return FALSE;
    }
  if (models[0] == NULL || g_strv_length (models) != g_strv_length (stubs))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("%s: “files” must name a model solution (“exemplar” or “example”) for "
                     "each stub"), config_path);
      return FALSE;
    }

  if (json_object_has_member (config, "authors") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (config, "authors")))
    {
      JsonArray *authors = json_object_get_array_member (config, "authors");

      for (guint i = 0; i < json_array_get_length (authors); i++)
        {
          JsonNode *node = json_array_get_element (authors, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_ptr_array_add (exercise->authors, g_strdup (json_node_get_string (node)));
        }
    }

  /* The learner reads the story before the tasks. */
  if (!read_text (exercise->dir, ".docs/introduction.md", TRUE, &introduction, NULL, error) ||
      !read_text (exercise->dir, ".docs/instructions.md", FALSE, &instructions, NULL, error) ||
      !read_text (exercise->dir, ".docs/instructions.append.md", TRUE, &appended, NULL, error) ||
      !read_text (exercise->dir, ".docs/hints.md", TRUE, &hints_text, NULL, error))
    return FALSE;
  {
    const char *parts[] = { introduction, instructions, appended };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        g_autofree char *part = NULL;

        if (parts[i] == NULL)
          continue;
        part = _dojo_exercism_markdown (parts[i]);
        if (all->len > 0)
          g_string_append_c (all, '\n');
        g_string_append (all, part);
      }
  }
  tasks = _dojo_exercism_tasks (instructions);
  hints = hints_text ? _dojo_exercism_hints (hints_text) : g_new0 (char *, 1);

  if (!write_text (target, "instructions.md", all->str, all->len, error) ||
      !copy_file (exercise->dir, tests[0], target, tests[0], error))
    return FALSE;
  for (guint i = 0; stubs[i] != NULL; i++)
    {
      g_autofree char *starter = g_build_filename ("starter", stubs[i], NULL);
      g_autofree char *solution = g_build_filename ("solution", stubs[i], NULL);

      if (!copy_file (exercise->dir, stubs[i], target, starter, error) ||
          !copy_file (exercise->dir, models[i], target, solution, error))
        return FALSE;
    }
  /* Files the tests need that the learner only reads: they start with them. */
  for (guint i = 0; editors[i] != NULL; i++)
    {
      g_autofree char *starter = g_build_filename ("starter", editors[i], NULL);
      g_autofree char *solution = g_build_filename ("solution", editors[i], NULL);

      if (!copy_file (exercise->dir, editors[i], target, starter, error) ||
          !copy_file (exercise->dir, editors[i], target, solution, error))
        return FALSE;
    }

  {
    g_autoptr(GStrvBuilder) starters = g_strv_builder_new ();
    g_auto(GStrv) all_starters = NULL;

    g_strv_builder_addv (starters, (const char **)stubs);
    g_strv_builder_addv (starters, (const char **)editors);
    all_starters = g_strv_builder_end (starters);
    root = exercise_json (exercise, all_starters, tests[0], tasks, hints);
  }
  text = json_text (root);

  return write_text (target, "exercise.json", text, -1, error);
}

static JsonNode *
manifest_json (const char *pack_id,
               const char *title,
               const char *language,
               GPtrArray  *exercises)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) authors = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *slug = g_ascii_strdown (language, -1);
  g_autofree char *description = NULL;

  for (guint i = 0; i < exercises->len; i++)
    {
      Exercise *exercise = g_ptr_array_index (exercises, i);

      for (guint j = 0; j < exercise->authors->len; j++)
        {
          const char *author = g_ptr_array_index (exercise->authors, j);

          if (!g_ptr_array_find_with_equal_func (authors, author, g_str_equal, NULL))
            g_ptr_array_add (authors, (gpointer)author);
        }
    }
  for (guint i = 0; i < authors->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            (const char *)g_ptr_array_index (authors, i));

  /* The track's license asks for its notice to travel with the exercises
   * (docs/teachers.md): who wrote them, and under which terms. */
  description = g_strdup_printf ("Exercises from Exercism's %s track "
                                 "(https://github.com/exercism/%s), by %s, under the MIT "
                                 "License (Copyright (c) Exercism).",
                                 language, slug,
                                 names->len > 0 ? names->str : "the track's contributors");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, DOJO_PACK_FORMAT);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, pack_id);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, IMPORT_VERSION);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, "en");
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  if (authors->len == 0)
    json_builder_add_string_value (builder, "Exercism contributors");
  for (guint i = 0; i < authors->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (authors, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "license");
  json_builder_add_string_value (builder, "MIT");
  json_builder_set_member_name (builder, "min_app_version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "python");
  json_builder_add_string_value (builder, IMPORT_PYTHON);
  json_builder_set_member_name (builder, "packages");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "pytest");
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "changelog");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, IMPORT_VERSION);
  json_builder_set_member_name (builder, "changes");
  json_builder_add_string_value (builder, "Imported from Exercism.");
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, PHASE_ID);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "Exercises");
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < exercises->len; i++)
    {
      Exercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *path = g_strconcat ("exercises/", exercise->slug, NULL);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, exercise->slug);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "exercise");
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, exercise->title);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, path);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
is_empty_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) == NULL;
}

/* @staging replaces @output in one rename; an output that holds
 * something (allowed by --force) moves aside first and goes last. */
static gboolean
put_in_place (const char  *staging,
              const char  *output,
              GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (output);
  g_autofree char *aside = NULL;
  g_autofree char *old = NULL;
  GStatBuf st;
  int errsv;

  if (g_lstat (output, &st) == 0 && !(S_ISDIR (st.st_mode) && is_empty_dir (output)))
    {
      aside = g_build_filename (parent, ".dojo-import-old-XXXXXX", NULL);
      if (g_mkdtemp (aside) == NULL)
        goto failed;
      old = g_build_filename (aside, "old", NULL);
      if (g_rename (output, old) != 0)
        goto failed;
    }
  if (g_rename (staging, output) != 0)
    {
      errsv = errno;
      /* Put the old one back; should even that fail, it stays aside,
       * never deleted. */
      if (old != NULL && g_rename (old, output) != 0)
        g_clear_pointer (&aside, g_free);
      errno = errsv;
      goto failed;
    }
  if (aside != NULL)
    _dojo_remove_tree (aside);

  return TRUE;

failed:
  errsv = errno;
  /* Empty by now (whatever was moved there went back): rmdir, not a
   * recursive delete. */
  if (aside != NULL)
    g_rmdir (aside);
  g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_FAILED,
               _("Could not write the pack to “%s”: %s"), output, g_strerror (errsv));
  return FALSE;
}

/**
 * dojo_exercism_import:
 * @track_dir: a checkout of an Exercism track (it holds `exercises/`)
 * @exercises: the exercises to import, in course order: each a folder
 *   name, or `concept/NAME` or `practice/NAME`
 * @output: the pack folder to write
 * @pack_id: (nullable): the pack's id; without one, @output's name if it
 *   is a pack id, or `io.example.NAME`
 * @title: (nullable): the course title
 * @out_pack_id: (out) (optional): the pack id used
 *
 * Writes the exercises as a pack (docs/teachers.md, “Importing Exercism
 * exercises”): all of it, or nothing. An @output that exists must be an
 * empty folder, unless @flags has %DOJO_EXERCISM_IMPORT_FORCE.
 */
gboolean
dojo_exercism_import (GFile                    *track_dir,
                      const char * const       *exercises,
                      GFile                    *output,
                      const char               *pack_id,
                      const char               *title,
                      DojoExercismImportFlags   flags,
                      char                    **out_pack_id,
                      GError                  **error)
{
  g_autofree char *track = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *exercises_dir = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *id = NULL;
  g_autofree char *course_title = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(JsonNode) track_config = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *language = "Python";
  GStatBuf st;

  g_return_val_if_fail (G_IS_FILE (track_dir), FALSE);
  g_return_val_if_fail (exercises != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  track = g_file_get_path (track_dir);
  output_path = g_file_get_path (output);
  exercises_dir = g_build_filename (track, "exercises", NULL);
  basename = g_path_get_basename (output_path);

  if (exercises[0] == NULL)
    {
      g_set_error_literal (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                           _("Name at least one exercise to import"));
      return FALSE;
    }
  if (!g_file_test (exercises_dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_NOT_FOUND,
                   _("%s is not a checkout of an Exercism track: it has no folder "
                     "“exercises”"), track);
      return FALSE;
    }

  if (pack_id != NULL)
    id = g_strdup (pack_id);
  else if (dojo_pack_is_valid_pack_id (basename))
    id = g_strdup (basename);
  else
    {
      g_autofree char *ascii = g_str_to_ascii (basename, "C");
      g_autoptr(GString) slug = g_string_new ("io.example.");

      for (const char *p = ascii; *p != '\0'; p++)
        if (g_ascii_isalnum (*p))
          g_string_append_c (slug, g_ascii_tolower (*p));
        else if (slug->str[slug->len - 1] != '-' && slug->str[slug->len - 1] != '.')
          g_string_append_c (slug, '-');
      while (slug->str[slug->len - 1] == '-')
        g_string_truncate (slug, slug->len - 1);
      id = g_string_free (g_steal_pointer (&slug), FALSE);
    }
  if (!dojo_pack_is_valid_pack_id (id))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                   _("“%s” is not a pack id: give one with --id, a reverse domain name in "
                     "lower case such as io.github.yourname.python-exercises"), id);
      return FALSE;
    }

  if (g_lstat (output_path, &st) == 0 && !(flags & DOJO_EXERCISM_IMPORT_FORCE) &&
      !(S_ISDIR (st.st_mode) && is_empty_dir (output_path)))
    {
      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_EXISTS,
                   _("%s already exists and is not an empty folder: choose another, or "
                     "replace it with --force"), output_path);
      return FALSE;
    }

  track_config = read_track_config (track);
  if (track_config != NULL)
    {
      const char *name = json_object_get_string_member_with_default (
        json_node_get_object (track_config), "language", "");

      if (name[0] != '\0' && strspn (name, "abcdefghijklmnopqrstuvwxyz"
                                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +#-")
                             == strlen (name))
        language = name;
    }

  found = g_ptr_array_new_with_free_func ((GDestroyNotify)exercise_free);
  for (guint i = 0; exercises[i] != NULL; i++)
    {
      Exercise *exercise = find_exercise (track, track_config, exercises[i], error);

      if (exercise == NULL)
        return FALSE;
      for (guint j = 0; j < found->len; j++)
        if (g_str_equal (((Exercise *)g_ptr_array_index (found, j))->slug, exercise->slug))
          {
            g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID,
                         _("The exercise “%s” is named twice"), exercise->slug);
            exercise_free (exercise);
            return FALSE;
          }
      g_ptr_array_add (found, exercise);
    }

  parent = g_path_get_dirname (output_path);
  if (g_mkdir_with_parents (parent, 0755) != 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_FAILED,
                   _("Could not create the folder “%s”: %s"), parent, g_strerror (errsv));
      return FALSE;
    }
  /* Next to the output, so that the last step is a rename. */
  staging = g_build_filename (parent, ".dojo-import-XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0755) == NULL)
    {
      int errsv = errno;

      g_set_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_FAILED,
                   _("Could not write in the folder “%s”: %s"), parent, g_strerror (errsv));
      return FALSE;
    }

  for (guint i = 0; i < found->len; i++)
    if (!import_exercise (g_ptr_array_index (found, i), staging, error))
      goto failed;

  /* The MIT License asks for its notice to travel with every copy. */
  {
    g_autofree char *license = g_build_filename (track, "LICENSE", NULL);

    if (g_file_test (license, G_FILE_TEST_IS_REGULAR) &&
        !copy_file (track, "LICENSE", staging, "LICENSE", error))
      goto failed;
  }

  course_title = title != NULL ? g_strdup (title)
                               : g_strdup_printf ("%s exercises from Exercism", language);
  root = manifest_json (id, course_title, language, found);
  manifest = json_text (root);
  if (!write_text (staging, "manifest.json", manifest, -1, error) ||
      !put_in_place (staging, output_path, error))
    goto failed;

  if (out_pack_id != NULL)
    *out_pack_id = g_steal_pointer (&id);
  return TRUE;

failed:
  _dojo_remove_tree (staging);
  return FALSE;
}
