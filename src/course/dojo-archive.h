/* dojo-archive.h: reading and writing .dojopack archives, safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_ARCHIVE_ERROR (dojo_archive_error_quark ())

typedef enum
{
  DOJO_ARCHIVE_ERROR_FAILED,        /* I/O and everything else */
  DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE,/* not a zip file, or a damaged one */
  DOJO_ARCHIVE_ERROR_UNSAFE_PATH,   /* "..", absolute path, empty or odd name */
  DOJO_ARCHIVE_ERROR_LINK,          /* symbolic or hard link */
  DOJO_ARCHIVE_ERROR_SPECIAL_FILE,  /* device, fifo, socket */
  DOJO_ARCHIVE_ERROR_DUPLICATE,     /* the same name twice (also by case fold) */
  DOJO_ARCHIVE_ERROR_TOO_LARGE,     /* too many entries, too many bytes, a file too big */
  DOJO_ARCHIVE_ERROR_ZIP_BOMB,      /* compression ratio no honest pack has */
  DOJO_ARCHIVE_ERROR_ENCRYPTED,     /* a password-protected entry */
} DojoArchiveError;

/* Returns FALSE to leave @relative_path (a file, or a folder and everything
 * in it) out of the archive. Paths use '/' and have no trailing slash. */
typedef gboolean (*DojoArchiveFilterFunc) (const char *relative_path,
                                           gpointer    user_data);

GQuark   dojo_archive_error_quark (void);

/* Extracts @archive into @destination, which must not exist yet. Either the
 * whole pack lands in @destination, or (on any error, or cancellation)
 * nothing does: nothing is ever written outside @destination. Messages name
 * the offending entry and say what to do. Blocking: call it from a thread. */
gboolean dojo_archive_extract (GFile         *archive,
                               GFile         *destination,
                               GCancellable  *cancellable,
                               GError       **error);

/* Writes the files and folders under @pack_dir to @output as a zip that is
 * the same, byte for byte, for the same input: entries sorted by path, one
 * fixed time (1980-01-01 00:00 UTC, or $SOURCE_DATE_EPOCH), modes 0644/0755,
 * no owners, no extra fields. Symbolic links and special files are refused.
 * @output is replaced atomically. Blocking: call it from a thread. */
gboolean dojo_archive_write   (GFile                 *pack_dir,
                               GFile                 *output,
                               DojoArchiveFilterFunc  filter,
                               gpointer               user_data,
                               GError               **error);

G_END_DECLS
