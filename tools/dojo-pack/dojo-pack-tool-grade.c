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

/* The progress bar: on the standard error when it is a terminal, once
 * grading has taken GRADE_PROGRESS_AFTER_S; one line, redrawn in place. */
#define GRADE_PROGRESS_AFTER_S 2
#define GRADE_PROGRESS_WIDTH   24

static struct
{
  gboolean  terminal;
  gboolean  shown;
  guint     done;
  guint     total;
  char     *current;
  guint     timer_id;
} progress;

static void
progress_draw (void)
{
  g_autoptr(GString) bar = g_string_new (NULL);
  guint filled;

  if (!progress.shown)
    return;

  filled = progress.total > 0 ? progress.done * GRADE_PROGRESS_WIDTH / progress.total : 0;
  for (guint i = 0; i < GRADE_PROGRESS_WIDTH; i++)
    g_string_append (bar, i < filled ? "█" : "░");
  g_printerr ("\r\033[K%s %u/%u %s", bar->str, progress.done, progress.total,
              progress.current ? progress.current : "");
  fflush (stderr);
}

/* Takes the bar off its line, before a message is printed there. */
static void
progress_clear (void)
{
  if (!progress.shown)
    return;
  g_printerr ("\r\033[K");
  fflush (stderr);
}

static gboolean
progress_show (gpointer user_data)
{
  progress.timer_id = 0;
  progress.shown = progress.terminal;
  progress_draw ();

  return G_SOURCE_REMOVE;
}

static void
progress_start (guint total)
{
  progress.terminal = isatty (STDERR_FILENO);
  progress.total = total;
  if (progress.terminal)
    progress.timer_id = g_timeout_add_seconds (GRADE_PROGRESS_AFTER_S, progress_show, NULL);
}

static void
progress_set (guint       done,
              const char *current)
{
  progress.done = done;
  g_free (progress.current);
  progress.current = g_strdup (current);
  progress_draw ();
}

static void
progress_stop (void)
{
  progress_clear ();
  g_clear_handle_id (&progress.timer_id, g_source_remove);
  g_clear_pointer (&progress.current, g_free);
  progress.shown = FALSE;
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
                const char  *at,
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
                                               submission, workdir, at, NULL);
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
  /* Not g_timeout_add_seconds(): it may fire up to a second early, and a
   * submission is promised its whole --timeout. */
  child.deadline_id = g_timeout_add ((guint)MIN ((guint64)deadline * 1000, G_MAXUINT),
                                     grade_deadline_reached, &child);

  while (!child.exited || child.out.open || child.err.open)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&child.deadline_id, g_source_remove);
  g_clear_handle_id (&child.drain_id, g_source_remove);
  _dojo_remove_tree (workdir);

  progress_clear ();
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

/* One submission graded: its rows, or why it was skipped. */
typedef struct
{
  char      *shown;     /* the file name, safe for a terminal */
  GPtrArray *rows;      /* DojoGradeRow; NULL if skipped */
  char      *why;
} Graded;

static void
graded_free (Graded *graded)
{
  g_free (graded->shown);
  g_clear_pointer (&graded->rows, g_ptr_array_unref);
  g_free (graded->why);
  g_free (graded);
}

static void
rows_total (GPtrArray *rows,
            guint64   *score,
            guint64   *max)
{
  *score = *max = 0;
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const DojoGradeRow *row = g_ptr_array_index (rows, i);

      *score += row->score;
      *max += row->max;
    }
}

/* The name a submission's learner goes by in the summary and the reports. */
static const char *
graded_learner (Graded *graded)
{
  if (graded->rows != NULL && graded->rows->len > 0)
    return ((DojoGradeRow *)g_ptr_array_index (graded->rows, 0))->learner;
  return graded->shown;
}

/* Writes @text to @out_path, replaced in one step (a new file next to
 * it, then renamed), so that it always holds whole submissions; or to
 * the standard output, what was not written yet. */
static gboolean
write_output (const char  *out_path,
              GString     *text,
              gsize       *written,
              GError     **error)
{
  if (out_path != NULL)
    {
      if (!g_file_set_contents (out_path, text->str, text->len, error))
        return FALSE;
    }
  else
    {
      fwrite (text->str + *written, 1, text->len - *written, stdout);
      fflush (stdout);
    }

  *written = text->len;
  return TRUE;
}

/* `grade --json`: every learner, item and check. */
static char *
grades_json (DojoPack   *pack,
             GDateTime  *deadline,
             GPtrArray  *graded)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "pack");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, dojo_pack_get_id (pack));
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, dojo_pack_get_version (pack));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "deadline");
  if (deadline != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (deadline);

      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "learners");
  json_builder_begin_array (builder);
  for (guint i = 0; i < graded->len; i++)
    {
      Graded *one = g_ptr_array_index (graded, i);
      const DojoGradeRow *first;
      guint64 score, max;

      if (one->rows == NULL)
        continue;
      first = one->rows->len > 0 ? g_ptr_array_index (one->rows, 0) : NULL;
      rows_total (one->rows, &score, &max);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "learner");
      json_builder_add_string_value (builder, graded_learner (one));
      json_builder_set_member_name (builder, "email");
      json_builder_add_string_value (builder, first ? first->email : "");
      json_builder_set_member_name (builder, "submission");
      json_builder_add_string_value (builder, one->shown);
      json_builder_set_member_name (builder, "exported_at");
      if (first != NULL && first->exported_at != NULL)
        json_builder_add_string_value (builder, first->exported_at);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "score");
      json_builder_add_int_value (builder, (gint64)score);
      json_builder_set_member_name (builder, "max");
      json_builder_add_int_value (builder, (gint64)max);
      json_builder_set_member_name (builder, "items");
      json_builder_add_value (builder, dojo_grade_rows_to_json (one->rows));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; i < graded->len; i++)
    {
      Graded *one = g_ptr_array_index (graded, i);

      if (one->rows != NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "submission");
      json_builder_add_string_value (builder, one->shown);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, one->why);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/* The summary at the end: a line per learner, a column per exercise and
 * project, score/max in each cell, the learner's total last. */
static void
print_summary (DojoPack  *pack,
               GPtrArray *graded)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GArray) widths = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);

      if (dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_EXERCISE ||
          dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_PROJECT)
        g_ptr_array_add (items, (gpointer)dojo_pack_item_get_id (item));
    }

  g_ptr_array_add (header, g_strdup (_("Learner")));
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (header, g_strdup (g_ptr_array_index (items, i)));
  g_ptr_array_add (header, g_strdup (_("Total")));
  g_ptr_array_add (table, g_ptr_array_ref (header));

  for (guint i = 0; i < graded->len; i++)
    {
      Graded *one = g_ptr_array_index (graded, i);
      GPtrArray *line = g_ptr_array_new_with_free_func (g_free);
      guint64 score, max;

      g_ptr_array_add (line, dojo_pack_tool_shown_text (graded_learner (one)));
      for (guint j = 0; j < items->len; j++)
        {
          const char *id = g_ptr_array_index (items, j);
          char *cell = g_strdup (one->rows == NULL ? _("skipped") : "–");

          for (guint k = 0; one->rows != NULL && k < one->rows->len; k++)
            {
              const DojoGradeRow *row = g_ptr_array_index (one->rows, k);

              if (g_strcmp0 (row->item_id, id) == 0)
                {
                  g_free (cell);
                  cell = g_strdup_printf ("%u/%u", row->score, row->max);
                  break;
                }
            }
          g_ptr_array_add (line, cell);
        }
      rows_total (one->rows, &score, &max);
      g_ptr_array_add (line, one->rows == NULL ? g_strdup (_("skipped"))
                                               : g_strdup_printf ("%" G_GUINT64_FORMAT "/%"
                                                                  G_GUINT64_FORMAT, score, max));
      g_ptr_array_add (table, line);
    }

  g_array_set_size (widths, header->len);
  for (guint i = 0; i < table->len; i++)
    {
      GPtrArray *line = g_ptr_array_index (table, i);

      for (guint j = 0; j < line->len; j++)
        {
          guint width = g_utf8_strlen (g_ptr_array_index (line, j), -1);

          g_array_index (widths, guint, j) = MAX (g_array_index (widths, guint, j), width);
        }
    }

  for (guint i = 0; i < table->len; i++)
    {
      GPtrArray *line = g_ptr_array_index (table, i);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint j = 0; j < line->len; j++)
        {
          const char *cell = g_ptr_array_index (line, j);
          guint pad = g_array_index (widths, guint, j) - g_utf8_strlen (cell, -1);

          if (j > 0)
            g_string_append (text, "  ");
          /* Names to the left, numbers to the right. */
          if (j > 0)
            for (guint k = 0; k < pad; k++)
              g_string_append_c (text, ' ');
          g_string_append (text, cell);
          if (j == 0)
            for (guint k = 0; k < pad; k++)
              g_string_append_c (text, ' ');
        }
      g_print ("%s\n", text->str);
    }
}

/* Text of a submission as Markdown shows it as it is: the characters
 * Markdown reads as formatting are escaped, line breaks become spaces. */
static void
append_md_text (GString    *md,
                const char *text)
{
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (md, ' ');
      else if (strchr ("\\`*_{}[]<>()#+-!|~", *p) != NULL)
        {
          g_string_append_c (md, '\\');
          g_string_append_c (md, *p);
        }
      else
        g_string_append_c (md, *p);
    }
}

/* A message of a check, as a quote, line for line. A message is Markdown
 * the checker wrote: what came from the learner's program (its output,
 * its errors) is inside code blocks, whose fences are longer than any run
 * of backticks in it, so it shows as written. Outside code blocks, '<' and
 * '&' are escaped, so that no Markdown viewer reads HTML into it. */
static void
append_md_quote (GString    *md,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gsize fence = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize ticks = strspn (line, "`");

      g_string_append (md, "  > ");
      if (fence > 0 || ticks >= 3)
        {
          g_string_append (md, line);
          /* A fence opens a block, and only as long a fence or longer,
           * with nothing after it, closes it (CommonMark). */
          if (fence == 0)
            fence = ticks;
          else if (ticks >= fence && line[strspn (line, "` ")] == '\0')
            fence = 0;
        }
      else
        for (const char *p = line; *p != '\0'; p++)
          {
            if (*p == '<')
              g_string_append (md, "&lt;");
            else if (*p == '&')
              g_string_append (md, "&amp;");
            else
              g_string_append_c (md, *p);
          }
      g_string_append (md, "\n");
    }
}

/* The report a teacher can hand back to one learner. */
static char *
learner_report (DojoPack   *pack,
                GDateTime  *deadline,
                Graded     *graded)
{
  g_autoptr(GString) md = g_string_new (NULL);
  const DojoGradeRow *first = g_ptr_array_index (graded->rows, 0);
  guint64 score, max;

  rows_total (graded->rows, &score, &max);

  g_string_append (md, "# ");
  append_md_text (md, first->learner);
  g_string_append (md, "\n\n");
  /* Translators: %s is the title of a course, then its version. */
  g_string_append_printf (md, _("Course: %s, version %s"), dojo_pack_get_title (pack),
                          dojo_pack_get_version (pack));
  g_string_append (md, "  \n");
  if (first->exported_at != NULL)
    {
      g_string_append_printf (md, _("Work exported: %s"), first->exported_at);
      g_string_append (md, "  \n");
    }
  if (deadline != NULL)
    {
      g_autofree char *when = g_date_time_format (deadline, "%Y-%m-%d %H:%M:%S %z");

      g_string_append_printf (md, _("Graded: the last commit before %s"), when);
      g_string_append (md, "  \n");
    }
  {
    /* Numbers as text: xgettext cannot read G_GUINT64_FORMAT in a message. */
    g_autofree char *n_score = g_strdup_printf ("%" G_GUINT64_FORMAT, score);
    g_autofree char *n_max = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

    /* Translators: a learner's total in their report, "Total: 4 of 5 points" */
    g_string_append_printf (md, g_dngettext (GETTEXT_PACKAGE, "**Total: %s of %s point**\n",
                                             "**Total: %s of %s points**\n", (gulong)MIN (max, G_MAXULONG)),
                            n_score, n_max);
  }

  for (guint i = 0; i < graded->rows->len; i++)
    {
      const DojoGradeRow *row = g_ptr_array_index (graded->rows, i);
      DojoPackItem *item = dojo_pack_lookup_item (pack, row->item_id);

      g_string_append (md, "\n## ");
      append_md_text (md, item != NULL ? dojo_pack_item_get_title (item) : row->item_id);
      g_string_append_printf (md, ": %u/%u\n\n", row->score, row->max);

      if (row->commit != NULL)
        {
          /* Translators: the first %s is a commit's short id, the second its time. */
          g_string_append_printf (md, _("Commit %.12s, %s"), row->commit,
                                  row->last_commit ? row->last_commit : "");
          g_string_append (md, "\n\n");
        }
      if (row->checks->len == 0 && row->reason != NULL)
        {
          append_md_text (md, row->reason);
          g_string_append (md, "\n");
        }
      for (guint j = 0; j < row->checks->len; j++)
        {
          const DojoGradeCheck *check = g_ptr_array_index (row->checks, j);

          g_string_append_printf (md, "- %s ", check->passed ? "✓" : "✗");
          append_md_text (md, check->title);
          g_string_append_printf (md, " (%u/%u)\n", check->earned, check->points);
          if (!check->passed && check->message != NULL && check->message[0] != '\0')
            {
              g_string_append (md, "\n");
              append_md_quote (md, check->message);
              g_string_append (md, "\n");
            }
        }
    }

  return g_string_free (g_steal_pointer (&md), FALSE);
}

/* A file name for @learner: lowercase ASCII letters, digits and '-'
 * only, unique among @taken. */
static char *
report_name (const char *learner,
             GHashTable *taken)
{
  g_autofree char *ascii = g_str_to_ascii (learner, "C");
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *name;

  for (const char *p = ascii; *p != '\0' && slug->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "learner");

  base = g_string_free (g_steal_pointer (&slug), FALSE);
  name = g_strdup_printf ("%s.md", base);
  for (guint n = 2; g_hash_table_contains (taken, name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s-%u.md", base, n);
    }
  g_hash_table_add (taken, g_strdup (name));

  return name;
}

static gboolean
write_reports (const char  *dir,
               DojoPack    *pack,
               GDateTime   *deadline,
               GPtrArray   *graded,
               GError     **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot make the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  for (guint i = 0; i < graded->len; i++)
    {
      Graded *one = g_ptr_array_index (graded, i);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      if (one->rows == NULL || one->rows->len == 0)
        continue;
      name = report_name (graded_learner (one), taken);
      path = g_build_filename (dir, name, NULL);
      text = learner_report (pack, deadline, one);
      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
    }

  return TRUE;
}

/* The pack to grade with: a folder, or a .dojopack extracted (with the
 * checks on every entry that installing makes) into a private folder
 * under @tmp, which the caller deletes. */
static char *
pack_folder (const char  *path,
             char       **tmp,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFile) dest = NULL;
  GFileType type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL);

  if (type == G_FILE_TYPE_DIRECTORY)
    return g_file_get_path (file);
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s is neither a pack folder nor a .dojopack file"), path);
      return NULL;
    }

  if (!(*tmp = g_dir_make_tmp ("dojo-grade-pack-XXXXXX", error)))
    return NULL;
  dest = g_file_new_build_filename (*tmp, "pack", NULL);
  if (!dojo_archive_extract (file, dest, NULL, error))
    {
      g_autofree char *shown = dojo_pack_tool_shown_text (path);
      g_autofree char *why = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", shown, why);
      return NULL;
    }

  return g_file_get_path (dest);
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
  g_autoptr(GPtrArray) graded = g_ptr_array_new_with_free_func ((GDestroyNotify)graded_free);
  g_autoptr(GDateTime) deadline = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *reports_dir = NULL;
  g_autofree char *at = NULL;
  g_autofree char *at_utc = NULL;
  g_autofree char *self = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *pack_path = NULL;
  g_autofree char *edition = NULL;
  gboolean json = FALSE;
  gboolean allow_student = FALSE;
  gboolean to_stdout;
  gsize written = 0;
  guint skipped = 0;
  guint deadline_s;
  int timeout = 0;
  int status = EXIT_OK;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
      N_("Write the grades to FILE (“-”: the standard output, as without -o)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Write JSON, with every check of every item, instead of CSV"), NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at,
      N_("Grade each learner's last commit before DATE (ISO 8601: 2026-03-01, the end of "
         "that day, local time; or 2026-03-01T18:00)"), N_("DATE") },
    { "reports", 0, 0, G_OPTION_ARG_FILENAME, &reports_dir,
      N_("Write a report in Markdown for each learner into DIR (LEARNER.md)"), N_("DIR") },
    { "allow-student", 0, 0, G_OPTION_ARG_NONE, &allow_student,
      N_("Grade with a student edition all the same"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      N_("Give up on a submission after SECONDS (default: from the pack's time limits)"),
      N_("SECONDS") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("PACK is the full edition: the .dojopack that build "
                                      "wrote without --student, or the pack folder. Every "
                                      "exercise and project of every submission is checked "
                                      "again; the CSV has one row per learner and item: "
                                      "learner, email, item, passed, attempts, hints_used, "
                                      "last_commit, score, max, reason, commit, exported_at, "
                                      "pack_version. A check is worth its points (1 unless "
                                      "exercise.json says otherwise); score is the points of "
                                      "the passed checks. Each submission is graded by a "
                                      "process of its own, with a time limit; the grades are "
                                      "written after each one. A broken or hostile "
                                      "submission, or one whose grading crashes, is stopped "
                                      "or runs out of time, is reported and skipped. When the "
                                      "grades go to a file, a summary table (learners × "
                                      "items) follows on the standard output. Exits with 0 if "
                                      "every submission was graded, 1 if one was skipped."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 3)
    {
      g_printerr (_("dojo-pack grade: give the full pack (a .dojopack or a folder) and at "
                    "least one .dojowork file\n"));
      return EXIT_USAGE;
    }
  if (timeout < 0)
    {
      g_printerr (_("dojo-pack grade: --timeout takes a number of seconds\n"));
      return EXIT_USAGE;
    }
  if (at != NULL)
    {
      g_autoptr(GDateTime) utc = NULL;

      if (!(deadline = dojo_grade_parse_deadline (at, NULL)))
        {
          g_autofree char *shown = dojo_pack_tool_shown_text (at);

          g_printerr (_("dojo-pack grade: --at takes an ISO 8601 date or date and time, "
                        "such as 2026-03-01 or 2026-03-01T18:00, not “%s”\n"), shown);
          return EXIT_USAGE;
        }
      utc = g_date_time_to_utc (deadline);
      at_utc = g_date_time_format_iso8601 (utc);
    }
  if (out_path != NULL && g_str_equal (out_path, "-"))
    g_clear_pointer (&out_path, g_free);
  to_stdout = out_path == NULL;

  if (!(pack_path = pack_folder (argv[1], &tmp, &error)))
    {
      g_printerr ("dojo-pack grade: %s\n", error->message);
      status = EXIT_USAGE;
      goto out;
    }

  {
    g_autoptr(GFile) pack_dir = g_file_new_for_path (pack_path);

    edition = dojo_grade_pack_edition (pack_dir);
  }
  if (g_strcmp0 (edition, "student") == 0 && !allow_student)
    {
      g_autofree char *shown = dojo_pack_tool_shown_text (argv[1]);

      g_printerr (_("dojo-pack grade: %s is the student edition: its hidden checks and "
                    "solutions are not in it, so the grades would be wrong. Grade with the "
                    "full edition (dojo-pack build without --student), or give "
                    "--allow-student to grade with this one all the same.\n"), shown);
      status = EXIT_USAGE;
      goto out;
    }

  if (!(pack = dojo_pack_tool_load_pack ("grade", pack_path)))
    {
      status = EXIT_USAGE;
      goto out;
    }

  deadline_s = timeout > 0 ? (guint)timeout : grade_deadline (pack);
  self = self_executable ();

  /* At once: a path that cannot be written fails before any grading. */
  if (!json)
    {
      dojo_grade_csv_header (csv);
      if (!write_output (out_path, csv, &written, &error))
        {
          g_printerr ("dojo-pack grade: %s\n", error->message);
          status = EXIT_USAGE;
          goto out;
        }
    }
  else if (out_path != NULL && !g_file_set_contents (out_path, "", 0, &error))
    {
      g_printerr ("dojo-pack grade: %s\n", error->message);
      status = EXIT_USAGE;
      goto out;
    }

  progress_start (argc - 2);
  for (int i = 2; i < argc; i++)
    {
      Graded *one = g_new0 (Graded, 1);

      one->shown = dojo_pack_tool_shown_text (argv[i]);
      g_ptr_array_add (graded, one);
      progress_set (i - 2, one->shown);

      if (!(one->rows = grade_in_child (self, pack_path, argv[i], one->shown, deadline_s,
                                        at_utc, &one->why)))
        {
          g_autofree char *shown_why = dojo_pack_tool_shown_text (one->why);

          progress_clear ();
          g_printerr (_("dojo-pack grade: skipped %s: %s\n"), one->shown, shown_why);
          skipped++;
          continue;
        }

      if (json)
        {
          /* A file always holds whole submissions; the standard output
           * gets the JSON once, at the end. */
          if (out_path != NULL)
            {
              g_autofree char *text = grades_json (pack, deadline, graded);

              if (!g_file_set_contents (out_path, text, -1, &error))
                {
                  progress_stop ();
                  g_printerr ("dojo-pack grade: %s\n", error->message);
                  status = EXIT_USAGE;
                  goto out;
                }
            }
        }
      else
        {
          dojo_grade_csv_rows (csv, one->rows);
          if (!write_output (out_path, csv, &written, &error))
            {
              progress_stop ();
              g_printerr ("dojo-pack grade: %s\n", error->message);
              status = EXIT_USAGE;
              goto out;
            }
        }
      progress_clear ();
      g_printerr (_("dojo-pack grade: graded %s\n"), one->shown);
    }
  progress_stop ();

  if (json)
    {
      g_autofree char *text = grades_json (pack, deadline, graded);

      if (to_stdout)
        g_print ("%s\n", text);
      else if (!g_file_set_contents (out_path, text, -1, &error))
        {
          g_printerr ("dojo-pack grade: %s\n", error->message);
          status = EXIT_USAGE;
          goto out;
        }
    }

  if (reports_dir != NULL && !write_reports (reports_dir, pack, deadline, graded, &error))
    {
      g_printerr ("dojo-pack grade: %s\n", error->message);
      status = EXIT_USAGE;
      goto out;
    }

  if (!to_stdout)
    print_summary (pack, graded);

  status = skipped == 0 ? EXIT_OK : EXIT_PROBLEMS;

out:
  if (tmp != NULL)
    _dojo_remove_tree (tmp);
  return status;
}

/* The grader of one submission, run by `grade` (see above): `grade-one
 * PACK SUBMISSION WORKDIR [DEADLINE]`, DEADLINE in ISO 8601. Prints
 * {"rows": […]} or {"error": "…"} on the standard output, and nothing
 * else there. */
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
  g_autoptr(GDateTime) deadline = NULL;
  g_autofree char *text = NULL;
  int fd;

  if (argc != 4 && argc != 5)
    return EXIT_USAGE;
  if (argc == 5)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

      if (!(deadline = g_date_time_new_from_iso8601 (argv[4], utc)))
        return EXIT_USAGE;
    }

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
      (rows = dojo_grade_submission_before (pack, submission, workdir, deadline, NULL,
                                            &error)))
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
