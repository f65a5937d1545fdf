/* dojo-check-panel.c: the verdict of Check, one row per check, hints, solution
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-check-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "dojo-check-panel.h"
#include "dojo-source-util.h"
#include "dojo-markdown.h"

struct _DojoCheckPanel
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkStack        *status_stack;
  GtkSpinner      *spinner;
  GtkImage        *headline_icon;
  GtkLabel        *headline_label;
  GtkLabel        *verdict_message;
  GtkWidget       *verdict_box;
  GtkListBox      *results_list;
  GtkWidget       *hints_box;
  GtkLabel        *hint_counter;
  GtkBox          *hints_list;
  GtkWidget       *hint_button;
  GtkWidget       *solution_box;
  GtkWidget       *show_solution_button;
  GtkWidget       *compare_button;
  GtkRevealer     *solution_revealer;
  GtkWidget       *learner_column;
  GtkSourceView   *learner_view;
  GtkSourceView   *solution_view;

  DojoVerdict     *verdict;
  GStrv            hints;
  guint            n_hints_shown;
  char            *solution;
  char            *learner_code;
  guint            checking : 1;
  guint            solution_available : 1;
  guint            highlighting : 1;
};

G_DEFINE_FINAL_TYPE (DojoCheckPanel, dojo_check_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHECKING,
  PROP_SOLUTION_AVAILABLE,
  PROP_N_HINTS_SHOWN,
  N_PROPS
};

enum {
  SHOW_LINE,
  ACTIVATE_LINK,
  DEBUG_CHECK,
  HINT_REVEALED,
  SOLUTION_SHOWN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
n_hints (DojoCheckPanel *self)
{
  return self->hints ? g_strv_length (self->hints) : 0;
}

static void
update_actions (DojoCheckPanel *self)
{
  gboolean passed = self->verdict != NULL && dojo_verdict_get_passed (self->verdict);
  gboolean has_solution = self->solution != NULL && self->solution[0] != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-panel.show-hint",
                                 self->n_hints_shown < n_hints (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-panel.show-solution",
                                 has_solution && self->solution_available);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-panel.compare",
                                 has_solution && passed);

  /* Before a pass, the solution is there only if the policy says so; after
   * a pass, comparing is always worth it. */
  gtk_widget_set_visible (self->show_solution_button,
                          has_solution && self->solution_available && !passed);
  gtk_widget_set_visible (self->compare_button, has_solution && passed);
  if (!has_solution || (!passed && !self->solution_available))
    gtk_revealer_set_reveal_child (self->solution_revealer, FALSE);
}

static void
update_hints (DojoCheckPanel *self)
{
  guint total = n_hints (self);
  GtkWidget *child;

  gtk_widget_set_visible (self->hints_box, total > 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->hints_list))))
    gtk_box_remove (self->hints_list, child);

  /* Each hint is a Markdown document of its own: a reference link finds
   * its definition in the same hint. */
  for (guint i = 0; i < self->n_hints_shown && i < total; i++)
    {
      GtkWidget *hint = dojo_markdown_blocks_new (self->hints[i]);
      g_autofree char *text = dojo_markdown_to_plain_text (self->hints[i]);
      /* Translators: how a screen reader names a hint, "Hint 2" */
      g_autofree char *name = g_strdup_printf (_("Hint %u"), i + 1);

      gtk_widget_add_css_class (hint, "hint");
      gtk_accessible_update_property (GTK_ACCESSIBLE (hint),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                      -1);
      gtk_box_append (self->hints_list, hint);
    }

  if (self->n_hints_shown == 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u hint", "%u hints", total), total);

      gtk_label_set_label (self->hint_counter, text);
    }
  else
    {
      /* Translators: “Hint 2 of 3” */
      g_autofree char *text = g_strdup_printf (_("Hint %u of %u"), self->n_hints_shown, total);

      gtk_label_set_label (self->hint_counter, text);
    }

  gtk_widget_set_visible (self->hint_button, self->n_hints_shown < total);
  if (self->n_hints_shown > 0)
    g_object_set (gtk_button_get_child (GTK_BUTTON (self->hint_button)),
                  "label", _("Show Another _Hint"), NULL);
  else
    g_object_set (gtk_button_get_child (GTK_BUTTON (self->hint_button)),
                  "label", _("Show a _Hint"), NULL);

  update_actions (self);
}

static void
set_source_text (GtkSourceView *view,
                 const char    *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text ? text : "", -1);
}

/* ------------------------------------------------------------------------ */
/* Rows */

static GtkWidget *
mono_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  dojo_markdown_label_show_code (GTK_LABEL (label));
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "output-text");
  return label;
}

static GtkWidget *
output_column (const char *title,
               const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *body;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_box_append (GTK_BOX (box), heading);

  if (text == NULL || text[0] == '\0')
    {
      body = gtk_label_new (_("(nothing)"));
      gtk_label_set_xalign (GTK_LABEL (body), 0);
      gtk_widget_add_css_class (body, "dim-label");
      gtk_widget_add_css_class (body, "output-text");
    }
  else
    {
      /* The newline print() ends with would show as an empty last line. */
      g_autofree char *shown = g_strdup (text);
      gsize len = strlen (shown);

      if (len > 1 && shown[len - 1] == '\n')
        shown[len - 1] = '\0';
      body = mono_label (shown);
    }

  gtk_widget_set_hexpand (body, TRUE);
  gtk_box_append (GTK_BOX (box), body);
  gtk_accessible_update_property (GTK_ACCESSIBLE (body),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return box;
}

/* The harness's diff is difflib.ndiff: "- " lines were expected but are not
 * there, "+ " lines were printed but not expected, "? " lines point at the
 * characters that differ. */
static GtkWidget *
diff_view (const char *diff)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_auto(GStrv) lines = g_strsplit (diff, "\n", -1);
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GtkTextIter end;

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_CHAR);
  gtk_widget_add_css_class (view, "diff-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Differences: lines with a minus were expected, "
                                    "lines with a plus are what your program printed"),
                                  -1);

  gtk_text_buffer_create_tag (buffer, "expected",
                              "paragraph-background", "rgba(46,194,126,0.22)", NULL);
  gtk_text_buffer_create_tag (buffer, "actual",
                              "paragraph-background", "rgba(224,27,36,0.20)", NULL);
  /* Grey markers read as decoration; with high contrast on, they are text. */
  gtk_text_buffer_create_tag (buffer, "marker",
                              "foreground", "rgba(128,128,128,0.9)",
                              "foreground-set", !high_contrast,
                              NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *tag = NULL;

      if (g_str_has_prefix (line, "- "))
        tag = "expected";
      else if (g_str_has_prefix (line, "+ "))
        tag = "actual";
      else if (g_str_has_prefix (line, "? "))
        tag = "marker";

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (tag != NULL)
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, line, -1, tag, NULL);
      else
        gtk_text_buffer_insert (buffer, &end, line, -1);
      if (lines[i + 1] != NULL)
        {
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert (buffer, &end, "\n", 1);
        }
    }

  /* Output compared character by character: no hyphen where a line wraps. */
  {
    GtkTextIter start;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_apply_tag (buffer,
                               gtk_text_buffer_create_tag (buffer, NULL,
                                                           "insert-hyphens", FALSE, NULL),
                               &start, &end);
  }

  return view;
}

static GtkWidget *
output_details (DojoCheckResult *result)
{
  const char *expected = dojo_check_result_get_expected (result);
  const char *actual = dojo_check_result_get_actual (result);
  const char *diff = dojo_check_result_get_diff (result);
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Expected and Actual Output"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_add_css_class (expander, "output-expander");
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_box_append (GTK_BOX (columns), output_column (_("Expected"), expected));
  gtk_box_append (GTK_BOX (columns), output_column (_("Your program printed"), actual));
  gtk_box_append (GTK_BOX (box), columns);

  if (diff != NULL && diff[0] != '\0')
    {
      GtkWidget *heading = gtk_label_new (_("Where they differ (− expected, + printed)"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), diff_view (diff));
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  return expander;
}

static GtkWidget *
result_row (DojoCheckResult *result)
{
  DojoCheckState state = dojo_check_result_get_state (result);
  const char *title = dojo_check_result_get_title (result);
  const char *message = dojo_check_result_get_message (result);
  int line = dojo_check_result_get_line (result);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon;
  GtkWidget *title_label;
  GtkWidget *state_label;
  const char *icon_name;
  const char *state_text;
  const char *css;
  g_autofree char *row_label = NULL;
  g_autofree char *plain_title = NULL;
  g_autofree char *plain_message = NULL;

  switch (state)
    {
    case DOJO_CHECK_STATE_PASSED:
      icon_name = "emblem-ok-symbolic";
      /* Translators: the state of one check */
      state_text = _("Passes");
      css = "success";
      break;
    case DOJO_CHECK_STATE_FAILED:
      if (dojo_check_result_get_blocking (result))
        {
          icon_name = "process-stop-symbolic";
          /* Translators: the state of one check that failed; kind, not harsh */
          state_text = _("Not yet");
          css = "error";
        }
      else
        {
          icon_name = "dialog-information-symbolic";
          /* Translators: a check that gives advice without failing the exercise */
          state_text = _("Advice");
          css = "warning";
        }
      break;
    case DOJO_CHECK_STATE_NOT_EVALUATED:
    default:
      icon_name = "content-loading-symbolic";
      state_text = _("Not checked");
      css = "dim-label";
      break;
    }

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "check-row");

  /* The state word next to it says the same to a screen reader. */
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       "valign", GTK_ALIGN_START,
                       NULL);
  gtk_widget_add_css_class (icon, css);
  gtk_widget_add_css_class (icon, "check-icon");
  gtk_box_append (GTK_BOX (header), icon);

  title_label = gtk_label_new (NULL);
  if (title != NULL)
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (title);

      gtk_label_set_markup (GTK_LABEL (title_label), markup);
    }
  else
    gtk_label_set_text (GTK_LABEL (title_label), dojo_check_result_get_id (result));
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (GTK_BOX (header), title_label);

  state_label = gtk_label_new (state_text);
  gtk_widget_set_valign (state_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (state_label, "check-state");
  gtk_widget_add_css_class (state_label, css);
  gtk_widget_add_css_class (state_label, "caption-heading");
  gtk_box_append (GTK_BOX (header), state_label);

  gtk_box_append (GTK_BOX (box), header);

  if (message != NULL && message[0] != '\0' && state != DOJO_CHECK_STATE_PASSED)
    {
      /* Teachers and the harness write messages in Markdown: `code` shows
       * as code, what the program printed as a block of code. */
      GtkWidget *body = dojo_markdown_blocks_new (message);

      gtk_widget_add_css_class (body, "check-message");
      gtk_box_append (GTK_BOX (box), body);
      plain_message = dojo_markdown_to_plain_text (message);
    }

  if (state == DOJO_CHECK_STATE_FAILED &&
      (dojo_check_result_get_expected (result) != NULL ||
       dojo_check_result_get_actual (result) != NULL))
    gtk_box_append (GTK_BOX (box), output_details (result));

  if (state == DOJO_CHECK_STATE_FAILED && line > 0)
    {
      /* Translators: a button that moves the editor to a line */
      g_autofree char *label = g_strdup_printf (_("Show Line %d"), line);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "check-panel.show-line");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_uint32 ((guint32)line));
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small-pill");
      gtk_box_append (GTK_BOX (box), button);
    }

  if (dojo_check_result_get_debuggable (result))
    {
      GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                        "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                               "icon-name", "dojo-debug-symbolic",
                                                               /* Translators: Debug This Check */
                                                               "label", _("Debug"),
                                                               NULL),
                                        "halign", GTK_ALIGN_START,
                                        "action-name", "check-panel.debug",
                                        "tooltip-text",
                                        dojo_check_result_get_debug_test_id (result) != NULL
                                        ? _("Run this test under the debugger, stopping in your code")
                                        : _("Run your program with this input under the debugger"),
                                        NULL);

      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_string (dojo_check_result_get_id (result)));
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small-pill");
      gtk_widget_add_css_class (button, "debug-check-button");
      if (line > 0)
        {
          GtkWidget *last = gtk_widget_get_last_child (box);
          GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

          /* Side by side with Show Line. */
          g_object_ref (last);
          gtk_box_remove (GTK_BOX (box), last);
          gtk_box_append (GTK_BOX (buttons), last);
          g_object_unref (last);
          gtk_box_append (GTK_BOX (buttons), button);
          gtk_box_append (GTK_BOX (box), buttons);
        }
      else
        gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Not colour alone: the icon, the word and the row's name all say it.
   * A screen reader reads words, not Markdown's marks. */
  plain_title = dojo_markdown_to_plain_text (title ? title : "");
  row_label = g_strdup_printf ("%s: %s", state_text, plain_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
  if (plain_message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, plain_message, -1);
  g_object_set_data (G_OBJECT (row), "dojo-check-id", (gpointer)dojo_check_result_get_id (result));

  return row;
}

static void
clear_rows (DojoCheckPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))))
    gtk_list_box_remove (self->results_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
}

static char *
headline_for (DojoVerdict *verdict,
              const char **icon_name,
              const char **css)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);
  guint total = 0;
  guint passed = 0;

  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      if (dojo_check_result_get_state (result) == DOJO_CHECK_STATE_NOT_EVALUATED ||
          !dojo_check_result_get_blocking (result))
        continue;
      total++;
      passed += dojo_check_result_get_passed (result);
    }

  *icon_name = "dialog-warning-symbolic";
  *css = "warning";

  switch (dojo_verdict_get_state (verdict))
    {
    case DOJO_VERDICT_PASSED:
      *icon_name = "emblem-ok-symbolic";
      *css = "success";
      if (total <= 1)
        return g_strdup (_("The check passes — well done!"));
      /* Translators: %u is the number of checks, at least 2 */
      return g_strdup_printf (ngettext ("All %u checks pass — well done!",
                                        "All %u checks pass — well done!", total), total);

    case DOJO_VERDICT_FAILED:
      *icon_name = "process-stop-symbolic";
      *css = "error";
      if (total == 1)
        return g_strdup (_("The check does not pass yet"));
      /* Translators: “2 of 3 checks pass” */
      return g_strdup_printf (ngettext ("%u of %u check passes", "%u of %u checks pass", total),
                              passed, total);

    case DOJO_VERDICT_TIMEOUT:
      *icon_name = "alarm-symbolic";
      return g_strdup (_("Your program ran out of time"));

    case DOJO_VERDICT_MEMORY_LIMIT:
      return g_strdup (_("Your program used too much memory"));

    case DOJO_VERDICT_OUTPUT_LIMIT:
      return g_strdup (_("Your program printed too much"));

    case DOJO_VERDICT_CRASHED:
      *css = "error";
      return g_strdup (_("Your program crashed"));

    case DOJO_VERDICT_SYNTAX_ERROR:
      *css = "error";
      *icon_name = "process-stop-symbolic";
      return g_strdup (_("Python cannot read your code yet"));

    case DOJO_VERDICT_INTERNAL_ERROR:
    default:
      *icon_name = "dialog-question-symbolic";
      *css = "dim-label";
      return g_strdup (_("Dojo could not check your work"));
    }
}

static void
show_verdict (DojoCheckPanel *self)
{
  static const char *classes[] = { "success", "error", "warning", "dim-label" };
  g_autofree char *headline = NULL;
  const char *icon_name;
  const char *css;
  const char *message;
  GPtrArray *results;
  guint n_rows;

  clear_rows (self);

  if (self->verdict == NULL)
    {
      gtk_stack_set_visible_child_name (self->status_stack, "empty");
      return;
    }

  headline = headline_for (self->verdict, &icon_name, &css);
  gtk_label_set_label (self->headline_label, headline);
  gtk_image_set_from_icon_name (self->headline_icon, icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->headline_icon), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->headline_icon), css);

  message = dojo_verdict_get_message (self->verdict);
  results = dojo_verdict_get_results (self->verdict);
  n_rows = 0;
  /* Said once: a row that says the same makes the headline's line redundant. */
  for (guint i = 0; message != NULL && i < results->len; i++)
    if (g_strcmp0 (dojo_check_result_get_message (g_ptr_array_index (results, i)), message) == 0)
      message = NULL;
  {
    g_autofree char *markup = dojo_markdown_inline_to_markup (message);

    gtk_label_set_markup (self->verdict_message, markup);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_message),
                          message != NULL && message[0] != '\0' &&
                          dojo_verdict_get_state (self->verdict) != DOJO_VERDICT_PASSED);

  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      /* Advice (a known mistake) is shown when it applies. One that did not
       * apply is no achievement, and a green "Passes" on an empty program
       * would say the opposite of the truth. */
      if (!dojo_check_result_get_blocking (result) && dojo_check_result_get_passed (result))
        continue;

      gtk_list_box_append (self->results_list, result_row (result));
      n_rows++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results_list), n_rows > 0);

  gtk_stack_set_visible_child_name (self->status_stack, "verdict");
}

/* ------------------------------------------------------------------------ */
/* Actions */

static void
show_line_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  g_signal_emit (widget, signals[SHOW_LINE], 0, (guint)g_variant_get_uint32 (param));
}

/* A link in a hint or a message that is not to the web (project:main.py) */
static void
activate_link_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  g_signal_emit (widget, signals[ACTIVATE_LINK], 0, g_variant_get_string (param, NULL));
}

static void
debug_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (widget);
  const char *id = g_variant_get_string (param, NULL);
  GPtrArray *results;

  if (self->verdict == NULL)
    return;

  results = dojo_verdict_get_results (self->verdict);
  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      if (g_strcmp0 (dojo_check_result_get_id (result), id) == 0)
        {
          g_signal_emit (self, signals[DEBUG_CHECK], 0, result);
          return;
        }
    }
}

static void
show_hint_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (widget);
  guint index = self->n_hints_shown;

  if (index >= n_hints (self))
    return;

  dojo_check_panel_set_n_hints_shown (self, index + 1);
  g_signal_emit (self, signals[HINT_REVEALED], 0, index);
}

static void
show_solution_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (widget);
  gboolean reveal = !gtk_revealer_get_reveal_child (self->solution_revealer);

  gtk_widget_set_visible (self->learner_column, FALSE);
  gtk_revealer_set_reveal_child (self->solution_revealer, reveal);
  if (reveal)
    g_signal_emit (self, signals[SOLUTION_SHOWN], 0);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (widget);
  gboolean reveal = !gtk_revealer_get_reveal_child (self->solution_revealer) ||
                    !gtk_widget_get_visible (self->learner_column);

  set_source_text (self->learner_view, self->learner_code);
  gtk_widget_set_visible (self->learner_column, TRUE);
  gtk_revealer_set_reveal_child (self->solution_revealer, reveal);
}

/* ------------------------------------------------------------------------ */

static void
dojo_check_panel_dispose (GObject *object)
{
  DojoCheckPanel *self = (DojoCheckPanel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_CHECK_PANEL);

  G_OBJECT_CLASS (dojo_check_panel_parent_class)->dispose (object);
}

static void
dojo_check_panel_finalize (GObject *object)
{
  DojoCheckPanel *self = (DojoCheckPanel *)object;

  g_clear_object (&self->verdict);
  g_clear_pointer (&self->hints, g_strfreev);
  g_clear_pointer (&self->solution, g_free);
  g_clear_pointer (&self->learner_code, g_free);

  G_OBJECT_CLASS (dojo_check_panel_parent_class)->finalize (object);
}

static void
dojo_check_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (object);

  switch (prop_id)
    {
    case PROP_CHECKING:
      g_value_set_boolean (value, self->checking);
      break;
    case PROP_SOLUTION_AVAILABLE:
      g_value_set_boolean (value, self->solution_available);
      break;
    case PROP_N_HINTS_SHOWN:
      g_value_set_uint (value, self->n_hints_shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_check_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DojoCheckPanel *self = DOJO_CHECK_PANEL (object);

  switch (prop_id)
    {
    case PROP_CHECKING:
      dojo_check_panel_set_checking (self, g_value_get_boolean (value));
      break;
    case PROP_SOLUTION_AVAILABLE:
      dojo_check_panel_set_solution_available (self, g_value_get_boolean (value));
      break;
    case PROP_N_HINTS_SHOWN:
      dojo_check_panel_set_n_hints_shown (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_check_panel_class_init (DojoCheckPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_check_panel_dispose;
  object_class->finalize = dojo_check_panel_finalize;
  object_class->get_property = dojo_check_panel_get_property;
  object_class->set_property = dojo_check_panel_set_property;

  properties[PROP_CHECKING] =
    g_param_spec_boolean ("checking", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The exercise's policy (dojo_exercise_solution_available()) says when. */
  properties[PROP_SOLUTION_AVAILABLE] =
    g_param_spec_boolean ("solution-available", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_HINTS_SHOWN] =
    g_param_spec_uint ("n-hints-shown", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoCheckPanel::show-line:
   * @line: a line of the entry file, from 1
   *
   * The learner asked to see the line a failing check points at.
   */
  signals[SHOW_LINE] =
    g_signal_new ("show-line",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * DojoCheckPanel::activate-link:
   * @uri: the link's target, not a web address (those open in the browser)
   *
   * The learner clicked a link in a hint or a check's message, a
   * `project:` link say.
   */
  signals[ACTIVATE_LINK] =
    g_signal_new ("activate-link",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DojoCheckPanel::debug-check:
   * @result: a failed check that can be debugged
   *
   * The learner asked to run what this check ran under the debugger.
   */
  signals[DEBUG_CHECK] =
    g_signal_new ("debug-check",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOJO_TYPE_CHECK_RESULT);

  /**
   * DojoCheckPanel::hint-revealed:
   * @index: which hint, from 0
   *
   * The learner revealed one more hint (for dojo_progress_record_hint()).
   */
  signals[HINT_REVEALED] =
    g_signal_new ("hint-revealed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * DojoCheckPanel::solution-shown:
   *
   * The learner opened the model solution before passing.
   */
  signals[SOLUTION_SHOWN] =
    g_signal_new ("solution-shown",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-check-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, status_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, spinner);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, headline_icon);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, headline_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, verdict_message);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, results_list);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, hints_box);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, hint_counter);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, hints_list);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, hint_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, solution_box);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, show_solution_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, compare_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, solution_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, learner_column);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, learner_view);
  gtk_widget_class_bind_template_child (widget_class, DojoCheckPanel, solution_view);

  gtk_widget_class_install_action (widget_class, "check-panel.show-line", "u", show_line_action);
  gtk_widget_class_install_action (widget_class, "check-panel.show-hint", NULL, show_hint_action);
  gtk_widget_class_install_action (widget_class, "check-panel.debug", "s", debug_action);
  gtk_widget_class_install_action (widget_class, "markdown.activate-link", "s",
                                   activate_link_action);
  gtk_widget_class_install_action (widget_class, "check-panel.show-solution", NULL,
                                   show_solution_action);
  gtk_widget_class_install_action (widget_class, "check-panel.compare", NULL, compare_action);

  gtk_widget_class_set_css_name (widget_class, "dojocheckpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The code views get Python highlighting the first time they show code, not
 * when the window is built: the panel is hidden at startup, and setting up
 * highlighting for two buffers cost the first frame about 15 ms. */
static void
ensure_highlighting (DojoCheckPanel *self)
{
  GtkSourceView *views[2];

  if (self->highlighting)
    return;

  self->highlighting = TRUE;
  views[0] = self->learner_view;
  views[1] = self->solution_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (views[i]))),
                                    dojo_source_util_get_python ());
}

static void
dojo_check_panel_init (DojoCheckPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  dojo_source_util_follow_style (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->learner_view))));
  dojo_source_util_follow_style (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->solution_view))));

  update_hints (self);
}

GtkWidget *
dojo_check_panel_new (void)
{
  return g_object_new (DOJO_TYPE_CHECK_PANEL, NULL);
}

/* Back to the empty state: no verdict, no hints, no solution. */
void
dojo_check_panel_clear (DojoCheckPanel *self)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  dojo_check_panel_set_checking (self, FALSE);
  g_clear_object (&self->verdict);
  dojo_check_panel_set_hints (self, NULL);
  dojo_check_panel_set_solution (self, NULL, FALSE);
  dojo_check_panel_set_learner_code (self, NULL);
  show_verdict (self);
  update_actions (self);
}

/* While checking, a spinner replaces the verdict; the last verdict comes
 * back if checking stops without a new one (it was cancelled). */
void
dojo_check_panel_set_checking (DojoCheckPanel *self,
                               gboolean        checking)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  checking = !!checking;
  if (self->checking == checking)
    return;

  self->checking = checking;
  gtk_spinner_set_spinning (self->spinner, checking);
  if (checking)
    {
      clear_rows (self);
      gtk_stack_set_visible_child_name (self->status_stack, "checking");
    }
  else
    show_verdict (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

gboolean
dojo_check_panel_get_checking (DojoCheckPanel *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), FALSE);
  return self->checking;
}

/* Shows @verdict (and ends the checking state). */
void
dojo_check_panel_set_verdict (DojoCheckPanel *self,
                              DojoVerdict    *verdict)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));
  g_return_if_fail (!verdict || DOJO_IS_VERDICT (verdict));

  g_set_object (&self->verdict, verdict);

  if (self->checking)
    {
      self->checking = FALSE;
      gtk_spinner_set_spinning (self->spinner, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
    }

  show_verdict (self);
  update_actions (self);
}

DojoVerdict *
dojo_check_panel_get_verdict (DojoCheckPanel *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), NULL);
  return self->verdict;
}

/* The exercise's hints, in order; none is shown until the learner asks. */
void
dojo_check_panel_set_hints (DojoCheckPanel     *self,
                            const char * const *hints)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  g_clear_pointer (&self->hints, g_strfreev);
  self->hints = g_strdupv ((char **)hints);
  if (self->n_hints_shown != 0)
    {
      self->n_hints_shown = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HINTS_SHOWN]);
    }
  update_hints (self);
}

guint
dojo_check_panel_get_n_hints_shown (DojoCheckPanel *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), 0);
  return self->n_hints_shown;
}

/* Shows the first @n_shown hints, say the ones the learner saw last time
 * (dojo_progress_get_hints_used()). Emits no signal. */
void
dojo_check_panel_set_n_hints_shown (DojoCheckPanel *self,
                                    guint           n_shown)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  n_shown = MIN (n_shown, n_hints (self));
  if (n_shown == self->n_hints_shown)
    return;

  self->n_hints_shown = n_shown;
  update_hints (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HINTS_SHOWN]);
}

/**
 * dojo_check_panel_set_solution:
 * @solution: (nullable): the model solution's code
 * @available: whether the learner may see it before passing
 */
void
dojo_check_panel_set_solution (DojoCheckPanel *self,
                               const char     *solution,
                               gboolean        available)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  if (g_strcmp0 (self->solution, solution) != 0)
    {
      g_free (self->solution);
      self->solution = g_strdup (solution);
      if (solution != NULL)
        ensure_highlighting (self);
      set_source_text (self->solution_view, solution);
      gtk_revealer_set_reveal_child (self->solution_revealer, FALSE);
    }

  dojo_check_panel_set_solution_available (self, available);
  update_actions (self);
}

gboolean
dojo_check_panel_get_solution_available (DojoCheckPanel *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), FALSE);
  return self->solution_available;
}

void
dojo_check_panel_set_solution_available (DojoCheckPanel *self,
                                         gboolean        available)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  available = !!available;
  if (self->solution_available == available)
    return;

  self->solution_available = available;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOLUTION_AVAILABLE]);
}

/* The learner's code, shown next to the model solution after a pass. */
void
dojo_check_panel_set_learner_code (DojoCheckPanel *self,
                                   const char     *code)
{
  g_return_if_fail (DOJO_IS_CHECK_PANEL (self));

  g_free (self->learner_code);
  self->learner_code = g_strdup (code);
  if (code != NULL)
    ensure_highlighting (self);
  set_source_text (self->learner_view, code);
}

const char *
dojo_check_panel_get_headline (DojoCheckPanel *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), NULL);

  if (self->checking)
    return _("Checking your work…");
  if (self->verdict == NULL)
    return NULL;
  return gtk_label_get_label (self->headline_label);
}

guint
dojo_check_panel_get_n_rows (DojoCheckPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

/* Returns: (transfer none) (nullable): the row of the @index-th check */
GtkWidget *
dojo_check_panel_get_row (DojoCheckPanel *self,
                          guint           index)
{
  g_return_val_if_fail (DOJO_IS_CHECK_PANEL (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->results_list, index));
}
