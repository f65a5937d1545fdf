/* dojo-editor.c: the code editor, editing one of the learner's files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "dojo-compare-dialog.h"
#include "dojo-document.h"
#include "dojo-debug-marks.h"
#include "dojo-editor.h"
#include "dojo-paths.h"
#include "dojo-python-indenter.h"
#include "dojo-source-util.h"

/* Edits reach the disk this long after typing pauses, and at least this
 * often while it goes on, so a crash loses seconds, never a session. */
#define AUTOSAVE_IDLE_MS  1000
#define AUTOSAVE_MAX_US   (5 * G_USEC_PER_SEC)

#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

/* Whether the editor and its file agree. Out of step only when the file
 * changed or went away outside the editor while the learner had typing
 * that was not saved yet: then both versions are kept (the typing in the
 * editor and in a recovered copy, the other on disk) until they choose. */
typedef enum
{
  STATE_IN_STEP,
  STATE_CHANGED_OUTSIDE,
  STATE_DELETED_OUTSIDE,
} State;

struct _DojoEditor
{
  GtkWidget         parent_instance;

  /* The banner about two versions, built the first time it is needed
   * (dojo-editor-conflict.ui): NULL before. */
  GtkRevealer       *conflict_revealer;
  GtkLabel          *conflict_label;
  GtkWidget         *compare_button;
  GtkWidget         *keep_mine_button;
  GtkWidget         *use_other_button;
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

  State              state;
  /* While out of step: where the learner's typing is kept. */
  char              *recovered_path;
  /* The file on disk is not text: there is no other version to show. */
  guint              other_not_text : 1;
};

G_DEFINE_FINAL_TYPE (DojoEditor, dojo_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE,
  PROP_FONT,
  PROP_MODIFIED,
  PROP_OUT_OF_STEP,
  PROP_ZOOM,
  N_PROPS
};

enum {
  SAVE_FAILED,
  FILE_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_autosave (DojoEditor *self);

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
show_toast (DojoEditor *self,
            const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
  else
    g_message ("%s", text);
}

static char *
file_name (DojoEditor *self)
{
  return g_file_get_basename (dojo_document_get_file (self->document));
}

/* Writes @text to a new file in the recovered folder (or again to @path
 * when it is set), making the folders; returns the path, or NULL after a
 * message in the log (the text is still in the editor). */
static char *
write_recovered (GFile      *original,
                 const char *path,
                 const char *text,
                 gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = path ? g_strdup (path) : dojo_paths_dup_recovered_path (original);
  g_autofree char *dir = g_path_get_dirname (target);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (target, text, len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      g_message ("Could not keep a copy in %s: %s", target,
                 error ? error->message : g_strerror (errno));
      return NULL;
    }

  return g_steal_pointer (&target);
}

/* While out of step, the learner's typing is kept in its recovered copy:
 * a crash or a kill loses nothing of either version. */
static gboolean
keep_typing_safe (DojoEditor *self)
{
  g_autofree char *text = dojo_editor_dup_text (self);
  char *path = write_recovered (dojo_document_get_file (self->document), self->recovered_path,
                                text, strlen (text));

  if (path == NULL)
    return FALSE;

  g_free (self->recovered_path);
  self->recovered_path = path;

  return TRUE;
}

static void
ensure_conflict_banner (DojoEditor *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->conflict_revealer != NULL)
    return;

  builder = gtk_builder_new_from_resource ("/io/github/pydojo/Dojo/ui/dojo-editor-conflict.ui");
  self->conflict_revealer = GTK_REVEALER (gtk_builder_get_object (builder, "conflict_revealer"));
  self->conflict_label = GTK_LABEL (gtk_builder_get_object (builder, "conflict_label"));
  self->compare_button = GTK_WIDGET (gtk_builder_get_object (builder, "compare_button"));
  self->keep_mine_button = GTK_WIDGET (gtk_builder_get_object (builder, "keep_mine_button"));
  self->use_other_button = GTK_WIDGET (gtk_builder_get_object (builder, "use_other_button"));
  gtk_widget_insert_before (GTK_WIDGET (self->conflict_revealer), GTK_WIDGET (self),
                            GTK_WIDGET (self->scroller));
}

static void
update_conflict_banner (DojoEditor *self)
{
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *text = NULL;

  if (self->state == STATE_IN_STEP)
    {
      if (self->conflict_revealer != NULL)
        gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
      return;
    }

  ensure_conflict_banner (self);

  name = file_name (self);
  if (self->state == STATE_DELETED_OUTSIDE)
    {
      /* Translators: %s is a file name. */
      what = g_strdup_printf (_("%s was deleted or renamed outside the editor while you were "
                                "typing. Your text is still here: save it again, or close "
                                "it."), name);
      gtk_button_set_label (GTK_BUTTON (self->keep_mine_button), _("_Save It Again"));
      gtk_button_set_label (GTK_BUTTON (self->use_other_button), _("C_lose It"));
    }
  else
    {
      /* Translators: %s is a file name. */
      what = g_strdup_printf (_("%s was changed outside the editor (in the Shell, by git or by "
                                "another program) while you were typing. Both versions are "
                                "kept: yours is here in the editor, the other is the file on "
                                "disk. Compare them, then choose which one the file keeps."),
                              name);
      gtk_button_set_label (GTK_BUTTON (self->keep_mine_button), _("_Keep Mine"));
      gtk_button_set_label (GTK_BUTTON (self->use_other_button), _("Use the _Other Version"));
    }

  /* Without a copy (the disk refused it), the editor is the only place. */
  if (self->recovered_path != NULL)
    {
      /* Translators: %s is the path of a file. */
      copy = g_strdup_printf (_("A copy of your text is kept in “%s”."), self->recovered_path);
      text = g_strconcat (what, " ", copy, NULL);
    }
  else
    text = g_strdup (what);

  gtk_label_set_label (self->conflict_label, text);
  gtk_widget_set_visible (self->compare_button, self->state == STATE_CHANGED_OUTSIDE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.compare",
                                 self->state == STATE_CHANGED_OUTSIDE && !self->other_not_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.use-other",
                                 self->state == STATE_DELETED_OUTSIDE || !self->other_not_text);
  gtk_revealer_set_reveal_child (self->conflict_revealer, TRUE);
}

static void
set_state (DojoEditor *self,
           State       state)
{
  gboolean was_out = self->state != STATE_IN_STEP;

  self->state = state;

  if (state == STATE_IN_STEP)
    self->other_not_text = FALSE;

  update_conflict_banner (self);

  if (was_out != (state != STATE_IN_STEP))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUT_OF_STEP]);
}

static void
get_char_offset (const char *text,
                 gsize       byte,
                 int        *offset)
{
  *offset = (int)g_utf8_pointer_to_offset (text, text + byte);
}

/* Replaces the buffer's text with @text as one step the learner can undo,
 * touching only the part that differs: the cursor, the selection and the
 * line at the top of the view stay where they are unless that very part
 * changed. */
static void
replace_text (DojoEditor *self,
              const char *text,
              gsize       len)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autofree char *old = dojo_editor_dup_text (self);
  gsize old_len = strlen (old);
  gsize prefix = 0;
  gsize suffix = 0;
  int start_offset;
  int end_offset;
  GtkTextIter start;
  GtkTextIter end;
  GtkTextIter top;
  GdkRectangle visible;
  GtkTextMark *top_mark;

  while (prefix < old_len && prefix < len && old[prefix] == text[prefix])
    prefix++;
  /* Cut on a character, not inside one. */
  while (prefix > 0 && prefix < old_len && (old[prefix] & 0xC0) == 0x80)
    prefix--;
  while (suffix < old_len - prefix && suffix < len - prefix &&
         old[old_len - 1 - suffix] == text[len - 1 - suffix])
    suffix++;
  while (suffix > 0 && (old[old_len - suffix] & 0xC0) == 0x80)
    suffix--;

  if (prefix == old_len && old_len == len)
    return;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self->view), &visible);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self->view), &top, visible.y, NULL);
  top_mark = gtk_text_buffer_create_mark (buffer, NULL, &top, TRUE);

  get_char_offset (old, prefix, &start_offset);
  get_char_offset (old, old_len - suffix, &end_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text + prefix, (int)(len - prefix - suffix));
  gtk_text_buffer_end_user_action (buffer);

  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view), top_mark, 0.0, TRUE, 0.0, 0.0);
  gtk_text_buffer_delete_mark (buffer, top_mark);
}

/* Shows the file's new text, which is then what is saved. */
static void
follow_disk (DojoEditor *self,
             const char *contents,
             gsize       len)
{
  replace_text (self, contents, len);
  dojo_document_accept (self->document, contents, len);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  set_saved_count (self, self->change_count);
}

static void
drop_recovered_copy (DojoEditor *self)
{
  if (self->recovered_path != NULL)
    g_unlink (self->recovered_path);
  g_clear_pointer (&self->recovered_path, g_free);
}

/**
 * dojo_editor_sync_with_disk:
 * @self: an editor
 *
 * Reads the file now and follows it: a change made outside the editor is
 * shown at once if the learner has no unsaved typing; if they have, both
 * versions are kept and a banner lets them choose. If the file is gone and
 * nothing is unsaved, #DojoEditor::file-deleted is emitted. The editor
 * does this by itself when the file changes; call it after Dojo changed
 * files itself (a restore, a branch switch) so that it happens at once.
 */
void
dojo_editor_sync_with_disk (DojoEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  DojoDocumentDiskState disk;
  gsize len = 0;

  g_return_if_fail (DOJO_IS_EDITOR (self));

  if (self->document == NULL)
    return;

  /* Typing undone back to what the file held is nothing unsaved. */
  if (dojo_editor_get_modified (self) && self->state == STATE_IN_STEP)
    {
      g_autofree char *text = dojo_editor_dup_text (self);

      if (dojo_document_matches (self->document, text, -1))
        {
          g_clear_handle_id (&self->autosave_source, g_source_remove);
          set_saved_count (self, self->change_count);
        }
    }

  disk = dojo_document_check_disk (self->document, &contents, &len, &error);

  switch (disk)
    {
    case DOJO_DOCUMENT_DISK_SAME:
      /* The other change went away again (undone in the Shell, say):
       * saving is safe once more. */
      if (self->state != STATE_IN_STEP)
        {
          drop_recovered_copy (self);
          set_state (self, STATE_IN_STEP);
          if (dojo_editor_get_modified (self))
            schedule_autosave (self);
        }
      break;

    case DOJO_DOCUMENT_DISK_CHANGED:
      if (contents != NULL && !dojo_editor_get_modified (self))
        {
          follow_disk (self, contents, len);
          drop_recovered_copy (self);
          set_state (self, STATE_IN_STEP);
          break;
        }

      if (contents == NULL && error != NULL &&
          !g_error_matches (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_NOT_TEXT))
        {
          /* Unreadable for now (permissions, a passing I/O error): keep
           * everything as it is and look again at the next change. */
          g_message ("Cannot read %s: %s", g_file_peek_path (dojo_editor_get_file (self)),
                     error->message);
          break;
        }

      g_clear_handle_id (&self->autosave_source, g_source_remove);
      keep_typing_safe (self);
      self->other_not_text = contents == NULL;
      set_state (self, STATE_CHANGED_OUTSIDE);
      break;

    case DOJO_DOCUMENT_DISK_DELETED:
      if (!dojo_editor_get_modified (self) && self->state == STATE_IN_STEP)
        {
          g_signal_emit (self, signals[FILE_DELETED], 0);
          break;
        }

      g_clear_handle_id (&self->autosave_source, g_source_remove);
      keep_typing_safe (self);
      set_state (self, STATE_DELETED_OUTSIDE);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
keep_mine (DojoEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dojo_editor_dup_text (self);
  g_autofree char *other = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *name = file_name (self);
  gsize len = 0;
  guint64 count = self->change_count;

  /* The version on disk is not thrown away: it goes to the recovered
   * folder before the learner's replaces it. */
  if (self->state == STATE_CHANGED_OUTSIDE &&
      dojo_document_check_disk (self->document, &other, &len, NULL) == DOJO_DOCUMENT_DISK_CHANGED &&
      other != NULL)
    {
      kept = write_recovered (dojo_document_get_file (self->document), NULL, other, len);
      if (kept == NULL)
        {
          show_toast (self, _("The other version could not be kept, so it was not replaced"));
          return;
        }
    }
  else if (self->state == STATE_CHANGED_OUTSIDE && self->other_not_text)
    {
      g_autofree char *raw = NULL;
      g_autofree char *path = g_file_get_path (dojo_document_get_file (self->document));

      if (g_file_get_contents (path, &raw, &len, NULL))
        kept = write_recovered (dojo_document_get_file (self->document), NULL, raw, len);
      if (kept == NULL)
        {
          show_toast (self, _("The other version could not be kept, so it was not replaced"));
          return;
        }
    }

  if (!dojo_document_overwrite (self->document, text, -1, &error))
    {
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  set_saved_count (self, count);
  drop_recovered_copy (self);
  set_state (self, STATE_IN_STEP);

  if (kept != NULL)
    {
      /* Translators: %s is a file name, then the path of a copy. */
      g_autofree char *message = g_strdup_printf (_("%s keeps your version. The other one is "
                                                    "kept in “%s”."), name, kept);
      show_toast (self, message);
    }
}

static void
use_other (DojoEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = file_name (self);
  g_autofree char *message = NULL;
  DojoDocumentDiskState disk;
  gsize len = 0;

  /* Whatever happens next, the learner's typing stays in its copy. */
  if (!keep_typing_safe (self))
    {
      show_toast (self, _("Your version could not be kept, so it is still in the editor"));
      return;
    }

  /* Translators: %s is a file name, then the path of a copy. */
  message = g_strdup_printf (_("Your version of %s is kept in “%s”."), name, self->recovered_path);

  if (self->state == STATE_DELETED_OUTSIDE)
    {
      g_clear_pointer (&self->recovered_path, g_free);
      set_state (self, STATE_IN_STEP);
      set_saved_count (self, self->change_count);
      show_toast (self, message);
      g_signal_emit (self, signals[FILE_DELETED], 0);
      return;
    }

  disk = dojo_document_check_disk (self->document, &contents, &len, &error);
  if (disk == DOJO_DOCUMENT_DISK_DELETED)
    {
      /* Gone meanwhile: there is nothing to use; say so in the banner. */
      set_state (self, STATE_DELETED_OUTSIDE);
      return;
    }

  if (contents != NULL)
    follow_disk (self, contents, len);
  else if (disk == DOJO_DOCUMENT_DISK_SAME)
    {
      g_autofree char *path = g_file_get_path (dojo_document_get_file (self->document));

      if (g_file_get_contents (path, &contents, &len, NULL))
        follow_disk (self, contents, len);
    }

  if (contents == NULL)
    {
      show_toast (self, _("The other version cannot be shown in the editor"));
      return;
    }

  g_clear_pointer (&self->recovered_path, g_free);
  set_state (self, STATE_IN_STEP);
  show_toast (self, message);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DojoEditor *self = DOJO_EDITOR (widget);

  if (self->state != STATE_IN_STEP)
    keep_mine (self);
}

static void
use_other_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DojoEditor *self = DOJO_EDITOR (widget);

  if (self->state != STATE_IN_STEP)
    use_other (self);
}

static void
on_compare_chosen (DojoEditor *self,
                   gboolean    mine)
{
  if (self->state == STATE_IN_STEP)
    return;

  if (mine)
    keep_mine (self);
  else
    use_other (self);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DojoEditor *self = DOJO_EDITOR (widget);
  g_autofree char *mine = NULL;
  g_autofree char *other = NULL;
  g_autofree char *name = NULL;
  DojoCompareDialog *dialog;

  if (self->state != STATE_CHANGED_OUTSIDE ||
      dojo_document_check_disk (self->document, &other, NULL, NULL) != DOJO_DOCUMENT_DISK_CHANGED ||
      other == NULL)
    {
      dojo_editor_sync_with_disk (self);
      return;
    }

  mine = dojo_editor_dup_text (self);
  name = file_name (self);
  dialog = dojo_compare_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), name, mine, other);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_compare_chosen), self,
                           G_CONNECT_SWAPPED);
}

static void
on_document_changed_on_disk (DojoEditor *self)
{
  dojo_editor_sync_with_disk (self);
}

static void
autosave_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DojoEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (dojo_editor_save_finish (self, result, &error))
    return;

  /* The banner says what happened and what to do; a second message would
   * only repeat it. */
  if (g_error_matches (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK))
    return;

  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static gboolean
autosave_timeout (gpointer user_data)
{
  DojoEditor *self = user_data;

  self->autosave_source = 0;

  if (self->state != STATE_IN_STEP)
    keep_typing_safe (self);
  else if (dojo_editor_get_modified (self))
    dojo_editor_save_async (self, NULL, autosave_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (DojoEditor *self)
{
  gint64 now = g_get_monotonic_time ();

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  /* Typing without a pause still saves every few seconds. */
  if (now - self->first_unsaved_change >= AUTOSAVE_MAX_US)
    self->autosave_source = g_idle_add (autosave_timeout, self);
  else
    self->autosave_source = g_timeout_add (AUTOSAVE_IDLE_MS, autosave_timeout, self);
}

static void
on_buffer_changed (DojoEditor *self)
{
  gboolean was_modified = dojo_editor_get_modified (self);

  self->change_count++;

  if (!was_modified)
    {
      self->first_unsaved_change = g_get_monotonic_time ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  if (self->document != NULL)
    schedule_autosave (self);
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

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_changed_on_disk, self);
      dojo_document_set_monitored (self->document, FALSE);
    }

  if (self->conflict_revealer != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->conflict_revealer));
  self->conflict_revealer = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_EDITOR);

  g_clear_object (&self->buffer);
  g_clear_object (&self->document);
  g_clear_object (&self->css);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->recovered_path, g_free);

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

    case PROP_OUT_OF_STEP:
      g_value_set_boolean (value, dojo_editor_get_out_of_step (self));
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

  /* The file changed or went away outside the editor while the learner had
   * unsaved typing: both versions are kept until they choose. */
  properties[PROP_OUT_OF_STEP] =
    g_param_spec_boolean ("out-of-step", NULL, NULL,
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

  /**
   * DojoEditor::file-deleted:
   *
   * The file is gone (deleted, or renamed away, outside the editor) and the
   * editor held nothing that was not saved: its tab can close. Also after
   * the learner chose to close a file that went away while they typed.
   */
  signals[FILE_DELETED] =
    g_signal_new ("file-deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, DojoEditor, view);

  gtk_widget_class_install_action (widget_class, "editor.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "editor.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_install_action (widget_class, "editor.use-other", NULL, use_other_action);

  gtk_widget_class_set_css_name (widget_class, "dojoeditor");
}

static void
dojo_editor_init (DojoEditor *self)
{
  g_autoptr(GtkSourceIndenter) indenter = dojo_python_indenter_new ();

  self->zoom = 1.0;
  self->font = g_strdup ("Monospace 11");

  dojo_source_util_init ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_source_buffer_new_with_language (dojo_source_util_get_python ());
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, TRUE);
  gtk_source_buffer_set_highlight_syntax (self->buffer, TRUE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->view), GTK_TEXT_BUFFER (self->buffer));
  gtk_source_view_set_indenter (self->view, indenter);
  dojo_debug_marks_attach (self->view);

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

  dojo_source_util_follow_style (self->buffer);

  g_signal_connect_object (self->buffer, "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dojo_editor_new (void)
{
  return g_object_new (DOJO_TYPE_EDITOR, NULL);
}

static void
set_document (DojoEditor   *self,
              DojoDocument *document)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_changed_on_disk, self);
      dojo_document_set_monitored (self->document, FALSE);
    }

  g_set_object (&self->document, document);

  /* The Shell, git, a restore or a file manager may change it: follow. */
  g_signal_connect_object (document, "changed-on-disk",
                           G_CALLBACK (on_document_changed_on_disk), self, G_CONNECT_SWAPPED);
  dojo_document_set_monitored (document, TRUE);
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
  set_document (self, document);
  drop_recovered_copy (self);
  set_state (self, STATE_IN_STEP);

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

/**
 * dojo_editor_follow_rename:
 * @self: an editor
 * @file: the file's new name
 *
 * The file was renamed or moved (from the file list): the editor edits it
 * under its new name, keeping its text, undo and cursor. If the file under
 * its new name holds something else, that is handled as a change made
 * outside the editor.
 */
void
dojo_editor_follow_rename (DojoEditor *self,
                           GFile      *file)
{
  g_autoptr(DojoDocument) document = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (DOJO_IS_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL || g_file_equal (file, dojo_document_get_file (self->document)))
    return;

  document = dojo_document_new (file);
  text = dojo_editor_dup_text (self);
  /* What the file held when the editor last saved it, under its new name:
   * the same comparison as before the rename. */
  if (!dojo_editor_get_modified (self) && self->state == STATE_IN_STEP)
    dojo_document_accept (document, text, -1);
  else
    dojo_document_load (document, NULL, NULL);

  set_document (self, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  dojo_editor_sync_with_disk (self);
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

/**
 * dojo_editor_get_out_of_step:
 * @self: an editor
 *
 * Returns: %TRUE while the file changed or went away outside the editor
 *   and the learner has not chosen yet which version to keep
 */
gboolean
dojo_editor_get_out_of_step (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);

  return self->state != STATE_IN_STEP;
}

/**
 * dojo_editor_get_recovered_path:
 * @self: an editor
 *
 * Returns: (nullable): while out of step, where the learner's typing is
 *   kept besides the editor
 */
const char *
dojo_editor_get_recovered_path (DojoEditor *self)
{
  g_return_val_if_fail (DOJO_IS_EDITOR (self), NULL);

  return self->recovered_path;
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

static void
set_must_choose_error (DojoEditor  *self,
                       GError     **error)
{
  g_autofree char *name = file_name (self);

  /* Translators: %s is a file name. */
  g_set_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK,
               _("%s was changed outside the editor while you were typing: choose which "
                 "version to keep first (above the editor)"), name);
}

/**
 * dojo_editor_save:
 * @self: an editor
 *
 * Makes the learner's text safe on disk now, waiting for it: for quitting
 * and for leaving a project, where there is no later. While the file is
 * out of step (changed outside while the learner typed), the text goes to
 * its recovered copy and the file keeps the other version. Everything
 * else uses dojo_editor_save_async().
 */
gboolean
dojo_editor_save (DojoEditor  *self,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  guint64 count;

  g_return_val_if_fail (DOJO_IS_EDITOR (self), FALSE);

  if (!check_document (self, error))
    return FALSE;

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->state == STATE_IN_STEP && !dojo_editor_get_modified (self))
    return TRUE;

  count = self->change_count;
  text = dojo_editor_dup_text (self);

  if (self->state == STATE_IN_STEP &&
      dojo_document_save (self->document, text, -1, &local_error))
    {
      set_saved_count (self, count);
      return TRUE;
    }

  if (local_error != NULL &&
      !g_error_matches (local_error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Out of step, or found so now: the other version stays in the file,
   * the learner's goes to its recovered copy. */
  if (self->state == STATE_IN_STEP)
    dojo_editor_sync_with_disk (self);
  if (self->state != STATE_IN_STEP && !keep_typing_safe (self))
    {
      set_must_choose_error (self, error);
      return FALSE;
    }

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
      /* Something else wrote the file since it was read: the editor keeps
       * both versions and asks the learner. */
      if (g_error_matches (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK) &&
          object == (GObject *)self->document)
        {
          g_clear_error (&error);
          dojo_editor_sync_with_disk (self);
          if (self->state != STATE_IN_STEP)
            set_must_choose_error (self, &error);
          else if (dojo_editor_get_modified (self))
            g_set_error_literal (&error, DOJO_DOCUMENT_ERROR,
                                 DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK,
                                 _("The file changed while it was being saved; try again"));
        }

      if (error != NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  /* Only mark saved what was saved: edits made meanwhile stay modified. */
  if (count > self->saved_count && self->state == STATE_IN_STEP)
    set_saved_count (self, count);

  g_task_return_boolean (task, TRUE);
}

/**
 * dojo_editor_save_async:
 * @self: an editor
 *
 * Writes the text to its file, if it has typing that is not saved yet,
 * unless the file changed outside the editor since: then the learner
 * chooses first, and this fails with %DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK.
 * What Run, Check and the git dialogs wait for before they read the file.
 */
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

  if (self->state != STATE_IN_STEP)
    {
      keep_typing_safe (self);
      set_must_choose_error (self, &error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!dojo_editor_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

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
