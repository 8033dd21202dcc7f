#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Runs a command with a real Secret Service but without a desktop: a private
# D-Bus session, an unlocked gnome-keyring, and throwaway HOME and
# XDG_RUNTIME_DIR (so a developer's own keyring is never touched).
#   scripts/with-keyring.sh ctest --test-dir build/default -R Secret
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
[[ $# -gt 0 ]] || die "usage: scripts/with-keyring.sh COMMAND [ARGS...]"
session=$(mktemp -d "${TMPDIR:-/tmp}/buurtmunt-keyring.XXXXXX")
trap 'rm -rf "$session"' EXIT
mkdir -p "$session/home" "$session/run"
chmod 700 "$session/run"
# The command's own exit status is ours: no exec, so the trap still cleans up.
HOME="$session/home" XDG_RUNTIME_DIR="$session/run" with_keyring "$@"
