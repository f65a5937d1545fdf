/* dojo-checker.c: runs an exercise's checks against the learner's code
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-checker"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>

#include "dojo-check-kinds.h"
#include "dojo-check-private.h"
#include "dojo-checker.h"
#include "dojo-conflict.h"
#include "dojo-explain.h"
#include "dojo-gating.h"
#include "dojo-json.h"
#include "dojo-paths.h"
#include "dojo-sandbox.h"
#include "dojo-type-errors-private.h"

/* How the checker works: Dojo starts one Python process, the harness
 * (data/harness/dojo_harness.py), in its own session and process group,
 * under resource limits.  The request goes in on its stdin, the results come
 * back on a private pipe (fd 3), never on stdout.  The harness holds what
 * decides a verdict (expected output, the checks) and runs none of the
 * learner's code itself: each run is a fresh interpreter started through the
 * sandbox prefix built here (dojo-sandbox.c), running dojo_runner.py, with
 * its own pipes, time limit and output cap.  It reports structured data,
 * and this file turns it into the words the learner reads.  The parent keeps
 * a wall-clock limit of its own and kills the whole session when it runs
 * out, or when the check is cancelled. */

#define RESULT_FD           3
#define GRACE_SECONDS       3
#define MAX_RESULT_BYTES    (32 * 1024 * 1024)
#define MAX_DIAG_BYTES      (64 * 1024)
#define FILE_SIZE_LIMIT     (16 * 1024 * 1024)
#define MIN_MEMORY_MB       64
#define HARNESS_MEMORY_MB   2048
#define HARNESS_CPU_SECONDS 3600

struct _DojoChecker
{
  GObject   parent_instance;

  char     *python;
  GStrv     packages;
  gboolean  no_start_ahead;
  gboolean  next_set;
  char     *next_project;
  JsonObject *next_exercise;
  char     *next_exercise_dir;
  DojoGating *gating;
};

G_DEFINE_FINAL_TYPE (DojoChecker, dojo_checker, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-checker-error-quark, dojo_checker_error)

G_DEFINE_BOXED_TYPE (DojoGatedConstruct, dojo_gated_construct,
                     dojo_gated_construct_copy, dojo_gated_construct_free)

DojoGatedConstruct *
dojo_gated_construct_new (const char *construct,
                          const char *introduced_in)
{
  DojoGatedConstruct *self;

  g_return_val_if_fail (construct != NULL, NULL);

  self = g_new0 (DojoGatedConstruct, 1);
  self->construct = g_strdup (construct);
  self->introduced_in = g_strdup (introduced_in);

  return self;
}

DojoGatedConstruct *
dojo_gated_construct_copy (const DojoGatedConstruct *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return dojo_gated_construct_new (self->construct, self->introduced_in);
}

void
dojo_gated_construct_free (DojoGatedConstruct *self)
{
  if (self == NULL)
    return;

  g_free (self->construct);
  g_free (self->introduced_in);
  g_free (self);
}


typedef struct
{
  GByteArray *data;
  gsize       cap;
  gboolean    overflow;
  gboolean    done;
} Reader;

typedef struct
{
  GSubprocess        *process;
  GSource            *timeout;
  GCancellable       *cancellable;
  gulong              cancelled_id;
  JsonObject         *exercise;
  GPtrArray          *gated;
  DojoGating         *gating;
  char               *nonce;
  /* Real paths, which tracebacks show relative to. */
  char               *project;
  char               *exercise_dir;
  GTimer             *timer;
  double              time_s;
  guint64             output_bytes;
  guint               overall_s;
  int                 pid;
  int                 alive;
  Reader              result;
  Reader              output;
  gboolean            waited;
  gboolean            timed_out;
  gboolean            completed;
} RunData;

static void
run_data_free (RunData *run)
{
  g_clear_object (&run->process);
  if (run->timeout != NULL)
    {
      g_source_destroy (run->timeout);
      g_clear_pointer (&run->timeout, g_source_unref);
    }
  g_clear_object (&run->cancellable);
  g_clear_pointer (&run->exercise, json_object_unref);
  g_clear_pointer (&run->gated, g_ptr_array_unref);
  g_clear_pointer (&run->gating, dojo_gating_unref);
  g_clear_pointer (&run->nonce, g_free);
  g_clear_pointer (&run->project, g_free);
  g_clear_pointer (&run->exercise_dir, g_free);
  g_clear_pointer (&run->timer, g_timer_destroy);
  g_clear_pointer (&run->result.data, g_byte_array_unref);
  g_clear_pointer (&run->output.data, g_byte_array_unref);
  g_free (run);
}

static void
dojo_checker_finalize (GObject *object)
{
  DojoChecker *self = (DojoChecker *)object;

  g_clear_pointer (&self->python, g_free);
  g_clear_pointer (&self->packages, g_strfreev);
  g_clear_pointer (&self->next_project, g_free);
  g_clear_pointer (&self->next_exercise, json_object_unref);
  g_clear_pointer (&self->next_exercise_dir, g_free);
  g_clear_pointer (&self->gating, dojo_gating_unref);

  G_OBJECT_CLASS (dojo_checker_parent_class)->finalize (object);
}

static void
dojo_checker_class_init (DojoCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_checker_finalize;

  /* A harness that dies before reading its request would otherwise kill
   * the app with SIGPIPE when we write it. */
  signal (SIGPIPE, SIG_IGN);
}

static void
dojo_checker_init (DojoChecker *self)
{
}

DojoChecker *
dojo_checker_new (void)
{
  return g_object_new (DOJO_TYPE_CHECKER, NULL);
}

/**
 * dojo_checker_get_python:
 *
 * Returns: (nullable): the interpreter checks run with: the one set with
 *   dojo_checker_set_python(), else `$DOJO_PYTHON`, else the system's
 *   `/usr/bin/python3`, else `python3` from `PATH`.
 */
const char *
dojo_checker_get_python (DojoChecker *self)
{
  g_return_val_if_fail (DOJO_IS_CHECKER (self), NULL);

  if (self->python == NULL)
    {
      const char *env = g_getenv ("DOJO_PYTHON");

      /* The system's, as the sandbox sees it best: its libraries are in
       * /usr, which every sandbox has read-only. */
      if (env != NULL && env[0] != '\0')
        self->python = g_strdup (env);
      else if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
        self->python = g_strdup ("/usr/bin/python3");
      else
        self->python = g_find_program_in_path ("python3");
    }

  return self->python;
}

void
dojo_checker_set_python (DojoChecker *self,
                         const char  *python)
{
  g_return_if_fail (DOJO_IS_CHECKER (self));

  g_free (self->python);
  self->python = g_strdup (python);
}

/**
 * dojo_checker_set_packages:
 * @packages: (nullable) (array zero-terminated=1): the Python packages the
 *   pack declares in its manifest (`packages`), beyond the standard library
 *
 * What the harness makes importable in each run, from the packages Dojo
 * provides (data/harness/packages.json).  A pytest check needs `pytest`
 * whether it is declared or not.
 */
void
dojo_checker_set_packages (DojoChecker        *self,
                           const char * const *packages)
{
  g_return_if_fail (DOJO_IS_CHECKER (self));

  g_strfreev (self->packages);
  self->packages = g_strdupv ((char **)packages);
}

/**
 * dojo_checker_set_gating:
 * @gating: (nullable): what the learner has reached at the exercise the
 *   next checks are for (dojo_exercise_dup_gating())
 *
 * The advice about a construct not taught yet names only what @gating
 * counts as known.  Without it, each run words its advice from its own
 * @gated constructs and exercise, without the lesson.
 */
void
dojo_checker_set_gating (DojoChecker *self,
                         DojoGating  *gating)
{
  g_return_if_fail (DOJO_IS_CHECKER (self));

  if (gating != NULL)
    dojo_gating_ref (gating);
  g_clear_pointer (&self->gating, dojo_gating_unref);
  self->gating = gating;
}

/* ------------------------------------------------------------------------ */
/* Processes */

static void
child_setup (gpointer user_data)
{
  struct rlimit rl;

  /* Its own session and process group, so one kill reaches everything it
   * starts; a subreaper, so orphaned grandchildren come back to the
   * harness, which reaps them instead of leaving them running; and it
   * ends with Dojo, also when it was started ahead and waits. */
  setsid ();
  prctl (PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  prctl (PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);

  /* The harness's own limits, soft ones: each run of the learner's code
   * sets the exercise's inside its sandbox, hard. */
  rl.rlim_cur = (rlim_t)HARNESS_MEMORY_MB * 1024 * 1024;
  rl.rlim_max = RLIM_INFINITY;
  setrlimit (RLIMIT_AS, &rl);
  rl.rlim_cur = rl.rlim_max = 0;
  setrlimit (RLIMIT_CORE, &rl);
  rl.rlim_cur = rl.rlim_max = HARNESS_CPU_SECONDS;
  setrlimit (RLIMIT_CPU, &rl);
}

/* ------------------------------------------------------------------------ */
/* The harness, and the one started ahead */

typedef struct
{
  GSubprocess *process;
  int          result_fd;
  char        *python;
  char        *harness_dir;
} Spare;

G_LOCK_DEFINE_STATIC (spare);
static Spare *spare_harness;

static void
spare_free (Spare *self)
{
  if (self == NULL)
    return;
  if (self->process != NULL)
    g_subprocess_force_exit (self->process);
  g_clear_object (&self->process);
  if (self->result_fd >= 0)
    close (self->result_fd);
  g_free (self->python);
  g_free (self->harness_dir);
  g_free (self);
}

/* Starts the harness; it waits for its request on stdin.  @warm, when
 * given, describes the sandbox of the folder a Check will most likely be
 * for, so that it starts that runner at once too (dojo_harness.py). */
static GSubprocess *
spawn_harness (const char  *python,
               const char  *harness_dir,
               const char  *warm,
               int         *result_fd,
               GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  GSubprocess *process;
  int fds[2];

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_subprocess_launcher_set_cwd (launcher, "/");
  g_subprocess_launcher_take_fd (launcher, fds[1], RESULT_FD);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  /* -I: no user site, no PYTHON* variables, so nothing the user's
   * environment says changes the harness; -S: no site (faster).  Its
   * bytecode is the installed one, next to it and as read-only as it
   * (meson compiles it at install): never a cache learner code could
   * write. */
  process = g_subprocess_launcher_spawn (launcher, error,
                                         python, "-I", "-S", "-X", "utf8", "-c",
                                         "import sys; sys.path[0:0] = [sys.argv[1]]; "
                                         "import dojo_harness; "
                                         "sys.exit (dojo_harness.main (sys.argv[2:]))",
                                         harness_dir, "--result-fd", "3",
                                         warm != NULL ? "--warm" : NULL, warm, NULL);
  /* Our copy of the write end must go, or the result pipe never ends. */
  g_subprocess_launcher_close (launcher);

  if (process == NULL)
    {
      close (fds[0]);
      return NULL;
    }

  *result_fd = fds[0];
  return process;
}

/* The harness started ahead, if it is for this interpreter and harness
 * and still waiting. */
static GSubprocess *
take_spare (const char *python,
            const char *harness_dir,
            int        *result_fd)
{
  Spare *found;
  GSubprocess *process = NULL;

  G_LOCK (spare);
  found = g_steal_pointer (&spare_harness);
  G_UNLOCK (spare);

  if (found == NULL)
    return NULL;
  if (g_str_equal (found->python, python) && g_str_equal (found->harness_dir, harness_dir) &&
      g_subprocess_get_identifier (found->process) != NULL &&
      kill (atoi (g_subprocess_get_identifier (found->process)), 0) == 0)
    {
      process = g_steal_pointer (&found->process);
      *result_fd = found->result_fd;
      found->result_fd = -1;
    }
  spare_free (found);

  return process;
}

/* Starts the next Check's harness now, while the learner reads this one's
 * verdict: a Check then waits for no interpreter to start. */
static void
make_spare (const char *python,
            const char *harness_dir,
            const char *warm)
{
  g_autoptr(GError) error = NULL;
  Spare *made = g_new0 (Spare, 1);
  Spare *old;

  made->process = spawn_harness (python, harness_dir, warm, &made->result_fd, &error);
  if (made->process == NULL)
    {
      g_debug ("No harness started ahead: %s", error->message);
      made->result_fd = -1;
      spare_free (made);
      return;
    }
  made->python = g_strdup (python);
  made->harness_dir = g_strdup (harness_dir);

  G_LOCK (spare);
  old = spare_harness;
  spare_harness = made;
  G_UNLOCK (spare);

  spare_free (old);
}

/**
 * dojo_checker_set_start_ahead:
 * @start_ahead: whether each Check starts the next one's harness and
 *   runner ahead (the default), so that it waits for no interpreter to
 *   start; off, every Check starts its own (bench-check measures both)
 */
void
dojo_checker_set_start_ahead (DojoChecker *self,
                              gboolean     start_ahead)
{
  g_return_if_fail (DOJO_IS_CHECKER (self));

  self->no_start_ahead = !start_ahead;
  if (!start_ahead)
    {
      Spare *old;

      G_LOCK (spare);
      old = g_steal_pointer (&spare_harness);
      G_UNLOCK (spare);
      spare_free (old);
    }
}

/* The harness's session and everything started under it: its runs'
 * sandboxes live in sessions of their own, but they descend from it. */
static GArray *
run_processes (int sid)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  g_autoptr(GArray) pids = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));
  const char *name;
  gboolean grew = TRUE;

  if (dir == NULL)
    return found;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char path[64];
      char buf[512];
      const char *p;
      char state;
      int pid, ppid, pgrp, session;
      ssize_t n;
      int fd;

      if (!g_ascii_isdigit (name[0]))
        continue;

      g_snprintf (path, sizeof path, "/proc/%s/stat", name);
      fd = open (path, O_RDONLY | O_CLOEXEC);
      if (fd < 0)
        continue;
      n = read (fd, buf, sizeof buf - 1);
      close (fd);
      if (n <= 0)
        continue;
      buf[n] = '\0';

      /* The command name may hold spaces and parentheses: skip to the last
       * ')'. */
      p = strrchr (buf, ')');
      if (p == NULL || sscanf (p + 1, " %c %d %d %d", &state, &ppid, &pgrp, &session) != 4 ||
          state == 'Z' || state == 'X')
        continue;

      pid = atoi (name);
      if (session == sid)
        g_array_append_val (found, pid);
      else
        {
          g_array_append_val (pids, pid);
          g_array_append_val (parents, ppid);
        }
    }

  /* Add the descendants of what was found, until nothing more is. */
  while (grew)
    {
      grew = FALSE;
      for (guint i = 0; i < pids->len; i++)
        {
          int pid = g_array_index (pids, int, i);
          int ppid = g_array_index (parents, int, i);

          if (pid == 0)
            continue;
          for (guint j = 0; j < found->len; j++)
            if (g_array_index (found, int, j) == ppid)
              {
                g_array_append_val (found, pid);
                g_array_index (pids, int, i) = 0;
                grew = TRUE;
                break;
              }
        }
    }

  return found;
}

/* Kills the harness's session and every process of its runs, and waits
 * until they are gone: when a check ends, nothing of it runs on.  Safe
 * from any thread. */
static gboolean
alive (int pid)
{
  char path[64];
  char buf[512];
  const char *p;
  ssize_t n;
  int fd;

  g_snprintf (path, sizeof path, "/proc/%d/stat", pid);
  if ((fd = open (path, O_RDONLY | O_CLOEXEC)) < 0)
    return FALSE;
  n = read (fd, buf, sizeof buf - 1);
  close (fd);
  if (n <= 0)
    return FALSE;
  buf[n] = '\0';
  p = strrchr (buf, ')');
  return p != NULL && p[1] == ' ' && p[2] != 'Z' && p[2] != 'X';
}

static void
kill_session (int sid)
{
  /* Found before anything dies: once the harness goes, the sandboxes'
   * processes are orphans that no longer descend from it. */
  g_autoptr(GArray) first = NULL;

  if (sid <= 0)
    return;

  first = run_processes (sid);
  kill (-sid, SIGKILL);
  for (guint j = 0; j < first->len; j++)
    kill (g_array_index (first, int, j), SIGKILL);

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GArray) left = run_processes (sid);
      guint alive_first = 0;

      for (guint j = 0; j < first->len; j++)
        if (alive (g_array_index (first, int, j)))
          {
            kill (g_array_index (first, int, j), SIGKILL);
            alive_first++;
          }
      if (left->len == 0 && alive_first == 0)
        break;
      for (guint j = 0; j < left->len; j++)
        kill (g_array_index (left, int, j), SIGKILL);
      g_usleep (2000);
    }
}

/* ------------------------------------------------------------------------ */
/* The request */

/* A number as a whole one: the harness and exercise.json may write a line,
 * a task or a limit as 3.0, which has always read as 3 here, where the
 * shared getter, for other readers, takes whole numbers only. */
static gint64
number_as_int (JsonObject *obj,
               const char *name,
               gint64      fallback)
{
  JsonNode *node = dojo_json_get_value (obj, name, G_TYPE_DOUBLE);

  if (node != NULL)
    return (gint64)json_node_get_double (node);
  return dojo_json_get_int (obj, name, fallback);
}

/* A check that runs a test file of the exercise with the learner's code. */
static gboolean
is_test_check (const char *type)
{
  const DojoCheckKind *kind = dojo_check_kind_lookup (type);

  return kind != NULL && kind->results == DOJO_CHECK_RESULTS_TESTS;
}

/* ------------------------------------------------------------------------ */
/* Sandboxes */

/* @path with every link resolved, or @path itself if it cannot be (it
 * does not exist yet): what the sandbox binds and compares. */
char *
_dojo_check_real_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy;

  if (real == NULL)
    return g_strdup (path);
  copy = g_strdup (real);
  free (real);
  return copy;
}

static gboolean
path_under (const char *path,
            const char *dir)
{
  gsize len = strlen (dir);

  return strncmp (path, dir, len) == 0 && path[len] == '/';
}

/* The sandbox of a run in @project, as the harness starts it. */
static DojoSandbox *
run_sandbox (const char *python,
             const char *project,
             const char *harness_dir)
{
  DojoSandbox *sandbox = dojo_sandbox_new (dojo_sandbox_kind_detect ());
  g_autofree char *etc = g_build_filename (harness_dir, "sandbox-etc", NULL);

  dojo_sandbox_set_writable (sandbox, project);
  /* The runner goes into the project once it has a job: one started
   * ahead of a Check waits outside it. */
  dojo_sandbox_set_directory (sandbox, "/");
  dojo_sandbox_add_readonly (sandbox, harness_dir);
  dojo_sandbox_set_etc_dir (sandbox, etc);
  dojo_sandbox_set_program (sandbox, python);
  dojo_sandbox_add_fd (sandbox, 3);
  dojo_sandbox_add_fd (sandbox, 4);
  dojo_sandbox_add_fd (sandbox, 5);
  return sandbox;
}

/* The sandboxes a check's runs go in: one for programs, which sees the
 * project only, and one for tests, which also sees the folders of the
 * exercise's test files, read-only.  Never the exercise's own folder: it
 * holds the expected output and the solution. */
static gboolean
make_sandboxes (const char   *python,
                const char   *project,
                const char   *harness_dir,
                const char   *exercise_dir,
                JsonArray    *checks,
                GStrv        *program_prefix,
                GStrv        *tests_prefix,
                GError      **error)
{
  g_autoptr(DojoSandbox) program = run_sandbox (python, project, harness_dir);
  g_autoptr(DojoSandbox) tests = run_sandbox (python, project, harness_dir);

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      const char *test = dojo_json_get_string (check, "test");
      g_autofree char *path = NULL;
      g_autofree char *real = NULL;
      g_autofree char *dir = NULL;

      /* A test file that is not inside the exercise is reported by the
       * harness as missing; it is never made visible. */
      if (!is_test_check (dojo_json_get_string (check, "type")) || test == NULL ||
          g_path_is_absolute (test))
        continue;
      path = g_build_filename (exercise_dir, test, NULL);
      real = _dojo_check_real_path (path);
      if (!path_under (real, exercise_dir) || !g_file_test (real, G_FILE_TEST_IS_REGULAR))
        continue;
      dir = g_path_get_dirname (real);
      dojo_sandbox_add_readonly (tests, g_str_equal (dir, exercise_dir) ? real : dir);
    }

  if (!(*program_prefix = dojo_sandbox_get_prefix (program, error)))
    return FALSE;
  if (!(*tests_prefix = dojo_sandbox_get_prefix (tests, error)))
    {
      g_clear_pointer (program_prefix, g_strfreev);
      return FALSE;
    }
  return TRUE;
}

/**
 * dojo_checker_set_next:
 * @next: (nullable): the folder the next Check will be for, when the
 *   caller knows it is not this Check's (grading goes through many); %NULL
 *   when it is not known
 * @next_exercise: (nullable): the exercise the next Check is of (its
 *   checks), when @next is given
 * @next_exercise_dir: (nullable): that exercise's folder
 *
 * What a Check starts ahead for the next one: the harness, and a runner in
 * the sandbox of the next Check's first run in @next (the program's, or the
 * tests' when that exercise runs its tests first, which see its test
 * files). Without @next_exercise only a program's sandbox can be known,
 * which is what is started then. Without a call, the next Check is taken
 * to be this one again.
 */
void
dojo_checker_set_next (DojoChecker *self,
                       GFile       *next,
                       JsonObject  *next_exercise,
                       GFile       *next_exercise_dir)
{
  g_return_if_fail (DOJO_IS_CHECKER (self));
  g_return_if_fail (next == NULL || G_IS_FILE (next));
  g_return_if_fail (next_exercise_dir == NULL || G_IS_FILE (next_exercise_dir));

  self->next_set = TRUE;
  g_clear_pointer (&self->next_project, g_free);
  g_clear_pointer (&self->next_exercise, json_object_unref);
  g_clear_pointer (&self->next_exercise_dir, g_free);
  if (next != NULL)
    {
      g_autofree char *path = g_file_get_path (next);

      self->next_project = path != NULL ? _dojo_check_real_path (path) : NULL;
    }
  if (next_exercise != NULL && next_exercise_dir != NULL)
    {
      g_autofree char *path = g_file_get_path (next_exercise_dir);

      if (path != NULL)
        {
          self->next_exercise = json_object_ref (next_exercise);
          self->next_exercise_dir = _dojo_check_real_path (path);
        }
    }
}

static char *
make_nonce (void)
{
  guint8 bytes[16];
  GString *hex = g_string_new (NULL);
  int fd = open ("/dev/urandom", O_RDONLY | O_CLOEXEC);
  gsize got = 0;

  if (fd >= 0)
    {
      ssize_t n = read (fd, bytes, sizeof bytes);

      got = n > 0 ? (gsize)n : 0;
      close (fd);
    }
  for (gsize i = got; i < sizeof bytes; i++)
    bytes[i] = g_random_int_range (0, 256);
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *words)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    json_builder_add_string_value (builder, words[i]);
  json_builder_end_array (builder);
}

/* mypy's cache for the type checks among @checks (made if missing), or
 * %NULL: none, and each type check reads the standard library's types
 * afresh. */
static char *
type_cache_dir (JsonArray *checks)
{
  g_autofree char *dir = NULL;

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = dojo_json_array_get_object (checks, i);
      const DojoCheckKind *kind = check ? dojo_check_kind_lookup (dojo_json_get_string (check,
                                                                                         "type"))
                                        : NULL;

      if (kind == NULL || kind->results != DOJO_CHECK_RESULTS_TYPES)
        continue;
      dir = g_build_filename (g_get_user_cache_dir (), "dojo", "mypy", NULL);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_debug ("No cache for type checks in %s: %s", dir, g_strerror (errno));
          return NULL;
        }
      return g_steal_pointer (&dir);
    }
  return NULL;
}

static char *
build_request (RunData            *run,
               const char * const *packages,
               GFile              *exercise_dir,
               GFile              *project_dir,
               JsonArray          *checks,
               const char         *entry,
               guint               memory_mb,
               guint               output_kb,
               const char         *python,
               const char * const *sandbox,
               const char * const *sandbox_tests)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *project = g_file_get_path (project_dir);
  g_autofree char *exdir = g_file_get_path (exercise_dir);
  g_autofree char *json = NULL;
  g_autofree char *type_cache = type_cache_dir (checks);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "project_dir");
  json_builder_add_string_value (builder, project);
  json_builder_set_member_name (builder, "exercise_dir");
  json_builder_add_string_value (builder, exdir);
  json_builder_set_member_name (builder, "entry");
  json_builder_add_string_value (builder, entry);
  json_builder_set_member_name (builder, "limits");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "time_s");
  json_builder_add_double_value (builder, run->time_s);
  json_builder_set_member_name (builder, "memory_mb");
  json_builder_add_int_value (builder, memory_mb);
  json_builder_set_member_name (builder, "output_kb");
  json_builder_add_int_value (builder, output_kb);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "python");
  json_builder_add_string_value (builder, python);
  add_strv (builder, "sandbox", sandbox);
  add_strv (builder, "sandbox_tests", sandbox_tests);
  add_strv (builder, "packages", packages);
  /* mypy's cache for type checks, kept between Checks: the user's own,
   * out of every sandbox's sight. */
  dojo_json_builder_add_nullable_string (builder, "type_cache", type_cache);
  json_builder_set_member_name (builder, "checks");
  json_builder_add_value (builder, json_node_init_array (json_node_alloc (), checks));
  json_builder_set_member_name (builder, "gated");
  json_builder_begin_array (builder);
  for (guint i = 0; run->gated != NULL && i < run->gated->len; i++)
    {
      DojoGatedConstruct *gate = g_ptr_array_index (run->gated, i);

      json_builder_add_string_value (builder, gate->construct);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  return g_strdup_printf ("%s\n%s", run->nonce, json);
}

/* ------------------------------------------------------------------------ */
/* Messages */

static char *
seconds_text (double seconds)
{
  if (seconds == (double)(gint64)seconds)
    return g_strdup_printf (ngettext ("%d second", "%d seconds", (gulong)seconds),
                            (int)seconds);
  return g_strdup_printf (_("%.1f seconds"), seconds);
}

static char *
timeout_message (double seconds)
{
  g_autofree char *when = seconds_text (seconds);

  return g_strdup_printf (_("Your program was still running after %s: "
                            "is a loop missing its way out?"), when);
}

/* Python's own line for an error: its type and message, and Python's
 * suggestion ("Did you mean: 'print'?"), which Python 3.10 and 3.11 add
 * only when they print an error, so the explainer works it out; but not
 * the function Python suggests for a word that wants quotes (`help` for
 * `print(hello)`), which would send a beginner the wrong way. */
static char *
python_line (JsonObject *error)
{
  const char *type = dojo_json_get_string (error, "type");
  const char *text = dojo_json_get_string (error, "message");
  JsonObject *explain = dojo_json_get_object (error, "explain");
  const char *rule = explain != NULL ? dojo_json_get_string (explain, "rule") : NULL;
  const char *suggestion = explain != NULL ? dojo_json_get_string (explain, "suggestion") : NULL;
  GString *line = g_string_new (type != NULL ? type : "Error");

  if (text != NULL && text[0] != '\0')
    g_string_append_printf (line, ": %s", text);
  if (rule != NULL && suggestion != NULL && strstr (line->str, "Did you mean") == NULL &&
      ((g_str_has_prefix (rule, "name-") && !g_str_equal (rule, "name-missing-quotes")) ||
       g_str_equal (rule, "attribute-misspelt")))
    g_string_append_printf (line, ". Did you mean: '%s'?", suggestion);

  return g_string_free (line, FALSE);
}

/* The first line (1-based) with a conflict marker in @project's @entry, or
 * 0: Python stops at a marker left from a merge with "invalid syntax", which
 * tells a beginner nothing about the merge. */
static int
entry_marker_line (const char *project,
                   const char *entry)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf info;
  int line = -1;

  if (project == NULL || entry == NULL)
    return 0;
  path = g_build_filename (project, entry, NULL);
  if (g_stat (path, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size > 1024 * 1024 ||
      !g_file_get_contents (path, &contents, &length, NULL) ||
      !dojo_conflict_has_markers (contents, length, &line))
    return 0;
  return line + 1;
}

/* @message, then what @explanation means for a beginner, when Dojo knows. */
static char *
with_explanation (char       *message,
                  JsonObject *explanation)
{
  g_autofree char *words = explanation != NULL ? dojo_explain_describe (explanation) : NULL;
  char *both;

  if (words == NULL)
    return message;
  both = g_strdup_printf ("%s\n\n%s", message, words);
  g_free (message);

  return both;
}

static char *
error_message (JsonObject *error)
{
  const char *type = dojo_json_get_string (error, "type");
  const char *file = dojo_json_get_string (error, "file");
  gint64 line = number_as_int (error, "line", 0);
  gint64 err_no = number_as_int (error, "errno", 0);
  JsonObject *explanation = dojo_json_get_object (error, "explain");
  g_autofree char *python = NULL;
  g_autofree char *what = NULL;
  char *message;

  if (g_strcmp0 (type, "EOFError") == 0)
    return g_strdup (_("Your program asked for input (input()) but there was none "
                       "left: this check types in only what the exercise gives."));
  if (g_strcmp0 (type, "MemoryError") == 0)
    return g_strdup (_("Your program used more memory than allowed: "
                       "is a list growing without end?"));
  if (err_no == EFBIG)
    return g_strdup (_("Your program wrote a file bigger than allowed: "
                       "is it writing in a loop without end?"));

  python = python_line (error);
  what = _dojo_check_code_span (python);
  if (line > 0 && file != NULL)
    message = g_strdup_printf (_("Your program stopped with an error on line %d of %s: %s"),
                               (int)line, file, what);
  else if (line > 0)
    message = g_strdup_printf (_("Your program stopped with an error on line %d: %s"),
                               (int)line, what);
  else
    message = g_strdup_printf (_("Your program stopped with an error: %s"), what);

  return with_explanation (message, explanation);
}

/* What a signal that ended the learner's program means, in their words. */
static char *
crash_message (int sig)
{
  const char *name = g_strsignal (sig);

  switch (sig)
    {
    case SIGSEGV:
    case SIGBUS:
    case SIGILL:
    case SIGFPE:
      return g_strdup_printf (_("Your program crashed: Python itself stopped with a "
                                "“%s”, which means it did something the computer does "
                                "not allow. Plain Python code does not cause this; a "
                                "very deep recursion (a function calling itself without "
                                "end) can."), name);
    case SIGKILL:
      return g_strdup (_("Your program was stopped from outside before it finished: it "
                         "may have used more memory or time than allowed."));
    case SIGABRT:
      return g_strdup (_("Your program crashed: Python itself stopped, because something "
                         "went wrong inside it."));
    default:
      /* Translators: %s is the system's name of a signal, %d its number */
      return g_strdup_printf (_("Your program was stopped by the system (“%s”, signal %d) "
                                "before it finished."), name, sig);
    }
}

/* Fills @result for a run that ended badly (time, memory, output, crash);
 * returns the verdict state it implies, or DOJO_VERDICT_FAILED. */
static DojoVerdictState
run_status_message (RunData         *run,
                    DojoCheckResult *result,
                    const char      *status,
                    JsonObject      *item)
{
  if (g_str_equal (status, "timeout"))
    {
      JsonObject *running = dojo_json_get_object (item, "running");

      /* Where the program was when it was stopped, and the values there. */
      _dojo_check_result_take_message (result,
                                       with_explanation (timeout_message (run->time_s), running));
      /* The line is the entry's when no other file is named (the tests'
       * code may stop in another of the learner's files). */
      if (running != NULL &&
          (dojo_json_get_string (running, "file") == NULL ||
           g_strcmp0 (dojo_json_get_string (running, "file"),
                      dojo_json_get_string (run->exercise, "entry")
                      ? dojo_json_get_string (run->exercise, "entry") : "main.py") == 0))
        _dojo_check_result_set_line (result, (int)number_as_int (running, "line", 0));
      return DOJO_VERDICT_TIMEOUT;
    }
  if (g_str_equal (status, "memory"))
    {
      _dojo_check_result_take_message (result,
        g_strdup (_("Your program used more memory than allowed: "
                    "is a list growing without end?")));
      return DOJO_VERDICT_MEMORY_LIMIT;
    }
  if (g_str_equal (status, "output-limit"))
    {
      _dojo_check_result_take_message (result,
        g_strdup_printf (ngettext ("Your program printed more than %'lu character "
                                   "(letters, digits, spaces and line breaks count): is a "
                                   "loop printing without end?",
                                   "Your program printed more than %'lu characters "
                                   "(letters, digits, spaces and line breaks count): is a "
                                   "loop printing without end?",
                                   (gulong)MIN (run->output_bytes, G_MAXULONG)),
                         (gulong)MIN (run->output_bytes, G_MAXULONG)));
      return DOJO_VERDICT_OUTPUT_LIMIT;
    }
  if (g_str_equal (status, "process-limit"))
    {
      _dojo_check_result_take_message (result,
        g_strdup (_("Your program started too many processes, so Dojo stopped it.")));
      return DOJO_VERDICT_CRASHED;
    }
  if (g_str_equal (status, "crashed"))
    {
      gint64 sig = number_as_int (item, "signal", 0);

      if (sig > 0)
        _dojo_check_result_take_message (result, crash_message ((int)sig));
      else
        _dojo_check_result_take_message (result,
          g_strdup (_("Your program crashed before it finished.")));
      return DOJO_VERDICT_CRASHED;
    }
  if (g_str_equal (status, "tampered"))
    {
      JsonArray *what = dojo_json_get_array (item, "tampered");
      g_autofree char *first = g_strdup (what != NULL && json_array_get_length (what) > 0
                                         ? json_array_get_string_element (what, 0) : "");

      _dojo_check_result_take_message (result,
        g_strdup_printf (_("These tests could not be trusted: while they ran, code "
                           "changed how tests run or report (%s). A check only "
                           "passes when its tests run as they were written."),
                         first));
      return DOJO_VERDICT_FAILED;
    }
  if (g_str_equal (status, "skipped"))
    {
      _dojo_check_result_take_message (result,
        g_strdup (_("Not run: an earlier run of your program did not finish.")));
      return DOJO_VERDICT_FAILED;
    }

  return DOJO_VERDICT_FAILED;
}

static char *
join_names (JsonArray *names)
{
  GString *text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (names); i++)
    {
      const char *name = json_array_get_string_element (names, i);

      if (g_strcmp0 (name, "return") == 0)
        continue;
      if (n++ > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "`%s`", name);
    }

  return g_string_free (text, FALSE);
}

static void
fill_type_hints (DojoCheckResult *result,
                 JsonObject      *item,
                 JsonObject      *check)
{
  JsonArray *functions = dojo_json_get_array (item, "functions");
  GString *text = g_string_new (dojo_json_get_string (check, "message"));

  for (guint i = 0; functions != NULL && i < json_array_get_length (functions); i++)
    {
      JsonObject *fn = json_array_get_object_element (functions, i);
      JsonArray *missing = dojo_json_get_array (fn, "missing");
      g_autofree char *params = missing ? join_names (missing) : g_strdup ("");
      gboolean needs_return = FALSE;
      const char *name = dojo_json_get_string (fn, "name");
      int line = (int)number_as_int (fn, "line", 0);

      for (guint j = 0; missing != NULL && j < json_array_get_length (missing); j++)
        if (g_strcmp0 (json_array_get_string_element (missing, j), "return") == 0)
          needs_return = TRUE;

      if (i == 0)
        _dojo_check_result_set_line (result, line);
      if (text->len > 0)
        g_string_append_c (text, '\n');

      if (params[0] != '\0' && needs_return)
        g_string_append_printf (text, _("Line %d: function `%s` needs type hints on %s "
                                        "and on what it returns (-> …)."),
                                line, name, params);
      else if (params[0] != '\0')
        g_string_append_printf (text, _("Line %d: function `%s` needs type hints on %s."),
                                line, name, params);
      else
        g_string_append_printf (text, _("Line %d: function `%s` needs a type hint on "
                                        "what it returns (-> …)."), line, name);
    }

  _dojo_check_result_take_message (result, g_string_free (text, FALSE));
}

static void
fill_ast (DojoCheckResult *result,
          JsonObject      *item)
{
  JsonArray *violations = dojo_json_get_array (item, "violations");
  GString *text = g_string_new (NULL);

  for (guint i = 0; violations != NULL && i < json_array_get_length (violations); i++)
    {
      JsonObject *v = json_array_get_object_element (violations, i);
      const char *construct = dojo_json_get_string (v, "construct");
      const char *message = dojo_json_get_string (v, "message");
      int line = (int)number_as_int (v, "line", 0);
      g_autofree char *words = NULL;

      if (message != NULL)
        words = g_strdup (message);
      else if (g_strcmp0 (dojo_json_get_string (v, "kind"), "require") == 0)
        words = g_strdup_printf (_("This exercise asks you to use `%s`."), construct);
      else
        words = g_strdup_printf (_("This exercise does not allow `%s`."), construct);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (line > 0)
        {
          if (dojo_check_result_get_line (result) == 0)
            _dojo_check_result_set_line (result, line);
          g_string_append_printf (text, _("Line %d: %s"), line, words);
        }
      else
        g_string_append (text, words);
    }

  _dojo_check_result_take_message (result, g_string_free (text, FALSE));
}

/* Test failures in Markdown: the check panel renders a message as
 * Markdown, and `dojo-pack check` prints it as it is. */

#define SHOWN_FAILURES  3
#define LISTED_FAILURES 10
#define SHOWN_OUTPUT    2000
#define SHOWN_TRACEBACK 15

static guint
longest_backtick_run (const char *text)
{
  guint longest = 0;
  guint run = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      run = *p == '`' ? run + 1 : 0;
      longest = MAX (longest, run);
    }

  return longest;
}

/**
 * _dojo_check_code_span:
 * @text: any text
 *
 * Returns: @text as Markdown inline code, whatever backticks it holds, on
 *   one line: the one way the checker, the explainer and the type check's
 *   words quote code in a message
 */
char *
_dojo_check_code_span (const char *text)
{
  g_autofree char *fence = g_strnfill (longest_backtick_run (text) + 1, '`');
  g_autofree char *flat = g_strdup (text);
  gsize len;

  g_strdelimit (flat, "\r\n", ' ');
  len = strlen (flat);
  /* A span that starts or ends with a backtick needs a space inside. */
  if (len > 0 && (flat[0] == '`' || flat[len - 1] == '`'))
    return g_strdup_printf ("%s %s %s", fence, flat, fence);
  return g_strdup_printf ("%s%s%s", fence, flat, fence);
}

/* Starts a new Markdown block: a blank line after what is there. */
static void
new_block (GString *out)
{
  if (out->len == 0)
    return;
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "\n\n");
}

/* @text, as it is, in a fenced block that nothing in it can close. */
static void
append_fenced (GString    *out,
               const char *language,
               const char *text)
{
  g_autofree char *fence = g_strnfill (MAX (3, longest_backtick_run (text) + 1), '`');
  gsize len = strlen (text);

  while (len > 0 && text[len - 1] == '\n')
    len--;
  new_block (out);
  g_string_append_printf (out, "%s%s\n", fence, language ? language : "");
  g_string_append_len (out, text, len);
  g_string_append_printf (out, "\n%s", fence);
}

/* At most @max characters of @text (whole UTF-8 characters), and a mark
 * when some were left out. */
static char *
shortened (const char *text,
           gsize       max)
{
  const char *end;

  if (strlen (text) <= max)
    return g_strdup (text);
  end = g_utf8_find_prev_char (text, text + max + 1);
  return g_strdup_printf ("%.*s\n…", (int)(end - text), text);
}

/* The last @max lines of @text. */
static char *
last_lines (const char *text,
            guint       max)
{
  g_autofree char *copy = g_strchomp (g_strdup (text));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  guint n = g_strv_length (lines);

  return g_strjoinv ("\n", n <= max ? lines : lines + n - max);
}

/* One failed test: its name, where it failed, the test's line, what the
 * assertion says, and what the learner's code printed. */
/* @text with the project's and the exercise's folders left out of the
 * paths it holds: `calc.py`, not a long path of the learner's home. */
static char *
relative_paths (RunData    *run,
                const char *text)
{
  GString *str = g_string_new (text);
  const char *dirs[] = { run->project, run->exercise_dir };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    if (dirs[i] != NULL && dirs[i][0] != '\0')
      {
        g_autofree char *prefix = g_strconcat (dirs[i], "/", NULL);

        g_string_replace (str, prefix, "", 0);
      }

  return g_string_free (str, FALSE);
}

static void
append_failure (RunData    *run,
                GString    *out,
                JsonObject *failure,
                const char *test_file)
{
  const char *kind = dojo_json_get_string (failure, "kind");
  const char *message = dojo_json_get_string (failure, "message");
  const char *explanation = dojo_json_get_string (failure, "explanation");
  const char *source = dojo_json_get_string (failure, "source");
  const char *output = dojo_json_get_string (failure, "output");
  const char *traceback = dojo_json_get_string (failure, "traceback");
  const char *description = dojo_json_get_string (failure, "description");
  g_autofree char *name = _dojo_check_code_span (dojo_json_get_string (failure, "test")
                                     ? dojo_json_get_string (failure, "test") : "?");
  g_autofree char *file = _dojo_check_code_span (test_file ? test_file : "?");
  int line = (int)number_as_int (failure, "line", 0);
  gboolean error = g_strcmp0 (kind, "error") == 0;

  new_block (out);
  if (g_strcmp0 (kind, "skipped") == 0)
    g_string_append_printf (out, _("%s was skipped: a test that does not run does not "
                                   "pass."), name);
  else if (error && line > 0 && test_file != NULL)
    g_string_append_printf (out, _("%s stopped with an error on line %d of %s."),
                            name, line, file);
  else if (error)
    g_string_append_printf (out, _("%s stopped with an error."), name);
  else if (line > 0 && test_file != NULL)
    g_string_append_printf (out, _("%s failed on line %d of %s."), name, line, file);
  else
    g_string_append_printf (out, _("%s failed."), name);

  if (description != NULL && description[0] != '\0')
    {
      new_block (out);
      g_string_append (out, description);
    }

  if (source != NULL && source[0] != '\0')
    append_fenced (out, "python", source);

  if ((message != NULL && message[0] != '\0') || (explanation != NULL && explanation[0] != '\0'))
    {
      g_autoptr(GString) says = g_string_new (message);

      if (explanation != NULL && explanation[0] != '\0')
        {
          if (says->len > 0)
            g_string_append_c (says, '\n');
          g_string_append (says, explanation);
        }
      append_fenced (out, NULL, says->str);
    }
  if (error && dojo_json_get_object (failure, "explain") != NULL)
    {
      g_autofree char *words = dojo_explain_describe (dojo_json_get_object (failure, "explain"));

      if (words != NULL)
        {
          new_block (out);
          g_string_append (out, words);
        }
    }

  /* Where in the learner's code an error happened is in its traceback,
   * which holds only frames of the project and the test. */
  if (error && traceback != NULL && traceback[0] != '\0')
    {
      g_autofree char *relative = relative_paths (run, traceback);
      g_autofree char *lines = last_lines (relative, SHOWN_TRACEBACK);

      new_block (out);
      g_string_append (out, _("Where it happened:"));
      append_fenced (out, NULL, lines);
    }

  if (output != NULL && output[0] != '\0')
    {
      g_autofree char *shown = shortened (output, SHOWN_OUTPUT);

      new_block (out);
      g_string_append (out, _("Your code printed:"));
      append_fenced (out, NULL, shown);
    }
}

/* The failures of @failures (JsonObject) in Markdown: the first few in
 * full, then the names of the others. */
static char *
failures_message (RunData    *run,
                  GPtrArray  *failures,
                  const char *test_file)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < failures->len && i < SHOWN_FAILURES; i++)
    append_failure (run, out, g_ptr_array_index (failures, i), test_file);

  if (failures->len > SHOWN_FAILURES)
    {
      guint more = failures->len - SHOWN_FAILURES;
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = SHOWN_FAILURES; i < failures->len && i < SHOWN_FAILURES + LISTED_FAILURES; i++)
        {
          const char *test = dojo_json_get_string (g_ptr_array_index (failures, i), "test");
          g_autofree char *span = _dojo_check_code_span (test ? test : "?");

          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, span);
        }
      if (more > LISTED_FAILURES)
        g_string_append (names, ", …");

      new_block (out);
      g_string_append_printf (out, ngettext ("And %u more test did not pass: %s.",
                                             "And %u more tests did not pass: %s.", more),
                              more, names->str);
    }

  return g_string_free (out, FALSE);
}

/* The test file as the teacher named it in exercise.json. */
static const char *
test_file_of (JsonObject *check,
              JsonObject *item)
{
  if (dojo_json_get_string (check, "test") != NULL)
    return dojo_json_get_string (check, "test");
  return dojo_json_get_string (item, "test_path");
}

static void
fill_tests (RunData         *run,
            DojoCheckResult *result,
            JsonObject      *item,
            JsonObject      *check)
{
  JsonArray *failures = dojo_json_get_array (item, "failures");
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; failures != NULL && i < json_array_get_length (failures); i++)
    {
      JsonNode *node = json_array_get_element (failures, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (list, json_node_get_object (node));
    }

  if (list->len == 0)
    {
      _dojo_check_result_take_message (result, g_strdup (_("No tests ran.")));
      return;
    }

  _dojo_check_result_take_message (result,
                                   failures_message (run, list, test_file_of (check, item)));
}

/* The learner's code raised an error while the tests imported it: where,
 * in the learner's words, and the line when it is in the entry file. */
static void
fill_load_error (RunData         *run,
                 DojoCheckResult *result,
                 JsonObject      *error)
{
  const char *entry = dojo_json_get_string (run->exercise, "entry")
                      ? dojo_json_get_string (run->exercise, "entry") : "main.py";
  const char *file = dojo_json_get_string (error, "file");
  int line = (int)number_as_int (error, "line", 0);
  g_autofree char *what = python_line (error);
  GString *out = g_string_new (NULL);

  if (line > 0 && file != NULL)
    {
      g_autofree char *span = _dojo_check_code_span (file);

      g_string_append_printf (out, _("The tests could not load your code: it stopped with "
                                     "an error on line %d of %s."), line, span);
    }
  else
    g_string_append (out, _("The tests could not load your code: it stopped with an "
                            "error."));
  append_fenced (out, NULL, what);
  if (dojo_json_get_object (error, "explain") != NULL)
    {
      g_autofree char *words = dojo_explain_describe (dojo_json_get_object (error, "explain"));

      if (words != NULL)
        {
          new_block (out);
          g_string_append (out, words);
        }
    }

  if (line > 0 && (file == NULL || g_str_equal (file, entry)))
    _dojo_check_result_set_line (result, line);
  _dojo_check_result_take_message (result, g_string_free (out, FALSE));
}

/* The teacher's test file itself does not load: not the learner's fault. */
static void
fill_broken_test (DojoCheckResult *result,
                  JsonObject      *broken,
                  JsonObject      *check)
{
  const char *file = dojo_json_get_string (broken, "file") ? dojo_json_get_string (broken, "file")
                                              : dojo_json_get_string (check, "test");
  const char *message = dojo_json_get_string (broken, "message");
  g_autofree char *file_span = _dojo_check_code_span (file ? file : "?");
  g_autofree char *message_span = _dojo_check_code_span (message ? message : "?");
  int line = (int)number_as_int (broken, "line", 0);

  if (line > 0)
    _dojo_check_result_take_message (result,
      g_strdup_printf (_("This check’s test file is broken (%s, line %d: %s). "
                         "Please tell your teacher."), file_span, line, message_span));
  else
    _dojo_check_result_take_message (result,
      g_strdup_printf (_("This check’s test file is broken (%s: %s). "
                         "Please tell your teacher."), file_span, message_span));
}

static const char *
problem_text (const char *problem)
{
  if (g_strcmp0 (problem, "unknown-construct") == 0)
    return _("it names a construct Dojo does not know");
  if (g_strcmp0 (problem, "missing-test") == 0)
    return _("its test file is missing");
  if (g_strcmp0 (problem, "bad-pattern") == 0)
    return _("its pattern is not a valid regular expression");
  if (g_strcmp0 (problem, "bad-file") == 0)
    return _("it names a file outside the project");
  return _("it is not written the way Dojo expects");
}

/* What Debug This Check runs for a failed io case or test. */
static void
set_debug_target (DojoCheckResult     *result,
                  const DojoCheckKind *kind,
                  JsonObject          *item,
                  JsonObject          *check)
{
  if (kind->flags & DOJO_CHECK_KIND_DEBUG_CASE)
    {
      JsonArray *args = dojo_json_get_array (check, "argv");
      g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint i = 0; args != NULL && i < json_array_get_length (args); i++)
        {
          JsonNode *node = json_array_get_element (args, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (argv, json_node_get_string (node));
        }
      strv = g_strv_builder_end (argv);
      _dojo_check_result_set_debug_case (result, dojo_json_get_string (check, "stdin"),
                                         (const char * const *)strv);
    }
  else if ((kind->flags & DOJO_CHECK_KIND_DEBUG_TEST) &&
           dojo_json_get_string (item, "test_path") != NULL)
    {
      JsonArray *failures = dojo_json_get_array (item, "failures");

      for (guint i = 0; failures != NULL && i < json_array_get_length (failures); i++)
        {
          JsonNode *node = json_array_get_element (failures, i);
          const char *id;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          id = dojo_json_get_string (json_node_get_object (node), "id");
          if (id != NULL)
            {
              _dojo_check_result_set_debug_test (result,
                                                 dojo_json_get_string (item, "test_path"), id);
              break;
            }
        }
    }
}

/* A hidden io case keeps its secret: the learner is told that an input
 * they do not see gets a different answer, never that input, what was
 * expected, what their program printed, nor values from the run (they may
 * hold the input); and no debugger is offered for it. */
static DojoVerdictState
fill_hidden_case (RunData         *run,
                  DojoCheckResult *result,
                  const char      *status,
                  JsonObject      *item,
                  JsonObject      *check)
{
  const char *teacher = dojo_json_get_string (check, "message");
  JsonObject *error = dojo_json_get_object (item, "error");
  const char *advice = _("A program must work for any input, not only for the examples. "
                         "Try your program with other inputs using **Run**.");
  g_autofree char *what = NULL;
  char *message;

  if (g_str_equal (status, "timeout"))
    {
      g_autofree char *slow = timeout_message (run->time_s);

      /* Translators: %s says that the program ran out of time */
      what = g_strdup_printf (_("%s This happened with an input you do not see."), slow);
    }
  else if (!g_str_equal (status, "failed"))
    return run_status_message (run, result, status, item);
  else if (error != NULL && dojo_json_get_string (error, "type") != NULL)
    {
      g_autofree char *type = _dojo_check_code_span (dojo_json_get_string (error, "type"));

      /* Translators: %s is the name of a Python error, such as `ValueError` */
      what = g_strdup_printf (_("Your program stopped with an error (%s) for an input "
                                "you do not see."), type);
    }
  else if (error != NULL)
    what = g_strdup (_("Your program stopped with an error for an input you do not see."));
  else
    what = g_strdup (_("Your program gives a different answer for an input you do not see."));

  /* What happened first (a grade's reason is its first paragraph), then
   * the advice, then the teacher's words. */
  if (teacher != NULL && teacher[0] != '\0')
    message = g_strdup_printf ("%s\n\n%s\n\n%s", what, advice, teacher);
  else
    message = g_strdup_printf ("%s\n\n%s", what, advice);
  _dojo_check_result_take_message (result, message);

  return g_str_equal (status, "timeout") ? DOJO_VERDICT_TIMEOUT : DOJO_VERDICT_FAILED;
}

static DojoVerdictState
fill_result (RunData         *run,
             DojoCheckResult *result,
             JsonObject      *item,
             JsonObject      *check)
{
  const char *status = dojo_json_get_string (item, "status");
  const DojoCheckKind *kind = dojo_check_kind_lookup (dojo_json_get_string (check, "type"));
  const char *message = dojo_json_get_string (check, "message");
  JsonObject *error = dojo_json_get_object (item, "error");
  gboolean tests;
  gboolean secret;

  /* validate_exercise() let only known kinds through. */
  g_return_val_if_fail (kind != NULL, DOJO_VERDICT_INTERNAL_ERROR);
  tests = kind->results == DOJO_CHECK_RESULTS_TESTS;
  secret = kind->results == DOJO_CHECK_RESULTS_OUTPUT &&
           dojo_json_get_bool (check, "hidden", FALSE);

  if (status == NULL)
    status = "error";

  if (!secret)
    _dojo_check_result_set_texts (result, dojo_json_get_string (item, "expected"),
                                  dojo_json_get_string (item, "actual"),
                                  dojo_json_get_string (item, "diff"));

  if (kind->results == DOJO_CHECK_RESULTS_ADVICE)
    _dojo_check_result_set_blocking (result, dojo_json_get_bool (check, "fails", FALSE));

  if (g_str_equal (status, "passed"))
    {
      _dojo_check_result_set_state (result, DOJO_CHECK_STATE_PASSED);
      return DOJO_VERDICT_PASSED;
    }
  if (g_str_equal (status, "not-evaluated"))
    {
      _dojo_check_result_set_state (result, DOJO_CHECK_STATE_NOT_EVALUATED);
      return DOJO_VERDICT_PASSED;
    }

  _dojo_check_result_set_state (result, DOJO_CHECK_STATE_FAILED);

  if (tests && dojo_json_get_object (item, "broken_test") != NULL)
    {
      fill_broken_test (result, dojo_json_get_object (item, "broken_test"), check);
      return DOJO_VERDICT_FAILED;
    }

  if (kind->results == DOJO_CHECK_RESULTS_TYPES)
    return _dojo_type_check_fill (result, item, check);

  if (g_str_equal (status, "error"))
    {
      /* The teacher's exercise is at fault, not the learner. */
      _dojo_check_result_take_message (result,
        g_strdup_printf (_("This check cannot run: %s. Please tell your teacher."),
                         problem_text (dojo_json_get_string (item, "problem"))));
      return DOJO_VERDICT_FAILED;
    }
  if (secret)
    return fill_hidden_case (run, result, status, item, check);
  set_debug_target (result, kind, item, check);

  if (!g_str_equal (status, "failed"))
    return run_status_message (run, result, status, item);

  if (tests && dojo_json_get_object (item, "load_error") != NULL)
    {
      fill_load_error (run, result, dojo_json_get_object (item, "load_error"));
      return DOJO_VERDICT_FAILED;
    }
  if (tests && error != NULL && dojo_json_get_string (error, "message") != NULL)
    {
      fill_load_error (run, result, error);
      return DOJO_VERDICT_FAILED;
    }
  if (error != NULL)
    {
      _dojo_check_result_take_message (result, error_message (error));
      _dojo_check_result_set_line (result, (int)number_as_int (error, "line", 0));
      return DOJO_VERDICT_FAILED;
    }

  switch (kind->results)
    {
    case DOJO_CHECK_RESULTS_OUTPUT:
      _dojo_check_result_take_message (result,
        g_strdup (message ? message : _("Your program’s output is not what was expected.")));
      break;
    case DOJO_CHECK_RESULTS_TESTS:
      fill_tests (run, result, item, check);
      break;
    case DOJO_CHECK_RESULTS_RULES:
      fill_ast (result, item);
      break;
    case DOJO_CHECK_RESULTS_FUNCTIONS:
      fill_type_hints (result, item, check);
      break;
    case DOJO_CHECK_RESULTS_ADVICE:
      _dojo_check_result_take_message (result, g_strdup (message ? message : ""));
      _dojo_check_result_set_line (result, (int)number_as_int (item, "line", 0));
      break;
    case DOJO_CHECK_RESULTS_GIT:
    default:
      break;
    }
  if (dojo_json_get_string (item, "missing_file") != NULL)
    _dojo_check_result_take_message (result,
      g_strdup_printf (_("The file %s is missing."), dojo_json_get_string (item, "missing_file")));

  return DOJO_VERDICT_FAILED;
}

/* ------------------------------------------------------------------------ */
/* Tasks: a pytest check's tests grouped by `@pytest.mark.task(taskno=N)` */

#define NO_TASK G_MININT64

static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  /* The tests of no task come last. */
  if (x == NO_TASK || y == NO_TASK)
    return (x == NO_TASK) - (y == NO_TASK);
  return (x > y) - (x < y);
}

static void
add_task (GArray *tasks,
          gint64  task)
{
  for (guint i = 0; i < tasks->len; i++)
    if (g_array_index (tasks, gint64, i) == task)
      return;
  g_array_append_val (tasks, task);
}

static gboolean
has_task (GArray *tasks,
          gint64  task)
{
  for (guint i = 0; i < tasks->len; i++)
    if (g_array_index (tasks, gint64, i) == task)
      return TRUE;
  return FALSE;
}

/* The row of task @task: `CHECKID#task-N`, titled by the check's `tasks`
 * or "Task N"; the tests of no task keep the check's own id and title. */
static DojoCheckResult *
task_row_new (DojoCheckResult *whole,
              JsonObject      *check,
              gint64           task)
{
  g_autofree char *key = NULL;
  g_autofree char *id = NULL;
  g_autofree char *fallback = NULL;
  const char *title;
  DojoCheckResult *row;

  if (task == NO_TASK)
    row = _dojo_check_result_new (dojo_check_result_get_id (whole), "pytest",
                                  dojo_json_get_string (check, "title"));
  else
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT, task);
      id = g_strdup_printf ("%s#task-%" G_GINT64_FORMAT, dojo_check_result_get_id (whole), task);
      title = dojo_json_get_string (dojo_json_get_object (check, "tasks"), key);
      if (title == NULL)
        /* Translators: the title of a group of tests, when the teacher gave none */
        title = fallback = g_strdup_printf (_("Task %d"), (int)task);
      row = _dojo_check_result_new (id, "pytest", title);
    }
  _dojo_check_result_set_points (row, dojo_check_result_get_points (whole));

  return row;
}

/* The tasks the check's `tasks` names, in order. */
static GArray *
declared_tasks (JsonObject *check)
{
  JsonObject *titles = dojo_json_get_object (check, "tasks");
  g_autoptr(GList) keys = titles ? json_object_get_members (titles) : NULL;
  GArray *tasks = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GList *l = keys; l != NULL; l = l->next)
    {
      gint64 task;

      if (g_ascii_string_to_signed (l->data, 10, 0, G_MAXINT, &task, NULL))
        add_task (tasks, task);
    }
  g_array_sort (tasks, compare_tasks);

  return tasks;
}

/**
 * task_rows:
 * @whole: the check's result as one row, filled
 *
 * A pytest check whose tests carry task markers is one result per task,
 * each worth the check's points, passed when every test of that task
 * passed; so the check panel, `dojo-pack check` and grading count tasks
 * without knowing about them.  When the tests did not run at all (a
 * timeout, code that does not load), each task the check's `tasks` names
 * fails with the same message, so that a grade's maximum does not depend
 * on how far the learner got.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL when the check
 *   is one result
 */
static GPtrArray *
task_rows (RunData         *run,
           DojoCheckResult *whole,
           JsonObject      *item,
           JsonObject      *check)
{
  JsonArray *cases = dojo_json_get_array (item, "cases");
  JsonArray *failures = dojo_json_get_array (item, "failures");
  const char *status = dojo_json_get_string (item, "status");
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean any_task = FALSE;

  const DojoCheckKind *kind = dojo_check_kind_lookup (dojo_json_get_string (check, "type"));

  if (kind == NULL || !(kind->flags & DOJO_CHECK_KIND_TASK_ROWS))
    return NULL;

  for (guint i = 0; cases != NULL && i < json_array_get_length (cases); i++)
    {
      JsonNode *node = json_array_get_element (cases, i);
      gint64 task;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      task = number_as_int (json_node_get_object (node), "task", NO_TASK);
      any_task |= task != NO_TASK;
      add_task (tasks, task);
    }

  if (!any_task || (g_strcmp0 (status, "passed") != 0 && g_strcmp0 (status, "failed") != 0) ||
      dojo_json_get_object (item, "load_error") != NULL ||
      dojo_json_get_object (item, "broken_test") != NULL ||
      dojo_json_get_object (item, "error") != NULL)
    {
      g_autoptr(GArray) declared = NULL;

      /* Cases without tasks, or a check that passed: one result. */
      if ((cases != NULL && json_array_get_length (cases) > 0) ||
          dojo_check_result_get_state (whole) != DOJO_CHECK_STATE_FAILED)
        return NULL;
      declared = declared_tasks (check);
      if (declared->len == 0)
        return NULL;
      for (guint i = 0; i < declared->len; i++)
        {
          DojoCheckResult *row = task_row_new (whole, check, g_array_index (declared, gint64, i));

          _dojo_check_result_set_state (row, dojo_check_result_get_state (whole));
          _dojo_check_result_take_message (row, g_strdup (dojo_check_result_get_message (whole)));
          _dojo_check_result_set_line (row, dojo_check_result_get_line (whole));
          g_ptr_array_add (rows, row);
        }
      return g_steal_pointer (&rows);
    }

  /* A failure of a test no case names counts against the tests of no task. */
  for (guint i = 0; failures != NULL && i < json_array_get_length (failures); i++)
    {
      JsonNode *node = json_array_get_element (failures, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          !has_task (tasks, number_as_int (json_node_get_object (node), "task", NO_TASK)))
        add_task (tasks, NO_TASK);
    }
  g_array_sort (tasks, compare_tasks);

  for (guint t = 0; t < tasks->len; t++)
    {
      gint64 task = g_array_index (tasks, gint64, t);
      g_autoptr(GPtrArray) failed = g_ptr_array_new ();
      DojoCheckResult *row = task_row_new (whole, check, task);
      gboolean passed = TRUE;

      for (guint i = 0; cases != NULL && i < json_array_get_length (cases); i++)
        {
          JsonNode *node = json_array_get_element (cases, i);
          JsonObject *one;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          one = json_node_get_object (node);
          if (number_as_int (one, "task", NO_TASK) == task &&
              g_strcmp0 (dojo_json_get_string (one, "outcome"), "passed") != 0)
            passed = FALSE;
        }
      for (guint i = 0; failures != NULL && i < json_array_get_length (failures); i++)
        {
          JsonNode *node = json_array_get_element (failures, i);
          gint64 of;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          of = number_as_int (json_node_get_object (node), "task", NO_TASK);
          if (of == task || (task == NO_TASK && !has_task (tasks, of)))
            g_ptr_array_add (failed, json_node_get_object (node));
        }

      if (passed && failed->len == 0)
        _dojo_check_result_set_state (row, DOJO_CHECK_STATE_PASSED);
      else
        {
          _dojo_check_result_set_state (row, DOJO_CHECK_STATE_FAILED);
          if (failed->len > 0)
            _dojo_check_result_take_message (row,
              failures_message (run, failed, test_file_of (check, item)));
          else
            _dojo_check_result_take_message (row,
              g_strdup (_("Not every test of this task passed.")));
        }
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}

/* Worse states win: a timeout says more than the failed checks after it. */
static int
state_rank (DojoVerdictState state)
{
  switch (state)
    {
    case DOJO_VERDICT_PASSED: return 0;
    case DOJO_VERDICT_FAILED: return 1;
    case DOJO_VERDICT_CRASHED: return 2;
    case DOJO_VERDICT_OUTPUT_LIMIT: return 3;
    case DOJO_VERDICT_MEMORY_LIMIT: return 4;
    case DOJO_VERDICT_TIMEOUT: return 5;
    case DOJO_VERDICT_SYNTAX_ERROR: return 6;
    case DOJO_VERDICT_INTERNAL_ERROR: return 7;
    default: return 7;
    }
}

static DojoVerdict *
internal_error (const char *reason,
                const char *details)
{
  DojoVerdict *verdict = _dojo_verdict_new ();

  g_debug ("Internal error: %s\n%s", reason, details ? details : "");
  _dojo_verdict_set_state (verdict, DOJO_VERDICT_INTERNAL_ERROR);
  _dojo_verdict_take_message (verdict,
    g_strdup_printf (_("Dojo could not check your work (%s). "
                       "This is a problem in Dojo, not in your code."), reason));
  _dojo_verdict_take_details (verdict, g_strdup (details));
  _dojo_verdict_update (verdict);

  return verdict;
}

/* The error a check's run stopped with, as one key, or %NULL. */
static char *
error_key (JsonObject *item)
{
  JsonObject *error = dojo_json_get_object (item, "load_error");
  const char *type;
  const char *message;
  const char *file;

  if (error == NULL)
    error = dojo_json_get_object (item, "error");
  if (error == NULL || g_strcmp0 (dojo_json_get_string (item, "status"), "failed") != 0)
    return NULL;
  type = dojo_json_get_string (error, "type");
  message = dojo_json_get_string (error, "message");
  file = dojo_json_get_string (error, "file");
  return g_strdup_printf ("%s\n%s\n%s\n%" G_GINT64_FORMAT, type ? type : "",
                          message ? message : "", file ? file : "",
                          number_as_int (error, "line", 0));
}

static void
say_same_error (DojoCheckResult *row,
                DojoCheckResult *first)
{
  const char *title = dojo_check_result_get_title (first) != NULL
                      ? dojo_check_result_get_title (first) : dojo_check_result_get_id (first);
  int line = dojo_check_result_get_line (first);

  if (line > 0)
    _dojo_check_result_take_message (row,
      /* Translators: %s is the title of another check, %d a line of the program */
      g_strdup_printf (_("The same error as in “%s” (line %d)."), title, line));
  else
    _dojo_check_result_take_message (row,
      /* Translators: %s is the title of another check */
      g_strdup_printf (_("The same error as in “%s”."), title));
}

/* An error met by several checks (every io case, every task of tests
 * that could not load the code) is explained in full on the first row
 * that meets it; the others point to it.  Here, once, so that the check
 * panel, `dojo-pack check` and grading say the same. */
static void
same_error_once (GHashTable      *seen,
                 JsonObject      *item,
                 DojoCheckResult *result,
                 GPtrArray       *rows)
{
  g_autofree char *key = error_key (item);
  DojoCheckResult *first;
  guint start = 0;

  if (key == NULL)
    return;
  first = g_hash_table_lookup (seen, key);
  if (first == NULL)
    {
      first = rows != NULL && rows->len > 0 ? g_ptr_array_index (rows, 0) : result;
      g_hash_table_insert (seen, g_steal_pointer (&key), g_object_ref (first));
      start = 1;
      if (rows == NULL)
        return;
    }
  else if (rows == NULL)
    {
      say_same_error (result, first);
      return;
    }
  for (guint i = start; i < rows->len; i++)
    say_same_error (g_ptr_array_index (rows, i), first);
}

static DojoVerdict *
build_verdict (RunData    *run,
               JsonObject *answer)
{
  g_autoptr(DojoVerdict) verdict = _dojo_verdict_new ();
  JsonArray *checks = dojo_json_get_array (run->exercise, "checks");
  JsonArray *results = dojo_json_get_array (answer, "results");
  JsonArray *gated = dojo_json_get_array (answer, "gated");
  JsonObject *syntax = dojo_json_get_object (answer, "syntax_error");
  JsonObject *missing = dojo_json_get_object (answer, "missing_entry");
  const char *sandbox_error = dojo_json_get_string (answer, "sandbox_error");
  DojoVerdictState state = DOJO_VERDICT_PASSED;
  g_autofree char *worst_message = NULL;
  /* The error of a run (its type, message, file and line) → the row that
   * showed it first, so that it is explained once. */
  g_autoptr(GHashTable) errors_seen = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, g_object_unref);

  if (sandbox_error != NULL)
    {
      _dojo_verdict_set_state (verdict, DOJO_VERDICT_INTERNAL_ERROR);
      _dojo_verdict_take_message (verdict,
        g_strdup (_("Dojo could not start the sandbox your code runs in, so nothing "
                    "was checked. This is a problem of Dojo or of this computer, not "
                    "of your code.")));
      _dojo_verdict_take_details (verdict, g_strdup (sandbox_error));
      _dojo_verdict_update (verdict);
      return g_steal_pointer (&verdict);
    }

  if (syntax != NULL)
    {
      g_autoptr(DojoCheckResult) result =
        _dojo_check_result_new ("syntax", "syntax", _("Python can read your code"));
      const char *entry = dojo_json_get_string (run->exercise, "entry");
      int line = (int)number_as_int (syntax, "line", 0);
      int marker = entry_marker_line (run->project, entry);

      if (marker > 0)
        {
          line = marker;
          _dojo_check_result_take_message (result,
            /* Translators: %s is a file name, %d a line number */
            g_strdup_printf (_("%s still has conflict markers on line %d: keep the lines you "
                               "want and delete the `<<<<<<<`, `=======` and `>>>>>>>` "
                               "lines."), entry, line));
        }
      else if (line > 0)
        _dojo_check_result_take_message (result,
          g_strdup_printf (_("Python cannot read line %d of %s: %s"),
                           line, entry ? entry : "main.py",
                           dojo_json_get_string (syntax, "message")));
      else
        _dojo_check_result_take_message (result,
          g_strdup_printf (_("Python cannot read %s: %s"),
                           entry ? entry : "main.py", dojo_json_get_string (syntax, "message")));
      if (marker == 0)
        _dojo_check_result_take_message (result,
          with_explanation (g_strdup (dojo_check_result_get_message (result)),
                            dojo_json_get_object (syntax, "explain")));
      _dojo_check_result_set_line (result, line);
      _dojo_check_result_set_texts (result, NULL, dojo_json_get_string (syntax, "text"), NULL);
      _dojo_verdict_add (verdict, result);
      _dojo_verdict_set_state (verdict, DOJO_VERDICT_SYNTAX_ERROR);
      _dojo_verdict_take_message (verdict, g_strdup (dojo_check_result_get_message (result)));
      _dojo_verdict_update (verdict);
      return g_steal_pointer (&verdict);
    }

  if (missing != NULL)
    {
      g_autoptr(DojoCheckResult) result =
        _dojo_check_result_new ("entry", "entry", _("Your program is there"));

      _dojo_check_result_take_message (result,
        g_strdup_printf (_("The file %s is missing."), dojo_json_get_string (missing, "entry")));
      _dojo_verdict_add (verdict, result);
      _dojo_verdict_set_state (verdict, DOJO_VERDICT_FAILED);
      _dojo_verdict_update (verdict);
      return g_steal_pointer (&verdict);
    }

  /* One piece of advice for every construct that comes later, so that
   * what it suggests for one is never another of them. */
  if (gated != NULL && json_array_get_length (gated) > 0)
    {
      g_autoptr(DojoCheckResult) result =
        _dojo_check_result_new ("gated", "gated", _("Only what you have learned so far"));
      g_autoptr(GPtrArray) used = g_ptr_array_new ();
      int line = 0;

      for (guint i = 0; i < json_array_get_length (gated); i++)
        {
          JsonObject *hit = dojo_json_array_get_object (gated, i);
          const char *construct = hit ? dojo_json_get_string (hit, "construct") : NULL;
          int at = hit ? (int)number_as_int (hit, "line", 0) : 0;

          if (construct == NULL)
            continue;
          g_ptr_array_add (used, (char *)construct);
          if (at > 0 && (line == 0 || at < line))
            line = at;
        }
      g_ptr_array_add (used, NULL);
      _dojo_check_result_take_message (result,
        dojo_gating_advise (run->gating, (const char * const *)used->pdata, NULL));
      _dojo_check_result_set_line (result, line);
      _dojo_verdict_add (verdict, result);
      state = DOJO_VERDICT_FAILED;
    }

  if (results == NULL || checks == NULL ||
      json_array_get_length (results) != json_array_get_length (checks))
    return internal_error ("the harness answered for other checks", NULL);

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      JsonObject *item = json_array_get_object_element (results, i);
      g_autofree char *fallback_id = g_strdup_printf ("check-%u", i + 1);
      const char *id = dojo_json_get_string (check, "id") ? dojo_json_get_string (check, "id")
                                                          : fallback_id;
      g_autoptr(DojoCheckResult) result =
        _dojo_check_result_new (id, dojo_json_get_string (check, "type"),
                                dojo_json_get_string (check, "title"));
      g_autoptr(GPtrArray) rows = NULL;
      DojoVerdictState implied;

      if (item == NULL)
        return internal_error ("the harness answered for other checks", NULL);

      _dojo_check_result_set_points (result,
                                     (guint)CLAMP (number_as_int (check, "points", 1),
                                                   0, G_MAXUINT));

      implied = fill_result (run, result, item, check);
      if (!dojo_check_result_get_blocking (result))
        implied = DOJO_VERDICT_PASSED;
      if (state_rank (implied) > state_rank (state))
        {
          state = implied;
          g_free (worst_message);
          worst_message = g_strdup (dojo_check_result_get_message (result));
        }

      /* The one place a check becomes several results: everything that
       * reads a verdict sees the tasks as checks of their own. */
      rows = task_rows (run, result, item, check);
      same_error_once (errors_seen, item, result, rows);
      if (rows == NULL)
        _dojo_verdict_add (verdict, result);
      for (guint j = 0; rows != NULL && j < rows->len; j++)
        _dojo_verdict_add (verdict, g_ptr_array_index (rows, j));
    }

  _dojo_verdict_set_state (verdict, state);
  if (state != DOJO_VERDICT_PASSED && state != DOJO_VERDICT_FAILED)
    _dojo_verdict_take_message (verdict, g_steal_pointer (&worst_message));
  _dojo_verdict_update (verdict);

  return g_steal_pointer (&verdict);
}

/* ------------------------------------------------------------------------ */
/* Running */

static DojoVerdict *
verdict_from_run (RunData  *run,
                  int       exit_status,
                  gboolean  exited)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *diag = g_strndup ((const char *)run->output.data->data,
                                     run->output.data->len);
  JsonNode *root;
  JsonObject *answer;
  const guint8 *data = run->result.data->data;
  gsize len = run->result.data->len;

  if (run->timed_out)
    {
      g_autoptr(DojoVerdict) verdict = _dojo_verdict_new ();
      g_autoptr(DojoCheckResult) result =
        _dojo_check_result_new ("run", "run", _("Your program finishes"));

      _dojo_check_result_take_message (result, timeout_message (run->time_s));
      _dojo_verdict_add (verdict, result);
      _dojo_verdict_set_state (verdict, DOJO_VERDICT_TIMEOUT);
      _dojo_verdict_take_message (verdict, timeout_message (run->time_s));
      _dojo_verdict_update (verdict);
      return g_steal_pointer (&verdict);
    }

  if (!exited || exit_status != 0)
    return internal_error ("the harness stopped unexpectedly", diag);
  if (run->result.overflow)
    return internal_error ("the harness answered too much", diag);

  /* Exactly one line of JSON: anything else means something wrote to the
   * channel that should not have, and then nothing in it can be trusted. */
  if (len == 0 || data[len - 1] != '\n' || memchr (data, '\n', len) != data + len - 1)
    return internal_error ("the harness answer was not one line", diag);
  if (!json_parser_load_from_data (parser, (const char *)data, len, &error))
    return internal_error ("the harness answer was not JSON", diag);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return internal_error ("the harness answer was not an object", diag);
  answer = json_node_get_object (root);
  if (g_strcmp0 (dojo_json_get_string (answer, "nonce"), run->nonce) != 0)
    return internal_error ("the harness answer did not carry its nonce", diag);
  if (number_as_int (answer, "protocol", 0) != 1)
    return internal_error ("the harness speaks another protocol", diag);

  return build_verdict (run, answer);
}

static void
maybe_complete (GTask *task)
{
  RunData *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  DojoVerdict *verdict;
  gboolean exited;
  int status;

  if (run->completed || !run->waited || !run->result.done || !run->output.done)
    return;

  run->completed = TRUE;

  if (run->timeout != NULL)
    {
      g_source_destroy (run->timeout);
      g_clear_pointer (&run->timeout, g_source_unref);
    }
  if (run->cancelled_id != 0)
    {
      g_cancellable_disconnect (run->cancellable, run->cancelled_id);
      run->cancelled_id = 0;
    }

  exited = g_subprocess_get_if_exited (run->process);
  status = exited ? g_subprocess_get_exit_status (run->process) : -1;

  /* A harness that ended normally has killed what it started; otherwise
   * sweep its session, in case learner processes outlived it. */
  if (run->timed_out || !exited || status != 0 ||
      g_cancellable_is_cancelled (run->cancellable))
    kill_session (run->pid);

  g_debug ("Check took %.3f s", g_timer_elapsed (run->timer, NULL));

  if (g_cancellable_set_error_if_cancelled (run->cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  verdict = verdict_from_run (run, status, exited);
  g_task_return_pointer (task, verdict, g_object_unref);
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *run = g_task_get_task_data (task);

  /* The process is gone; its pid must not be signalled any more. */
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  g_atomic_int_set (&run->alive, 0);
  run->waited = TRUE;
  maybe_complete (task);
}

static void read_more (GTask *task, GInputStream *stream, Reader *reader);

typedef struct
{
  GTask  *task;
  Reader *reader;
} ReadOp;

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  ReadOp *op = user_data;
  g_autoptr(GTask) task = op->task;
  Reader *reader = op->reader;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;
  const guint8 *data;

  g_free (op);

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, NULL);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      reader->done = TRUE;
      maybe_complete (task);
      return;
    }

  /* Past the cap, keep reading so the writer never blocks, but drop it. */
  data = g_bytes_get_data (bytes, &len);
  if (reader->data->len + len > reader->cap)
    reader->overflow = TRUE;
  else
    g_byte_array_append (reader->data, data, len);

  read_more (task, G_INPUT_STREAM (object), reader);
}

static void
read_more (GTask        *task,
           GInputStream *stream,
           Reader       *reader)
{
  ReadOp *op = g_new0 (ReadOp, 1);

  op->task = g_object_ref (task);
  op->reader = reader;
  g_input_stream_read_bytes_async (stream, 65536, G_PRIORITY_DEFAULT, NULL, read_cb, op);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GBytes) request = user_data;
  g_autoptr(GError) error = NULL;

  /* A harness that died early shows up in its exit status. */
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    g_debug ("Could not send the request: %s", error->message);
  g_output_stream_close (G_OUTPUT_STREAM (object), NULL, NULL);
}

static gboolean
timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  RunData *run = g_task_get_task_data (task);

  if (g_atomic_int_get (&run->alive))
    {
      run->timed_out = TRUE;
      kill_session (run->pid);
    }
  g_clear_pointer (&run->timeout, g_source_unref);

  return G_SOURCE_REMOVE;
}

static void
cancelled_cb (GCancellable *cancellable,
              RunData      *run)
{
  if (g_atomic_int_get (&run->alive))
    kill_session (run->pid);
}

/* What the type checks among @checks may take: mypy without its cache
 * reads the standard library's types first (about a second, more on a
 * busy machine), and is not bound by the exercise's time limit, which is
 * for the learner's program. */
#define TYPE_CHECK_SECONDS 30

static guint
type_check_seconds (JsonArray *checks)
{
  guint seconds = 0;

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = dojo_json_array_get_object (checks, i);
      const DojoCheckKind *kind = check ? dojo_check_kind_lookup (dojo_json_get_string (check,
                                                                                         "type"))
                                        : NULL;

      if (kind != NULL && kind->results == DOJO_CHECK_RESULTS_TYPES)
        seconds += TYPE_CHECK_SECONDS;
    }
  return seconds;
}

static guint
count_runs (JsonArray *checks)
{
  guint runs = 0;
  gboolean io = FALSE;
  gboolean output_mistake = FALSE;

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      const char *type = dojo_json_get_string (check, "type");

      if (g_strcmp0 (type, "io") == 0)
        io = TRUE, runs++;
      else if (is_test_check (type))
        runs++;
      else if (g_strcmp0 (type, "known-mistake") == 0 &&
               g_strcmp0 (dojo_json_get_string (check, "on"), "code") != 0)
        output_mistake = TRUE;
    }

  if (output_mistake && !io)
    runs++;

  return MAX (runs, 1);
}

/* The packages each run may import: the pack's, and the one each kind of
 * check needs (pytest for a pytest check) even when the pack does not say
 * so. */
static GStrv
request_packages (DojoChecker *self,
                  JsonArray   *checks)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; self->packages != NULL && self->packages[i] != NULL; i++)
    g_ptr_array_add (names, self->packages[i]);
  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      const DojoCheckKind *kind =
        dojo_check_kind_lookup (dojo_json_get_string (json_array_get_object_element (checks, i),
                                                      "type"));

      if (kind != NULL && kind->package != NULL &&
          !g_ptr_array_find_with_equal_func (names, kind->package, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer)kind->package);
    }
  g_ptr_array_add (names, NULL);

  return g_strdupv ((char **)names->pdata);
}

/* Whether the harness's first run of the learner's code is a test file's:
 * io checks run first (dojo_harness.py, KINDS), then tests. */
static gboolean
first_run_is_tests (JsonArray *checks)
{
  gboolean tests = FALSE;

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      const char *type = dojo_json_get_string (json_array_get_object_element (checks, i), "type");

      if (g_strcmp0 (type, "io") == 0)
        return FALSE;
      tests |= is_test_check (type);
    }

  return tests;
}

static gboolean
validate_exercise (JsonObject  *exercise,
                   GError     **error)
{
  JsonArray *checks = dojo_json_get_array (exercise, "checks");
  const char *entry = dojo_json_get_string (exercise, "entry");

  if (checks == NULL)
    {
      g_set_error (error, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_INVALID_EXERCISE,
                   _("exercise.json: “checks” must be an array"));
      return FALSE;
    }
  if (entry != NULL && (entry[0] == '\0' || g_path_is_absolute (entry) ||
                        strstr (entry, "..") != NULL))
    {
      g_set_error (error, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_INVALID_EXERCISE,
                   _("exercise.json: “entry” must name a file inside the project"));
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonNode *node = json_array_get_element (checks, i);

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          dojo_json_get_string (json_node_get_object (node), "type") == NULL)
        {
          g_set_error (error, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_INVALID_EXERCISE,
                       _("exercise.json: check %u has no “type”"), i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * dojo_checker_run_async:
 * @exercise: the exercise's parsed exercise.json
 * @exercise_dir: where the exercise's test files live
 * @project_dir: the learner's folder; the program runs there
 * @gated: (nullable) (element-type DojoGatedConstruct): constructs the
 *   learner has not met yet
 *
 * Checks the learner's work.  Nothing blocks: the harness runs in a child
 * process, and all waiting happens in callbacks on the calling thread's
 * main context.  Cancelling kills the harness and all it started.
 */
void
dojo_checker_run_async (DojoChecker         *self,
                        JsonObject          *exercise,
                        GFile               *exercise_dir,
                        GFile               *project_dir,
                        GPtrArray           *gated,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) result_stream = NULL;
  g_autoptr(GBytes) request_bytes = NULL;
  g_autofree char *harness_dir = NULL;
  g_autofree char *harness = NULL;
  g_autofree char *project = NULL;
  g_autofree char *exdir = NULL;
  g_autofree char *request = NULL;
  g_auto(GStrv) sandbox = NULL;
  g_auto(GStrv) sandbox_tests = NULL;
  g_auto(GStrv) packages = NULL;
  g_autofree char *entry = NULL;
  JsonObject *limits;
  RunData *run;
  const char *python;
  guint memory_mb;
  guint output_kb;
  int result_fd = -1;

  g_return_if_fail (DOJO_IS_CHECKER (self));
  g_return_if_fail (exercise != NULL);
  g_return_if_fail (G_IS_FILE (exercise_dir));
  g_return_if_fail (G_IS_FILE (project_dir));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_checker_run_async);

  if (!validate_exercise (exercise, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  python = dojo_checker_get_python (self);
  if (python == NULL)
    {
      g_task_return_new_error (task, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_NO_PYTHON,
                               _("Python 3 is not installed: Dojo needs “python3” "
                                 "to check your work"));
      return;
    }

  run = g_new0 (RunData, 1);
  g_task_set_task_data (task, run, (GDestroyNotify)run_data_free);
  run->exercise = json_object_ref (exercise);
  run->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  run->nonce = make_nonce ();
  run->timer = g_timer_new ();
  run->result.data = g_byte_array_new ();
  run->result.cap = MAX_RESULT_BYTES;
  run->output.data = g_byte_array_new ();
  run->output.cap = MAX_DIAG_BYTES;
  if (gated != NULL)
    {
      run->gated = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_gated_construct_free);
      for (guint i = 0; i < gated->len; i++)
        g_ptr_array_add (run->gated, dojo_gated_construct_copy (g_ptr_array_index (gated, i)));
    }
  if (self->gating != NULL)
    run->gating = dojo_gating_ref (self->gating);
  else
    {
      run->gating = dojo_gating_new ();
      for (guint i = 0; gated != NULL && i < gated->len; i++)
        {
          DojoGatedConstruct *gate = g_ptr_array_index (gated, i);

          dojo_gating_add_gate (run->gating, gate->construct, gate->introduced_in);
        }
      dojo_gating_set_exercise (run->gating, exercise);
    }

  limits = dojo_json_get_object (exercise, "limits");
  run->time_s = CLAMP (dojo_json_get_double (limits, "time_s", 5.0), 0.1, 600.0);
  memory_mb = CLAMP (number_as_int (limits, "memory_mb", 512), MIN_MEMORY_MB, 64 * 1024);
  output_kb = CLAMP (number_as_int (limits, "output_kb", 1024), 1, 1024 * 1024);
  run->output_bytes = (guint64)output_kb * 1024;
  run->overall_s = (guint)(run->time_s * count_runs (dojo_json_get_array (exercise, "checks"))
                           + 0.999)
                   + GRACE_SECONDS
                   + type_check_seconds (dojo_json_get_array (exercise, "checks"));

  {
    g_autofree char *dir = dojo_paths_get_harness_dir ();
    g_autofree char *path = g_file_get_path (project_dir);
    g_autofree char *ex = g_file_get_path (exercise_dir);

    /* Real paths: the sandbox shows each at the same place inside. */
    harness_dir = _dojo_check_real_path (dir);
    project = _dojo_check_real_path (path);
    exdir = _dojo_check_real_path (ex);
  }
  run->project = g_strdup (project);
  run->exercise_dir = g_strdup (exdir);
  harness = g_build_filename (harness_dir, "dojo_harness.py", NULL);
  if (!g_file_test (harness, G_FILE_TEST_IS_REGULAR))
    {
      g_task_return_new_error (task, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_SPAWN,
                               _("The check harness is missing from %s"), harness_dir);
      return;
    }

  if (!make_sandboxes (python, project, harness_dir, exdir,
                       dojo_json_get_array (exercise, "checks"),
                       &sandbox, &sandbox_tests, &error))
    {
      g_task_return_new_error (task, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_SPAWN,
                               "%s", error->message);
      return;
    }

  entry = g_strdup (dojo_json_get_string (exercise, "entry")
                    ? dojo_json_get_string (exercise, "entry") : "main.py");
  packages = request_packages (self, dojo_json_get_array (exercise, "checks"));
  request = build_request (run, (const char * const *)packages, exercise_dir, project_dir,
                           dojo_json_get_array (exercise, "checks"),
                           entry, memory_mb, output_kb, python,
                           (const char * const *)sandbox,
                           (const char * const *)sandbox_tests);
  request_bytes = g_bytes_new_take (request, strlen (request));
  request = NULL;

  run->process = take_spare (python, harness_dir, &result_fd);
  if (run->process == NULL)
    run->process = spawn_harness (python, harness_dir, NULL, &result_fd, &error);
  if (run->process == NULL)
    {
      g_prefix_error (&error, _("Could not start Python to check your work: "));
      g_task_return_new_error (task, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_SPAWN,
                               "%s", error->message);
      return;
    }

  run->pid = atoi (g_subprocess_get_identifier (run->process));
  g_atomic_int_set (&run->alive, 1);

  result_stream = g_unix_input_stream_new (result_fd, TRUE);
  read_more (task, result_stream, &run->result);
  read_more (task, g_subprocess_get_stdout_pipe (run->process), &run->output);
  g_output_stream_write_all_async (g_subprocess_get_stdin_pipe (run->process),
                                   g_bytes_get_data (request_bytes, NULL),
                                   g_bytes_get_size (request_bytes),
                                   G_PRIORITY_DEFAULT, NULL, write_cb,
                                   g_bytes_ref (request_bytes));
  g_subprocess_wait_async (run->process, NULL, wait_cb, g_object_ref (task));

  run->timeout = g_timeout_source_new_seconds (run->overall_s);
  g_source_set_callback (run->timeout, timeout_cb, task, NULL);
  g_source_attach (run->timeout, g_task_get_context (task));

  run->cancelled_id = g_cancellable_connect (run->cancellable, G_CALLBACK (cancelled_cb),
                                             run, NULL);

  /* The next Check is most likely for this folder again, unless the
   * caller knows better. */
  if (!self->no_start_ahead)
    {
      const char *next = self->next_set ? self->next_project : project;
      gboolean tests_first = first_run_is_tests (dojo_json_get_array (exercise, "checks"));
      g_auto(GStrv) next_prefix = NULL;
      g_autofree char *warm = NULL;

      /* The runner waits in the sandbox of the first run: the harness
       * uses it only for a run in that very sandbox. */
      if (g_strcmp0 (next, project) == 0)
        next_prefix = g_strdupv (tests_first ? sandbox_tests : sandbox);
      else if (next != NULL && self->next_exercise != NULL)
        {
          JsonArray *next_checks = dojo_json_get_array (self->next_exercise, "checks");
          g_auto(GStrv) next_program = NULL;
          g_auto(GStrv) next_tests = NULL;

          /* Another exercise's folder (grading): its own first run. */
          if (make_sandboxes (python, next, harness_dir, self->next_exercise_dir, next_checks,
                              &next_program, &next_tests, NULL))
            next_prefix = first_run_is_tests (next_checks) ? g_steal_pointer (&next_tests)
                                                           : g_steal_pointer (&next_program);
        }
      else if (next != NULL)
        {
          /* Of an exercise not known: a program's sandbox sees the project
           * only, the same for any exercise. */
          g_autoptr(DojoSandbox) next_sandbox = run_sandbox (python, next, harness_dir);

          next_prefix = dojo_sandbox_get_prefix (next_sandbox, NULL);
        }
      if (next_prefix != NULL)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) root = NULL;

          json_builder_begin_object (builder);
          add_strv (builder, "sandbox", (const char * const *)next_prefix);
          json_builder_set_member_name (builder, "python");
          json_builder_add_string_value (builder, python);
          json_builder_set_member_name (builder, "harness_dir");
          json_builder_add_string_value (builder, harness_dir);
          json_builder_set_member_name (builder, "project");
          json_builder_add_string_value (builder, next);
          json_builder_end_object (builder);
          root = json_builder_get_root (builder);
          warm = json_to_string (root, FALSE);
        }
      make_spare (python, harness_dir, warm);
    }
}

/**
 * dojo_checker_run_finish:
 *
 * Returns: (transfer full): the verdict, or %NULL with @error set when the
 *   check could not run at all (a broken exercise, no Python, cancelled).
 *   Problems in the learner's code are verdicts, never errors.
 */
DojoVerdict *
dojo_checker_run_finish (DojoChecker   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (DOJO_IS_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
