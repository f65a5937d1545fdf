/* dojo-pack-tool-grade.c: dojo-pack grade, grading learners' exported work
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
#include "dojo-pack-tool.h"

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

int
dojo_pack_cmd_grade (const char   *name,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("grade");
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
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
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

  if (!(pack = dojo_pack_tool_load_pack ("grade", argv[1])))
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
int
dojo_pack_cmd_grade_one (int    argc,
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

