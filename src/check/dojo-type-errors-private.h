/* dojo-type-errors-private.h: a type check's result, for the checker
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dojo-check-result.h"
#include "dojo-verdict.h"

G_BEGIN_DECLS

DojoVerdictState _dojo_type_check_fill (DojoCheckResult *result,
                                        JsonObject      *item,
                                        JsonObject      *check);

G_END_DECLS
