# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Shared helpers for scripts/*.sh: sourced, never run on its own.
# shellcheck shell=bash

BUURTMUNT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# ccache keys on paths relative to the checkout, so every clone of the
# repository (CI makes a fresh one each run) reuses what earlier builds compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$BUURTMUNT_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# Every step prints one line, so a run reads as a list of what happened.
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "this step needs root and sudo is not installed; run as root: $*"
    fi
}

# The invoking user when started through sudo, so builds and the app do not
# end up owned by root in someone's checkout.
sudo_user() {
    if [[ $EUID -eq 0 && -n ${SUDO_USER:-} && ${SUDO_USER} != root ]]; then
        printf '%s' "$SUDO_USER"
    fi
}

# Re-runs the calling script as the sudo user once root-only work is done.
# Keeps the display variables sudo preserves and marks the deps as done.
drop_to_sudo_user() {
    local user home
    user=$(sudo_user)
    [[ -n $user ]] || return 0
    home=$(getent passwd "$user" | cut -d: -f6)
    step "Continuing as $user (started through sudo)"
    exec runuser -u "$user" -- env \
        HOME="$home" USER="$user" LOGNAME="$user" \
        PATH="/usr/local/bin:/usr/bin:/bin" \
        ${DISPLAY:+DISPLAY="$DISPLAY"} \
        ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
        ${WAYLAND_DISPLAY:+WAYLAND_DISPLAY="$WAYLAND_DISPLAY"} \
        ${CI:+CI="$CI"} \
        BUURTMUNT_DEPS_DONE=1 \
        "$@"
}

install_deps() {
    if [[ ${BUURTMUNT_DEPS_DONE:-0} == 1 ]]; then
        return 0
    fi
    step "Checking build and test dependencies (scripts/install-deps.sh)"
    bash "$BUURTMUNT_ROOT/scripts/install-deps.sh"
}

free_port() {
    # Asks the kernel for a free port instead of guessing one.
    python3 - <<'EOF' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# --- Throwaway PostgreSQL -------------------------------------------------
# pg_start DIR: initialises and starts a cluster under DIR on a free port and
# creates role "app" (CREATEDB, because tests make a fresh database each) and
# database "appdb". Sets PG_PORT, PG_DIR and BUURTMUNT_TEST_PG_URL.
pg_run() {
    # The cluster belongs to postgres when we are root (initdb refuses root),
    # to ourselves otherwise.
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    PG_DIR=$1
    [[ -x $PG_BIN/initdb ]] || die "PostgreSQL 15 not found in $PG_BIN (package postgresql)"
    if [[ $EUID -eq 0 ]]; then
        chown postgres:postgres "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"
    PG_PORT=$(free_port)
    pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 \
        >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    # fsync off: the cluster is thrown away, and tests should not wait on disks.
    pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null \
        || { cat "$PG_DIR/server.log" >&2; die "PostgreSQL did not start"; }
    pg_run "$PG_BIN/psql" -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE app LOGIN CREATEDB PASSWORD 'apppw'" \
        -c "CREATE DATABASE appdb OWNER app" >/dev/null \
        || die "could not create the test role and database"
    export BUURTMUNT_TEST_PG_URL="postgresql://app:apppw@127.0.0.1:$PG_PORT/appdb"
}

pg_stop() {
    [[ -n ${PG_DIR:-} && -f $PG_DIR/data/postmaster.pid ]] || return 0
    pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
}

# --- Private D-Bus session with an unlocked Secret Service ----------------
# with_keyring CMD...: runs CMD in its own D-Bus session with a gnome-keyring
# unlocked by a throwaway password, so QtKeychain has a real backend without a
# desktop. HOME and XDG_RUNTIME_DIR must already point at directories we own.
with_keyring() {
    command -v dbus-run-session >/dev/null || die "dbus-run-session missing (package dbus)"
    command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon missing (package gnome-keyring)"
    dbus-run-session -- bash -c '
        set -e
        # The login keyring is created on first unlock with this password.
        # BUURTMUNT_KEYRING_DIR keeps the keyring file somewhere other than
        # $HOME, without changing where the app itself keeps its data.
        eval "$(printf %s "${BUURTMUNT_KEYRING_PASSWORD:-buurtmunt}" \
            | env ${BUURTMUNT_KEYRING_DIR:+XDG_DATA_HOME="$BUURTMUNT_KEYRING_DIR"} \
                gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        exec "$@"' bash "$@"
}
