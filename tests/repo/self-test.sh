#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Proves the repository checks can fail: builds a small tree with known
# violations and requires each check to refuse it and name every offender,
# and to accept the same tree once it is clean.
#   self-test.sh [QT_WIDGETS_INCLUDE_DIR]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
widgets_dir=${1:-/usr/include/x86_64-linux-gnu/qt6/QtWidgets}
tree=$(mktemp -d "${TMPDIR:-/tmp}/buurtmunt-repo-selftest.XXXXXX")
trap 'rm -rf "$tree"' EXIT
failures=0
fail() { echo "SELF-TEST FAILED: $*"; failures=$((failures + 1)); }

header='// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2'
mkdir -p "$tree/core/net" "$tree/server" "$tree/ui" "$tree/scripts"
printf '%s\n#pragma once\n#include <QString>\n' "$header" >"$tree/core/net/Clean.h"
printf '%s\n#include <QPushButton>\n' "$header" >"$tree/core/net/UsesWidget.cpp"
printf '%s\n#include <QtWidgets/QLabel>\n' "$header" >"$tree/server/UsesWidgetPath.cpp"
printf '%s\n#include <QColor>\n' "$header" >"$tree/server/UsesColor.h"
printf '%s\n// QIcon in a comment is fine\nstatic QIcon icon;\n' "$header" >"$tree/core/UsesIcon.cpp"
printf '%s\n#include <QColor>\n#include <QWidget>\n' "$header" >"$tree/ui/Allowed.cpp"
printf '# SPDX-FileCopyrightText: 2026 Buurtmunt contributors\n# SPDX-License-Identifier: EUPL-1.2\ntarget_link_libraries(x PRIVATE Qt6::Widgets)\n' >"$tree/server/CMakeLists.txt"
printf '#pragma once\n// no licence here\n' >"$tree/core/NoHeader.h"
printf '#!/bin/sh\n# SPDX-License-Identifier: EUPL-1.2\n' >"$tree/scripts/HalfHeader.sh"
printf '\n\n\n%s\n' "$header" >"$tree/core/TooLate.cpp"

expect_refusal() {  # CHECK OUTPUT_FILE OFFENDERS...
    local check=$1 out=$2
    shift 2
    if bash "$here/$check" "$tree" "$widgets_dir" >"$out" 2>&1; then
        fail "$check accepted a tree with violations"
    fi
    for f in "$@"; do
        grep -q "^$f:" "$out" || fail "$check did not name $f"
    done
}

expect_refusal check-spdx.sh "$tree/spdx.out" core/NoHeader.h scripts/HalfHeader.sh core/TooLate.cpp
grep -q 'core/net/Clean.h' "$tree/spdx.out" && fail "check-spdx.sh blamed a clean file"

expect_refusal check-layering.sh "$tree/layering.out" core/net/UsesWidget.cpp \
    server/UsesWidgetPath.cpp server/UsesColor.h core/UsesIcon.cpp server/CMakeLists.txt
grep -qE '^(ui/Allowed.cpp|core/net/Clean.h)' "$tree/layering.out" && fail "check-layering.sh blamed a file it should allow"
grep -q 'core/UsesIcon.cpp:2:' "$tree/layering.out" && fail "check-layering.sh blamed a comment"

# Once the offenders are gone both checks must pass again.
rm "$tree"/core/net/UsesWidget.cpp "$tree"/server/UsesWidgetPath.cpp "$tree"/server/UsesColor.h \
   "$tree"/core/UsesIcon.cpp "$tree"/server/CMakeLists.txt "$tree"/core/NoHeader.h \
   "$tree"/scripts/HalfHeader.sh "$tree"/core/TooLate.cpp
bash "$here/check-spdx.sh" "$tree" >"$tree/spdx-clean.out" 2>&1 || { cat "$tree/spdx-clean.out"; fail "check-spdx.sh refused a clean tree"; }
bash "$here/check-layering.sh" "$tree" "$widgets_dir" >"$tree/layering-clean.out" 2>&1 || { cat "$tree/layering-clean.out"; fail "check-layering.sh refused a clean tree"; }

if [[ $failures -gt 0 ]]; then
    echo "--- check-spdx.sh said:"; cat "$tree/spdx.out"
    echo "--- check-layering.sh said:"; cat "$tree/layering.out"
    exit 1
fi
echo "ok: both checks refuse violations, name each offending file, and accept a clean tree"
