/* dojo-pack.c: the teacher's command line for content packs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack-tool"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-debug.h"
#include "dojo-exercise.h"
#include "dojo-grade.h"
#include "dojo-installer.h"
#include "dojo-installer-private.h"
#include "dojo-library.h"
#include "dojo-pack.h"
#include "dojo-pack-private.h"
#include "dojo-progress.h"
#include "dojo-project-files.h"
#include "dojo-repo.h"

/* Exit statuses: 0 done (a valid pack), 1 the pack has problems,
 * 2 the command line is wrong or something else failed. */
enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  const char *name;
  const char *parameter;
  const char *summary;
  int       (*run) (const char *name, int argc, char **argv);
} Command;

static int cmd_validate (const char *name, int argc, char **argv);
static int cmd_new      (const char *name, int argc, char **argv);
static int cmd_check    (const char *name, int argc, char **argv);
static int cmd_build    (const char *name, int argc, char **argv);
static int cmd_install  (const char *name, int argc, char **argv);
static int cmd_remove   (const char *name, int argc, char **argv);
static int cmd_list     (const char *name, int argc, char **argv);
static int cmd_grade    (const char *name, int argc, char **argv);
static int cmd_inspect  (const char *name, int argc, char **argv);
static int cmd_trace    (const char *name, int argc, char **argv);
static int cmd_grade_one (int argc, char **argv);

static guint run_solutions (GFile *dir);

static const Command commands[] = {
  { "validate", N_("PATH"), N_("Check a pack (folder or .dojopack) and list every problem"),
    cmd_validate },
  { "new", N_("DIR"), N_("Write a small working example pack to start from"), cmd_new },
  { "check", N_("PACK EXERCISE-ID DIR"),
    N_("Check a learner's project folder against an exercise, as the app does"), cmd_check },
  { "build", N_("PACK -o FILE.dojopack"),
    N_("Validate a pack folder and write it as a .dojopack to hand out"), cmd_build },
  { "install", N_("FILE.dojopack"),
    N_("Install or update a pack for the current user, as the app does"), cmd_install },
  { "remove", N_("PACK-ID"), N_("Remove an installed pack"), cmd_remove },
  { "list", "", N_("List the packs installed for the current user"), cmd_list },
  { "grade", N_("PACK SUBMISSION…"),
    N_("Check learners' exported work (.dojowork) again and write the grades as CSV"),
    cmd_grade },
  { "inspect", N_("SUBMISSION"),
    N_("Show a learner's exported work and its commits, without running anything in it"),
    cmd_inspect },
  { "trace", N_("FILE"),
    N_("Run a Python program step by step and print its trace table"), cmd_trace },
};

static const Command *
command_named (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  g_assert_not_reached ();
}

static GOptionContext *
command_context (const Command *command)
{
  const char *args = command->parameter[0] ? _(command->parameter) : "";
  g_autofree char *parameter = g_strdup_printf ("%s %s", command->name, args);
  GOptionContext *context = g_option_context_new (parameter);

  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("dojo-pack: %s\n", error->message);
      g_printerr (_("Run “dojo-pack %s --help” to see the options.\n"), (*argv)[0]);
      return FALSE;
    }

  return TRUE;
}

/* validate ------------------------------------------------------------- */

static void
print_json (GPtrArray *problems)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, problem->file);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, problem->line);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, dojo_pack_severity_to_string (problem->severity));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, problem->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static int
cmd_validate (const char   *name,
              int           argc,
              char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (&commands[0]);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) path = NULL;
  gboolean json = FALSE;
  gboolean strict = FALSE;
  gboolean solutions = FALSE;
  guint errors = 0, warnings = 0;
  guint failures;
  gboolean valid;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the problems as a JSON array of {file, line, severity, message}"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Fail on warnings too"), NULL },
    { "run-solutions", 0, 0, G_OPTION_ARG_NONE, &solutions,
      N_("Then prove every exercise: its solution passes, its starter does not; "
         "and every predict-output answer is what Python prints"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Prints every problem as “file:line: message”, the file "
                                      "relative to the pack's folder, then a summary.\n"
                                      "Exits with 0 only if the pack is valid."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack validate: give one pack folder or .dojopack file\n"));
      return EXIT_USAGE;
    }

  path = g_file_new_for_commandline_arg (argv[1]);
  if (!g_file_query_exists (path, NULL))
    {
      g_printerr (_("dojo-pack validate: %s does not exist\n"), argv[1]);
      return EXIT_USAGE;
    }
  if (solutions && json)
    {
      g_printerr (_("dojo-pack validate: --run-solutions prints text; leave out --json\n"));
      return EXIT_USAGE;
    }
  if (solutions &&
      g_file_query_file_type (path, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack validate: --run-solutions needs a pack folder (unpack the "
                    ".dojopack first)\n"));
      return EXIT_USAGE;
    }

  valid = dojo_pack_validate (path,
                              strict ? DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS
                                     : DOJO_PACK_VALIDATE_NONE,
                              &problems);

  if (json)
    {
      print_json (problems);
      return valid ? EXIT_OK : EXIT_PROBLEMS;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = dojo_pack_problem_to_string (problem);

      if (problem->severity == DOJO_PACK_SEVERITY_ERROR)
        errors++;
      else
        warnings++;
      g_print ("%s\n", line);
    }

  if (errors == 0 && warnings == 0)
    {
      g_print (_("%s: the pack is valid.\n"), argv[1]);
    }
  else
    {
      g_autofree char *n_errors =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
      g_autofree char *n_warnings =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings),
                         warnings);

      /* Translators: the summary after the problems, e.g. "course/: 2 errors, 1 warning." */
      g_print (_("%s: %s, %s.\n"), argv[1], n_errors, n_warnings);
    }

  if (!solutions)
    return valid ? EXIT_OK : EXIT_PROBLEMS;

  if (errors > 0)
    {
      g_print (_("%s: fix the errors first; the solutions were not run.\n"), argv[1]);
      return EXIT_PROBLEMS;
    }

  failures = run_solutions (path);
  if (failures == 0)
    g_print (_("%s: every solution passes, every starter has something to do.\n"), argv[1]);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem running the solutions.\n",
                          "%s: %u problems running the solutions.\n", failures),
             argv[1], failures);

  return valid && failures == 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/* validate --run-solutions ---------------------------------------------- */

/* Proving a pack: every exercise's solution passes its checks, its starter
 * does not, every predict-output answer is what Python prints.  Exercises
 * are proved two at a time; what each job prints is kept until the jobs
 * before it are done, so the output follows the course order. */

#define PROVE_CONCURRENCY   2
#define PREDICT_TIMEOUT_S   5
#define PROVE_NAME          "Dojo Pack"
#define PROVE_EMAIL         "dojo-pack@localhost"

typedef struct _Prover Prover;

typedef struct
{
  Prover        *prover;
  DojoPackItem  *item;
  GString       *output;
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

  /* A quiz: its predict-output questions, run one after the other */
  GPtrArray     *questions;     /* JsonNode, owned by doc */
  guint          question;
  guint          n_predicted;
  GSubprocess   *process;
  guint          timeout_id;
  gboolean       timed_out;
} ProveJob;

struct _Prover
{
  DojoPack   *pack;
  GPtrArray  *jobs;
  GMainLoop  *loop;
  char       *python;
  guint       next;
  guint       running;
  guint       printed;
  guint       errors;
};

static void prove_next (Prover *prover);

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (path == NULL)
    return;

  file = g_file_new_for_path (path);
  /* Never follow a link: only what is inside the temporary folder goes. */
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (path);
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
  g_clear_pointer (&job->doc, _dojo_json_doc_free);
  g_clear_pointer (&job->file, g_free);
  g_string_free (job->output, TRUE);
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

  g_string_append_printf (job->output, "%s:%u: %s\n", job->file, line, message);
  job->errors++;
}

static guint
doc_line (ProveJob   *job,
          JsonNode   *object,
          const char *member)
{
  if (object == NULL || !JSON_NODE_HOLDS_OBJECT (object))
    return 0;
  if (member != NULL && json_object_has_member (json_node_get_object (object), member))
    return _dojo_json_doc_get_line (job->doc, json_object_get_member (json_node_get_object (object),
                                                                      member));
  return _dojo_json_doc_get_line (job->doc, object);
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
  prover->errors += job->errors;

  /* Print, in course order, every job whose predecessors are done. */
  while (prover->printed < prover->jobs->len)
    {
      ProveJob *first = g_ptr_array_index (prover->jobs, prover->printed);

      if (!first->done)
        break;
      g_print ("%s", first->output->str);
      prover->printed++;
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
      if (dojo_verdict_get_passed (verdict))
        job_problem (job, doc_line (job, root, "starter"),
                     _("the starter already passes every check; give the learner "
                       "something to do"));
    }

  if (job->errors == 0)
    {
      /* Translators: the progress of `validate --run-solutions`, e.g.
       * "ok exercises/greet: solution passes 3/3, starter fails 2/3" */
      if (job->has_solution)
        g_string_append_printf (job->output, _("ok %s: solution passes %u/%u, starter fails %u/%u\n"),
                                dojo_pack_item_get_path (job->item), job->solution_passed,
                                job->n_checks, job->starter_failed, job->n_checks);
      else
        g_string_append_printf (job->output, _("ok %s: no solution to run, starter fails %u/%u\n"),
                                dojo_pack_item_get_path (job->item), job->starter_failed,
                                job->n_checks);
    }
  else
    g_string_append_printf (job->output, _("FAILED %s: solution passes %u/%u, starter fails %u/%u\n"),
                            dojo_pack_item_get_path (job->item), job->solution_passed,
                            job->n_checks, job->starter_failed, job->n_checks);

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
      g_string_append_printf (job->output, _("FAILED %s\n"), dojo_pack_item_get_path (job->item));
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
      if (job->errors == 0)
        g_string_append_printf (job->output,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "ok %s: %u predict-output answer is right\n",
                                             "ok %s: %u predict-output answers are right\n",
                                             job->n_predicted),
                                job->file, job->n_predicted);
      else
        g_string_append_printf (job->output, _("FAILED %s\n"), job->file);
      job_finished (job);
      return;
    }

  question = g_ptr_array_index (job->questions, job->question);
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

static void
prove_next (Prover *prover)
{
  while (prover->running < PROVE_CONCURRENCY && prover->next < prover->jobs->len)
    {
      ProveJob *job = g_ptr_array_index (prover->jobs, prover->next++);

      prover->running++;
      if (dojo_pack_item_get_item_type (job->item) == DOJO_PACK_ITEM_QUIZ)
        prove_quiz (job);
      else
        prove_exercise (job);
    }

  if (prover->running == 0 && prover->next >= prover->jobs->len)
    g_main_loop_quit (prover->loop);
}

/* Returns: the number of problems found */
static guint
run_solutions (GFile *dir)
{
  g_autoptr(GError) error = NULL;
  Prover prover = { 0 };
  const char *env = g_getenv ("DOJO_PYTHON");

  if (!(prover.pack = dojo_pack_load (dir, NULL, &error)))
    {
      g_printerr ("dojo-pack validate: %s\n", error->message);
      return 1;
    }

  prover.python = env != NULL && env[0] != '\0' ? g_strdup (env)
                                                 : g_find_program_in_path ("python3");
  if (prover.python == NULL)
    {
      g_printerr (_("dojo-pack validate: python3 is not installed; --run-solutions needs it\n"));
      g_object_unref (prover.pack);
      return 1;
    }

  prover.jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)prove_job_free);
  for (guint i = 0; i < dojo_pack_get_n_items (prover.pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (prover.pack, i);
      ProveJob *job;

      if (dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_LESSON)
        continue;

      job = g_new0 (ProveJob, 1);
      job->prover = &prover;
      job->item = item;
      job->output = g_string_new (NULL);
      g_ptr_array_add (prover.jobs, job);
    }

  prover.loop = g_main_loop_new (NULL, FALSE);
  prove_next (&prover);
  if (prover.running > 0)
    g_main_loop_run (prover.loop);

  g_main_loop_unref (prover.loop);
  g_ptr_array_unref (prover.jobs);
  g_object_unref (prover.pack);
  g_free (prover.python);

  return prover.errors;
}

/* new ------------------------------------------------------------------ */

static const char example_lesson[] =
  "# Hello, Python\n"
  "\n"
  "A program is a list of instructions. This one greets you:\n"
  "\n"
  "```python\n"
  "name = input(\"What is your name? \")\n"
  "print(f\"Hello, {name}!\")\n"
  "```\n"
  "\n"
  "| Function | What it does |\n"
  "|----------|--------------|\n"
  "| `input`  | reads a line |\n"
  "| `print`  | shows text   |\n";

static const char example_instructions[] =
  "# Greet\n"
  "\n"
  "Ask for a name with `input()`, then print `Hello, NAME!`.\n"
  "\n"
  "Also write a function `greeting(name)` that returns that text.\n";

static const char example_starter[] =
  "def greeting(name):\n"
  "    # Return \"Hello, NAME!\"\n"
  "    pass\n"
  "\n"
  "\n"
  "if __name__ == \"__main__\":\n"
  "    name = input()\n"
  "    # Print the greeting\n";

static const char example_solution[] =
  "def greeting(name):\n"
  "    return f\"Hello, {name}!\"\n"
  "\n"
  "\n"
  "if __name__ == \"__main__\":\n"
  "    name = input()\n"
  "    print(greeting(name))\n";

static const char example_test[] =
  "import unittest\n"
  "\n"
  "from main import greeting\n"
  "\n"
  "\n"
  "class TestGreeting(unittest.TestCase):\n"
  "    def test_greets_by_name(self):\n"
  "        self.assertEqual(greeting(\"Ada\"), \"Hello, Ada!\")\n";

static const char example_exercise[] =
  "{\n"
  "  \"title\": \"Greet\",\n"
  "  \"instructions\": \"instructions.md\",\n"
  "  \"starter\": {\n"
  "    \"main.py\": {\"path\": \"starter/main.py\"}\n"
  "  },\n"
  "  \"entry\": \"main.py\",\n"
  "  \"checks\": [\n"
  "    {\"id\": \"greets-ada\", \"type\": \"io\", \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"},\n"
  "    {\"id\": \"greeting-function\", \"type\": \"unittest\", \"test\": \"tests/test_greeting.py\"}\n"
  "  ],\n"
  "  \"hints\": [\n"
  "    \"`input()` gives you the name as a string.\",\n"
  "    \"An f-string puts a value into text: `f\\\"Hello, {name}!\\\"`.\"\n"
  "  ],\n"
  "  \"solution\": \"solution/main.py\",\n"
  "  \"solution_policy\": \"after-attempts:3\",\n"
  "  \"limits\": {\"time_s\": 5, \"memory_mb\": 256, \"output_kb\": 64},\n"
  "  \"revision\": 1\n"
  "}\n";

static const char example_quiz[] =
  "{\n"
  "  \"title\": \"Check your understanding\",\n"
  "  \"pass_mark\": 50,\n"
  "  \"questions\": [\n"
  "    {\n"
  "      \"id\": \"input-type\",\n"
  "      \"type\": \"single\",\n"
  "      \"prompt\": \"What does `input()` return?\",\n"
  "      \"choices\": [\"a string\", \"a number\"],\n"
  "      \"answer\": 0,\n"
  "      \"explanation\": \"`input()` always returns text; convert it with `int()` if needed.\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"predict-print\",\n"
  "      \"type\": \"predict-output\",\n"
  "      \"prompt\": \"What does this print?\",\n"
  "      \"code\": \"print(\\\"ab\\\" * 2)\",\n"
  "      \"answer\": \"abab\\n\"\n"
  "    }\n"
  "  ],\n"
  "  \"tutor_prompt\": \"I am learning Python. Explain what input() and print() do, with a small example.\"\n"
  "}\n";

static char *
slug_from (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        g_string_append_c (slug, c);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "my-course");

  return g_string_free (slug, FALSE);
}

static gboolean
write_text (GFile       *root,
            const char  *relpath,
            const char  *contents,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (root, relpath);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (parent, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

static char *
example_manifest (const char *id,
                  const char *title)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, DOJO_PACK_FORMAT);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, "0.1.0");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, "A first course: read input, print output.");
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, "en");
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, g_get_real_name ());
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "license");
  json_builder_add_string_value (builder, "CC-BY-SA-4.0");
  json_builder_set_member_name (builder, "min_app_version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "python");
  json_builder_add_string_value (builder, "3.10");
  json_builder_set_member_name (builder, "changelog");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, "0.1.0");
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "First version.");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "first-steps");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "First steps");
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, "Input, output, and a first function.");
  json_builder_set_member_name (builder, "introduces");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "f-string");
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  {
    const char *items[][4] = {
      { "hello-python", "lesson", "Hello, Python", "lessons/hello-python.md" },
      { "greet", "exercise", "Greet", "exercises/greet" },
      { "first-quiz", "quiz", "Check your understanding", "quizzes/first-quiz.json" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      {
        json_builder_begin_object (builder);
        json_builder_set_member_name (builder, "id");
        json_builder_add_string_value (builder, items[i][0]);
        json_builder_set_member_name (builder, "type");
        json_builder_add_string_value (builder, items[i][1]);
        json_builder_set_member_name (builder, "title");
        json_builder_add_string_value (builder, items[i][2]);
        json_builder_set_member_name (builder, "path");
        json_builder_add_string_value (builder, items[i][3]);
        if (g_str_equal (items[i][0], "greet"))
          {
            json_builder_set_member_name (builder, "introduces");
            json_builder_begin_array (builder);
            json_builder_add_string_value (builder, "def");
            json_builder_add_string_value (builder, "return");
            json_builder_end_array (builder);
          }
        json_builder_end_object (builder);
      }
  }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static gboolean
directory_is_empty_or_missing (GFile *dir)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GFileInfo) info = NULL;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (enumerator == NULL)
    return g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_UNKNOWN;

  info = g_file_enumerator_next_file (enumerator, NULL, NULL);
  return info == NULL;
}

static int
cmd_new (const char   *name,
         int           argc,
         char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (&commands[1]);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *slug = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id,
      N_("The pack's id, a reverse domain name (default: io.example.DIR)"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The course title (default: My course)"), N_("TITLE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Writes one phase with a lesson, an exercise (with an io "
                                      "check, a unittest check, starter and solution) and a "
                                      "quiz. DIR must be empty or not exist yet."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack new: give the folder to create\n"));
      return EXIT_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (!directory_is_empty_or_missing (dir))
    {
      g_printerr (_("dojo-pack new: %s exists and is not empty; choose a new folder\n"),
                  argv[1]);
      return EXIT_USAGE;
    }

  basename = g_file_get_basename (dir);
  slug = slug_from (basename);
  if (id == NULL)
    id = g_strconcat ("io.example.", slug, NULL);
  if (title == NULL)
    title = g_strdup (_("My course"));

  manifest = example_manifest (id, title);

  if (!write_text (dir, "manifest.json", manifest, &error)
      || !write_text (dir, "lessons/hello-python.md", example_lesson, &error)
      || !write_text (dir, "exercises/greet/exercise.json", example_exercise, &error)
      || !write_text (dir, "exercises/greet/instructions.md", example_instructions, &error)
      || !write_text (dir, "exercises/greet/starter/main.py", example_starter, &error)
      || !write_text (dir, "exercises/greet/solution/main.py", example_solution, &error)
      || !write_text (dir, "exercises/greet/tests/test_greeting.py", example_test, &error)
      || !write_text (dir, "quizzes/first-quiz.json", example_quiz, &error))
    {
      g_printerr ("dojo-pack new: %s\n", error->message);
      return EXIT_USAGE;
    }

  g_print (_("Wrote an example pack to %s.\nCheck it with: dojo-pack validate %s\n"),
           argv[1], argv[1]);

  return EXIT_OK;
}

/* check ---------------------------------------------------------------- */

typedef struct
{
  GMainLoop   *loop;
  DojoVerdict *verdict;
  GError      *error;
} CheckRun;

static void
check_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CheckRun *run = user_data;

  run->verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

/* Runs @exercise's checks on @dir as the app does, waiting for the verdict. */
static DojoVerdict *
check_project (DojoExercise  *exercise,
               GFile         *dir,
               GError       **error)
{
  CheckRun run = { 0 };

  run.loop = g_main_loop_new (NULL, FALSE);
  dojo_exercise_check_async (exercise, dir, NULL, check_done, &run);
  g_main_loop_run (run.loop);
  g_main_loop_unref (run.loop);

  if (run.error != NULL)
    g_propagate_error (error, run.error);
  return run.verdict;
}

static const char *
check_state_to_string (DojoCheckState state)
{
  switch (state)
    {
    case DOJO_CHECK_STATE_PASSED: return "passed";
    case DOJO_CHECK_STATE_FAILED: return "failed";
    case DOJO_CHECK_STATE_NOT_EVALUATED: return "not-evaluated";
    default: return "unknown";
    }
}

/* The generator escapes control characters but copies bytes that are
 * not UTF-8 as they are, which no JSON reader takes: a program's output
 * may hold any bytes. */
static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      json_builder_add_string_value (builder, valid);
    }
  else
    json_builder_add_null_value (builder);
}

static void
print_verdict_json (DojoVerdict *verdict,
                    const char  *exercise_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  GPtrArray *results = dojo_verdict_get_results (verdict);

  json_builder_begin_object (builder);
  add_string_member (builder, "exercise", exercise_id);
  json_builder_set_member_name (builder, "passed");
  json_builder_add_boolean_value (builder, dojo_verdict_get_passed (verdict));
  add_string_member (builder, "state",
                     dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)));
  add_string_member (builder, "message", dojo_verdict_get_message (verdict));
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", dojo_check_result_get_id (result));
      add_string_member (builder, "type", dojo_check_result_get_check_type (result));
      add_string_member (builder, "title", dojo_check_result_get_title (result));
      add_string_member (builder, "state",
                         check_state_to_string (dojo_check_result_get_state (result)));
      json_builder_set_member_name (builder, "blocking");
      json_builder_add_boolean_value (builder, dojo_check_result_get_blocking (result));
      add_string_member (builder, "message", dojo_check_result_get_message (result));
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, dojo_check_result_get_line (result));
      add_string_member (builder, "expected", dojo_check_result_get_expected (result));
      add_string_member (builder, "actual", dojo_check_result_get_actual (result));
      add_string_member (builder, "diff", dojo_check_result_get_diff (result));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Prints @text, which comes from the pack or the learner's program, one
 * line after @first and the others after @indent: every control
 * character but the line breaks escaped (a program may print ESC[2J or a
 * \r that would rewrite the teacher's terminal), bytes that are not UTF-8
 * replaced. */
static void
print_lines (const char *first,
             const char *indent,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = dojo_project_files_printable_name (lines[i]);

      g_print ("%s%s\n", i == 0 ? first : indent, line);
    }
}

/* Prints @text under a label, indented, so that blank lines and trailing
 * newlines stay visible. */
static void
print_block (const char *label,
             const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  if (text == NULL)
    return;

  g_print ("    %s\n", label);
  if (text[0] == '\0')
    {
      g_print ("      %s\n", _("(nothing)"));
      return;
    }
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* A final newline is not one more line. */
  if (n > 1 && lines[n - 1][0] == '\0')
    n--;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = dojo_project_files_printable_name (lines[i]);

      g_print ("      │%s\n", line);
    }
}

static void
print_verdict (DojoVerdict *verdict,
               const char  *dir)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);
  guint passed = 0;

  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);
      DojoCheckState state = dojo_check_result_get_state (result);
      const char *title = dojo_check_result_get_title (result);
      const char *message = dojo_check_result_get_message (result);
      g_autofree char *id = NULL;
      const char *mark;

      if (state == DOJO_CHECK_STATE_PASSED)
        mark = "✓", passed++;
      else if (state == DOJO_CHECK_STATE_NOT_EVALUATED)
        mark = "?";
      else if (!dojo_check_result_get_blocking (result))
        /* A known mistake that only advises. */
        mark = "!", passed++;
      else
        mark = "✗";

      id = dojo_project_files_printable_name (dojo_check_result_get_id (result)
                                              ? dojo_check_result_get_id (result) : "");
      if (title == NULL || g_strcmp0 (title, dojo_check_result_get_id (result)) == 0)
        g_print ("%s %s\n", mark, id);
      else
        {
          g_autofree char *shown_title = dojo_project_files_printable_name (title);

          g_print ("%s %s (%s)\n", mark, shown_title, id);
        }
      if (state == DOJO_CHECK_STATE_PASSED)
        continue;
      if (message != NULL && message[0] != '\0')
        {
          g_autofree char *first = NULL;

          if (dojo_check_result_get_line (result) > 0)
            first = g_strdup_printf ("    %s %d: ", _("line"),
                                     dojo_check_result_get_line (result));
          else
            first = g_strdup ("    ");
          print_lines (first, "    ", message);
        }
      print_block (_("Expected:"), dojo_check_result_get_expected (result));
      print_block (_("Got:"), dojo_check_result_get_actual (result));
      print_block (_("Diff:"), dojo_check_result_get_diff (result));
    }

  if (dojo_verdict_get_message (verdict) != NULL &&
      dojo_verdict_get_state (verdict) != DOJO_VERDICT_SYNTAX_ERROR)
    print_lines ("", "", dojo_verdict_get_message (verdict));
  if (dojo_verdict_get_details (verdict) != NULL)
    print_lines ("", "", dojo_verdict_get_details (verdict));

  if (dojo_verdict_get_passed (verdict))
    /* Translators: the summary of `dojo-pack check`, e.g. "work/: passed, 3/3 checks." */
    g_print (_("%s: passed, %u/%u checks.\n"), dir, passed, results->len);
  else
    /* Translators: the summary of `dojo-pack check`, e.g. "work/: failed (failed), 1/3 checks pass." */
    g_print (_("%s: not passed (%s), %u/%u checks pass.\n"), dir,
             dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)), passed,
             results->len);
}

/* Loads a pack folder for a command that runs its exercises. */
static DojoPack *
load_pack (const char *command,
           const char *path)
{
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  DojoPack *pack;

  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack %s: %s is not a pack folder (unpack a .dojopack first)\n"),
                  command, path);
      return NULL;
    }

  if (!(pack = dojo_pack_load (dir, NULL, &error)))
    {
      g_printerr ("dojo-pack %s: %s\n", command, error->message);
      g_printerr (_("Run “dojo-pack validate %s” to see every problem.\n"), path);
      return NULL;
    }

  return pack;
}

static int
cmd_check (const char   *name,
           int           argc,
           char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (&commands[2]);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the verdict as JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Runs every check of the exercise on DIR, the learner's "
                                      "project folder, exactly as the Check button does. "
                                      "Exits with 0 if the work passes, 1 if it does not, "
                                      "2 if the command line or the pack is wrong."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 4)
    {
      g_printerr (_("dojo-pack check: give the pack, the exercise's id and the project "
                    "folder\n"));
      return EXIT_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[3]);
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack check: %s is not a folder\n"), argv[3]);
      return EXIT_USAGE;
    }

  if (!(pack = load_pack ("check", argv[1])))
    return EXIT_USAGE;

  if (!(exercise = dojo_exercise_new (pack, argv[2], &error)))
    {
      g_printerr ("dojo-pack check: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (!(verdict = check_project (exercise, dir, &error)))
    {
      g_printerr ("dojo-pack check: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (json)
    print_verdict_json (verdict, argv[2]);
  else
    print_verdict (verdict, argv[3]);

  return dojo_verdict_get_passed (verdict) ? EXIT_OK : EXIT_PROBLEMS;
}

/* build ---------------------------------------------------------------- */

/* What never goes into a pack: the teacher's version control, editor and
 * Python leftovers, and packs built before. */
static gboolean
build_filter (const char *relative_path,
              gpointer    user_data)
{
  g_autofree char *name = g_path_get_basename (relative_path);

  return !(g_str_equal (name, ".git") || g_str_equal (name, "__pycache__") ||
           g_str_equal (name, ".DS_Store") || g_str_has_suffix (name, "~") ||
           g_str_has_suffix (name, ".pyc") || g_str_has_suffix (name, ".swp") ||
           g_str_has_suffix (name, ".dojopack") || g_str_has_suffix (name, ".dojowork"));
}

/* Copies @from to @to (a new folder), leaving out what build_filter()
 * leaves out; links are refused, as the archive writer refuses them. */
static gboolean
copy_pack_tree (const char  *from,
                const char  *to,
                const char  *prefix,
                GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_mkdir (to, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", to, g_strerror (saved_errno));
      return FALSE;
    }
  if (!(dir = g_dir_open (from, 0, error)))
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *dest = g_build_filename (to, name, NULL);
      g_autofree char *relpath = prefix ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
      GStatBuf st;

      if (!build_filter (relpath, NULL))
        continue;
      if (g_lstat (source, &st) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", source, g_strerror (saved_errno));
          return FALSE;
        }
      if (S_ISDIR (st.st_mode))
        {
          if (!copy_pack_tree (source, dest, relpath, error))
            return FALSE;
        }
      else if (S_ISREG (st.st_mode))
        {
          g_autoptr(GFile) source_file = g_file_new_for_path (source);
          g_autoptr(GFile) dest_file = g_file_new_for_path (dest);

          if (!g_file_copy (source_file, dest_file, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL,
                            NULL, NULL, error))
            return FALSE;
        }
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s: only plain files and folders can go into a pack"), relpath);
          return FALSE;
        }
    }

  return TRUE;
}

/* Deletes @relpath (a file or folder) of the exercise folder @folder, and
 * the folders it leaves empty. */
static void
remove_from_exercise (const char *folder,
                      const char *relpath)
{
  g_autofree char *path = g_build_filename (folder, relpath, NULL);
  g_autofree char *parent = NULL;

  _dojo_remove_tree (path);
  parent = g_path_get_dirname (path);
  while (!g_str_equal (parent, folder) && g_str_has_prefix (parent, folder) &&
         g_rmdir (parent) == 0)
    {
      char *up = g_path_get_dirname (parent);

      g_free (parent);
      parent = up;
    }
}

static gboolean
check_is_hidden (JsonNode *check)
{
  JsonNode *hidden;

  if (!JSON_NODE_HOLDS_OBJECT (check))
    return FALSE;
  hidden = json_object_get_member (json_node_get_object (check), "hidden");
  return hidden != NULL && JSON_NODE_HOLDS_VALUE (hidden) &&
         json_node_get_value_type (hidden) == G_TYPE_BOOLEAN && json_node_get_boolean (hidden);
}

static const char *
check_test_file (JsonNode *check)
{
  JsonNode *test;

  if (!JSON_NODE_HOLDS_OBJECT (check))
    return NULL;
  test = json_object_get_member (json_node_get_object (check), "test");
  if (test == NULL || !JSON_NODE_HOLDS_VALUE (test) ||
      json_node_get_value_type (test) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (test);
}

/* The student edition of one exercise folder (in the staging copy): no
 * solution, no solution steps, no hidden checks (nor their test files). */
static gboolean
make_student_exercise (const char  *root,
                       const char  *folder_relpath,
                       guint       *n_hidden,
                       GError     **error)
{
  g_autofree char *folder = g_build_filename (root, folder_relpath, NULL);
  g_autofree char *path = g_build_filename (folder, "exercise.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonArray) visible = json_array_new ();
  g_autoptr(GPtrArray) hidden_tests = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *solution = NULL;
  JsonObject *exercise;
  JsonArray *checks;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return FALSE;
  exercise = json_node_get_object (json_parser_get_root (parser));
  checks = json_object_get_array_member (exercise, "checks");

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonNode *check = json_array_get_element (checks, i);
      const char *test = check_test_file (check);

      if (!check_is_hidden (check))
        json_array_add_element (visible, json_node_copy (check));
      else
        {
          (*n_hidden)++;
          if (test != NULL)
            g_ptr_array_add (hidden_tests, g_strdup (test));
        }
    }

  if (json_array_get_length (visible) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s/exercise.json: every check is hidden; a learner needs at least "
                     "one check to see"), folder_relpath);
      return FALSE;
    }

  /* A hidden check's test file goes too, unless a visible check uses it. */
  for (guint i = 0; i < hidden_tests->len; i++)
    {
      const char *test = g_ptr_array_index (hidden_tests, i);
      gboolean used = FALSE;

      for (guint j = 0; j < json_array_get_length (visible); j++)
        used |= g_strcmp0 (check_test_file (json_array_get_element (visible, j)), test) == 0;
      if (!used)
        remove_from_exercise (folder, test);
    }

  if (json_object_has_member (exercise, "solution"))
    {
      solution = g_strdup (json_object_get_string_member (exercise, "solution"));
      remove_from_exercise (folder, solution);
      json_object_remove_member (exercise, "solution");
      /* Nothing to show any more: say so, rather than let the app wait
       * for a solution that is not there. */
      json_object_set_string_member (exercise, "solution_policy", "never");
    }
  json_object_remove_member (exercise, "solution_steps");
  json_object_set_array_member (exercise, "checks", g_steal_pointer (&visible));

  generator = json_generator_new ();
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  {
    g_autofree char *with_newline = g_strconcat (text, "\n", NULL);

    return g_file_set_contents (path, with_newline, -1, error);
  }
}

static gboolean
make_student_edition (GFile       *pack_dir,
                      const char  *root,
                      guint       *n_hidden,
                      GError     **error)
{
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  if (!(pack = dojo_pack_load (pack_dir, NULL, error)))
    return FALSE;

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      const char *path = dojo_pack_item_get_path (item);

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;
      /* Two items may share one exercise folder. */
      if (!g_hash_table_add (done, (gpointer)path))
        continue;
      if (!make_student_exercise (root, path, n_hidden, error))
        return FALSE;
    }

  return TRUE;
}

/* Prints a pack's errors, as validate does; returns FALSE if it has any. */
static gboolean
validate_for (const char *command,
              GFile      *dir,
              const char *shown)
{
  g_autoptr(GPtrArray) problems = NULL;
  guint errors = 0;

  if (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems))
    return TRUE;

  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = NULL;

      if (problem->severity != DOJO_PACK_SEVERITY_ERROR)
        continue;
      line = dojo_pack_problem_to_string (problem);
      g_printerr ("%s\n", line);
      errors++;
    }
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "dojo-pack %s: %s has %u error; fix it first (dojo-pack validate "
                           "lists every problem)\n",
                           "dojo-pack %s: %s has %u errors; fix them first (dojo-pack validate "
                           "lists every problem)\n", errors),
              command, shown, errors);
  return FALSE;
}

static int
cmd_build (const char   *name,
           int           argc,
           char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("build"));
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *staged_pack = NULL;
  gboolean student = FALSE;
  guint n_hidden = 0;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
      N_("The .dojopack file to write"), N_("FILE") },
    { "student", 0, 0, G_OPTION_ARG_NONE, &student,
      N_("Leave out reference solutions, solution steps and hidden checks"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Validates the pack first and refuses one with errors. "
                                      "The same folder always gives the same bytes. Without "
                                      "--student the archive is the full edition: keep it, "
                                      "grade with it. Hand out the --student edition."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2 || out_path == NULL)
    {
      g_printerr (_("dojo-pack build: give one pack folder and -o FILE.dojopack\n"));
      return EXIT_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack build: %s is not a pack folder\n"), argv[1]);
      return EXIT_USAGE;
    }

  if (!validate_for ("build", dir, argv[1]))
    return EXIT_PROBLEMS;

  output = g_file_new_for_commandline_arg (out_path);
  source = g_object_ref (dir);

  if (student)
    {
      g_autofree char *dir_path = g_file_get_path (dir);

      if (!(staging = g_dir_make_tmp ("dojo-pack-build-XXXXXX", &error)))
        {
          g_printerr ("dojo-pack build: %s\n", error->message);
          return EXIT_USAGE;
        }
      staged_pack = g_build_filename (staging, "pack", NULL);
      g_clear_object (&source);
      source = g_file_new_for_path (staged_pack);

      if (!copy_pack_tree (dir_path, staged_pack, NULL, &error) ||
          !make_student_edition (dir, staged_pack, &n_hidden, &error))
        {
          g_printerr ("dojo-pack build: %s\n", error->message);
          _dojo_remove_tree (staging);
          return EXIT_PROBLEMS;
        }

      /* What goes out must be a pack the app accepts. */
      if (!validate_for ("build", source, _("the student edition")))
        {
          _dojo_remove_tree (staging);
          return EXIT_PROBLEMS;
        }
    }

  ok = dojo_archive_write (source, output, build_filter, NULL, &error);
  if (staging != NULL)
    _dojo_remove_tree (staging);

  if (!ok)
    {
      g_printerr ("dojo-pack build: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (student)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote %s, the student edition: no solutions, "
                          "%u hidden check left out.\n",
                          "Wrote %s, the student edition: no solutions, "
                          "%u hidden checks left out.\n",
                          n_hidden),
             out_path, n_hidden);
  else
    g_print (_("Wrote %s, the full edition (solutions and hidden checks included; "
               "hand out a --student build).\n"), out_path);

  return EXIT_OK;
}

/* install, remove, list -------------------------------------------------- */

static int
cmd_install (const char   *name,
             int           argc,
             char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("install"));
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  g_autofree char *dir_path = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Install even an older version than the installed one"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Installs for the user who runs it, into "
                                      "$XDG_DATA_HOME/dojo/packs, exactly as the app's "
                                      "“Install a course…” does. The learner's projects and "
                                      "progress are kept."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack install: give one .dojopack file\n"));
      return EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(preview = dojo_installer_inspect (file, NULL, &error)) ||
      !(pack = dojo_installer_install (file, force ? DOJO_INSTALL_FLAGS_FORCE
                                                   : DOJO_INSTALL_FLAGS_NONE,
                                       NULL, &error)))
    {
      g_printerr ("dojo-pack install: %s\n", error->message);
      if (g_error_matches (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_DOWNGRADE))
        g_printerr (_("Add --force to install it anyway.\n"));
      return EXIT_PROBLEMS;
    }

  dir = dojo_pack_get_directory (pack) ? g_object_ref (dojo_pack_get_directory (pack)) : NULL;
  dir_path = dir ? g_file_get_path (dir) : g_strdup ("");

  switch (dojo_install_preview_get_kind (preview))
    {
    case DOJO_INSTALL_KIND_NEW:
      g_print (_("Installed “%s” %s (%s) into %s.\n"), dojo_pack_get_title (pack),
               dojo_pack_get_version (pack), dojo_pack_get_id (pack), dir_path);
      break;
    case DOJO_INSTALL_KIND_UPDATE:
    case DOJO_INSTALL_KIND_DOWNGRADE:
      g_print (_("Replaced “%s” %s with %s.\n"), dojo_pack_get_title (pack),
               dojo_install_preview_get_installed_version (preview),
               dojo_pack_get_version (pack));
      break;
    case DOJO_INSTALL_KIND_SAME:
    default:
      g_print (_("Installed “%s” %s again.\n"), dojo_pack_get_title (pack),
               dojo_pack_get_version (pack));
      break;
    }

  for (guint i = 0; i < dojo_install_preview_get_n_releases (preview); i++)
    {
      const char * const *changes = NULL;
      const char *version = dojo_install_preview_get_release (preview, i, NULL, &changes);

      g_print ("  %s\n", version);
      for (guint j = 0; changes[j] != NULL; j++)
        g_print ("    - %s\n", changes[j]);
    }

  progress = dojo_progress_new ();
  if (dojo_progress_load (progress, NULL, NULL))
    {
      changed = dojo_installer_changed_exercises (pack, progress);
      if (changed[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", changed);

          g_print (_("Changed since passed, check again: %s\n"), list);
        }
    }

  return EXIT_OK;
}

static int
cmd_remove (const char   *name,
            int           argc,
            char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("remove"));
  g_autoptr(GError) error = NULL;
  gboolean projects = FALSE;
  const GOptionEntry entries[] = {
    { "projects", 0, 0, G_OPTION_ARG_NONE, &projects,
      N_("Also delete the learner's projects of the pack"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack remove: give the id of one installed pack (see dojo-pack list)\n"));
      return EXIT_USAGE;
    }

  if (!dojo_installer_remove (argv[1], projects, NULL, &error))
    {
      g_printerr ("dojo-pack remove: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (projects)
    g_print (_("Removed %s and its projects.\n"), argv[1]);
  else
    g_print (_("Removed %s; its projects are kept.\n"), argv[1]);

  return EXIT_OK;
}

static int
cmd_list (const char   *name,
          int           argc,
          char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("list"));
  g_autoptr(GPtrArray) packs = NULL;

  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 1)
    {
      g_printerr (_("dojo-pack list: takes no arguments\n"));
      return EXIT_USAGE;
    }

  packs = dojo_library_scan (NULL);
  for (guint i = 0; i < packs->len; i++)
    {
      DojoPack *pack = g_ptr_array_index (packs, i);
      gboolean builtin = g_str_equal (dojo_pack_get_id (pack), DOJO_BUILTIN_PACK_ID);

      g_print ("%s\t%s\t%s%s\n", dojo_pack_get_id (pack), dojo_pack_get_version (pack),
               dojo_pack_get_title (pack), builtin ? _(" (comes with Dojo)") : "");
    }

  return EXIT_OK;
}

/* grade ---------------------------------------------------------------- */

/* Each submission is graded by a process of its own: dojo-pack itself, run
 * again as `dojo-pack grade-one PACK SUBMISSION WORKDIR` (a command for
 * this only, left out of the help). It runs in a process group of its
 * own, under a wall-clock deadline, an address-space and a CPU limit, and
 * dies with its parent; it sends its rows back as JSON on its standard
 * output, and this process writes the CSV. Whatever one submission does to
 * its grader (a crash, a kill, a stop, a hang, a zlib bomb) ends that
 * grader only: the submission is reported and skipped, the others are
 * graded. */

#define GRADE_ONE           "grade-one"
/* Seconds for all that is not a run of learner code: extracting, reading
 * histories; and for each item, starting its checks. */
#define GRADE_BASE_S        30
#define GRADE_ITEM_S        10
#define GRADE_MEMORY_BYTES  (G_GUINT64_CONSTANT (2) * 1024 * 1024 * 1024)
#define GRADE_MAX_OUTPUT    (16 * 1024 * 1024)
/* Once the grader has ended, how long its pipes may take to give the rest. */
#define GRADE_DRAIN_S       2

/* AddressSanitizer reserves terabytes of address space: under it, the
 * address-space limit would stop every grader at once. */
#if defined(__SANITIZE_ADDRESS__)
# define GRADE_LIMIT_ADDRESS_SPACE 0
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define GRADE_LIMIT_ADDRESS_SPACE 0
# endif
#endif
#ifndef GRADE_LIMIT_ADDRESS_SPACE
# define GRADE_LIMIT_ADDRESS_SPACE 1
#endif

typedef struct
{
  pid_t   parent;
  guint64 memory;
  guint64 cpu;
} GradeLimits;

typedef struct _GradeChild GradeChild;

typedef struct
{
  GradeChild   *child;
  GInputStream *stream;
  GByteArray   *data;
  gboolean      open;
} GradePipe;

struct _GradeChild
{
  GSubprocess  *process;
  pid_t         pid;
  GCancellable *cancellable;
  GradePipe     out;
  GradePipe     err;
  gboolean      exited;
  gboolean      timed_out;
  gboolean      overflow;
  guint         deadline_id;
  guint         drain_id;
};

/* The wall-clock limit of grading one submission: every run of learner
 * code its checks may make (one per check and one more, each up to the
 * exercise's time_s), and time for the rest. */
static guint
grade_deadline (DojoPack *pack)
{
  double total = GRADE_BASE_S;

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);
      g_autoptr(DojoExercise) exercise = NULL;
      JsonNode *checks;
      guint n_checks = 0;
      double time_s = DOJO_EXERCISE_DEFAULT_TIME_S;

      if (dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_EXERCISE &&
          dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_PROJECT)
        continue;

      if ((exercise = dojo_exercise_new (pack, dojo_pack_item_get_id (item), NULL)))
        {
          dojo_exercise_get_limits (exercise, &time_s, NULL, NULL);
          checks = json_object_get_member (dojo_exercise_get_json (exercise), "checks");
          if (checks != NULL && JSON_NODE_HOLDS_ARRAY (checks))
            n_checks = json_array_get_length (json_node_get_array (checks));
        }
      total += time_s * (n_checks + 1) + GRADE_ITEM_S;
    }

  return (guint)MIN (total + 0.999, (double)G_MAXINT32);
}

static void
lower_soft_limit (int     resource,
                  guint64 value)
{
  struct rlimit rl;

  if (getrlimit (resource, &rl) != 0)
    return;
  rl.rlim_cur = MIN ((rlim_t)value, rl.rlim_max);
  setrlimit (resource, &rl);
}

/* In the grader, between fork and exec: async-signal-safe calls only. */
static void
grade_child_setup (gpointer user_data)
{
  const GradeLimits *limits = user_data;

  setpgid (0, 0);
  /* Dies with dojo-pack; also if dojo-pack died before this line. */
  prctl (PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (getppid () != limits->parent)
    _exit (127);

  /* Soft limits, so that the checker can still give the learner's
   * programs it starts the limits of their exercise. */
  if (GRADE_LIMIT_ADDRESS_SPACE)
    lower_soft_limit (RLIMIT_AS, limits->memory);
  lower_soft_limit (RLIMIT_CPU, limits->cpu);
  lower_soft_limit (RLIMIT_CORE, 0);
}

/* Kills the grader and its process group; not once it is reaped, when its
 * pid may be another process's. */
static void
grade_child_kill (GradeChild *child)
{
  if (child->exited)
    return;
  if (child->pid <= 0 || kill (-child->pid, SIGKILL) != 0)
    g_subprocess_force_exit (child->process);
}

static void grade_pipe_read (GradePipe *pipe);

static void
grade_pipe_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GradePipe *pipe = user_data;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, NULL);
  size = bytes != NULL ? g_bytes_get_size (bytes) : 0;
  if (size == 0)
    {
      pipe->open = FALSE;
      return;
    }
  if (pipe->data->len + size > GRADE_MAX_OUTPUT)
    {
      pipe->child->overflow = TRUE;
      pipe->open = FALSE;
      grade_child_kill (pipe->child);
      return;
    }

  g_byte_array_append (pipe->data, g_bytes_get_data (bytes, NULL), size);
  grade_pipe_read (pipe);
}

static void
grade_pipe_read (GradePipe *pipe)
{
  g_input_stream_read_bytes_async (pipe->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   pipe->child->cancellable, grade_pipe_done, pipe);
}

static gboolean
grade_drain_over (gpointer user_data)
{
  GradeChild *child = user_data;

  child->drain_id = 0;
  g_cancellable_cancel (child->cancellable);

  return G_SOURCE_REMOVE;
}

static gboolean
grade_deadline_reached (gpointer user_data)
{
  GradeChild *child = user_data;

  child->deadline_id = 0;
  child->timed_out = TRUE;
  /* SIGKILL ends a stopped process too. */
  grade_child_kill (child);

  return G_SOURCE_REMOVE;
}

static void
grade_child_exited (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GradeChild *child = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  child->exited = TRUE;
  g_clear_handle_id (&child->deadline_id, g_source_remove);
  child->drain_id = g_timeout_add_seconds (GRADE_DRAIN_S, grade_drain_over, child);
}

/* The grader's messages, one line each, as they may go to a terminal. */
static void
relay_messages (const char *shown,
                GByteArray *data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (data->len == 0)
    return;

  text = g_strndup ((const char *)data->data, data->len);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = NULL;

      if (lines[i][0] == '\0')
        continue;
      line = dojo_project_files_printable_name (lines[i]);
      g_printerr ("dojo-pack grade: %s: %s\n", shown, line);
    }
}

/* What the grader answered: its rows, or why it has none. */
static GPtrArray *
grade_answer (GradeChild  *child,
              guint        deadline,
              char       **why)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *answer;
  JsonNode *node;
  GPtrArray *rows;

  if (child->timed_out)
    {
      *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "it was still being graded after %u second "
                                           "(its grading stopped or hung) and was ended",
                                           "it was still being graded after %u seconds "
                                           "(its grading stopped or hung) and was ended",
                                           deadline), deadline);
      return NULL;
    }
  if (child->overflow)
    {
      *why = g_strdup (_("its grading wrote more than 16 MiB and was ended"));
      return NULL;
    }
  if (g_subprocess_get_if_signaled (child->process))
    {
      int signum = g_subprocess_get_term_sig (child->process);

      /* Translators: %d is a signal number, %s its name, e.g. "9 (Killed)". */
      *why = g_strdup_printf (_("its grading was ended by signal %d (%s)"), signum,
                              g_strsignal (signum));
      return NULL;
    }
  if (g_subprocess_get_exit_status (child->process) != 0)
    {
      *why = g_strdup_printf (_("its grading failed (exit status %d)"),
                              g_subprocess_get_exit_status (child->process));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, (const char *)child->out.data->data,
                                   child->out.data->len, NULL) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      *why = g_strdup (_("its grading ended without an answer"));
      return NULL;
    }

  answer = json_node_get_object (json_parser_get_root (parser));
  node = json_object_get_member (answer, "error");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *why = g_strdup (json_node_get_string (node));
      return NULL;
    }

  node = json_object_get_member (answer, "rows");
  if (node == NULL || !(rows = dojo_grade_rows_from_json (node, &error)))
    {
      *why = g_strdup (error ? error->message : _("its grading ended without an answer"));
      return NULL;
    }

  return rows;
}

/* Grades @submission in a grader process of its own (see above).
 *
 * Returns: (transfer full): its rows; or %NULL, and @why says why in a
 *   sentence for the teacher */
static GPtrArray *
grade_in_child (const char  *self,
                const char  *pack_path,
                const char  *submission,
                const char  *shown,
                guint        deadline,
                char       **why)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workdir = NULL;
  GradeLimits *limits;
  GradeChild child = { 0 };
  GPtrArray *rows = NULL;
  const char *identifier;

  /* Made here, deleted here: a grader that is killed cannot clean up. */
  if (!(workdir = g_dir_make_tmp ("dojo-grade-XXXXXX", &error)))
    {
      *why = g_strdup (error->message);
      return NULL;
    }

  limits = g_new0 (GradeLimits, 1);
  limits->parent = getpid ();
  limits->memory = GRADE_MEMORY_BYTES;
  limits->cpu = deadline;
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, grade_child_setup, limits, g_free);
  child.process = g_subprocess_launcher_spawn (launcher, &error, self, GRADE_ONE, pack_path,
                                               submission, workdir, NULL);
  if (child.process == NULL)
    {
      *why = g_strdup (error->message);
      _dojo_remove_tree (workdir);
      return NULL;
    }

  /* No identifier: it has already ended, and was reaped. */
  identifier = g_subprocess_get_identifier (child.process);
  child.pid = identifier != NULL ? atoi (identifier) : 0;
  child.cancellable = g_cancellable_new ();
  child.out = (GradePipe) { &child, g_subprocess_get_stdout_pipe (child.process),
                            g_byte_array_new (), TRUE };
  child.err = (GradePipe) { &child, g_subprocess_get_stderr_pipe (child.process),
                            g_byte_array_new (), TRUE };
  grade_pipe_read (&child.out);
  grade_pipe_read (&child.err);
  g_subprocess_wait_async (child.process, NULL, grade_child_exited, &child);
  child.deadline_id = g_timeout_add_seconds (deadline, grade_deadline_reached, &child);

  while (!child.exited || child.out.open || child.err.open)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&child.deadline_id, g_source_remove);
  g_clear_handle_id (&child.drain_id, g_source_remove);
  _dojo_remove_tree (workdir);

  relay_messages (shown, child.err.data);
  rows = grade_answer (&child, deadline, why);

  g_byte_array_unref (child.out.data);
  g_byte_array_unref (child.err.data);
  g_clear_object (&child.cancellable);
  g_clear_object (&child.process);

  return rows;
}

/* The path to run this program again: its file, or the kernel's link to
 * it if the file was replaced while it ran. */
static char *
self_executable (void)
{
  g_autofree char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path == NULL || g_str_has_suffix (path, " (deleted)"))
    return g_strdup ("/proc/self/exe");

  return g_steal_pointer (&path);
}

/* Writes the CSV so far: the file is replaced in one step (a new file
 * next to it, then renamed), so that it always holds whole submissions;
 * to the standard output, what was not written yet. */
static gboolean
write_csv (const char  *out_path,
           GString     *csv,
           gsize       *written,
           GError     **error)
{
  if (out_path != NULL)
    {
      if (!g_file_set_contents (out_path, csv->str, csv->len, error))
        return FALSE;
    }
  else
    {
      fwrite (csv->str + *written, 1, csv->len - *written, stdout);
      fflush (stdout);
    }

  *written = csv->len;
  return TRUE;
}

static int
cmd_grade (const char   *name,
           int           argc,
           char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("grade"));
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *self = NULL;
  gsize written = 0;
  guint skipped = 0;
  guint deadline;
  int timeout = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
      N_("Write the CSV to FILE instead of the standard output"), N_("FILE") },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      N_("Give up on a submission after SECONDS (default: from the pack's time limits)"),
      N_("SECONDS") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("PACK is the full edition (a folder, with the hidden "
                                      "checks). Every exercise and project of every "
                                      "submission is checked again; the CSV has one row per "
                                      "learner and exercise: learner, email, item, passed, "
                                      "attempts, hints_used, last_commit. Each submission is "
                                      "graded by a process of its own, with a time limit; the "
                                      "CSV is written after each one. A broken or hostile "
                                      "submission, or one whose grading crashes, is stopped "
                                      "or runs out of time, is reported and skipped. Exits "
                                      "with 0 if every submission was graded, 1 if one was "
                                      "skipped."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 3)
    {
      g_printerr (_("dojo-pack grade: give the full pack folder and at least one .dojowork "
                    "file\n"));
      return EXIT_USAGE;
    }
  if (timeout < 0)
    {
      g_printerr (_("dojo-pack grade: --timeout takes a number of seconds\n"));
      return EXIT_USAGE;
    }

  if (!(pack = load_pack ("grade", argv[1])))
    return EXIT_USAGE;

  deadline = timeout > 0 ? (guint)timeout : grade_deadline (pack);
  self = self_executable ();

  /* At once: a path that cannot be written fails before any grading. */
  dojo_grade_csv_header (csv);
  if (!write_csv (out_path, csv, &written, &error))
    {
      g_printerr ("dojo-pack grade: %s\n", error->message);
      return EXIT_USAGE;
    }

  for (int i = 2; i < argc; i++)
    {
      g_autofree char *shown = dojo_project_files_printable_name (argv[i]);
      g_autofree char *why = NULL;
      g_autoptr(GPtrArray) rows = NULL;

      if (!(rows = grade_in_child (self, argv[1], argv[i], shown, deadline, &why)))
        {
          g_autofree char *shown_why = dojo_project_files_printable_name (why);

          g_printerr (_("dojo-pack grade: skipped %s: %s\n"), shown, shown_why);
          skipped++;
          continue;
        }

      dojo_grade_csv_rows (csv, rows);
      if (!write_csv (out_path, csv, &written, &error))
        {
          g_printerr ("dojo-pack grade: %s\n", error->message);
          return EXIT_USAGE;
        }
      g_printerr (_("dojo-pack grade: graded %s\n"), shown);
    }

  return skipped == 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/* The grader of one submission, run by `grade` (see above): `grade-one
 * PACK SUBMISSION WORKDIR`. Prints {"rows": […]} or {"error": "…"} on the
 * standard output, and nothing else there. */
static int
cmd_grade_one (int    argc,
               char **argv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GOutputStream) answer = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) pack_dir = NULL;
  g_autoptr(GFile) submission = NULL;
  g_autoptr(GFile) workdir = NULL;
  g_autofree char *text = NULL;
  int fd;

  if (argc != 4)
    return EXIT_USAGE;

  /* The answer goes where the standard output was; anything else that
   * would be printed there goes to the standard error. */
  fd = fcntl (STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (fd < 0 || dup2 (STDERR_FILENO, STDOUT_FILENO) < 0)
    return EXIT_USAGE;
  answer = g_unix_output_stream_new (fd, TRUE);

  pack_dir = g_file_new_for_commandline_arg (argv[1]);
  submission = g_file_new_for_commandline_arg (argv[2]);
  workdir = g_file_new_for_commandline_arg (argv[3]);

  json_builder_begin_object (builder);
  if ((pack = dojo_pack_load (pack_dir, NULL, &error)) &&
      (rows = dojo_grade_submission_in (pack, submission, workdir, NULL, &error)))
    {
      json_builder_set_member_name (builder, "rows");
      json_builder_add_value (builder, dojo_grade_rows_to_json (rows));
    }
  else
    {
      g_autofree char *message = g_utf8_make_valid (error->message, -1);

      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, message);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_clear_error (&error);
  if (!g_output_stream_write_all (answer, text, strlen (text), NULL, NULL, &error) ||
      !g_output_stream_close (answer, NULL, &error))
    {
      g_printerr ("dojo-pack grade-one: %s\n", error->message);
      return EXIT_USAGE;
    }

  return EXIT_OK;
}

/* inspect -------------------------------------------------------------- */

/* An item id as packs have them (a-z, 0-9, '-'): a safe folder name. */
static gboolean
is_item_id (const char *id)
{
  if (id[0] == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* @text from the submission, as it may go to a terminal. */
static char *
shown_text (const char *text)
{
  return dojo_project_files_printable_name (text ? text : "");
}

/* The history of one project of the submission, newest first. */
static void
print_history (const char *work,
               const char *id)
{
  g_autofree char *path = g_build_filename (work, "projects", id, NULL);
  g_autofree char *git_dir = g_build_filename (path, ".git", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_print ("    %s\n", _("(no project)"));
      return;
    }
  if (!g_file_test (git_dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("    %s\n", _("(no history)"));
      return;
    }
  if (!(repo = dojo_repo_open (dir, &error)) || !(log = dojo_repo_log (repo, 0, 0, &error)))
    {
      g_autofree char *shown = shown_text (error->message);

      g_print ("    %s\n", shown);
      return;
    }
  if (log->len == 0)
    g_print ("    %s\n", _("(no commits)"));

  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *commit = g_ptr_array_index (log, i);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (commit->time);
      g_autofree char *when = g_date_time_format (utc, "%Y-%m-%d %H:%M");
      g_autofree char *author = dojo_project_files_printable_name (commit->author_name);
      g_autofree char *summary = dojo_project_files_printable_name (commit->summary);

      g_print ("    %s  %s  %s  %s\n", when, commit->short_id, author, summary);
    }
}

static int
cmd_inspect (const char   *name,
             int           argc,
             char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("inspect"));
  g_autoptr(GFile) submission = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extract_to = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *work = NULL;
  JsonObject *object, *learner, *pack;
  JsonNode *items;
  const GOptionEntry entries[] = {
    { "extract", 0, 0, G_OPTION_ARG_FILENAME, &extract_to,
      N_("Also leave the learner's files and histories in DIR, a new folder"), N_("DIR") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Opens the submission as grade does, without running "
                                      "anything in it, and prints the learner's report and "
                                      "the commits of each project. With --extract, DIR holds "
                                      "the files, and each project's .git keeps only its "
                                      "history: no hooks, a config with no commands, no "
                                      "pointer to another repository, so that git can be run "
                                      "there."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack inspect: give one .dojowork file\n"));
      return EXIT_USAGE;
    }

  submission = g_file_new_for_commandline_arg (argv[1]);
  if (extract_to != NULL)
    dest = g_file_new_for_commandline_arg (extract_to);
  else
    {
      if (!(tmp = g_dir_make_tmp ("dojo-inspect-XXXXXX", &error)))
        {
          g_printerr ("dojo-pack inspect: %s\n", error->message);
          return EXIT_USAGE;
        }
      dest = g_file_new_build_filename (tmp, "work", NULL);
    }

  if (!(report = dojo_grade_extract (submission, dest, NULL, &error)))
    {
      g_autofree char *shown = dojo_project_files_printable_name (error->message);

      g_printerr ("dojo-pack inspect: %s\n", shown);
      if (tmp != NULL)
        _dojo_remove_tree (tmp);
      return EXIT_PROBLEMS;
    }

  work = g_file_get_path (dest);
  object = json_node_get_object (report);
  learner = dojo_grade_report_object (object, "learner");
  pack = dojo_grade_report_object (object, "pack");

  {
    g_autofree char *learner_name = shown_text (dojo_grade_report_string (learner, "name"));
    g_autofree char *email = shown_text (dojo_grade_report_string (learner, "email"));
    g_autofree char *course = shown_text (dojo_grade_report_string (pack, "id"));
    g_autofree char *version = shown_text (dojo_grade_report_string (pack, "version"));
    g_autofree char *exported = shown_text (dojo_grade_report_string (object, "exported_at"));

    g_print ("%s <%s>\n", learner_name, email);
    /* Translators: e.g. "Course io.example.python 1.0.0, exported 2026-05-01T09:30:00Z" */
    g_print (_("Course %s %s, exported %s\n"), course, version, exported);
  }

  items = json_object_get_member (object, "items");
  for (guint i = 0; items != NULL && JSON_NODE_HOLDS_ARRAY (items) &&
                    i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (items), i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = dojo_grade_report_string (item, "id");
      guint attempts = dojo_grade_report_count (item, "attempts");
      guint hints = dojo_grade_report_count (item, "hints_used");
      g_autofree char *shown_id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *status = NULL;
      g_autofree char *n_attempts = NULL;
      g_autofree char *n_hints = NULL;

      if (id == NULL)
        continue;

      shown_id = shown_text (id);
      type = shown_text (dojo_grade_report_string (item, "type"));
      status = shown_text (dojo_grade_report_string (item, "status"));
      n_attempts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attempt", "%u attempts",
                                                 attempts), attempts);
      n_hints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hint", "%u hints", hints),
                                 hints);
      g_print ("\n");
      /* Translators: an item of a learner's report, e.g.
       * "greet (exercise): passed, 3 attempts, 1 hint" */
      g_print (_("%s (%s): %s, %s, %s\n"), shown_id, type, status, n_attempts, n_hints);

      /* Only a project folder the extraction made safe, named as an id. */
      if (is_item_id (id))
        print_history (work, id);
    }

  if (tmp != NULL)
    _dojo_remove_tree (tmp);
  else
    g_printerr (_("dojo-pack inspect: the work is in %s\n"), work);

  return EXIT_OK;
}

/* trace ---------------------------------------------------------------- */

#define TRACE_MAX_STEPS_LIMIT 1000000

static const char *
trace_string (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static JsonObject *
trace_object (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
trace_array (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gint64
trace_int (JsonObject *object,
           const char *name,
           gint64      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return fallback;
}

/* "name = value, name = value" for the names of the step's own frame,
 * then what it returns or raised. */
static char *
trace_names (JsonObject *step)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *frames = trace_array (step, "frames");
  guint n = frames != NULL ? json_array_get_length (frames) : 0;
  JsonNode *last = n > 0 ? json_array_get_element (frames, n - 1) : NULL;
  JsonObject *frame = last != NULL && JSON_NODE_HOLDS_OBJECT (last)
                      ? json_node_get_object (last) : NULL;
  JsonArray *locals = trace_array (frame, "locals");
  JsonObject *returned = trace_object (step, "return_value");
  JsonObject *exception = trace_object (step, "exception");

  for (guint i = 0; locals != NULL && i < json_array_get_length (locals); i++)
    {
      JsonNode *node = json_array_get_element (locals, i);
      JsonObject *var = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = trace_string (var, "name");
      const char *value = trace_string (var, "value");
      const char *type = trace_string (var, "type");

      /* A table shows the data; the program's functions and classes are
       * in --json. */
      if (name == NULL || value == NULL || g_strcmp0 (type, "function") == 0 ||
          g_strcmp0 (type, "type") == 0 || g_strcmp0 (type, "builtin_function_or_method") == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s = %s", name, value);
    }
  if (returned != NULL && trace_string (returned, "value") != NULL)
    {
      if (text->len > 0)
        g_string_append (text, "  ");
      /* Translators: a trace table's note that a function gives back a
       * value, e.g. "returns 24". */
      g_string_append_printf (text, _("returns %s"), trace_string (returned, "value"));
    }
  if (exception != NULL)
    {
      const char *message = trace_string (exception, "message");

      if (text->len > 0)
        g_string_append (text, "  ");
      g_string_append (text, trace_string (exception, "type") ? trace_string (exception, "type")
                                                              : "?");
      if (message != NULL && message[0] != '\0')
        g_string_append_printf (text, ": %s", message);
    }

  return dojo_project_files_printable_name (text->str);
}

static void
print_trace_table (JsonObject *trace)
{
  JsonArray *steps = trace_array (trace, "steps");
  JsonObject *exited = trace_object (trace, "exited");
  guint n = steps != NULL ? json_array_get_length (steps) : 0;
  int width = (int)g_utf8_strlen (_("function"), -1);
  const char *output = trace_string (trace, "output");
  const char *reason = trace_string (exited, "reason");

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (steps, i);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *function = trace_string (step, "function");

      if (function != NULL)
        width = MAX (width, (int)g_utf8_strlen (function, -1));
    }
  width = MIN (width, 30);

  /* Translators: the headings of a trace table; keep them short. */
  g_print ("%5s %5s  %-9s %-*s  %s\n", _("step"), _("line"), _("event"), width, _("function"),
           _("names"));
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (steps, i);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *function = shown_text (trace_string (step, "function"));
      g_autofree char *event = shown_text (trace_string (step, "event"));
      g_autofree char *names = trace_names (step);

      g_print ("%5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT "  %-9s %-*s  %s\n",
               trace_int (step, "step", i), trace_int (step, "line", 0), event, width,
               function, names);
    }

  if (output != NULL)
    print_block (_("Output:"), output);

  if (g_strcmp0 (reason, "steps") == 0)
    g_print (_("Stopped after %u steps: the program had not ended (--max-steps).\n"), n);
  else if (g_strcmp0 (reason, "size") == 0)
    g_print (_("Stopped after %u steps: the trace grew too big.\n"), n);
  else if (g_strcmp0 (reason, "time") == 0)
    g_print (_("Stopped after %u steps: the program ran out of time.\n"), n);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "The program ended with exit status %d after %u step.\n",
                          "The program ended with exit status %d after %u steps.\n", n),
             (int)trace_int (exited, "code", 0), n);
}

static int
cmd_trace (const char   *name,
           int           argc,
           char        **argv)
{
  g_autoptr(GOptionContext) context = command_context (command_named ("trace"));
  g_autoptr(DojoDebugRun) run = NULL;
  g_autoptr(JsonNode) trace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdin_path = NULL;
  g_autofree char *project = NULL;
  g_autofree char *file = NULL;
  gboolean json = FALSE;
  int max_steps = -1;
  const GOptionEntry entries[] = {
    { "stdin", 0, 0, G_OPTION_ARG_FILENAME, &stdin_path,
      N_("What the program reads as its input (default: nothing)"), N_("FILE") },
    { "max-steps", 0, 0, G_OPTION_ARG_INT, &max_steps,
      N_("Stop the program after N steps (default: 10000)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print every recorded state as JSON (docs/debugger.md)"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Runs FILE under Dojo's debugger, in the same sandbox as "
                                      "a Check, and records every step of it: the line, what "
                                      "happens there, the function, and the names with their "
                                      "values. The project folder is FILE's folder: other "
                                      "files there can be imported, and only they are "
                                      "stepped. Exits with 0 when the trace was made (also "
                                      "when the program raised an exception: the trace shows "
                                      "it), 1 if it could not be, 2 if the command line is "
                                      "wrong."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack trace: give one Python file\n"));
      return EXIT_USAGE;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_printerr (_("dojo-pack trace: %s is not a file\n"), argv[1]);
      return EXIT_USAGE;
    }
  if (max_steps != -1 && (max_steps < 1 || max_steps > TRACE_MAX_STEPS_LIMIT))
    {
      g_printerr (_("dojo-pack trace: --max-steps takes a number of steps from 1 to %d\n"),
                  TRACE_MAX_STEPS_LIMIT);
      return EXIT_USAGE;
    }
  if (stdin_path != NULL && (!g_file_test (stdin_path, G_FILE_TEST_IS_REGULAR) ||
                             access (stdin_path, R_OK) != 0))
    {
      g_printerr (_("dojo-pack trace: cannot read %s, given with --stdin\n"), stdin_path);
      return EXIT_USAGE;
    }

  {
    g_autoptr(GFile) given = g_file_new_for_commandline_arg (argv[1]);
    g_autofree char *path = g_file_get_path (given);

    project = g_path_get_dirname (path);
    file = g_path_get_basename (path);
  }

  run = dojo_debug_run_new (DOJO_DEBUG_MODE_TRACE, project, file);
  if (max_steps > 0)
    dojo_debug_run_set_max_steps (run, (guint)max_steps);
  if (!(trace = dojo_debug_run_trace_sync (run, stdin_path, NULL, &error)))
    {
      g_autofree char *shown = shown_text (error->message);

      g_printerr ("dojo-pack trace: %s\n", shown);
      return EXIT_PROBLEMS;
    }

  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *text = NULL;

      json_generator_set_root (generator, trace);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }
  else
    print_trace_table (json_node_get_object (trace));

  return EXIT_OK;
}

/* main ----------------------------------------------------------------- */

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  dojo-pack %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “dojo-pack COMMAND --help” for a command's options."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("dojo-pack");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("dojo-pack %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (commands[i].name, argc - 1, argv + 1);

  /* Run by grade only, so not in the list above. */
  if (g_str_equal (argv[1], GRADE_ONE))
    return cmd_grade_one (argc - 1, argv + 1);

  g_printerr (_("dojo-pack: “%s” is not a command\n\n"), argv[1]);
  print_usage (stderr);

  return EXIT_USAGE;
}
