/* dojo-conflict.c: git's conflict markers in a file's text
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A merge that stops at a conflict writes both versions into the file:
 *
 *   <<<<<<< HEAD
 *   our lines
 *   ||||||| base        (only with merge.conflictStyle=diff3)
 *   the common ancestor's lines
 *   =======
 *   their lines
 *   >>>>>>> feature
 *
 * Markers are exactly seven characters, alone on the line or followed by a
 * space and a label, as git writes them. Everything here works on bytes: a
 * file need not be valid UTF-8 to hold markers.
 */

#define G_LOG_DOMAIN "dojo-conflict"

#include "config.h"

#include <string.h>

#include "dojo-conflict.h"

#define MARKER_SIZE 7

typedef enum
{
  MARK_NONE,
  MARK_START,   /* <<<<<<< */
  MARK_BASE,    /* ||||||| */
  MARK_MID,     /* ======= */
  MARK_END,     /* >>>>>>> */
} Mark;

typedef struct
{
  gsize offset;
  gsize length;       /* without the line ending */
  gsize full_length;  /* with it */
} Line;

/* The text's lines. A last line without a line ending counts; an empty
 * text has none. "\r\n" and "\n" both end a line. */
static GArray *
split_lines (const char *text,
             gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize pos = 0;

  while (pos < length)
    {
      const char *nl = memchr (text + pos, '\n', length - pos);
      Line line;

      line.offset = pos;
      if (nl != NULL)
        {
          gsize end = (gsize) (nl - text);

          line.full_length = end + 1 - pos;
          line.length = end - pos;
          if (line.length > 0 && text[end - 1] == '\r')
            line.length--;
        }
      else
        {
          line.full_length = length - pos;
          line.length = line.full_length;
          if (line.length > 0 && text[length - 1] == '\r')
            line.length--;
        }
      g_array_append_val (lines, line);
      pos += line.full_length;
    }

  return lines;
}

static gboolean
is_marker (const char *s,
           gsize       length,
           char        c,
           gboolean    may_have_label)
{
  if (length < MARKER_SIZE)
    return FALSE;
  for (guint i = 0; i < MARKER_SIZE; i++)
    if (s[i] != c)
      return FALSE;
  if (length == MARKER_SIZE)
    return TRUE;
  return may_have_label && s[MARKER_SIZE] == ' ';
}

static Mark
line_mark (const char *text,
           const Line *line)
{
  const char *s = text + line->offset;

  if (is_marker (s, line->length, '<', TRUE))
    return MARK_START;
  if (is_marker (s, line->length, '>', TRUE))
    return MARK_END;
  if (is_marker (s, line->length, '|', TRUE))
    return MARK_BASE;
  /* git writes the middle marker bare, whatever the style. */
  if (is_marker (s, line->length, '=', FALSE))
    return MARK_MID;
  return MARK_NONE;
}

static char *
line_label (const char *text,
            const Line *line)
{
  if (line->length <= MARKER_SIZE + 1)
    return g_strdup ("");
  return g_strndup (text + line->offset + MARKER_SIZE + 1,
                    line->length - MARKER_SIZE - 1);
}

void
dojo_conflict_region_free (DojoConflictRegion *region)
{
  if (region == NULL)
    return;
  g_free (region->ours_label);
  g_free (region->theirs_label);
  g_free (region);
}

static gsize
text_length (const char *text,
             gssize      length)
{
  return length < 0 ? strlen (text) : (gsize) length;
}

static GPtrArray *
parse_lines (const char *text,
             GArray     *lines)
{
  GPtrArray *regions = g_ptr_array_new_with_free_func ((GDestroyNotify) dojo_conflict_region_free);
  enum { OUTSIDE, IN_OURS, IN_BASE, IN_THEIRS } state = OUTSIDE;
  int start = -1, base = -1, mid = -1;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      Mark mark = line_mark (text, line);

      if (mark == MARK_START)
        {
          /* A region that opens before the last one closed: the last one
           * was never finished (or this one sits inside it); start over
           * here, so the innermost complete region is the one found. */
          state = IN_OURS;
          start = (int) i;
          base = -1;
          mid = -1;
          continue;
        }

      switch (state)
        {
        case OUTSIDE:
          break;

        case IN_OURS:
          if (mark == MARK_BASE)
            {
              base = (int) i;
              state = IN_BASE;
            }
          else if (mark == MARK_MID)
            {
              mid = (int) i;
              state = IN_THEIRS;
            }
          else if (mark == MARK_END)
            state = OUTSIDE;   /* no "=======": not a region git wrote */
          break;

        case IN_BASE:
          if (mark == MARK_MID)
            {
              mid = (int) i;
              state = IN_THEIRS;
            }
          else if (mark == MARK_END)
            state = OUTSIDE;
          break;

        case IN_THEIRS:
          if (mark == MARK_END)
            {
              DojoConflictRegion *region = g_new0 (DojoConflictRegion, 1);

              region->start_line = start;
              region->base_line = base;
              region->mid_line = mid;
              region->end_line = (int) i;
              region->ours_label = line_label (text, &g_array_index (lines, Line, start));
              region->theirs_label = line_label (text, line);
              g_ptr_array_add (regions, region);
              state = OUTSIDE;
            }
          /* A second "=======" is their text (a reST heading, say). */
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return regions;
}

/**
 * dojo_conflict_parse:
 * @text: the file's text
 * @length: its length in bytes, or -1 when @text ends with a NUL
 *
 * Returns: (transfer container) (element-type DojoConflictRegion): the
 *   complete conflict regions, in order of their lines. A region that is
 *   not finished (no "=======" or no ">>>>>>>") is left out.
 */
GPtrArray *
dojo_conflict_parse (const char *text,
                     gssize      length)
{
  g_autoptr(GArray) lines = NULL;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    text = "";
  len = text_length (text, length);
  lines = split_lines (text, len);

  return parse_lines (text, lines);
}

/**
 * dojo_conflict_has_markers:
 * @text: the file's text
 * @length: its length in bytes, or -1 when @text ends with a NUL
 * @first_line: (out) (optional): the 0-based number of the first marker
 *   line, or -1 when there is none
 *
 * Whether a learner still has to resolve something in this text: a line
 * starting with "<<<<<<< " or ">>>>>>> " (or being exactly "<<<<<<<" or
 * ">>>>>>>"), or a line "=======" between the two. A lone "=======" is left
 * alone: it is how reStructuredText and Markdown underline a heading.
 */
gboolean
dojo_conflict_has_markers (const char *text,
                           gssize      length,
                           int        *first_line)
{
  g_autoptr(GArray) lines = NULL;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (first_line != NULL)
    *first_line = -1;
  if (text == NULL)
    text = "";
  len = text_length (text, length);
  lines = split_lines (text, len);

  /* A "=======" only counts inside "<<<<<<<" ... ">>>>>>>", and the opening
   * line is a marker itself that comes first: looking for the outer two is
   * enough, and a lone "=======" never counts. */
  for (guint i = 0; i < lines->len; i++)
    {
      Mark mark = line_mark (text, &g_array_index (lines, Line, i));

      if (mark == MARK_START || mark == MARK_END)
        {
          if (first_line != NULL)
            *first_line = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
append_lines (GString    *out,
              const char *text,
              GArray     *lines,
              int         from,
              int         to)   /* exclusive */
{
  for (int i = from; i < to; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      g_string_append_len (out, text + line->offset, line->full_length);
    }
}

/**
 * dojo_conflict_resolve:
 * @text: the file's text
 * @length: its length in bytes, or -1 when @text ends with a NUL
 * @region_index: which region of dojo_conflict_parse()'s list
 * @side: the lines to keep
 *
 * Returns: (transfer full) (nullable): @text with that one region (its
 *   marker lines and the base lines of diff3 style included) replaced by
 *   our lines, their lines, or ours then theirs; every other byte as it
 *   was. %NULL when there is no such region.
 */
char *
dojo_conflict_resolve (const char       *text,
                       gssize            length,
                       guint             region_index,
                       DojoConflictSide  side)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  const DojoConflictRegion *region;
  GString *out;
  int ours_end;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (side <= DOJO_CONFLICT_BOTH, NULL);

  if (text == NULL)
    text = "";
  len = text_length (text, length);
  lines = split_lines (text, len);
  regions = parse_lines (text, lines);
  if (region_index >= regions->len)
    return NULL;

  region = g_ptr_array_index (regions, region_index);
  ours_end = region->base_line >= 0 ? region->base_line : region->mid_line;

  out = g_string_sized_new (len);
  append_lines (out, text, lines, 0, region->start_line);
  if (side == DOJO_CONFLICT_OURS || side == DOJO_CONFLICT_BOTH)
    append_lines (out, text, lines, region->start_line + 1, ours_end);
  if (side == DOJO_CONFLICT_THEIRS || side == DOJO_CONFLICT_BOTH)
    append_lines (out, text, lines, region->mid_line + 1, region->end_line);
  append_lines (out, text, lines, region->end_line + 1, (int) lines->len);

  return g_string_free (out, FALSE);
}
