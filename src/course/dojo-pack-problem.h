/* dojo-pack-problem.h: one thing wrong with a content pack, and where
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DOJO_PACK_ERROR (dojo_pack_error_quark ())

typedef enum
{
  DOJO_PACK_ERROR_FAILED,            /* I/O and everything else */
  DOJO_PACK_ERROR_INVALID_JSON,      /* a syntax error, bad UTF-8, a member given twice */
  DOJO_PACK_ERROR_MISSING_FIELD,     /* a required member is absent */
  DOJO_PACK_ERROR_WRONG_TYPE,        /* a member holds a string where a number belongs, … */
  DOJO_PACK_ERROR_INVALID_VALUE,     /* the type is right, the value is not */
  DOJO_PACK_ERROR_INVALID_ID,        /* not a slug, or too long */
  DOJO_PACK_ERROR_DUPLICATE_ID,      /* the same id twice in a pack (or in a quiz) */
  DOJO_PACK_ERROR_UNKNOWN_ID,        /* a reference to an id the pack does not have */
  DOJO_PACK_ERROR_UNKNOWN_FORMAT,    /* `format` is not one this Dojo reads */
  DOJO_PACK_ERROR_NEEDS_NEWER_APP,   /* `min_app_version` is newer than this Dojo */
  DOJO_PACK_ERROR_MISSING_FILE,      /* a referenced file or folder does not exist */
  DOJO_PACK_ERROR_UNSAFE_PATH,       /* "..", absolute, or a link out of the pack */
  DOJO_PACK_ERROR_TOO_LARGE,         /* a file, a nesting depth or a count over its limit */
  DOJO_PACK_ERROR_UNKNOWN_CONSTRUCT, /* `introduces` names no construct of the vocabulary */
  DOJO_PACK_ERROR_INVALID_MARKDOWN,  /* raw HTML, an image outside the pack */
} DojoPackError;

typedef enum
{
  DOJO_PACK_SEVERITY_ERROR,
  DOJO_PACK_SEVERITY_WARNING,
} DojoPackSeverity;

#define DOJO_TYPE_PACK_PROBLEM (dojo_pack_problem_get_type ())

/**
 * DojoPackProblem:
 * @file: the file, relative to the pack root, '/'-separated
 * @line: 1-based line in @file, or 0 when the problem is the whole file
 * @severity: an error makes the pack unusable, a warning does not
 * @code: a #DojoPackError
 * @message: a sentence a teacher understands, translated
 */
typedef struct
{
  char             *file;
  guint             line;
  DojoPackSeverity  severity;
  DojoPackError     code;
  char             *message;
} DojoPackProblem;

GQuark           dojo_pack_error_quark         (void);
GType            dojo_pack_problem_get_type    (void) G_GNUC_CONST;
DojoPackProblem *dojo_pack_problem_new         (const char            *file,
                                                guint                  line,
                                                DojoPackSeverity       severity,
                                                DojoPackError          code,
                                                const char            *message);
DojoPackProblem *dojo_pack_problem_copy        (const DojoPackProblem *problem);
void             dojo_pack_problem_free        (DojoPackProblem       *problem);
char            *dojo_pack_problem_to_string   (const DojoPackProblem *problem)
                                                G_GNUC_WARN_UNUSED_RESULT;
const char      *dojo_pack_severity_to_string  (DojoPackSeverity       severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoPackProblem, dojo_pack_problem_free)

G_END_DECLS
