/* dojo-prover.c: proving a pack: its solutions pass, its starters do not
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-prover"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-checker.h"
#include "dojo-exercise.h"
#include "dojo-installer-private.h"
#include "dojo-json.h"
#include "dojo-lesson-questions-private.h"
#include "dojo-pack-private.h"
#include "dojo-quiz.h"
#include "dojo-repo.h"
#include "dojo-prover.h"
#include "dojo-try-code.h"

/* Proving a pack: every exercise's solution passes its checks, its starter
 * does not, every predict-output answer is what Python prints, every try-code
 * solution passes.  Exercises
 * are proved two at a time; each proof is reported when the ones before it
 * are, so that reports follow the course order. */

#define PROVE_CONCURRENCY   2
#define PREDICT_TIMEOUT_S   5
#define PROVE_NAME          "Dojo Pack"
#define PROVE_EMAIL         "dojo-pack@localhost"

typedef struct _Prover Prover;

typedef struct
{
  Prover        *prover;
  DojoPackItem  *item;
  DojoProof     *proof;
  guint          errors;
  gboolean       done;

  /* An exercise or project */
  DojoExercise  *exercise;
  DojoJsonDoc   *doc;
  char          *file;          /* exercise.json or the quiz, relative to the pack */
  char          *solution_dir;
  char          *starter_dir;
  guint          n_checks;
  guint          solution_passed;
  guint          starter_failed;
  gboolean       has_solution;

  /* A quiz or a lesson: its predict-output questions, run one after the
   * other */
  GPtrArray     *questions;     /* JsonNode, owned by doc or docs */
  GPtrArray     *docs;          /* a lesson's: DojoJsonDoc of each question */
  GArray        *offsets;       /* a lesson's: guint, the line before each */
  guint          question;
  guint          n_predicted;
  guint          n_tried;
  gboolean       trying_starter;  /* a try-code question: its `code` runs */
  GSubprocess   *process;
  guint          timeout_id;
  gboolean       timed_out;
} ProveJob;

struct _Prover
{
  DojoPack       *pack;
  GPtrArray      *jobs;
  GMainLoop      *loop;
  char           *python;
  DojoChecker    *checker;        /* runs try-code questions, as the app does */
  guint           next;
  guint           running;
  guint           reported;
  DojoProverFunc  func;
  gpointer        user_data;
};

static void prove_next (Prover *prover);

/* Deletes a temporary project, never following a link out of it. */
static void
remove_tree (const char *path)
{
  if (path != NULL)
    _dojo_remove_tree (path);
}

static void
prove_job_free (ProveJob *job)
{
  remove_tree (job->solution_dir);
  remove_tree (job->starter_dir);
  g_clear_pointer (&job->solution_dir, g_free);
  g_clear_pointer (&job->starter_dir, g_free);
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  g_clear_object (&job->process);
  g_clear_object (&job->exercise);
  g_clear_pointer (&job->questions, g_ptr_array_unref);
  g_clear_pointer (&job->docs, g_ptr_array_unref);
  g_clear_pointer (&job->offsets, g_array_unref);
  g_clear_pointer (&job->doc, _dojo_json_doc_free);
  g_clear_pointer (&job->file, g_free);
  g_free (job);
}

static void G_GNUC_PRINTF (3, 4)
job_problem (ProveJob   *job,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (job->proof->problems,
                   dojo_pack_problem_new (job->file, line, DOJO_PACK_SEVERITY_ERROR,
                                          DOJO_PACK_ERROR_FAILED, message));
  job->errors++;
}

static guint
doc_line (ProveJob   *job,
          JsonNode   *object,
          const char *member)
{
  DojoJsonDoc *doc = job->doc;
  guint offset = 0;
  guint line;

  if (object == NULL || !JSON_NODE_HOLDS_OBJECT (object))
    return 0;

  /* a lesson's question: its own document, at its lines of the lesson */
  if (job->docs != NULL)
    {
      guint index;

      if (!g_ptr_array_find (job->questions, object, &index))
        return 0;
      doc = g_ptr_array_index (job->docs, index);
      offset = g_array_index (job->offsets, guint, index);
    }

  if (member != NULL && json_object_has_member (json_node_get_object (object), member))
    line = _dojo_json_doc_get_line (doc, json_object_get_member (json_node_get_object (object),
                                                                 member));
  else
    line = _dojo_json_doc_get_line (doc, object);
  return line > 0 ? line + offset : 0;
}

/* The line of the check a result belongs to; else of @fallback_member. */
static guint
result_line (ProveJob   *job,
             const char *id,
             const char *fallback_member)
{
  JsonNode *root = _dojo_json_doc_get_root (job->doc);
  JsonObject *object = json_node_get_object (root);
  JsonArray *checks = json_object_get_array_member (object, "checks");
  g_autofree char *check_of = g_strdup (id);

  /* A task of a pytest check ("tests#task-2") is on the check's line. */
  if (check_of != NULL && strstr (check_of, "#task-") != NULL)
    *strstr (check_of, "#task-") = '\0';
  id = check_of;

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonNode *check = json_array_get_element (checks, i);
      g_autofree char *fallback_id = g_strdup_printf ("check-%u", i + 1);
      const char *check_id = NULL;

      if (JSON_NODE_HOLDS_OBJECT (check) &&
          json_object_has_member (json_node_get_object (check), "id"))
        check_id = json_object_get_string_member (json_node_get_object (check), "id");
      if (g_strcmp0 (check_id ? check_id : fallback_id, id) == 0)
        return doc_line (job, check, NULL);
    }

  return doc_line (job, root, fallback_member);
}

static void
job_finished (ProveJob *job)
{
  Prover *prover = job->prover;

  job->done = TRUE;
  prover->running--;
  job->proof->file = g_strdup (job->file);
  job->proof->n_checks = job->n_checks;
  job->proof->solution_passed = job->solution_passed;
  job->proof->starter_failed = job->starter_failed;
  job->proof->has_solution = job->has_solution;
  job->proof->n_predicted = job->n_predicted;
  job->proof->n_tried = job->n_tried;

  /* Report, in course order, every job whose predecessors are done. */
  while (prover->reported < prover->jobs->len)
    {
      ProveJob *first = g_ptr_array_index (prover->jobs, prover->reported);

      if (!first->done)
        break;
      if (prover->func != NULL)
        prover->func (first->proof, prover->user_data);
      prover->reported++;
    }

  remove_tree (job->solution_dir);
  remove_tree (job->starter_dir);
  g_clear_pointer (&job->solution_dir, g_free);
  g_clear_pointer (&job->starter_dir, g_free);

  prove_next (prover);
}

static gboolean
write_project_file (const char  *dir,
                    const char  *relpath,
                    const char  *contents,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *path = g_build_filename (dir, relpath, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  if (g_mkdir_with_parents (parent, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", parent, g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_set_contents (path, contents, length, error);
}

/* Copies the files of @from (no links) over @dir, @prefix inside it. */
static gboolean
copy_tree (GFile       *from,
           const char  *dir,
           const char  *prefix,
           GError     **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (from, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (children == NULL)
    return FALSE;

  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) child = g_file_get_child (from, name);
      g_autofree char *relpath = prefix ? g_build_filename (prefix, name, NULL)
                                        : g_strdup (name);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (!copy_tree (child, dir, relpath, error))
            return FALSE;
        }
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        {
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_load_contents (child, NULL, &contents, &length, NULL, error) ||
              !write_project_file (dir, relpath, contents, length, error))
            return FALSE;
        }
    }

  return error == NULL || *error == NULL;
}

/* A fresh project: the starter files in a new repository without any
 * commit; committing is the learner's part (and the solution_steps').
 * Commits are signed by a made-up identity kept in the repository's own
 * config, never the teacher's. */
static DojoRepo *
make_project (ProveJob  *job,
              char     **dir,
              GError   **error)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GFile) project = NULL;
  g_autoptr(GFile) config = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  static const char identity[] = "[user]\n\tname = " PROVE_NAME "\n\temail = " PROVE_EMAIL "\n";

  if (!(*dir = g_dir_make_tmp ("dojo-pack-XXXXXX", error)))
    return NULL;

  project = g_file_new_for_path (*dir);
  if (!dojo_exercise_write_starter (job->exercise, project, error) ||
      !(repo = dojo_repo_init (project, error)))
    return NULL;

  config = g_file_get_child (dojo_repo_get_git_directory (repo), "config");
  if (!(stream = g_file_append_to (config, G_FILE_CREATE_NONE, NULL, error)) ||
      !g_output_stream_write_all (G_OUTPUT_STREAM (stream), identity, strlen (identity),
                                  NULL, NULL, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return NULL;

  /* Opened again, so that libgit2 reads the identity. */
  g_clear_object (&repo);
  if (!(repo = dojo_repo_open (project, error)))
    return NULL;

  return g_steal_pointer (&repo);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* "a.py, b.py", sorted, so that two lists compare as text */
static char *
join_paths (GPtrArray *paths)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; paths != NULL && i < paths->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (paths, i));
  g_ptr_array_sort (sorted, compare_paths);
  for (guint i = 0; i < sorted->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (sorted, i));
    }

  return g_string_free (text, FALSE);
}

/* Merges as the learner would, and holds the merge to what the step says:
 * exactly the conflicts it lists, or none when it lists none. */
static gboolean
apply_merge_step (JsonObject *step,
                  DojoRepo   *repo,
                  GError    **error)
{
  const char *branch = json_object_get_string_member (step, "merge");
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autofree char *got = NULL;
  g_autofree char *want = NULL;
  DojoMergeOutcome outcome;

  if (json_object_has_member (step, "conflicts"))
    {
      JsonArray *array = json_object_get_array_member (step, "conflicts");

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (expected, (gpointer)json_array_get_string_element (array, i));
    }

  outcome = dojo_repo_merge (repo, branch, NULL, &conflicts, error);
  if (outcome == (DojoMergeOutcome)-1)
    return FALSE;

  got = join_paths (outcome == DOJO_MERGE_CONFLICTS ? conflicts : NULL);
  want = join_paths (expected);
  if (g_str_equal (got, want))
    return TRUE;

  if (want[0] == '\0')
    /* Translators: %1$s is a branch, %2$s a list of files */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("merging '%1$s' stops at conflicts in %2$s, but the step expects no "
                   "conflict; list them in its \"conflicts\" if they are meant"), branch, got);
  else if (got[0] == '\0')
    /* Translators: %1$s is a branch, %2$s a list of files */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("merging '%1$s' has no conflict, but the step expects conflicts in %2$s"),
                 branch, want);
  else
    /* Translators: %1$s is a branch, %2$s and %3$s lists of files */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("merging '%1$s' stops at conflicts in %2$s, but the step expects "
                   "them in %3$s"), branch, got, want);
  return FALSE;
}

static gboolean
apply_step (ProveJob   *job,
            DojoRepo   *repo,
            JsonObject *step,
            GError    **error)
{
  if (json_object_has_member (step, "commit"))
    {
      g_autofree char *id = dojo_repo_commit (repo, json_object_get_string_member (step, "commit"),
                                              DOJO_COMMIT_ALL, error);
      return id != NULL;
    }
  if (json_object_has_member (step, "branch"))
    return dojo_repo_create_branch (repo, json_object_get_string_member (step, "branch"), error);
  if (json_object_has_member (step, "switch"))
    return dojo_repo_switch_branch (repo, json_object_get_string_member (step, "switch"), error);
  if (json_object_has_member (step, "merge"))
    return apply_merge_step (step, repo, error);
  if (json_object_has_member (step, "abort-merge"))
    return dojo_repo_abort_merge (repo, NULL, NULL, error);
  if (json_object_has_member (step, "write"))
    {
      JsonObject *write = json_object_get_object_member (step, "write");
      const char *content = json_object_get_string_member (write, "content");

      return write_project_file (job->solution_dir, json_object_get_string_member (write, "path"),
                                 content, strlen (content), error);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "unknown step");
  return FALSE;
}

/* Counts the exercise's checks that passed, and those that failed. */
static void
count_results (ProveJob    *job,
               DojoVerdict *verdict,
               guint       *passed,
               guint       *failed)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);

  *passed = *failed = 0;
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);
      const char *type = dojo_check_result_get_check_type (result);

      /* Only the exercise's own checks count: not "syntax", "gated", … */
      if (type == NULL || g_str_equal (type, "syntax") || g_str_equal (type, "entry") ||
          g_str_equal (type, "gated") || g_str_equal (type, "run"))
        continue;
      if (dojo_check_result_get_state (result) == DOJO_CHECK_STATE_PASSED ||
          !dojo_check_result_get_blocking (result))
        (*passed)++;
      else
        (*failed)++;
    }
}

static void
starter_checked (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ProveJob *job = user_data;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root = _dojo_json_doc_get_root (job->doc);
  guint passed = 0;

  if (!(verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &error)))
    job_problem (job, 0, _("the starter could not be checked: %s"), error->message);
  else
    {
      count_results (job, verdict, &passed, &job->starter_failed);
      /* A pytest check with tasks is a result per task. */
      job->n_checks = MAX (job->n_checks, passed + job->starter_failed);
      if (dojo_verdict_get_passed (verdict))
        job_problem (job, doc_line (job, root, "starter"),
                     _("the starter already passes every check; give the learner "
                       "something to do"));
    }

  job_finished (job);
}

static void
check_starter (ProveJob *job)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  if (!(repo = make_project (job, &job->starter_dir, &error)))
    {
      job_problem (job, 0, _("the starter could not be set up: %s"), error->message);
      job_finished (job);
      return;
    }

  dir = g_file_new_for_path (job->starter_dir);
  dojo_exercise_check_async (job->exercise, dir, NULL, starter_checked, job);
}

static void
solution_checked (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ProveJob *job = user_data;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  guint failed = 0;

  if (!(verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &error)))
    job_problem (job, 0, _("the solution could not be checked: %s"), error->message);
  else
    {
      GPtrArray *results = dojo_verdict_get_results (verdict);

      count_results (job, verdict, &job->solution_passed, &failed);
      job->n_checks = MAX (job->n_checks, job->solution_passed + failed);
      for (guint i = 0; i < results->len; i++)
        {
          DojoCheckResult *check = g_ptr_array_index (results, i);
          const char *message = dojo_check_result_get_message (check);

          if (dojo_check_result_get_state (check) == DOJO_CHECK_STATE_PASSED ||
              !dojo_check_result_get_blocking (check))
            continue;
          if (message == NULL)
            message = dojo_verdict_get_message (verdict);
          job_problem (job, result_line (job, dojo_check_result_get_id (check), "solution"),
                       _("the solution fails check '%s': %s"),
                       dojo_check_result_get_id (check), message ? message : _("failed"));
        }
      if (!dojo_verdict_get_passed (verdict) && job->errors == 0)
        job_problem (job, result_line (job, "", "solution"), _("the solution does not pass: %s"),
                     dojo_verdict_get_message (verdict) ? dojo_verdict_get_message (verdict)
                                                        : dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)));
    }

  check_starter (job);
}

static void
prove_exercise (ProveJob *job)
{
  Prover *prover = job->prover;
  JsonNode *root;
  JsonObject *object;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GFile) solution = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  guint error_line = 0;

  job->file = g_strconcat (dojo_pack_item_get_path (job->item), "/exercise.json", NULL);
  job->doc = _dojo_pack_read_json (_dojo_pack_get_root (prover->pack), job->file,
                                   DOJO_PACK_MAX_TEXT_SIZE, &error_line, &error);
  if (job->doc == NULL ||
      !(job->exercise = dojo_exercise_new (prover->pack, dojo_pack_item_get_id (job->item),
                                           &error)))
    {
      job_problem (job, error_line, "%s", error->message);
      job_finished (job);
      return;
    }
  if (prover->python != NULL)
    dojo_checker_set_python (dojo_exercise_get_checker (job->exercise), prover->python);

  root = _dojo_json_doc_get_root (job->doc);
  object = json_node_get_object (root);
  job->n_checks = json_array_get_length (json_object_get_array_member (object, "checks"));

  solution = dojo_exercise_get_solution_file (job->exercise);
  job->has_solution = solution != NULL;
  if (solution == NULL)
    {
      check_starter (job);
      return;
    }

  if (!(repo = make_project (job, &job->solution_dir, &error)))
    {
      job_problem (job, 0, _("the solution could not be set up: %s"), error->message);
      check_starter (job);
      return;
    }

  /* A solution file stands for the entry; a folder's files go over the
   * starter files of the same names. */
  if (g_file_query_file_type (solution, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
      G_FILE_TYPE_DIRECTORY)
    copy_tree (solution, job->solution_dir, NULL, &error);
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_load_contents (solution, NULL, &contents, &length, NULL, &error))
        write_project_file (job->solution_dir, dojo_exercise_get_entry (job->exercise),
                            contents, length, &error);
    }
  if (error != NULL)
    {
      job_problem (job, doc_line (job, root, "solution"),
                   _("the solution could not be copied: %s"), error->message);
      check_starter (job);
      return;
    }

  if (json_object_has_member (object, "solution_steps"))
    {
      JsonNode *steps = json_object_get_member (object, "solution_steps");

      for (guint i = 0; i < json_array_get_length (json_node_get_array (steps)); i++)
        {
          JsonNode *step = json_array_get_element (json_node_get_array (steps), i);

          if (!apply_step (job, repo, json_node_get_object (step), &error))
            {
              job_problem (job, doc_line (job, step, NULL),
                           _("solution step %u fails: %s"), i + 1, error->message);
              check_starter (job);
              return;
            }
        }
    }

  dir = g_file_new_for_path (job->solution_dir);
  dojo_exercise_check_async (job->exercise, dir, NULL, solution_checked, job);
}

static void predict_next (ProveJob *job);
static void try_code_next (ProveJob *job);

/* A try-code question: its solution must pass, and the code the card
 * starts with (if any) must not, or the learner has nothing to do. */
static void
try_code_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ProveJob *job = user_data;
  JsonNode *question = g_ptr_array_index (job->questions, job->question);
  JsonObject *object_q = json_node_get_object (question);
  const char *id = json_object_get_string_member (object_q, "id");
  const char *starter = dojo_json_get_string (object_q, "code");
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  const char *message = NULL;

  verdict = dojo_try_code_run_finish (result, &error);
  if (verdict != NULL)
    {
      DojoCheckResult *io = dojo_try_code_get_result (verdict);

      message = io != NULL ? dojo_check_result_get_message (io) : NULL;
      if (message == NULL)
        message = dojo_verdict_get_message (verdict);
    }

  if (verdict == NULL)
    job_problem (job, doc_line (job, question, job->trying_starter ? "code" : "solution"),
                 _("question '%s': its program could not be checked: %s"), id, error->message);
  else if (!job->trying_starter && !dojo_verdict_get_passed (verdict))
    {
      if (dojo_try_code_output_differs (verdict))
        {
          const char *actual = dojo_check_result_get_actual (dojo_try_code_get_result (verdict));
          g_autofree char *want = g_strescape (dojo_json_get_string (object_q, "answer"), NULL);
          g_autofree char *got = g_strescape (actual, NULL);

          job_problem (job, doc_line (job, question, "solution"),
                       _("question '%s': the answer is \"%s\", but the solution prints "
                         "\"%s\""), id, want, got);
        }
      else
        job_problem (job, doc_line (job, question, "solution"),
                     _("question '%s': its solution does not pass: %s"), id,
                     message ? message : _("failed"));
    }
  else if (job->trying_starter && dojo_verdict_get_passed (verdict))
    job_problem (job, doc_line (job, question, "code"),
                 _("question '%s': the code the card starts with already passes; "
                   "give the learner something to do"), id);
  else if (!job->trying_starter)
    job->n_tried++;

  if (!job->trying_starter && starter != NULL && starter[0] != '\0')
    {
      job->trying_starter = TRUE;
      try_code_next (job);
      return;
    }

  job->trying_starter = FALSE;
  job->question++;
  predict_next (job);
}

static void
try_code_next (ProveJob *job)
{
  JsonNode *question = g_ptr_array_index (job->questions, job->question);
  JsonObject *object = json_node_get_object (question);

  dojo_try_code_run_async (job->prover->checker,
                           dojo_json_get_string (object, job->trying_starter ? "code" : "solution"),
                           dojo_json_get_string (object, "stdin"),
                           dojo_json_get_string (object, "answer"),
                           dojo_json_get_string (object, "match"),
                           NULL, try_code_done, job);
}

static void
predict_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ProveJob *job = user_data;
  JsonNode *question = g_ptr_array_index (job->questions, job->question);
  JsonObject *object_q = json_node_get_object (question);
  const char *id = json_object_get_string_member (object_q, "id");
  const char *answer = json_object_get_string_member (object_q, "answer");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&job->timeout_id, g_source_remove);

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &out, &err, &error))
    job_problem (job, doc_line (job, question, "code"),
                 _("question '%s': its code could not run: %s"), id, error->message);
  else if (job->timed_out)
    job_problem (job, doc_line (job, question, "code"),
                 _("question '%s': its code was still running after %d seconds"),
                 id, PREDICT_TIMEOUT_S);
  else if (g_strcmp0 (out, answer) != 0)
    {
      g_autofree char *want = g_strescape (answer ? answer : "", NULL);
      g_autofree char *got = g_strescape (out ? out : "", NULL);

      if (!g_subprocess_get_successful (G_SUBPROCESS (object)) && err != NULL && err[0])
        job_problem (job, doc_line (job, question, "answer"),
                     _("question '%s': the answer is \"%s\", but the code prints \"%s\" "
                       "and stops with an error: %s"), id, want, got, g_strstrip (err));
      else
        job_problem (job, doc_line (job, question, "answer"),
                     _("question '%s': the answer is \"%s\", but the code prints \"%s\""),
                     id, want, got);
    }
  else
    job->n_predicted++;

  g_clear_object (&job->process);
  job->question++;
  predict_next (job);
}

static gboolean
predict_timeout (gpointer user_data)
{
  ProveJob *job = user_data;

  job->timeout_id = 0;
  job->timed_out = TRUE;
  g_subprocess_force_exit (job->process);

  return G_SOURCE_REMOVE;
}

static void
predict_next (ProveJob *job)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *question;
  const char *code;

  if (job->question >= job->questions->len)
    {
      job_finished (job);
      return;
    }

  question = g_ptr_array_index (job->questions, job->question);
  if (g_strcmp0 (dojo_json_get_string (json_node_get_object (question), "type"),
                 "try-code") == 0)
    {
      try_code_next (job);
      return;
    }
  code = json_object_get_string_member (json_node_get_object (question), "code");
  job->timed_out = FALSE;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, g_get_tmp_dir ());
  job->process = g_subprocess_launcher_spawn (launcher, &error, job->prover->python,
                                              "-I", "-c", code, NULL);
  if (job->process == NULL)
    {
      job_problem (job, doc_line (job, question, "code"),
                   _("question '%s': %s could not run: %s"),
                   json_object_get_string_member (json_node_get_object (question), "id"),
                   job->prover->python, error->message);
      job->question++;
      predict_next (job);
      return;
    }

  job->timeout_id = g_timeout_add_seconds (PREDICT_TIMEOUT_S, predict_timeout, job);
  g_subprocess_communicate_utf8_async (job->process, "", NULL, predict_done, job);
}

static gboolean
is_string (JsonObject *object,
           const char *member)
{
  JsonNode *node;

  if (!json_object_has_member (object, member))
    return FALSE;
  node = json_object_get_member (object, member);
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static void
prove_quiz (ProveJob *job)
{
  Prover *prover = job->prover;
  const char *path = dojo_pack_item_get_path (job->item);
  g_autoptr(GError) error = NULL;
  guint error_line = 0;
  JsonNode *questions;

  job->file = g_str_has_suffix (path, ".json") ? g_strdup (path)
                                                : g_strconcat (path, "/quiz.json", NULL);
  job->doc = _dojo_pack_read_json (_dojo_pack_get_root (prover->pack), job->file,
                                   DOJO_PACK_MAX_TEXT_SIZE, &error_line, &error);
  job->questions = g_ptr_array_new ();
  if (job->doc == NULL)
    {
      job_problem (job, error_line, "%s", error->message);
      predict_next (job);
      return;
    }

  questions = json_object_get_member (json_node_get_object (_dojo_json_doc_get_root (job->doc)),
                                      "questions");
  for (guint i = 0; i < json_array_get_length (json_node_get_array (questions)); i++)
    {
      JsonNode *question = json_array_get_element (json_node_get_array (questions), i);
      JsonObject *object = json_node_get_object (question);
      const char *type = json_object_get_string_member (object, "type");

      if (g_strcmp0 (type, "predict-output") == 0 && is_string (object, "code") &&
          is_string (object, "answer"))
        g_ptr_array_add (job->questions, question);
      else if (g_strcmp0 (type, "write-code") == 0)
        {
          DojoPackItem *target = NULL;

          if (is_string (object, "answer"))
            target = dojo_pack_lookup_item (prover->pack,
                                            json_object_get_string_member (object, "answer"));
          if (target == NULL ||
              (dojo_pack_item_get_item_type (target) != DOJO_PACK_ITEM_EXERCISE &&
               dojo_pack_item_get_item_type (target) != DOJO_PACK_ITEM_PROJECT))
            job_problem (job, doc_line (job, question, "answer"),
                         _("question '%s': the answer must name an exercise or project of "
                           "the pack"), json_object_get_string_member (object, "id"));
        }
    }

  predict_next (job);
}

/* Reads a lesson's predict-output questions; @job->questions stays NULL if
 * the lesson cannot be read or asks none. */
static void
read_lesson_questions (ProveJob *job,
                       DojoPack *pack)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;

  if (!_dojo_pack_read_text (_dojo_pack_get_root (pack), dojo_pack_item_get_path (job->item),
                             DOJO_PACK_MAX_TEXT_SIZE, &text, &len, NULL) ||
      !g_utf8_validate_len (text, len, NULL))
    return;

  blocks = _dojo_lesson_find_questions (text, len);
  for (guint i = 0; i < blocks->len && i < DOJO_QUIZ_MAX_LESSON_QUESTIONS; i++)
    {
      DojoQuestionBlock *block = g_ptr_array_index (blocks, i);
      DojoJsonDoc *doc;
      JsonNode *question;
      JsonObject *object;
      guint offset = block->first_line - 1;

      if (block->too_large ||
          !(doc = _dojo_json_doc_parse (block->json->str, block->json->len, NULL, NULL)))
        continue;

      question = _dojo_json_doc_get_root (doc);
      object = JSON_NODE_HOLDS_OBJECT (question) ? json_node_get_object (question) : NULL;
      if (object == NULL ||
          !((g_strcmp0 (dojo_json_get_string (object, "type"), "predict-output") == 0 &&
             is_string (object, "code") && is_string (object, "answer")) ||
            (g_strcmp0 (dojo_json_get_string (object, "type"), "try-code") == 0 &&
             is_string (object, "solution") && is_string (object, "answer"))))
        {
          _dojo_json_doc_free (doc);
          continue;
        }

      if (job->questions == NULL)
        {
          job->questions = g_ptr_array_new ();
          job->docs = g_ptr_array_new_with_free_func ((GDestroyNotify)_dojo_json_doc_free);
          job->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
        }
      g_ptr_array_add (job->questions, question);
      g_ptr_array_add (job->docs, doc);
      g_array_append_val (job->offsets, offset);
    }
}

static void
prove_lesson (ProveJob *job)
{
  job->file = g_strdup (dojo_pack_item_get_path (job->item));
  predict_next (job);
}

static void
prove_next (Prover *prover)
{
  while (prover->running < PROVE_CONCURRENCY && prover->next < prover->jobs->len)
    {
      ProveJob *job = g_ptr_array_index (prover->jobs, prover->next++);

      prover->running++;
      if (dojo_pack_item_get_item_type (job->item) == DOJO_PACK_ITEM_QUIZ)
        prove_quiz (job);
      else if (dojo_pack_item_get_item_type (job->item) == DOJO_PACK_ITEM_LESSON)
        prove_lesson (job);
      else
        prove_exercise (job);
    }

  if (prover->running == 0 && prover->next >= prover->jobs->len)
    g_main_loop_quit (prover->loop);
}

static DojoProof *
dojo_proof_new (DojoPackItem *item)
{
  DojoProof *proof = g_new0 (DojoProof, 1);

  proof->item = g_object_ref (item);
  /* a lesson's proof, like a quiz's, is of its predict-output answers
   * (and its try-code solutions) */
  proof->is_quiz = dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_QUIZ ||
                   dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_LESSON;
  proof->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_pack_problem_free);
  return proof;
}

void
dojo_proof_free (DojoProof *proof)
{
  if (proof == NULL)
    return;
  g_clear_object (&proof->item);
  g_clear_pointer (&proof->file, g_free);
  g_clear_pointer (&proof->problems, g_ptr_array_unref);
  g_free (proof);
}

/**
 * dojo_prover_run:
 * @dir: a pack's folder, valid (validate it first)
 * @python: (nullable): the Python for predict-output questions; %NULL: the
 *   one the checker uses
 * @func: (nullable) (scope call): called with each proof, in course order,
 *   as soon as it and the ones before it are done
 * @user_data: for @func
 * @error: a #GError
 *
 * Proves every exercise and project of the pack (its solution, after its
 * solution_steps, passes every check; its starter alone fails one), and
 * every quiz (each predict-output answer is what its code prints; each
 * write-code answer names an exercise), and every lesson that asks
 * predict-output questions in its text (docs/pack-format.md, Lessons).
 * Learner code runs only through the checker, in its sandbox. Runs the default main context until done: for
 * the command line and tests, not the app.
 *
 * Returns: (transfer container) (element-type DojoProof): a proof per
 *   exercise, project and quiz, in course order; %NULL if the pack cannot
 *   be loaded or no Python is found
 */
GPtrArray *
dojo_prover_run (GFile           *dir,
                 const char      *python,
                 DojoProverFunc   func,
                 gpointer         user_data,
                 GError         **error)
{
  return dojo_prover_run_items (dir, python, NULL, func, user_data, error);
}

/**
 * dojo_prover_run_items:
 * @dir: a pack's folder, valid (validate it first)
 * @python: (nullable): as for dojo_prover_run()
 * @only: (nullable) (array zero-terminated=1): the ids of the exercises,
 *   projects, quizzes and lessons with predict-output questions to prove;
 *   %NULL: all of them
 * @func: (nullable) (scope call): as for dojo_prover_run()
 * @user_data: for @func
 * @error: a #GError; %G_IO_ERROR_NOT_FOUND if an id of @only names no
 *   exercise, project or quiz of the pack, nor a lesson with predict-output
 *   questions
 *
 * Like dojo_prover_run(), for the items a teacher has just changed: a
 * whole course takes minutes.
 *
 * Returns: (transfer container) (element-type DojoProof): a proof per item
 *   proven, in course order; %NULL on error
 */
GPtrArray *
dojo_prover_run_items (GFile              *dir,
                       const char         *python,
                       const char * const *only,
                       DojoProverFunc      func,
                       gpointer            user_data,
                       GError            **error)
{
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GPtrArray) lesson_jobs = NULL;
  g_autoptr(GHashTable) lesson_paths = g_hash_table_new (g_str_hash, g_str_equal);
  Prover prover = { 0 };

  g_return_val_if_fail (G_IS_FILE (dir), NULL);

  if (!(prover.pack = dojo_pack_load (dir, NULL, error)))
    return NULL;

  /* A lesson is proven if it asks predict-output or try-code questions. */
  lesson_jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)prove_job_free);
  for (guint i = 0; i < dojo_pack_get_n_items (prover.pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (prover.pack, i);
      ProveJob *job;

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_LESSON)
        continue;

      job = g_new0 (ProveJob, 1);
      job->prover = &prover;
      job->item = item;
      read_lesson_questions (job, prover.pack);
      if (job->questions == NULL)
        {
          prove_job_free (job);
          continue;
        }
      g_ptr_array_add (lesson_jobs, job);
    }

  for (guint i = 0; only != NULL && only[i] != NULL; i++)
    {
      DojoPackItem *item = dojo_pack_lookup_item (prover.pack, only[i]);
      gboolean asks = FALSE;

      for (guint j = 0; item != NULL && j < lesson_jobs->len; j++)
        asks |= ((ProveJob *)g_ptr_array_index (lesson_jobs, j))->item == item;

      if (item != NULL && dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_LESSON && !asks)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The lesson “%s” asks no predict-output or try-code question: there is "
                         "nothing to prove"), only[i]);
          g_object_unref (prover.pack);
          return NULL;
        }
      if (item == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The pack has no exercise, project, quiz or lesson “%s”"), only[i]);
          g_object_unref (prover.pack);
          return NULL;
        }
    }

  if (python != NULL)
    prover.python = g_strdup (python);
  else
    {
      g_autoptr(DojoChecker) checker = dojo_checker_new ();

      /* The interpreter a Check in the app uses, with the packages the
       * system provides (pytest): not whichever python3 PATH finds first. */
      prover.python = g_strdup (dojo_checker_get_python (checker));
    }
  if (prover.python == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("python3 is not installed; proving the solutions needs it"));
      g_object_unref (prover.pack);
      return NULL;
    }

  prover.checker = dojo_checker_new ();
  dojo_checker_set_python (prover.checker, prover.python);
  dojo_checker_set_packages (prover.checker, dojo_pack_get_packages (prover.pack));
  prover.func = func;
  prover.user_data = user_data;
  proofs = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_proof_free);
  prover.jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)prove_job_free);
  for (guint i = 0; i < dojo_pack_get_n_items (prover.pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (prover.pack, i);
      ProveJob *job;

      if (only != NULL && !g_strv_contains (only, dojo_pack_item_get_id (item)))
        continue;

      if (dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_LESSON)
        {
          guint index;

          /* a file that several items show is proven once */
          if (!g_hash_table_add (lesson_paths, (gpointer)dojo_pack_item_get_path (item)))
            continue;

          job = NULL;
          for (index = 0; index < lesson_jobs->len && job == NULL; index++)
            if (((ProveJob *)g_ptr_array_index (lesson_jobs, index))->item == item)
              job = g_ptr_array_steal_index (lesson_jobs, index);
          if (job == NULL)
            continue;
        }
      else
        {
          job = g_new0 (ProveJob, 1);
          job->prover = &prover;
          job->item = item;
        }
      job->proof = dojo_proof_new (item);
      g_ptr_array_add (proofs, job->proof);
      g_ptr_array_add (prover.jobs, job);
    }

  prover.loop = g_main_loop_new (NULL, FALSE);
  prove_next (&prover);
  if (prover.running > 0)
    g_main_loop_run (prover.loop);

  g_main_loop_unref (prover.loop);
  g_ptr_array_unref (prover.jobs);
  g_object_unref (prover.pack);
  g_object_unref (prover.checker);
  g_free (prover.python);

  return g_steal_pointer (&proofs);
}
