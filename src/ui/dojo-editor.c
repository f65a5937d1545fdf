/* dojo-editor.c: the code editor, editing one of the learner's files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-document.h"
#include "dojo-editor.h"
#include "dojo-python-indenter.h"

/* Edits reach the disk this long after typing pauses, and at least this
 * often while it goes on, so a crash loses seconds, never a session. */
#define AUTOSAVE_IDLE_MS  1000
#define AUTOSAVE_MAX_US   (5 * G_USEC_PER_SEC)

#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

struct _DojoEditor
{
  GtkWidget         parent_instance;

  GtkScrolledWindow *scroller;
  GtkSourceView     *view;
  GtkSourceBuffer   *buffer;

  DojoDocument      *document;
  GtkCssProvider    *css;
  char              *font;
  double             zoom;

  /* Every edit counts up; a save remembers the count it wrote, so it can
   * tell whether the buffer still holds what reached the disk. */
  guint64            change_count;
  guint64            saved_count;
  gint64             first_unsaved_change;
  guint              autosave_source;
};

G_DEFINE_FINAL_TYPE (DojoEditor, dojo_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE,
  PROP_FONT,
  PROP_MODIFIED,
  PROP_ZOOM,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_style_scheme (DojoEditor *self)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "classic-dark" : "classic");

  gtk_source_buffer_set_style_scheme (self->buffer, scheme);
}

static void
update_font (DojoEditor *self)
{
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *css = NULL;
  g_autofree char *family = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];
  double points = 11.0;

  desc = pango_font_description_from_string (self->font ? self->font : "Monospace 11");

  if (pango_font_description_get_family (desc) != NULL)
    family = g_strdup (pango_font_description_get_family (desc));
  else
    family = g_strdup ("Monospace");

  if (pango_font_description_get_size (desc) > 0)
    points = (double)pango_font_description_get_size (desc) / PANGO_SCALE;

  g_ascii_formatd (size, sizeof size, "%.1f", points * self->zoom);
  css = g_strdup_printf ("textview.dojo-editor { font-family: \"%s\"; font-size: %spt; }",
                         family, size);

#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_css_provider_load_from_string (self->css, css);
#else
  gtk_css_provider_load_from_data (self->css, css, -1);
#endif
}

static void
set_saved_count (DojoEditor *self,
                 guint64     count)
{
  gboolean was_modified = dojo_editor_get_modified (self);

  self->saved_count = count;

  if (was_modified != dojo_editor_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
autosave_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DojoEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_save_finish (self, result, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static gboolean
autosave_timeout (gpointer user_data)
{
  DojoEditor *self = user_data;

  self->autosave_source = 0;

  if (dojo_editor_get_modified (self))
    dojo_editor_save_async (self, NULL, autosave_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (DojoEditor *self)
{
  gboolean was_modified = dojo_editor_get_modified (self);
  gint64 now = g_get_monotonic_time ();

  self->change_count++;

  if (!was_modified)
    {
      self->first_unsaved_change = now;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  if (self->document == NULL)
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  /* Typing without a pause still saves every few seconds. */
  if (now - self->first_unsaved_change >= AUTOSAVE_MAX_US)
    self->autosave_source = g_idle_add (autosave_timeout, self);
  else
    self->autosave_source = g_timeout_add (AUTOSAVE_IDLE_MS, autosave_timeout, self);
}

static void
dojo_editor_dispose (GObject *object)
{
  DojoEditor *self = (DojoEditor *)object;

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  /* However the editor goes away (a window destroyed without a close
   * request, the app quitting), typing that has not reached the disk does
   * now. There is no one left to ask if it fails, so say it in the log. */
  if (self->document != NULL && self->buffer != NULL && dojo_editor_get_modified (self))
    {
      g_autoptr(GError) error = NULL;

      if (!dojo_editor_save (self, &error))
        g_warning ("Unsaved text could not be saved: %s", error->message);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_EDITOR);

  g_clear_object (&self->buffer);
  g_clear_object (&self->document);
  g_clear_object (&self->css);
  g_clear_pointer (&self->font, g_free);

  G_OBJECT_CLASS (dojo_editor_parent_class)->dispose (object);
}

static void
dojo_editor_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DojoEditor *self = DOJO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, dojo_editor_get_file (self));
      break;

    case PROP_FONT:
      g_value_set_string (value, self->font);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, dojo_editor_get_modified (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_editor_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DojoEditor *self = DOJO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FONT:
      if (g_strcmp0 (self->font, g_value_get_string (value)) != 0)
        {
          g_free (self->font);
          self->font = g_value_dup_string (value);
          update_font (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_ZOOM:
      dojo_editor_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focusing the editor puts the cursor in its text. */
static gboolean
dojo_editor_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DOJO_EDITOR (widget)->view));
}

static void
dojo_editor_class_init (DojoEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_editor_dispose;
  object_class->get_property = dojo_editor_get_property;
  object_class->set_property = dojo_editor_set_property;
  widget_class->grab_focus = dojo_editor_grab_focus;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FONT] =
    g_param_spec_string ("font", NULL, NULL,
                         "Monospace 11",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         ZOOM_MIN, ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoEditor::save-failed:
   * @error: what went wrong
   *
   * An autosave could not reach the disk. The text stays in the editor.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, DojoEditor, view);

  gtk_widget_class_set_css_name (widget_class, "dojoeditor");
}

static void
dojo_editor_init (DojoEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *python;
  g_autoptr(GtkSourceIndenter) indenter = dojo_python_indenter_new ();

  self->zoom = 1.0;
  self->font = g_strdup ("Monospace 11");

  gtk_widget_init_template (GTK_WIDGET (self));

  python = gtk_source_language_manager_get_language (languages, "python3");
  if (python == NULL)
    python = gtk_source_language_manager_get_language (languages, "python");

  self->buffer = gtk_source_buffer_new_with_language (python);
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, TRUE);
  gtk_source_buffer_set_highlight_syntax (self->buffer, TRUE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->view), GTK_TEXT_BUFFER (self->buffer));
  gtk_source_view_set_indenter (self->view, indenter);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Code editor"),
                                  -1);

  self->css = gtk_css_provider_new ();
  /* A provider of the view's own: the font is this editor's, not the app's.
   * Deprecated in GTK 4.10 without a per-widget replacement. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS
  update_font (self);

  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->buffer, "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dojo_editor_new (void)
{
  return g_object_new (DOJO_TYPE_EDITOR, NULL);
}

/**
 * dojo_editor_load:
 * @self: an editor
 * @file: the learner's file
 *
 * Shows @file in the editor. The text loaded cannot be undone away: undo
 * stops at what the file held.
 *
 * Returns: %TRUE if the file was read; otherwise the editor keeps what it
 *   showed before and @error says why.
 */
gboolean
dojo_editor_load (DojoEditor  *self,
                  GFile       *file,
                  GError     **error)
{
  g_autoptr(DojoDocument) document = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start;
  gsize len = 0;

  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = dojo_document_new (file);
  text = dojo_document_load (document, &len, error);
  if (text == NULL)
    return FALSE;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_set_object (&self->document, document);

  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text, len);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));

  /* What the file holds is what is saved. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  set_saved_count (self, self->change_count);

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  return TRUE;
}

GFile *
dojo_editor_get_file (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), NULL);

  return self->document ? dojo_document_get_file (self->document) : NULL;
}

GtkSourceBuffer *
dojo_editor_get_buffer (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), NULL);

  return self->buffer;
}

GtkSourceView *
dojo_editor_get_view (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), NULL);

  return self->view;
}

char *
dojo_editor_dup_text (DojoEditor *self)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (DOJO_IS_EDITOR (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);

  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, TRUE);
}

/**
 * dojo_editor_get_modified:
 * @self: an editor
 *
 * Returns: %TRUE if the editor holds text that has not reached the disk
 */
gboolean
dojo_editor_get_modified (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);

  return self->change_count != self->saved_count;
}

static gboolean
check_document (DojoEditor  *self,
                GError     **error)
{
  if (self->document != NULL)
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no file to save the text to"));
  return FALSE;
}

/**
 * dojo_editor_save:
 * @self: an editor
 *
 * Saves the text now, waiting for the disk. For quitting, where there is
 * no later; everything else uses dojo_editor_save_async().
 */
gboolean
dojo_editor_save (DojoEditor  *self,
                  GError     **error)
{
  g_autofree char *text = NULL;
  guint64 count;

  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);

  if (!check_document (self, error))
    return FALSE;

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  count = self->change_count;
  text = dojo_editor_dup_text (self);

  if (!dojo_document_save (self->document, text, -1, error))
    return FALSE;

  set_saved_count (self, count);

  return TRUE;
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DojoEditor *self = g_task_get_source_object (task);
  guint64 count = GPOINTER_TO_SIZE (g_task_get_task_data (task));
  GError *error = NULL;

  if (!dojo_document_save_finish (DOJO_DOCUMENT (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Only mark saved what was saved: edits made meanwhile stay modified. */
  if (count > self->saved_count)
    set_saved_count (self, count);

  g_task_return_boolean (task, TRUE);
}

void
dojo_editor_save_async (DojoEditor          *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (DOJO_IS_EDITOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_editor_save_async);

  if (!check_document (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  g_task_set_task_data (task, GSIZE_TO_POINTER ((gsize)self->change_count), NULL);
  text = dojo_editor_dup_text (self);
  dojo_document_save_async (self->document, text, -1, cancellable,
                            save_cb, g_steal_pointer (&task));
}

gboolean
dojo_editor_save_finish (DojoEditor    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dojo_editor_go_to_line:
 * @self: an editor
 * @line: a 1-based line number, as tracebacks print them
 *
 * Puts the cursor at the start of @line's code, scrolls it into view and
 * gives the editor the keyboard.
 */
void
dojo_editor_go_to_line (DojoEditor *self,
                        guint       line)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (DOJO_IS_EDITOR (self));
  g_return_if_fail (line >= 1);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, (int)line - 1);

  while (!gtk_text_iter_ends_line (&iter) && g_unichar_isspace (gtk_text_iter_get_char (&iter)))
    gtk_text_iter_forward_char (&iter);

  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view),
                                gtk_text_buffer_get_insert (buffer),
                                0.25, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

double
dojo_editor_get_zoom (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), 1.0);

  return self->zoom;
}

void
dojo_editor_set_zoom (DojoEditor *self,
                      double      zoom)
{
  g_return_if_fail (DOJO_IS_EDITOR (self));

  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);

  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;

  self->zoom = zoom;
  update_font (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
