/* dojo-diff-view.c: a read-only, highlighted view of changes or of a file
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes are shown in words by default: for each file what happened to it
 * ("New file", "Renamed from old.py"), then its removed lines on red and
 * added lines on green, the changed words of a changed line tinted more,
 * with the file's own line numbers and a "−" or "+" in the gutter, so that
 * colour is never the only clue. A toggle in the view's header shows the
 * same changes as `git diff` prints them.
 */

#define G_LOG_DOMAIN "dojo-diff-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "dojo-source-util.h"
#include "dojo-vcs-util.h"
#include "dojo-word-diff.h"
#include "dojo-diff-view-private.h"

typedef enum
{
  ROW_BLANK,
  ROW_HEADING,
  ROW_CONTEXT,
  ROW_REMOVED,
  ROW_ADDED,
  ROW_SEPARATOR,
  ROW_NOTE,
} RowKind;

/* What one line of the readable text is. */
typedef struct
{
  RowKind  kind;
  int      old_lineno;
  int      new_lineno;
  gboolean padded;     /* an empty line shown as one space, see add_line() */
} Row;

enum
{
  TAG_HEADING,
  TAG_HEADING_DETAIL,
  TAG_REMOVED,
  TAG_ADDED,
  TAG_REMOVED_WORD,
  TAG_ADDED_WORD,
  TAG_QUIET,
  TAG_NOTE,
  N_TAGS
};

static const char * const tag_names[N_TAGS] = {
  "diff-heading",
  "diff-heading-detail",
  "diff-removed",
  "diff-added",
  "diff-removed-word",
  "diff-added-word",
  "diff-quiet",
  "diff-note",
};

/* A tag over bytes @start to @end of the readable text's line @line. */
typedef struct
{
  guint tag;
  guint line;
  guint start;
  guint end;
} Span;

/* The readable text while it is written. */
typedef struct
{
  GString *text;
  GArray  *rows;         /* of Row, one per line of @text */
  GArray  *spans;        /* of Span */
  gsize    shown_len;    /* the length of @text without a line over the cap */
  gboolean full;
  int      max_lineno;
} Builder;

/* Colours of the style (style.css, style-dark.css, style-hc.css) that text
 * tags and the gutter need: a text tag has no CSS of its own. */
typedef struct
{
  const char *name;
  const char *light;
  const char *dark;
} StyleColor;

enum
{
  COLOR_REMOVED_BG,
  COLOR_ADDED_BG,
  COLOR_REMOVED_WORD_BG,
  COLOR_ADDED_WORD_BG,
  COLOR_REMOVED_FG,
  COLOR_ADDED_FG,
  COLOR_HEADING_BG,
  COLOR_QUIET_FG,
  N_COLORS
};

static const StyleColor style_colors[N_COLORS] = {
  { "dojo_diff_removed_bg", "rgba(224,27,36,0.12)", "rgba(255,123,99,0.16)" },
  { "dojo_diff_added_bg", "rgba(46,194,126,0.14)", "rgba(143,240,164,0.13)" },
  { "dojo_diff_removed_word_bg", "rgba(224,27,36,0.30)", "rgba(255,123,99,0.38)" },
  { "dojo_diff_added_word_bg", "rgba(46,194,126,0.38)", "rgba(143,240,164,0.32)" },
  { "dojo_diff_removed_fg", "#c01c28", "#ff7b63" },
  { "dojo_diff_added_fg", "#1b8553", "#8ff0a4" },
  { "dojo_diff_heading_bg", "rgba(0,0,0,0.06)", "rgba(255,255,255,0.07)" },
  { "dojo_diff_quiet_fg", "rgba(0,0,0,0.6)", "rgba(255,255,255,0.6)" },
};

struct _DojoDiffView
{
  GtkWidget                parent_instance;

  GtkWidget               *box;
  GtkWidget               *header;
  GtkWidget               *readable_button;
  GtkWidget               *unified_button;
  GtkWidget               *scroller;
  GtkSourceView           *view;
  GtkSourceBuffer         *buffer;
  GtkSourceGutterRenderer *renderers[3];
  GtkTextTag              *tags[N_TAGS];
  GdkRGBA                  colors[N_COLORS];

  guint                    colors_idle;
  GArray                  *rows;     /* of Row; NULL unless the readable text is shown */
  DojoDiff                *diff;
  char                    *path;
  gboolean                 unified;
};

G_DEFINE_FINAL_TYPE (DojoDiffView, dojo_diff_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_UNIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Readable or unified, for the rest of the app's run: someone who asked for
 * git's own format once wants it in the next dialog too. */
static gboolean unified_chosen = FALSE;

/* A line as a text buffer can hold it: valid UTF-8, and no character that
 * would start a new line there (a CRLF file's "\r", a path with "\n"). */
static char *
printable (const char *text,
           gssize      len)
{
  g_autofree char *valid = g_utf8_make_valid (text, len);
  gsize n = strlen (valid);
  GString *out;

  if (n > 0 && valid[n - 1] == '\r')
    valid[--n] = '\0';
  if (strpbrk (valid, "\r\n") == NULL && strstr (valid, "\xe2\x80\xa9") == NULL)
    return g_steal_pointer (&valid);

  out = g_string_sized_new (n + 8);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        g_string_append (out, "␍");
      else if (c == '\n')
        g_string_append (out, "␊");
      else if (c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Adds a line; FALSE once the text is as long as it is shown. The first
 * line over DOJO_VCS_SHOWN_PATCH_SIZE is written all the same, so that
 * _dojo_vcs_patch_text_finish() cuts the text right before it (at the last
 * line end within the size) and says that the rest is not shown, in the
 * same words as for the unified text. */
static gboolean
add_row (Builder    *b,
         RowKind     kind,
         int         old_lineno,
         int         new_lineno,
         const char *text)
{
  gsize len = strlen (text);
  Row row = { kind, old_lineno, new_lineno, FALSE };

  if (b->full)
    return FALSE;

  g_string_append_len (b->text, text, len);
  g_string_append_c (b->text, '\n');
  if (b->text->len > DOJO_VCS_SHOWN_PATCH_SIZE)
    {
      b->full = TRUE;
      return FALSE;
    }

  g_array_append_val (b->rows, row);
  b->shown_len = b->text->len;
  b->max_lineno = MAX (b->max_lineno, MAX (old_lineno, new_lineno));

  return TRUE;
}

static void
add_span (Builder *b,
          guint    tag,
          guint    start,
          guint    end)
{
  Span span = { tag, b->rows->len - 1, start, end };

  g_assert (b->rows->len > 0);
  g_array_append_val (b->spans, span);
}

static void
add_word_spans (Builder      *b,
                guint         tag,
                const GArray *ranges)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      const DojoWordRange *range = &g_array_index (ranges, DojoWordRange, i);

      add_span (b, tag, range->start, range->end);
    }
}

static char *
describe_counts (guint removed,
                 guint added)
{
  g_autofree char *removed_text = NULL;
  g_autofree char *added_text = NULL;

  if (removed > 0)
    removed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line removed",
                                                 "%u lines removed", removed), removed);
  if (added > 0)
    added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line added",
                                               "%u lines added", added), added);

  if (removed_text != NULL && added_text != NULL)
    return g_strdup_printf ("%s, %s", removed_text, added_text);
  if (removed_text != NULL)
    return g_steal_pointer (&removed_text);
  return g_steal_pointer (&added_text);
}

/* What happened to @file, in words: "Changed · 1 line removed, 2 lines added". */
static char *
describe_file (const DojoDiffFile *file,
               guint               removed,
               guint               added)
{
  g_autofree char *what = NULL;
  g_autofree char *counts = describe_counts (removed, added);
  gboolean no_text = !file->binary && file->hunks->len == 0;

  switch (file->status)
    {
    case DOJO_FILE_STATUS_NEW:
      what = g_strdup (no_text ? _("New file, empty") : _("New file"));
      break;

    case DOJO_FILE_STATUS_DELETED:
      what = g_strdup (no_text ? _("Deleted; it was empty") : _("Deleted"));
      break;

    case DOJO_FILE_STATUS_RENAMED:
      {
        g_autofree char *old_path = printable (file->old_path ? file->old_path : "", -1);

        if (file->hunks->len > 0 || file->binary)
          /* Translators: %s is the file's old name, like "old.py" */
          what = g_strdup_printf (_("Renamed from %s, and changed"), old_path);
        else
          /* Translators: %s is the file's old name, like "old.py" */
          what = g_strdup_printf (_("Renamed from %s"), old_path);
      }
      break;

    case DOJO_FILE_STATUS_CONFLICTED:
      what = g_strdup (_dojo_vcs_file_has_markers (file)
                       ? _("In conflict: both branches changed it")
                       : _("Conflict resolved: both branches changed it"));
      break;

    case DOJO_FILE_STATUS_MODIFIED:
    case DOJO_FILE_STATUS_TYPECHANGE:
    case DOJO_FILE_STATUS_UNCHANGED:
    default:
      if (no_text)
        what = g_strdup (_("Changed: its text is the same, only its settings changed "
                           "(such as whether it may run as a program)"));
      else
        what = g_strdup (_("Changed"));
      break;
    }

  if (file->binary)
    return g_strdup_printf ("%s · %s", what,
                            _("Binary file: its changes cannot be shown as text"));
  if (counts != NULL)
    return g_strdup_printf ("%s · %s", what, counts);

  return g_steal_pointer (&what);
}

static void
add_separator (Builder *b,
               int      n_unchanged)
{
  g_autofree char *text = NULL;

  if (n_unchanged <= 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "⋯ %d unchanged line ⋯",
                                       "⋯ %d unchanged lines ⋯", n_unchanged),
                          n_unchanged);
  add_row (b, ROW_SEPARATOR, -1, -1, text);
}

static void
add_line (Builder            *b,
          const DojoDiffLine *line,
          const char         *text)
{
  RowKind kind = line->origin == '-' ? ROW_REMOVED
               : line->origin == '+' ? ROW_ADDED
               : ROW_CONTEXT;

  /* GtkTextView (4.8) draws no paragraph background on an empty line, and
   * an empty line removed or added would not look removed or added: it
   * holds a space, which dojo_diff_view_dup_text() leaves out again. */
  if (kind != ROW_CONTEXT && text[0] == '\0')
    {
      if (add_row (b, kind, line->old_lineno, line->new_lineno, " "))
        g_array_index (b->rows, Row, b->rows->len - 1).padded = TRUE;
      return;
    }

  add_row (b, kind, line->old_lineno, line->new_lineno, text);
}

static void
add_no_newline_note (Builder            *b,
                     const DojoDiffLine *line)
{
  if (line->no_newline)
    add_row (b, ROW_NOTE, -1, -1, _("(no line end after this line)"));
}

/* Removed lines followed by added ones: the lines that replaced them, with
 * their changed words. */
static void
add_block (Builder    *b,
           GPtrArray  *lines,
           guint       first,
           guint       n_removed,
           guint       n_added)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree const DojoWordDiff **removed_pair = g_new0 (const DojoWordDiff *, n_removed + 1);
  g_autofree const DojoWordDiff **added_pair = g_new0 (const DojoWordDiff *, n_added + 1);

  gsize room = b->text->len < DOJO_VCS_SHOWN_PATCH_SIZE
               ? DOJO_VCS_SHOWN_PATCH_SIZE - b->text->len : 0;
  guint n_shown_removed = 0;

  for (guint i = 0; i < n_removed + n_added; i++)
    {
      const DojoDiffLine *line = g_ptr_array_index (lines, first + i);

      g_ptr_array_add (texts, printable (line->content, -1));
    }

  /* A file rewritten whole is one block of thousands of removed lines, of
   * which the view shows only the first: the rest need no partner. */
  for (gsize used = 0; n_shown_removed < n_removed; n_shown_removed++)
    {
      used += strlen (g_ptr_array_index (texts, n_shown_removed)) + 1;
      if (used > room)
        break;
    }

  pairs = dojo_word_diff_pair_block ((const char * const *) texts->pdata, n_removed,
                                     (const char * const *) texts->pdata + n_removed, n_added,
                                     n_shown_removed);
  for (guint i = 0; i < pairs->len; i++)
    {
      const DojoWordDiff *pair = g_ptr_array_index (pairs, i);

      removed_pair[pair->old_line] = pair;
      added_pair[pair->new_line] = pair;
    }

  for (guint i = 0; i < n_removed + n_added; i++)
    {
      const DojoDiffLine *line = g_ptr_array_index (lines, first + i);
      gboolean removed = i < n_removed;
      const DojoWordDiff *pair = removed ? removed_pair[i] : added_pair[i - n_removed];

      add_line (b, line, g_ptr_array_index (texts, i));
      if (b->full)
        return;
      if (pair != NULL)
        add_word_spans (b, removed ? TAG_REMOVED_WORD : TAG_ADDED_WORD,
                        removed ? pair->old_ranges : pair->new_ranges);
      add_no_newline_note (b, line);
    }
}

/* The first and last line of the old version a hunk covers. */
static int
hunk_old_first (const DojoDiffHunk *hunk)
{
  return hunk->old_lines > 0 ? hunk->old_start : hunk->old_start + 1;
}

static int
hunk_old_last (const DojoDiffHunk *hunk)
{
  return hunk->old_lines > 0 ? hunk->old_start + hunk->old_lines - 1 : hunk->old_start;
}

static void
add_file (Builder            *b,
          const DojoDiffFile *file)
{
  const char *path = file->status == DOJO_FILE_STATUS_DELETED || file->new_path == NULL
                     ? file->old_path : file->new_path;
  g_autofree char *shown_path = printable (path ? path : "", -1);
  g_autofree char *detail = NULL;
  g_autofree char *heading = NULL;
  guint removed = 0;
  guint added = 0;

  for (guint h = 0; h < file->hunks->len; h++)
    {
      const DojoDiffHunk *hunk = g_ptr_array_index (file->hunks, h);

      for (guint l = 0; l < hunk->lines->len; l++)
        {
          const DojoDiffLine *line = g_ptr_array_index (hunk->lines, l);

          if (line->origin == '-')
            removed++;
          else if (line->origin == '+')
            added++;
        }
    }

  if (b->rows->len > 0)
    add_row (b, ROW_BLANK, -1, -1, "");

  detail = describe_file (file, removed, added);
  heading = g_strdup_printf ("%s   %s", shown_path, detail);
  if (!add_row (b, ROW_HEADING, -1, -1, heading))
    return;
  add_span (b, TAG_HEADING_DETAIL, strlen (shown_path), strlen (heading));

  for (guint h = 0; h < file->hunks->len && !b->full; h++)
    {
      const DojoDiffHunk *hunk = g_ptr_array_index (file->hunks, h);
      GPtrArray *lines = hunk->lines;

      if (h == 0)
        add_separator (b, hunk_old_first (hunk) - 1);
      else
        add_separator (b, hunk_old_first (hunk)
                          - hunk_old_last (g_ptr_array_index (file->hunks, h - 1)) - 1);

      for (guint l = 0; l < lines->len && !b->full;)
        {
          const DojoDiffLine *line = g_ptr_array_index (lines, l);
          guint n_removed = 0;
          guint n_added = 0;

          if (line->origin != '-' && line->origin != '+')
            {
              g_autofree char *text = printable (line->content, -1);

              add_line (b, line, text);
              add_no_newline_note (b, line);
              l++;
              continue;
            }

          while (l + n_removed < lines->len
                 && ((DojoDiffLine *) g_ptr_array_index (lines, l + n_removed))->origin == '-')
            n_removed++;
          while (l + n_removed + n_added < lines->len
                 && ((DojoDiffLine *) g_ptr_array_index (lines,
                                                         l + n_removed + n_added))->origin == '+')
            n_added++;

          add_block (b, lines, l, n_removed, n_added);
          l += n_removed + n_added;
        }
    }
}

static void
update_gutter_width (DojoDiffView *self,
                     int           max_lineno)
{
  g_autofree char *widest = NULL;
  int digits = 2;
  int width = 0;

  for (int n = max_lineno; n >= 100; n /= 10)
    digits++;
  widest = g_strnfill (digits, '9');

  for (guint i = 0; i < G_N_ELEMENTS (self->renderers); i++)
    {
      GtkSourceGutterRendererText *renderer = GTK_SOURCE_GUTTER_RENDERER_TEXT (self->renderers[i]);
      int xpad = gtk_source_gutter_renderer_get_xpad (self->renderers[i]);

      gtk_source_gutter_renderer_text_measure (renderer,
                                               i == DOJO_DIFF_GUTTER_SIGN ? "+" : widest,
                                               &width, NULL);
      gtk_widget_set_size_request (GTK_WIDGET (renderer), width + 2 * xpad, -1);
    }
}

static void
show_gutter (DojoDiffView *self,
             gboolean      show)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->renderers); i++)
    gtk_widget_set_visible (GTK_WIDGET (self->renderers[i]), show);
}

static void
show_plain (DojoDiffView *self,
            const char   *text,
            const char   *language_id)
{
  GtkSourceLanguageManager *manager = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *language = NULL;
  GtkTextIter start;

  g_clear_pointer (&self->rows, g_array_unref);
  show_gutter (self, FALSE);

  if (language_id != NULL)
    language = gtk_source_language_manager_get_language (manager, language_id);

  gtk_source_buffer_set_language (self->buffer, language);
  gtk_source_buffer_set_highlight_syntax (self->buffer, language != NULL);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text ? text : "", -1);
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_source_view_set_show_line_numbers (self->view,
                                         language != NULL && !g_str_equal (language_id, "diff"));
}

static gboolean
file_is_shown (const DojoDiffFile *file,
               const char         *path)
{
  return path == NULL
         || g_strcmp0 (file->new_path, path) == 0
         || g_strcmp0 (file->old_path, path) == 0;
}

/* The changes as git prints them, cut where the windows cut them. */
static void
show_unified (DojoDiffView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *files = dojo_diff_get_files (self->diff);
  guint shown = 0;
  guint hidden = 0;

  for (guint i = 0; i < files->len; i++)
    {
      const DojoDiffFile *file = g_ptr_array_index (files, i);

      if (!file_is_shown (file, self->path))
        continue;

      if (_dojo_vcs_patch_text_full (text, shown))
        {
          hidden++;
          continue;
        }

      /* Each file's text starts with its own "diff --git" line. */
      g_string_append (text, file->patch);
      shown++;
    }
  _dojo_vcs_patch_text_finish (text, hidden);

  show_plain (self, text->str, "diff");
}

static void
apply_tag_to_lines (DojoDiffView *self,
                    guint         tag,
                    guint         first,
                    guint         end)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start_iter;
  GtkTextIter end_iter;

  /* To the next line's start, so that the whole line is tinted. */
  gtk_text_buffer_get_iter_at_line (buffer, &start_iter, first);
  gtk_text_buffer_get_iter_at_line (buffer, &end_iter, end);
  if (gtk_text_iter_get_line (&end_iter) < (int) end)
    gtk_text_iter_forward_to_end (&end_iter);
  gtk_text_buffer_apply_tag (buffer, self->tags[tag], &start_iter, &end_iter);
}

static int
row_tag (RowKind kind)
{
  switch (kind)
    {
    case ROW_HEADING:   return TAG_HEADING;
    case ROW_REMOVED:   return TAG_REMOVED;
    case ROW_ADDED:     return TAG_ADDED;
    case ROW_SEPARATOR: return TAG_QUIET;
    case ROW_NOTE:      return TAG_NOTE;
    case ROW_BLANK:
    case ROW_CONTEXT:
    default:            return -1;
    }
}

static void
show_readable (DojoDiffView *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  Builder b = { text, rows, spans, 0, FALSE, 0 };
  GPtrArray *files = dojo_diff_get_files (self->diff);
  guint shown = 0;
  guint hidden = 0;

  for (guint i = 0; i < files->len; i++)
    {
      const DojoDiffFile *file = g_ptr_array_index (files, i);

      if (!file_is_shown (file, self->path))
        continue;

      if (b.full || _dojo_vcs_patch_text_full (text, shown))
        {
          hidden++;
          continue;
        }

      add_file (&b, file);
      shown++;
    }

  _dojo_vcs_patch_text_finish (text, hidden);
  /* What the finish added (or what stands where a line was cut) is a note. */
  g_assert (text->len >= b.shown_len);
  for (const char *p = text->str + b.shown_len; *p != '\0'; p++)
    if (*p == '\n')
      {
        Row row = { ROW_NOTE, -1, -1, FALSE };

        g_array_append_val (rows, row);
      }

  show_plain (self, text->str, NULL);
  self->rows = g_array_ref (rows);

  for (guint i = 0; i < rows->len;)
    {
      int tag = row_tag (g_array_index (rows, Row, i).kind);
      guint end = i + 1;

      while (end < rows->len
             && g_array_index (rows, Row, end).kind == g_array_index (rows, Row, i).kind)
        end++;
      if (tag >= 0)
        apply_tag_to_lines (self, tag, i, end);
      i = end;
    }

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);
      GtkTextIter start;
      GtkTextIter end;

      if (span->line >= rows->len || g_array_index (rows, Row, span->line).kind == ROW_NOTE)
        continue;
      if (!gtk_text_buffer_get_iter_at_line_index (buffer, &start, span->line, span->start)
          || !gtk_text_buffer_get_iter_at_line_index (buffer, &end, span->line, span->end))
        continue;
      gtk_text_buffer_apply_tag (buffer, self->tags[span->tag], &start, &end);
    }

  update_gutter_width (self, b.max_lineno);
  show_gutter (self, TRUE);
}

static void
show_diff (DojoDiffView *self)
{
  if (self->diff == NULL)
    show_plain (self, "", NULL);
  else if (self->unified)
    show_unified (self);
  else
    show_readable (self);
}

char *
_dojo_diff_view_dup_gutter_text (DojoDiffView         *self,
                                 DojoDiffGutterColumn  column,
                                 guint                 line)
{
  const Row *row;

  g_return_val_if_fail (DOJO_IS_DIFF_VIEW (self), NULL);

  if (self->rows == NULL)
    return NULL;
  if (line >= self->rows->len)
    return g_strdup ("");

  row = &g_array_index (self->rows, Row, line);
  switch (column)
    {
    case DOJO_DIFF_GUTTER_OLD_LINE:
      return row->old_lineno > 0 ? g_strdup_printf ("%d", row->old_lineno) : g_strdup ("");
    case DOJO_DIFF_GUTTER_NEW_LINE:
      return row->new_lineno > 0 ? g_strdup_printf ("%d", row->new_lineno) : g_strdup ("");
    case DOJO_DIFF_GUTTER_SIGN:
      return g_strdup (row->kind == ROW_REMOVED ? "−" : row->kind == ROW_ADDED ? "+" : "");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
query_data_cb (GtkSourceGutterRendererText *renderer,
               GObject                     *lines,
               guint                        line,
               DojoDiffView                *self)
{
  DojoDiffGutterColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (renderer),
                                                                     "dojo-diff-column"));
  g_autofree char *text = _dojo_diff_view_dup_gutter_text (self, column, line);

  if (text == NULL)
    text = g_strdup ("");

  if (column == DOJO_DIFF_GUTTER_SIGN && text[0] != '\0')
    {
      const GdkRGBA *color = &self->colors[text[0] == '+' ? COLOR_ADDED_FG : COLOR_REMOVED_FG];
      g_autofree char *markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\" "
                                                 "weight=\"bold\">%s</span>",
                                                 (guint) (color->red * 255 + 0.5),
                                                 (guint) (color->green * 255 + 0.5),
                                                 (guint) (color->blue * 255 + 0.5),
                                                 text);

      gtk_source_gutter_renderer_text_set_markup (renderer, markup, -1);
    }
  else
    gtk_source_gutter_renderer_text_set_text (renderer, text, -1);
}

static void
update_colors (DojoDiffView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < N_COLORS; i++)
    {
      gboolean found;

      /* No other way to a named colour of the style in GTK 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      found = gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                              style_colors[i].name, &self->colors[i]);
G_GNUC_END_IGNORE_DEPRECATIONS
      if (!found)
        gdk_rgba_parse (&self->colors[i], dark ? style_colors[i].dark : style_colors[i].light);
    }

  g_object_set (self->tags[TAG_REMOVED], "paragraph-background-rgba",
                &self->colors[COLOR_REMOVED_BG], NULL);
  g_object_set (self->tags[TAG_ADDED], "paragraph-background-rgba",
                &self->colors[COLOR_ADDED_BG], NULL);
  g_object_set (self->tags[TAG_REMOVED_WORD], "background-rgba",
                &self->colors[COLOR_REMOVED_WORD_BG], NULL);
  g_object_set (self->tags[TAG_ADDED_WORD], "background-rgba",
                &self->colors[COLOR_ADDED_WORD_BG], NULL);
  g_object_set (self->tags[TAG_HEADING], "paragraph-background-rgba",
                &self->colors[COLOR_HEADING_BG], NULL);
  g_object_set (self->tags[TAG_HEADING_DETAIL], "foreground-rgba",
                &self->colors[COLOR_QUIET_FG], NULL);
  g_object_set (self->tags[TAG_QUIET], "foreground-rgba", &self->colors[COLOR_QUIET_FG], NULL);
  g_object_set (self->tags[TAG_NOTE], "foreground-rgba", &self->colors[COLOR_QUIET_FG], NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->view));
}

static gboolean
update_colors_idle (gpointer data)
{
  DojoDiffView *self = DOJO_DIFF_VIEW (data);

  self->colors_idle = 0;
  update_colors (self);

  return G_SOURCE_REMOVE;
}

/* The style's named colours that libadwaita's own (like @view_fg_color)
 * are resolved anew only after the style manager's notification. */
static void
style_changed_cb (DojoDiffView *self)
{
  update_colors (self);
  if (self->colors_idle == 0)
    self->colors_idle = g_idle_add (update_colors_idle, self);
}

static void
unified_toggled_cb (DojoDiffView *self)
{
  dojo_diff_view_set_unified (self,
                              gtk_toggle_button_get_active (
                                GTK_TOGGLE_BUTTON (self->unified_button)));
}

static void
dojo_diff_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dojo_diff_view_parent_class)->root (widget);

  update_colors (DOJO_DIFF_VIEW (widget));
}

static void
dojo_diff_view_dispose (GObject *object)
{
  DojoDiffView *self = DOJO_DIFF_VIEW (object);

  g_clear_handle_id (&self->colors_idle, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dojo_diff_view_parent_class)->dispose (object);
}

static void
dojo_diff_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DojoDiffView *self = DOJO_DIFF_VIEW (object);

  switch (prop_id)
    {
    case PROP_UNIFIED:
      g_value_set_boolean (value, self->unified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_diff_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DojoDiffView *self = DOJO_DIFF_VIEW (object);

  switch (prop_id)
    {
    case PROP_UNIFIED:
      dojo_diff_view_set_unified (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_diff_view_class_init (DojoDiffViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_diff_view_dispose;
  object_class->get_property = dojo_diff_view_get_property;
  object_class->set_property = dojo_diff_view_set_property;
  widget_class->root = dojo_diff_view_root;

  /**
   * DojoDiffView:unified:
   *
   * Whether changes are shown as `git diff` prints them, rather than in
   * words and colour.
   */
  properties[PROP_UNIFIED] =
    g_param_spec_boolean ("unified", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dojodiffview");
}

static GtkSourceGutterRenderer *
add_renderer (DojoDiffView         *self,
              GtkSourceGutter      *gutter,
              DojoDiffGutterColumn  column)
{
  GtkSourceGutterRenderer *renderer = gtk_source_gutter_renderer_text_new ();

  g_object_set_data (G_OBJECT (renderer), "dojo-diff-column", GUINT_TO_POINTER (column));
  gtk_source_gutter_renderer_set_xalign (renderer, column == DOJO_DIFF_GUTTER_SIGN ? 0.5 : 1.0);
  gtk_source_gutter_renderer_set_xpad (renderer, column == DOJO_DIFF_GUTTER_SIGN ? 4 : 3);
  gtk_widget_add_css_class (GTK_WIDGET (renderer), "diff-gutter");
  g_signal_connect_object (renderer, "query-data", G_CALLBACK (query_data_cb), self, 0);
  gtk_widget_set_visible (GTK_WIDGET (renderer), FALSE);
  gtk_source_gutter_insert (gutter, renderer, (int) column);

  return renderer;
}

static void
dojo_diff_view_init (DojoDiffView *self)
{
  GtkSourceGutter *gutter;
  GtkWidget *switcher;

  self->unified = unified_chosen;

  self->buffer = gtk_source_buffer_new (NULL);
  self->view = GTK_SOURCE_VIEW (gtk_source_view_new_with_buffer (self->buffer));
  g_object_unref (self->buffer);

  for (guint i = 0; i < N_TAGS; i++)
    self->tags[i] = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), tag_names[i],
                                                NULL);
  g_object_set (self->tags[TAG_HEADING],
                "weight", PANGO_WEIGHT_BOLD,
                "pixels-above-lines", 4,
                "pixels-below-lines", 4,
                NULL);
  g_object_set (self->tags[TAG_HEADING_DETAIL], "weight", PANGO_WEIGHT_NORMAL, NULL);
  g_object_set (self->tags[TAG_QUIET],
                "style", PANGO_STYLE_ITALIC,
                "pixels-above-lines", 2,
                "pixels-below-lines", 2,
                NULL);
  g_object_set (self->tags[TAG_NOTE],
                "style", PANGO_STYLE_ITALIC,
                "scale", PANGO_SCALE_SMALL,
                NULL);

  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_NONE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Changes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Each changed file with what happened to it; "
                                    "removed lines have a minus sign, added lines a plus sign"),
                                  -1);

  gutter = gtk_source_view_get_gutter (self->view, GTK_TEXT_WINDOW_LEFT);
  self->renderers[DOJO_DIFF_GUTTER_OLD_LINE] = add_renderer (self, gutter,
                                                             DOJO_DIFF_GUTTER_OLD_LINE);
  self->renderers[DOJO_DIFF_GUTTER_NEW_LINE] = add_renderer (self, gutter,
                                                             DOJO_DIFF_GUTTER_NEW_LINE);
  self->renderers[DOJO_DIFF_GUTTER_SIGN] = add_renderer (self, gutter, DOJO_DIFF_GUTTER_SIGN);

  /* The header: how to show the changes. */
  self->readable_button = gtk_toggle_button_new_with_mnemonic (_("Rea_dable"));
  gtk_widget_set_tooltip_text (self->readable_button,
                               _("Show what happened to each file in words, removed lines "
                                 "in red and added lines in green"));
  self->unified_button = gtk_toggle_button_new_with_mnemonic (_("Unified Di_ff"));
  gtk_widget_set_tooltip_markup (self->unified_button,
                                 _("Show the changes as <tt>git diff</tt> prints them"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->unified_button),
                               GTK_TOGGLE_BUTTON (self->readable_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->readable_button), !self->unified);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->unified_button), self->unified);
  g_signal_connect_object (self->unified_button, "toggled", G_CALLBACK (unified_toggled_cb),
                           self, G_CONNECT_SWAPPED);

  switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (switcher, "linked");
  gtk_widget_set_halign (switcher, GTK_ALIGN_END);
  gtk_widget_set_hexpand (switcher, TRUE);
  gtk_box_append (GTK_BOX (switcher), self->readable_button);
  gtk_box_append (GTK_BOX (switcher), self->unified_button);
  gtk_accessible_update_property (GTK_ACCESSIBLE (switcher),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show changes"),
                                  -1);

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->header, "diff-header");
  gtk_box_append (GTK_BOX (self->header), switcher);
  gtk_widget_set_visible (self->header, FALSE);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (self->scroller, TRUE);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), self->header);
  gtk_box_append (GTK_BOX (self->box), self->scroller);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  dojo_source_util_follow_style (self->buffer);
  update_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dojo_diff_view_new (void)
{
  return g_object_new (DOJO_TYPE_DIFF_VIEW, NULL);
}

/**
 * dojo_diff_view_set_diff:
 * @diff: (nullable): the changes, or %NULL to show nothing
 * @path: (nullable): show only this file, or %NULL for every file
 */
void
dojo_diff_view_set_diff (DojoDiffView *self,
                         DojoDiff     *diff,
                         const char   *path)
{
  g_return_if_fail (DOJO_IS_DIFF_VIEW (self));

  if (diff != NULL)
    dojo_diff_ref (diff);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  self->diff = diff;
  g_free (self->path);
  self->path = g_strdup (path);

  gtk_widget_set_visible (self->header, TRUE);
  show_diff (self);
}

/**
 * dojo_diff_view_set_text:
 * @language_id: (nullable): a GtkSourceView language, like "diff" or "python"
 *
 * Shows @text as it is, like a file. Empty text with no language only
 * clears the view (changes about to come keep the header).
 */
void
dojo_diff_view_set_text (DojoDiffView *self,
                         const char   *text,
                         const char   *language_id)
{
  g_return_if_fail (DOJO_IS_DIFF_VIEW (self));

  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->path, g_free);
  if ((text != NULL && text[0] != '\0') || language_id != NULL)
    gtk_widget_set_visible (self->header, FALSE);

  show_plain (self, text, language_id);
}

/**
 * dojo_diff_view_dup_text:
 *
 * Returns: the text shown: in words, each changed line after the sign the
 *   gutter shows for it ("-", "+" or a space), as in a patch; unified, the
 *   patch itself
 */
char *
dojo_diff_view_dup_text (DojoDiffView *self)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *shown;
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (DOJO_IS_DIFF_VIEW (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  text = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
  if (self->rows == NULL)
    return g_steal_pointer (&text);

  shown = g_string_sized_new (strlen (text) + self->rows->len);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const Row *row = i < self->rows->len ? &g_array_index (self->rows, Row, i) : NULL;
      RowKind kind = row != NULL ? row->kind : ROW_BLANK;

      if (lines[i + 1] == NULL && lines[i][0] == '\0')
        break;
      if (row != NULL && row->padded && g_str_equal (lines[i], " "))
        lines[i][0] = '\0';
      if (kind == ROW_REMOVED)
        g_string_append_c (shown, '-');
      else if (kind == ROW_ADDED)
        g_string_append_c (shown, '+');
      else if (kind == ROW_CONTEXT)
        g_string_append_c (shown, ' ');
      g_string_append (shown, lines[i]);
      g_string_append_c (shown, '\n');
    }

  return g_string_free (shown, FALSE);
}

/**
 * dojo_diff_view_set_unified:
 * @unified: %TRUE to show changes as `git diff` prints them, %FALSE in
 *   words and colour
 *
 * The choice holds for the views made later in this run of the app too.
 */
void
dojo_diff_view_set_unified (DojoDiffView *self,
                            gboolean      unified)
{
  g_return_if_fail (DOJO_IS_DIFF_VIEW (self));

  unified = !!unified;
  if (self->unified == unified)
    return;

  self->unified = unified;
  unified_chosen = unified;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (unified ? self->unified_button
                                                           : self->readable_button), TRUE);
  if (self->diff != NULL)
    show_diff (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIFIED]);
}

gboolean
dojo_diff_view_get_unified (DojoDiffView *self)
{
  g_return_val_if_fail (DOJO_IS_DIFF_VIEW (self), FALSE);

  return self->unified;
}
