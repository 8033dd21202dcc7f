# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Sourced by the repository checks: repo_files ROOT lists, NUL-separated and
# relative to ROOT, every file a commit would carry: tracked plus untracked
# but not ignored, minus what is deleted in the working tree. Outside a git
# checkout (a source tarball) it lists everything but build output.
# shellcheck shell=bash

repo_files() {
    local root=$1
    if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
        && [[ $(git -C "$root" rev-parse --show-toplevel) == "$(cd "$root" && pwd -P)" ]]; then
        git -C "$root" ls-files -z --cached --others --exclude-standard \
            | while IFS= read -r -d '' f; do
                [[ -f $root/$f ]] && printf '%s\0' "$f"
            done
    else
        (cd "$root" && find . \( -name build -o -name .git -o -name .cache \) -prune -o -type f -print0) \
            | while IFS= read -r -d '' f; do printf '%s\0' "${f#./}"; done
    fi
}
