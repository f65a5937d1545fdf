/* test-grade-hostile.c: grading that one submission cannot spoil
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the real dojo-pack (DOJO_PACK) on submissions built by
 * hand the way an attacker would: a grader that is killed, stopped or
 * hangs, a grader killed half-way through, a zlib bomb in .git, a .git
 * that points elsewhere, a config that runs commands, and check output
 * that would rewrite the teacher's terminal.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-export.h"
#include "dojo-installer-private.h"
#include "dojo-pack.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "dojo-repo.h"
#include "dojo-test-files.h"

#define PACK_ID      "io.example.hostile"
#define CSV_HEADER   "learner,email,item,passed,attempts,hints_used,last_commit," \
                     "score,max,reason,commit,exported_at,pack_version"
/* No commit, 1 point of 1, no reason; then the export time, and the
 * version of the pack graded against. */
#define HONEST_ROW   "Honest Ann,ann@example.org,echo,yes,2,1,,1,1,,,"
#define HONEST_END   ",1.0.0"

static const char honest_code[] = "print(f'Hello, {input()}!')\n";

/* The learner's program runs this long: its grader stays busy meanwhile. */
static const char sleeping_code[] = "import time\ntime.sleep(10)\n";

/* Runs of dojo-pack ------------------------------------------------------ */

typedef struct
{
  GPid   pid;
  char  *out_path;
  char  *err_path;
  gint64 start;
} Proc;

typedef struct
{
  int     status;     /* the exit status; -1 if killed by a signal */
  char   *out;
  char   *err;
  double  seconds;
  glong   max_rss_kb; /* the largest of dojo-pack and everything it waited for */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Starts dojo-pack with @args (NULL-terminated), its output going to files. */
static void
proc_start (Proc               *proc,
            const char * const *args)
{
  static guint counter;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *tool = g_getenv ("DOJO_PACK");
  int out_fd, err_fd;

  g_assert_nonnull (tool);
  g_ptr_array_add (argv, (gpointer)tool);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);

  counter++;
  proc->out_path = g_strdup_printf ("%s/run-%u.out", g_get_user_state_dir (), counter);
  proc->err_path = g_strdup_printf ("%s/run-%u.err", g_get_user_state_dir (), counter);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0755), ==, 0);
  out_fd = open (proc->out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  err_fd = open (proc->err_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  g_assert_cmpint (out_fd, >=, 0);
  g_assert_cmpint (err_fd, >=, 0);

  proc->start = g_get_monotonic_time ();
  /* Not reaped by GLib: wait4() below gives the resources it used. */
  g_assert_true (g_spawn_async_with_fds (NULL, (char **)argv->pdata, envp,
                                         G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &proc->pid,
                                         -1, out_fd, err_fd, &error));
  g_assert_no_error (error);
  close (out_fd);
  close (err_fd);
}

static void
proc_collect (Proc           *proc,
              Run            *run,
              int             wait_status,
              struct rusage  *usage)
{
  run->seconds = (g_get_monotonic_time () - proc->start) / (double)G_USEC_PER_SEC;
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  run->max_rss_kb = usage->ru_maxrss;
  g_assert_true (g_file_get_contents (proc->out_path, &run->out, NULL, NULL));
  g_assert_true (g_file_get_contents (proc->err_path, &run->err, NULL, NULL));
  if (WIFSIGNALED (wait_status))
    g_test_message ("dojo-pack was killed by signal %d; it said: %s", WTERMSIG (wait_status),
                    run->err);
  g_clear_pointer (&proc->out_path, g_free);
  g_clear_pointer (&proc->err_path, g_free);
}

/* Waits for dojo-pack, at most @max_seconds: a grader that never ends
 * fails the test rather than hanging it. */
static void
proc_finish (Proc   *proc,
             Run    *run,
             double  max_seconds)
{
  struct rusage usage = { 0 };
  int wait_status = 0;
  pid_t done;

  while ((done = wait4 (proc->pid, &wait_status, WNOHANG, &usage)) == 0)
    {
      if (g_get_monotonic_time () - proc->start > max_seconds * G_USEC_PER_SEC)
        {
          kill (proc->pid, SIGKILL);
          waitpid (proc->pid, NULL, 0);
          g_error ("dojo-pack was still running after %.0f seconds", max_seconds);
        }
      g_usleep (10 * 1000);
    }
  g_assert_cmpint (done, ==, proc->pid);

  proc_collect (proc, run, wait_status, &usage);
}

static void
run_tool (Run    *run,
          double  max_seconds,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  Proc proc = { 0 };
  va_list ap;

  va_start (ap, max_seconds);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_clear (run);
  proc_start (&proc, (const char * const *)args->pdata);
  proc_finish (&proc, run, max_seconds);
}

/* The pid of a running process whose arguments start with @first and hold
 * @needle, or 0. */
static pid_t
find_process (const char *first,
              const char *needle)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *cmdline = NULL;
      gsize length = 0;
      gboolean has_first = FALSE, has_needle = FALSE;

      if (!g_ascii_isdigit (name[0]))
        continue;
      path = g_strdup_printf ("/proc/%s/cmdline", name);
      if (!g_file_get_contents (path, &cmdline, &length, NULL) || length == 0)
        continue;

      /* NUL-separated arguments; the second is the command. */
      for (gsize at = 0, arg = 0; at < length; at += strlen (cmdline + at) + 1, arg++)
        {
          has_first |= arg == 1 && g_str_equal (cmdline + at, first);
          has_needle |= strstr (cmdline + at, needle) != NULL;
        }
      if (has_first && has_needle)
        return atoi (name);
    }

  return 0;
}

static pid_t
wait_for_process (const char *first,
                  const char *needle)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  pid_t pid;

  while ((pid = find_process (first, needle)) == 0 && g_get_monotonic_time () < until)
    g_usleep (5 * 1000);

  return pid;
}

/* A pack and submissions ------------------------------------------------- */

/* A pack of one exercise, "echo", with one io check whose runs may take
 * @time_s seconds each. */
static char *
make_pack (const char *name,
           guint       time_s)
{
  char *dir = dojo_test_cache_path (name);
  g_autofree char *exercise = NULL;

  dojo_test_write_file (dir, "manifest.json",
                        "{\n"
                        "  \"format\": 1,\n"
                        "  \"id\": \"" PACK_ID "\",\n"
                        "  \"version\": \"1.0.0\",\n"
                        "  \"title\": \"Hostile\",\n"
                        "  \"description\": \"A pack for hostile submissions\",\n"
                        "  \"language\": \"en\",\n"
                        "  \"authors\": [\"Ada\"],\n"
                        "  \"license\": \"CC-BY-SA-4.0\",\n"
                        "  \"min_app_version\": \"0.1.0\",\n"
                        "  \"python\": \"3.10\",\n"
                        "  \"phases\": [\n"
                        "    {\"id\": \"basics\", \"title\": \"Basics\", \"items\": [\n"
                        "      {\"id\": \"echo\", \"type\": \"exercise\", \"title\": \"Echo\", "
                        "\"path\": \"exercises/echo\"}\n"
                        "    ]}\n"
                        "  ]\n"
                        "}\n");
  exercise = g_strdup_printf ("{\n"
                              "  \"title\": \"Echo\",\n"
                              "  \"instructions\": \"instructions.md\",\n"
                              "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"
                              "  \"entry\": \"main.py\",\n"
                              "  \"checks\": [\n"
                              "    {\"id\": \"says-hello\", \"type\": \"io\", \"stdin\": "
                              "\"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"}\n"
                              "  ],\n"
                              "  \"limits\": {\"time_s\": %u, \"memory_mb\": 256, "
                              "\"output_kb\": 64},\n"
                              "  \"revision\": 1\n"
                              "}\n", time_s);
  dojo_test_write_file (dir, "exercises/echo/exercise.json", exercise);
  dojo_test_write_file (dir, "exercises/echo/instructions.md", "Greet whoever comes in.\n");
  dojo_test_write_file (dir, "exercises/echo/starter/main.py", "# Greet\n");

  return dir;
}

/* A submission's folder, before it is zipped: the report and the project
 * of echo holding @code. */
static char *
submission_dir (const char *name,
                const char *learner,
                const char *email,
                const char *code)
{
  g_autofree char *dirname = g_strconcat (name, ".d", NULL);
  char *dir = dojo_test_cache_path (dirname);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *report = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, DOJO_WORK_FORMAT);
  json_builder_set_member_name (builder, "pack");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, PACK_ID);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "learner");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, learner);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, email);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "echo");
  json_builder_set_member_name (builder, "attempts");
  json_builder_add_int_value (builder, 2);
  json_builder_set_member_name (builder, "hints_used");
  json_builder_add_int_value (builder, 1);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  report = json_generator_to_data (generator, NULL);
  dojo_test_write_file (dir, DOJO_WORK_REPORT, report);
  dojo_test_write_file (dir, "projects/echo/main.py", code);

  return dir;
}

static char *
make_submission (const char *name,
                 const char *learner,
                 const char *email,
                 const char *code)
{
  g_autofree char *dir = submission_dir (name, learner, email, code);

  return dojo_test_zip (dir, name);
}

/* A repository written file by file, as git lays it out: HEAD on main,
 * main at @head_id. */
static void
write_bare_git (const char *git_dir,
                const char *head_id,
                const char *config)
{
  g_autofree char *ref = g_strconcat (head_id, "\n", NULL);

  dojo_test_write_file (git_dir, "HEAD", "ref: refs/heads/main\n");
  dojo_test_write_file (git_dir, "config", config);
  dojo_test_write_file (git_dir, "refs/heads/main", ref);
  g_assert_cmpint (g_mkdir_with_parents (git_dir, 0755), ==, 0);
}

static char **
csv_lines (const char *text)
{
  char **lines;
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_free (lines[n - 1]);
  lines[n - 1] = NULL;

  return lines;
}

static void
assert_only_honest (const char *csv)
{
  g_auto(GStrv) lines = csv_lines (csv);

  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[0], ==, CSV_HEADER);
  g_assert_true (g_str_has_prefix (lines[1], HONEST_ROW));
  g_assert_true (g_str_has_suffix (lines[1], HONEST_END));
}

/* Whether one line of @text holds both @a and @b. */
static gboolean
has_line_with (const char *text,
               const char *a,
               const char *b)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], a) != NULL && strstr (lines[i], b) != NULL)
      return TRUE;

  return FALSE;
}

/* A process per submission ------------------------------------------------ */

typedef enum
{
  GRADER_KILLED,
  GRADER_STOPPED,
  GRADER_HANGS,
} GraderFate;

/* The grader of the first submission is killed, stopped, or keeps running
 * (its learner's program sleeps); the second, honest, is graded all the
 * same, and the command ends in bounded time. */
static void
grader_fate (gconstpointer data)
{
  GraderFate fate = GPOINTER_TO_INT (data);
  g_autofree char *pack = make_pack ("pack", 20);
  g_autofree char *victim = make_submission ("victim.dojowork", "Victor", "v@example.org",
                                             sleeping_code);
  g_autofree char *honest = make_submission ("honest.dojowork", "Honest Ann",
                                             "ann@example.org", honest_code);
  const char *args[] = { "grade", "--timeout", "4", pack, victim, honest, NULL };
  g_auto(Run) run = { 0 };
  Proc proc = { 0 };
  pid_t grader;

  proc_start (&proc, args);
  grader = wait_for_process ("grade-one", "victim.dojowork");
  g_assert_cmpint (grader, >, 0);
  g_assert_cmpint (grader, !=, proc.pid);
  if (fate == GRADER_KILLED)
    g_assert_cmpint (kill (grader, SIGKILL), ==, 0);
  else if (fate == GRADER_STOPPED)
    g_assert_cmpint (kill (grader, SIGSTOP), ==, 0);
  proc_finish (&proc, &run, 30);

  g_test_message ("%s", run.err);
  g_test_message ("grade with a %s grader: %.1f s",
                  fate == GRADER_KILLED ? "killed" : fate == GRADER_STOPPED ? "stopped"
                                                                             : "hanging",
                  run.seconds);
  g_assert_cmpint (run.status, ==, 1);
  assert_only_honest (run.out);
  g_assert_true (has_line_with (run.err, "skipped ", "victim.dojowork: "));
  g_assert_true (has_line_with (run.err, "graded ", "honest.dojowork"));
  if (fate == GRADER_KILLED)
    {
      g_assert_nonnull (strstr (run.err, "signal 9"));
      /* At once: the learner's program still had seconds to sleep. */
      g_assert_cmpfloat (run.seconds, <, 9);
    }
  else
    {
      g_assert_nonnull (strstr (run.err, "after 4 seconds"));
      g_assert_cmpfloat (run.seconds, >=, 4);
      g_assert_cmpfloat (run.seconds, <, 4 + 8);
    }
  /* Nothing of the ended grader is left. */
  g_assert_cmpint (find_process ("grade-one", "victim.dojowork"), ==, 0);
}

/* The CSV ---------------------------------------------------------------- */

/* The CSV is replaced after each submission, whole: a grader killed while
 * the second submission is graded leaves the first one's row, and its
 * grader of the second submission goes with it. */
static void
test_csv_after_each (void)
{
  g_autofree char *pack = make_pack ("pack", 20);
  g_autofree char *honest = make_submission ("honest.dojowork", "Honest Ann",
                                             "ann@example.org", honest_code);
  g_autofree char *slow = make_submission ("slow.dojowork", "Slow Sam", "s@example.org",
                                           sleeping_code);
  g_autofree char *grades = dojo_test_cache_path ("grades.csv");
  g_autofree char *text = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *args[] = { "grade", pack, honest, slow, "-o", grades, NULL };
  const char *name;
  struct rusage usage;
  gint64 until;
  int wait_status;
  Proc proc = { 0 };

  dojo_test_write_file (g_get_user_cache_dir (), "grades.csv", "an older grade book\r\n");

  proc_start (&proc, args);
  g_assert_cmpint (wait_for_process ("grade-one", "slow.dojowork"), >, 0);

  /* The first submission's row is there before the second is done. */
  until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  do
    {
      g_clear_pointer (&text, g_free);
      g_assert_true (g_file_get_contents (grades, &text, NULL, NULL));
      if (strstr (text, HONEST_ROW) != NULL)
        break;
      g_usleep (10 * 1000);
    }
  while (g_get_monotonic_time () < until);
  assert_only_honest (text);

  g_assert_cmpint (kill (proc.pid, SIGKILL), ==, 0);
  g_assert_cmpint (wait4 (proc.pid, &wait_status, 0, &usage), ==, proc.pid);
  g_clear_pointer (&proc.out_path, g_free);
  g_clear_pointer (&proc.err_path, g_free);

  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (grades, &text, NULL, NULL));
  assert_only_honest (text);
  /* No half-written file next to it. */
  dir = g_dir_open (g_get_user_cache_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "grades.csv."));

  /* The grader of the second submission died with dojo-pack. */
  until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (find_process ("grade-one", "slow.dojowork") != 0 && g_get_monotonic_time () < until)
    g_usleep (10 * 1000);
  g_assert_cmpint (find_process ("grade-one", "slow.dojowork"), ==, 0);
}

/* A submission's code attacks the grading ---------------------------------- */

/* One student's code, graded before another's: it stops and kills every
 * grader it can find (only those: were the sandbox broken, this test must
 * not take the machine down with it), reads the teacher's private key, rewrites the pack's
 * checks and the grade book, and leaves a daemon to do it again later.  It
 * prints the right answer only if every attack failed. */
static void
test_submission_attacks (void)
{
  g_autofree char *pack = make_pack ("pack", 5);
  g_autofree char *exercise_json = g_build_filename (pack, "exercises", "echo",
                                                     "exercise.json", NULL);
  g_autofree char *secret = g_build_filename (g_get_home_dir (), ".ssh", "id_ed25519", NULL);
  g_autofree char *grades = dojo_test_cache_path ("grades.csv");
  g_autofree char *pack_before = NULL;
  g_autofree char *pack_after = NULL;
  g_autofree char *code = NULL;
  g_autofree char *attacker = NULL;
  g_autofree char *honest = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };

  dojo_test_write_file (g_get_home_dir (), ".ssh/id_ed25519", "TEACHERS-PRIVATE-KEY\n");
  g_assert_true (g_file_get_contents (exercise_json, &pack_before, NULL, NULL));
  code = g_strdup_printf (
    "import os, signal, sys, time\n"
    "failed = []\n"
    "for pid in [int(p) for p in os.listdir('/proc') if p.isdigit()]:\n"
    "    try:\n"
    "        grader = b'dojo-pack' in open('/proc/%%d/cmdline' %% pid, 'rb').read()\n"
    "    except OSError:\n"
    "        grader = False\n"
    "    if grader:\n"
    "        for sig in (signal.SIGSTOP, signal.SIGKILL):\n"
    "            try:\n"
    "                os.kill(pid, sig)\n"
    "                failed.append('signalled %%d' %% pid)\n"
    "            except OSError:\n"
    "                pass\n"
    "for path in ('%s', os.path.expanduser('~/.ssh/id_ed25519')):\n"
    "    try:\n"
    "        failed.append('read ' + open(path).read())\n"
    "    except OSError:\n"
    "        pass\n"
    "for path in ('%s', '%s'):\n"
    "    try:\n"
    "        open(path, 'w').write('{\"checks\": []}')\n"
    "        failed.append('wrote ' + path)\n"
    "    except OSError:\n"
    "        pass\n"
    "if os.fork() == 0:\n"
    "    os.setsid()\n"
    "    time.sleep(1)\n"
    "    for path in ('%s', '%s'):\n"
    "        try:\n"
    "            open(path, 'w').write('later')\n"
    "        except OSError:\n"
    "            pass\n"
    "    os._exit(0)\n"
    "name = input()\n"
    "print(repr(failed) if failed else f'Hello, {name}!')\n",
    secret, exercise_json, grades, exercise_json, grades);
  attacker = make_submission ("attacker.dojowork", "Mallory", "m@example.org", code);
  honest = make_submission ("honest.dojowork", "Honest Ann", "ann@example.org", honest_code);

  run_tool (&run, 60, "grade", pack, attacker, honest, "-o", grades, NULL);
  g_test_message ("%s", run.err);

  /* Every attack failed, so the attacker's answer is the right one; the
   * honest student's row is there and right. */
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (grades, &text, NULL, NULL));
  lines = csv_lines (text);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, CSV_HEADER);
  g_assert_true (g_str_has_prefix (lines[1], "Mallory,m@example.org,echo,yes,"));
  g_assert_true (g_str_has_prefix (lines[2], HONEST_ROW));
  g_assert_true (g_str_has_suffix (lines[2], HONEST_END));
  g_assert_null (strstr (text, "TEACHERS-PRIVATE-KEY"));

  /* And later, too: the pack and the grade book stay as they were. */
  g_usleep (1500 * 1000);
  g_assert_true (g_file_get_contents (exercise_json, &pack_after, NULL, NULL));
  g_assert_cmpstr (pack_after, ==, pack_before);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (grades, &text, NULL, NULL));
  g_assert_true (strstr (text, "\r\n" HONEST_ROW) != NULL);
  g_assert_true (g_str_has_suffix (text, HONEST_END "\r\n"));
}

/* A zlib bomb ------------------------------------------------------------- */

#define BOMB_BYTES (G_GUINT64_CONSTANT (1024) * 1024 * 1024)

/* A loose object that says it is a commit of 1 GiB of zeros, about 1 MiB
 * compressed. Its name need not be its hash: libgit2 checks the hash only
 * after inflating, too late. */
static void
write_bomb (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFileOutputStream) raw = NULL;
  g_autoptr(GZlibCompressor) compressor = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = g_strdup_printf ("commit %" G_GUINT64_FORMAT, BOMB_BYTES);
  g_autofree guint8 *zeros = g_malloc0 (1024 * 1024);

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (parent), 0755), ==, 0);
  raw = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
  out = g_converter_output_stream_new (G_OUTPUT_STREAM (raw), G_CONVERTER (compressor));

  /* The header ends with its NUL. */
  g_assert_true (g_output_stream_write_all (out, header, strlen (header) + 1, NULL, NULL,
                                            &error));
  for (guint64 done = 0; done < BOMB_BYTES; done += 1024 * 1024)
    g_assert_true (g_output_stream_write_all (out, zeros, 1024 * 1024, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (out, NULL, &error));
  g_assert_no_error (error);
}

static void
test_zlib_bomb (void)
{
  static const char bomb_id[] = "0badc0de0badc0de0badc0de0badc0de0badc0de";
  g_autofree char *pack = make_pack ("pack", 5);
  g_autofree char *dir = submission_dir ("bomb.dojowork", "Bomber", "b@example.org",
                                         honest_code);
  g_autofree char *git_dir = g_build_filename (dir, "projects", "echo", ".git", NULL);
  g_autofree char *object = g_build_filename (git_dir, "objects", "0b",
                                              bomb_id + 2, NULL);
  g_autofree char *padding = g_build_filename (dir, "projects", "echo", "noise.bin", NULL);
  g_autofree char *bomb = NULL;
  g_autofree char *honest = make_submission ("honest.dojowork", "Honest Ann",
                                             "ann@example.org", honest_code);
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autoptr(GByteArray) noise = g_byte_array_new ();
  GStatBuf st;
  g_auto(Run) run = { 0 };

  write_bare_git (git_dir, bomb_id, "[core]\n\trepositoryformatversion = 0\n");
  write_bomb (object);
  /* Bytes that do not compress, so that the zip as a whole does not look
   * like a zip bomb: the bomb must reach the repository. */
  for (guint i = 0; i < 64 * 1024 / 4; i++)
    {
      guint32 word = g_rand_int (rand);

      g_byte_array_append (noise, (const guint8 *)&word, 4);
    }
  g_assert_true (g_file_set_contents (padding, (const char *)noise->data, noise->len, NULL));
  bomb = dojo_test_zip (dir, "bomb.dojowork");
  g_assert_cmpint (g_stat (bomb, &st), ==, 0);
  g_test_message ("the bomb: a .dojowork of %" G_GINT64_FORMAT " bytes",
                  (gint64)st.st_size);
  g_assert_cmpint (st.st_size, <, 2 * 1024 * 1024);

  run_tool (&run, 30, "grade", pack, bomb, honest, NULL);
  g_test_message ("%s", run.err);
  g_test_message ("grading the bomb: %.1f s, at most %ld KiB resident", run.seconds,
                  run.max_rss_kb);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (has_line_with (run.err, "skipped ", "bomb.dojowork: "));
  g_assert_true (has_line_with (run.err, "projects/echo: ", "an object"));
  g_assert_true (has_line_with (run.err, "1.0\u00a0GiB", "64.0\u00a0MiB"));
  assert_only_honest (run.out);
  g_assert_cmpint (run.max_rss_kb, <, 256 * 1024);
  g_assert_cmpfloat (run.seconds, <, 20);
}

/* .git that points elsewhere, hooks and config ---------------------------- */

/* A repository outside the submission, with one commit of 2001. */
static char *
outside_repository (void)
{
  char *dir = dojo_test_cache_path ("teachers-own");
  g_autofree char *git_dir = g_build_filename (dir, ".git", NULL);
  g_autofree char *git = g_find_program_in_path ("git");
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status = 0;
  const char *env[] = {
    "GIT_AUTHOR_DATE=2001-02-03T04:05:06Z", "GIT_COMMITTER_DATE=2001-02-03T04:05:06Z",
    "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null", NULL
  };
  const char *argv[] = {
    "sh", "-c",
    "git init -q -b main . && echo secret > secret.txt && git add secret.txt && "
    "git -c user.name=Teacher -c user.email=t@example.org commit -q -m 'Secret'",
    NULL
  };

  g_assert_nonnull (git);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  for (guint i = 0; env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }
  g_assert_true (g_spawn_sync (dir, (char **)argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &wait_status, NULL));
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  g_assert_true (g_file_test (git_dir, G_FILE_TEST_IS_DIR));

  return dir;
}

/* A .git that is a "gitdir:" file: refused, and what it points to is
 * never read (its commit of 2001 is nowhere in the grades). */
static void
test_git_pointer (void)
{
  g_autofree char *pack = make_pack ("pack", 5);
  g_autofree char *outside = outside_repository ();
  g_autofree char *dir = submission_dir ("pointer.dojowork", "Pointer", "p@example.org",
                                         honest_code);
  g_autofree char *pointer = g_strdup_printf ("gitdir: %s/.git\n", outside);
  g_autofree char *submission = NULL;
  g_autofree char *honest = make_submission ("honest.dojowork", "Honest Ann",
                                             "ann@example.org", honest_code);
  g_auto(Run) run = { 0 };

  dojo_test_write_file (dir, "projects/echo/.git", pointer);
  submission = dojo_test_zip (dir, "pointer.dojowork");

  run_tool (&run, 30, "grade", pack, submission, honest, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (has_line_with (run.err, "skipped ", "pointer.dojowork: "));
  g_assert_nonnull (strstr (run.err, ".git is a file or a link"));
  g_assert_null (strstr (run.out, "2001-"));
  assert_only_honest (run.out);

  run_tool (&run, 30, "inspect", submission, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_null (strstr (run.out, "Secret"));
}

/* What would run a program when the teacher runs git in a submission:
 * core.fsmonitor (run by git status), a hook (git checkout), a pager and
 * an alias; what would make git read more: include.path, core.hooksPath,
 * core.worktree, alternates. */
static char *
hostile_config (const char *marker_dir)
{
  return g_strdup_printf ("[core]\n"
                          "\trepositoryformatversion = 0\n"
                          "\tfilemode = false\n"
                          "\tbare = false\n"
                          "\tfsmonitor = \"touch %s/fsmonitor-ran; false\"\n"
                          "\thooksPath = %s\n"
                          "\tpager = touch %s/pager-ran; cat\n"
                          "\tsshCommand = touch %s/ssh-ran\n"
                          "\tworktree = %s\n"
                          "[include]\n"
                          "\tpath = %s/included\n"
                          "[alias]\n"
                          "\tst = !touch %s/alias-ran\n"
                          "[filter \"x\"]\n"
                          "\tclean = touch %s/filter-ran\n",
                          marker_dir, marker_dir, marker_dir, marker_dir, marker_dir,
                          marker_dir, marker_dir, marker_dir);
}

static void
assert_safe_git_dir (const char *git_dir)
{
  g_autofree char *config_path = g_build_filename (git_dir, "config", NULL);
  g_autofree char *hooks = g_build_filename (git_dir, "hooks", NULL);
  g_autofree char *alternates = g_build_filename (git_dir, "objects", "info", "alternates",
                                                  NULL);
  g_autofree char *config = NULL;
  g_autofree char *lower = NULL;

  g_assert_true (g_file_get_contents (config_path, &config, NULL, NULL));
  lower = g_ascii_strdown (config, -1);
  for (const char *const *key = (const char *const[]) { "fsmonitor", "hookspath", "pager",
                                                         "sshcommand", "worktree", "include",
                                                         "alias", "filter", "touch", NULL };
       *key != NULL; key++)
    g_assert_null (strstr (lower, *key));
  g_assert_nonnull (strstr (lower, "filemode = false"));
  g_assert_false (g_file_test (hooks, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (alternates, G_FILE_TEST_EXISTS));
}

/* Whether something left a marker in @marker_dir. */
static gboolean
marker_left (const char *marker_dir)
{
  g_autoptr(GDir) dir = g_dir_open (marker_dir, 0, NULL);
  gboolean marked = FALSE;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, "-ran"))
      {
        g_test_message ("%s ran", name);
        marked = TRUE;
      }

  return marked;
}

/* Runs the real git in @project as a teacher would, with no config of
 * their own. */
static void
run_git (const char *project)
{
  const char *commands[][5] = {
    { "git", "status", NULL },
    { "git", "log", "-p", NULL },
    { "git", "checkout", "-q", "HEAD", NULL },
    { "git", "st", NULL },
    { "git", "add", "-A", NULL },
  };
  g_auto(GStrv) envp = g_get_environ ();

  envp = g_environ_setenv (envp, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  envp = g_environ_setenv (envp, "GIT_CONFIG_GLOBAL", "/dev/null", TRUE);
  envp = g_environ_unsetenv (envp, "GIT_PAGER");
  envp = g_environ_unsetenv (envp, "PAGER");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_true (g_spawn_sync (project, (char **)commands[i], envp,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, NULL,
                                 NULL));
}

/* A hostile .git by hand, in a submission: grading runs none of it, and
 * `dojo-pack inspect --extract` leaves a folder where git runs nothing. */
static void
test_hooks_and_config_on_extraction (void)
{
  g_autofree char *pack = make_pack ("pack", 5);
  g_autofree char *markers = dojo_test_cache_path ("markers");
  g_autofree char *dir = submission_dir ("hooked.dojowork", "Hook", "h@example.org",
                                         honest_code);
  g_autofree char *project = g_build_filename (dir, "projects", "echo", NULL);
  g_autofree char *config = hostile_config (markers);
  g_autofree char *hook = g_strdup_printf ("#!/bin/sh\ntouch %s/hook-ran\n", markers);
  g_autofree char *extracted = dojo_test_cache_path ("extracted");
  g_autofree char *extracted_project = g_build_filename (extracted, "projects", "echo", NULL);
  g_autofree char *extracted_git = g_build_filename (extracted_project, ".git", NULL);
  g_autofree char *nested = g_build_filename (extracted_project, "sub", ".git", NULL);
  g_autofree char *top_git = g_build_filename (extracted, ".git", NULL);
  g_autofree char *projects_git = g_build_filename (extracted, "projects", ".git", NULL);
  g_autofree char *submission = NULL;
  g_autofree char *included = NULL;
  g_autoptr(GFile) project_file = g_file_new_for_path (project);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *commit = NULL;
  g_auto(Run) run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (markers, 0755), ==, 0);
  g_assert_true (dojo_repo_set_global_identity ("Hook", "h@example.org", &error));
  repo = dojo_repo_init (project_file, &error);
  g_assert_no_error (error);
  commit = dojo_repo_commit (repo, "Greet", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_clear_object (&repo);

  dojo_test_write_file (project, ".git/config", config);
  dojo_test_write_file (project, ".git/hooks/post-checkout", hook);
  dojo_test_write_file (project, ".git/hooks/pre-commit", hook);
  dojo_test_write_file (project, ".git/objects/info/alternates", "/nonexistent/objects\n");
  dojo_test_write_file (project, "sub/.git/config", config);
  /* Where git looks when a project has no .git of its own. */
  dojo_test_write_file (dir, ".git/config", config);
  dojo_test_write_file (dir, "projects/.git/config", config);
  included = g_strdup_printf ("[core]\n\tfsmonitor = touch %s/included-ran\n", markers);
  dojo_test_write_file (markers, "included", included);
  submission = dojo_test_zip (dir, "hooked.dojowork");

  /* Graded, and nothing of it ran. */
  run_tool (&run, 30, "grade", pack, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, CSV_HEADER "\r\nHook,h@example.org,echo,yes,2,1,"));
  g_assert_false (marker_left (markers));

  /* Extracted for the teacher: the history is there, the rest is not. */
  run_tool (&run, 30, "inspect", "--extract", extracted, submission, NULL);
  g_test_message ("%s", run.out);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Hook <h@example.org>"));
  g_assert_nonnull (strstr (run.out, "Greet"));
  run_git (extracted_project);
  g_assert_false (marker_left (markers));
  assert_safe_git_dir (extracted_git);
  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (top_git, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (projects_git, G_FILE_TEST_EXISTS));
}

/* The learner's side: the same .git, exported, travels without any of it;
 * a .git that is a file is refused. */
static void
test_hooks_and_config_on_export (void)
{
  g_autofree char *pack_dir = make_pack ("pack", 5);
  g_autofree char *markers = dojo_test_cache_path ("markers");
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *project = g_build_filename (projects, PACK_ID, "echo", NULL);
  g_autofree char *config = hostile_config (markers);
  g_autofree char *hook = g_strdup_printf ("#!/bin/sh\ntouch %s/hook-ran\n", markers);
  g_autofree char *output = dojo_test_cache_path ("work.dojowork");
  g_autofree char *unpacked = dojo_test_cache_path ("unpacked");
  g_autofree char *unpacked_project = g_build_filename (unpacked, "projects", "echo", NULL);
  g_autofree char *unpacked_git = g_build_filename (unpacked_project, ".git", NULL);
  g_autofree char *nested = g_build_filename (unpacked_project, "lib", ".git", NULL);
  g_autofree char *dotgit = g_build_filename (project, ".git", NULL);
  g_autofree char *hook_path = g_build_filename (dotgit, "hooks", "post-checkout", NULL);
  g_autofree char *commit = NULL;
  g_autoptr(GFile) pack_file = g_file_new_for_path (pack_dir);
  g_autoptr(GFile) project_file = g_file_new_for_path (project);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(GFile) unpacked_file = g_file_new_for_path (unpacked);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (markers, 0755), ==, 0);
  pack = dojo_pack_load (pack_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_repo_set_global_identity ("Ann", "ann@example.org", &error));
  dojo_test_write_file (project, "main.py", honest_code);
  repo = dojo_repo_init (project_file, &error);
  g_assert_no_error (error);
  commit = dojo_repo_commit (repo, "Greet", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_clear_object (&repo);
  dojo_test_write_file (project, ".git/config", config);
  dojo_test_write_file (project, ".git/hooks/post-checkout", hook);
  g_assert_cmpint (g_chmod (hook_path, 0755), ==, 0);
  dojo_test_write_file (project, ".git/objects/info/alternates", "/nonexistent/objects\n");
  dojo_test_write_file (project, "lib/.git/config", config);

  g_assert_true (dojo_export_course (pack, progress, output_file, &error));
  g_assert_no_error (error);

  /* Unzipped as it is, not through dojo-pack: what travelled. */
  g_assert_true (dojo_archive_extract (output_file, unpacked_file, NULL, &error));
  g_assert_no_error (error);
  run_git (unpacked_project);
  g_assert_false (marker_left (markers));
  assert_safe_git_dir (unpacked_git);
  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));

  /* The learner's own project is as it was. */
  g_assert_true (g_file_test (hook_path, G_FILE_TEST_IS_REGULAR));

  /* A .git that is a pointer: no export. */
  g_remove (output);
  _dojo_remove_tree (dotgit);
  dojo_test_write_file (project, ".git", "gitdir: /somewhere/else/.git\n");
  g_assert_false (dojo_export_course (pack, progress, output_file, &error));
  g_assert_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_GIT_POINTER);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/* dojo-pack check's output ------------------------------------------------ */

/* A program whose output would clear the teacher's terminal, move the
 * cursor back over a line, and is not UTF-8; and a check id that does the
 * same. */
static void
test_check_output_escaped (void)
{
  g_autofree char *pack = make_pack ("pack", 5);
  g_autofree char *project = dojo_test_cache_path ("project");
  g_autofree char *exercise_path = g_build_filename (pack, "exercises", "echo",
                                                     "exercise.json", NULL);
  g_autofree char *exercise = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) patched = NULL;
  g_autoptr(GFile) project_file = g_file_new_for_path (project);
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *commit = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *verdict;
  JsonArray *results;
  gboolean found_escape = FALSE;
  gboolean found_message = FALSE;

  g_assert_true (g_file_get_contents (exercise_path, &exercise, NULL, NULL));
  patched = g_string_new (exercise);
  g_assert_cmpuint (g_string_replace (patched, "\"says-hello\"",
                                      "\"says-\\u001b[2Jhello\\r\"", 1), ==, 1);
  /* The message of a failed last-message check quotes the commit's, which
   * git keeps as bytes, not as UTF-8. */
  g_assert_cmpuint (g_string_replace (patched, "\"expect\": \"Hello, Ada!\\n\"}",
                                      "\"expect\": \"Hello, Ada!\\n\"},\n"
                                      "    {\"id\": \"message\", \"type\": \"git\", "
                                      "\"require\": \"last-message\", \"min_length\": 80}",
                                      1), ==, 1);
  g_assert_true (g_file_set_contents (exercise_path, patched->str, -1, NULL));
  dojo_test_write_file (project, "main.py",
                        "import sys\n"
                        "sys.stdout.buffer.write("
                        "b'\\x1b[2J\\rHello\\xff\\xfe\\x1b]0;owned\\x07\\n')\n");
  g_assert_true (dojo_repo_set_global_identity ("Ann", "ann@example.org", &error));
  repo = dojo_repo_init (project_file, &error);
  g_assert_no_error (error);
  commit = dojo_repo_commit (repo, "Fix\xff\xfe \x1b[2J\rdone", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  run_tool (&run, 30, "check", pack, "echo", project, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_null (strchr (run.out, '\r'));
  g_assert_null (strchr (run.out, '\x07'));
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_nonnull (strstr (run.out, "says-\\x1b[2Jhello\\r"));
  g_assert_nonnull (strstr (run.out, "\\x1b[2J\\rHello"));
  g_assert_nonnull (strstr (run.out, "Fix\xef\xbf\xbd\xef\xbf\xbd \\x1b[2J\\rdone"));

  run_tool (&run, 30, "check", "--json", pack, "echo", project, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  verdict = json_node_get_object (json_parser_get_root (parser));
  results = json_object_get_array_member (verdict, "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *result = json_array_get_object_element (results, i);
      JsonNode *actual = json_object_get_member (result, "actual");
      JsonNode *message = json_object_get_member (result, "message");

      if (actual != NULL && JSON_NODE_HOLDS_VALUE (actual))
        found_escape |= strstr (json_node_get_string (actual), "\x1b[2J\rHello") != NULL;
      if (message != NULL && JSON_NODE_HOLDS_VALUE (message))
        found_message |= strstr (json_node_get_string (message),
                                 "Fix\xef\xbf\xbd\xef\xbf\xbd \x1b[2J\rdone") != NULL;
    }
  g_assert_true (found_escape);
  g_assert_true (found_message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/grade-hostile/grader/killed", GINT_TO_POINTER (GRADER_KILLED),
                        grader_fate);
  g_test_add_data_func ("/grade-hostile/grader/stopped", GINT_TO_POINTER (GRADER_STOPPED),
                        grader_fate);
  g_test_add_data_func ("/grade-hostile/grader/hangs", GINT_TO_POINTER (GRADER_HANGS),
                        grader_fate);
  g_test_add_func ("/grade-hostile/csv/after-each-submission", test_csv_after_each);
  g_test_add_func ("/grade-hostile/submission-attacks", test_submission_attacks);
  g_test_add_func ("/grade-hostile/git/zlib-bomb", test_zlib_bomb);
  g_test_add_func ("/grade-hostile/git/pointer", test_git_pointer);
  g_test_add_func ("/grade-hostile/git/hooks-and-config/extraction",
                   test_hooks_and_config_on_extraction);
  g_test_add_func ("/grade-hostile/git/hooks-and-config/export",
                   test_hooks_and_config_on_export);
  g_test_add_func ("/grade-hostile/check/output-escaped", test_check_output_escaped);

  return g_test_run ();
}
