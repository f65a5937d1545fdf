/* dojo-type-server.c: the type checker kept warm for live guidance
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-type-server"

#include "config.h"

#include <signal.h>
#include <string.h>

#include "dojo-paths.h"
#include "dojo-type-server.h"

/* One `python3 -I -S dojo_typecheck.py --serve` process answers every live
 * type check: a JSON request per line on its stdin, a JSON answer per line
 * on its stdout (data/harness/dojo_typecheck.py). mypy's start and its
 * analysis of the standard library cost a second or more once; after that a
 * check of a learner's file takes tens of milliseconds, which is what lets
 * the underline follow a pause in typing.
 *
 * One request is with the process at a time; the others wait in order. A
 * request cancelled while it waits is never sent; one cancelled after it
 * was sent finishes in the process, and its answer is dropped. The process
 * starts with the first request. If it stops, the requests it had fail and
 * the next request starts a new one, unless the last one stopped too
 * without answering anything: then a new start waits 1 s, 2 s, 4 s… (at
 * most a minute), so a process that cannot run is not started in a loop. */

/* A check that has not answered by then never will: the process is ended. */
#define ANSWER_TIMEOUT_S 30
#define BACKOFF_FIRST_MS 1000
#define BACKOFF_MAX_MS 60000

typedef struct
{
  gint64  id;
  char   *line;
  GTask  *task;
} Request;

struct _DojoTypeServer
{
  GObject           parent_instance;

  char             *python;
  GSubprocess      *subprocess;
  GOutputStream    *to_server;
  GDataInputStream *from_server;
  GCancellable     *process_cancellable;

  GQueue            waiting;      /* Request, not sent yet */
  Request          *sent;         /* the one the process works on */
  gint64            next_id;
  guint             timeout_source;

  guint             n_starts;
  gint64            restart_after;  /* monotonic µs */
  guint             backoff_ms;

  guint             mypy_missing : 1;
};

G_DEFINE_FINAL_TYPE (DojoTypeServer, dojo_type_server, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-type-server-error-quark, dojo_type_server_error)

static void send_next (DojoTypeServer *self);

static void
request_free (Request *request)
{
  g_clear_object (&request->task);
  g_free (request->line);
  g_free (request);
}

static void
request_fail (Request      *request,
              const GError *error)
{
  if (request->task != NULL && !g_task_return_error_if_cancelled (request->task))
    g_task_return_error (request->task, g_error_copy (error));
  request_free (request);
}

/* Fails what the process had and what waited for it. */
static void
fail_all (DojoTypeServer *self,
          const GError   *error)
{
  Request *request;

  g_clear_handle_id (&self->timeout_source, g_source_remove);
  if (self->sent != NULL)
    request_fail (g_steal_pointer (&self->sent), error);
  while ((request = g_queue_pop_head (&self->waiting)) != NULL)
    request_fail (request, error);
}

/* Lets go of the process: closing its stdin ends it (at EOF it removes
 * its temporary folder), unless it is gone already. */
static void
drop_process (DojoTypeServer *self)
{
  if (self->process_cancellable != NULL)
    g_cancellable_cancel (self->process_cancellable);
  g_clear_object (&self->process_cancellable);
  if (self->to_server != NULL)
    g_output_stream_close (self->to_server, NULL, NULL);
  g_clear_object (&self->to_server);
  g_clear_object (&self->from_server);
  g_clear_object (&self->subprocess);
}

/* The process stopped, or must be ended. */
static void
process_lost (DojoTypeServer *self,
              const char     *why)
{
  g_autoptr(GError) error = NULL;

  if (self->subprocess == NULL)
    return;

  g_debug ("The type checker stopped: %s", why);
  g_subprocess_force_exit (self->subprocess);
  drop_process (self);

  self->restart_after = g_get_monotonic_time () + (gint64)self->backoff_ms * 1000;
  self->backoff_ms = self->backoff_ms == 0 ? BACKOFF_FIRST_MS
                                           : MIN (self->backoff_ms * 2, BACKOFF_MAX_MS);

  error = g_error_new (DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_FAILED,
                       "The type checker stopped: %s", why);
  fail_all (self, error);
}

static void
mypy_is_missing (DojoTypeServer *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->mypy_missing)
    g_message ("mypy is not installed: type errors are not underlined as you type "
               "(install the package “mypy” to have them)");
  self->mypy_missing = TRUE;
  drop_process (self);

  error = g_error_new_literal (DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_MYPY_MISSING,
                               "mypy is not installed");
  fail_all (self, error);
}

static void
handle_answer (DojoTypeServer *self,
               const char     *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *answer;
  JsonNode *root;
  Request *request;

  if (!json_parser_load_from_data (parser, line, -1, &error))
    {
      g_debug ("The type checker said something that is not JSON: %s", error->message);
      return;
    }
  root = json_parser_get_root (parser);
  answer = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (answer == NULL || self->sent == NULL ||
      json_object_get_int_member_with_default (answer, "id", -1) != self->sent->id)
    {
      g_debug ("The type checker answered a request it does not have: %s", line);
      return;
    }

  if (g_strcmp0 (json_object_get_string_member_with_default (answer, "error", NULL),
                 "mypy-missing") == 0)
    {
      mypy_is_missing (self);
      return;
    }

  g_clear_handle_id (&self->timeout_source, g_source_remove);
  request = g_steal_pointer (&self->sent);
  /* It answered: it works, so a later stop is restarted at once. */
  self->backoff_ms = 0;

  if (request->task != NULL && !g_task_return_error_if_cancelled (request->task))
    {
      JsonNode *diagnostics = json_object_get_member (answer, "diagnostics");

      if (diagnostics != NULL && JSON_NODE_HOLDS_ARRAY (diagnostics))
        g_task_return_pointer (request->task,
                               json_array_ref (json_node_get_array (diagnostics)),
                               (GDestroyNotify)json_array_unref);
      else
        g_task_return_new_error (request->task, DOJO_TYPE_SERVER_ERROR,
                                 DOJO_TYPE_SERVER_ERROR_FAILED,
                                 "The type checker could not check this: %s",
                                 json_object_get_string_member_with_default (answer, "error",
                                                                             "no diagnostics"));
    }
  request_free (request);

  send_next (self);
}

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DojoTypeServer) self = user_data;
  GDataInputStream *stream = G_DATA_INPUT_STREAM (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (stream, result, NULL, &error);

  /* A process let go of (or the server disposed). */
  if (stream != self->from_server)
    return;

  if (line == NULL)
    {
      process_lost (self, error != NULL ? error->message : "its output ended");
      return;
    }

  /* Reads on first: handling the answer may start the next request. */
  g_data_input_stream_read_line_async (stream, G_PRIORITY_DEFAULT, self->process_cancellable,
                                       read_line_cb, g_object_ref (self));
  handle_answer (self, line);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DojoTypeServer) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error) &&
      G_OUTPUT_STREAM (object) == self->to_server)
    process_lost (self, error->message);
}

static gboolean
on_answer_timeout (gpointer user_data)
{
  DojoTypeServer *self = user_data;

  self->timeout_source = 0;
  process_lost (self, "it did not answer in time");
  return G_SOURCE_REMOVE;
}

static gboolean
start_process (DojoTypeServer  *self,
               GError         **error)
{
  g_autofree char *harness_dir = dojo_paths_get_harness_dir ();
  g_autofree char *script = g_build_filename (harness_dir, "dojo_typecheck.py", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  GSubprocess *subprocess;

  if (self->subprocess != NULL)
    return TRUE;

  if (self->mypy_missing)
    {
      g_set_error_literal (error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_MYPY_MISSING,
                           "mypy is not installed");
      return FALSE;
    }
  if (g_get_monotonic_time () < self->restart_after)
    {
      g_set_error_literal (error, DOJO_TYPE_SERVER_ERROR, DOJO_TYPE_SERVER_ERROR_BACKING_OFF,
                           "The type checker stopped a moment ago; not restarted yet");
      return FALSE;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  /* -I -S: nothing of the learner's environment or folders (the script
   * finds mypy itself); -B: the data dir may be read-only. */
  subprocess = g_subprocess_launcher_spawn (launcher, error,
                                            self->python, "-I", "-S", "-B", "-X", "utf8",
                                            script, "--serve", NULL);
  if (subprocess == NULL)
    {
      /* Not there to run: as good as a process that stopped at once. */
      self->restart_after = g_get_monotonic_time () + BACKOFF_MAX_MS * 1000;
      return FALSE;
    }

  self->n_starts++;
  self->subprocess = subprocess;
  self->process_cancellable = g_cancellable_new ();
  self->to_server = g_object_ref (g_subprocess_get_stdin_pipe (subprocess));
  self->from_server = g_data_input_stream_new (g_subprocess_get_stdout_pipe (subprocess));
  g_data_input_stream_set_newline_type (self->from_server, G_DATA_STREAM_NEWLINE_TYPE_LF);
  g_data_input_stream_read_line_async (self->from_server, G_PRIORITY_DEFAULT,
                                       self->process_cancellable,
                                       read_line_cb, g_object_ref (self));
  return TRUE;
}

static void
send_next (DojoTypeServer *self)
{
  while (self->sent == NULL && !g_queue_is_empty (&self->waiting))
    {
      Request *request = g_queue_pop_head (&self->waiting);
      g_autoptr(GError) error = NULL;

      /* Cancelled while it waited: never sent. */
      if (g_task_return_error_if_cancelled (request->task))
        {
          request_free (request);
          continue;
        }

      if (!start_process (self, &error))
        {
          request_fail (request, error);
          continue;
        }

      self->sent = request;
      self->timeout_source = g_timeout_add_seconds (ANSWER_TIMEOUT_S, on_answer_timeout, self);
      g_output_stream_write_all_async (self->to_server, request->line, strlen (request->line),
                                       G_PRIORITY_DEFAULT, self->process_cancellable,
                                       write_cb, g_object_ref (self));
    }
}

static void
dojo_type_server_dispose (GObject *object)
{
  DojoTypeServer *self = (DojoTypeServer *)object;
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                 "The type checker was closed");

  fail_all (self, error);
  drop_process (self);

  G_OBJECT_CLASS (dojo_type_server_parent_class)->dispose (object);
}

static void
dojo_type_server_finalize (GObject *object)
{
  DojoTypeServer *self = (DojoTypeServer *)object;

  g_free (self->python);

  G_OBJECT_CLASS (dojo_type_server_parent_class)->finalize (object);
}

static void
dojo_type_server_class_init (DojoTypeServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_type_server_dispose;
  object_class->finalize = dojo_type_server_finalize;

  /* A request written as the process dies must fail as an error, not end
   * the app (GIO's own sockets ignore SIGPIPE the same way). */
  signal (SIGPIPE, SIG_IGN);
}

static void
dojo_type_server_init (DojoTypeServer *self)
{
  g_queue_init (&self->waiting);
  self->next_id = 1;
}

/**
 * dojo_type_server_new:
 * @python: (nullable): the interpreter; default: `$DOJO_PYTHON`, else
 *   `/usr/bin/python3` (where the system's mypy is), else `python3` from
 *   `PATH`, as for checks
 *
 * Nothing starts until the first check.
 */
DojoTypeServer *
dojo_type_server_new (const char *python)
{
  DojoTypeServer *self = g_object_new (DOJO_TYPE_TYPE_SERVER, NULL);
  const char *env = g_getenv ("DOJO_PYTHON");

  if (python != NULL)
    self->python = g_strdup (python);
  else if (env != NULL && env[0] != '\0')
    self->python = g_strdup (env);
  else if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    self->python = g_strdup ("/usr/bin/python3");
  else
    self->python = g_find_program_in_path ("python3");
  if (self->python == NULL)
    self->python = g_strdup ("python3");

  return self;
}

/**
 * dojo_type_server_get_default:
 *
 * Returns: (transfer none): the application's one type checker, so that
 *   every editor shares one warm process
 */
DojoTypeServer *
dojo_type_server_get_default (void)
{
  static DojoTypeServer *instance;

  if (instance == NULL)
    instance = dojo_type_server_new (NULL);
  return instance;
}

/**
 * dojo_type_server_check_async:
 * @files: file name (relative, as in the project) → source text: every file
 *   the check may need, unsaved text included
 * @check: (array zero-terminated=1): the files whose errors are wanted
 * @mode: `annotated`, `strict` or `basic` (the `type-check` check's mode)
 *
 * Type-checks @check. The answer is mypy's diagnostics, as the harness
 * gives them (contract T of issue 18: `file`, `line`, `col`, `end_col`,
 * `code`, …).
 */
void
dojo_type_server_check_async (DojoTypeServer      *self,
                              JsonObject          *files,
                              const char * const  *check,
                              const char          *mode,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GTask) task = NULL;
  JsonNode *files_node;
  Request *request;
  char *json;

  g_return_if_fail (DOJO_IS_TYPE_SERVER (self));
  g_return_if_fail (files != NULL);
  g_return_if_fail (check != NULL);
  g_return_if_fail (mode != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_type_server_check_async);

  if (self->mypy_missing)
    {
      g_task_return_new_error (task, DOJO_TYPE_SERVER_ERROR,
                               DOJO_TYPE_SERVER_ERROR_MYPY_MISSING, "mypy is not installed");
      return;
    }

  request = g_new0 (Request, 1);
  request->id = self->next_id++;
  request->task = g_steal_pointer (&task);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, request->id);
  json_builder_set_member_name (builder, "files");
  files_node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (files_node, files);
  json_builder_add_value (builder, files_node);
  json_builder_set_member_name (builder, "check");
  json_builder_begin_array (builder);
  for (guint i = 0; check[i] != NULL; i++)
    json_builder_add_string_value (builder, check[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, mode);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  /* One line: the generator escapes the newlines inside strings. */
  json = json_generator_to_data (generator, NULL);
  request->line = g_strconcat (json, "\n", NULL);
  g_free (json);

  g_queue_push_tail (&self->waiting, request);
  send_next (self);
}

/* Returns: (transfer full): the diagnostics (an array of objects) */
JsonArray *
dojo_type_server_check_finish (DojoTypeServer  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (DOJO_IS_TYPE_SERVER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* How many processes were started: the first, and one per restart. */
guint
dojo_type_server_get_n_starts (DojoTypeServer *self)
{
  g_return_val_if_fail (DOJO_IS_TYPE_SERVER (self), 0);
  return self->n_starts;
}

/* Returns: (nullable): the process id of the running process, as text */
const char *
dojo_type_server_get_identifier (DojoTypeServer *self)
{
  g_return_val_if_fail (DOJO_IS_TYPE_SERVER (self), NULL);
  return self->subprocess != NULL ? g_subprocess_get_identifier (self->subprocess) : NULL;
}

gboolean
dojo_type_server_get_mypy_missing (DojoTypeServer *self)
{
  g_return_val_if_fail (DOJO_IS_TYPE_SERVER (self), FALSE);
  return self->mypy_missing;
}
