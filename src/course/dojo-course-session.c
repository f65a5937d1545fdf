/* dojo-course-session.c: the course item a learner has open, without GTK
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-course-session"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "dojo-course-session.h"
#include "dojo-repo.h"

/* What opening a course item does, in one place the window and the tests
 * share: which project folder it has, what it starts with, what the lesson
 * pane shows, which files open, and what the learner's progress records.
 * The window only shows it. */
struct _DojoCourseSession
{
  GObject        parent_instance;

  DojoCourse    *course;
  DojoPackItem  *item;
  DojoExercise  *exercise;
  DojoQuiz      *quiz;
  DojoProject   *project;
  char          *text;
  GFile         *text_base_dir;
  GStrv          open_files;
};

G_DEFINE_FINAL_TYPE (DojoCourseSession, dojo_course_session, G_TYPE_OBJECT)

static void
dojo_course_session_finalize (GObject *object)
{
  DojoCourseSession *self = (DojoCourseSession *)object;

  g_clear_object (&self->course);
  g_clear_object (&self->item);
  g_clear_object (&self->exercise);
  g_clear_object (&self->quiz);
  g_clear_object (&self->project);
  g_clear_object (&self->text_base_dir);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->open_files, g_strfreev);

  G_OBJECT_CLASS (dojo_course_session_parent_class)->finalize (object);
}

static void
dojo_course_session_class_init (DojoCourseSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_course_session_finalize;
}

static void
dojo_course_session_init (DojoCourseSession *self)
{
}

DojoCourseSession *
dojo_course_session_new (DojoCourse *course)
{
  DojoCourseSession *self;

  g_return_val_if_fail (DOJO_IS_COURSE (course), NULL);

  self = g_object_new (DOJO_TYPE_COURSE_SESSION, NULL);
  self->course = g_object_ref (course);

  return self;
}

DojoCourse *
dojo_course_session_get_course (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->course;
}

static const char *
pack_id (DojoCourseSession *self)
{
  return dojo_pack_get_id (dojo_course_get_pack (self->course));
}

/* What opening an item gives; moved into the session only once all of it
 * worked, so a broken item leaves the learner where they were. */
typedef struct
{
  DojoExercise *exercise;
  DojoQuiz     *quiz;
  DojoProject  *project;
  char         *text;
  GFile        *text_base_dir;
  GStrv         open_files;
} Opened;

static void
opened_clear (Opened *opened)
{
  g_clear_object (&opened->exercise);
  g_clear_object (&opened->quiz);
  g_clear_object (&opened->project);
  g_clear_object (&opened->text_base_dir);
  g_clear_pointer (&opened->text, g_free);
  g_clear_pointer (&opened->open_files, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Opened, opened_clear)

static gboolean
open_exercise (DojoCourseSession  *self,
               DojoPackItem       *item,
               GFile              *project_dir,
               Opened             *opened,
               GError            **error)
{
  DojoPack *pack = dojo_course_get_pack (self->course);
  const char *instructions;

  opened->exercise = dojo_exercise_new (pack, dojo_pack_item_get_id (item), error);
  if (opened->exercise == NULL)
    return FALSE;

  /* The exercise's title heads its instructions, unless they have one. */
  instructions = dojo_exercise_get_instructions (opened->exercise);
  if (g_str_has_prefix (instructions, "# "))
    opened->text = g_strdup (instructions);
  else
    opened->text = g_strdup_printf ("# %s\n\n%s", dojo_exercise_get_title (opened->exercise),
                                    instructions);
  opened->text_base_dir = g_object_ref (dojo_exercise_get_directory (opened->exercise));

  /* The starter files are written once; after that the folder holds the
   * learner's work, which is never overwritten. */
  if (!dojo_exercise_write_starter (opened->exercise, project_dir, error))
    return FALSE;

  opened->project = dojo_project_new (project_dir, dojo_exercise_get_entry (opened->exercise));
  opened->open_files = g_strdupv ((char **)dojo_exercise_get_open_files (opened->exercise));

  return dojo_project_ensure (opened->project, "", error);
}

static gboolean
open_quiz (DojoCourseSession  *self,
           DojoPackItem       *item,
           GFile              *project_dir,
           Opened             *opened,
           GError            **error)
{
  DojoPack *pack = dojo_course_get_pack (self->course);
  DojoProgress *progress = dojo_course_get_progress (self->course);
  g_autoptr(JsonNode) root = NULL;

  root = dojo_pack_read_item_json (pack, item, error);
  if (root == NULL)
    return FALSE;

  opened->quiz = dojo_quiz_new_from_json (root, dojo_pack_item_get_id (item), error);
  if (opened->quiz == NULL)
    return FALSE;

  /* The attempt number orders the questions: a learner who restarts Dojo
   * sees the same quiz they were taking. */
  dojo_quiz_start (opened->quiz, g_get_user_name (),
                   dojo_progress_get_attempts (progress, pack_id (self),
                                               dojo_pack_item_get_id (item)));

  /* A folder for trying code while answering, as for a lesson. */
  opened->project = dojo_project_new (project_dir, "main.py");

  return dojo_project_ensure (opened->project,
                              _("# Try things out here while you answer, then press Run (F5).\n"),
                              error);
}

static gboolean
open_lesson (DojoCourseSession  *self,
             DojoPackItem       *item,
             GFile              *project_dir,
             Opened             *opened,
             GError            **error)
{
  DojoPack *pack = dojo_course_get_pack (self->course);
  g_autoptr(GFile) file = NULL;

  opened->text = dojo_pack_read_item_text (pack, item, error);
  if (opened->text == NULL)
    return FALSE;

  /* Images in a lesson are relative to the lesson's own folder. */
  file = dojo_pack_resolve (pack, dojo_pack_item_get_path (item), error);
  if (file == NULL)
    return FALSE;
  opened->text_base_dir = g_file_get_parent (file);

  /* Every lesson has a folder of the learner's own too, so what they tried
   * while reading is still there when they come back to it. */
  opened->project = dojo_project_new (project_dir, "main.py");

  return dojo_project_ensure (opened->project,
                              /* Translators: the first line of the learner's file for a lesson. */
                              _("# Type the lesson's examples here, then press Run (F5).\n"),
                              error);
}

/**
 * dojo_course_session_open_item:
 * @self: a session
 * @item_id: an item of the session's course
 *
 * Opens the item: its project folder exists afterwards (a git repository,
 * with an exercise's starter files written the first time), its text and
 * files are ready to show, and the course records the visit. On failure
 * the session keeps the item it had.
 */
gboolean
dojo_course_session_open_item (DojoCourseSession  *self,
                               const char         *item_id,
                               GError            **error)
{
  g_auto(Opened) opened = { NULL, };
  g_autoptr(GFile) project_dir = NULL;
  DojoPackItem *item;
  gboolean ok;

  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  item = dojo_pack_lookup_item (dojo_course_get_pack (self->course), item_id);
  if (item == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The course has no part called “%s”"), item_id);
      return FALSE;
    }

  project_dir = dojo_course_get_project_dir (self->course, item);

  switch (dojo_pack_item_get_item_type (item))
    {
    case DOJO_PACK_ITEM_EXERCISE:
    case DOJO_PACK_ITEM_PROJECT:
      ok = open_exercise (self, item, project_dir, &opened, error);
      break;

    case DOJO_PACK_ITEM_QUIZ:
      ok = open_quiz (self, item, project_dir, &opened, error);
      break;

    case DOJO_PACK_ITEM_LESSON:
    default:
      ok = open_lesson (self, item, project_dir, &opened, error);
      break;
    }

  if (!ok)
    return FALSE;

  if (opened.open_files == NULL)
    {
      const char *entry = dojo_project_get_entry (opened.project);

      opened.open_files = g_strdupv ((char *[]) { (char *)entry, NULL });
    }

  g_set_object (&self->item, item);
  g_clear_object (&self->exercise);
  g_clear_object (&self->quiz);
  g_clear_object (&self->project);
  g_clear_object (&self->text_base_dir);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->open_files, g_strfreev);
  self->exercise = g_steal_pointer (&opened.exercise);
  self->quiz = g_steal_pointer (&opened.quiz);
  self->project = g_steal_pointer (&opened.project);
  self->text = g_steal_pointer (&opened.text);
  self->text_base_dir = g_steal_pointer (&opened.text_base_dir);
  self->open_files = g_steal_pointer (&opened.open_files);

  dojo_course_visit (self->course, item);

  return TRUE;
}

DojoPackItem *
dojo_course_session_get_item (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->item;
}

/* The exercise or project open, or NULL for a lesson or a quiz. */
DojoExercise *
dojo_course_session_get_exercise (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->exercise;
}

DojoQuiz *
dojo_course_session_get_quiz (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->quiz;
}

DojoProject *
dojo_course_session_get_project (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->project;
}

/* The Markdown the lesson pane shows: the lesson, or the exercise's
 * instructions under its title; NULL for a quiz. */
const char *
dojo_course_session_get_text (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->text;
}

/* Where the text's images and links are relative to. */
GFile *
dojo_course_session_get_text_base_dir (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return self->text_base_dir;
}

/* The files that open as tabs the first time, relative to the project
 * folder, the first one shown. */
const char * const *
dojo_course_session_get_open_files (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  return (const char * const *)self->open_files;
}

DojoPackItem *
dojo_course_session_get_next_item (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  if (self->item == NULL)
    return NULL;

  return dojo_pack_get_next_item (dojo_course_get_pack (self->course), self->item);
}

DojoPackItem *
dojo_course_session_get_previous_item (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  if (self->item == NULL)
    return NULL;

  return dojo_pack_get_previous_item (dojo_course_get_pack (self->course), self->item);
}

gboolean
dojo_course_session_is_exercise_passed (DojoCourseSession *self,
                                        const char        *item_id)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return dojo_progress_get_status (dojo_course_get_progress (self->course), pack_id (self),
                                   item_id) == DOJO_PROGRESS_PASSED;
}

/**
 * dojo_course_session_dup_solution:
 * @self: a session
 *
 * Returns: (transfer full) (nullable): the model solution of the exercise
 *   open (of its entry file, for a solution of several files), or %NULL
 */
char *
dojo_course_session_dup_solution (DojoCourseSession *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  GFile *solution;

  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);

  if (self->exercise == NULL ||
      (solution = dojo_exercise_get_solution_file (self->exercise)) == NULL)
    return NULL;

  /* A folder holds a solution of several files; the entry file is the one
   * to compare with. */
  if (g_file_query_file_type (solution, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
      G_FILE_TYPE_DIRECTORY)
    file = g_file_resolve_relative_path (solution, dojo_exercise_get_entry (self->exercise));
  else
    file = g_object_ref (solution);

  if (!g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL))
    return NULL;

  return g_steal_pointer (&contents);
}

/* Whether the exercise's policy lets the learner see the solution now. */
gboolean
dojo_course_session_get_solution_available (DojoCourseSession *self)
{
  DojoProgress *progress;
  const char *item_id;

  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), FALSE);

  if (self->exercise == NULL)
    return FALSE;

  progress = dojo_course_get_progress (self->course);
  item_id = dojo_pack_item_get_id (self->item);

  return dojo_exercise_solution_available (self->exercise,
                                           dojo_course_session_is_exercise_passed (self, item_id),
                                           dojo_progress_get_attempts (progress, pack_id (self),
                                                                       item_id));
}

guint
dojo_course_session_get_hints_used (DojoCourseSession *self)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), 0);

  if (self->item == NULL)
    return 0;

  return dojo_progress_get_hints_used (dojo_course_get_progress (self->course), pack_id (self),
                                       dojo_pack_item_get_id (self->item));
}

/* A Check was started, or a quiz retaken. */
void
dojo_course_session_record_attempt (DojoCourseSession *self)
{
  g_return_if_fail (DOJO_IS_COURSE_SESSION (self));

  if (self->item != NULL)
    dojo_course_record_attempt (self->course, self->item);
}

void
dojo_course_session_record_hint (DojoCourseSession *self)
{
  g_return_if_fail (DOJO_IS_COURSE_SESSION (self));

  if (self->item != NULL)
    dojo_course_record_hint (self->course, self->item);
}

void
dojo_course_session_record_quiz_score (DojoCourseSession *self,
                                       guint              score,
                                       gboolean           passed)
{
  g_return_if_fail (DOJO_IS_COURSE_SESSION (self));

  if (self->item != NULL)
    dojo_course_record_quiz_score (self->course, self->item, score, passed);
}

/**
 * dojo_course_session_record_verdict:
 * @self: a session
 * @verdict: what Check said of the exercise open
 *
 * Records a pass in the learner's progress, at the exercise's revision.
 *
 * Returns: whether the exercise passed
 */
gboolean
dojo_course_session_record_verdict (DojoCourseSession *self,
                                    DojoVerdict       *verdict)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), FALSE);
  g_return_val_if_fail (DOJO_IS_VERDICT (verdict), FALSE);

  if (self->exercise == NULL || !dojo_verdict_get_passed (verdict))
    return FALSE;

  dojo_course_mark_passed (self->course, self->item, dojo_exercise_get_revision (self->exercise));

  return TRUE;
}

static void
checkpoint_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *id = dojo_repo_commit_finish (DOJO_REPO (object), result, &error);

  if (id == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, id, g_free);
}

/**
 * dojo_course_session_checkpoint_async:
 * @self: a session
 *
 * Commits everything in the project with a message saying the exercise
 * passes: the only commit Dojo makes by itself, when the learner turned
 * checkpoints on. The finish function returns the commit's id.
 */
void
dojo_course_session_checkpoint_async (DojoCourseSession   *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *message = NULL;
  GError *error = NULL;

  g_return_if_fail (DOJO_IS_COURSE_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_course_session_checkpoint_async);

  if (self->exercise == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only an exercise has checkpoints"));
      return;
    }

  repo = dojo_repo_open (dojo_project_get_directory (self->project), &error);
  if (repo == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Translators: the message of an automatic commit; %s is an exercise's title. */
  message = g_strdup_printf (_("Checkpoint: “%s” passes"), dojo_exercise_get_title (self->exercise));
  dojo_repo_commit_async (repo, message, DOJO_COMMIT_ALL, cancellable,
                          checkpoint_cb, g_steal_pointer (&task));
}

char *
dojo_course_session_checkpoint_finish (DojoCourseSession  *self,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ------------------------------------------------------------------------ */
/* Reset to the starter */

#define KEPT_BRANCH_PREFIX "earlier-attempt"

typedef struct
{
  GFile      *directory;
  GHashTable *starter;   /* relative path → text */
  char       *message;
} ResetJob;

static void
reset_job_free (ResetJob *job)
{
  g_clear_object (&job->directory);
  g_clear_pointer (&job->starter, g_hash_table_unref);
  g_clear_pointer (&job->message, g_free);
  g_free (job);
}

/* Deletes what the learner added that the starter does not have, so the
 * folder looks as it did the first time. Ignored files stay (they are not
 * in the kept commit: the learner's data, Python's caches), and so do the
 * .git folder and a .gitignore Dojo wrote when it made the repository. */
static gboolean
remove_added_files (DojoRepo    *repo,
                    GFile       *root,
                    GFile       *folder,
                    GHashTable  *starter,
                    GError     **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (children == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (children, &info, &child, NULL, error) && info != NULL)
    {
      g_autofree char *relative = g_file_get_relative_path (root, child);
      gboolean is_dir = g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY;

      if (relative == NULL || g_str_equal (relative, ".git") ||
          (g_str_equal (relative, ".gitignore") && !g_hash_table_contains (starter, relative)) ||
          g_hash_table_contains (starter, relative) || dojo_repo_is_ignored (repo, relative))
        continue;

      if (is_dir)
        {
          if (!remove_added_files (repo, root, child, starter, error))
            return FALSE;
          /* Emptied: it goes too; still holding ignored files: it stays. */
          g_file_delete (child, NULL, NULL);
        }
      else if (!g_file_delete (child, NULL, error))
        return FALSE;
    }

  return error == NULL || *error == NULL;
}

static gboolean
write_starter (GFile       *root,
               GHashTable  *starter,
               GError     **error)
{
  GHashTableIter iter;
  gpointer name;
  gpointer text;

  g_hash_table_iter_init (&iter, starter);
  while (g_hash_table_iter_next (&iter, &name, &text))
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (root, name);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0755) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not make the folder %s: %s"), dir, g_strerror (saved_errno));
          return FALSE;
        }

      /* A starter file the learner turned into a folder or a link is
       * replaced too: it is kept in the commit. */
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GFile) in_the_way = g_file_new_for_path (path);

          if (!g_file_delete (in_the_way, NULL, error))
            return FALSE;
        }

      if (!g_file_set_contents_full (path, text, -1,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0644, error))
        return FALSE;
    }

  return TRUE;
}

static void
reset_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ResetJob *job = task_data;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *branch = NULL;
  GError *error = NULL;

  repo = dojo_repo_open (job->directory, &error);
  if (repo == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* First the learner's work is safe in a commit; only then does anything
   * on disk change. */
  branch = dojo_repo_keep_work (repo, KEPT_BRANCH_PREFIX, job->message, &error);
  if (branch == NULL ||
      !remove_added_files (repo, job->directory, job->directory, job->starter, &error) ||
      !write_starter (job->directory, job->starter, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&branch), g_free);
}

/**
 * dojo_course_session_reset_async:
 * @self: a session with an exercise open
 *
 * Starts the exercise over: the learner's work as it is now is kept as a
 * commit on a branch of its own (`earlier-attempt-N`, the current branch,
 * its history and the staging area untouched), then the project folder
 * gets the starter files back and loses the files the learner added
 * (ignored ones stay). The finish function returns the branch's name.
 */
void
dojo_course_session_reset_async (DojoCourseSession   *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char * const *names;
  ResetJob *job;

  g_return_if_fail (DOJO_IS_COURSE_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_course_session_reset_async);

  if (self->exercise == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only an exercise can start over from its starter files"));
      return;
    }

  job = g_new0 (ResetJob, 1);
  job->directory = g_object_ref (dojo_project_get_directory (self->project));
  job->starter = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names = dojo_exercise_get_starter_names (self->exercise);
  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (job->starter, g_strdup (names[i]),
                         g_strdup (dojo_exercise_get_starter_content (self->exercise, names[i])));
  /* Translators: a commit message; %s is an exercise's title. */
  job->message = g_strdup_printf (_("Work on “%s”, kept before starting over"),
                                  dojo_exercise_get_title (self->exercise));
  g_task_set_task_data (task, job, (GDestroyNotify)reset_job_free);
  g_task_run_in_thread (task, reset_in_thread);
}

char *
dojo_course_session_reset_finish (DojoCourseSession  *self,
                                  GAsyncResult       *result,
                                  GError            **error)
{
  g_return_val_if_fail (DOJO_IS_COURSE_SESSION (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
