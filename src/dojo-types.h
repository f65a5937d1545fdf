/* dojo-types.h: forward declarations, so headers need not include each other
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DojoApplication DojoApplication;
typedef struct _DojoCourseSession DojoCourseSession;
typedef struct _DojoCourseView  DojoCourseView;
typedef struct _DojoDocument    DojoDocument;
typedef struct _DojoEditor      DojoEditor;
typedef struct _DojoEditorTabs  DojoEditorTabs;
typedef struct _DojoLessonView  DojoLessonView;
typedef struct _DojoProject     DojoProject;
typedef struct _DojoTerminal    DojoTerminal;
typedef struct _DojoWindow      DojoWindow;

G_END_DECLS
