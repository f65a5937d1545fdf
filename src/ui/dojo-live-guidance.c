/* dojo-live-guidance.c: the checks on the code's shape, while the learner types
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-live-guidance"

#include "config.h"

#include <sys/stat.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dojo-check-kinds.h"
#include "dojo-checker.h"
#include "dojo-paths.h"
#include "dojo-live-guidance.h"
#include "dojo-markdown.h"
#include "dojo-type-errors.h"

/* How long typing pauses before the code is looked at. The underline is
 * to be there within 700 ms of the last key. Steady typing leaves gaps of
 * 100 to 250 ms between keys, so 300 ms without one is a pause, not a word
 * being typed; the 400 ms left are for the analysis (a Python process for
 * dojo_guidance.py, a warm type check, each some tens of ms on an idle
 * machine) and one frame (bench/bench-live-types.c measures it all). */
#define PAUSE_MS 300

#define TAG_NAME "dojo-guidance"
#define TYPE_TAG_NAME "dojo-type-error"

/* The type checker gets every Python file at the top of the project (a
 * learner's module imports its neighbours), but not without bounds. */
#define TYPE_MAX_FILES 64
#define TYPE_MAX_FILE_SIZE (256 * 1024)

/* When the learner pauses, the buffer's text goes to the harness's own
 * analysis (data/harness/dojo_guidance.py, which imports dojo_harness.py),
 * so the editor underlines exactly what Check would say: a syntax error, a
 * construct from a later lesson, a rule of the exercise's ast checks, a
 * function without type hints. The code is parsed, never run. One run at a
 * time: typing again cancels the run in flight (and ends its process).
 *
 * When the exercise has a `type-check` check on this file, the same pause
 * also sends the project's files (this buffer's text, the other open
 * editors' text, the rest from disk) to the app's warm type checker
 * (DojoTypeServer); its errors on this file get an underline of their own
 * colour, with the beginner's words of dojo_type_error_describe(). Typing
 * again abandons that request: its answer, when it comes, is dropped. The
 * checker's process starts only once the window has drawn its first
 * frame, so it never delays the window's appearance. Missing type hints
 * are then mypy's to say, not dojo_guidance.py's. */

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
  GtkTextTag      *type_tag;
  gulong           changed_handler;
  gulong           tooltip_handler;
  gulong           dark_handler;
  gulong           contrast_handler;
  guint            first_frame_tick;

  GPtrArray       *gated;     /* DojoGatedConstruct */
  DojoGating      *gating;    /* the words for them (nullable) */
  JsonArray       *rules;
  char            *python;

  GPtrArray       *diagnostics;
  guint            pause_source;
  GCancellable    *cancellable;
  GSubprocess     *subprocess;
  guint            generation;

  /* The type check: this file's place, the check's files (NULL: the
   * default) and mode (NULL: the exercise has no type check). */
  char            *root;
  char            *path;
  char            *entry;
  char           **type_files;
  char            *type_mode;
  DojoTypeServer  *type_server;
  GCancellable    *type_cancellable;

  guint            enabled : 1;
  guint            type_hints : 1;
  guint            type_waiting : 1;  /* for the first frame */
  guint            ticked : 1;        /* the first frame's tick came */
};

/* Every guidance alive: the type check takes the other open editors'
 * unsaved text from them. */
static GList *all_guidances;
/* The window has drawn a frame: the type checker may start. */
static gboolean first_frame_drawn;

G_DEFINE_FINAL_TYPE (DojoLiveGuidance, dojo_live_guidance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_ENABLED,
  PROP_BUSY,
  PROP_TYPE_CHECK,
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
  g_free (diag->public.code);
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

static gboolean
running (DojoLiveGuidance *self)
{
  return self->subprocess != NULL || self->type_cancellable != NULL;
}

static void
set_busy (DojoLiveGuidance *self,
          GSubprocess      *subprocess)
{
  gboolean was_busy = running (self);

  if (self->subprocess != NULL && subprocess == NULL)
    g_subprocess_force_exit (self->subprocess);
  g_set_object (&self->subprocess, subprocess);

  if (was_busy != running (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The type check in flight is over (@cancel: abandoned, its answer will be
 * dropped). */
static void
end_type_check (DojoLiveGuidance *self,
                gboolean          cancel)
{
  gboolean was_busy = running (self);

  if (self->type_cancellable != NULL && cancel)
    g_cancellable_cancel (self->type_cancellable);
  g_clear_object (&self->type_cancellable);

  if (was_busy != running (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
cancel_run (DojoLiveGuidance *self)
{
  self->generation++;
  self->type_waiting = FALSE;
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  set_busy (self, NULL);
  end_type_check (self, TRUE);
}

typedef enum
{
  CLEAR_GUIDANCE = 1 << 0,  /* dojo_guidance.py's */
  CLEAR_TYPE = 1 << 1,      /* the type checker's */
  CLEAR_ALL = CLEAR_GUIDANCE | CLEAR_TYPE,
} ClearFlags;

/* Returns: how many diagnostics went. */
static guint
clear_diagnostics (DojoLiveGuidance *self,
                   ClearFlags        which)
{
  guint removed = 0;
  GtkTextIter start, end;

  if (self->buffer != NULL)
    {
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      if (which & CLEAR_GUIDANCE)
        gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
      if (which & CLEAR_TYPE)
        gtk_text_buffer_remove_tag (self->buffer, self->type_tag, &start, &end);
    }

  for (guint i = self->diagnostics->len; i > 0; i--)
    {
      Diagnostic *diag = g_ptr_array_index (self->diagnostics, i - 1);
      gboolean type = diag->public.kind == DOJO_DIAGNOSTIC_TYPE;

      if ((type && (which & CLEAR_TYPE)) || (!type && (which & CLEAR_GUIDANCE)))
        {
          g_ptr_array_remove_index (self->diagnostics, i - 1);
          removed++;
        }
    }
  return removed;
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

  clear_diagnostics (self, CLEAR_GUIDANCE);

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

/* ------------------------------------------------------------------------ */
/* The type check */

static const char *
file_path (DojoLiveGuidance *self)
{
  if (self->path != NULL)
    return self->path;
  return self->entry != NULL ? self->entry : "main.py";
}

/* A file name from an exercise: relative, inside the project. */
static gboolean
is_plain_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || path[0] == '\0' || g_path_is_absolute (path) ||
      !g_str_has_suffix (path, ".py"))
    return FALSE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

/* The files a `type-check` check looks at by default: the Python files at
 * the top of the project, tests aside. */
static gboolean
checked_by_default (const char *name)
{
  return strchr (name, '/') == NULL && g_str_has_suffix (name, ".py") &&
         !g_str_has_prefix (name, "test_");
}

/* Whether this file is one the exercise's type check looks at. */
static gboolean
type_check_applies (DojoLiveGuidance *self)
{
  if (self->type_mode == NULL)
    return FALSE;
  if (self->type_files != NULL)
    return g_strv_contains ((const char * const *)self->type_files, file_path (self));
  return checked_by_default (file_path (self));
}

/* Whether mypy reports missing type hints here (not in mode `basic`). */
static gboolean
mypy_checks_hints (DojoLiveGuidance *self)
{
  return type_check_applies (self) && !g_str_equal (self->type_mode, "basic");
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* @name's text as the learner has it: in an open editor, else on disk. */
static char *
project_file_text (DojoLiveGuidance *self,
                   const char       *name)
{
  g_autofree char *filename = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize len;

  for (GList *l = all_guidances; l != NULL; l = l->next)
    {
      DojoLiveGuidance *other = l->data;

      if (other != self && other->buffer != NULL && other->root != NULL &&
          g_str_equal (other->root, self->root) && g_str_equal (file_path (other), name))
        return buffer_text (other->buffer);
    }

  /* Small local files: read at once, as the editor opens them. */
  filename = g_build_filename (self->root, name, NULL);
  if (g_stat (filename, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > TYPE_MAX_FILE_SIZE)
    return NULL;
  if (!g_file_get_contents (filename, &contents, &len, NULL) ||
      !g_utf8_validate (contents, len, NULL))
    return NULL;
  return g_steal_pointer (&contents);
}

/* Fills @files with what mypy needs (this buffer, and the project's other
 * Python files at its top, which it may import) and @check with the files
 * the exercise's type check names. */
static void
collect_files (DojoLiveGuidance *self,
               JsonObject       *files,
               GPtrArray        *check)
{
  const char *path = file_path (self);
  g_autofree char *text = buffer_text (self->buffer);
  guint n = 1;

  json_object_set_string_member (files, path, text);

  if (self->root != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (self->root, 0, NULL);
      const char *name;

      while (dir != NULL && n < TYPE_MAX_FILES && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *other = NULL;

          if (!g_str_has_suffix (name, ".py") || json_object_has_member (files, name) ||
              !g_utf8_validate (name, -1, NULL))
            continue;
          other = project_file_text (self, name);
          if (other == NULL)
            continue;
          json_object_set_string_member (files, name, other);
          n++;
        }
    }

  if (self->type_files != NULL)
    {
      for (guint i = 0; self->type_files[i] != NULL; i++)
        {
          const char *name = self->type_files[i];

          /* One in a folder is not at the top: read it by itself. */
          if (!json_object_has_member (files, name) && self->root != NULL)
            {
              g_autofree char *other = project_file_text (self, name);

              if (other != NULL)
                json_object_set_string_member (files, name, other);
            }
          if (json_object_has_member (files, name))
            g_ptr_array_add (check, (gpointer)name);
        }
    }
  else
    {
      g_autoptr(GList) names = json_object_get_members (files);

      for (GList *l = names; l != NULL; l = l->next)
        if (checked_by_default (l->data))
          g_ptr_array_add (check, l->data);
    }
  g_ptr_array_add (check, NULL);
}

static void
apply_type_diagnostics (DojoLiveGuidance *self,
                        JsonArray        *items)
{
  int n_lines = gtk_text_buffer_get_line_count (self->buffer);
  const char *path = file_path (self);

  clear_diagnostics (self, CLEAR_TYPE);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item;
      Diagnostic *diag;
      const char *code;
      gint64 line, col, end_line, end_col;
      GtkTextIter start, end;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);
      if (g_strcmp0 (json_object_get_string_member_with_default (item, "file", NULL), path) != 0)
        continue;
      /* Python's own words on a syntax error are underlined already. */
      code = json_object_get_string_member_with_default (item, "code", NULL);
      if (g_strcmp0 (code, "syntax") == 0)
        continue;

      line = json_object_get_int_member_with_default (item, "line", 0);
      col = MAX (json_object_get_int_member_with_default (item, "col", 0), 0);
      end_line = json_object_get_int_member_with_default (item, "end_line", line);
      end_col = json_object_get_int_member_with_default (item, "end_col", col + 1);
      if (line < 1 || line > n_lines)
        continue;

      diag = g_new0 (Diagnostic, 1);
      diag->public.kind = DOJO_DIAGNOSTIC_TYPE;
      diag->public.line = (guint)line;
      diag->public.col = (guint)col;
      diag->public.message = dojo_type_error_describe (item);
      diag->public.code = g_strdup (code);

      /* Both clamp to the line's end; one over several lines is
       * underlined on its first. */
      gtk_text_buffer_get_iter_at_line_offset (self->buffer, &start, line - 1, col);
      gtk_text_buffer_get_iter_at_line_offset (self->buffer, &end, line - 1,
                                               end_line > line ? G_MAXINT
                                                               : MAX (end_col, col + 1));
      diag->public.end_col = (guint)MAX (gtk_text_iter_get_line_offset (&end), col + 1);
      if (gtk_text_iter_equal (&start, &end) && !gtk_text_iter_starts_line (&start))
        gtk_text_iter_backward_char (&start);

      diag->start = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE));
      diag->end = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &end, FALSE));
      gtk_text_buffer_apply_tag (self->buffer, self->type_tag, &start, &end);

      g_ptr_array_add (self->diagnostics, diag);
    }
}

typedef struct
{
  DojoLiveGuidance *self;
  guint             generation;
} TypeRun;

static void
type_check_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  TypeRun *run = user_data;
  g_autoptr(DojoLiveGuidance) self = run->self;
  guint generation = run->generation;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_free (run);
  items = dojo_type_server_check_finish (DOJO_TYPE_SERVER (object), result, &error);

  /* Typing went on (or we were disposed): the answer is for older text. */
  if (generation != self->generation || self->buffer == NULL)
    return;

  end_type_check (self, FALSE);

  if (items == NULL)
    {
      /* No type checker (mypy missing, or it stopped): no type underlines,
       * rather than old ones. */
      g_debug ("No type check: %s", error->message);
      if (clear_diagnostics (self, CLEAR_TYPE) > 0)
        g_signal_emit (self, signals[DIAGNOSTICS_CHANGED], 0);
      return;
    }

  apply_type_diagnostics (self, items);
  g_signal_emit (self, signals[DIAGNOSTICS_CHANGED], 0);
}

static void start_type_check (DojoLiveGuidance *self);

/* The first tick of the frame clock comes before its frame is drawn; the
 * second, after. */
static gboolean
on_first_frame_tick (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  DojoLiveGuidance *self = user_data;

  if (!self->ticked)
    {
      self->ticked = TRUE;
      return G_SOURCE_CONTINUE;
    }

  self->first_frame_tick = 0;
  first_frame_drawn = TRUE;

  for (GList *l = all_guidances; l != NULL; l = l->next)
    {
      DojoLiveGuidance *waiting = l->data;

      if (waiting != self && waiting->first_frame_tick != 0 && waiting->view != NULL)
        gtk_widget_remove_tick_callback (GTK_WIDGET (waiting->view), waiting->first_frame_tick);
      waiting->first_frame_tick = 0;
      if (waiting->type_waiting)
        {
          waiting->type_waiting = FALSE;
          start_type_check (waiting);
        }
    }

  return G_SOURCE_REMOVE;
}

static void
start_type_check (DojoLiveGuidance *self)
{
  g_autoptr(JsonObject) files = NULL;
  g_autoptr(GPtrArray) check = NULL;
  gboolean was_busy;
  TypeRun *run;

  if (!type_check_applies (self))
    {
      /* The exercise or the file changed: none of the old ones hold. */
      if (clear_diagnostics (self, CLEAR_TYPE) > 0)
        g_signal_emit (self, signals[DIAGNOSTICS_CHANGED], 0);
      return;
    }

  /* The window shows first; the type checker (a second of work when it
   * starts) only after. */
  if (!first_frame_drawn)
    {
      self->type_waiting = TRUE;
      if (self->first_frame_tick == 0 && self->view != NULL)
        {
          self->ticked = FALSE;
          self->first_frame_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view),
                                                                 on_first_frame_tick,
                                                                 self, NULL);
        }
      return;
    }

  if (self->type_server == NULL)
    self->type_server = g_object_ref (dojo_type_server_get_default ());

  files = json_object_new ();
  check = g_ptr_array_new ();
  collect_files (self, files, check);

  was_busy = running (self);
  self->type_cancellable = g_cancellable_new ();
  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  run = g_new0 (TypeRun, 1);
  run->self = g_object_ref (self);
  run->generation = self->generation;
  dojo_type_server_check_async (self->type_server, files,
                                (const char * const *)check->pdata, self->type_mode,
                                self->type_cancellable, type_check_cb, run);
}

/* ------------------------------------------------------------------------ */

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

  /* A missing hint is underlined once: by mypy, when it looks for them. */
  json_builder_set_member_name (builder, "type_hints");
  json_builder_add_boolean_value (builder, self->type_hints && !mypy_checks_hints (self));
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

  start_type_check (self);

  python = g_find_program_in_path (self->python ? self->python : "python3");
  if (python == NULL)
    {
      g_debug ("No Python for live guidance");
      return;
    }

  request = build_request (self);

  /* INHERIT_FDS lets GLib start it with posix_spawn() instead of fork():
   * a fork of the whole app on the main thread stalled typing by 10-13 ms
   * at each pause, and the next key by as much again while the copied
   * pages were written (bench-editor). What it could inherit is harmless:
   * it is Dojo's own short-lived script, which never runs the learner's
   * code and reads only its stdin, and GLib, GTK and VTE open their file
   * descriptors close-on-exec. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE |
                                        G_SUBPROCESS_FLAGS_INHERIT_FDS);
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

/* The style's `dojo_type_error_color` (light, dark and high contrast each
 * have their own); libadwaita has loaded the style's sheets by the time
 * its style manager tells that the style changed. */
static void
update_type_color (DojoLiveGuidance *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GdkRGBA color;
  gboolean found = FALSE;

  if (self->view != NULL)
    {
      /* No other way to a named colour of the style in GTK 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      found = gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                              "dojo_type_error_color", &color);
G_GNUC_END_IGNORE_DEPRECATIONS
    }
  if (!found)
    gdk_rgba_parse (&color, adw_style_manager_get_dark (manager) ? "#99c1f1" : "#1a5fb4");
  g_object_set (self->type_tag, "underline-rgba", &color, NULL);
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

  /* A colour of its own, from the style (style*.css), so that a type
   * error is told apart from a construct not taught yet. */
  self->type_tag = gtk_text_tag_table_lookup (table, TYPE_TAG_NAME);
  if (self->type_tag == NULL)
    self->type_tag = gtk_text_buffer_create_tag (self->buffer, TYPE_TAG_NAME,
                                                 "underline", PANGO_UNDERLINE_ERROR,
                                                 NULL);
  g_object_ref (self->type_tag);
  update_type_color (self);
  self->dark_handler =
    g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                             G_CALLBACK (update_type_color), self, G_CONNECT_SWAPPED);
  self->contrast_handler =
    g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                             G_CALLBACK (update_type_color), self, G_CONNECT_SWAPPED);

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

  all_guidances = g_list_remove (all_guidances, self);
  g_clear_handle_id (&self->pause_source, g_source_remove);
  cancel_run (self);
  g_clear_object (&self->type_server);
  g_clear_signal_handler (&self->dark_handler, adw_style_manager_get_default ());
  g_clear_signal_handler (&self->contrast_handler, adw_style_manager_get_default ());

  if (self->buffer != NULL)
    {
      clear_diagnostics (self, CLEAR_ALL);
      g_clear_signal_handler (&self->changed_handler, self->buffer);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->tag);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->type_tag);
    }
  if (self->view != NULL)
    {
      g_clear_signal_handler (&self->tooltip_handler, self->view);
      if (self->first_frame_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->first_frame_tick);
    }
  self->first_frame_tick = 0;
  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->tag);
  g_clear_object (&self->type_tag);
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
  g_clear_pointer (&self->root, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->entry, g_free);
  g_clear_pointer (&self->type_files, g_strfreev);
  g_clear_pointer (&self->type_mode, g_free);

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
      g_value_set_boolean (value, running (self));
      break;
    case PROP_TYPE_CHECK:
      g_value_set_boolean (value, type_check_applies (self));
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

  /* Whether the exercise has a type check on this file (the underlines of
   * mypy's errors). */
  properties[PROP_TYPE_CHECK] =
    g_param_spec_boolean ("type-check", NULL, NULL,
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
  all_guidances = g_list_prepend (all_guidances, self);
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
      clear_diagnostics (self, CLEAR_ALL);
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
 * to Check), and its `type-check` check (its files and mode), for the
 * files it names.
 */
void
dojo_live_guidance_set_exercise (DojoLiveGuidance *self,
                                 JsonObject       *exercise)
{
  g_autoptr(JsonArray) rules = json_array_new ();
  g_autoptr(GStrvBuilder) type_files = NULL;
  const char *type_mode = NULL;
  gboolean type_hints = FALSE;
  gboolean type_check_was;
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

      /* The first type check decides (a second would only repeat it). */
      if (g_str_equal (type, "type-check"))
        {
          JsonNode *files = json_object_get_member (check, "files");

          if (type_mode != NULL)
            continue;
          type_mode = json_object_get_string_member_with_default (check, "mode", "annotated");
          if (files != NULL && JSON_NODE_HOLDS_ARRAY (files))
            {
              JsonArray *list = json_node_get_array (files);

              type_files = g_strv_builder_new ();
              for (guint j = 0; j < json_array_get_length (list); j++)
                {
                  const char *name = json_array_get_string_element (list, j);

                  if (is_plain_path (name))
                    g_strv_builder_add (type_files, name);
                }
            }
          continue;
        }

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

  type_check_was = type_check_applies (self);
  g_free (self->entry);
  self->entry = g_strdup (entry);
  g_free (self->type_mode);
  self->type_mode = g_strdup (type_mode);
  g_clear_pointer (&self->type_files, g_strfreev);
  if (type_files != NULL)
    self->type_files = g_strv_builder_end (type_files);
  if (type_check_was != type_check_applies (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_CHECK]);

  self->type_hints = type_hints;
  dojo_live_guidance_set_rules (self, json_array_get_length (rules) ? rules : NULL);
}

/**
 * dojo_live_guidance_set_file:
 * @root: (nullable): the project's folder
 * @path: (nullable): the buffer's file, relative to @root (default: the
 *   exercise's entry)
 *
 * Where the buffer's text lives: the type check names its errors by file,
 * and takes the project's other files from the other open editors or from
 * @root.
 */
void
dojo_live_guidance_set_file (DojoLiveGuidance *self,
                             const char       *root,
                             const char       *path)
{
  gboolean type_check_was;

  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));

  if (g_strcmp0 (root, self->root) == 0 && g_strcmp0 (path, self->path) == 0)
    return;

  type_check_was = type_check_applies (self);
  g_free (self->root);
  self->root = g_strdup (root);
  g_free (self->path);
  self->path = g_strdup (path);
  if (type_check_was != type_check_applies (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_CHECK]);
  dojo_live_guidance_queue (self);
}

/**
 * dojo_live_guidance_get_type_server:
 *
 * Returns: (nullable) (transfer none): the type checker this guidance uses:
 *   the one set, else the application's, once a type check has run
 */
DojoTypeServer *
dojo_live_guidance_get_type_server (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), NULL);
  return self->type_server;
}

/* Uses @server (default: dojo_type_server_get_default()). */
void
dojo_live_guidance_set_type_server (DojoLiveGuidance *self,
                                    DojoTypeServer   *server)
{
  g_return_if_fail (DOJO_IS_LIVE_GUIDANCE (self));
  g_return_if_fail (server == NULL || DOJO_IS_TYPE_SERVER (server));

  if (g_set_object (&self->type_server, server))
    dojo_live_guidance_queue (self);
}

/* Whether the exercise has a type check on this file. */
gboolean
dojo_live_guidance_get_type_check (DojoLiveGuidance *self)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), FALSE);
  return type_check_applies (self);
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
  return running (self) || self->pause_source != 0 || self->type_waiting;
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

/* Returns: (nullable): the first diagnostic of the kind @kind */
const DojoDiagnostic *
dojo_live_guidance_find_diagnostic (DojoLiveGuidance   *self,
                                    DojoDiagnosticKind  kind)
{
  g_return_val_if_fail (DOJO_IS_LIVE_GUIDANCE (self), NULL);

  for (guint i = 0; i < self->diagnostics->len; i++)
    {
      const DojoDiagnostic *diag =
        &((Diagnostic *)g_ptr_array_index (self->diagnostics, i))->public;

      if (diag->kind == kind)
        return diag;
    }

  return NULL;
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
