/* dojo-markdown.c: render a lesson's Markdown into a GtkTextBuffer
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-markdown"

#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <md4c.h>
#include <pango/pangocairo.h>

#include "dojo-markdown.h"
#include "dojo-quiz.h"
#include "dojo-source-util.h"

/* The text is collected in one string and the tags as offset ranges, then
 * inserted at once: many small inserts into a GtkTextBuffer are what makes
 * a naive renderer slow.
 */

#define HANG_PX        28   /* bullet column of a list item */
#define QUOTE_PX       22   /* indent of each block quote level */
#define MAX_INDENT_PX  (8 * HANG_PX)
#define CELL_GAP_PX    28
#define LINK_HREF_KEY  "dojo-href"
#define TRANSIENT_KEY  "dojo-markdown-transient"
#define HIGHLIGHTER_KEY "dojo-markdown-highlighter"
#define QUESTIONS_KEY  "dojo-markdown-questions"
#define QUESTION_KEY   "dojo-markdown-question"

typedef struct
{
  guint       start;
  guint       end;
  GtkTextTag *tag;
} Span;

typedef struct
{
  guint       start;
  GtkTextTag *tag;
} OpenSpan;

typedef struct
{
  gboolean ordered;
  guint    next;
  char     delimiter;
} List;

/* A list as md4c opens it (@type MD_BLOCK_UL or MD_BLOCK_OL), for both
 * renderers: numbered from its start, with its delimiter. */
static List
list_new (MD_BLOCKTYPE  type,
          void         *detail)
{
  List list = { type == MD_BLOCK_OL, 1, '.' };

  if (type == MD_BLOCK_OL)
    {
      MD_BLOCK_OL_DETAIL *ol = detail;

      list.next = ol->start;
      list.delimiter = ol->mark_delimiter ? ol->mark_delimiter : '.';
    }

  return list;
}

typedef struct
{
  gsize    start;   /* bytes in the collected text */
  gsize    end;
  guint    column;
  gboolean header;
} Cell;

typedef struct
{
  guint       offset;
  GdkTexture *texture;
} Image;

/* A `question` block that parsed: a card is shown at @offset. */
typedef struct
{
  guint     offset;
  DojoQuiz *quiz;
} Question;

/* A block quote; GitHub's "> [!NOTE]" on its first line makes it a box. */
typedef struct
{
  guint    start;
  int      note;       /* index in note_kinds[], or -1 */
  gboolean awaiting;   /* no block of it has started yet */
} Quote;

typedef struct
{
  GtkTextBuffer        *buffer;
  GtkTextTagTable      *table;
  GFile                *base_dir;
  GtkSourceStyleScheme *scheme;
  PangoContext         *context;
  double                font_scale;
  gboolean              dark;
  gboolean              high_contrast;

  GString              *text;
  guint                 n_chars;
  GArray               *spans;       /* Span */
  GArray               *open_spans;  /* OpenSpan */
  GArray               *lists;       /* List */
  GArray               *blocks;      /* Quote: the open quotes */
  GArray               *images;      /* Image */
  GArray               *questions;   /* Question */
  GString              *question;    /* the text of the open `question` block */
  guint                 n_question_blocks;

  /* the line (GtkTextView paragraph) being written */
  gboolean              line_open;
  gboolean              line_has_text;
  gboolean              line_bullet;
  guint                 line_start;
  int                   line_indent;
  char                 *pending_bullet;
  int                   indent_px;
  guint                 block_start;

  /* the first paragraph of a quote, while it may be a note's marker */
  gboolean              marker_candidate;
  gsize                 marker_byte;
  guint                 marker_char;
  guint                 marker_spans;

  gboolean              in_code;
  gboolean              code_python;
  gsize                 code_start_byte;
  guint                 code_start;

  guint                 img_depth;
  char                 *img_src;
  gsize                 img_start_byte;
  guint                 img_start;
  guint                 img_spans;

  guint                 table_depth;
  guint                 table_start;
  gboolean              in_thead;
  guint                 column;
  guint                 row_start;
  GArray               *cells;       /* Cell */

  GtkSourceBuffer      *highlighter; /* owned by the buffer */
} Renderer;

G_DEFINE_QUARK (dojo-markdown-error-quark, dojo_markdown_error)

/* GitHub's alerts: a block quote whose first line is only the marker. */
static const struct
{
  const char *marker;
  const char *name;
  const char *title;
} note_kinds[] = {
  /* Translators: the title of a box in a lesson, "> [!NOTE]" in Markdown */
  { "[!NOTE]", "note", N_("Note") },
  /* Translators: the title of a box in a lesson, "> [!TIP]" in Markdown */
  { "[!TIP]", "tip", N_("Tip") },
  /* Translators: the title of a box in a lesson, "> [!IMPORTANT]" in Markdown */
  { "[!IMPORTANT]", "important", N_("Important") },
  /* Translators: the title of a box in a lesson, "> [!WARNING]" in Markdown */
  { "[!WARNING]", "warning", N_("Warning") },
  /* Translators: the title of a box in a lesson, "> [!CAUTION]" in Markdown */
  { "[!CAUTION]", "caution", N_("Caution") },
};

/* Returns: the note kind @text (a paragraph's first line) marks, or -1 */
static int
note_kind_for_marker (const char *text,
                      gsize       len)
{
  g_autofree char *line = g_strndup (text, len);

  g_strstrip (line);
  for (guint i = 0; i < G_N_ELEMENTS (note_kinds); i++)
    if (g_ascii_strcasecmp (line, note_kinds[i].marker) == 0)
      return (int)i;

  return -1;
}

static const struct
{
  const char *name;
  const char *utf8;
} entities[] = {
  { "AElig", "Æ" }, { "Aacute", "Á" }, { "Agrave", "À" }, { "Auml", "Ä" },
  { "Ccedil", "Ç" }, { "Eacute", "É" }, { "Ntilde", "Ñ" }, { "Ouml", "Ö" },
  { "Uuml", "Ü" }, { "aacute", "á" }, { "acirc", "â" }, { "aelig", "æ" },
  { "agrave", "à" }, { "amp", "&" }, { "apos", "'" }, { "aring", "å" },
  { "auml", "ä" }, { "bull", "•" }, { "ccedil", "ç" }, { "cent", "¢" },
  { "check", "✓" }, { "copy", "©" }, { "darr", "↓" }, { "deg", "°" },
  { "divide", "÷" }, { "eacute", "é" }, { "ecirc", "ê" }, { "egrave", "è" },
  { "emsp", "\u2003" }, { "ensp", "\u2002" }, { "euml", "ë" }, { "euro", "€" },
  { "frac12", "½" }, { "frac14", "¼" }, { "frac34", "¾" }, { "ge", "≥" },
  { "gt", ">" }, { "harr", "↔" }, { "hellip", "…" }, { "iacute", "í" },
  { "iuml", "ï" }, { "laquo", "«" }, { "larr", "←" }, { "ldquo", "“" },
  { "le", "≤" }, { "lsquo", "‘" }, { "lt", "<" }, { "mdash", "—" },
  { "micro", "µ" }, { "middot", "·" }, { "nbsp", "\u00a0" }, { "ndash", "–" },
  { "ne", "≠" }, { "ntilde", "ñ" }, { "oacute", "ó" }, { "ocirc", "ô" },
  { "ouml", "ö" }, { "para", "¶" }, { "pi", "π" }, { "plusmn", "±" },
  { "pound", "£" }, { "quot", "\"" }, { "raquo", "»" }, { "rarr", "→" },
  { "rdquo", "”" }, { "reg", "®" }, { "rsquo", "’" }, { "sect", "§" },
  { "szlig", "ß" }, { "thinsp", "\u2009" }, { "times", "×" }, { "trade", "™" },
  { "uacute", "ú" }, { "uarr", "↑" }, { "uuml", "ü" }, { "yen", "¥" },
};

static int
entity_compare (const void *key,
                const void *member)
{
  const char *name = key;
  const char *const *entry = member;

  return strcmp (name, *entry);
}

/* Appends the text an entity such as "&amp;" or "&#x1F600;" stands for. An
 * entity we do not know is shown as written, which is what a reader expects.
 */
static void
append_entity (GString    *out,
               const char *text,
               gsize       size)
{
  g_autofree char *name = NULL;

  if (size < 3 || text[0] != '&' || text[size - 1] != ';')
    goto literal;

  if (text[1] == '#')
    {
      g_autofree char *digits = g_strndup (text + 2, size - 3);
      gboolean hex = digits[0] == 'x' || digits[0] == 'X';
      const char *start = hex ? digits + 1 : digits;
      char *end = NULL;
      guint64 value;

      if (*start == '\0')
        goto literal;

      value = g_ascii_strtoull (start, &end, hex ? 16 : 10);
      if (*end != '\0')
        goto literal;

      if (value == 0 || value > 0x10FFFF || !g_unichar_validate ((gunichar)value))
        value = 0xFFFD;

      g_string_append_unichar (out, (gunichar)value);
      return;
    }

  name = g_strndup (text + 1, size - 2);
  {
    const char *const *found = bsearch (name, entities, G_N_ELEMENTS (entities),
                                        sizeof entities[0], entity_compare);

    if (found != NULL)
      {
        g_string_append (out, found[1]);
        return;
      }
  }

literal:
  g_string_append_len (out, text, size);
}

/* What an entity or a code span shows, in a text buffer or a label: the
 * entity decoded; a code span on one line (a line end inside it is a
 * space, as CommonMark says), unless it is a code block's text. */
static GString *
shown_text (MD_TEXTTYPE    type,
            const MD_CHAR *data,
            MD_SIZE        size,
            gboolean       in_code)
{
  GString *shown = g_string_new_len (data, size);

  if (type == MD_TEXT_ENTITY)
    {
      g_string_truncate (shown, 0);
      append_entity (shown, data, size);
    }
  else if (type == MD_TEXT_CODE && !in_code)
    g_strdelimit (shown->str, "\r\n", ' ');

  return shown;
}

static char *
attribute_to_string (const MD_ATTRIBUTE *attr)
{
  GString *out = g_string_new (NULL);

  if (attr->text == NULL)
    return g_string_free (out, FALSE);

  for (guint i = 0; attr->substr_offsets[i] < attr->size; i++)
    {
      const char *piece = attr->text + attr->substr_offsets[i];
      gsize len = attr->substr_offsets[i + 1] - attr->substr_offsets[i];

      switch (attr->substr_types[i])
        {
        case MD_TEXT_ENTITY:
          append_entity (out, piece, len);
          break;

        case MD_TEXT_NULLCHAR:
          g_string_append (out, "\xef\xbf\xbd");
          break;

        default:
          g_string_append_len (out, piece, len);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/* Tags */

static GtkTextTag *
ensure_tag (Renderer   *r,
            const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (r->table, name);

  if (tag == NULL)
    {
      tag = gtk_text_tag_new (name);
      gtk_text_tag_table_add (r->table, tag);
      g_object_unref (tag);
    }

  return tag;
}

static GtkTextTag *
transient_tag (Renderer *r)
{
  GtkTextTag *tag = gtk_text_tag_new (NULL);

  g_object_set_data (G_OBJECT (tag), TRANSIENT_KEY, GINT_TO_POINTER (TRUE));
  gtk_text_tag_table_add (r->table, tag);
  g_object_unref (tag);

  return tag;
}

static void
collect_transient (GtkTextTag *tag,
                   gpointer    user_data)
{
  GPtrArray *doomed = user_data;

  if (g_object_get_data (G_OBJECT (tag), TRANSIENT_KEY) != NULL)
    g_ptr_array_add (doomed, tag);
}

static void
remove_transient_tags (GtkTextTagTable *table)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();

  gtk_text_tag_table_foreach (table, collect_transient, doomed);
  for (guint i = 0; i < doomed->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (doomed, i));
}

static gboolean
scheme_is_dark (GtkSourceStyleScheme *scheme)
{
  GtkSourceStyle *style;
  g_autofree char *background = NULL;
  gboolean background_set = FALSE;
  GdkRGBA rgba;

  if (scheme == NULL)
    return FALSE;

  style = gtk_source_style_scheme_get_style (scheme, "text");
  if (style == NULL)
    return g_str_has_suffix (gtk_source_style_scheme_get_id (scheme), "dark");

  g_object_get (style,
                "background", &background,
                "background-set", &background_set,
                NULL);

  if (!background_set || background == NULL || !gdk_rgba_parse (&rgba, background))
    return g_str_has_suffix (gtk_source_style_scheme_get_id (scheme), "dark");

  return (0.299 * rgba.red + 0.587 * rgba.green + 0.114 * rgba.blue) < 0.5;
}

/* Named tags are created in a fixed order before anything else so that their
 * priorities, which decide which margin or spacing wins, never depend on the
 * document. Their look is set on every render because light and dark differ.
 */
static void
setup_tags (Renderer *r)
{
  static const double heading_scale[] = { 1.8, 1.5, 1.3, 1.15, 1.0, 0.9 };
  static const int heading_above[] = { 12, 22, 18, 14, 12, 12 };
  GdkRGBA dim_rgba, accent, subtle, code_bg, rule;
  const GdkRGBA *dim = &dim_rgba;
  g_autoptr(PangoTabArray) hang = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT,
                                                                      HANG_PX);

  gdk_rgba_parse (&dim_rgba, r->dark ? "rgba(255,255,255,0.62)" : "rgba(0,0,0,0.58)");
  gdk_rgba_parse (&accent, r->dark ? "#78aeed" : "#1c71d8");
  gdk_rgba_parse (&subtle, r->dark ? "rgba(255,255,255,0.10)" : "rgba(0,0,0,0.07)");
  gdk_rgba_parse (&code_bg, r->dark ? "rgba(255,255,255,0.06)" : "rgba(0,0,0,0.045)");
  gdk_rgba_parse (&rule, r->dark ? "rgba(255,255,255,0.18)" : "rgba(0,0,0,0.15)");
  /* The desktop's high contrast: dimmed text is hard to read, and faint
   * tints and rules do not set code and sections apart; plain text and
   * clear tints instead. */
  if (r->high_contrast)
    {
      dim = NULL;
      gdk_rgba_parse (&subtle, r->dark ? "rgba(255,255,255,0.16)" : "rgba(0,0,0,0.10)");
      code_bg = subtle;
      gdk_rgba_parse (&rule, r->dark ? "rgba(255,255,255,0.75)" : "rgba(0,0,0,0.75)");
    }

  /* under every other tag: the font scale multiplies with the headings' */
  g_object_set (ensure_tag (r, "document"),
                "scale", r->font_scale,
                "line-height", 1.3f,
                NULL);
  gtk_text_tag_set_priority (ensure_tag (r, "document"), 0);

  g_object_set (ensure_tag (r, "paragraph"),
                "pixels-below-lines", 12,
                NULL);

  for (guint i = 0; i < 6; i++)
    {
      char name[4] = { 'h', (char)('1' + i), '\0' };

      g_object_set (ensure_tag (r, name),
                    "scale", heading_scale[i],
                    "weight", i == 0 ? PANGO_WEIGHT_ULTRABOLD : PANGO_WEIGHT_BOLD,
                    "pixels-above-lines", heading_above[i],
                    "pixels-below-lines", 8,
                    "line-height", 1.15f,
                    "foreground-rgba", i == 5 ? dim : NULL,
                    NULL);
    }

  g_object_set (ensure_tag (r, "list-item"),
                "indent", -HANG_PX,
                "tabs", hang,
                "pixels-below-lines", 4,
                NULL);

  g_object_set (ensure_tag (r, "blockquote"),
                "style", PANGO_STYLE_ITALIC,
                "foreground-rgba", dim,
                NULL);

  /* Note boxes: a tint of their own colour, under the code blocks they may
   * hold (tags made later win). The title says the kind in words; with
   * high contrast it is in the text's colour, the tint stronger. */
  {
    static const char *light[] = { "#1c71d8", "#26a269", "#813d9c", "#c64600", "#c01c28" };
    static const char *dark[] = { "#78aeed", "#8ff0a4", "#dc8add", "#ffa348", "#ff7b63" };

    g_object_set (ensure_tag (r, "note-box"),
                  "right-margin", 14,
                  NULL);
    g_object_set (ensure_tag (r, "note-pad"),
                  "size-points", 4.0,
                  NULL);
    g_object_set (ensure_tag (r, "note-title"),
                  "weight", PANGO_WEIGHT_BOLD,
                  "pixels-below-lines", 4,
                  NULL);

    for (guint i = 0; i < G_N_ELEMENTS (note_kinds); i++)
      {
        g_autofree char *box = g_strconcat ("note-", note_kinds[i].name, NULL);
        g_autofree char *title = g_strconcat ("note-title-", note_kinds[i].name, NULL);
        GdkRGBA colour, tint;

        gdk_rgba_parse (&colour, r->dark ? dark[i] : light[i]);
        tint = colour;
        tint.alpha = r->high_contrast ? (r->dark ? 0.26f : 0.18f) : (r->dark ? 0.14f : 0.09f);
        g_object_set (ensure_tag (r, box),
                      "paragraph-background-rgba", &tint,
                      NULL);
        g_object_set (ensure_tag (r, title),
                      "foreground-rgba", r->high_contrast ? NULL : &colour,
                      NULL);
      }
  }

  g_object_set (ensure_tag (r, "table"),
                "pixels-below-lines", 6,
                "wrap-mode", GTK_WRAP_NONE,
                NULL);
  g_object_set (ensure_tag (r, "table-row"),
                "pixels-above-lines", 2,
                NULL);
  g_object_set (ensure_tag (r, "table-header"),
                "weight", PANGO_WEIGHT_BOLD,
                "underline", PANGO_UNDERLINE_SINGLE_LINE,
                "underline-rgba", &rule,
                "pixels-below-lines", 6,
                NULL);

  g_object_set (ensure_tag (r, "code-block"),
                "family", "monospace",
                "line-height", 1.15f,
                "paragraph-background-rgba", &code_bg,
                "left-margin", 14,
                "accumulative-margin", TRUE,
                "right-margin", 14,
                "pixels-above-lines", 0,
                "pixels-below-lines", 0,
                "wrap-mode", GTK_WRAP_CHAR,
                /* a wrapped line of code must not grow a "-" that is not
                 * in the code (Pango hyphenates broken words by default) */
                "insert-hyphens", FALSE,
                NULL);
  /* blank lines above and below the code, inside its background; they hold
   * a space because GtkTextView paints no paragraph background on an empty line
   */
  g_object_set (ensure_tag (r, "code-pad"),
                "size-points", 5.0,
                NULL);
  g_object_set (ensure_tag (r, "spacer"),
                "size-points", 7.0,
                NULL);

  g_object_set (ensure_tag (r, "hr"),
                "size-points", 1.5,
                "line-height", 1.0f,
                "paragraph-background-rgba", &rule,
                NULL);

  g_object_set (ensure_tag (r, "em"), "style", PANGO_STYLE_ITALIC, NULL);
  g_object_set (ensure_tag (r, "strong"), "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (ensure_tag (r, "code"),
                "family", "monospace",
                "insert-hyphens", FALSE,
                "background-rgba", &subtle,
                NULL);
  g_object_set (ensure_tag (r, "link"),
                "underline", PANGO_UNDERLINE_SINGLE,
                "foreground-rgba", &accent,
                NULL);
  g_object_set (ensure_tag (r, "image-alt"),
                "style", PANGO_STYLE_ITALIC,
                "foreground-rgba", dim,
                NULL);
}

static GtkTextTag *
margin_tag (Renderer *r,
            int       px)
{
  char name[32];
  GtkTextTag *tag;

  px = CLAMP (px, 0, MAX_INDENT_PX);
  if (px == 0)
    return NULL;

  g_snprintf (name, sizeof name, "margin:%d", px);
  if ((tag = gtk_text_tag_table_lookup (r->table, name)) == NULL)
    {
      tag = ensure_tag (r, name);
      g_object_set (tag,
                    "left-margin", px,
                    "accumulative-margin", TRUE,
                    NULL);
    }

  return tag;
}

static void
add_span (Renderer   *r,
          guint       start,
          guint       end,
          GtkTextTag *tag)
{
  Span span = { start, end, tag };

  if (tag != NULL && end > start)
    g_array_append_val (r->spans, span);
}

/* Text and lines */

static void
append (Renderer   *r,
        const char *text,
        gsize       len)
{
  g_string_append_len (r->text, text, len);
  r->n_chars += g_utf8_strlen (text, len);
}

static void
append_char (Renderer *r,
             gunichar  ch)
{
  g_string_append_unichar (r->text, ch);
  r->n_chars++;
}

static void
open_line (Renderer *r)
{
  if (r->line_open)
    return;

  r->line_open = TRUE;
  r->line_has_text = FALSE;
  r->line_start = r->n_chars;
  r->line_bullet = FALSE;
  r->line_indent = r->indent_px;

  if (r->pending_bullet != NULL)
    {
      g_autofree char *bullet = g_steal_pointer (&r->pending_bullet);

      append (r, bullet, strlen (bullet));
      append_char (r, '\t');
      r->line_bullet = TRUE;
      r->line_indent = r->indent_px - HANG_PX;
    }
}

static void
close_line (Renderer *r)
{
  if (!r->line_open)
    return;

  append_char (r, '\n');
  add_span (r, r->line_start, r->n_chars, margin_tag (r, r->line_indent));
  if (r->line_bullet)
    add_span (r, r->line_start, r->n_chars, ensure_tag (r, "list-item"));

  r->line_open = FALSE;
}

/* A block starts on a line of its own, unless the line so far only holds
 * the bullet of the list item the block is the first child of.
 */
static void
begin_block (Renderer *r)
{
  if (r->line_open && r->line_has_text)
    close_line (r);
  open_line (r);
  r->block_start = r->line_start;
}

static void
add_spacer (Renderer *r)
{
  guint start = r->n_chars;

  g_assert (!r->line_open);
  /* In a note box the spacer is tinted like the box: GtkTextView paints
   * no paragraph background on an empty line. */
  for (guint i = 0; i < r->blocks->len; i++)
    if (g_array_index (r->blocks, Quote, i).note >= 0)
      {
        append_char (r, ' ');
        add_span (r, start, r->n_chars + 1, margin_tag (r, r->indent_px));
        break;
      }
  append_char (r, '\n');
  add_span (r, start, r->n_chars, ensure_tag (r, "spacer"));
}

static void
text (Renderer   *r,
      const char *text,
      gsize       len)
{
  open_line (r);
  r->line_has_text = TRUE;

  /* in a table a tab would jump to the next column */
  if (r->table_depth > 0 && memchr (text, '\t', len) != NULL)
    {
      g_autofree char *flat = g_strndup (text, len);

      g_strdelimit (flat, "\t", ' ');
      append (r, flat, len);
    }
  else
    {
      append (r, text, len);
    }
}

/* Code */

static gboolean
is_python (const char *lang)
{
  return lang[0] == '\0' ||
         g_ascii_strcasecmp (lang, "python") == 0 ||
         g_ascii_strcasecmp (lang, "python3") == 0 ||
         g_ascii_strcasecmp (lang, "py") == 0 ||
         g_ascii_strcasecmp (lang, "pycon") == 0;
}

static GtkTextTag *
highlight_tag_for (Renderer *r,
                   GSList   *source_tags)
{
  GdkRGBA *foreground = NULL;
  gboolean bold = FALSE;
  gboolean italic = FALSE;
  gboolean any = FALSE;
  g_autofree char *colour = NULL;
  char name[64];
  GtkTextTag *tag;

  /* gtk_text_iter_get_tags() sorts by priority, so later tags win */
  for (const GSList *l = source_tags; l != NULL; l = l->next)
    {
      gboolean fg_set = FALSE, weight_set = FALSE, style_set = FALSE;
      GdkRGBA *fg = NULL;
      int weight = PANGO_WEIGHT_NORMAL;
      PangoStyle style = PANGO_STYLE_NORMAL;

      g_object_get (l->data,
                    "foreground-set", &fg_set,
                    "foreground-rgba", &fg,
                    "weight-set", &weight_set,
                    "weight", &weight,
                    "style-set", &style_set,
                    "style", &style,
                    NULL);

      if (fg_set && fg != NULL)
        {
          g_clear_pointer (&foreground, gdk_rgba_free);
          foreground = g_steal_pointer (&fg);
          any = TRUE;
        }
      g_clear_pointer (&fg, gdk_rgba_free);

      if (weight_set)
        {
          bold = weight >= PANGO_WEIGHT_SEMIBOLD;
          any = TRUE;
        }

      if (style_set)
        {
          italic = style != PANGO_STYLE_NORMAL;
          any = TRUE;
        }
    }

  if (!any)
    return NULL;

  if (foreground != NULL)
    colour = g_strdup_printf ("#%02x%02x%02x",
                              (guint)(CLAMP (foreground->red, 0., 1.) * 255 + .5),
                              (guint)(CLAMP (foreground->green, 0., 1.) * 255 + .5),
                              (guint)(CLAMP (foreground->blue, 0., 1.) * 255 + .5));

  g_snprintf (name, sizeof name, "hl:%s%s%s",
              colour ? colour : "-", bold ? ":bold" : "", italic ? ":italic" : "");

  if ((tag = gtk_text_tag_table_lookup (r->table, name)) == NULL)
    {
      tag = ensure_tag (r, name);
      if (foreground != NULL)
        g_object_set (tag, "foreground-rgba", foreground, NULL);
      if (bold)
        g_object_set (tag, "weight", PANGO_WEIGHT_BOLD, NULL);
      if (italic)
        g_object_set (tag, "style", PANGO_STYLE_ITALIC, NULL);
    }

  g_clear_pointer (&foreground, gdk_rgba_free);

  return tag;
}

static void
highlight_python (Renderer   *r,
                  const char *code,
                  gsize       len,
                  guint       offset)
{
  GtkTextIter iter, end;

  if (r->highlighter == NULL)
    {
      /* Kept with the lesson's buffer: setting up the highlighting engine
       * costs more than highlighting a lesson's worth of code.
       */
      r->highlighter = g_object_get_data (G_OBJECT (r->buffer), HIGHLIGHTER_KEY);

      if (r->highlighter == NULL)
        {
          GtkSourceLanguage *python;

          python = dojo_source_util_get_python ();
          if (python == NULL)
            return;

          r->highlighter = gtk_source_buffer_new_with_language (python);
          gtk_source_buffer_set_highlight_matching_brackets (r->highlighter, FALSE);
          g_object_set_data_full (G_OBJECT (r->buffer), HIGHLIGHTER_KEY,
                                  r->highlighter, g_object_unref);
        }

      if (r->scheme != NULL &&
          gtk_source_buffer_get_style_scheme (r->highlighter) != r->scheme)
        gtk_source_buffer_set_style_scheme (r->highlighter, r->scheme);
    }

  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (r->highlighter), code, len);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (r->highlighter), &iter, &end);
  gtk_source_buffer_ensure_highlight (r->highlighter, &iter, &end);

  while (!gtk_text_iter_is_end (&iter))
    {
      GtkTextIter next = iter;
      GSList *tags;

      if (!gtk_text_iter_forward_to_tag_toggle (&next, NULL))
        next = end;

      tags = gtk_text_iter_get_tags (&iter);
      if (tags != NULL)
        {
          GtkTextTag *ours = highlight_tag_for (r, tags);

          add_span (r,
                    offset + gtk_text_iter_get_offset (&iter),
                    offset + gtk_text_iter_get_offset (&next),
                    ours);
          g_slist_free (tags);
        }

      iter = next;
    }
}

/* Tables */

static void
finish_table (Renderer *r)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoTabArray) tabs = NULL;
  g_autoptr(GArray) widths = g_array_new (FALSE, TRUE, sizeof (int));
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoFontDescription) bold = NULL;
  const PangoFontDescription *base;
  GtkTextTag *tag;
  int x = 0;

  base = pango_context_get_font_description (r->context);
  font = base ? pango_font_description_copy (base) : pango_font_description_from_string ("Sans 11");
  if (pango_font_description_get_size (font) <= 0)
    pango_font_description_set_size (font, 11 * PANGO_SCALE);
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font,
                                              pango_font_description_get_size (font) *
                                              r->font_scale);
  else
    pango_font_description_set_size (font,
                                     (int)(pango_font_description_get_size (font) *
                                           r->font_scale));
  bold = pango_font_description_copy (font);
  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);

  layout = pango_layout_new (r->context);
  for (guint i = 0; i < r->cells->len; i++)
    {
      const Cell *cell = &g_array_index (r->cells, Cell, i);
      int width = 0;

      if (cell->column >= widths->len)
        g_array_set_size (widths, cell->column + 1);

      pango_layout_set_font_description (layout, cell->header ? bold : font);
      pango_layout_set_text (layout, r->text->str + cell->start, cell->end - cell->start);
      pango_layout_get_pixel_size (layout, &width, NULL);
      g_array_index (widths, int, cell->column) = MAX (g_array_index (widths, int, cell->column),
                                                       width);
    }

  /* one stop per column boundary; the last one lets the header's rule run
   * under the whole table
   */
  tabs = pango_tab_array_new (MAX (widths->len, 1), TRUE);
  for (guint i = 0; i < widths->len; i++)
    {
      x += g_array_index (widths, int, i) + CELL_GAP_PX;
      pango_tab_array_set_tab (tabs, i, PANGO_TAB_LEFT, x);
    }

  tag = transient_tag (r);
  g_object_set (tag, "tabs", tabs, NULL);
  add_span (r, r->table_start, r->n_chars, tag);
  add_span (r, r->table_start, r->n_chars, ensure_tag (r, "table"));

  g_array_set_size (r->cells, 0);
}

/* Images */

static GdkTexture *
load_image (Renderer   *r,
            const char *src)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (r->base_dir == NULL || src == NULL || src[0] == '\0')
    return NULL;

  /* Only a relative path inside the lesson's folder: no URLs, no absolute
   * paths, no way out through ".." or a symbolic link.
   */
  if (g_uri_peek_scheme (src) != NULL || g_path_is_absolute (src) || src[0] == '~' ||
      strchr (src, '\\') != NULL)
    return NULL;

  path = g_uri_unescape_string (src, "/");
  if (path == NULL)
    return NULL;

  for (const char *p = path; p != NULL; p = strchr (p, '/'))
    {
      if (*p == '/')
        p++;
      if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0'))
        return NULL;
    }

  file = g_file_resolve_relative_path (r->base_dir, path);
  if (!g_file_has_prefix (file, r->base_dir))
    return NULL;

  if (g_file_is_native (file))
    {
      g_autofree char *local = g_file_get_path (file);
      g_autofree char *base_local = g_file_get_path (r->base_dir);
      g_autofree char *real = local ? realpath (local, NULL) : NULL;
      g_autofree char *real_base = base_local ? realpath (base_local, NULL) : NULL;
      g_autofree char *prefix = NULL;

      if (real == NULL || real_base == NULL)
        return NULL;

      prefix = g_str_has_suffix (real_base, "/") ? g_strdup (real_base)
                                                   : g_strconcat (real_base, "/", NULL);
      if (!g_str_has_prefix (real, prefix) || !g_file_test (real, G_FILE_TEST_IS_REGULAR))
        return NULL;
    }
  else if (!g_file_query_exists (file, NULL))
    {
      return NULL;
    }

  texture = gdk_texture_new_from_file (file, NULL);

  return g_steal_pointer (&texture);
}

static void
finish_image (Renderer *r)
{
  g_autoptr(GdkTexture) texture = load_image (r, r->img_src);

  if (texture != NULL)
    {
      Image image = { r->img_start, g_steal_pointer (&texture) };

      /* The picture replaces its alt text. */
      g_string_truncate (r->text, r->img_start_byte);
      r->n_chars = r->img_start;
      g_array_set_size (r->spans, r->img_spans);
      g_array_append_val (r->images, image);
      r->line_has_text = TRUE;
    }
  else
    {
      if (r->n_chars == r->img_start)
        {
          const char *placeholder = _("[image]");

          append (r, placeholder, strlen (placeholder));
        }

      add_span (r, r->img_start, r->n_chars, ensure_tag (r, "image-alt"));
    }

  g_clear_pointer (&r->img_src, g_free);
}

/* Note boxes */

/* A block of a quote starts: a quote's first paragraph may be its marker. */
static void
quote_block_starts (Renderer     *r,
                    MD_BLOCKTYPE  type)
{
  Quote *quote;

  if (r->blocks->len == 0)
    return;

  quote = &g_array_index (r->blocks, Quote, r->blocks->len - 1);
  if (!quote->awaiting)
    return;

  quote->awaiting = FALSE;
  if (type == MD_BLOCK_P)
    {
      r->marker_candidate = TRUE;
      r->marker_byte = r->text->len;
      r->marker_char = r->n_chars;
      r->marker_spans = r->spans->len;
    }
}

static void
add_pad (Renderer *r)
{
  guint start;

  close_line (r);
  open_line (r);
  start = r->line_start;
  append_char (r, ' ');   /* an empty line would get no background */
  r->line_has_text = TRUE;
  close_line (r);
  add_span (r, start, r->n_chars, ensure_tag (r, "note-pad"));
}

/* The first line of a quote's first paragraph ended: if it was only a
 * marker, the quote is a note box and the marker becomes its title.
 * Returns: whether it was */
static gboolean
check_marker (Renderer *r)
{
  Quote *quote = &g_array_index (r->blocks, Quote, r->blocks->len - 1);
  const char *title;
  guint title_start;
  int kind;

  r->marker_candidate = FALSE;
  if (r->spans->len != r->marker_spans || r->open_spans->len > 0)
    return FALSE;

  kind = note_kind_for_marker (r->text->str + r->marker_byte, r->text->len - r->marker_byte);
  if (kind < 0)
    return FALSE;

  g_string_truncate (r->text, r->marker_byte);
  r->n_chars = r->marker_char;
  if (r->line_open && r->line_start == r->n_chars)
    r->line_open = FALSE;   /* the marker's line is gone */
  quote->note = kind;

  add_pad (r);
  open_line (r);
  title_start = r->line_start;
  title = _(note_kinds[kind].title);
  append (r, title, strlen (title));
  r->line_has_text = TRUE;
  close_line (r);
  add_span (r, title_start, r->n_chars, ensure_tag (r, "note-title"));
  {
    g_autofree char *name = g_strconcat ("note-title-", note_kinds[kind].name, NULL);

    add_span (r, title_start, r->n_chars, ensure_tag (r, name));
  }

  /* the paragraph, if it goes on, starts below the title */
  r->block_start = r->n_chars;

  return TRUE;
}

/* md4c callbacks */

/* Code blocks */

static void
begin_code (Renderer *r,
            gboolean  python)
{
  begin_block (r);
  r->code_python = python;
  /* the pad line inside the block's background */
  r->line_has_text = TRUE;
  append_char (r, ' ');
  append_char (r, '\n');
  add_span (r, r->block_start, r->n_chars, ensure_tag (r, "code-pad"));
  r->in_code = TRUE;
  r->code_start = r->n_chars;
  r->code_start_byte = r->text->len;
}

static void
end_code (Renderer *r)
{
  guint pad;

  r->in_code = FALSE;

  /* md4c ends every code line with a newline; the last one is ours */
  if (r->text->len > r->code_start_byte && r->text->str[r->text->len - 1] == '\n')
    {
      g_string_truncate (r->text, r->text->len - 1);
      r->n_chars--;
    }

  if (r->code_python)
    highlight_python (r,
                      r->text->str + r->code_start_byte,
                      r->text->len - r->code_start_byte,
                      r->code_start);

  close_line (r);
  pad = r->n_chars;
  append_char (r, ' ');
  append_char (r, '\n');
  add_span (r, pad, r->n_chars, ensure_tag (r, "code-pad"));
  add_span (r, pad, r->n_chars, margin_tag (r, r->indent_px));
  add_span (r, r->block_start, r->n_chars, ensure_tag (r, "code-block"));
  add_spacer (r);
}

/* A `question` block (docs/pack-format.md, Lessons): a card where it parses;
 * else the block as code and a note, for the pack's author to fix. */
static void
finish_question (Renderer *r)
{
  g_autoptr(GString) json = g_steal_pointer (&r->question);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoQuiz) quiz = NULL;

  if (++r->n_question_blocks > DOJO_QUIZ_MAX_LESSON_QUESTIONS)
    g_set_error (&error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                 "more than %u questions", DOJO_QUIZ_MAX_LESSON_QUESTIONS);
  else
    quiz = dojo_quiz_new_from_question_text (json->str, json->len, "lesson", &error);

  if (quiz != NULL)
    {
      Question question = { 0, g_steal_pointer (&quiz) };

      begin_block (r);
      question.offset = r->n_chars;
      g_array_append_val (r->questions, question);
      r->line_has_text = TRUE;
      close_line (r);
      add_spacer (r);
      return;
    }

  g_debug ("A question of the lesson is shown as code: %s", error->message);

  begin_code (r, FALSE);
  if (json->len > 0 && json->str[json->len - 1] != '\n')
    g_string_append_c (json, '\n');
  text (r, json->str, json->len);
  end_code (r);

  {
    const char *note = _("This question could not be read, so it is shown as it was "
                         "written. The pack’s author can run “dojo-pack validate” to "
                         "learn why.");
    guint start;

    begin_block (r);
    start = r->n_chars;
    text (r, note, strlen (note));
    add_span (r, start, r->n_chars, ensure_tag (r, "image-alt"));
    close_line (r);
    add_span (r, r->block_start, r->n_chars, ensure_tag (r, "paragraph"));
  }
}

static int
enter_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Renderer *r = user_data;

  if (type != MD_BLOCK_DOC && type != MD_BLOCK_P)
    quote_block_starts (r, type);

  switch (type)
    {
    case MD_BLOCK_DOC:
      break;

    case MD_BLOCK_QUOTE:
      {
        Quote quote = { 0, -1, TRUE };

        close_line (r);
        quote.start = r->n_chars;
        g_array_append_val (r->blocks, quote);
        r->indent_px += QUOTE_PX;
      }
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      {
        List list = list_new (type, detail);

        /* a bullet without text of its own stays on its line */
        if (r->line_open)
          close_line (r);
        else if (r->pending_bullet != NULL)
          {
            open_line (r);
            close_line (r);
          }

        g_array_append_val (r->lists, list);
        r->indent_px += HANG_PX;
      }
      break;

    case MD_BLOCK_LI:
      {
        static const char *bullets[] = { "•", "◦", "▪" };
        List *list = &g_array_index (r->lists, List, r->lists->len - 1);
        guint level = 0;

        close_line (r);
        g_clear_pointer (&r->pending_bullet, g_free);

        if (list->ordered)
          {
            r->pending_bullet = g_strdup_printf ("%u%c", list->next, list->delimiter);
            list->next++;
          }
        else
          {
            for (guint i = 0; i + 1 < r->lists->len; i++)
              level += !g_array_index (r->lists, List, i).ordered;
            r->pending_bullet = g_strdup (bullets[level % G_N_ELEMENTS (bullets)]);
          }
      }
      break;

    case MD_BLOCK_HR:
      close_line (r);
      open_line (r);
      append_char (r, ' ');   /* an empty line would get no background */
      close_line (r);
      add_span (r, r->n_chars - 2, r->n_chars, ensure_tag (r, "hr"));
      add_spacer (r);
      break;

    case MD_BLOCK_H:
      begin_block (r);
      break;

    case MD_BLOCK_P:
      begin_block (r);
      quote_block_starts (r, type);
      break;

    case MD_BLOCK_CODE:
      {
        MD_BLOCK_CODE_DETAIL *code = detail;
        g_autofree char *lang = attribute_to_string (&code->lang);

        /* A question is collected first: a card if it parses, else code. */
        if (g_strcmp0 (lang, "question") == 0 && r->question == NULL)
          r->question = g_string_new (NULL);
        else
          begin_code (r, is_python (lang));
      }
      break;

    case MD_BLOCK_HTML:
      begin_block (r);
      break;

    case MD_BLOCK_TABLE:
      close_line (r);
      if (r->table_depth++ == 0)
        {
          r->table_start = r->n_chars;
          g_array_set_size (r->cells, 0);
        }
      break;

    case MD_BLOCK_THEAD:
      r->in_thead = TRUE;
      break;

    case MD_BLOCK_TBODY:
      r->in_thead = FALSE;
      break;

    case MD_BLOCK_TR:
      close_line (r);
      open_line (r);
      r->row_start = r->line_start;
      r->column = 0;
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      {
        Cell cell = { 0, 0, r->column, r->in_thead };

        open_line (r);
        if (r->column > 0)
          append_char (r, '\t');
        cell.start = cell.end = r->text->len;
        g_array_append_val (r->cells, cell);
      }
      break;

    default:
      break;
    }

  return 0;
}

static int
leave_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Renderer *r = user_data;

  switch (type)
    {
    case MD_BLOCK_DOC:
      close_line (r);
      break;

    case MD_BLOCK_QUOTE:
      {
        Quote quote = g_array_index (r->blocks, Quote, r->blocks->len - 1);

        close_line (r);
        if (quote.note >= 0)
          {
            g_autofree char *name = g_strconcat ("note-", note_kinds[quote.note].name, NULL);

            add_pad (r);
            add_span (r, quote.start, r->n_chars, ensure_tag (r, "note-box"));
            add_span (r, quote.start, r->n_chars, ensure_tag (r, name));
          }
        else
          add_span (r, quote.start, r->n_chars, ensure_tag (r, "blockquote"));
        g_array_set_size (r->blocks, r->blocks->len - 1);
        r->indent_px -= QUOTE_PX;
        if (quote.note >= 0)
          add_spacer (r);
      }
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      close_line (r);
      g_array_set_size (r->lists, r->lists->len - 1);
      r->indent_px -= HANG_PX;
      if (r->lists->len == 0 && r->blocks->len == 0)
        add_spacer (r);
      break;

    case MD_BLOCK_LI:
      /* an empty item still shows its bullet */
      if (r->pending_bullet != NULL)
        open_line (r);
      close_line (r);
      break;

    case MD_BLOCK_H:
      {
        char name[4] = { 'h', '1', '\0' };
        guint level = CLAMP (((MD_BLOCK_H_DETAIL *)detail)->level, 1, 6);

        name[1] = (char)('0' + level);
        close_line (r);
        add_span (r, r->block_start, r->n_chars, ensure_tag (r, name));
      }
      break;

    case MD_BLOCK_P:
      if (r->marker_candidate)
        check_marker (r);
      close_line (r);
      add_span (r, r->block_start, r->n_chars, ensure_tag (r, "paragraph"));
      break;

    case MD_BLOCK_CODE:
      if (r->question != NULL)
        finish_question (r);
      else
        end_code (r);
      break;

    case MD_BLOCK_HTML:
      close_line (r);
      break;

    case MD_BLOCK_TABLE:
      close_line (r);
      if (--r->table_depth == 0)
        {
          finish_table (r);
          add_spacer (r);
        }
      break;

    case MD_BLOCK_TR:
      {
        gboolean header = r->in_thead;

        if (header)
          append_char (r, '\t');
        close_line (r);
        add_span (r, r->row_start, r->n_chars,
                  ensure_tag (r, header ? "table-header" : "table-row"));
      }
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (r->cells->len > 0)
        g_array_index (r->cells, Cell, r->cells->len - 1).end = r->text->len;
      r->column++;
      break;

    default:
      break;
    }

  return 0;
}

static int
enter_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;
  OpenSpan span = { 0, NULL };

  if (r->img_depth > 0)
    {
      /* the alt text of an image is plain text */
      if (type == MD_SPAN_IMG)
        r->img_depth++;
      return 0;
    }

  open_line (r);
  span.start = r->n_chars;

  switch (type)
    {
    case MD_SPAN_EM:
      span.tag = ensure_tag (r, "em");
      break;

    case MD_SPAN_STRONG:
      span.tag = ensure_tag (r, "strong");
      break;

    case MD_SPAN_CODE:
      span.tag = ensure_tag (r, "code");
      break;

    case MD_SPAN_A:
      {
        MD_SPAN_A_DETAIL *a = detail;
        GtkTextTag *href = transient_tag (r);

        g_object_set_data_full (G_OBJECT (href), LINK_HREF_KEY,
                                attribute_to_string (&a->href), g_free);
        add_span (r, span.start, G_MAXUINT, href);   /* end fixed on leave */
        span.tag = ensure_tag (r, "link");
      }
      break;

    case MD_SPAN_IMG:
      r->img_depth = 1;
      r->img_src = attribute_to_string (&((MD_SPAN_IMG_DETAIL *)detail)->src);
      r->img_start = r->n_chars;
      r->img_start_byte = r->text->len;
      r->img_spans = r->spans->len;
      return 0;

    default:
      break;
    }

  g_array_append_val (r->open_spans, span);

  return 0;
}

static int
leave_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;
  OpenSpan span;

  if (r->img_depth > 0)
    {
      /* Inside alt text only images nest (enter_span counts them alone):
       * emphasis closing there does not end the image. */
      if (type == MD_SPAN_IMG && --r->img_depth == 0)
        finish_image (r);
      return 0;
    }

  if (type == MD_SPAN_IMG || r->open_spans->len == 0)
    return 0;

  span = g_array_index (r->open_spans, OpenSpan, r->open_spans->len - 1);
  g_array_set_size (r->open_spans, r->open_spans->len - 1);

  if (type == MD_SPAN_A)
    {
      /* close the per-link tag opened with the span */
      for (guint i = r->spans->len; i > 0; i--)
        {
          Span *s = &g_array_index (r->spans, Span, i - 1);

          if (s->end == G_MAXUINT)
            {
              s->end = r->n_chars;
              break;
            }
        }
    }

  add_span (r, span.start, r->n_chars, span.tag);

  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *data,
         MD_SIZE        size,
         void          *user_data)
{
  Renderer *r = user_data;

  if (r->img_depth > 0 && r->img_depth != 1)
    return 0;

  if (r->question != NULL)
    {
      /* past the limit it is shown as code anyway: keep what a person reads */
      if (r->question->len <= DOJO_QUIZ_MAX_QUESTION_SIZE)
        g_string_append_len (r->question, data, size);
      return 0;
    }

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      text (r, "\xef\xbf\xbd", 3);
      break;

    case MD_TEXT_BR:
      if (r->marker_candidate && check_marker (r))
        break;
      /* a line break inside the paragraph, not a new paragraph */
      text (r, r->table_depth > 0 ? " " : "\xe2\x80\xa8", r->table_depth > 0 ? 1 : 3);
      break;

    case MD_TEXT_SOFTBR:
      if (r->marker_candidate && check_marker (r))
        break;
      text (r, " ", 1);
      break;

    case MD_TEXT_ENTITY:
    case MD_TEXT_CODE:
      {
        g_autoptr(GString) shown = shown_text (type, data, size, r->in_code);

        text (r, shown->str, shown->len);
      }
      break;

    case MD_TEXT_NORMAL:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
      text (r, data, size);
      break;
    }

  return 0;
}

static PangoContext *
default_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *font_name = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  if (settings != NULL)
    g_object_get (settings, "gtk-font-name", &font_name, NULL);

  font = pango_font_description_from_string (font_name ? font_name : "Sans 11");
  pango_context_set_font_description (context, font);

  return context;
}

/**
 * dojo_markdown_render_full:
 * @buffer: the buffer to replace the contents of
 * @markdown: CommonMark text with tables
 * @length: length of @markdown in bytes, or -1 if it is nul-terminated
 * @base_dir: (nullable): the lesson's folder; images are only loaded from inside it
 * @scheme: (nullable): colours for Python code
 * @context: (nullable): measures table columns; the text view's, ideally
 * @font_scale: multiplies the text size, 1.0 to keep the view's font
 * @high_contrast: the desktop asks for high contrast: no dimmed text, clear
 *   tints and rules
 * @error: a location for a #GError
 *
 * Replaces the contents of @buffer with @markdown rendered through named tags
 * ("h1", "paragraph", "code-block", "link", ...). Raw HTML is shown as text.
 *
 * Returns: %TRUE on success; %FALSE if @markdown is not UTF-8, and then
 *   @buffer is left as it was
 */
gboolean
dojo_markdown_render_full (GtkTextBuffer        *buffer,
                           const char           *markdown,
                           gssize                length,
                           GFile                *base_dir,
                           GtkSourceStyleScheme *scheme,
                           PangoContext         *context,
                           double                font_scale,
                           gboolean              high_contrast,
                           GError              **error)
{
  g_autofree char *terminated = NULL;
  GPtrArray *questions;
  const char *bad = NULL;
  Renderer r = { 0 };
  GtkTextIter start, end;
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_NOHTML,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = enter_span,
    .leave_span = leave_span,
    .text = text_cb,
  };
  int ret;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), FALSE);
  g_return_val_if_fail (markdown != NULL || length == 0, FALSE);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), FALSE);
  g_return_val_if_fail (scheme == NULL || GTK_SOURCE_IS_STYLE_SCHEME (scheme), FALSE);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (markdown == NULL)
    markdown = "";
  if (length < 0)
    length = strlen (markdown);

  if ((gsize)length > UINT_MAX / 2)
    {
      g_set_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_TOO_LARGE,
                   _("The lesson is too large to show (%zd bytes)"), (ssize_t)length);
      return FALSE;
    }

  if (!g_utf8_validate (markdown, length, &bad))
    {
      g_set_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_INVALID_UTF8,
                   _("The lesson is not valid UTF-8 text (byte %zu); "
                     "save it as UTF-8 and open it again"),
                   (size_t)(bad - markdown));
      return FALSE;
    }

  r.buffer = buffer;
  r.table = gtk_text_buffer_get_tag_table (buffer);
  r.base_dir = base_dir;
  r.scheme = scheme;
  r.context = context ? g_object_ref (context) : default_context ();
  r.font_scale = font_scale > 0 ? font_scale : 1.0;
  r.dark = scheme_is_dark (scheme);
  r.high_contrast = high_contrast;
  r.text = g_string_sized_new (length + length / 8 + 64);
  r.spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), 256);
  r.open_spans = g_array_new (FALSE, FALSE, sizeof (OpenSpan));
  r.lists = g_array_new (FALSE, FALSE, sizeof (List));
  r.blocks = g_array_new (FALSE, FALSE, sizeof (Quote));
  r.images = g_array_new (FALSE, FALSE, sizeof (Image));
  r.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  r.questions = g_array_new (FALSE, FALSE, sizeof (Question));

  gtk_text_buffer_set_text (buffer, "", 0);
  remove_transient_tags (r.table);
  setup_tags (&r);

  /* md4c 0.4.8 (Debian 12) reads past the end of a lesson that ends inside
   * a link destination, and when the bytes there close the link it hands
   * text from beyond the buffer to text_cb (tests/fuzz/regressions/markdown/).
   * A NUL after the text stops it: parse a terminated copy. */
  terminated = g_malloc (length + 1);
  memcpy (terminated, markdown, length);
  terminated[length] = '\0';
  ret = md_parse (terminated, (MD_SIZE)length, &parser, &r);
  close_line (&r);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_insert (buffer, &start, r.text->str, r.text->len);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, ensure_tag (&r, "document"), &start, &end);

  for (guint i = 0; i < r.spans->len; i++)
    {
      const Span *span = &g_array_index (r.spans, Span, i);
      guint span_end = MIN (span->end, r.n_chars);

      if (span->start >= span_end)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span_end);
      gtk_text_buffer_apply_tag (buffer, span->tag, &start, &end);
    }

  /* Last to first, so that the offsets before each picture and card stay
   * true. */
  questions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = r.images->len, j = r.questions->len; i > 0 || j > 0;)
    {
      Image *image = i > 0 ? &g_array_index (r.images, Image, i - 1) : NULL;
      Question *question = j > 0 ? &g_array_index (r.questions, Question, j - 1) : NULL;

      if (image != NULL && (question == NULL || image->offset >= question->offset))
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start, image->offset);
          gtk_text_buffer_insert_paintable (buffer, &start, GDK_PAINTABLE (image->texture));
          g_clear_object (&image->texture);
          i--;
        }
      else
        {
          GtkTextChildAnchor *anchor;

          gtk_text_buffer_get_iter_at_offset (buffer, &start, question->offset);
          anchor = gtk_text_buffer_create_child_anchor (buffer, &start);
          g_object_set_data_full (G_OBJECT (anchor), QUESTION_KEY,
                                  g_steal_pointer (&question->quiz), g_object_unref);
          g_ptr_array_insert (questions, 0, g_object_ref (anchor));
          j--;
        }
    }
  g_object_set_data_full (G_OBJECT (buffer), QUESTIONS_KEY,
                          g_steal_pointer (&questions), (GDestroyNotify)g_ptr_array_unref);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);

  g_clear_pointer (&r.pending_bullet, g_free);
  g_clear_pointer (&r.img_src, g_free);
  g_clear_object (&r.context);
  g_string_free (r.text, TRUE);
  g_array_unref (r.spans);
  g_array_unref (r.open_spans);
  g_array_unref (r.lists);
  g_array_unref (r.blocks);
  g_array_unref (r.images);
  g_array_unref (r.cells);
  for (guint i = 0; i < r.questions->len; i++)
    g_clear_object (&g_array_index (r.questions, Question, i).quiz);
  g_array_unref (r.questions);
  if (r.question != NULL)
    g_string_free (r.question, TRUE);

  if (ret != 0)
    {
      g_set_error (error, DOJO_MARKDOWN_ERROR, DOJO_MARKDOWN_ERROR_FAILED,
                   _("The lesson could not be read as Markdown (error %d)"), ret);
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_markdown_render:
 *
 * Like dojo_markdown_render_full() with the default font and no scaling.
 */
gboolean
dojo_markdown_render (GtkTextBuffer        *buffer,
                      const char           *markdown,
                      gssize                length,
                      GFile                *base_dir,
                      GtkSourceStyleScheme *scheme,
                      GError              **error)
{
  return dojo_markdown_render_full (buffer, markdown, length, base_dir, scheme,
                                    NULL, 1.0, FALSE, error);
}

/**
 * dojo_markdown_get_questions:
 * @buffer: a buffer filled by dojo_markdown_render()
 *
 * The lesson's questions, in the order they appear: each is an anchor in
 * @buffer, where the view shows the question's card
 * (dojo_markdown_question_get_quiz()).
 *
 * Returns: (transfer none) (element-type GtkTextChildAnchor) (nullable): the anchors
 */
GPtrArray *
dojo_markdown_get_questions (GtkTextBuffer *buffer)
{
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);
  return g_object_get_data (G_OBJECT (buffer), QUESTIONS_KEY);
}

/**
 * dojo_markdown_question_get_quiz:
 * @anchor: an anchor of dojo_markdown_get_questions()
 *
 * Returns: (transfer none): the question, as a quiz of one question
 */
DojoQuiz *
dojo_markdown_question_get_quiz (GtkTextChildAnchor *anchor)
{
  g_return_val_if_fail (GTK_IS_TEXT_CHILD_ANCHOR (anchor), NULL);
  return g_object_get_data (G_OBJECT (anchor), QUESTION_KEY);
}

/**
 * dojo_markdown_get_link_at_iter:
 * @iter: a position in a buffer filled by dojo_markdown_render()
 *
 * Returns: (nullable): the target of the link @iter is on
 */
const char *
dojo_markdown_get_link_at_iter (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = NULL;
  const char *href = NULL;

  g_return_val_if_fail (iter != NULL, NULL);

  tags = gtk_text_iter_get_tags (iter);
  for (const GSList *l = tags; l != NULL && href == NULL; l = l->next)
    href = g_object_get_data (l->data, LINK_HREF_KEY);

  return href;
}

/* Labels
 *
 * Short course texts (hints, a check's title and message, a quiz's prompt)
 * are shown in labels: one label per paragraph, heading, list item, table
 * cell or code block, in boxes that follow the document's structure. Labels
 * size themselves in lists and rows, are selectable, and a screen reader
 * reads their text, not their markup.
 */

typedef struct
{
  GtkWidget *box;        /* where this container's blocks go; NULL in flat mode */
  int        note;       /* index in note_kinds[], or -1 */
  gboolean   awaiting;   /* a quote none of whose blocks has started yet */
} Container;

typedef struct
{
  gboolean   widgets;          /* widgets, or one markup string */

  GArray    *containers;       /* Container; [0] is the document */
  GArray    *lists;            /* List */
  char      *pending_bullet;

  GString   *markup;           /* the inline block being written */
  GString   *plain;
  gboolean   inline_open;
  const char *inline_css;

  gboolean   marker_candidate; /* the inline block may be a note's marker */

  gboolean   in_code;
  GString   *code;

  guint      img_depth;

  GtkGrid   *grid;
  int        row;
  int        column;

  GString   *all_markup;       /* flat mode: the whole document */
  GString   *all_plain;        /* the whole document's text */
} LabelRenderer;

static Container *
top_container (LabelRenderer *r)
{
  return &g_array_index (r->containers, Container, r->containers->len - 1);
}

static void
label_block_sep (GString *out)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
}

static gboolean
on_label_activate_link (GtkLabel   *label,
                        const char *uri,
                        gpointer    user_data)
{
  const char *scheme = g_uri_peek_scheme (uri);

  /* The web opens in the browser (GTK's own handler); any other link, a
   * project: link say, goes to whoever shows the text, if anyone does: a
   * course text must not start programs or open files by itself. */
  if (scheme != NULL && (strcmp (scheme, "http") == 0 || strcmp (scheme, "https") == 0))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (label), "markdown.activate-link", "s", uri);
  return TRUE;
}

static GtkWidget *
markdown_label_new (const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (strstr (markup, "<a ") != NULL)
    g_signal_connect (label, "activate-link", G_CALLBACK (on_label_activate_link), NULL);

  return label;
}

static void
label_add_widget (LabelRenderer *r,
                  GtkWidget     *widget)
{
  if (r->grid != NULL)
    gtk_grid_attach (r->grid, widget, r->column, r->row, 1, 1);
  else
    gtk_box_append (GTK_BOX (top_container (r)->box), widget);
}

static void
label_open_inline (LabelRenderer *r)
{
  if (r->inline_open)
    return;

  r->inline_open = TRUE;
  g_string_truncate (r->markup, 0);
  g_string_truncate (r->plain, 0);

  /* Flat, a list item's bullet is text; as widgets, a label of its own. */
  if (r->pending_bullet != NULL)
    {
      g_autofree char *bullet = g_steal_pointer (&r->pending_bullet);

      if (!r->widgets)
        g_string_append_printf (r->markup, "%s ", bullet);
      g_string_append_printf (r->plain, "%s ", bullet);
    }
}

static void
label_flush_inline (LabelRenderer *r)
{
  if (!r->inline_open)
    return;

  r->inline_open = FALSE;

  if (r->widgets)
    {
      GtkWidget *label = markdown_label_new (r->markup->str);

      if (r->inline_css != NULL)
        gtk_widget_add_css_class (label, r->inline_css);
      label_add_widget (r, label);
    }
  else
    {
      label_block_sep (r->all_markup);
      g_string_append (r->all_markup, r->markup->str);
    }

  label_block_sep (r->all_plain);
  g_string_append (r->all_plain, r->plain->str);
  r->inline_css = NULL;
}

static void
label_text (LabelRenderer *r,
            const char    *text,
            gsize          len)
{
  g_autofree char *escaped = NULL;

  if (r->in_code)
    {
      g_string_append_len (r->code, text, len);
      return;
    }

  label_open_inline (r);
  escaped = g_markup_escape_text (text, len);
  g_string_append (r->markup, escaped);
  g_string_append_len (r->plain, text, len);
}

static void
label_quote_block_starts (LabelRenderer *r,
                          MD_BLOCKTYPE   type)
{
  Container *top = top_container (r);

  if (!top->awaiting)
    return;

  top->awaiting = FALSE;
  r->marker_candidate = type == MD_BLOCK_P;
}

/* As check_marker(), for labels. Returns: whether the inline block so far
 * was a marker, now the box's title */
static gboolean
label_check_marker (LabelRenderer *r)
{
  Container *top = top_container (r);
  const char *title;
  int kind;

  r->marker_candidate = FALSE;
  if (!r->inline_open || strchr (r->markup->str, '<') != NULL)
    return FALSE;

  kind = note_kind_for_marker (r->plain->str, r->plain->len);
  if (kind < 0)
    return FALSE;

  top->note = kind;
  title = _(note_kinds[kind].title);
  g_string_truncate (r->markup, 0);
  g_string_truncate (r->plain, 0);
  r->inline_open = FALSE;

  if (r->widgets)
    {
      GtkWidget *label = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "note-title");
      gtk_box_append (GTK_BOX (top->box), label);
      gtk_widget_remove_css_class (top->box, "markdown-quote");
      gtk_widget_add_css_class (top->box, "note-box");
      gtk_widget_add_css_class (top->box, note_kinds[kind].name);
    }
  else
    {
      label_block_sep (r->all_markup);
      g_string_append_printf (r->all_markup, "<b>%s</b>", title);
    }

  label_block_sep (r->all_plain);
  g_string_append (r->all_plain, title);

  return TRUE;
}

static void
label_push (LabelRenderer *r,
            GtkWidget     *box,
            gboolean       quote)
{
  Container container = { box, -1, quote };

  g_array_append_val (r->containers, container);
}

static int
label_enter_block (MD_BLOCKTYPE  type,
                   void         *detail,
                   void         *user_data)
{
  LabelRenderer *r = user_data;
  GtkWidget *box = NULL;

  if (type == MD_BLOCK_TR)
    {
      r->row++;
      r->column = 0;
    }
  if (type == MD_BLOCK_DOC || type == MD_BLOCK_TD || type == MD_BLOCK_TH ||
      type == MD_BLOCK_TR || type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY)
    return 0;

  label_flush_inline (r);
  r->inline_css = NULL;
  label_quote_block_starts (r, type);

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      if (r->widgets)
        {
          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          gtk_widget_add_css_class (box, "markdown-quote");
          label_add_widget (r, box);
        }
      label_push (r, box, TRUE);
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      {
        List list = list_new (type, detail);

        g_array_append_val (r->lists, list);
      }
      break;

    case MD_BLOCK_LI:
      {
        List *list = &g_array_index (r->lists, List, r->lists->len - 1);
        g_autofree char *bullet = NULL;

        if (list->ordered)
          bullet = g_strdup_printf ("%u%c", list->next++, list->delimiter);
        else
          bullet = g_strdup (r->lists->len % 2 == 1 ? "•" : "◦");

        if (r->widgets)
          {
            GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
            GtkWidget *mark = gtk_label_new (bullet);

            gtk_widget_set_valign (mark, GTK_ALIGN_START);
            gtk_widget_add_css_class (mark, "markdown-bullet");
            box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
            gtk_widget_set_hexpand (box, TRUE);
            gtk_box_append (GTK_BOX (item), mark);
            gtk_box_append (GTK_BOX (item), box);
            label_add_widget (r, item);
          }
        g_free (r->pending_bullet);
        r->pending_bullet = g_steal_pointer (&bullet);
        label_push (r, box, FALSE);
      }
      break;

    case MD_BLOCK_H:
      r->inline_css = "heading";
      break;

    case MD_BLOCK_CODE:
      r->in_code = TRUE;
      g_string_truncate (r->code, 0);
      break;

    case MD_BLOCK_HR:
      if (r->widgets)
        label_add_widget (r, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      break;

    case MD_BLOCK_TABLE:
      if (r->widgets)
        {
          GtkWidget *grid = gtk_grid_new ();

          gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
          gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
          label_add_widget (r, grid);
          r->grid = GTK_GRID (grid);
        }
      r->row = -1;
      break;

    default:
      break;
    }

  return 0;
}

static int
label_leave_block (MD_BLOCKTYPE  type,
                   void         *detail,
                   void         *user_data)
{
  LabelRenderer *r = user_data;

  switch (type)
    {
    case MD_BLOCK_P:
      if (r->marker_candidate)
        label_check_marker (r);
      label_flush_inline (r);
      break;

    case MD_BLOCK_QUOTE:
    case MD_BLOCK_LI:
      label_flush_inline (r);
      /* an empty item still shows its bullet */
      if (type == MD_BLOCK_LI && r->pending_bullet != NULL)
        {
          label_open_inline (r);
          label_flush_inline (r);
        }
      g_array_set_size (r->containers, r->containers->len - 1);
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      g_array_set_size (r->lists, r->lists->len - 1);
      break;

    case MD_BLOCK_CODE:
      {
        gsize len = r->code->len;

        /* md4c ends every code line with a newline; the last one is ours */
        if (len > 0 && r->code->str[len - 1] == '\n')
          g_string_truncate (r->code, len - 1);
        r->in_code = FALSE;

        if (r->widgets)
          {
            GtkWidget *label = gtk_label_new (r->code->str);

            dojo_markdown_label_show_code (GTK_LABEL (label));
            gtk_widget_add_css_class (label, "markdown-code");
            label_add_widget (r, label);
          }
        else
          {
            g_autofree char *escaped = g_markup_escape_text (r->code->str, -1);

            label_block_sep (r->all_markup);
            g_string_append_printf (r->all_markup, "<tt>%s</tt>", escaped);
          }
        label_block_sep (r->all_plain);
        g_string_append (r->all_plain, r->code->str);
      }
      break;

    case MD_BLOCK_TABLE:
      label_flush_inline (r);
      r->grid = NULL;
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (!r->inline_open)
        label_open_inline (r);
      if (type == MD_BLOCK_TH)
        {
          g_string_prepend (r->markup, "<b>");
          g_string_append (r->markup, "</b>");
        }
      label_flush_inline (r);
      r->column++;
      break;

    default:
      label_flush_inline (r);
      break;
    }

  return 0;
}

/* The Pango markup element of an inline span (links and images aside). */
static const char *
label_span_tag (MD_SPANTYPE type)
{
  switch (type)
    {
    case MD_SPAN_EM: return "i";
    case MD_SPAN_STRONG: return "b";
    case MD_SPAN_CODE: return "tt";
    default: return NULL;
    }
}

static int
label_enter_span (MD_SPANTYPE  type,
                  void        *detail,
                  void        *user_data)
{
  LabelRenderer *r = user_data;

  label_open_inline (r);

  /* the alt text of an image is plain text */
  if (r->img_depth > 0)
    {
      r->img_depth += type == MD_SPAN_IMG;
      return 0;
    }

  if (type == MD_SPAN_A)
    {
      g_autofree char *href = attribute_to_string (&((MD_SPAN_A_DETAIL *)detail)->href);
      g_autofree char *escaped = g_markup_escape_text (href, -1);

      g_string_append_printf (r->markup, "<a href=\"%s\">", escaped);
    }
  else if (type == MD_SPAN_IMG)
    {
      r->img_depth = 1;
      g_string_append (r->markup, "<i>");
    }
  else if (label_span_tag (type) != NULL)
    g_string_append_printf (r->markup, "<%s>", label_span_tag (type));

  return 0;
}

static int
label_leave_span (MD_SPANTYPE  type,
                  void        *detail,
                  void        *user_data)
{
  LabelRenderer *r = user_data;

  if (r->img_depth > 0)
    {
      if (type == MD_SPAN_IMG && --r->img_depth == 0)
        g_string_append (r->markup, "</i>");
      return 0;
    }

  if (type == MD_SPAN_A)
    g_string_append (r->markup, "</a>");
  else if (label_span_tag (type) != NULL)
    g_string_append_printf (r->markup, "</%s>", label_span_tag (type));

  return 0;
}

static int
label_text_cb (MD_TEXTTYPE    type,
               const MD_CHAR *data,
               MD_SIZE        size,
               void          *user_data)
{
  LabelRenderer *r = user_data;

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      label_text (r, "\xef\xbf\xbd", 3);
      break;

    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      if (r->marker_candidate && label_check_marker (r))
        break;
      label_text (r, type == MD_TEXT_BR && r->grid == NULL ? "\n" : " ", 1);
      break;

    case MD_TEXT_ENTITY:
    case MD_TEXT_CODE:
      {
        g_autoptr(GString) shown = shown_text (type, data, size, r->in_code);

        label_text (r, shown->str, shown->len);
      }
      break;

    default:
      label_text (r, data, size);
      break;
    }

  return 0;
}

/* Parses @markdown into widgets (@widgets) or one markup string, and the
 * whole text into @plain_out. Returns: (transfer full) (nullable): the box
 * or the markup */
static gpointer
label_render (const char  *markdown,
              gboolean     widgets,
              char       **plain_out)
{
  g_autofree char *valid = g_utf8_make_valid (markdown ? markdown : "", -1);
  LabelRenderer r = { 0 };
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_NOHTML,
    .enter_block = label_enter_block,
    .leave_block = label_leave_block,
    .enter_span = label_enter_span,
    .leave_span = label_leave_span,
    .text = label_text_cb,
  };
  GtkWidget *box = NULL;
  gpointer result;

  r.widgets = widgets;
  r.containers = g_array_new (FALSE, FALSE, sizeof (Container));
  r.lists = g_array_new (FALSE, FALSE, sizeof (List));
  r.markup = g_string_new (NULL);
  r.plain = g_string_new (NULL);
  r.code = g_string_new (NULL);
  r.all_markup = g_string_new (NULL);
  r.all_plain = g_string_new (NULL);

  if (widgets)
    {
      box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
      gtk_widget_add_css_class (box, "markdown");
    }
  label_push (&r, box, FALSE);

  /* Only running out of memory makes md4c fail: then the text as written. */
  if (md_parse (valid, (MD_SIZE)strlen (valid), &parser, &r) != 0)
    {
      g_autofree char *escaped = g_markup_escape_text (valid, -1);

      if (widgets)
        {
          while (gtk_widget_get_first_child (box) != NULL)
            gtk_box_remove (GTK_BOX (box), gtk_widget_get_first_child (box));
          gtk_box_append (GTK_BOX (box), markdown_label_new (escaped));
        }
      g_string_assign (r.all_markup, escaped);
      g_string_assign (r.all_plain, valid);
      r.inline_open = FALSE;
    }
  label_flush_inline (&r);

  if (plain_out != NULL)
    *plain_out = g_strdup (r.all_plain->str);

  result = widgets ? (gpointer)box : (gpointer)g_string_free (g_steal_pointer (&r.all_markup), FALSE);

  g_clear_pointer (&r.pending_bullet, g_free);
  g_array_unref (r.containers);
  g_array_unref (r.lists);
  g_string_free (r.markup, TRUE);
  g_string_free (r.plain, TRUE);
  g_string_free (r.code, TRUE);
  if (r.all_markup != NULL)
    g_string_free (r.all_markup, TRUE);
  g_string_free (r.all_plain, TRUE);

  return result;
}

/**
 * dojo_markdown_inline_to_markup:
 * @markdown: (nullable): a short Markdown text: a check's title, a quiz
 *   prompt, an item's title
 *
 * The text as one label shows it: `code`, **strong**, *emphasis* and links
 * (GtkLabel's `<a href>`); the blocks (paragraphs, list items, code) each on
 * a line of their own.
 *
 * Returns: (transfer full): markup for a GtkLabel
 */
char *
dojo_markdown_inline_to_markup (const char *markdown)
{
  return label_render (markdown, FALSE, NULL);
}

/**
 * dojo_markdown_to_plain_text:
 * @markdown: (nullable): Markdown
 *
 * The words of @markdown without its marks, for a screen reader (an
 * accessible description) or a tooltip: a list item keeps its bullet, a
 * note box its title, one block a line.
 *
 * Returns: (transfer full): plain text
 */
char *
dojo_markdown_to_plain_text (const char *markdown)
{
  g_autofree char *markup = NULL;
  char *plain = NULL;

  markup = label_render (markdown, FALSE, &plain);
  return plain;
}

/**
 * dojo_markdown_blocks_new:
 * @markdown: (nullable): a Markdown document: a hint, a check's message
 *
 * Shows @markdown in labels, one a block, in a vertical box (style class
 * "markdown"): paragraphs, headings ("heading"), lists, code blocks
 * ("markdown-code", as dojo_markdown_label_show_code()), tables, quotes
 * ("markdown-quote") and note boxes ("note-box" and the kind: "note",
 * "tip", "important", "warning", "caution", with a "note-title" label).
 * Reference links find their definitions anywhere in @markdown. A link to
 * the web opens in the browser; any other link activates the action
 * "markdown.activate-link" with its target, which a widget around the
 * labels may install.
 *
 * Returns: (transfer floating): the box
 */
GtkWidget *
dojo_markdown_blocks_new (const char *markdown)
{
  GtkWidget *box = label_render (markdown, TRUE, NULL);

  /* label_render() holds the one reference; the caller gets it floating */
  g_object_force_floating (G_OBJECT (box));
  return box;
}

/**
 * dojo_markdown_label_show_code:
 * @label: a label holding program text or program output
 *
 * Makes @label show its text as code, exactly: monospace, selectable,
 * wrapped between any two characters and never with a hyphen Pango would
 * add where it breaks a word (a "-" the learner might copy, or take for
 * part of the output).
 */
void
dojo_markdown_label_show_code (GtkLabel *label)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  g_return_if_fail (GTK_IS_LABEL (label));

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_xalign (label, 0);
  gtk_label_set_selectable (label, TRUE);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (label), "monospace");
}
