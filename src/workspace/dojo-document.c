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

struct _DojoDocument
{
  GObject  parent_instance;

  GFile   *file;

  /* Saves may run in worker threads; the lock and the sequence numbers make
   * sure an older text never lands on disk after a newer one. */
  GMutex   save_lock;
  guint64  next_sequence;
  guint64  written_sequence;
};

G_DEFINE_FINAL_TYPE (DojoDocument, dojo_document, G_TYPE_OBJECT)

typedef struct
{
  GBytes  *text;
  guint64  sequence;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_pointer (&job->text, g_bytes_unref);
  g_free (job);
}

static void
dojo_document_finalize (GObject *object)
{
  DojoDocument *self = (DojoDocument *)object;

  g_clear_object (&self->file);
  g_mutex_clear (&self->save_lock);

  G_OBJECT_CLASS (dojo_document_parent_class)->finalize (object);
}

static void
dojo_document_class_init (DojoDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_document_finalize;
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

/**
 * dojo_document_load:
 * @self: a document
 * @length: (out) (optional): the length of the text
 *
 * Reads the file. A file that is not valid UTF-8 is refused rather than
 * mangled, so that saving can never destroy bytes the editor could not show.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 */
char *
dojo_document_load (DojoDocument  *self,
                    gsize         *length,
                    GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize len = 0;

  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), NULL);

  path = g_file_get_path (self->file);

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;

  if (!g_utf8_validate_len (contents, len, NULL))
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   _("“%s” is not UTF-8 text, so Dojo cannot edit it"), path);
      return NULL;
    }

  if (length != NULL)
    *length = len;

  return g_steal_pointer (&contents);
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

  /* Write to a temporary file, flush it and rename it over the old one, so a
   * crash or a full disk leaves either the old text or the new, never half. */
  if (!g_file_set_contents_full (path, data ? data : "", len,
                                 (G_FILE_SET_CONTENTS_CONSISTENT |
                                  G_FILE_SET_CONTENTS_DURABLE),
                                 0644, error))
    return FALSE;

  self->written_sequence = job->sequence;

  return TRUE;
}

static SaveJob *
save_job_new (DojoDocument *self,
              const char   *text,
              gssize        length)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  if (length < 0)
    length = strlen (text);

  job->text = g_bytes_new (text, length);
  job->sequence = ++self->next_sequence;

  return job;
}

/**
 * dojo_document_save:
 * @self: a document
 * @text: the text to write
 * @length: the length of @text, or -1 if it is nul-terminated
 *
 * Writes @text atomically, waiting for it. Use it where waiting is right
 * (quitting, tests); the editor saves with dojo_document_save_async().
 */
gboolean
dojo_document_save (DojoDocument  *self,
                    const char    *text,
                    gssize         length,
                    GError       **error)
{
  SaveJob *job;
  gboolean ret;

  g_return_val_if_fail (DOJO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  job = save_job_new (self, text, length);
  ret = write_job (self, job, error);
  save_job_free (job);

  return ret;
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
  g_task_set_task_data (task, save_job_new (self, text, length),
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
