#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# The one run command (README): builds Buurtmunt, starts a demo server with a
# Heerlen-like municipality, enrols a desk once and opens it.
#
#   scripts/demo.sh [--desk kiosk|counter|staff] [--port N] [--postgres URL]
#                   [--no-app] [--xvfb] [--reset]
#
#   --desk D        which front desk to open (default kiosk); counter desks
#                   belong to demo shop 1
#   --port N        server port on 127.0.0.1 (default 8443, or BUURTMUNT_DEMO_PORT)
#   --postgres URL  keep the demo data in PostgreSQL instead of SQLite
#                   (postgresql://USER:PASS@HOST:PORT/DB; --database is the same)
#   --no-app        start only the server and keep it running until Ctrl-C
#   --xvfb          run the app on a virtual screen (xvfb-run), e.g. over ssh
#   --reset         forget the demo: server data, enrolments, demo keyring
#
# Data lives in DEMO_DIR (default ${XDG_DATA_HOME:-$HOME/.local/share}/buurtmunt-demo).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

orig_args=("$@")
desk=kiosk
port=${BUURTMUNT_DEMO_PORT:-8443}
database=
with_app=1
use_xvfb=0
reset=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --desk) [[ $# -ge 2 ]] || die "--desk needs kiosk, counter or staff"; desk=$2; shift ;;
        --desk=*) desk=${1#*=} ;;
        --port) [[ $# -ge 2 ]] || die "--port needs a number"; port=$2; shift ;;
        --port=*) port=${1#*=} ;;
        --postgres|--database) [[ $# -ge 2 ]] || die "$1 needs a postgresql:// URL"; database=$2; shift ;;
        --postgres=*|--database=*) database=${1#*=} ;;
        --no-app) with_app=0 ;;
        --xvfb) use_xvfb=1 ;;
        --reset) reset=1 ;;
        -h|--help) sed -n '4,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
    shift
done
case $desk in
    kiosk|counter|staff) ;;
    *) die "--desk must be kiosk, counter or staff, not '$desk'" ;;
esac
[[ $port =~ ^[0-9]+$ && $port -ge 1 && $port -le 65535 ]] || die "--port must be a number from 1 to 65535, not '$port'"
if [[ -n $database && ! $database =~ ^postgres(ql)?:// ]]; then
    die "--postgres must be a URL like postgresql://USER:PASS@HOST:5432/DB, not '$database'"
fi

install_deps
export BUURTMUNT_DEPS_DONE=1
drop_to_sudo_user bash "$0" "${orig_args[@]}"

DEMO_DIR=${DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/buurtmunt-demo}
profile="demo-$desk"
case $desk in
    kiosk) desk_name="Demo kiosk" ;;
    counter) desk_name="Demo counter" ;;
    staff) desk_name="Demo staff desk" ;;
esac

# Before the keyring daemon starts, so the demo keyring can go too. The
# re-runs below inherit BUURTMUNT_DEMO_RESET_DONE and do not reset again.
if [[ $reset == 1 && -z ${BUURTMUNT_DEMO_RESET_DONE:-} ]]; then
    step "Resetting the demo: removing server data, enrolments and the demo keyring in $DEMO_DIR"
    [[ -n $DEMO_DIR && $DEMO_DIR != / ]] || die "refusing to remove DEMO_DIR='$DEMO_DIR'"
    rm -rf -- "$DEMO_DIR/server" "$DEMO_DIR/enrolled" "$DEMO_DIR/desks" "$DEMO_DIR/keyring" \
        "$DEMO_DIR/server.out" "$DEMO_DIR/server.log"
    export BUURTMUNT_DEMO_RESET_DONE=1
fi
mkdir -p "$DEMO_DIR/server" "$DEMO_DIR/enrolled" "$DEMO_DIR/desks"

if [[ $with_app == 1 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && $use_xvfb == 0 ]]; then
    die "no display: neither DISPLAY nor WAYLAND_DISPLAY is set.
       On a desktop, run this from a terminal inside the session.
       Without one, use a virtual screen:  scripts/demo.sh --xvfb ${orig_args[*]}
       or start only the server:           scripts/demo.sh --no-app"
fi

# The desk keeps its device secret in a Secret Service. Without a session bus
# (ssh, sudo, a bare X server) the demo brings its own: a private D-Bus session
# with a gnome-keyring kept in DEMO_DIR, unlocked with a fixed demo password.
if [[ $with_app == 1 && -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    step "No D-Bus session: starting a private one with gnome-keyring (demo keyring in $DEMO_DIR/keyring)"
    mkdir -p "$DEMO_DIR/keyring"
    if [[ -z ${XDG_RUNTIME_DIR:-} || ! -w ${XDG_RUNTIME_DIR:-/nonexistent} ]]; then
        XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/buurtmunt-demo-run.XXXXXX")
        export XDG_RUNTIME_DIR
        chmod 700 "$XDG_RUNTIME_DIR"
    fi
    export BUURTMUNT_KEYRING_DIR="$DEMO_DIR/keyring" BUURTMUNT_KEYRING_PASSWORD=buurtmunt-demo
    with_keyring bash "$0" "${orig_args[@]}"
    exit $?
fi

cd "$BUURTMUNT_ROOT"


targets=(buurtmunt-server)
[[ $with_app == 1 ]] && targets+=(buurtmunt)
step "Configuring the 'default' preset (build/default)"
cmake --preset default --log-level=WARNING >/dev/null
step "Building ${targets[*]} (ccache, 2 jobs)"
CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G} cmake --build --preset default --parallel 2 --target "${targets[@]}"

find_binary() {
    local bin
    bin=$(find build/default -type f -name "$1" -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1)
    [[ -n $bin ]] || die "built, but $1 was not found under build/default"
    printf '%s' "$PWD/$bin"
}
server_bin=$(find_binary buurtmunt-server)
app_bin=
[[ $with_app == 1 ]] && app_bin=$(find_binary buurtmunt)

db_args=()
[[ -n $database ]] && db_args=(--database "$database")

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "something already listens on 127.0.0.1:$port (another demo?); stop it or pass --port N"
fi

server_pid=
stop_server() {
    trap - EXIT INT TERM
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        step "Stopping the server (pid $server_pid)"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

step "Starting buurtmunt-server on 127.0.0.1:$port with demo data (log: $DEMO_DIR/server.log)"
"$server_bin" serve --data-dir "$DEMO_DIR/server" --listen "127.0.0.1:$port" \
    "${db_args[@]}" --demo-data >"$DEMO_DIR/server.out" 2>"$DEMO_DIR/server.log" &
server_pid=$!

step "Waiting for the server to say Ready"
for _ in $(seq 600); do
    grep -qx 'Ready' "$DEMO_DIR/server.out" 2>/dev/null && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$DEMO_DIR/server.out" "$DEMO_DIR/server.log" >&2
        die "the server stopped before it was ready (see above)"
    fi
    sleep 0.1
done
grep -qx 'Ready' "$DEMO_DIR/server.out" || die "the server did not get ready within 60 s (see $DEMO_DIR/server.log)"
sed 's/^/    | /' "$DEMO_DIR/server.out" >&2

url=$(sed -n 's/^Listening on \(https:\/\/[^ ]*\).*/\1/p' "$DEMO_DIR/server.out" | head -n 1)
fingerprint=$(sed -n 's/^Certificate SHA-256 fingerprint: \([0-9A-F:]*\).*/\1/p' "$DEMO_DIR/server.out" | head -n 1)
[[ -n $url ]] || die "the server did not print its 'Listening on' line"
[[ ${#fingerprint} -eq 95 ]] || die "the server did not print a SHA-256 certificate fingerprint"

if [[ $with_app == 0 ]]; then
    step "Server running at $url; enrol a desk with: $server_bin enrolment-code --data-dir $DEMO_DIR/server${database:+ --database $database} --role kiosk"
    step "Press Ctrl-C to stop"
    wait "$server_pid"
    exit $?
fi

# A desk is enrolled once per server identity: when the certificate (a reset
# server) or the database changes, its local store is thrown away and it
# enrols again. Desk stores live in DEMO_DIR so --reset forgets them too.
desk_dir="$DEMO_DIR/desks/$profile"
marker="$DEMO_DIR/enrolled/$profile"
identity="$fingerprint ${database:-sqlite}"
if [[ -f $marker && -d $desk_dir && $(cat "$marker") == "$identity" ]]; then
    step "Desk profile '$profile' is already enrolled with this server"
else
    rm -rf -- "$desk_dir" "$marker"
    step "Creating a one-time enrolment code for a $desk desk"
    code_args=(--role "$desk" --name "$desk_name")
    [[ $desk == counter ]] && code_args+=(--shop 1)
    code=$("$server_bin" enrolment-code --data-dir "$DEMO_DIR/server" "${db_args[@]}" "${code_args[@]}" 2>>"$DEMO_DIR/server.log") \
        || die "enrolment-code failed (see $DEMO_DIR/server.log)"
    code=$(printf '%s' "$code" | tail -n 1 | tr -d '[:space:]')
    [[ -n $code ]] || die "enrolment-code printed no code"
    step "Enrolling profile '$profile' as \"$desk_name\" with code $code"
    "$app_bin" enrol --server "$url" --code "$code" --fingerprint "$fingerprint" \
        --profile "$profile" --data-dir "$desk_dir" --name "$desk_name" \
        || die "enrolment failed; try scripts/demo.sh --reset"
    printf '%s' "$identity" >"$marker"
fi

app_cmd=("$app_bin" --profile "$profile" --data-dir "$desk_dir" --windowed)
if [[ $use_xvfb == 1 ]]; then
    app_cmd=(xvfb-run -a -s "-screen 0 1920x1080x24" "${app_cmd[@]}")
fi
step "Opening the $desk desk: ${app_cmd[*]}"
set +e
"${app_cmd[@]}"
app_rc=$?
set -e
step "The app closed (exit $app_rc)"
exit "$app_rc"
