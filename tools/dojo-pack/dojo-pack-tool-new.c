/* dojo-pack-tool-new.c: dojo-pack new, writing a small working example pack
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
  "def greeting(name: str) -> str:\n"
  "    # Return \"Hello, NAME!\"\n"
  "    pass\n"
  "\n"
  "\n"
  "if __name__ == \"__main__\":\n"
  "    name = input()\n"
  "    # Print the greeting\n";

static const char example_solution[] =
  "def greeting(name: str) -> str:\n"
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
  "    def test_greets_by_name(self) -> None:\n"
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
  "    {\"id\": \"greeting-function\", \"type\": \"unittest\", \"test\": \"tests/test_greeting.py\"},\n"
  "    {\"id\": \"type-hints\", \"type\": \"type-check\"}\n"
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

int
dojo_pack_cmd_new (const char   *name,
                   int           argc,
                   char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("new");
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
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
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

