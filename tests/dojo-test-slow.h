/* dojo-test-slow.h: how much longer waits get under a sanitizer
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* Under AddressSanitizer with exact unwinding on every allocation (as
 * `make test-asan` runs it), Dojo runs several times slower: a sanitizer
 * build checks memory, and the waits of the tests scale with this. */
static inline guint
dojo_test_slowness (void)
{
  return g_getenv ("ASAN_OPTIONS") != NULL ? 6 : 1;
}
