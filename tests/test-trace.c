/* test-trace.c: the debugger's backend, through `dojo-pack trace` and DojoDebugRun
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every program here runs for real, in the sandbox Check uses (bubblewrap),
 * under data/harness/dojo_debugger.py: traces through the built dojo-pack
 * (DOJO_PACK) and through dojo_debug_run_trace_sync(), and debugging
 * driven through the C API as the window drives it, without a window.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include <gio/gunixinputstream.h>

#include "dojo-checker.h"
#include "dojo-debug.h"
#include "dojo-sandbox.h"
#include "dojo-test-files.h"
#include "dojo-test-slow.h"
#include "dojo-test-tool.h"

/* ------------------------------------------------------------------------ */
/* Helpers */


/* Runs dojo-pack trace with the arguments, NULL-terminated. */
static void
run_tool (Run *run,
          ...)
{
  va_list ap;

  va_start (ap, run);
  run_tool_va (run, NULL, "trace", ap);
  va_end (ap);
}

/* A project folder of its own for each test, holding @file with @source. */
static char *
make_project (const char *file,
              const char *source)
{
  char *dir = g_build_filename (g_get_user_data_dir (), "project", NULL);

  dojo_test_write_file (dir, file, source);
  return dir;
}

/* `dojo-pack trace --json` of @source, with more arguments; the trace
 * event, which the test owns. */
static JsonObject *
trace_json (const char *source,
            ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *project = make_project ("main.py", source);
  g_autofree char *path = g_build_filename (project, "main.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *tool = g_getenv ("DOJO_PACK");
  const char *arg;
  int wait_status = 0;
  va_list ap;
  JsonNode *root;

  g_ptr_array_add (args, (gpointer)tool);
  g_ptr_array_add (args, (gpointer)"trace");
  g_ptr_array_add (args, (gpointer)"--json");
  g_ptr_array_add (args, path);
  va_start (ap, source);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **)args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &wait_status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
    g_error ("dojo-pack trace failed:\n%s%s", out, err);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "event"), ==,
                   "trace");
  return json_object_ref (json_node_get_object (root));
}

static JsonArray *
steps_of (JsonObject *trace)
{
  return json_object_get_array_member (trace, "steps");
}

static JsonObject *
step_at (JsonObject *trace,
         guint       i)
{
  return json_array_get_object_element (steps_of (trace), i);
}

static JsonObject *
last_frame (JsonObject *state)
{
  JsonArray *frames = json_object_get_array_member (state, "frames");

  g_assert_cmpuint (json_array_get_length (frames), >, 0);
  return json_array_get_object_element (frames, json_array_get_length (frames) - 1);
}

/* The VAR called @name among @vars, or NULL. */
static JsonObject *
var_in (JsonArray  *vars,
        const char *name)
{
  for (guint i = 0; i < json_array_get_length (vars); i++)
    {
      JsonObject *var = json_array_get_object_element (vars, i);

      if (g_strcmp0 (json_object_get_string_member (var, "name"), name) == 0)
        return var;
    }
  return NULL;
}

/* The value's text of @name in the current frame of @state, or NULL. */
static const char *
local_value (JsonObject *state,
             const char *name)
{
  JsonObject *var = var_in (json_object_get_array_member (last_frame (state), "locals"), name);

  return var != NULL ? json_object_get_string_member (var, "value") : NULL;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack ? haystack : "(null)");
}

/* ------------------------------------------------------------------------ */
/* Traces */

static void
test_trace_while_loop (void)
{
  g_autoptr(JsonObject) trace = trace_json ("n = 3\n"
                                            "while n > 0:\n"
                                            "    n = n - 1\n"
                                            "print('done')\n", NULL);
  JsonArray *steps = steps_of (trace);
  g_autoptr(GString) seen = g_string_new (NULL);

  /* The counter's value each time line 3 is about to run. */
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);

      if (json_object_get_int_member (step, "line") == 3 &&
          g_str_equal (json_object_get_string_member (step, "event"), "line"))
        g_string_append_printf (seen, "%s ", local_value (step, "n"));
    }
  g_assert_cmpstr (seen->str, ==, "3 2 1 ");

  /* n is changed on the steps after lines 1 and 3, which assign it, and
   * only there. */
  for (guint i = 1; i < json_array_get_length (steps); i++)
    {
      JsonObject *before = json_array_get_object_element (steps, i - 1);
      JsonObject *step = json_array_get_object_element (steps, i);
      JsonObject *n = var_in (json_object_get_array_member (step, "globals"), "n");
      gint64 line = json_object_get_int_member (before, "line");

      if (n == NULL)
        continue;
      g_assert_cmpint (json_object_get_boolean_member (n, "changed"), ==,
                       line == 1 || line == 3);
    }

  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (trace, "exited"),
                                               "code"), ==, 0);
  g_assert_false (json_object_get_boolean_member (trace, "truncated"));
  g_assert_cmpstr (json_object_get_string_member (trace, "output"), ==, "done\n");
  /* Each step has what was printed until then. */
  g_assert_cmpstr (json_object_get_string_member (step_at (trace, 1), "output"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (
                     step_at (trace, json_array_get_length (steps) - 1), "output"), ==, "done\n");
}

static void
test_trace_functions (void)
{
  g_autoptr(JsonObject) trace = trace_json ("def add(a, b):\n"
                                            "    total = a + b\n"
                                            "    return total\n"
                                            "\n"
                                            "x = add(2, 3)\n", NULL);
  JsonArray *steps = steps_of (trace);
  gboolean entered = FALSE, returned = FALSE;

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);
      const char *event = json_object_get_string_member (step, "event");

      if (!g_str_equal (json_object_get_string_member (step, "function"), "add"))
        continue;
      /* The caller's frame is there too, outermost first. */
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (step, "frames")),
                        ==, 2);
      if (json_object_get_int_member (step, "line") == 2 && g_str_equal (event, "line"))
        {
          g_assert_cmpstr (local_value (step, "a"), ==, "2");
          g_assert_cmpstr (local_value (step, "b"), ==, "3");
          g_assert_null (local_value (step, "total"));
          entered = TRUE;
        }
      if (g_str_equal (event, "return"))
        {
          JsonObject *value = json_object_get_object_member (step, "return_value");

          g_assert_cmpstr (json_object_get_string_member (value, "value"), ==, "5");
          g_assert_cmpstr (local_value (step, "total"), ==, "5");
          returned = TRUE;
        }
    }
  g_assert_true (entered);
  g_assert_true (returned);
  g_assert_cmpstr (local_value (step_at (trace, json_array_get_length (steps) - 1), "x"), ==, "5");
}

static void
test_trace_recursion (void)
{
  g_autoptr(JsonObject) trace = trace_json ("def fact(n):\n"
                                            "    if n <= 1:\n"
                                            "        return 1\n"
                                            "    return n * fact(n - 1)\n"
                                            "\n"
                                            "print(fact(4))\n", NULL);
  JsonArray *steps = steps_of (trace);
  JsonArray *deepest = NULL;
  g_autoptr(GString) ns = g_string_new (NULL);
  g_autoptr(GString) returns = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);
      JsonArray *frames = json_object_get_array_member (step, "frames");

      if (deepest == NULL || json_array_get_length (frames) > json_array_get_length (deepest))
        deepest = frames;
      if (g_str_equal (json_object_get_string_member (step, "event"), "return") &&
          json_object_has_member (step, "return_value"))
        g_string_append_printf (returns, "%s ", json_object_get_string_member (
                                  json_object_get_object_member (step, "return_value"),
                                  "value"));
    }

  /* The module, then four frames of fact, n from 4 down to 1. */
  g_assert_cmpuint (json_array_get_length (deepest), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (deepest, 0),
                                                  "function"), ==, "<module>");
  for (guint i = 1; i < 5; i++)
    {
      JsonObject *frame = json_array_get_object_element (deepest, i);
      JsonObject *n = var_in (json_object_get_array_member (frame, "locals"), "n");

      g_assert_cmpstr (json_object_get_string_member (frame, "function"), ==, "fact");
      g_string_append_printf (ns, "%s ", json_object_get_string_member (n, "value"));
    }
  g_assert_cmpstr (ns->str, ==, "4 3 2 1 ");
  g_assert_cmpstr (returns->str, ==, "1 2 6 24 ");
}

static void
test_trace_exception (void)
{
  g_autoptr(JsonObject) trace = trace_json ("def divide(a, b):\n"
                                            "    q = a / b\n"
                                            "    return q\n"
                                            "\n"
                                            "for x in [2, 0]:\n"
                                            "    print(divide(10, x))\n", NULL);
  guint n = json_array_get_length (steps_of (trace));
  JsonObject *last = step_at (trace, n - 1);
  JsonObject *exception = json_object_get_object_member (last, "exception");

  g_assert_cmpstr (json_object_get_string_member (last, "event"), ==, "exception");
  g_assert_cmpint (json_object_get_int_member (last, "line"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (last, "function"), ==, "divide");
  g_assert_cmpstr (json_object_get_string_member (exception, "type"), ==, "ZeroDivisionError");
  g_assert_cmpstr (local_value (last, "a"), ==, "10");
  g_assert_cmpstr (local_value (last, "b"), ==, "0");
  g_assert_null (local_value (last, "q"));
  /* The caller is at the line that called. */
  g_assert_cmpint (json_object_get_int_member (
                     json_array_get_object_element (json_object_get_array_member (last, "frames"),
                                                    0), "line"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (trace, "exited"),
                                               "code"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (trace, "output"), ==, "5.0\n");

  /* The exception leaving divide() is no return: only the first call
   * returned. */
  for (guint i = 0, returns = 0; i < n; i++)
    {
      JsonObject *step = step_at (trace, i);

      if (g_str_equal (json_object_get_string_member (step, "event"), "return"))
        {
          g_assert_cmpuint (++returns, ==, 1);
          g_assert_cmpstr (json_object_get_string_member (
                             json_object_get_object_member (step, "return_value"), "value"), ==,
                           "5.0");
        }
    }
}

static void
test_trace_syntax_error (void)
{
  g_autoptr(JsonObject) trace = trace_json ("x = 1\n"
                                            "y = (x +\n", NULL);
  JsonObject *only = step_at (trace, 0);

  g_assert_cmpuint (json_array_get_length (steps_of (trace)), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (only, "event"), ==, "exception");
  g_assert_cmpint (json_object_get_int_member (only, "line"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (only, "exception"), "type"), ==,
                   "SyntaxError");
}

static void
test_trace_stdin (void)
{
  g_autofree char *input = g_build_filename (g_get_user_data_dir (), "input.txt", NULL);
  g_autoptr(JsonObject) trace = NULL;
  JsonObject *last;

  dojo_test_write_file (g_get_user_data_dir (), "input.txt", "Ada\n36\n");
  trace = trace_json ("name = input('Name: ')\n"
                      "age = int(input('Age: '))\n"
                      "print(name, age + 1)\n", "--stdin", input, NULL);
  last = step_at (trace, json_array_get_length (steps_of (trace)) - 1);
  g_assert_cmpstr (local_value (last, "name"), ==, "'Ada'");
  g_assert_cmpstr (local_value (last, "age"), ==, "36");
  assert_contains (json_object_get_string_member (trace, "output"), "Ada 37\n");

  {
    /* No --stdin: input() meets the end of the input, as with </dev/null. */
    g_autoptr(JsonObject) empty = trace_json ("name = input()\n", NULL);
    JsonObject *only = step_at (empty, json_array_get_length (steps_of (empty)) - 1);

    g_assert_cmpstr (json_object_get_string_member (
                       json_object_get_object_member (only, "exception"), "type"), ==,
                     "EOFError");
  }
}

static void
test_trace_reprs (void)
{
  g_autoptr(JsonObject) trace = trace_json ("class Bad:\n"
                                            "    def __repr__(self):\n"
                                            "        raise ValueError('bad')\n"
                                            "\n"
                                            "class Forever:\n"
                                            "    def __init__(self):\n"
                                            "        self.size = 2\n"
                                            "    def __repr__(self):\n"
                                            "        while True:\n"
                                            "            pass\n"
                                            "\n"
                                            "class Node:\n"
                                            "    def __init__(self, value, next=None):\n"
                                            "        self.value = value\n"
                                            "        self.next = next\n"
                                            "\n"
                                            "bad = Bad()\n"
                                            "forever = Forever()\n"
                                            "head = Node(1, Node(2))\n"
                                            "loop = [1]\n"
                                            "loop.append(loop)\n"
                                            "print('still here')\n", NULL);
  JsonObject *last = step_at (trace, json_array_get_length (steps_of (trace)) - 1);
  JsonArray *globals = json_object_get_array_member (last, "globals");
  JsonObject *bad = var_in (globals, "bad");
  JsonObject *forever = var_in (globals, "forever");
  JsonObject *head = var_in (globals, "head");
  JsonObject *next;

  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (trace, "exited"),
                                               "code"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (trace, "output"), ==, "still here\n");
  g_assert_cmpstr (json_object_get_string_member (bad, "repr_error"), ==, "ValueError: bad");
  g_assert_cmpstr (json_object_get_string_member (forever, "repr_error"), ==, "timeout");
  /* It falls back on the attributes. */
  g_assert_cmpstr (json_object_get_string_member (forever, "value"), ==, "Forever(size=2)");
  /* An object of the learner's class without __repr__: its attributes. */
  g_assert_cmpstr (json_object_get_string_member (head, "value"), ==,
                   "Node(value=1, next=Node(value=2, next=None))");
  next = var_in (json_object_get_array_member (head, "children"), "next");
  g_assert_nonnull (var_in (json_object_get_array_member (next, "children"), "value"));
  g_assert_cmpstr (json_object_get_string_member (var_in (globals, "loop"), "value"), ==,
                   "[1, [...]]");
}

static void
test_trace_max_steps (void)
{
  g_autoptr(JsonObject) trace = trace_json ("i = 0\n"
                                            "while True:\n"
                                            "    i += 1\n", "--max-steps", "50", NULL);
  JsonObject *exited = json_object_get_object_member (trace, "exited");

  g_assert_true (json_object_get_boolean_member (trace, "truncated"));
  g_assert_cmpuint (json_array_get_length (steps_of (trace)), ==, 50);
  g_assert_true (json_object_get_boolean_member (exited, "truncated"));
  g_assert_cmpstr (json_object_get_string_member (exited, "reason"), ==, "steps");
}

/* A loop in code that is not stepped never reaches max_steps: the CPU
 * limit ends it, and the run says so instead of hanging. */
static void
test_trace_unstepped_loop (void)
{
  g_autofree char *project = make_project ("main.py", "import itertools\n"
                                                      "print(sum(itertools.count()))\n");
  g_autoptr(DojoDebugRun) run = dojo_debug_run_new (DOJO_DEBUG_MODE_TRACE, project, "main.py");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) trace = NULL;
  gint64 start = g_get_monotonic_time ();

  trace = dojo_debug_run_trace_sync (run, NULL, NULL, &error);
  g_assert_null (trace);
  g_assert_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED);
  /* The CPU limit ends it; on a machine so busy that the loop gets too
   * little of a CPU, the wall-clock limit comes first. Either way the
   * learner reads that it was stopped for taking too long. */
  if (strstr (error->message, "ran out of time") == NULL)
    assert_contains (error->message, "seconds and was stopped");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
}

/* The same in Python code that is not stepped: Python's own handler of
 * SIGXCPU ends the trace with the steps it has. */
static void
test_trace_unstepped_python_loop (void)
{
  g_autoptr(JsonObject) trace = trace_json ("x = 1\n"
                                            "exec(compile('while True:\\n    pass\\n', "
                                            "'<loop>', 'exec'))\n", NULL);
  JsonObject *exited = json_object_get_object_member (trace, "exited");

  g_assert_true (json_object_get_boolean_member (trace, "truncated"));
  g_assert_cmpstr (json_object_get_string_member (exited, "reason"), ==, "time");
  g_assert_cmpuint (json_array_get_length (steps_of (trace)), ==, 2);
  g_assert_cmpstr (local_value (step_at (trace, 1), "x"), ==, "1");
}

/* The program looks for the nonce everywhere it can reach: every object
 * from every module and from the trace function, the frames of its
 * thread, the other threads, the garbage collector, its own memory and
 * files under /proc.  It writes every 32-digit hex number it found to a
 * file.  The test gives the backend a job with a nonce of its own, so
 * that it can tell: the nonce must not be among them. */
static const char hostile[] =
  "import os, re, sys, traceback\n"
  "found = []\n"
  "seen = set()\n"
  "hexes = re.compile(rb'[0-9a-f]{32}')\n"
  "def look(data):\n"
  "    if isinstance(data, str):\n"
  "        data = data.encode('utf-8', 'replace')\n"
  "    for m in hexes.findall(data):\n"
  "        if m not in found:\n"
  "            found.append(m)\n"
  "def attempt(f):\n"
  "    try:\n"
  "        return f()\n"
  "    except BaseException:\n"
  "        return None\n"
  "roots = [sys.modules, sys.gettrace(), list(traceback.walk_stack(None))]\n"
  "roots.append(attempt(lambda: list(sys._current_frames().values())))\n"
  "roots.append(attempt(lambda: __import__('gc').get_objects()))\n"
  "roots.append(attempt(lambda: sys._getframe()))\n"
  "for path in ('/proc/self/environ', '/proc/self/cmdline', '/proc/self/mem',\n"
  "             '/proc/self/fd/5', '/dev/fd/5', '/proc/self/../self/mem'):\n"
  "    look(attempt(lambda: open(path, 'rb').read(1 << 20)) or b'')\n"
  "todo = list(roots)\n"
  "while todo and len(seen) < 300000:\n"
  "    o = todo.pop()\n"
  "    if id(o) in seen:\n"
  "        continue\n"
  "    seen.add(id(o))\n"
  "    if isinstance(o, (str, bytes, bytearray)):\n"
  "        look(o)\n"
  "        continue\n"
  "    if isinstance(o, dict):\n"
  "        todo.extend(o.keys()); todo.extend(o.values())\n"
  "    elif isinstance(o, (list, tuple, set, frozenset)):\n"
  "        todo.extend(o)\n"
  "    for name in ('__dict__', '__self__', '__func__', '__closure__', '__defaults__',\n"
  "                 'cell_contents', 'f_locals', 'f_back', 'f_globals', 'tb_frame',\n"
  "                 'tb_next', '__traceback__', 'gi_frame', '__wrapped__', 'args'):\n"
  "        v = attempt(lambda: getattr(o, name))\n"
  "        if v is not None:\n"
  "            todo.append(v)\n"
  "with open('found.txt', 'wb') as f:\n"
  "    f.write(b'%d\\n' % len(seen) + b'\\n'.join(found))\n";

static void
test_trace_nonce_out_of_reach (void)
{
  const char *nonce = "5eb63bbbe01eeed093cb22bb8f5acdc3";
  g_autoptr(DojoSandbox) sandbox = dojo_sandbox_new (dojo_sandbox_kind_detect ());
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) program = g_string_new ("HOSTILE = ");
  g_autofree char *harness = g_canonicalize_filename (g_getenv ("DOJO_HARNESS_DIR"), NULL);
  g_autofree char *etc = g_build_filename (harness, "sandbox-etc", NULL);
  g_autofree char *project = NULL;
  g_autofree char *job = NULL;
  g_autofree char *events = NULL;
  g_autofree char *found = NULL;
  g_auto(GStrv) prefix = NULL;
  g_auto(GStrv) lines = NULL;
  const char *python = dojo_checker_get_python (checker);
  int fds[3][2];

  /* Run unstepped (from code that is not the project's), so that the
   * search is not cut short by max_steps. */
  g_string_append_c (program, '"');
  for (const char *c = hostile; *c; c++)
    {
      if (*c == '\n')
        g_string_append (program, "\\n");
      else if (*c == '"' || *c == '\\')
        g_string_append_printf (program, "\\%c", *c);
      else
        g_string_append_c (program, *c);
    }
  g_string_append (program, "\"\nexec(compile(HOSTILE, '<hostile>', 'exec'))\n");
  project = make_project ("main.py", program->str);

  dojo_sandbox_set_writable (sandbox, project);
  dojo_sandbox_add_readonly (sandbox, harness);
  dojo_sandbox_set_etc_dir (sandbox, etc);
  dojo_sandbox_set_program (sandbox, python);
  for (int fd = 3; fd <= 5; fd++)
    dojo_sandbox_add_fd (sandbox, fd);
  prefix = dojo_sandbox_get_prefix (sandbox, &error);
  g_assert_no_error (error);
  for (guint i = 0; prefix[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (prefix[i]));
  g_ptr_array_add (argv, g_strdup (python));
  g_ptr_array_add (argv, g_strdup ("-I"));
  g_ptr_array_add (argv, g_strdup ("-B"));
  g_ptr_array_add (argv, g_strdup ("-c"));
  g_ptr_array_add (argv, g_strdup ("import sys; sys.path.insert(0, sys.argv[1]); "
                                   "import dojo_debugger; dojo_debugger.start()"));
  g_ptr_array_add (argv, g_strdup (harness));
  g_ptr_array_add (argv, NULL);

  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (pipe (fds[i]), ==, 0);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_take_fd (launcher, fds[0][1], 3);
  g_subprocess_launcher_take_fd (launcher, fds[1][0], 4);
  g_subprocess_launcher_take_fd (launcher, fds[2][0], 5);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_subprocess_launcher_close (launcher);
  g_assert_no_error (error);

  job = g_strdup_printf ("{\"mode\": \"trace\", \"nonce\": \"%s\", \"project\": \"%s\", "
                         "\"file\": \"main.py\", \"limits\": {\"cpu_s\": 20}}", nonce, project);
  g_assert_cmpint (write (fds[2][1], job, strlen (job)), ==, (gssize)strlen (job));
  close (fds[2][1]);
  {
    g_autoptr(GInputStream) in = g_unix_input_stream_new (fds[0][0], TRUE);
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

    g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
    g_assert_no_error (error);
    events = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                        g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  }
  close (fds[1][1]);
  g_subprocess_wait (process, NULL, NULL);

  /* The run went to its end, and only the backend wrote events. */
  lines = g_strsplit (events, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], nonce));
  assert_contains (lines[0], "\"event\":\"trace\"");

  /* The search went far, and did not find it. */
  found = dojo_test_read_file (project, "found.txt");
  g_assert_nonnull (found);
  if (g_test_verbose ())
    g_printerr ("%s\n", found);
  g_assert_cmpint (atoi (found), >, 10000);
  g_assert_null (strstr (found, nonce));
}

static void
test_trace_table (void)
{
  g_autofree char *project = make_project ("count.py", "def down(k):\n"
                                                       "    return k - 1\n"
                                                       "\n"
                                                       "n = 2\n"
                                                       "while n > 0:\n"
                                                       "    n = down(n)\n");
  g_autofree char *path = g_build_filename (project, "count.py", NULL);
  g_auto(Run) run = { 0 };

  run_tool (&run, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "step");
  assert_contains (run.out, "<module>");
  assert_contains (run.out, "n = 2");
  assert_contains (run.out, "n = 1");
  assert_contains (run.out, "n = 0");
  assert_contains (run.out, "k = 2  returns 1");
  assert_contains (run.out, "exit status 0");
  /* Functions are not data: not in the table. */
  g_assert_null (strstr (run.out, "<function"));
}

static void
test_trace_command_line_errors (void)
{
  g_autofree char *project = make_project ("main.py", "print(1)\n");
  g_autofree char *path = g_build_filename (project, "main.py", NULL);
  g_autofree char *missing = g_build_filename (project, "missing.py", NULL);
  g_autofree char *no_input = g_build_filename (project, "no-input.txt", NULL);

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, missing, NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "missing.py is not a file");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, path, "--stdin", no_input, NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "no-input.txt");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, path, "--max-steps", "0", NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "--max-steps");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, path, "--max-steps", "many", NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "--max-steps");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

/* The program writes on the debugger's channel, first garbage, then a
 * line that looks like an event with a nonce it guessed: the run fails,
 * and no state is accepted. */
static void
test_trace_forged (void)
{
  const char *programs[] = {
    "import os\n"
    "os.write(3, b'garbage\\n')\n"
    "x = 1\n",
    "import os\n"
    "os.write(3, b'00112233445566778899aabbccddeeff {\"event\": \"trace\", \"steps\": [], "
    "\"exited\": {\"code\": 0}}\\n')\n"
    "x = 1\n",
    /* Without a newline: it spoils the real line that follows. */
    "import os\n"
    "os.write(3, b'x')\n"
    "x = 1\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *project = make_project ("main.py", programs[i]);
      g_autoptr(DojoDebugRun) run = dojo_debug_run_new (DOJO_DEBUG_MODE_TRACE, project,
                                                        "main.py");
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) trace = dojo_debug_run_trace_sync (run, NULL, NULL, &error);

      g_assert_null (trace);
      g_assert_error (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FORGED);
    }

  {
    /* And dojo-pack says so, failing. */
    g_autofree char *project = make_project ("main.py", programs[1]);
    g_autofree char *path = g_build_filename (project, "main.py", NULL);
    g_auto(Run) run = { 0 };

    run_tool (&run, "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
  }
}

/* ------------------------------------------------------------------------ */
/* Debugging through the C API, as the window does it */

typedef struct
{
  DojoDebugRun *run;
  GSubprocess  *process;
  GMainLoop    *loop;
  GPtrArray    *stops;      /* JsonObject: every stopped event */
  JsonObject   *exited;
  GError       *failed;
  GPtrArray    *script;     /* what to do at each stop: "step", "next", "out", "continue",
                             * "show:K", "breaks:LINE" */
  guint         done : 1;
} Session;

static void
on_stopped (DojoDebugRun *run,
            JsonObject   *event,
            Session      *s)
{
  const char *what;

  g_ptr_array_add (s->stops, json_object_ref (event));
  if (g_test_verbose ())
    {
      JsonObject *state = json_object_get_object_member (event, "state");

      g_printerr ("stop: %s line %" G_GINT64_FORMAT "\n",
                  json_object_get_string_member (event, "reason"),
                  json_object_get_int_member (state, "line"));
    }

  /* Each stop takes the next word of the script; "show:K" and
   * "breaks:L" do not move the program, so the next word follows at once
   * (a show is answered with a stop of its own). */
  while (s->script->len > 0)
    {
      g_autofree char *word = g_ptr_array_steal_index (s->script, 0);

      what = word;
      if (g_str_has_prefix (what, "show:"))
        {
          dojo_debug_run_show (run, (guint)atoi (what + 5));
          return;
        }
      if (g_str_has_prefix (what, "breaks:"))
        {
          guint line = (guint)atoi (what + 7);

          dojo_debug_run_set_breakpoints (run, "main.py", &line, 1);
          continue;
        }
      if (g_str_equal (what, "step"))
        dojo_debug_run_step (run, DOJO_DEBUG_STEP_INTO);
      else if (g_str_equal (what, "next"))
        dojo_debug_run_step (run, DOJO_DEBUG_STEP_OVER);
      else if (g_str_equal (what, "out"))
        dojo_debug_run_step (run, DOJO_DEBUG_STEP_OUT);
      else
        dojo_debug_run_step (run, DOJO_DEBUG_CONTINUE);
      return;
    }
  dojo_debug_run_step (run, DOJO_DEBUG_CONTINUE);
}

static void
on_exited (DojoDebugRun *run,
           JsonObject   *event,
           Session      *s)
{
  g_assert_null (s->exited);
  s->exited = json_object_ref (event);
}

static void
on_failed (DojoDebugRun *run,
           GError       *error,
           Session      *s)
{
  g_assert_null (s->failed);
  s->failed = g_error_copy (error);
}

static void
on_finished (DojoDebugRun *run,
             Session      *s)
{
  s->done = TRUE;
  g_main_loop_quit (s->loop);
}

static gboolean
session_timeout (gpointer user_data)
{
  g_error ("The debugged program did not finish in time");
  return G_SOURCE_REMOVE;
}

static void
session_clear (Session *s)
{
  g_clear_object (&s->run);
  g_clear_object (&s->process);
  g_clear_pointer (&s->loop, g_main_loop_unref);
  g_clear_pointer (&s->stops, g_ptr_array_unref);
  g_clear_pointer (&s->exited, json_object_unref);
  g_clear_error (&s->failed);
  g_clear_pointer (&s->script, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Session, session_clear)

/* Spawns @s->run as the window would, but with GSubprocessLauncher taking
 * the descriptors, and drives it with @script (words separated by spaces)
 * until the event pipe ends. */
static void
session_run (Session    *s,
             const char *script)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) words = g_strsplit (script, " ", -1);
  int child_fds[3];
  guint timeout;

  s->loop = g_main_loop_new (NULL, FALSE);
  s->stops = g_ptr_array_new_with_free_func ((GDestroyNotify)json_object_unref);
  s->script = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (s->script, g_strdup (words[i]));

  g_signal_connect (s->run, "stopped", G_CALLBACK (on_stopped), s);
  g_signal_connect (s->run, "exited", G_CALLBACK (on_exited), s);
  g_signal_connect (s->run, "failed", G_CALLBACK (on_failed), s);
  g_signal_connect (s->run, "finished", G_CALLBACK (on_finished), s);

  g_assert_true (dojo_debug_run_prepare (s->run, &argv, child_fds, &error));
  g_assert_no_error (error);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_MERGE);
  for (guint i = 0; i < 3; i++)
    g_subprocess_launcher_take_fd (launcher, dup (child_fds[i]), 3 + (int)i);
  s->process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv, &error);
  g_subprocess_launcher_close (launcher);
  g_assert_no_error (error);
  dojo_debug_run_started (s->run);
  g_assert_true (dojo_debug_run_get_running (s->run));

  timeout = g_timeout_add_seconds (60 * dojo_test_slowness (), session_timeout, NULL);
  g_main_loop_run (s->loop);
  g_source_remove (timeout);
  g_assert_true (s->done);
  g_assert_false (dojo_debug_run_get_running (s->run));
  /* A failed run is ended by whoever spawned it, as the window does. */
  if (s->failed != NULL)
    g_subprocess_force_exit (s->process);
  g_subprocess_wait (s->process, NULL, NULL);
}

/* What the program printed (and its stderr), once it has ended. */
static char *
session_output (Session *s)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_subprocess_communicate_utf8 (s->process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  return out;
}

static JsonObject *
stop_state (Session *s,
            guint    i)
{
  g_assert_cmpuint (i, <, s->stops->len);
  return json_object_get_object_member (g_ptr_array_index (s->stops, i), "state");
}

static const char *
stop_reason (Session *s,
             guint    i)
{
  g_assert_cmpuint (i, <, s->stops->len);
  return json_object_get_string_member (g_ptr_array_index (s->stops, i), "reason");
}

static void
test_debug_step_over (void)
{
  g_autofree char *project = make_project ("main.py", "def twice(x):\n"
                                                      "    return 2 * x\n"
                                                      "\n"
                                                      "n = 0\n"
                                                      "while n < 3:\n"
                                                      "    n = twice(n) + 1\n"
                                                      "print('n is', n)\n");
  g_auto(Session) s = { 0 };
  g_autofree char *out = NULL;
  JsonObject *event;

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  /* Step over from the start: lines 1, 4, 5, 6, 5, 6, 5; then look back at
   * the fourth stop, and go on to the end. */
  session_run (&s, "next next next next next next show:3 continue");

  g_assert_null (s.failed);
  g_assert_cmpstr (stop_reason (&s, 0), ==, "start");
  g_assert_cmpint (json_object_get_int_member (stop_state (&s, 0), "line"), ==, 1);
  {
    const int lines[] = { 1, 4, 5, 6, 5, 6, 5 };
    const char *values[] = { NULL, NULL, "0", "0", "1", "1", "3" };

    g_assert_cmpuint (s.stops->len, ==, G_N_ELEMENTS (lines) + 1);
    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        JsonObject *state = stop_state (&s, i);

        g_assert_cmpint (json_object_get_int_member (state, "line"), ==, lines[i]);
        /* Step Over never goes into twice(). */
        g_assert_cmpstr (json_object_get_string_member (state, "function"), ==, "<module>");
        g_assert_cmpstr (local_value (state, "n"), ==, values[i]);
        g_assert_true (json_object_get_boolean_member (g_ptr_array_index (s.stops, i), "live"));
        g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (s.stops, i), "index"),
                         ==, i);
      }
  }

  /* show(3) answers with the fourth state, as it was. */
  event = g_ptr_array_index (s.stops, 7);
  g_assert_cmpstr (json_object_get_string_member (event, "reason"), ==, "history");
  g_assert_cmpint (json_object_get_int_member (event, "index"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (event, "count"), ==, 7);
  g_assert_false (json_object_get_boolean_member (event, "live"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (event, "state"),
                                               "line"), ==, 6);
  g_assert_cmpstr (local_value (json_object_get_object_member (event, "state"), "n"), ==, "0");

  g_assert_nonnull (s.exited);
  g_assert_cmpint (json_object_get_int_member (s.exited, "code"), ==, 0);
  out = session_output (&s);
  g_assert_cmpstr (out, ==, "n is 3\n");
}

static void
test_debug_step_into_and_out (void)
{
  g_autofree char *project = make_project ("main.py", "def inner(x):\n"
                                                      "    y = x + 1\n"
                                                      "    return y\n"
                                                      "\n"
                                                      "z = inner(1)\n"
                                                      "print(z)\n");
  g_auto(Session) s = { 0 };

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  /* 1 → 5 → into inner at 2 → out: stops as inner returns → 6. */
  session_run (&s, "next step out next continue");

  g_assert_null (s.failed);
  g_assert_cmpuint (s.stops->len, ==, 5);
  g_assert_cmpint (json_object_get_int_member (stop_state (&s, 2), "line"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (stop_state (&s, 2), "function"), ==, "inner");
  g_assert_cmpstr (json_object_get_string_member (stop_state (&s, 3), "event"), ==, "return");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (stop_state (&s, 3), "return_value"),
                     "value"), ==, "2");
  g_assert_cmpint (json_object_get_int_member (stop_state (&s, 4), "line"), ==, 6);
  g_assert_cmpstr (local_value (stop_state (&s, 4), "z"), ==, "2");
}

static void
test_debug_breakpoints (void)
{
  g_autofree char *project = make_project ("main.py", "total = 0\n"
                                                      "for i in range(5):\n"
                                                      "    total += i\n"
                                                      "print(total)\n"
                                                      "done = True\n");
  g_auto(Session) s = { 0 };
  const guint lines[] = { 3 };

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  dojo_debug_run_set_breakpoints (s.run, "main.py", lines, G_N_ELEMENTS (lines));
  /* Two turns at the breakpoint, then it moves to line 5 while stopped. */
  session_run (&s, "continue continue breaks:5 continue continue");

  g_assert_null (s.failed);
  g_assert_cmpuint (s.stops->len, ==, 4);
  g_assert_cmpstr (stop_reason (&s, 0), ==, "start");
  g_assert_cmpstr (stop_reason (&s, 1), ==, "breakpoint");
  g_assert_cmpint (json_object_get_int_member (stop_state (&s, 1), "line"), ==, 3);
  g_assert_cmpstr (local_value (stop_state (&s, 1), "i"), ==, "0");
  g_assert_cmpstr (local_value (stop_state (&s, 2), "i"), ==, "1");
  g_assert_cmpstr (stop_reason (&s, 3), ==, "breakpoint");
  g_assert_cmpint (json_object_get_int_member (stop_state (&s, 3), "line"), ==, 5);
  g_assert_cmpstr (local_value (stop_state (&s, 3), "total"), ==, "10");
}

static void
test_debug_exception (void)
{
  g_autofree char *project = make_project ("main.py", "def check(age):\n"
                                                      "    if age < 0:\n"
                                                      "        raise ValueError('no')\n"
                                                      "    return age\n"
                                                      "\n"
                                                      "check(3)\n"
                                                      "check(-1)\n"
                                                      "print('never')\n");
  g_auto(Session) s = { 0 };
  g_autofree char *out = NULL;
  JsonObject *state;

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  /* Continue runs untraced; the exception nobody caught still stops; the
   * next step ends the program. */
  session_run (&s, "continue step");

  g_assert_null (s.failed);
  g_assert_cmpuint (s.stops->len, ==, 2);
  g_assert_cmpstr (stop_reason (&s, 1), ==, "exception");
  state = stop_state (&s, 1);
  g_assert_cmpint (json_object_get_int_member (state, "line"), ==, 3);
  g_assert_cmpstr (local_value (state, "age"), ==, "-1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (state,
                                                                                "exception"),
                                                  "message"), ==, "no");
  g_assert_cmpint (json_object_get_int_member (s.exited, "code"), ==, 1);
  out = session_output (&s);
  assert_contains (out, "ValueError: no");
  g_assert_null (strstr (out, "never"));
  g_assert_null (strstr (out, "dojo_debugger"));
}

/* Debug This Check on an io case: input() reads the case's input, and the
 * terminal shows each line read. */
static void
test_debug_stdin (void)
{
  g_autofree char *project = make_project ("main.py", "import sys\n"
                                                      "name = input('Name: ')\n"
                                                      "print('Hello,', name, sys.argv[1:])\n");
  g_auto(Session) s = { 0 };
  g_autofree char *out = NULL;
  const char * const argv[] = { "--loud", "twice", NULL };

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  dojo_debug_run_set_stdin (s.run, "Ada\n");
  /* An io case's arguments come too. */
  dojo_debug_run_set_argv (s.run, argv);
  session_run (&s, "next next next continue");

  g_assert_null (s.failed);
  g_assert_cmpstr (stop_reason (&s, 0), ==, "start");
  g_assert_cmpstr (local_value (stop_state (&s, 2), "name"), ==, "'Ada'");
  out = session_output (&s);
  g_assert_cmpstr (out, ==, "Name: Ada\nHello, Ada ['--loud', 'twice']\n");
}

/* Debug This Check on a test: the test file loads untraced; the first stop
 * is the first line of the learner's code the test calls. */
static void
test_debug_test (void)
{
  g_autofree char *project = make_project ("main.py", "print('loaded')\n"
                                                      "\n"
                                                      "def add(a, b):\n"
                                                      "    total = a - b\n"
                                                      "    return total\n");
  g_autofree char *tests = g_build_filename (g_get_user_data_dir (), "exercise", "tests", NULL);
  g_autofree char *test_path = g_build_filename (tests, "test_main.py", NULL);
  g_auto(Session) s = { 0 };
  g_autofree char *out = NULL;
  JsonObject *state;

  dojo_test_write_file (tests, "test_main.py",
                        "import unittest\n"
                        "from main import add\n"
                        "\n"
                        "class TestAdd(unittest.TestCase):\n"
                        "    def test_positive(self):\n"
                        "        self.assertEqual(add(1, 1), 2)\n"
                        "\n"
                        "    def test_negative(self):\n"
                        "        self.assertEqual(add(-2, -3), -5)\n");
  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  dojo_debug_run_set_test (s.run, test_path, "test_main.TestAdd.test_negative");
  session_run (&s, "next continue");

  g_assert_null (s.failed);
  state = stop_state (&s, 0);
  g_assert_cmpstr (stop_reason (&s, 0), ==, "start");
  g_assert_cmpstr (json_object_get_string_member (state, "file"), ==, "main.py");
  g_assert_cmpstr (json_object_get_string_member (state, "function"), ==, "add");
  g_assert_cmpint (json_object_get_int_member (state, "line"), ==, 4);
  g_assert_cmpstr (local_value (state, "a"), ==, "-2");
  g_assert_cmpstr (local_value (stop_state (&s, 1), "total"), ==, "1");
  /* Only the learner's frames: not the test's, not unittest's. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (state, "frames")),
                    ==, 1);
  g_assert_cmpint (json_object_get_int_member (s.exited, "code"), ==, 1);
  out = session_output (&s);
  assert_contains (out, "loaded");
  assert_contains (out, "test_negative");
  assert_contains (out, "FAILED");
}

/* A test id that is not in the test file: the backend's error event,
 * and nothing runs. */
static void
test_debug_test_missing (void)
{
  g_autofree char *project = make_project ("main.py", "def add(a, b):\n"
                                                      "    return a + b\n");
  g_autofree char *tests = g_build_filename (g_get_user_data_dir (), "exercise", "tests", NULL);
  g_autofree char *test_path = g_build_filename (tests, "test_main.py", NULL);
  g_auto(Session) s = { 0 };

  dojo_test_write_file (tests, "test_main.py",
                        "import unittest\n"
                        "from main import add\n"
                        "\n"
                        "class TestAdd(unittest.TestCase):\n"
                        "    def test_positive(self):\n"
                        "        self.assertEqual(add(1, 1), 2)\n");
  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  dojo_debug_run_set_test (s.run, test_path, "test_main.TestAdd.test_gone");
  session_run (&s, "");

  g_assert_error (s.failed, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FAILED);
  assert_contains (s.failed->message, "test_gone");
  g_assert_cmpuint (s.stops->len, ==, 0);
  g_assert_null (s.exited);
}

/* The program writes a forged line while it is being debugged: the run
 * fails as forged, and no state after it is shown. */
static void
test_debug_forged (void)
{
  g_autofree char *project = make_project ("main.py", "import os\n"
                                                      "os.write(3, b'abc {\"event\": "
                                                      "\"exited\", \"code\": 0}\\n')\n"
                                                      "x = 1\n");
  g_auto(Session) s = { 0 };

  s.run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  session_run (&s, "next next next");

  g_assert_error (s.failed, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FORGED);
  g_assert_null (s.exited);
  g_assert_cmpuint (s.stops->len, <=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/trace/while-loop", test_trace_while_loop);
  g_test_add_func ("/trace/functions", test_trace_functions);
  g_test_add_func ("/trace/recursion", test_trace_recursion);
  g_test_add_func ("/trace/exception", test_trace_exception);
  g_test_add_func ("/trace/syntax-error", test_trace_syntax_error);
  g_test_add_func ("/trace/stdin", test_trace_stdin);
  g_test_add_func ("/trace/reprs", test_trace_reprs);
  g_test_add_func ("/trace/max-steps", test_trace_max_steps);
  g_test_add_func ("/trace/unstepped-loop", test_trace_unstepped_loop);
  g_test_add_func ("/trace/unstepped-python-loop", test_trace_unstepped_python_loop);
  g_test_add_func ("/trace/nonce-out-of-reach", test_trace_nonce_out_of_reach);
  g_test_add_func ("/trace/table", test_trace_table);
  g_test_add_func ("/trace/command-line-errors", test_trace_command_line_errors);
  g_test_add_func ("/trace/forged", test_trace_forged);
  g_test_add_func ("/debug/step-over", test_debug_step_over);
  g_test_add_func ("/debug/step-into-and-out", test_debug_step_into_and_out);
  g_test_add_func ("/debug/breakpoints", test_debug_breakpoints);
  g_test_add_func ("/debug/exception", test_debug_exception);
  g_test_add_func ("/debug/stdin", test_debug_stdin);
  g_test_add_func ("/debug/test", test_debug_test);
  g_test_add_func ("/debug/test-missing", test_debug_test_missing);
  g_test_add_func ("/debug/forged", test_debug_forged);

  return g_test_run ();
}
