/* dojo-document.c: one of the learner's files, loaded and saved safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-document"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-document.h"

/* Events about one file come in bursts (a truncate, writes, a close; a git
 * checkout touching many files): they are reported once it is quiet. */
#define CHANGED_QUIET_MS 60

struct _DojoDocument
{
  GObject       parent_instance;

  GFile        *file;
  GFileMonitor *monitor;
  guint         changed_source;

  /* Saves may run in worker threads; the lock and the sequence numbers make
   * sure an older text never lands on disk after a newer one. The lock also
   * guards `known`: the checksum of what the file held when the document
   * last read or wrote it (NULL before the first), which is how a save
   * tells that something else changed the file meanwhile. */
  GMutex        save_lock;
  guint64       next_sequence;
  guint64       written_sequence;
  char         *known;
};

G_DEFINE_FINAL_TYPE (DojoDocument, dojo_document, G_TYPE_OBJECT)

enum {
  CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (dojo-document-error-quark, dojo_document_error)

typedef struct
{
  GBytes   *text;
  guint64   sequence;
  gboolean  force;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_pointer (&job->text, g_bytes_unref);
  g_free (job);
}

static char *
checksum_of (const char *data,
             gsize       len)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)(data ? data : ""), len);
}

static void
dojo_document_dispose (GObject *object)
{
  DojoDocument *self = (DojoDocument *)object;

  g_clear_handle_id (&self->changed_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  G_OBJECT_CLASS (dojo_document_parent_class)->dispose (object);
}

static void
dojo_document_finalize (GObject *object)
{
  DojoDocument *self = (DojoDocument *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->known, g_free);
  g_mutex_clear (&self->save_lock);

  G_OBJECT_CLASS (dojo_document_parent_class)->finalize (object);
}

static void
dojo_document_class_init (DojoDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_document_dispose;
  object_class->finalize = dojo_document_finalize;

  /**
   * DojoDocument::changed-on-disk:
   *
   * Something happened to the file on disk (written, replaced, deleted),
   * perhaps by the document's own save: dojo_document_check_disk() tells.
   * Only emitted while the document is monitored.
   */
  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dojo_document_init (DojoDocument *self)
{
  g_mutex_init (&self->save_lock);
}

DojoDocument *
dojo_document_new (GFile *file)
{
  DojoDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (DOJO_TYPE_DOCUMENT, NULL);
  self->file = g_object_ref (file);

  return self;
}

GFile *
dojo_document_get_file (DojoDocument *self)
{
  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), NULL);

  return self->file;
}

/* Reads the file as text. Returns NULL with G_FILE_ERROR_NOENT when it is
 * not there, and DOJO_DOCUMENT_ERROR_NOT_TEXT for bytes that are not UTF-8:
 * they are refused rather than mangled, so that saving can never destroy
 * bytes the editor could not show. */
static char *
read_text (DojoDocument  *self,
           gsize         *length,
           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (self->file);
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;

  if (!g_utf8_validate_len (contents, len, NULL))
    {
      g_set_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_NOT_TEXT,
                   _("“%s” is not UTF-8 text, so Dojo cannot edit it"), path);
      return NULL;
    }

  if (length != NULL)
    *length = len;

  return g_steal_pointer (&contents);
}

/**
 * dojo_document_load:
 * @self: a document
 * @length: (out) (optional): the length of the text
 *
 * Reads the file, and remembers what it held: a later save refuses to
 * replace it if something else changed it meanwhile.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 */
char *
dojo_document_load (DojoDocument  *self,
                    gsize         *length,
                    GError       **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), NULL);

  contents = read_text (self, &len, error);
  if (contents == NULL)
    return NULL;

  dojo_document_accept (self, contents, len);

  if (length != NULL)
    *length = len;

  return g_steal_pointer (&contents);
}

/* With the lock held: what the file holds now, compared with what the
 * document last read or wrote. */
static DojoDocumentDiskState
disk_state_locked (DojoDocument  *self,
                   char         **contents,
                   gsize         *length,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *raw = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &raw, &len, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return DOJO_DOCUMENT_DISK_DELETED;

      g_propagate_error (error, g_steal_pointer (&local_error));
      return DOJO_DOCUMENT_DISK_CHANGED;
    }

  sum = checksum_of (raw, len);
  if (self->known != NULL && g_str_equal (sum, self->known))
    return DOJO_DOCUMENT_DISK_SAME;

  if (!g_utf8_validate_len (raw, len, NULL))
    g_set_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_NOT_TEXT,
                 _("“%s” is not UTF-8 text, so Dojo cannot edit it"), path);
  else
    {
      if (length != NULL)
        *length = len;
      if (contents != NULL)
        *contents = g_steal_pointer (&raw);
    }

  return DOJO_DOCUMENT_DISK_CHANGED;
}

/**
 * dojo_document_check_disk:
 * @self: a document
 * @contents: (out) (optional) (transfer full): the file's new text, when it changed
 * @length: (out) (optional): its length
 *
 * Reads the file and tells whether something else changed it since the
 * document last read or wrote it. A change to bytes that are not text is
 * %DOJO_DOCUMENT_DISK_CHANGED with @error set and no @contents. Waits for a
 * save in progress, so the document's own writes are never taken for
 * someone else's.
 */
DojoDocumentDiskState
dojo_document_check_disk (DojoDocument  *self,
                          char         **contents,
                          gsize         *length,
                          GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), DOJO_DOCUMENT_DISK_SAME);

  if (contents != NULL)
    *contents = NULL;
  if (length != NULL)
    *length = 0;

  locker = g_mutex_locker_new (&self->save_lock);

  return disk_state_locked (self, contents, length, error);
}

/**
 * dojo_document_accept:
 * @self: a document
 * @contents: what the file holds now
 * @length: its length, or -1 if it is nul-terminated
 *
 * Records that the editor now shows @contents, the file's own text (after
 * loading a change made outside): saves compare with it from now on.
 */
void
dojo_document_accept (DojoDocument *self,
                      const char   *contents,
                      gssize        length)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_if_fail (DOJO_IS_DOCUMENT (self));
  g_return_if_fail (contents != NULL);

  if (length < 0)
    length = strlen (contents);

  locker = g_mutex_locker_new (&self->save_lock);
  g_free (self->known);
  self->known = checksum_of (contents, length);
}

/**
 * dojo_document_matches:
 * @self: a document
 * @text: a text
 * @length: its length, or -1 if it is nul-terminated
 *
 * Returns: whether @text is what the file held when the document last read
 *   or wrote it (an edit undone and redone is no change)
 */
gboolean
dojo_document_matches (DojoDocument *self,
                       const char   *text,
                       gssize        length)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *sum = NULL;

  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  sum = checksum_of (text, length < 0 ? strlen (text) : (gsize)length);
  locker = g_mutex_locker_new (&self->save_lock);

  return self->known != NULL && g_str_equal (sum, self->known);
}

static gboolean
write_job (DojoDocument  *self,
           SaveJob       *job,
           GError       **error)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->save_lock);
  gsize len = 0;
  const char *data = g_bytes_get_data (job->text, &len);

  /* A newer save already reached the disk: this one has nothing to add. */
  if (job->sequence < self->written_sequence)
    return TRUE;

  /* Never replace what someone else wrote (the Shell, git, a restore, a
   * file manager) with text typed before it: the editor decides with the
   * learner what to keep. Compared by content, not modification time: two
   * writes within one tick of the file system's clock have the same time. */
  if (self->known != NULL && !job->force &&
      disk_state_locked (self, NULL, NULL, NULL) != DOJO_DOCUMENT_DISK_SAME)
    {
      g_autofree char *name = g_file_get_basename (self->file);

      g_set_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed outside the editor since it was opened"), name);
      return FALSE;
    }

  /* Write to a temporary file, flush it and rename it over the old one, so a
   * crash or a full disk leaves either the old text or the new, never half. */
  if (!g_file_set_contents_full (path, data ? data : "", len,
                                 (G_FILE_SET_CONTENTS_CONSISTENT |
                                  G_FILE_SET_CONTENTS_DURABLE),
                                 0644, error))
    return FALSE;

  self->written_sequence = job->sequence;
  g_free (self->known);
  self->known = checksum_of (data, len);

  return TRUE;
}

static SaveJob *
save_job_new (DojoDocument *self,
              const char   *text,
              gssize        length,
              gboolean      force)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  if (length < 0)
    length = strlen (text);

  job->text = g_bytes_new (text, length);
  job->force = force;
  /* Taken under the lock: the next number must not be handed out twice. */
  g_mutex_lock (&self->save_lock);
  job->sequence = ++self->next_sequence;
  g_mutex_unlock (&self->save_lock);

  return job;
}

static gboolean
save_now (DojoDocument  *self,
          const char    *text,
          gssize         length,
          gboolean       force,
          GError       **error)
{
  SaveJob *job = save_job_new (self, text, length, force);
  gboolean ret = write_job (self, job, error);

  save_job_free (job);

  return ret;
}

/**
 * dojo_document_save:
 * @self: a document
 * @text: the text to write
 * @length: the length of @text, or -1 if it is nul-terminated
 *
 * Writes @text atomically, waiting for it. Use it where waiting is right
 * (quitting, tests); the editor saves with dojo_document_save_async().
 * Fails with %DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK if something else changed
 * or deleted the file since the document last read or wrote it.
 */
gboolean
dojo_document_save (DojoDocument  *self,
                    const char    *text,
                    gssize         length,
                    GError       **error)
{
  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return save_now (self, text, length, FALSE, error);
}

/**
 * dojo_document_overwrite:
 * @self: a document
 * @text: the text to write
 * @length: the length of @text, or -1 if it is nul-terminated
 *
 * Like dojo_document_save(), but replaces the file even if something else
 * changed it: for when the learner chose their own version, and the other
 * one is kept elsewhere.
 */
gboolean
dojo_document_overwrite (DojoDocument  *self,
                         const char    *text,
                         gssize         length,
                         GError       **error)
{
  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return save_now (self, text, length, TRUE, error);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  DojoDocument *self = source_object;
  SaveJob *job = task_data;
  GError *error = NULL;

  if (write_job (self, job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dojo_document_save_async (DojoDocument        *self,
                          const char          *text,
                          gssize               length,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOJO_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_document_save_async);
  g_task_set_task_data (task, save_job_new (self, text, length, FALSE),
                        (GDestroyNotify)save_job_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
dojo_document_save_finish (DojoDocument  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
emit_changed (gpointer user_data)
{
  DojoDocument *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals[CHANGED_ON_DISK], 0);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (DojoDocument      *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;

  g_clear_handle_id (&self->changed_source, g_source_remove);
  self->changed_source = g_timeout_add (CHANGED_QUIET_MS, emit_changed, self);
}

/**
 * dojo_document_set_monitored:
 * @self: a document
 * @monitored: whether to watch the file
 *
 * While monitored, #DojoDocument::changed-on-disk tells when the file may
 * have changed: the Shell, git, a restore or a file manager wrote it.
 */
void
dojo_document_set_monitored (DojoDocument *self,
                             gboolean      monitored)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DOJO_IS_DOCUMENT (self));

  if (monitored == (self->monitor != NULL))
    return;

  if (!monitored)
    {
      g_clear_handle_id (&self->changed_source, g_source_remove);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
      return;
    }

  /* The file monitor watches the folder for the file's name, so a file
   * replaced by a rename (how git and most editors write) is still seen. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      /* Without it, the checks before every action still catch changes. */
      g_message ("Cannot watch %s for changes: %s",
                 g_file_peek_path (self->file), error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed",
                           G_CALLBACK (on_monitor_changed), self, G_CONNECT_SWAPPED);
}
