/* test-markdown-ui.c: course text shown as Markdown in labels (hints, check
 * titles and messages) and note boxes in lessons
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With DOJO_SCREENSHOT_DIR set, the cases also save what they show as PNGs
 * (markdown-hints, note-boxes; -light and -dark).
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "dojo-check-panel.h"
#include "dojo-check-private.h"
#include "dojo-lesson-view.h"
#include "dojo-markdown.h"
#include "dojo-test-widget.h"

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ------------------------------------------------------------------------ */
/* Looking at labels */

static gboolean
label_is (GtkWidget *widget,
          gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
label_has (GtkWidget *widget,
           gpointer   text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
has_class (GtkWidget *widget,
           gpointer   css)
{
  return gtk_widget_has_css_class (widget, css);
}

static gboolean
has_action (GtkWidget *widget,
            gpointer   action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Every label under @root: none may show Markdown's marks as text. */
static void
assert_no_raw_marks (GtkWidget *root)
{
  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (strstr (text, "**") != NULL || strstr (text, "][") != NULL ||
          strstr (text, "```") != NULL || strstr (text, "[!") != NULL)
        g_error ("a label shows raw Markdown: “%s”", text);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_no_raw_marks (child);
}

typedef gboolean (*AttrTest) (PangoAttribute *attr);

static gboolean
is_bold (PangoAttribute *attr)
{
  return attr->klass->type == PANGO_ATTR_WEIGHT &&
         ((PangoAttrInt *)attr)->value >= PANGO_WEIGHT_BOLD;
}

static gboolean
is_monospace (PangoAttribute *attr)
{
  return attr->klass->type == PANGO_ATTR_FAMILY &&
         g_ascii_strcasecmp (((PangoAttrString *)attr)->value, "monospace") == 0;
}

static gboolean
is_underlined (PangoAttribute *attr)
{
  return attr->klass->type == PANGO_ATTR_UNDERLINE &&
         ((PangoAttrInt *)attr)->value != PANGO_UNDERLINE_NONE;
}

static gboolean
is_italic (PangoAttribute *attr)
{
  return attr->klass->type == PANGO_ATTR_STYLE &&
         ((PangoAttrInt *)attr)->value == PANGO_STYLE_ITALIC;
}

/* Whether the label that shows @text shows all of it with an attribute
 * @test accepts: what the eye sees, from the label's own layout. */
static gboolean
shown_with (GtkWidget  *label,
            const char *text,
            AttrTest    test)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  const char *shown = pango_layout_get_text (layout);
  const char *at = strstr (shown, text);
  guint start, end;
  g_autoptr(GSList) list = NULL;
  gboolean found = FALSE;

  g_assert_nonnull (at);
  if (attrs == NULL)
    return FALSE;

  start = (guint)(at - shown);
  end = start + (guint)strlen (text);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (test (attr) && attr->start_index <= start && attr->end_index >= end)
        found = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify)pango_attribute_destroy);

  return found;
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  GtkWidget *label = dojo_test_find_widget (root, label_has, (gpointer)text);

  if (label == NULL)
    g_error ("no label shows “%s”", text);
  return label;
}

/* ------------------------------------------------------------------------ */
/* Screenshots */

static void
save_both_schemes (GtkWidget  *widget,
                   const char *name)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *dir = g_getenv ("DOJO_SCREENSHOT_DIR");
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;

  if (dir == NULL)
    return;

  light = g_strdup_printf ("%s/%s.png", dir, name);
  dark = g_strdup_printf ("%s/%s-dark.png", dir, name);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  dojo_test_save_screenshot (widget, light);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dojo_test_save_screenshot (widget, dark);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* ------------------------------------------------------------------------ */
/* Hints */

/* As Exercism's hints.md reads: a heading in bold, reference links whose
 * definitions are at the end, code spans. */
static const char *hint_general =
  "**General**\n"
  "\n"
  "- Read [PEP 8][pep8] on how to name things.\n"
  "- A name like `bake_time` is in `snake_case`.\n"
  "\n"
  "[pep8]: https://peps.python.org/pep-0008/\n";

static const char *hint_code =
  "Print the total *after* the loop:\n"
  "\n"
  "```python\n"
  "for n in numbers:\n"
  "    total += n\n"
  "print(total)\n"
  "```\n";

static void
on_link (DojoCheckPanel *panel,
         const char     *uri,
         char          **out)
{
  g_free (*out);
  *out = g_strdup (uri);
}

static void
test_hints (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 480, 520);
  const char *hints[] = {
    hint_general,
    hint_code,
    "Open [the tests](project:lasagna_test.py#L12) and read the first one.",
    NULL
  };
  g_autofree char *activated = NULL;
  g_autofree char *plain = NULL;
  GtkWidget *label;
  GtkWidget *code;
  gboolean handled = FALSE;

  g_signal_connect (panel, "activate-link", G_CALLBACK (on_link), &activated);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));
  dojo_check_panel_set_hints (panel, hints);
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "check-panel.show-hint",
                                               NULL));
  g_assert_cmpuint (dojo_check_panel_get_n_hints_shown (panel), ==, 3);
  dojo_test_spin (50);

  assert_no_raw_marks (GTK_WIDGET (panel));

  /* **General** is bold, and only the word shows */
  label = dojo_test_find_widget (GTK_WIDGET (panel), label_is, (gpointer)"General");
  g_assert_nonnull (label);
  g_assert_true (shown_with (label, "General", is_bold));

  /* the reference link found its definition in the same hint */
  label = find_label (GTK_WIDGET (panel), "Read PEP 8 on how");
  g_assert_true (shown_with (label, "PEP 8", is_underlined));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)),
                            "<a href=\"https://peps.python.org/pep-0008/\">PEP 8</a>"));
  g_assert_false (shown_with (label, "Read", is_underlined));

  /* code spans in monospace; list items have their bullets */
  label = find_label (GTK_WIDGET (panel), "A name like bake_time");
  g_assert_true (shown_with (label, "bake_time", is_monospace));
  g_assert_true (shown_with (label, "snake_case", is_monospace));
  g_assert_false (shown_with (label, "A name", is_monospace));
  g_assert_nonnull (dojo_test_find_widget (GTK_WIDGET (panel), label_is, (gpointer)"•"));

  /* a code block is a block of its own, as written, in monospace */
  code = find_label (GTK_WIDGET (panel), "for n in numbers:");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (code)), ==,
                   "for n in numbers:\n    total += n\nprint(total)");
  g_assert_true (gtk_widget_has_css_class (code, "markdown-code"));
  g_assert_true (gtk_widget_has_css_class (code, "monospace"));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (code)));
  label = find_label (GTK_WIDGET (panel), "Print the total after the loop:");
  g_assert_true (shown_with (label, "after", is_italic));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));

  /* a link to the learner's files goes to the window, through the panel */
  label = find_label (GTK_WIDGET (panel), "Open the tests");
  g_signal_emit_by_name (label, "activate-link", "project:lasagna_test.py#L12", &handled);
  g_assert_true (handled);
  g_assert_cmpstr (activated, ==, "project:lasagna_test.py#L12");

  /* what a screen reader gets: the words, no marks */
  plain = dojo_markdown_to_plain_text (hint_general);
  g_assert_cmpstr (plain, ==,
                   "General\n• Read PEP 8 on how to name things.\n"
                   "• A name like bake_time is in snake_case.");

  destroy_window (window);
}

/* A teacher's typos and hostile text: shown as written, never as broken
 * markup or markup of their own. */
static void
test_hostile_text (void)
{
  const char *cases[] = {
    "**unclosed bold and `unclosed code",
    "<b>not bold</b> <a href=\"file:///etc/passwd\">no link</a> & <script>",
    "[a link](javascript:alert(1)) with \"quotes\" and 'apostrophes'",
    "[dangling reference][nowhere]",
    "> [!NOTE]",
    "> [!NOPE]\n> an unknown kind stays a quote",
    "\xff\xfe not UTF-8",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (cases[i]);
      g_autofree char *plain = dojo_markdown_to_plain_text (cases[i]);
      GtkWidget *box = g_object_ref_sink (dojo_markdown_blocks_new (cases[i]));

      g_assert_true (g_utf8_validate (markup, -1, NULL));
      g_assert_true (g_utf8_validate (plain, -1, NULL));
      g_assert_true (gtk_widget_has_css_class (box, "markdown"));
      g_object_unref (box);
    }

  /* raw HTML is text; the only markup is what Markdown asked for */
  {
    g_autofree char *markup = dojo_markdown_inline_to_markup (cases[1]);
    g_autofree char *plain = dojo_markdown_to_plain_text (cases[1]);

    g_assert_null (strstr (markup, "<b>"));
    g_assert_null (strstr (markup, "<a "));
    g_assert_cmpstr (plain, ==, cases[1]);
    g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  }

  /* unbalanced marks stay as written */
  {
    g_autofree char *plain = dojo_markdown_to_plain_text (cases[0]);

    g_assert_cmpstr (plain, ==, cases[0]);
  }

  /* an attribute cannot be broken out of */
  {
    g_autofree char *markup = dojo_markdown_inline_to_markup (
      "[x](https://example.com/\"><b>y</b>)");

    g_assert_null (strstr (markup, "<b>"));
  }

  /* a reference without a definition is text */
  {
    g_autofree char *plain = dojo_markdown_to_plain_text (cases[3]);

    g_assert_cmpstr (plain, ==, "[dangling reference][nowhere]");
  }

  /* an unknown kind of note is a quote, its marker text */
  {
    GtkWidget *box = g_object_ref_sink (dojo_markdown_blocks_new (cases[5]));

    g_assert_nonnull (dojo_test_find_widget (box, has_class, (gpointer)"markdown-quote"));
    g_assert_null (dojo_test_find_widget (box, has_class, (gpointer)"note-box"));
    g_assert_nonnull (dojo_test_find_widget (box, label_has, (gpointer)"[!NOPE]"));
    g_object_unref (box);
  }
}

/* Every kind of block, nested, as a hint might hold them. */
static void
test_every_block (void)
{
  GtkWidget *box = g_object_ref_sink (dojo_markdown_blocks_new (
    "## Before you start\n"
    "\n"
    "1. Read the task.\n"
    "2. Then:\n"
    "   - write a test,\n"
    "   - make it pass.\n"
    "\n"
    "   > [!TIP]\n"
    "   > - small steps\n"
    "   > - `git commit` often\n"
    "\n"
    "| Input | Output |\n"
    "|---|---|\n"
    "| `3` | **9** |\n"
    "\n"
    "---\n"
    "\n"
    "![a diagram](diagram.png) &amp; &copy; text\n"));
  GtkWidget *grid = dojo_test_find_widget (box, dojo_test_widget_is_of_type,
                                           GSIZE_TO_POINTER (GTK_TYPE_GRID));
  GtkWidget *note = dojo_test_find_widget (box, has_class, (gpointer)"note-box");
  GtkWidget *label;

  assert_no_raw_marks (box);

  label = dojo_test_find_widget (box, label_is, (gpointer)"Before you start");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "heading"));
  g_assert_nonnull (dojo_test_find_widget (box, label_is, (gpointer)"2."));
  g_assert_nonnull (dojo_test_find_widget (box, label_is, (gpointer)"◦"));
  g_assert_nonnull (dojo_test_find_widget (box, label_is, (gpointer)"make it pass."));

  /* a note box inside a list item, with a list of its own */
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_has_css_class (note, "tip"));
  label = dojo_test_find_widget (note, label_is, (gpointer)"git commit often");
  g_assert_nonnull (label);
  g_assert_true (shown_with (label, "git commit", is_monospace));

  /* a table is a grid of labels, the header in bold */
  g_assert_nonnull (grid);
  label = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  g_assert_true (label_is (label, (gpointer)"Output"));
  g_assert_true (shown_with (label, "Output", is_bold));
  label = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
  g_assert_true (label_is (label, (gpointer)"9"));
  g_assert_true (shown_with (label, "9", is_bold));

  g_assert_nonnull (dojo_test_find_widget (box, dojo_test_widget_is_of_type,
                                           GSIZE_TO_POINTER (GTK_TYPE_SEPARATOR)));
  /* an image in a label is its alt text; entities are what they stand for */
  label = find_label (box, "a diagram & © text");
  g_assert_true (shown_with (label, "a diagram", is_italic));

  g_object_unref (box);
}

/* ------------------------------------------------------------------------ */
/* Check rows */

static const char *failure_message =
  "`test_bake_time` failed.\n"
  "\n"
  "Your code printed:\n"
  "\n"
  "```\n"
  "baking...\n"
  "40\n"
  "```\n"
  "\n"
  "The failing line:\n"
  "\n"
  "```python\n"
  "assert bake_time(10) == 30\n"
  "```\n";

static void
test_check_message (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 560, 640);
  g_autoptr(DojoVerdict) verdict = _dojo_verdict_new ();
  DojoCheckResult *result;
  GtkWidget *title;
  GtkWidget *code;
  GtkWidget *message;
  GtkWidget *row;

  result = _dojo_check_result_new ("tests#task-1", "pytest", "Define `bake_time`");
  _dojo_check_result_set_state (result, DOJO_CHECK_STATE_FAILED);
  _dojo_check_result_take_message (result, g_strdup (failure_message));
  _dojo_check_result_set_texts (result, "30\n", "40\n", "- 30\n+ 40\n");
  _dojo_check_result_set_line (result, 3);
  _dojo_check_result_set_debug_case (result, "", NULL);
  _dojo_verdict_add (verdict, result);

  result = _dojo_check_result_new ("style", "known-mistake", "**No** `print` in the function");
  _dojo_check_result_set_state (result, DOJO_CHECK_STATE_PASSED);
  _dojo_verdict_add (verdict, result);

  _dojo_verdict_set_state (verdict, DOJO_VERDICT_FAILED);
  _dojo_verdict_update (verdict);

  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));
  dojo_check_panel_set_verdict (panel, verdict);
  dojo_check_panel_set_hints (panel, (const char *[]) { hint_general, hint_code, NULL });
  dojo_check_panel_set_n_hints_shown (panel, 2);
  dojo_test_spin (50);
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), ==, 2);

  assert_no_raw_marks (GTK_WIDGET (panel));

  /* titles: Markdown inline */
  title = find_label (GTK_WIDGET (panel), "Define bake_time");
  g_assert_true (shown_with (title, "bake_time", is_monospace));
  title = find_label (GTK_WIDGET (panel), "No print in the function");
  g_assert_true (shown_with (title, "No", is_bold));
  g_assert_true (shown_with (title, "print", is_monospace));

  /* the message: paragraphs, and what the program printed as a block */
  row = dojo_check_panel_get_row (panel, 0);
  message = dojo_test_find_widget (row, has_class, (gpointer)"check-message");
  g_assert_nonnull (message);
  g_assert_true (shown_with (find_label (message, "test_bake_time failed."), "test_bake_time",
                             is_monospace));
  g_assert_nonnull (dojo_test_find_widget (message, label_is, (gpointer)"Your code printed:"));
  code = dojo_test_find_widget (message, label_is, (gpointer)"baking...\n40");
  g_assert_nonnull (code);
  g_assert_true (gtk_widget_has_css_class (code, "markdown-code"));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (code)));
  code = dojo_test_find_widget (message, label_is, (gpointer)"assert bake_time(10) == 30");
  g_assert_nonnull (code);
  g_assert_true (gtk_widget_has_css_class (code, "monospace"));

  /* what the panel did before still works: output, line, debugger */
  g_assert_nonnull (dojo_test_find_widget (row, dojo_test_widget_is_of_type,
                                           GSIZE_TO_POINTER (GTK_TYPE_EXPANDER)));
  g_assert_nonnull (dojo_test_find_widget (row, label_is, (gpointer)"Show Line 3"));
  g_assert_nonnull (dojo_test_find_widget (row, has_action, (gpointer)"check-panel.debug"));

  /* the words a screen reader reads for the row's description */
  {
    g_autofree char *plain = dojo_markdown_to_plain_text (failure_message);

    g_assert_cmpstr (plain, ==,
                     "test_bake_time failed.\nYour code printed:\nbaking...\n40\n"
                     "The failing line:\nassert bake_time(10) == 30");
  }

  save_both_schemes (GTK_WIDGET (window), "markdown-hints");

  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Note boxes */

static const char *note_lesson =
  "# Lists\n"
  "\n"
  "A list holds values in order.\n"
  "\n"
  "> [!NOTE]\n"
  "> Lists start at index `0`, not 1.\n"
  "\n"
  "> [!TIP]\n"
  "> Try it in the terminal:\n"
  ">\n"
  "> ```python\n"
  "> numbers = [3, 1, 2]\n"
  "> print(numbers[0])\n"
  "> ```\n"
  "\n"
  "> [!important]\n"
  "> Case does not matter in the marker.\n"
  "\n"
  "> [!WARNING]\n"
  "> `numbers[3]` is an **IndexError**.\n"
  "\n"
  "> [!CAUTION]\n"
  "> Changing a list while looping over it skips items.\n"
  "\n"
  "> A plain quote, as a book would have it.\n"
  "\n"
  "> [!NOTE] on the same line as text is no marker.\n";

static GtkTextIter
find (GtkTextBuffer *buffer,
      const char    *text)
{
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, text, 0, &match, NULL, NULL))
    g_error ("“%s” is not in the lesson", text);
  return match;
}

static gboolean
has_tag (GtkTextBuffer *buffer,
         const char    *text,
         const char    *name)
{
  GtkTextIter iter = find (buffer, text);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);

  return tag != NULL && gtk_text_iter_has_tag (&iter, tag);
}

/* The whole line @text starts is @text: a title on a line of its own. */
static gboolean
alone_on_line (GtkTextBuffer *buffer,
               const char    *text)
{
  GtkTextIter start = find (buffer, text);
  GtkTextIter end = start;
  g_autofree char *line = NULL;

  if (!gtk_text_iter_starts_line (&start))
    return FALSE;
  gtk_text_iter_forward_to_line_end (&end);
  line = gtk_text_iter_get_text (&start, &end);
  return g_strcmp0 (line, text) == 0;
}

static void
test_note_boxes (void)
{
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 640, 700);
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_true (dojo_lesson_view_set_markdown (view, note_lesson, -1, NULL, &error));
  g_assert_no_error (error);
  buffer = dojo_lesson_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);

  /* the markers are gone, the titles are words on lines of their own */
  g_assert_null (strstr (text, "[!NOTE]\n"));
  g_assert_null (strstr (text, "[!TIP]"));
  g_assert_null (strstr (text, "[!WARNING]"));
  g_assert_null (strstr (text, "[!important]"));
  for (guint i = 0; i < 5; i++)
    {
      static const char *titles[] = { "Note", "Tip", "Important", "Warning", "Caution" };
      static const char *kinds[] = { "note", "tip", "important", "warning", "caution" };
      g_autofree char *title_tag = g_strconcat ("note-title-", kinds[i], NULL);
      g_autofree char *box_tag = g_strconcat ("note-", kinds[i], NULL);
      g_autofree char *title_line = g_strconcat ("\n", titles[i], "\n", NULL);

      g_assert_nonnull (strstr (text, title_line));
      g_assert_true (has_tag (buffer, title_line + 1, "note-title"));
      g_assert_true (has_tag (buffer, title_line + 1, title_tag));
      g_assert_true (has_tag (buffer, title_line + 1, box_tag));
      g_assert_true (alone_on_line (buffer, titles[i]) ||
                     strstr (text, title_line) != NULL);
    }

  /* the box holds its text, as text, not as a quote */
  g_assert_true (has_tag (buffer, "Lists start at index", "note-note"));
  g_assert_true (has_tag (buffer, "Lists start at index", "note-box"));
  g_assert_false (has_tag (buffer, "Lists start at index", "blockquote"));
  g_assert_true (has_tag (buffer, "0", "code"));
  g_assert_true (has_tag (buffer, "IndexError", "strong"));
  g_assert_true (has_tag (buffer, "IndexError", "note-warning"));
  g_assert_true (has_tag (buffer, "Changing a list", "note-caution"));
  /* code in a box is still code */
  g_assert_true (has_tag (buffer, "numbers = [3, 1, 2]", "code-block"));
  g_assert_true (has_tag (buffer, "numbers = [3, 1, 2]", "note-tip"));

  /* a quote without a marker, or with text after it, stays a quote */
  g_assert_true (has_tag (buffer, "A plain quote", "blockquote"));
  g_assert_false (has_tag (buffer, "A plain quote", "note-box"));
  g_assert_true (has_tag (buffer, "[!NOTE] on the same line", "blockquote"));
  g_assert_false (has_tag (buffer, "[!NOTE] on the same line", "note-box"));
  g_assert_false (has_tag (buffer, "A list holds", "note-box"));

  save_both_schemes (GTK_WIDGET (window), "note-boxes");

  destroy_window (window);
}

/* The same boxes in a hint or a check's message. */
static void
test_note_boxes_in_labels (void)
{
  GtkWidget *box = g_object_ref_sink (dojo_markdown_blocks_new (
    "> [!WARNING]\n"
    "> `input()` returns a **string**.\n"
    "\n"
    "> Just a quote.\n"));
  GtkWidget *note = dojo_test_find_widget (box, has_class, (gpointer)"note-box");
  GtkWidget *quote = dojo_test_find_widget (box, has_class, (gpointer)"markdown-quote");
  GtkWidget *title;
  g_autofree char *plain = dojo_markdown_to_plain_text (
    "> [!WARNING]\n> `input()` returns a **string**.\n");

  g_assert_nonnull (note);
  g_assert_true (gtk_widget_has_css_class (note, "warning"));
  title = gtk_widget_get_first_child (note);
  g_assert_true (GTK_IS_LABEL (title));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Warning");
  g_assert_true (gtk_widget_has_css_class (title, "note-title"));
  g_assert_nonnull (dojo_test_find_widget (note, label_is,
                                           (gpointer)"input() returns a string."));
  assert_no_raw_marks (box);

  g_assert_nonnull (quote);
  g_assert_false (gtk_widget_has_css_class (quote, "note-box"));
  g_assert_nonnull (dojo_test_find_widget (quote, label_is, (gpointer)"Just a quote."));

  g_assert_cmpstr (plain, ==, "Warning\ninput() returns a string.");

  g_object_unref (box);
}

/* ------------------------------------------------------------------------ */
/* One label's worth: titles, prompts */

static void
test_inline (void)
{
  struct { const char *markdown; const char *markup; } cases[] = {
    { "Read [PEP 8][pep8]\n\n[pep8]: https://peps.python.org/pep-0008/",
      "Read <a href=\"https://peps.python.org/pep-0008/\">PEP 8</a>" },
    { "**Done** with `x < 3`", "<b>Done</b> with <tt>x &lt; 3</tt>" },
    { "1. first\n2. second", "1. first\n2. second" },
    { "- a\n- b", "• a\n• b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (cases[i].markdown);

      g_assert_cmpstr (markup, ==, cases[i].markup);
    }
}

/* The note boxes' colours come from the app's styles, light and dark. */
static void
test_note_box_colours (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *box = dojo_markdown_blocks_new ("> [!CAUTION]\n> Hot.\n\nPlain text.\n");
  GtkWindow *window = dojo_test_show_in_window (box, 300, 200);
  GtkWidget *title = dojo_test_find_widget (box, label_is, (gpointer)"Caution");
  GtkWidget *plain = dojo_test_find_widget (box, label_is, (gpointer)"Plain text.");
  GdkRGBA light_title, light_text, dark_title;

  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, box, 5000));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  dojo_test_spin (50);
  gtk_style_context_get_color (gtk_widget_get_style_context (title), &light_title);
  gtk_style_context_get_color (gtk_widget_get_style_context (plain), &light_text);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dojo_test_spin (50);
  gtk_style_context_get_color (gtk_widget_get_style_context (title), &dark_title);
  G_GNUC_END_IGNORE_DEPRECATIONS
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* red on light, a lighter red on dark: not the text's colour */
  g_assert_false (gdk_rgba_equal (&light_title, &light_text));
  g_assert_cmpfloat (light_title.red, >, light_title.green + 0.3);
  g_assert_cmpfloat (dark_title.red, >, dark_title.blue + 0.3);
  g_assert_cmpfloat (dark_title.green, >, light_title.green);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  dojo_test_widget_init (&argc, &argv);

  /* The app's styles, loaded by AdwApplication from its resource base path
   * as in Dojo itself (style.css, style-dark.css, style-hc.css). */
  app = G_APPLICATION (adw_application_new ("io.github.pydojo.Dojo.TestMarkdown",
                                            G_APPLICATION_NON_UNIQUE));
  g_application_set_resource_base_path (app, "/io/github/pydojo/Dojo");
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/markdown-ui/hints", test_hints);
  g_test_add_func ("/markdown-ui/hostile-text", test_hostile_text);
  g_test_add_func ("/markdown-ui/every-block", test_every_block);
  g_test_add_func ("/markdown-ui/check-message", test_check_message);
  g_test_add_func ("/markdown-ui/note-boxes", test_note_boxes);
  g_test_add_func ("/markdown-ui/note-boxes-in-labels", test_note_boxes_in_labels);
  g_test_add_func ("/markdown-ui/note-box-colours", test_note_box_colours);
  g_test_add_func ("/markdown-ui/inline", test_inline);

  return g_test_run ();
}
