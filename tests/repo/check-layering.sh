#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# core/ and server/ stay free of the GUI: no Qt Widgets header, no QColor,
# no QIcon, and no link to Qt6::Widgets. Themes, colours and icons belong in
# ui/, so the server and the client core can be reused without a desktop.
# Names every offending file and line.
#   check-layering.sh SOURCE_DIR [QT_WIDGETS_INCLUDE_DIR]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/repo-files.sh"
root=${1:?usage: check-layering.sh SOURCE_DIR [QT_WIDGETS_INCLUDE_DIR]}
widgets_dir=${2:-/usr/include/x86_64-linux-gnu/qt6/QtWidgets}

# Every header Qt Widgets installs (QPushButton, qpushbutton.h, ...), so a new
# widget class is caught without this list being kept by hand.
declare -A widget_header=()
if [[ -d $widgets_dir ]]; then
    while IFS= read -r h; do
        # Qt 6 keeps forwarding headers for classes that moved to QtGui
        # (qaction.h, qshortcut.h, ...): those are not Widgets.
        [[ -e $widgets_dir/../QtGui/$h || -e $widgets_dir/../QtCore/$h ]] && continue
        widget_header[$h]=1
    done < <(cd "$widgets_dir" && find . -maxdepth 1 -type f -printf '%f\n')
fi
widget_header[QtWidgets]=1

checked=0
bad=0
report() {
    printf '%s:%s: %s\n' "$1" "$2" "$3"
    bad=$((bad + 1))
}

while IFS= read -r -d '' f; do
    case $f in
        core/*|server/*) ;;
        *) continue ;;
    esac
    case ${f##*/} in
        *.cpp|*.h)
            checked=$((checked + 1))
            lineno=0
            while IFS= read -r line || [[ -n $line ]]; do
                lineno=$((lineno + 1))
                code=${line%%//*}
                if [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*[\<\"]([^\>\"]+)[\>\"] ]]; then
                    inc=${BASH_REMATCH[1]}
                    base=${inc##*/}
                    if [[ $inc == QtWidgets/* || -n ${widget_header[$base]:-} && ( $inc == "$base" || $inc == QtWidgets/* ) ]]; then
                        report "$f" "$lineno" "includes Qt Widgets header <$inc>"
                        continue
                    fi
                    case $base in
                        QColor|qcolor.h|QIcon|qicon.h|QtGui)
                            report "$f" "$lineno" "includes <$inc> (colours and icons belong in ui/)"
                            continue ;;
                    esac
                fi
                # Comments may talk about QColor; code may not use it.
                [[ $line =~ ^[[:space:]]*(\*|/\*) ]] && continue
                if [[ $code =~ (^|[^A-Za-z0-9_])(QColor|QIcon)([^A-Za-z0-9_]|$) ]]; then
                    report "$f" "$lineno" "uses ${BASH_REMATCH[2]} (colours and icons belong in ui/)"
                fi
            done <"$root/$f"
            ;;
        CMakeLists.txt|*.cmake)
            checked=$((checked + 1))
            while IFS=: read -r lineno _; do
                report "$f" "$lineno" "links or finds Qt Widgets"
            done < <(grep -nE 'Qt6?::(Widgets|MultimediaWidgets|PrintSupport)|COMPONENTS[^)]*\bWidgets\b' -- "$root/$f" | grep -vE '^[0-9]+:[[:space:]]*#')
            ;;
    esac
done < <(repo_files "$root")

if [[ $checked -eq 0 ]]; then
    echo "no files found under $root/core or $root/server: wrong directory?"
    exit 1
fi
if [[ $bad -gt 0 ]]; then
    echo "FAIL: $bad layering violations in core/ and server/ ($checked files checked)"
    exit 1
fi
echo "ok: $checked files in core/ and server/ use no Widgets, QColor or QIcon"
