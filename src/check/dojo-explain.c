/* dojo-explain.c: errors of a learner's program, explained for a beginner
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-explain"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-check-private.h"
#include "dojo-json.h"

#include "dojo-explain.h"

/* The facts come from data/harness/dojo_explain.py, which finds the rule an
 * error matches inside the learner's run; the words are made here, so that
 * they are translated with the rest of Dojo.  Each rule says what the error
 * means and what to try, in the words the course has taught. */

typedef struct
{
  JsonObject *facts;
  GString    *means;
  GString    *try;
} Words;

/* @text as inline code, whatever backticks it holds, on one line. */
static char *
code (const char *text)
{
  return _dojo_check_code_span (text != NULL ? text : "");
}

static const char *
fact (Words      *w,
      const char *name)
{
  return dojo_json_get_string (w->facts, name);
}

/* A fact as inline code, "?" when it is missing. */
static char *
code_fact (Words      *w,
           const char *name)
{
  const char *value = fact (w, name);

  return code (value != NULL ? value : "?");
}

static int
line_of (Words *w)
{
  return (int)dojo_json_get_int (w->facts, "line", 0);
}

/* A type as the course names it: "a text (`str`)". */
static char *
type_words (const char *type)
{
  g_autofree char *span = NULL;

  if (g_strcmp0 (type, "str") == 0)
    return g_strdup (_("a text (`str`)"));
  if (g_strcmp0 (type, "int") == 0)
    return g_strdup (_("a whole number (`int`)"));
  if (g_strcmp0 (type, "float") == 0)
    return g_strdup (_("a decimal number (`float`)"));
  if (g_strcmp0 (type, "bool") == 0)
    return g_strdup (_("a truth value (`bool`, `True` or `False`)"));
  if (g_strcmp0 (type, "list") == 0)
    return g_strdup (_("a list (`list`)"));
  if (g_strcmp0 (type, "tuple") == 0)
    return g_strdup (_("a tuple (`tuple`)"));
  if (g_strcmp0 (type, "dict") == 0)
    return g_strdup (_("a dictionary (`dict`)"));
  if (g_strcmp0 (type, "NoneType") == 0)
    return g_strdup (_("`None`, the value that means “nothing”"));
  if (g_strcmp0 (type, "function") == 0 || g_strcmp0 (type, "builtin_function_or_method") == 0)
    return g_strdup (_("a function"));
  span = code (type != NULL ? type : "?");
  /* Translators: %s is the name of a Python type, as code */
  return g_strdup_printf (_("a value of type %s"), span);
}

/* ------------------------------------------------------------------------ */
/* Names */

static void
name_rules (Words      *w,
            const char *rule)
{
  g_autofree char *name = code_fact (w, "name");
  g_autofree char *suggestion = code_fact (w, "suggestion");
  const char *plain = fact (w, "name") ? fact (w, "name") : "?";

  if (g_str_equal (rule, "name-misspelt"))
    {
      g_string_append_printf (w->means,
        /* Translators: %s is a name in the learner's code, as code */
        _("Python does not know the name %s. A name must be written exactly the same "
          "each time, capital letters included."), name);
      g_string_append_printf (w->try,
        /* Translators: both are names, as code: "Did you mean `print`? ..." */
        _("Did you mean %s? Write it instead of %s."), suggestion, name);
    }
  else if (g_str_equal (rule, "name-missing-quotes"))
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", plain);
      g_autofree char *quoted_span = code (quoted);

      g_string_append_printf (w->means,
        /* Translators: %s is a name in the learner's code, as code */
        _("Python does not know the name %s. A word without quotes is the name of a "
          "variable, and no variable has this name."), name);
      g_string_append_printf (w->try,
        /* Translators: the first %s is the word in quotes ("hello"), the second the word */
        _("If you meant the text itself, put it in quotes: %s. If you meant a variable, "
          "give %s a value before this line."), quoted_span, name);
    }
  else if (g_str_equal (rule, "name-before-assignment"))
    {
      int later = (int)dojo_json_get_int (w->facts, "assigned_line", 0);

      g_string_append_printf (w->means,
        /* Translators: %s is a variable's name; the numbers are lines of the program */
        _("%s is used on line %d, but it only gets its value on line %d. Python runs "
          "your program from the top down, so on line %d %s has no value yet."),
        name, line_of (w), later, line_of (w), name);
      g_string_append_printf (w->try,
        /* Translators: %s is a variable's name, %d a line of the program */
        _("Give %s its value before you use it: move that line above line %d."),
        name, line_of (w));
    }
  else if (g_str_equal (rule, "name-no-function"))
    {
      g_string_append_printf (w->means,
        /* Translators: %s is a name in the learner's code, as code */
        _("There is no function called %s: Python does not know this name."), name);
      g_string_append_printf (w->try,
        /* Translators: %s is a name in the learner's code, as code */
        _("Check how %s is spelt. If it is a function of your own, it must be defined "
          "with `def` above the line that calls it."), name);
    }
  else if (g_str_equal (rule, "unbound-local"))
    {
      g_autofree char *function = code_fact (w, "function");

      g_string_append_printf (w->means,
        /* Translators: the first and third %s are a variable, the second a function */
        _("The function %s gives %s a value, so inside it %s is its own variable, "
          "and on this line that variable has no value yet."), function, name, name);
      if (dojo_json_get_bool (w->facts, "global", FALSE))
        g_string_append_printf (w->means, " %s",
          _("The variable of the same name outside the function does not count here."));
      g_string_append_printf (w->try,
        /* Translators: %s is a variable's name, as code */
        _("Give the function the value it needs as a parameter, and give the new value "
          "back with `return`; or give %s a value inside the function before using it."),
        name);
    }
  else
    {
      g_string_append_printf (w->means,
        /* Translators: %s is a name in the learner's code, as code */
        _("Python does not know the name %s: nothing gave it a value before this line."),
        name);
      g_string_append_printf (w->try,
        /* Translators: %s is a name in the learner's code, as code */
        _("Check how %s is spelt, or give it a value before this line."), name);
    }
}

/* ------------------------------------------------------------------------ */
/* Code Python cannot read */

static void
syntax_rules (Words      *w,
              const char *rule)
{
  int line = line_of (w);

  if (g_str_equal (rule, "syntax-missing-colon"))
    {
      g_string_append (w->means,
        _("A line that starts a block (`if`, `elif`, `else`, `while`, `for`, `def`) "
          "must end with a colon `:`, and this one does not."));
      g_string_append_printf (w->try, _("Add `:` at the end of line %d."), line);
    }
  else if (g_str_equal (rule, "syntax-unclosed-bracket"))
    {
      g_autofree char *open = code_fact (w, "bracket");
      g_autofree char *close = code_fact (w, "closing");

      g_string_append_printf (w->means,
        /* Translators: %s is a bracket, as code, e.g. `(`; %d a line */
        _("A bracket %s opened on line %d is never closed, so Python reads on to the "
          "end of the file looking for it."), open, line);
      g_string_append_printf (w->try,
        /* Translators: %s are brackets, as code: `)` and `(` */
        _("Add the closing %s where the expression ends: every %s needs its own %s."),
        close, open, close);
    }
  else if (g_str_equal (rule, "syntax-unclosed-quote"))
    {
      g_string_append (w->means,
        _("A text (`str`) starts with a quote on this line but does not end: its "
          "closing quote is missing."));
      g_string_append (w->try,
        _("Put the same quote (`\"` or `'`) at the end of the text as at its start."));
    }
  else if (g_str_equal (rule, "syntax-assign-in-condition"))
    {
      g_string_append (w->means,
        _("A single `=` gives a variable a value. To ask whether two values are equal, "
          "Python uses two: `==`."));
      g_string_append (w->try, _("Write `==` instead of `=` in the condition."));
    }
  else if (g_str_equal (rule, "syntax-positional-after-keyword"))
    {
      g_string_append (w->means,
        _("In this call, a value without a name comes after one with a name (a "
          "setting, such as `sep=\", \"`). Python needs every value without a name "
          "first."));
      g_string_append (w->try,
        _("Move the values without names before the ones with names: "
          "`print(a, b, sep=\", \")`."));
    }
  else if (g_str_equal (rule, "syntax-print-parentheses"))
    {
      g_string_append (w->means,
        _("`print` is a function: what it prints goes between brackets."));
      g_string_append (w->try, _("Write `print(\"Hello\")`, not `print \"Hello\"`."));
    }
  else if (g_str_equal (rule, "syntax-missing-comma"))
    {
      g_string_append (w->means,
        _("Two values stand next to each other with nothing between them."));
      g_string_append (w->try, _("Put a comma `,` (or an operator such as `+`) between them."));
    }
  else if (g_str_equal (rule, "syntax-text-without-quotes"))
    {
      const char *text = fact (w, "text");
      g_autofree char *call = g_strdup_printf ("print(\"%s\")", text != NULL ? text : "…");
      g_autofree char *span = code (call);

      g_string_append (w->means,
        _("Python reads what stands between the brackets as code, not as text: a text "
          "(`str`) needs quotes around it."));
      g_string_append_printf (w->try,
        /* Translators: %s is the learner's line with quotes added, as code */
        _("Put quotes around the text: %s."), span);
    }
  else if (g_str_equal (rule, "syntax-conflict-markers"))
    {
      g_string_append (w->means,
        _("This line is a marker git wrote when a merge stopped at a conflict: between "
          "`<<<<<<<` and `=======` are your lines, between `=======` and `>>>>>>>` the "
          "other branch's. The markers are not Python, so Python cannot read the file."));
      g_string_append (w->try,
        _("Keep the lines you want (Keep Yours, Keep Theirs or Keep Both beside the "
          "conflict, or edit them), delete the three marker lines, then commit the merge."));
    }
  else if (g_str_equal (rule, "syntax-unmatched-bracket"))
    {
      g_string_append (w->means,
        _("This line closes a bracket that was not opened, or closes it with another "
          "kind of bracket."));
      g_string_append (w->try,
        _("Check that each `(`, `[` and `{` is closed by its own `)`, `]` or `}`."));
    }
  else if (g_str_equal (rule, "indentation"))
    {
      const char *kind = fact (w, "kind");

      if (g_strcmp0 (kind, "expected") == 0)
        {
          g_string_append (w->means,
            _("After a line that ends with `:`, the lines that belong to it must be "
              "indented (moved to the right), and this one is not."));
          g_string_append (w->try,
            _("Indent the lines of the block by 4 spaces more than the line with `:`."));
        }
      else if (g_strcmp0 (kind, "unexpected") == 0)
        {
          g_string_append (w->means,
            _("This line is indented (moved to the right), but no line above it ends "
              "with `:` to start a block."));
          g_string_append (w->try,
            _("Remove the spaces at its start, so that it lines up with the lines "
              "around it."));
        }
      else if (g_strcmp0 (kind, "tabs") == 0)
        {
          g_string_append (w->means,
            _("The indentation of this file mixes tabs and spaces, and Python cannot "
              "tell how far a line is moved to the right."));
          g_string_append (w->try, _("Use only spaces: 4 for each level."));
        }
      else
        {
          g_string_append (w->means,
            _("This line is not lined up with any line above it, so Python cannot "
              "tell which block it belongs to."));
          g_string_append (w->try,
            _("Line it up exactly with the other lines of its block: 4 spaces for each "
              "level."));
        }
    }
  else
    {
      g_string_append (w->means,
        _("Python cannot read this line: it is not written the way Python expects."));
      g_string_append (w->try,
        _("Look closely at this line and at the end of the line above it: a missing "
          "bracket, quote, colon or comma is the most common cause."));
    }
}

/* ------------------------------------------------------------------------ */
/* Values of the wrong type or kind */

static void
type_rules (Words      *w,
            const char *rule)
{
  if (g_str_equal (rule, "type-str-plus-int"))
    {
      g_autofree char *left = type_words (fact (w, "left"));
      g_autofree char *right = type_words (fact (w, "right"));
      g_autofree char *op = code (fact (w, "operator") ? fact (w, "operator") : "+");

      g_string_append_printf (w->means,
        /* Translators: %s: an operator such as `+`, then two kinds of value */
        _("%s cannot work on %s and %s together: Python does not guess whether you "
          "mean to join texts or to add numbers."), op, left, right);
      g_string_append (w->try,
        _("To join them as text, turn the number into text first with `str(...)`, as "
          "in `\"Age: \" + str(age)`. To add numbers, turn the text into a number with "
          "`int(...)`."));
    }
  else if (g_str_equal (rule, "type-none-value"))
    {
      g_string_append (w->means,
        _("A value on this line is `None`, which means “nothing”. A function that does "
          "not give back a value with `return` gives back `None`."));
      g_string_append (w->try,
        _("Did the function print instead of return? Give the value back with `return`, "
          "and print it where you call the function."));
    }
  else if (g_str_equal (rule, "type-wrong-argument-count"))
    {
      g_autofree char *function = code_fact (w, "function");

      g_string_append_printf (w->means,
        /* Translators: %s is a function's name, as code */
        _("%s was called with a different number of values than it has parameters."),
        function);
      g_string_append_printf (w->try,
        /* Translators: %s is a function's name, as code */
        _("Compare the call with the line that defines %s: give one value for each "
          "parameter, in the same order."), function);
    }
  else if (g_str_equal (rule, "type-unknown-setting"))
    {
      g_autofree char *function = code_fact (w, "function");
      g_autofree char *name = code_fact (w, "name");

      g_string_append_printf (w->means,
        /* Translators: %s: a function, then the name of a setting */
        _("%s has no setting called %s."), function, name);
      g_string_append (w->try, _("Check how the setting is spelt, or leave it out."));
    }
  else if (g_str_equal (rule, "type-not-callable"))
    {
      g_autofree char *kind = type_words (fact (w, "value_type"));

      if (fact (w, "name") != NULL)
        {
          g_autofree char *name = code_fact (w, "name");

          g_string_append_printf (w->means,
            /* Translators: %s: a variable, then a kind of value ("a whole number (`int`)") */
            _("%s holds %s, not a function, so it cannot be called with brackets."),
            name, kind);
        }
      else
        g_string_append_printf (w->means,
          /* Translators: %s is a kind of value ("a whole number (`int`)") */
          _("Something on this line is called with brackets, but it is %s, not a "
            "function."), kind);
      g_string_append (w->try,
        _("Did a variable get the same name as a function? Or is an operator missing, "
          "as in `2(3 + 4)` where `2 * (3 + 4)` was meant?"));
    }
  else if (g_str_equal (rule, "type-wrong-type"))
    {
      g_autofree char *kind = type_words (fact (w, "value_type"));

      g_string_append_printf (w->means,
        /* Translators: %s is a kind of value ("a whole number (`int`)") */
        _("A value on this line is %s, which cannot be used this way."), kind);
      g_string_append (w->try,
        _("Look at the values below: is each one the type you expected? Where did it "
          "get its value?"));
    }
  else if (g_str_equal (rule, "type-operand"))
    {
      g_autofree char *left = type_words (fact (w, "left"));
      g_autofree char *right = type_words (fact (w, "right"));
      g_autofree char *op = code_fact (w, "operator");

      g_string_append_printf (w->means,
        /* Translators: %s: an operator such as `-`, then two kinds of value */
        _("%s cannot work on %s and %s together."), op, left, right);
      g_string_append (w->try,
        _("Turn one of the values into the type of the other first, with `int(...)`, "
          "`float(...)` or `str(...)`."));
    }
  else
    {
      g_string_append (w->means,
        _("A value on this line has a type that cannot be used this way."));
      g_string_append (w->try,
        _("Look at the values below: is each one the type you expected?"));
    }
}

static void
value_rules (Words      *w,
             const char *rule)
{
  g_autofree char *text = code_fact (w, "text");

  if (g_str_equal (rule, "value-int-of-text"))
    {
      g_string_append_printf (w->means,
        /* Translators: %s is the text that was not a number, as code */
        _("`int(...)` turns text made of digits into a whole number, and %s is not "
          "made of digits."), text);
      g_string_append (w->try,
        _("Check what was typed or read. A decimal number such as `2.5` needs "
          "`float(...)` instead."));
    }
  else if (g_str_equal (rule, "value-float-of-text"))
    {
      g_string_append_printf (w->means,
        /* Translators: %s is the text that was not a number, as code */
        _("`float(...)` turns text that shows a number into a decimal number, and %s "
          "does not show one."), text);
      g_string_append (w->try,
        _("Check what was typed or read: a number such as `2.5` uses a dot, not a comma."));
    }
  else if (g_str_equal (rule, "value-unpack"))
    {
      g_string_append (w->means,
        _("There are not as many variables on the left of `=` as values on the right."));
      g_string_append (w->try, _("Give one variable for each value."));
    }
  else
    {
      g_string_append (w->means,
        _("A value on this line has the right type, but not a value that can be used "
          "here."));
      g_string_append (w->try, _("Look at the values below and where they come from."));
    }
}

/* ------------------------------------------------------------------------ */
/* Lists, dictionaries, attributes */

static void
index_rule (Words *w)
{
  g_autofree char *name = code_fact (w, "name");
  gint64 length = dojo_json_get_int (w->facts, "length", -1);
  gint64 index = dojo_json_get_int (w->facts, "index", G_MININT64);

  if (fact (w, "name") == NULL || length < 0)
    g_string_append (w->means,
      _("A position (an index) on this line is past the end of its list or text."));
  else if (length == 0)
    g_string_append_printf (w->means,
      /* Translators: %s is a list's name, as code */
      _("%s is empty: it has no positions at all."), name);
  else if (index != G_MININT64)
    g_string_append_printf (w->means,
      /* Translators: %s is a list's name; the numbers: its length, the last position,
       * the position asked for */
      ngettext ("%s has %d item, at position 0 to %d, and position %d is not one of them.",
                "%s has %d items, at positions 0 to %d, and position %d is not one of them.",
                (gulong)length),
      name, (int)length, (int)length - 1, (int)index);
  else
    g_string_append_printf (w->means,
      /* Translators: %s is a list's name; the numbers: its length and its last position */
      ngettext ("%s has %d item, at position 0 to %d, and this line asks for a "
                "position past them.",
                "%s has %d items, at positions 0 to %d, and this line asks for a "
                "position past them.", (gulong)length),
      name, (int)length, (int)length - 1);
  g_string_append (w->try,
    _("Positions start at 0, so the last one is one less than the length. Check where "
      "the position comes from; in a loop, check where the loop stops."));
}

static void
key_rule (Words *w)
{
  g_autofree char *key = code_fact (w, "key");
  JsonArray *keys = dojo_json_get_array (w->facts, "keys");

  if (fact (w, "name") != NULL && keys != NULL)
    {
      g_autofree char *name = code_fact (w, "name");
      g_autoptr(GString) list = g_string_new (NULL);
      guint n = json_array_get_length (keys);
      gint64 count = dojo_json_get_int (w->facts, "key_count", n);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *one = code (json_array_get_string_element (keys, i));

          if (i > 0)
            g_string_append (list, ", ");
          g_string_append (list, one);
        }
      if (count > (gint64)n)
        g_string_append (list, ", …");
      if (n == 0)
        g_string_append_printf (w->means,
          /* Translators: %s: a dictionary's name, then a key, as code */
          _("The dictionary %s has no key %s: it is empty."), name, key);
      else
        g_string_append_printf (w->means,
          /* Translators: %s: a dictionary's name, a key, then the keys it has */
          _("The dictionary %s has no key %s. The keys it has are: %s."), name, key,
          list->str);
    }
  else
    g_string_append_printf (w->means,
      /* Translators: %s is a key, as code */
      _("A dictionary on this line has no key %s."), key);

  if (fact (w, "suggestion") != NULL)
    {
      g_autofree char *quoted = g_strdup_printf ("'%s'", fact (w, "suggestion"));
      g_autofree char *suggestion = code (quoted);

      g_string_append_printf (w->try,
        /* Translators: %s is a key, as code */
        _("Did you mean %s? Keys must be written exactly the same, capital letters "
          "included."), suggestion);
    }
  else
    g_string_append (w->try,
      _("Check how the key is spelt, or give the dictionary that key before this line."));
}

static void
attribute_rules (Words      *w,
                 const char *rule)
{
  g_autofree char *name = code_fact (w, "name");

  if (g_str_equal (rule, "attribute-on-none"))
    {
      g_string_append_printf (w->means,
        /* Translators: %s is a method or attribute name, as code */
        _("The value before the dot is `None`, which means “nothing”, so it has no %s. "
          "A function that does not give back a value with `return` gives back `None`."),
        name);
      g_string_append (w->try,
        _("Did the function print instead of return? Give the value back with `return`. "
          "Also, some methods, such as a list’s `sort()`, change the value and give "
          "back `None`."));
      return;
    }

  if (fact (w, "module") != NULL)
    {
      g_autofree char *module = code_fact (w, "module");

      g_string_append_printf (w->means,
        /* Translators: %s: a module's name, then a name, as code */
        _("The module %s has nothing called %s."), module, name);
    }
  else if (fact (w, "owner") != NULL)
    {
      g_autofree char *kind = type_words (fact (w, "owner"));

      g_string_append_printf (w->means,
        /* Translators: %s: a kind of value ("a text (`str`)"), then a name, as code */
        _("The value before the dot is %s, and it has nothing called %s."), kind, name);
    }
  else
    g_string_append_printf (w->means,
      /* Translators: %s is a method or attribute name, as code */
      _("The value before the dot has nothing called %s."), name);
  if (fact (w, "suggestion") != NULL)
    {
      g_autofree char *suggestion = code_fact (w, "suggestion");

      g_string_append_printf (w->try,
        /* Translators: %s is a method name, as code */
        _("Did you mean %s? Names must be written exactly the same, capital letters "
          "included."), suggestion);
    }
  else
    g_string_append (w->try,
      _("Check how the name after the dot is spelt, and which value is before the dot."));
}

/* ------------------------------------------------------------------------ */
/* The rest */

static void
other_rules (Words      *w,
             const char *rule)
{
  if (g_str_equal (rule, "zero-division"))
    {
      g_string_append (w->means,
        _("Dividing by zero has no answer, so Python stops: the number you divide by "
          "is 0 here."));
      g_string_append (w->try,
        _("Check where that number comes from; if it can be 0, check for that with "
          "`if` before dividing."));
    }
  else if (g_str_equal (rule, "recursion-no-base-case"))
    {
      g_autofree char *function = code_fact (w, "function");

      g_string_append_printf (w->means,
        /* Translators: %s is a function's name, as code */
        _("%s calls itself again and again without end, until Python stops it after "
          "about a thousand calls."), function);
      g_string_append_printf (w->try,
        /* Translators: %s is a function's name, as code */
        _("Give %s a base case: an `if` that gives back a value without calling %s "
          "again. And check that each call comes closer to it."), function, function);
    }
  else if (g_str_equal (rule, "file-not-found"))
    {
      g_autofree char *file = code_fact (w, "filename");
      const char *folder = fact (w, "folder");
      JsonArray *files = dojo_json_get_array (w->facts, "files");

      if (folder == NULL || g_str_equal (folder, "."))
        g_string_append_printf (w->means,
          /* Translators: %s is a file name, as code */
          _("There is no file %s in the folder your program ran in, your project’s "
            "folder."), file);
      else
        {
          g_autofree char *where = code (folder);

          g_string_append_printf (w->means,
            /* Translators: %s: a file name, then a folder, as code */
            _("There is no file %s in the folder your program ran in, %s."), file, where);
        }
      if (files != NULL && json_array_get_length (files) > 0)
        {
          g_autoptr(GString) list = g_string_new (NULL);
          gint64 count = dojo_json_get_int (w->facts, "file_count", 0);

          for (guint i = 0; i < json_array_get_length (files); i++)
            {
              g_autofree char *one = code (json_array_get_string_element (files, i));

              if (i > 0)
                g_string_append (list, ", ");
              g_string_append (list, one);
            }
          if (count > (gint64)json_array_get_length (files))
            g_string_append (list, ", …");
          g_string_append_c (w->means, ' ');
          g_string_append_printf (w->means,
            /* Translators: %s is a list of file names */
            _("The files there are: %s."), list->str);
        }
      else
        {
          g_string_append_c (w->means, ' ');
          g_string_append (w->means, _("That folder has no files."));
        }
      g_string_append (w->try,
        _("Check how the file name is spelt (capital letters count) and that the file is "
          "in that folder."));
    }
  else if (g_str_equal (rule, "module-not-found"))
    {
      g_autofree char *name = code_fact (w, "name");

      g_string_append_printf (w->means,
        /* Translators: %s is a module's name, as code */
        _("There is no module called %s."), name);
      g_string_append (w->try,
        _("Check how the name after `import` is spelt. A module of your own is a file "
          "of your project whose name ends in `.py`."));
    }
  else if (g_str_equal (rule, "timeout"))
    {
      int line = line_of (w);
      JsonArray *values = dojo_json_get_array (w->facts, "values");

      if (line > 0 && fact (w, "file") != NULL)
        {
          g_autofree char *file = code_fact (w, "file");

          g_string_append_printf (w->means,
            /* Translators: %d is a line, %s a file of the learner's, as code */
            _("When Dojo stopped your program, it was running line %d of %s."), line, file);
        }
      else if (line > 0)
        g_string_append_printf (w->means,
          _("When Dojo stopped your program, it was running line %d."), line);
      else
        g_string_append (w->means, _("Dojo stopped your program before it finished."));
      g_string_append (w->try,
        _("Look at the loop around that line: does something change each time round, so "
          "that its condition becomes false and the loop ends?"));
      if (values != NULL && json_array_get_length (values) > 0)
        {
          g_string_append_c (w->try, ' ');
          g_string_append (w->try,
            _("The values below are what the variables held when it was stopped."));
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Public */

/**
 * dojo_explain_values:
 * @explanation: the facts dojo_explain.py found
 *
 * The values of the variables on the failing line, as a Markdown list
 * under a heading, or %NULL when none are known.
 *
 * Returns: (transfer full) (nullable): Markdown
 */
char *
dojo_explain_values (JsonObject *explanation)
{
  JsonArray *values;
  GString *out;
  int line;

  g_return_val_if_fail (explanation != NULL, NULL);

  values = dojo_json_get_array (explanation, "values");
  if (values == NULL || json_array_get_length (values) == 0)
    return NULL;

  line = (int)dojo_json_get_int (explanation, "line", 0);
  out = g_string_new (NULL);
  if (line > 0)
    g_string_append_printf (out, _("**The values on line %d:**"), line);
  else
    g_string_append (out, _("**The values on this line:**"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < json_array_get_length (values); i++)
    {
      JsonObject *one = dojo_json_array_get_object (values, i);
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (one == NULL || dojo_json_get_string (one, "name") == NULL ||
          dojo_json_get_string (one, "value") == NULL)
        continue;
      name = code (dojo_json_get_string (one, "name"));
      value = code (dojo_json_get_string (one, "value"));
      g_string_append_printf (out, "\n- %s = %s", name, value);
    }

  return g_string_free (out, FALSE);
}

/**
 * dojo_explain_describe:
 * @explanation: the facts dojo_explain.py found about an error (a run
 *   report's `error.explain`)
 *
 * What the error means and what to try, in a beginner's words, then the
 * values on the failing line when they are known: Markdown paragraphs
 * "**What this means:** …" and "**What to try:** …".  Python's own line
 * (type and message) is not in it: callers show it too.
 *
 * Returns: (transfer full) (nullable): Markdown, or %NULL for a rule this
 *   version of Dojo does not know
 */
char *
dojo_explain_describe (JsonObject *explanation)
{
  const char *rule;
  g_autoptr(GString) means = g_string_new (NULL);
  g_autoptr(GString) try = g_string_new (NULL);
  g_autofree char *values = NULL;
  Words w = { explanation, means, try };
  GString *out;

  g_return_val_if_fail (explanation != NULL, NULL);

  rule = dojo_json_get_string (explanation, "rule");
  if (rule == NULL)
    return NULL;

  if (g_str_has_prefix (rule, "name-") || g_str_equal (rule, "unbound-local"))
    name_rules (&w, rule);
  else if (g_str_has_prefix (rule, "syntax-") || g_str_equal (rule, "indentation"))
    syntax_rules (&w, rule);
  else if (g_str_has_prefix (rule, "type-"))
    type_rules (&w, rule);
  else if (g_str_has_prefix (rule, "value-"))
    value_rules (&w, rule);
  else if (g_str_equal (rule, "index-out-of-range"))
    index_rule (&w);
  else if (g_str_equal (rule, "key-missing"))
    key_rule (&w);
  else if (g_str_has_prefix (rule, "attribute-"))
    attribute_rules (&w, rule);
  else
    other_rules (&w, rule);

  if (means->len == 0)
    return NULL;

  out = g_string_new (NULL);
  g_string_append_printf (out, _("**What this means:** %s"), means->str);
  g_string_append (out, "\n\n");
  g_string_append_printf (out, _("**What to try:** %s"), try->str);
  values = dojo_explain_values (explanation);
  if (values != NULL)
    g_string_append_printf (out, "\n\n%s", values);

  return g_string_free (out, FALSE);
}
