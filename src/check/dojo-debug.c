/* dojo-debug.c: one run of the learner's program under the debugger
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-debug"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>

#include "dojo-check-private.h"
#include "dojo-checker.h"
#include "dojo-debug.h"
#include "dojo-json.h"
#include "dojo-paths.h"
#include "dojo-sandbox.h"

/* The debugger's backend (data/harness/dojo_debugger.py, docs/debugger.md)
 * runs the learner's program in the same sandbox as Check, with three
 * pipes of its own: events come back on its fd 3, commands go to its fd 4,
 * the job goes to its fd 5.  This object makes the pipes, the job and the
 * command line; whoever shows the program (the Output terminal, or
 * dojo_debug_run_trace_sync() here) spawns it.  Every event line starts
 * with the job's nonce: one that does not was written by the program
 * itself, and the run ends on it, unread.  Lines are bounded, and parsed
 * only once whole. */

#define MAX_DEBUG_LINE      (8 * 1024 * 1024)
#define MAX_TRACE_LINE      (32 * 1024 * 1024)
#define MAX_STDERR          (64 * 1024)
#define READ_CHUNK          (64 * 1024)
#define MEMORY_MB           512
#define PROCESSES           64
#define FILE_MB             16
#define TRACE_CPU_SECONDS   10
#define TRACE_WALL_SECONDS  30
#define TRACE_GRACE_SECONDS 2
#define DEFAULT_MAX_STEPS   10000
#define DEFAULT_HISTORY     500

struct _DojoDebugRun
{
  GObject        parent_instance;

  DojoDebugMode  mode;
  char          *project_dir;
  char          *file;
  char          *python;
  char          *stdin_text;
  GStrv          argv;
  char          *test_path;
  char          *test_id;
  GHashTable    *breakpoints;     /* file → GArray of guint */
  guint          max_steps;

  char          *nonce;
  int            job_fd;
  int            child_fds[3];
  GCancellable  *cancellable;
  GInputStream  *events;
  GOutputStream *commands;
  GQueue         pending;         /* GBytes: commands not written yet */
  GBytes        *writing;
  GByteArray    *line;
  gsize          scanned;
  gsize          max_line;

  JsonNode      *trace;
  GError        *error;

  guint          prepared : 1;
  guint          running : 1;
  guint          seen_event : 1;
  guint          exited : 1;
  guint          done : 1;
  guint          sync : 1;
};

G_DEFINE_FINAL_TYPE (DojoDebugRun, dojo_debug_run, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-debug-error-quark, dojo_debug_error)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STOPPED,
  EXITED,
  FAILED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void read_more (DojoDebugRun *self);

/* ------------------------------------------------------------------------ */
/* Helpers */


static char *
make_nonce (void)
{
  guint8 bytes[16];
  GString *hex = g_string_new (NULL);

  /* The kernel's randomness; GLib's own generator is not meant for
   * secrets. */
  if (getentropy (bytes, sizeof bytes) != 0)
    for (gsize i = 0; i < sizeof bytes; i++)
      bytes[i] = g_random_int_range (0, 256);
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    {
      close (*fd);
      *fd = -1;
    }
}

/* The interpreter the debugger runs: the checker's, whose rules say which
 * (dojo_checker_get_python()). */
static char *
default_python (void)
{
  g_autoptr(DojoChecker) checker = dojo_checker_new ();

  return g_strdup (dojo_checker_get_python (checker));
}

/* ------------------------------------------------------------------------ */
/* The end of a run */

static void
set_running (DojoDebugRun *self,
             gboolean      running)
{
  if (self->running == !!running)
    return;
  self->running = !!running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* No more events will be read: the pipe closed, or the run failed. */
static void
end_reading (DojoDebugRun *self)
{
  if (self->done)
    return;

  self->done = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->pending, (GDestroyNotify)g_bytes_unref);
  set_running (self, FALSE);
  if (!self->sync)
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
fail (DojoDebugRun   *self,
      DojoDebugError  code,
      const char     *message)
{
  g_autoptr(GError) error = NULL;

  if (self->done || self->error != NULL)
    return;

  error = g_error_new_literal (DOJO_DEBUG_ERROR, code, message);
  self->error = g_error_copy (error);
  if (!self->sync)
    g_signal_emit (self, signals[FAILED], 0, error);
  end_reading (self);
}

/* ------------------------------------------------------------------------ */
/* Events */

static void
handle_line (DojoDebugRun *self,
             const char   *line,
             gsize         length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize nonce_length = strlen (self->nonce);
  JsonNode *root;
  JsonObject *event;
  const char *kind;

  if (length <= nonce_length || memcmp (line, self->nonce, nonce_length) != 0 ||
      line[nonce_length] != ' ')
    {
      fail (self, DOJO_DEBUG_ERROR_FORGED,
            _("Something other than the debugger wrote to the debugger’s channel: "
              "the program itself, most likely. Nothing it wrote is shown."));
      return;
    }

  if (!json_parser_load_from_data (parser, line + nonce_length + 1,
                                   (gssize)(length - nonce_length - 1), &error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *message =
        g_strdup_printf (_("The debugger sent what Dojo cannot read: %s"),
                         error != NULL ? error->message : _("not a JSON object"));

      fail (self, DOJO_DEBUG_ERROR_PROTOCOL, message);
      return;
    }

  self->seen_event = TRUE;
  event = json_node_get_object (root);
  kind = dojo_json_get_string (event, "event");
  if (kind == NULL)
    kind = "";

  if (g_str_equal (kind, "stopped"))
    {
      JsonNode *state = json_object_get_member (event, "state");

      if (state == NULL || !JSON_NODE_HOLDS_OBJECT (state))
        {
          fail (self, DOJO_DEBUG_ERROR_PROTOCOL,
                _("The debugger stopped without saying where"));
          return;
        }
      if (!self->sync)
        g_signal_emit (self, signals[STOPPED], 0, event);
    }
  else if (g_str_equal (kind, "exited"))
    {
      self->exited = TRUE;
      if (!self->sync)
        g_signal_emit (self, signals[EXITED], 0, event);
    }
  else if (g_str_equal (kind, "trace"))
    {
      g_clear_pointer (&self->trace, json_node_unref);
      self->trace = json_node_ref (root);
      self->exited = TRUE;
    }
  else if (g_str_equal (kind, "error"))
    {
      const char *message = dojo_json_get_string (event, "message");

      fail (self, DOJO_DEBUG_ERROR_FAILED, message != NULL ? message : _("unknown error"));
    }
  /* Any other event is from a newer backend: not ours to read. */
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DojoDebugRun) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (self->done)
    return;
  if (bytes == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not read the debugger’s events: %s"), error->message);

      fail (self, DOJO_DEBUG_ERROR_PROTOCOL, message);
      return;
    }

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      if (self->line->len > 0)
        fail (self, DOJO_DEBUG_ERROR_PROTOCOL, _("The debugger’s last event was cut short"));
      else if (!self->seen_event)
        fail (self, DOJO_DEBUG_ERROR_FAILED,
              _("The debugger ended before it could start the program"));
      end_reading (self);
      return;
    }

  g_byte_array_append (self->line, g_bytes_get_data (bytes, NULL), size);
  while (!self->done)
    {
      const guint8 *start = self->line->data;
      const guint8 *newline = memchr (start + self->scanned, '\n',
                                      self->line->len - self->scanned);
      gsize length;

      if (newline == NULL)
        {
          self->scanned = self->line->len;
          if (self->line->len > self->max_line)
            fail (self, DOJO_DEBUG_ERROR_PROTOCOL,
                  _("The debugger sent more at once than Dojo reads"));
          break;
        }
      length = (gsize)(newline - start);
      handle_line (self, (const char *)start, length);
      g_byte_array_remove_range (self->line, 0, (guint)length + 1);
      self->scanned = 0;
    }

  if (!self->done)
    read_more (self);
}

static void
read_more (DojoDebugRun *self)
{
  g_input_stream_read_bytes_async (self->events, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   self->cancellable, read_done, g_object_ref (self));
}

/* ------------------------------------------------------------------------ */
/* Commands, and the job */

static void write_next (DojoDebugRun *self);

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DojoDebugRun) self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->writing, g_bytes_unref);
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    {
      /* The backend is gone: its end says so on the event pipe. */
      g_debug ("Could not send a command to the debugger: %s", error->message);
      g_queue_clear_full (&self->pending, (GDestroyNotify)g_bytes_unref);
      return;
    }
  write_next (self);
}

static void
write_next (DojoDebugRun *self)
{
  if (self->writing != NULL || self->commands == NULL || g_queue_is_empty (&self->pending))
    return;

  self->writing = g_queue_pop_head (&self->pending);
  g_output_stream_write_all_async (self->commands,
                                   g_bytes_get_data (self->writing, NULL),
                                   g_bytes_get_size (self->writing),
                                   G_PRIORITY_DEFAULT, self->cancellable,
                                   write_done, g_object_ref (self));
}

/* Takes @builder's object as one command line. */
static void
send_command (DojoDebugRun *self,
              JsonBuilder  *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = json_to_string (root, FALSE);
  char *line;

  if (!self->running)
    return;

  line = g_strconcat (text, "\n", NULL);
  g_queue_push_tail (&self->pending, g_bytes_new_take (line, strlen (line)));
  write_next (self);
}

static void
job_written (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    g_debug ("Could not send the job to the debugger: %s", error->message);
  /* Its end is what tells the backend the job is whole. */
  g_output_stream_close (G_OUTPUT_STREAM (source), NULL, NULL);
  g_bytes_unref (user_data);
}

static void
add_lines (JsonBuilder  *builder,
           const GArray *lines)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < lines->len; i++)
    json_builder_add_int_value (builder, g_array_index (lines, guint, i));
  json_builder_end_array (builder);
}

static char *
build_job (DojoDebugRun *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GHashTableIter iter;
  gpointer key, value;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, self->mode == DOJO_DEBUG_MODE_TRACE ? "trace" : "debug");
  json_builder_set_member_name (builder, "nonce");
  json_builder_add_string_value (builder, self->nonce);
  json_builder_set_member_name (builder, "project");
  json_builder_add_string_value (builder, self->project_dir);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, self->file);
  json_builder_set_member_name (builder, "argv");
  json_builder_begin_array (builder);
  for (guint i = 0; self->argv != NULL && self->argv[i] != NULL; i++)
    json_builder_add_string_value (builder, self->argv[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "stdin");
  if (self->stdin_text != NULL)
    json_builder_add_string_value (builder, self->stdin_text);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "test");
  if (self->test_path != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, self->test_path);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, self->test_id);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "breakpoints");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, self->breakpoints);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (builder, key);
      add_lines (builder, value);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "max_steps");
  json_builder_add_int_value (builder, self->max_steps);
  json_builder_set_member_name (builder, "history");
  json_builder_add_int_value (builder, DEFAULT_HISTORY);

  /* An exercise's limits; no CPU time limit while debugging, where a
   * learner may look at a stop for as long as they like. */
  json_builder_set_member_name (builder, "limits");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "memory_mb");
  json_builder_add_int_value (builder, MEMORY_MB);
  json_builder_set_member_name (builder, "processes");
  json_builder_add_int_value (builder, PROCESSES);
  json_builder_set_member_name (builder, "file_mb");
  json_builder_add_int_value (builder, FILE_MB);
  if (self->mode == DOJO_DEBUG_MODE_TRACE)
    {
      json_builder_set_member_name (builder, "cpu_s");
      json_builder_add_int_value (builder, TRACE_CPU_SECONDS);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* ------------------------------------------------------------------------ */
/* The object */

static void
dojo_debug_run_dispose (GObject *object)
{
  DojoDebugRun *self = DOJO_DEBUG_RUN (object);

  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->pending, (GDestroyNotify)g_bytes_unref);

  G_OBJECT_CLASS (dojo_debug_run_parent_class)->dispose (object);
}

static void
dojo_debug_run_finalize (GObject *object)
{
  DojoDebugRun *self = DOJO_DEBUG_RUN (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->child_fds); i++)
    close_fd (&self->child_fds[i]);
  close_fd (&self->job_fd);
  g_clear_object (&self->events);
  g_clear_object (&self->commands);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->writing, g_bytes_unref);
  g_clear_pointer (&self->line, g_byte_array_unref);
  g_clear_pointer (&self->trace, json_node_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->breakpoints, g_hash_table_unref);
  g_free (self->project_dir);
  g_free (self->file);
  g_free (self->python);
  g_free (self->stdin_text);
  g_strfreev (self->argv);
  g_free (self->test_path);
  g_free (self->test_id);
  g_free (self->nonce);

  G_OBJECT_CLASS (dojo_debug_run_parent_class)->finalize (object);
}

static void
dojo_debug_run_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DojoDebugRun *self = DOJO_DEBUG_RUN (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_debug_run_class_init (DojoDebugRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_debug_run_dispose;
  object_class->finalize = dojo_debug_run_finalize;
  object_class->get_property = dojo_debug_run_get_property;

  /**
   * DojoDebugRun:running:
   *
   * Whether the run's events are being read: from dojo_debug_run_started()
   * until #DojoDebugRun::finished.
   */
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoDebugRun::stopped:
   * @event: the whole `stopped` event (docs/debugger.md)
   *
   * The program stopped, or a recorded state was shown (`reason`
   * "history").
   */
  signals[STOPPED] = g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, JSON_TYPE_OBJECT);
  /**
   * DojoDebugRun::exited:
   * @event: the `exited` event, with the program's exit `code`
   */
  signals[EXITED] = g_signal_new ("exited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JSON_TYPE_OBJECT);
  /**
   * DojoDebugRun::failed:
   * @error: in %DOJO_DEBUG_ERROR: a line the debugger did not write
   *   (%DOJO_DEBUG_ERROR_FORGED), one Dojo cannot read, or the backend's
   *   own `error` event
   *
   * The run cannot go on: whoever spawned it ends it.  No more events are
   * read; #DojoDebugRun::finished follows.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  /**
   * DojoDebugRun::finished:
   *
   * No more events: the program and the backend are gone, or the run
   * failed.  Always the last signal.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* A backend that died before reading would otherwise kill Dojo with
   * SIGPIPE when a command is written. */
  signal (SIGPIPE, SIG_IGN);
}

static void
dojo_debug_run_init (DojoDebugRun *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->child_fds); i++)
    self->child_fds[i] = -1;
  self->job_fd = -1;
  self->breakpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify)g_array_unref);
  self->max_steps = DEFAULT_MAX_STEPS;
  self->cancellable = g_cancellable_new ();
  self->line = g_byte_array_new ();
  g_queue_init (&self->pending);
}

/* ------------------------------------------------------------------------ */
/* Public API */

/**
 * dojo_debug_run_new:
 * @mode: stop and wait for commands, or record a trace
 * @project_dir: the project's folder: the only one the program may change
 * @file: the program, relative to @project_dir (or a path inside it)
 */
DojoDebugRun *
dojo_debug_run_new (DojoDebugMode  mode,
                    const char    *project_dir,
                    const char    *file)
{
  DojoDebugRun *self;
  g_autofree char *project = NULL;

  g_return_val_if_fail (project_dir != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  self = g_object_new (DOJO_TYPE_DEBUG_RUN, NULL);
  self->mode = mode;
  project = g_canonicalize_filename (project_dir, NULL);
  /* The real path: the sandbox shows the folder at the same place. */
  self->project_dir = _dojo_check_real_path (project);

  if (g_path_is_absolute (file))
    {
      g_autofree char *real = _dojo_check_real_path (file);
      gsize len = strlen (self->project_dir);

      if (strncmp (real, self->project_dir, len) == 0 && real[len] == '/')
        self->file = g_strdup (real + len + 1);
      else
        self->file = g_strdup (file);
    }
  else
    self->file = g_strdup (file);

  return self;
}

/**
 * dojo_debug_run_set_python:
 * @python: (nullable): the interpreter; %NULL for the one Check uses
 *   (`$DOJO_PYTHON`, else `/usr/bin/python3`, else `python3` from `PATH`)
 */
void
dojo_debug_run_set_python (DojoDebugRun *self,
                           const char   *python)
{
  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (!self->prepared);

  g_free (self->python);
  self->python = g_strdup (python);
}

/**
 * dojo_debug_run_set_argv:
 * @argv: (nullable) (array zero-terminated=1): the program's arguments,
 *   after its name (an io case's), or %NULL for none
 */
void
dojo_debug_run_set_argv (DojoDebugRun       *self,
                         const char * const *argv)
{
  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (!self->prepared);

  g_strfreev (self->argv);
  self->argv = g_strdupv ((char **)argv);
}

/**
 * dojo_debug_run_set_stdin:
 * @text: (nullable): what input() reads (each line is echoed in debug
 *   mode); %NULL: it reads from the program's stdin
 */
void
dojo_debug_run_set_stdin (DojoDebugRun *self,
                          const char   *text)
{
  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (!self->prepared);

  g_free (self->stdin_text);
  self->stdin_text = g_strdup (text);
}

/**
 * dojo_debug_run_set_test:
 * @test_path: the test file, an absolute path
 * @test_id: the one test to run, e.g. `test_main.TestAdd.test_negative`
 *
 * Runs that test instead of the program: the test file and what it
 * imports load without stopping; the first line of the learner's code the
 * test calls is the first stop.
 */
void
dojo_debug_run_set_test (DojoDebugRun *self,
                         const char   *test_path,
                         const char   *test_id)
{
  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (test_path != NULL && g_path_is_absolute (test_path));
  g_return_if_fail (test_id != NULL);
  g_return_if_fail (!self->prepared);

  g_free (self->test_path);
  g_free (self->test_id);
  self->test_path = _dojo_check_real_path (test_path);
  self->test_id = g_strdup (test_id);
}

/**
 * dojo_debug_run_set_breakpoints:
 * @file: a file of the project, relative to it
 * @lines: (array length=n_lines): the lines with a breakpoint
 * @n_lines: how many (0: none in @file)
 *
 * Before dojo_debug_run_started(), they go with the job; afterwards they
 * are sent as a command, read at the program's next stop.
 */
void
dojo_debug_run_set_breakpoints (DojoDebugRun *self,
                                const char   *file,
                                const guint  *lines,
                                guint         n_lines)
{
  GArray *array;

  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (file != NULL);
  g_return_if_fail (lines != NULL || n_lines == 0);

  array = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_lines);
  if (n_lines > 0)
    g_array_append_vals (array, lines, n_lines);
  g_hash_table_replace (self->breakpoints, g_strdup (file), array);

  if (self->running)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "command");
      json_builder_add_string_value (builder, "breakpoints");
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, file);
      json_builder_set_member_name (builder, "lines");
      add_lines (builder, array);
      json_builder_end_object (builder);
      send_command (self, builder);
    }
}

/**
 * dojo_debug_run_set_max_steps:
 * @max_steps: trace mode ends the program after this many steps
 */
void
dojo_debug_run_set_max_steps (DojoDebugRun *self,
                              guint         max_steps)
{
  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (!self->prepared);

  self->max_steps = MAX (max_steps, 1);
}

/* The sandbox of Check's runs (dojo-checker.c, run_sandbox() and
 * make_sandboxes()): the project writable, the harness read-only, and the
 * test's folder read-only when a test is debugged. */
static GStrv
sandbox_prefix (DojoDebugRun  *self,
                const char    *python,
                const char    *harness_dir,
                GError       **error)
{
  g_autoptr(DojoSandbox) sandbox = dojo_sandbox_new (dojo_sandbox_kind_detect ());
  g_autofree char *etc = g_build_filename (harness_dir, "sandbox-etc", NULL);

  dojo_sandbox_set_writable (sandbox, self->project_dir);
  dojo_sandbox_add_readonly (sandbox, harness_dir);
  dojo_sandbox_set_etc_dir (sandbox, etc);
  dojo_sandbox_set_program (sandbox, python);
  dojo_sandbox_add_fd (sandbox, 3);
  dojo_sandbox_add_fd (sandbox, 4);
  dojo_sandbox_add_fd (sandbox, 5);

  if (self->test_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->test_path);
      g_autofree char *exercise_json = g_build_filename (dir, "exercise.json", NULL);

      /* Never an exercise's own folder: it holds the solution. */
      if (g_file_test (exercise_json, G_FILE_TEST_EXISTS))
        dojo_sandbox_add_readonly (sandbox, self->test_path);
      else
        dojo_sandbox_add_readonly (sandbox, dir);
    }

  return dojo_sandbox_get_prefix (sandbox, error);
}

/**
 * dojo_debug_run_prepare:
 * @argv: (out) (transfer full): the command to spawn
 * @child_fds: (out): the child's ends of the pipes, to become its fds 3,
 *   4 and 5; they stay this object's, closed by dojo_debug_run_started()
 *   (whoever spawns duplicates them, as VTE and GSubprocessLauncher do)
 *
 * Makes the pipes, the job and the command line: the sandbox's prefix,
 * then Python running the backend.
 *
 * Returns: %FALSE with @error set (%DOJO_DEBUG_ERROR_SANDBOX when no
 *   sandbox can be made) if the program cannot be debugged here
 */
gboolean
dojo_debug_run_prepare (DojoDebugRun   *self,
                        char         ***argv,
                        int             child_fds[3],
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_auto(GStrv) prefix = NULL;
  g_autofree char *harness_dir = NULL;
  g_autofree char *backend = NULL;
  int events[2] = { -1, -1 };
  int commands[2] = { -1, -1 };
  int job[2] = { -1, -1 };

  g_return_val_if_fail (DOJO_IS_DEBUG_RUN (self), FALSE);
  g_return_val_if_fail (argv != NULL, FALSE);
  g_return_val_if_fail (child_fds != NULL, FALSE);
  g_return_val_if_fail (!self->prepared, FALSE);

  if (self->python == NULL)
    self->python = default_python ();
  if (self->python == NULL)
    {
      g_set_error_literal (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                           _("Python 3 is not installed: Dojo needs “python3” "
                             "to run your program"));
      return FALSE;
    }

  {
    g_autofree char *dir = dojo_paths_get_harness_dir ();

    harness_dir = _dojo_check_real_path (dir);
  }
  backend = g_build_filename (harness_dir, "dojo_debugger.py", NULL);
  if (!g_file_test (backend, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("The debugger is missing from %s"), harness_dir);
      return FALSE;
    }
  if (!g_file_test (self->project_dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("The project folder %s is not there"), self->project_dir);
      return FALSE;
    }

  if (!(prefix = sandbox_prefix (self, self->python, harness_dir, &local_error)))
    {
      g_set_error_literal (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_SANDBOX,
                           local_error->message);
      return FALSE;
    }

  /* Every end is close-on-exec: nothing else Dojo starts meanwhile gets
   * one.  Whoever spawns puts the child's on 3, 4 and 5. */
  if (!g_unix_open_pipe (events, FD_CLOEXEC, &local_error) ||
      !g_unix_open_pipe (commands, FD_CLOEXEC, &local_error) ||
      !g_unix_open_pipe (job, FD_CLOEXEC, &local_error))
    {
      for (guint i = 0; i < 2; i++)
        {
          close_fd (&events[i]);
          close_fd (&commands[i]);
          close_fd (&job[i]);
        }
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("Could not make the debugger’s channels: %s"), local_error->message);
      return FALSE;
    }
  g_unix_set_fd_nonblocking (commands[1], TRUE, NULL);
  g_unix_set_fd_nonblocking (job[1], TRUE, NULL);

  self->child_fds[0] = events[1];
  self->child_fds[1] = commands[0];
  self->child_fds[2] = job[0];
  self->events = g_unix_input_stream_new (events[0], TRUE);
  self->commands = g_unix_output_stream_new (commands[1], TRUE);
  /* The job goes in at started(). */
  self->job_fd = job[1];

  self->nonce = make_nonce ();
  self->max_line = self->mode == DOJO_DEBUG_MODE_TRACE ? MAX_TRACE_LINE : MAX_DEBUG_LINE;
  self->prepared = TRUE;

  words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; prefix[i] != NULL; i++)
    g_ptr_array_add (words, g_strdup (prefix[i]));
  /* -I: nothing of the user's environment changes Python; -B: no bytecode
   * written anywhere the program could change it. */
  g_ptr_array_add (words, g_strdup (self->python));
  g_ptr_array_add (words, g_strdup ("-I"));
  g_ptr_array_add (words, g_strdup ("-B"));
  g_ptr_array_add (words, g_strdup ("-X"));
  g_ptr_array_add (words, g_strdup ("utf8"));
  g_ptr_array_add (words, g_strdup ("-c"));
  g_ptr_array_add (words, g_strdup ("import sys; sys.path.insert(0, sys.argv[1]); "
                                    "import dojo_debugger; dojo_debugger.start()"));
  g_ptr_array_add (words, g_strdup (harness_dir));
  g_ptr_array_add (words, NULL);

  *argv = (char **)g_ptr_array_free (g_steal_pointer (&words), FALSE);
  for (guint i = 0; i < 3; i++)
    child_fds[i] = self->child_fds[i];
  return TRUE;
}

/**
 * dojo_debug_run_started:
 *
 * To be called once the spawn of the command from dojo_debug_run_prepare()
 * was attempted (whether it worked or not: if not, the event pipe ends at
 * once and #DojoDebugRun::failed says so).  Closes the child's ends here,
 * writes the job, and reads events on the thread-default main context.
 */
void
dojo_debug_run_started (DojoDebugRun *self)
{
  g_autofree char *job = NULL;
  g_autoptr(GOutputStream) job_stream = NULL;
  GBytes *bytes;

  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));
  g_return_if_fail (self->prepared);
  g_return_if_fail (!self->running && !self->done);

  for (guint i = 0; i < G_N_ELEMENTS (self->child_fds); i++)
    close_fd (&self->child_fds[i]);

  job = build_job (self);
  bytes = g_bytes_new (job, strlen (job));
  job_stream = g_unix_output_stream_new (self->job_fd, TRUE);
  self->job_fd = -1;
  g_output_stream_write_all_async (job_stream, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), G_PRIORITY_DEFAULT, NULL,
                                   job_written, bytes);

  set_running (self, TRUE);
  read_more (self);
}

static const char *
step_command (DojoDebugStep step)
{
  switch (step)
    {
    case DOJO_DEBUG_STEP_INTO:  return "step";
    case DOJO_DEBUG_STEP_OVER:  return "next";
    case DOJO_DEBUG_STEP_OUT:   return "out";
    case DOJO_DEBUG_CONTINUE:   return "continue";
    default:                    g_return_val_if_reached ("step");
    }
}

/**
 * dojo_debug_run_step:
 *
 * Moves the stopped program: into, over or out of the current line, or on
 * until a breakpoint, an exception or the end.  After an exception stop,
 * any step ends the program.
 */
void
dojo_debug_run_step (DojoDebugRun  *self,
                     DojoDebugStep  step)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "command");
  json_builder_add_string_value (builder, step_command (step));
  json_builder_end_object (builder);
  send_command (self, builder);
}

/**
 * dojo_debug_run_show:
 * @index: a recorded state's `index`
 *
 * Asks for a recorded state again: it comes as #DojoDebugRun::stopped
 * with `reason` "history" (an index no longer kept gives the nearest one
 * that is).  The program does not move.
 */
void
dojo_debug_run_show (DojoDebugRun *self,
                     guint         index)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_if_fail (DOJO_IS_DEBUG_RUN (self));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "command");
  json_builder_add_string_value (builder, "show");
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, index);
  json_builder_end_object (builder);
  send_command (self, builder);
}

gboolean
dojo_debug_run_get_running (DojoDebugRun *self)
{
  g_return_val_if_fail (DOJO_IS_DEBUG_RUN (self), FALSE);

  return self->running;
}

/* ------------------------------------------------------------------------ */
/* Trace mode, waited for */

typedef struct
{
  GByteArray *data;
  gboolean    done;
} StderrReader;

static void
stderr_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  StderrReader *reader = user_data;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source),
                                                              result, NULL);

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      reader->done = TRUE;
      return;
    }
  if (reader->data->len < MAX_STDERR)
    g_byte_array_append (reader->data, g_bytes_get_data (bytes, NULL),
                         MIN (g_bytes_get_size (bytes), MAX_STDERR - reader->data->len));
  g_input_stream_read_bytes_async (G_INPUT_STREAM (source), READ_CHUNK, G_PRIORITY_DEFAULT,
                                   NULL, stderr_read, reader);
}

static gboolean
deadline_reached (gpointer user_data)
{
  gboolean *reached = user_data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

static void
trace_waited (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *ended = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *ended = TRUE;
}

static void
trace_child_setup (gpointer user_data)
{
  /* The run ends with whoever asked for it. */
  prctl (PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
}

/**
 * dojo_debug_run_trace_sync:
 * @stdin_path: (nullable): the file the program reads as its stdin; %NULL:
 *   nothing (input() meets the end of the input)
 *
 * Trace mode: runs the program in its sandbox, waiting (with a deadline
 * and a CPU time limit) until it ends or reaches the maximum number of
 * steps.
 *
 * Returns: (transfer full): the `trace` event (docs/debugger.md), or
 *   %NULL with @error set
 */
JsonNode *
dojo_debug_run_trace_sync (DojoDebugRun  *self,
                           const char    *stdin_path,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSource) deadline = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) stderr_data = g_byte_array_new ();
  g_auto(GStrv) argv = NULL;
  StderrReader reader = { stderr_data, FALSE };
  gboolean timed_out = FALSE;
  int child_fds[3];

  g_return_val_if_fail (DOJO_IS_DEBUG_RUN (self), NULL);
  g_return_val_if_fail (self->mode == DOJO_DEBUG_MODE_TRACE, NULL);
  g_return_val_if_fail (!self->prepared, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (stdin_path != NULL && access (stdin_path, R_OK) != 0)
    {
      int saved = errno;

      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("Cannot read %s: %s"), stdin_path, g_strerror (saved));
      return NULL;
    }

  self->sync = TRUE;
  if (!dojo_debug_run_prepare (self, &argv, child_fds, error))
    return NULL;

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_stdin_file_path (launcher, stdin_path ? stdin_path : "/dev/null");
  g_subprocess_launcher_set_cwd (launcher, self->project_dir);
  g_subprocess_launcher_set_child_setup (launcher, trace_child_setup, NULL, NULL);
  for (guint i = 0; i < 3; i++)
    g_subprocess_launcher_take_fd (launcher, dup (child_fds[i]), 3 + (int)i);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv, &local_error);
  /* The launcher's copies of the child's ends must go, or the event pipe
   * never ends. */
  g_subprocess_launcher_close (launcher);
  dojo_debug_run_started (self);

  if (process == NULL)
    {
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("Could not start Python to trace the program: %s"), local_error->message);
      end_reading (self);
      g_main_context_pop_thread_default (context);
      return NULL;
    }

  g_input_stream_read_bytes_async (g_subprocess_get_stderr_pipe (process), READ_CHUNK,
                                   G_PRIORITY_DEFAULT, NULL, stderr_read, &reader);
  deadline = g_timeout_source_new_seconds (TRACE_WALL_SECONDS);
  g_source_set_callback (deadline, deadline_reached, &timed_out, NULL);
  g_source_attach (deadline, context);

  while (!self->done && !timed_out &&
         !(cancellable != NULL && g_cancellable_is_cancelled (cancellable)))
    g_main_context_iteration (context, TRUE);

  /* The backend is gone: the sandbox ends by itself, and says how. */
  if (self->done && self->error == NULL && !timed_out)
    {
      g_autoptr(GSource) grace = g_timeout_source_new_seconds (TRACE_GRACE_SECONDS);
      gboolean ended = FALSE, late = FALSE;

      g_subprocess_wait_async (process, NULL, trace_waited, &ended);
      g_source_set_callback (grace, deadline_reached, &late, NULL);
      g_source_attach (grace, context);
      while (!ended && !late)
        g_main_context_iteration (context, TRUE);
      g_source_destroy (grace);
      if (!ended)
        g_subprocess_force_exit (process);
      while (!ended)
        g_main_context_iteration (context, TRUE);
    }

  /* Whatever the program left running goes with it: the sandbox's first
   * process, and its whole pid namespace with it. */
  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  end_reading (self);
  while (!reader.done)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (deadline);
  /* Let the cancelled reads and writes end here, not on a context
   * nobody iterates. */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);
  g_main_context_pop_thread_default (context);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (self->error != NULL && self->error->code != DOJO_DEBUG_ERROR_FAILED)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return NULL;
    }
  if (self->trace != NULL)
    return json_node_ref (self->trace);

  {
    g_autofree char *text = g_utf8_make_valid (stderr_data->len > 0
                                               ? (const char *)stderr_data->data : "",
                                               stderr_data->len);

    if (timed_out)
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("The program ran for more than %d seconds and was stopped"),
                   TRACE_WALL_SECONDS);
    else if (g_str_has_prefix (text, "bwrap:"))
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_SANDBOX,
                   _("The sandbox could not be made: %s"), g_strstrip (text));
    else if (self->error != NULL && self->seen_event)
      g_propagate_error (error, g_error_copy (self->error));
    else if (g_subprocess_get_if_signaled (process) ||
             (g_subprocess_get_if_exited (process) &&
              g_subprocess_get_exit_status (process) > 128))
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("The program was stopped before it ended: it ran out of time or "
                     "memory"));
    else
      g_set_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED,
                   _("The debugger ended without a trace: %s"), g_strstrip (text));
  }
  return NULL;
}
