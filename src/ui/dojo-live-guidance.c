/* dojo-live-guidance.c: the checks on the code's shape, while the learner types
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-live-guidance"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-check-kinds.h"
#include "dojo-checker.h"
#include "dojo-paths.h"
#include "dojo-live-guidance.h"
#include "dojo-markdown.h"

/* How long typing pauses before the code is looked at. */
#define PAUSE_MS 700

#define TAG_NAME "dojo-guidance"

/* When the learner pauses, the buffer's text goes to the harness's own
 * analysis (data/harness/dojo_guidance.py, which imports dojo_harness.py),
 * so the editor underlines exactly what Check would say: a syntax error, a
 * construct from a later lesson, a rule of the exercise's ast checks, a
 * function without type hints. The code is parsed, never run. One run at a
 * time: typing again cancels the run in flight (and ends its process). */

typedef struct
{
  DojoDiagnostic  public;
  GtkTextMark    *start;
  GtkTextMark    *end;
} Diagnostic;

struct _DojoLiveGuidance
{
  GObject          parent_instance;

  GtkSourceView   *view;      /* weak */
  GtkTextBuffer   *buffer;
  GtkTextTag      *tag;
  gulong           changed_handler;
  gulong           tooltip_handler;

  GPtrArray       *gated;     /* DojoGatedConstruct */
  DojoGating      *gating;    /* the words for them (nullable) */
  JsonArray       *rules;
  char            *python;

  GPtrArray       *diagnostics;
  guint            pause_source;
  GCancellable    *cancellable;
  GSubprocess     *subprocess;
  guint            generation;

  guint            enabled : 1;
  guint            type_hints : 1;
};

G_DEFINE_FINAL_TYPE (DojoLiveGuidance, dojo_live_guidance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_ENABLED,
  PROP_BUSY,
  N_PROPS
};

enum {
  DIAGNOSTICS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
diagnostic_free (Diagnostic *diag)
{
  if (diag->start != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_mark_get_buffer (diag->start);

      if (buffer != NULL)
        {
          gtk_text_buffer_delete_mark (buffer, diag->start);
          gtk_text_buffer_delete_mark (buffer, diag->end);
        }
      g_clear_object (&diag->start);
      g_clear_object (&diag->end);
    }
  g_free (diag->public.message);
  g_free (diag);
}

/* ------------------------------------------------------------------------ */
/* Messages: the same words as the verdict's (dojo-checker.c). */

/* One piece of advice for all the constructs from later lessons in the
 * file, word for word the verdict's (dojo-gating.c). */
static char *
gated_message (DojoLiveGuidance *self,
               JsonArray        *items)
{
  g_autoptr(DojoGating) gating = NULL;
  g_autoptr(GPtrArray) used = g_ptr_array_new ();

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *construct;

      if (item == NULL ||
          g_strcmp0 (json_object_get_string_member_with_default (item, "kind", ""), "gated") != 0)
        continue;
      construct = json_object_get_string_member_with_default (item, "construct", NULL);
      if (construct != NULL &&
          !g_ptr_array_find_with_equal_func (used, construct, g_str_equal, NULL))
        g_ptr_array_add (used, (char *)construct);
    }
  if (used->len == 0)
    return NULL;
  g_ptr_array_add (used, NULL);

  if (self->gating != NULL)
    gating = dojo_gating_ref (self->gating);
  else
    {
      gating = dojo_gating_new ();
      for (guint i = 0; self->gated != NULL && i < self->gated->len; i++)
        {
          DojoGatedConstruct *gate = g_ptr_array_index (self->gated, i);

          dojo_gating_add_gate (gating, gate->construct, gate->introduced_in);
        }
    }
  return dojo_gating_advise (gating, (const char * const *)used->pdata, NULL);
}

static char *
type_hints_message (const char *name,
                    JsonArray  *missing)
{
  g_autoptr(GString) params = g_string_new (NULL);
  gboolean needs_return = FALSE;

  for (guint i = 0; missing != NULL && i < json_array_get_length (missing); i++)
    {
      const char *param = json_array_get_string_element (missing, i);

      if (param == NULL)
        continue;
      if (g_str_equal (param, "return"))
        {
          needs_return = TRUE;
          continue;
        }
      if (params->len > 0)
        g_string_append (params, ", ");
      g_string_append (params, param);
    }

  if (params->len > 0 && needs_return)
    return g_strdup_printf (_("Function `%s` needs type hints on %s and on what it "
                              "returns (-> …)."), name, params->str);
  if (params->len > 0)
    return g_strdup_printf (_("Function `%s` needs type hints on %s."), name, params->str);
  return g_strdup_printf (_("Function `%s` needs a type hint on what it returns (-> …)."),
                          name);
}

static char *
message_for (DojoLiveGuidance   *self,
             DojoDiagnosticKind  kind,
             JsonObject         *item,
             const char         *gated_advice)
{
  const char *construct = json_object_get_string_member_with_default (item, "construct", "");
  const char *message = NULL;

  if (json_object_has_member (item, "message") &&
      !json_object_get_null_member (item, "message"))
    message = json_object_get_string_member_with_default (item, "message", NULL);

  switch (kind)
    {
    case DOJO_DIAGNOSTIC_SYNTAX:
      return g_strdup_printf (_("Python cannot read this yet: %s"),
                              message ? message : _("invalid syntax"));
    case DOJO_DIAGNOSTIC_GATED:
      return g_strdup (gated_advice);
    case DOJO_DIAGNOSTIC_FORBID:
      if (message != NULL && message[0] != '\0')
        return g_strdup (message);
      return g_strdup_printf (_("This exercise does not allow `%s`."), construct);
    case DOJO_DIAGNOSTIC_REQUIRE:
      if (message != NULL && message[0] != '\0')
        return g_strdup (message);
      return g_strdup_printf (_("This exercise asks you to use `%s`."), construct);
    case DOJO_DIAGNOSTIC_TYPE_HINTS:
      return type_hints_message (json_object_get_string_member_with_default (item, "name", "?"),
                                 json_object_has_member (item, "missing")
                                 ? json_object_get_array_member (item, "missing") : NULL);
    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------------ */

static void
set_busy (DojoLiveGuidance *self,
          GSubprocess      *subprocess)
{
  gboolean was_busy = self->subprocess != NULL;

  if (self->subprocess != NULL && subprocess == NULL)
    g_subprocess_force_exit (self->subprocess);
  g_set_object (&self->subprocess, subprocess);

  if (was_busy != (subprocess != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
cancel_run (DojoLiveGuidance *self)
{
  self->generation++;
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  set_busy (self, NULL);
}

static void
clear_diagnostics (DojoLiveGuidance *self)
{
  GtkTextIter start, end;

  if (self->buffer != NULL)
    {
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
    }
  g_ptr_array_set_size (self->diagnostics, 0);
}

static void
apply_diagnostics (DojoLiveGuidance *self,
                   JsonArray        *items)
{
  static const struct { const char *name; DojoDiagnosticKind kind; } kinds[] = {
    { "syntax", DOJO_DIAGNOSTIC_SYNTAX },
    { "gated", DOJO_DIAGNOSTIC_GATED },
    { "forbid", DOJO_DIAGNOSTIC_FORBID },
    { "require", DOJO_DIAGNOSTIC_REQUIRE },
    { "type-hints", DOJO_DIAGNOSTIC_TYPE_HINTS },
  };
  int n_lines = gtk_text_buffer_get_line_count (self->buffer);
  g_autofree char *gated_advice = gated_message (self, items);

  clear_diagnostics (self);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *kind_name;
      Diagnostic *diag;
      gint64 line, col, end_col;
      gboolean known = FALSE;
      DojoDiagnosticKind kind = DOJO_DIAGNOSTIC_SYNTAX;

      if (item == NULL)
        continue;
      kind_name = json_object_get_string_member_with_default (item, "kind", "");
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (g_str_equal (kind_name, kinds[k].name))
          {
            kind = kinds[k].kind;
            known = TRUE;
          }
      if (!known)
        continue;

      line = json_object_get_int_member_with_default (item, "line", 0);
      col = json_object_get_int_member_with_default (item, "col", 0);
      end_col = json_object_get_int_member_with_default (item, "end_col", 0);
      if (line < 0 || line > n_lines || col < 0)
        continue;

      diag = g_new0 (Diagnostic, 1);
      diag->public.kind = kind;
      diag->public.line = (guint)line;
      diag->public.col = (guint)col;
      diag->public.end_col = (guint)MAX (end_col, col + 1);
      diag->public.message = message_for (self, kind, item, gated_advice);

      if (line > 0)
        {
          GtkTextIter start, end;

          /* Both clamp to the line's end. */
          gtk_text_buffer_get_iter_at_line_offset (self->buffer, &start, line - 1, col);
          gtk_text_buffer_get_iter_at_line_offset (self->buffer, &end, line - 1,
                                                   diag->public.end_col);
          if (gtk_text_iter_equal (&start, &end) && !gtk_text_iter_starts_line (&start))
            gtk_text_iter_backward_char (&start);

          diag->start = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE));
          diag->end = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &end, FALSE));
          gtk_text_buffer_apply_tag (self->buffer, self->tag, &start, &end);
        }

      g_ptr_array_add (self->diagnostics, diag);
    }
}

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DojoLiveGuidance) self = user_data;
  GSubprocess *subprocess = G_SUBPROCESS (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  JsonObject *answer;
  guint generation = GPOINTER_TO_UINT (g_object_get_data (object, "dojo-generation"));

  g_subprocess_communicate_utf8_finish (subprocess, result, &out, NULL, &error);

  /* A stale run (the learner typed on, or we were disposed). */
  if (generation != self->generation || self->buffer == NULL)
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, NULL);

  if (error != NULL)
    {
      g_debug ("Guidance failed: %s", error->message);
      return;
    }

  parser = json_parser_new ();
  if (out == NULL || !json_parser_load_from_data (parser, out, -1, &error))
    {
      g_debug ("Guidance answered no JSON: %s", error ? error->message : "(nothing)");
      return;
    }

  root = json_parser_get_root (parser);
  answer = root && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (answer == NULL || !json_object_has_member (answer, "diagnostics"))
    return;

  apply_diagnostics (self, json_object_get_array_member (answer, "diagnostics"));
  g_signal_emit (self, signals[DIAGNOSTICS_CHANGED], 0);
}

static char *
build_request (DojoLiveGuidance *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *source = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  source = gtk_text_buffer_get_text (self->buffer, &start, &end, TRUE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, source);

  json_builder_set_member_name (builder, "gated");
  json_builder_begin_array (builder);
  for (guint i = 0; self->gated != NULL && i < self->gated->len; i++)
    {
      DojoGatedConstruct *gate = g_ptr_array_index (self->gated, i);

      json_builder_add_string_value (builder, gate->construct);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rules");
  if (self->rules != NULL)
    {
      JsonNode *rules = json_node_new (JSON_NODE_ARRAY);

      json_node_set_array (rules, self->rules);
      json_builder_add_value (builder, rules);
    }
  else
    {
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "type_hints");
  json_builder_add_boolean_value (builder, self->type_hints);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
start_run (DojoLiveGuidance *self)
{
  g_autofree char *harness_dir = dojo_paths_get_harness_dir ();
  g_autofree char *script = g_build_filename (harness_dir, "dojo_guidance.py", NULL);
  g_autofree char *python = NULL;
  g_autofree char *request = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;

  cancel_run (self);

  if (!self->enabled || self->buffer == NULL)
    return;

  python = g_find_program_in_path (self->python ? self->python : "python3");
  if (python == NULL)
    {
      g_debug ("No Python for live guidance");
      return;
    }

  request = build_request (self);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  /* -I -S: nothing of the learner's environment or folders; -B: the data
   * dir may be read-only. */
  subprocess = g_subprocess_launcher_spawn (launcher, &error,
                                            python, "-I", "-S", "-B", "-X", "utf8",
                                            script, NULL);
  if (subprocess == NULL)
    {
      g_debug ("Could not start live guidance: %s", error->message);
      return;
    }

  self->cancellable = g_cancellable_new ();
  g_object_set_data (G_OBJECT (subprocess), "dojo-generation",
                     GUINT_TO_POINTER (self->generation));
  set_busy (self, subprocess);
  g_subprocess_communicate_utf8_async (subprocess, request, self->cancellable,
                                       communicate_cb, g_object_ref (self));
}

static gboolean
on_pause (gpointer user_data)
{
  DojoLiveGuidance *self = user_data;

  self->pause_source = 0;
  start_run (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (DojoLiveGuidance *self)
{
  dojo_live_guidance_queue (self);
}

static gboolean
on_query_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip,
                  DojoLiveGuidance *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  const DojoDiagnostic *diag;
  GtkTextIter iter;
  int bx, by;

  if (!self->enabled || self->diagnostics->len == 0)
    return FALSE;

  if (keyboard_mode)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                      gtk_text_buffer_get_insert (self->buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
        return FALSE;
    }

  diag = dojo_live_guidance_get_diagnostic_at (self, &iter);
  if (diag == NULL)
    return FALSE;

  /* A check's message is the teacher's Markdown (`code` as code), and so
   * are Dojo's own; Python's word on a syntax error is plain text. */
  if (diag->kind == DOJO_DIAGNOSTIC_SYNTAX)
    gtk_tooltip_set_text (tooltip, diag->message);
  else
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (diag->message);

      gtk_tooltip_set_markup (tooltip, markup);
    }
  return TRUE;
}

static void
attach (DojoLiveGuidance *self,
        GtkSourceView    *view)
{
  GtkTextTagTable *table;

  g_set_weak_pointer (&self->view, view);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));

  table = gtk_text_buffer_get_tag_table (self->buffer);
  self->tag = gtk_text_tag_table_lookup (table, TAG_NAME);
  if (self->tag == NULL)
    self->tag = gtk_text_buffer_create_tag (self->buffer, TAG_NAME,
                                            "underline", PANGO_UNDERLINE_ERROR,
                                            "underline-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 1.0 },
                                            NULL);
  g_object_ref (self->tag);

  self->changed_handler =
    g_signal_connect_object (self->buffer, "changed",
                             G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
  self->tooltip_handler =
    g_signal_connect_object (view, "query-tooltip",
                             G_CALLBACK (on_query_tooltip), self, 0);
  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
}

static gpointer
copy_gate (gconstpointer gate,
           gpointer      user_data)
{
  return dojo_gated_construct_copy (gate);
}

static void
dojo_live_guidance_dispose (GObject *object)
{
  DojoLiveGuidance *self = (DojoLiveGuidance *)object;

  g_clear_handle_id (&self->pause_source, g_source_remove);
  cancel_run (self);

  if (self->buffer != NULL)
    {
      clear_diagnostics (self);
      g_clear_signal_handler (&self->changed_handler, self->buffer);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->tag);
    }
  if (self->view != NULL)
    g_clear_signal_handler (&self->tooltip_handler, self->view);
  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->tag);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (dojo_live_guidance_parent_class)->dispose (object);
}

static void
dojo_live_guidance_finalize (GObject *object)
{
  DojoLiveGuidance *self = (DojoLiveGuidance *)object;

  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&self->gated, g_ptr_array_unref);
  g_clear_pointer (&self->gating, dojo_gating_unref);
  g_clear_pointer (&self->rules, json_array_unref);
  g_clear_pointer (&self->python, g_free);

  G_OBJECT_CLASS (dojo_live_guidance_parent_class)->finalize (object);
}

static void
dojo_live_guidance_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DojoLiveGuidance *self = DOJO_LIVE_GUIDANCE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->subprocess != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_live_guidance_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DojoLiveGuidance *self = DOJO_LIVE_GUIDANCE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      attach (self, g_value_get_object (value));
      break;
    case PROP_ENABLED:
      dojo_live_guidance_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_live_guidance_class_init (DojoLiveGuidanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_live_guidance_dispose;
  object_class->finalize = dojo_live_guidance_finalize;
  object_class->get_property = dojo_live_guidance_get_property;
  object_class->set_property = dojo_live_guidance_set_property;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         GTK_SOURCE_TYPE_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether an analysis is running. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoLiveGuidance::diagnostics-changed:
   *
   * A run finished (or guidance was turned off): the diagnostics and the
   * underlines are new.
   */
  signals[DIAGNOSTICS_CHANGED] =
    g_signal_new ("diagnostics-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dojo_live_guidance_init (DojoLiveGuidance *self)
{
  self->enabled = TRUE;
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)diagnostic_free);
}

/* Returns: (transfer full): guidance for @view's buffer (which must stay the
 * view's buffer); it lives as long as the caller keeps it. Nothing is
 * checked until the buffer changes or dojo_live_guidance_queue() is called. */
DojoLiveGuidance *
dojo_live_guidance_new (GtkSourceView *view)
{
  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (view), NULL);

  return g_object_new (DOJO_TYPE_LIVE_GUIDANCE, "view", view, NULL);
}

GtkSourceView *
dojo_live_guidance_get_view (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), NULL);
  return self->view;
}

gboolean
dojo_live_guidance_get_enabled (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), FALSE);
  return self->enabled;
}

void
dojo_live_guidance_set_enabled (DojoLiveGuidance *self,
                                gboolean          enabled)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (enabled)
    dojo_live_guidance_queue (self);
  else
    {
      g_clear_handle_id (&self->pause_source, g_source_remove);
      cancel_run (self);
      clear_diagnostics (self);
      g_signal_emit (self, signals[DIAGNOSTICS_CHANGED], 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

/**
 * dojo_live_guidance_set_gated:
 * @gated: (nullable) (element-type DojoGatedConstruct): constructs the
 *   learner has not met yet (dojo_pack_get_gated_constructs())
 */
void
dojo_live_guidance_set_gated (DojoLiveGuidance *self,
                              GPtrArray        *gated)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  g_clear_pointer (&self->gated, g_ptr_array_unref);
  if (gated != NULL)
    self->gated = g_ptr_array_copy (gated, copy_gate, NULL);
  if (self->gated != NULL)
    g_ptr_array_set_free_func (self->gated, (GDestroyNotify)dojo_gated_construct_free);
  dojo_live_guidance_queue (self);
}

/**
 * dojo_live_guidance_set_gating:
 * @gating: (nullable): what the learner has reached at this exercise
 *   (dojo_exercise_dup_gating()), for the words on a construct from a later
 *   lesson; without it, they come from the gated constructs alone
 */
void
dojo_live_guidance_set_gating (DojoLiveGuidance *self,
                               DojoGating       *gating)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  if (gating != NULL)
    dojo_gating_ref (gating);
  g_clear_pointer (&self->gating, dojo_gating_unref);
  self->gating = gating;
  dojo_live_guidance_queue (self);
}


/**
 * dojo_live_guidance_set_rules:
 * @rules: (nullable): `forbid`/`require` rules, as in an `ast` check
 */
void
dojo_live_guidance_set_rules (DojoLiveGuidance *self,
                              JsonArray        *rules)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  if (rules != NULL)
    json_array_ref (rules);
  g_clear_pointer (&self->rules, json_array_unref);
  self->rules = rules;
  dojo_live_guidance_queue (self);
}

void
dojo_live_guidance_set_type_hints (DojoLiveGuidance *self,
                                   gboolean          type_hints)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  self->type_hints = !!type_hints;
  dojo_live_guidance_queue (self);
}

/**
 * dojo_live_guidance_set_exercise:
 * @exercise: (nullable): exercise.json, parsed
 *
 * Takes the rules of the exercise's `ast` checks and whether it has a
 * `type-hints` check, for the entry file (checks on another file are left
 * to Check).
 */
void
dojo_live_guidance_set_exercise (DojoLiveGuidance *self,
                                 JsonObject       *exercise)
{
  g_autoptr(JsonArray) rules = json_array_new ();
  gboolean type_hints = FALSE;
  JsonArray *checks = NULL;
  const char *entry;

  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  if (exercise != NULL && json_object_has_member (exercise, "checks") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (exercise, "checks")))
    checks = json_object_get_array_member (exercise, "checks");
  entry = exercise ? json_object_get_string_member_with_default (exercise, "entry", "main.py")
                   : "main.py";

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonNode *node = json_array_get_element (checks, i);
      const DojoCheckKind *kind;
      JsonObject *check;
      const char *type;
      const char *file;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      check = json_node_get_object (node);
      type = json_object_get_string_member_with_default (check, "type", "");
      file = json_object_get_string_member_with_default (check, "file", NULL);
      if (file != NULL && g_strcmp0 (file, entry) != 0)
        continue;

      /* Only kinds that read the code without running it can be shown as
       * the learner types (the registry's "live" kinds). */
      kind = dojo_check_kind_lookup (type);
      if (kind == NULL || !(kind->flags & DOJO_CHECK_KIND_LIVE))
        continue;

      if (kind->results == DOJO_CHECK_RESULTS_FUNCTIONS)
        type_hints = TRUE;
      else if (kind->results == DOJO_CHECK_RESULTS_RULES &&
               json_object_has_member (check, "rules") &&
               JSON_NODE_HOLDS_ARRAY (json_object_get_member (check, "rules")))
        {
          JsonArray *list = json_object_get_array_member (check, "rules");

          for (guint j = 0; j < json_array_get_length (list); j++)
            json_array_add_element (rules, json_node_copy (json_array_get_element (list, j)));
        }
    }

  self->type_hints = type_hints;
  dojo_live_guidance_set_rules (self, json_array_get_length (rules) ? rules : NULL);
}

/* The Python to run (default: python3 from PATH), as for DojoChecker. */
void
dojo_live_guidance_set_python (DojoLiveGuidance *self,
                               const char       *python)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  g_free (self->python);
  self->python = g_strdup (python);
}

/* Looks at the code once typing has paused. */
void
dojo_live_guidance_queue (DojoLiveGuidance *self)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  cancel_run (self);
  g_clear_handle_id (&self->pause_source, g_source_remove);
  if (self->enabled && self->buffer != NULL)
    self->pause_source = g_timeout_add (PAUSE_MS, on_pause, self);
}

/* Looks at the code now (say, when a file opens). */
void
dojo_live_guidance_run_now (DojoLiveGuidance *self)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  g_clear_handle_id (&self->pause_source, g_source_remove);
  start_run (self);
}

gboolean
dojo_live_guidance_get_busy (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), FALSE);
  return self->subprocess != NULL || self->pause_source != 0;
}

guint
dojo_live_guidance_get_n_diagnostics (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), 0);
  return self->diagnostics->len;
}

/* The line and columns are those of the last run; the underline itself
 * follows the text as it is edited. */
const DojoDiagnostic *
dojo_live_guidance_get_diagnostic (DojoLiveGuidance *self,
                                   guint             index)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), NULL);
  g_return_val_if_fail (index < self->diagnostics->len, NULL);

  return &((Diagnostic *)g_ptr_array_index (self->diagnostics, index))->public;
}

/* Returns: (nullable): the diagnostic underlined at @iter */
const DojoDiagnostic *
dojo_live_guidance_get_diagnostic_at (DojoLiveGuidance  *self,
                                      const GtkTextIter *iter)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), NULL);
  g_return_val_if_fail (iter != NULL, NULL);

  for (guint i = 0; i < self->diagnostics->len; i++)
    {
      Diagnostic *diag = g_ptr_array_index (self->diagnostics, i);
      GtkTextIter start, end;

      if (diag->start == NULL)
        continue;
      gtk_text_buffer_get_iter_at_mark (self->buffer, &start, diag->start);
      gtk_text_buffer_get_iter_at_mark (self->buffer, &end, diag->end);
      if (gtk_text_iter_compare (&start, iter) <= 0 && gtk_text_iter_compare (iter, &end) <= 0)
        return &diag->public;
    }

  return NULL;
}
