/* dojo-course.c: a course as one learner takes it: a pack and their progress
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-course"

#include "config.h"

#include "dojo-course.h"
#include "dojo-installer.h"
#include "dojo-paths.h"

/* Progress reaches the disk this long after it changes, so that a burst of
 * changes (open an item, mark it seen, record it as the last) is one write. */
#define SAVE_DELAY_MS 300

struct _DojoCourse
{
  GObject       parent_instance;

  DojoPack     *pack;
  DojoProgress *progress;
  guint         save_source;
  /* Ids of exercises passed at an older revision than the pack's: read on
   * first use, since it reads those exercises' files. */
  GHashTable   *changed;
};

G_DEFINE_FINAL_TYPE (DojoCourse, dojo_course, G_TYPE_OBJECT)

enum {
  ITEM_CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
save_timeout (gpointer user_data)
{
  DojoCourse *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  if (!dojo_course_save (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);

  return G_SOURCE_REMOVE;
}

static void
changed (DojoCourse   *self,
         DojoPackItem *item)
{
  if (self->save_source == 0)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);

  g_signal_emit (self, signals[ITEM_CHANGED], 0, item);
}

static void
dojo_course_dispose (GObject *object)
{
  DojoCourse *self = (DojoCourse *)object;

  /* Whatever changed last must not wait for a timeout that never comes. */
  if (self->save_source != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->save_source, g_source_remove);
      if (!dojo_course_save (self, &error))
        g_warning ("Progress could not be saved: %s", error->message);
    }

  g_clear_object (&self->pack);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->changed, g_hash_table_unref);

  G_OBJECT_CLASS (dojo_course_parent_class)->dispose (object);
}

static void
dojo_course_class_init (DojoCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_course_dispose;

  /**
   * DojoCourse::item-changed:
   * @item: the item whose progress changed
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOJO_TYPE_PACK_ITEM);

  /**
   * DojoCourse::save-failed:
   * @error: why the progress could not be written
   *
   * The progress stays in memory and is written with the next change.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
dojo_course_init (DojoCourse *self)
{
}

/**
 * dojo_course_new:
 * @pack: the course's pack
 * @progress: the learner's progress (shared by all their courses)
 */
DojoCourse *
dojo_course_new (DojoPack     *pack,
                 DojoProgress *progress)
{
  DojoCourse *self;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), NULL);

  self = g_object_new (DOJO_TYPE_COURSE, NULL);
  self->pack = g_object_ref (pack);
  self->progress = g_object_ref (progress);

  return self;
}

DojoPack *
dojo_course_get_pack (DojoCourse *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE (self), NULL);

  return self->pack;
}

DojoProgress *
dojo_course_get_progress (DojoCourse *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE (self), NULL);

  return self->progress;
}

/**
 * dojo_course_is_done:
 * @self: a course
 * @item: one of its items
 *
 * Returns: %TRUE if the learner has done @item: read it, for a lesson;
 *   passed it, for anything with checks or questions.
 */
gboolean
dojo_course_is_done (DojoCourse   *self,
                     DojoPackItem *item)
{
  DojoProgressStatus status;

  g_return_val_if_fail (DOJO_IS_COURSE (self), FALSE);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), FALSE);

  status = dojo_progress_get_status (self->progress,
                                     dojo_pack_get_id (self->pack),
                                     dojo_pack_item_get_id (item));

  if (dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_LESSON)
    return status >= DOJO_PROGRESS_SEEN;

  return status == DOJO_PROGRESS_PASSED;
}

guint
dojo_course_count_done (DojoCourse *self)
{
  guint n_items;
  guint done = 0;

  g_return_val_if_fail (DOJO_IS_COURSE (self), 0);

  n_items = dojo_pack_get_n_items (self->pack);
  for (guint i = 0; i < n_items; i++)
    if (dojo_course_is_done (self, dojo_pack_get_item (self->pack, i)))
      done++;

  return done;
}

/**
 * dojo_course_get_continue_item:
 * @self: a course
 *
 * Returns: (transfer none): where the learner goes on: the item they had
 *   open last while it is not done, and once it is, the next one not done
 *   after it; the first item for a learner who has not started. An item
 *   removed by a pack update falls back to the first one not done.
 */
DojoPackItem *
dojo_course_get_continue_item (DojoCourse *self)
{
  DojoPackItem *last = NULL;
  const char *last_id;
  guint n_items;
  int start = 0;

  g_return_val_if_fail (DOJO_IS_COURSE (self), NULL);

  n_items = dojo_pack_get_n_items (self->pack);
  if (n_items == 0)
    return NULL;

  last_id = dojo_progress_get_last_item (self->progress, dojo_pack_get_id (self->pack));
  if (last_id != NULL)
    last = dojo_pack_lookup_item (self->pack, last_id);

  if (last != NULL)
    {
      if (!dojo_course_is_done (self, last))
        return last;
      start = dojo_pack_get_item_index (self->pack, last);
    }

  /* The first item not done after the last one, wrapping round. */
  for (guint i = 0; i < n_items; i++)
    {
      DojoPackItem *item = dojo_pack_get_item (self->pack, (start + i) % n_items);

      if (!dojo_course_is_done (self, item))
        return item;
    }

  /* All done: back to where the learner was, or the start. */
  return last != NULL ? last : dojo_pack_get_item (self->pack, 0);
}

/**
 * dojo_course_get_resume_item:
 * @self: a course
 *
 * Returns: (transfer none): the item to reopen when Dojo starts: the one
 *   the learner had open last, done or not (they may have been reading
 *   it), or where Continue goes for a learner who has not started
 */
DojoPackItem *
dojo_course_get_resume_item (DojoCourse *self)
{
  const char *last_id;
  DojoPackItem *last = NULL;

  g_return_val_if_fail (DOJO_IS_COURSE (self), NULL);

  last_id = dojo_progress_get_last_item (self->progress, dojo_pack_get_id (self->pack));
  if (last_id != NULL)
    last = dojo_pack_lookup_item (self->pack, last_id);

  return last != NULL ? last : dojo_course_get_continue_item (self);
}

/**
 * dojo_course_visit:
 * @self: a course
 * @item: the item the learner opened
 *
 * Records that the learner opened @item: it is seen, and it is where
 * Continue takes them next time.
 */
void
dojo_course_visit (DojoCourse   *self,
                   DojoPackItem *item)
{
  const char *pack_id;
  const char *item_id;

  g_return_if_fail (DOJO_IS_COURSE (self));
  g_return_if_fail (DOJO_IS_PACK_ITEM (item));

  pack_id = dojo_pack_get_id (self->pack);
  item_id = dojo_pack_item_get_id (item);

  dojo_progress_mark_seen (self->progress, pack_id, item_id);
  dojo_progress_set_last_item (self->progress, pack_id, item_id);
  changed (self, item);
}

void
dojo_course_record_attempt (DojoCourse   *self,
                            DojoPackItem *item)
{
  g_return_if_fail (DOJO_IS_COURSE (self));
  g_return_if_fail (DOJO_IS_PACK_ITEM (item));

  dojo_progress_record_attempt (self->progress, dojo_pack_get_id (self->pack),
                                dojo_pack_item_get_id (item));
  changed (self, item);
}

void
dojo_course_record_hint (DojoCourse   *self,
                         DojoPackItem *item)
{
  g_return_if_fail (DOJO_IS_COURSE (self));
  g_return_if_fail (DOJO_IS_PACK_ITEM (item));

  dojo_progress_record_hint (self->progress, dojo_pack_get_id (self->pack),
                             dojo_pack_item_get_id (item));
  changed (self, item);
}

/**
 * dojo_course_is_changed:
 * @self: a course
 * @item: one of its items
 *
 * Returns: %TRUE if the learner passed @item, but the exercise has changed
 *   since (its revision went up in an update of the pack): it should be
 *   checked again
 */
gboolean
dojo_course_is_changed (DojoCourse   *self,
                        DojoPackItem *item)
{
  g_return_val_if_fail (DOJO_IS_COURSE (self), FALSE);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), FALSE);

  if (self->changed == NULL)
    {
      g_auto(GStrv) ids = dojo_installer_changed_exercises (self->pack, self->progress);

      self->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        g_hash_table_add (self->changed, g_strdup (ids[i]));
    }

  return g_hash_table_contains (self->changed, dojo_pack_item_get_id (item));
}

void
dojo_course_mark_passed (DojoCourse   *self,
                         DojoPackItem *item,
                         guint         revision)
{
  g_return_if_fail (DOJO_IS_COURSE (self));
  g_return_if_fail (DOJO_IS_PACK_ITEM (item));

  /* Passed at this revision: not changed any more. */
  if (self->changed != NULL)
    g_hash_table_remove (self->changed, dojo_pack_item_get_id (item));

  dojo_progress_mark_passed (self->progress, dojo_pack_get_id (self->pack),
                             dojo_pack_item_get_id (item), revision);
  changed (self, item);
}

void
dojo_course_record_quiz_score (DojoCourse   *self,
                               DojoPackItem *item,
                               guint         score,
                               gboolean      passed)
{
  const char *pack_id;
  const char *item_id;

  g_return_if_fail (DOJO_IS_COURSE (self));
  g_return_if_fail (DOJO_IS_PACK_ITEM (item));

  pack_id = dojo_pack_get_id (self->pack);
  item_id = dojo_pack_item_get_id (item);

  dojo_progress_record_quiz_score (self->progress, pack_id, item_id, score);
  if (passed)
    dojo_progress_mark_passed (self->progress, pack_id, item_id, 1);
  changed (self, item);
}

/**
 * dojo_course_get_project_dir:
 * @self: a course
 * @item: one of its items
 *
 * Returns: (transfer full): the learner's own folder for @item, under
 *   their projects folder, by the pack's and the item's ids (so a pack
 *   update that moves the item keeps the folder)
 */
GFile *
dojo_course_get_project_dir (DojoCourse   *self,
                             DojoPackItem *item)
{
  g_autofree char *projects = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (DOJO_IS_COURSE (self), NULL);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), NULL);

  projects = dojo_paths_get_projects_dir ();
  path = g_build_filename (projects, dojo_pack_get_id (self->pack),
                           dojo_pack_item_get_id (item), NULL);

  return g_file_new_for_path (path);
}

/**
 * dojo_course_save:
 * @self: a course
 *
 * Writes the progress now. Changes are saved by themselves a moment after
 * they happen; this is for when there is no later.
 */
gboolean
dojo_course_save (DojoCourse  *self,
                  GError     **error)
{
  g_return_val_if_fail (DOJO_IS_COURSE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  return dojo_progress_save (self->progress, error);
}
