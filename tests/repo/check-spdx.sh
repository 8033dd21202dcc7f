#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Every source file carries the project's two SPDX lines within its first
# three lines (room for a shebang), so the licence of each file is machine
# readable (REUSE). Names every file that does not.
#   check-spdx.sh SOURCE_DIR
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/repo-files.sh"
root=${1:?usage: check-spdx.sh SOURCE_DIR}

copyright='SPDX-FileCopyrightText: 2026 Buurtmunt contributors'
licence='SPDX-License-Identifier: EUPL-1.2'
checked=0
bad=0
while IFS= read -r -d '' f; do
    case ${f##*/} in
        *.cpp|*.h|*.cmake|*.sh|CMakeLists.txt) ;;
        *) continue ;;
    esac
    checked=$((checked + 1))
    head3=
    # Plain bash reads: one process for the whole tree, not three per file.
    { IFS= read -r l1; IFS= read -r l2; IFS= read -r l3; } <"$root/$f" || true
    head3="${l1:-}"$'\n'"${l2:-}"$'\n'"${l3:-}"
    l1= l2= l3=
    missing=()
    [[ $head3 == *"$copyright"* ]] || missing+=("'$copyright'")
    [[ $head3 == *"$licence"* ]] || missing+=("'$licence'")
    if [[ ${#missing[@]} -gt 0 ]]; then
        printf '%s: missing %s in the first 3 lines\n' "$f" "${missing[*]}"
        bad=$((bad + 1))
    fi
done < <(repo_files "$root")

if [[ $checked -eq 0 ]]; then
    echo "no source files found under $root: wrong directory?"
    exit 1
fi
if [[ $bad -gt 0 ]]; then
    echo "FAIL: $bad of $checked source files lack the SPDX header"
    exit 1
fi
echo "ok: $checked source files carry the SPDX header"
