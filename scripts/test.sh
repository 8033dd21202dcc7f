#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# The one test command (README, .ci/run): dependencies, the `ci` build with
# warnings as errors and the whole test suite, then the `asan` build with the
# core and server tests under AddressSanitizer + UBSan. Tests run against a
# throwaway PostgreSQL and a real Secret Service in a private D-Bus session.
#
#   scripts/test.sh [--no-asan] [--only-asan] [-R REGEX]
#
# Environment: BUURTMUNT_TEST_JOBS (ctest parallelism, default 2),
# BUURTMUNT_BUILD_JOBS (default 2), CCACHE_MAXSIZE (default 5G).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

orig_args=("$@")
run_ci=1
run_asan=1
test_filter=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-asan) run_asan=0 ;;
        --only-asan) run_ci=0 ;;
        -R) [[ $# -ge 2 ]] || die "-R needs a regular expression"; test_filter=(-R "$2"); shift ;;
        -h|--help) sed -n '4,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
    shift
done

build_jobs=${BUURTMUNT_BUILD_JOBS:-2}
test_jobs=${BUURTMUNT_TEST_JOBS:-2}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export CMAKE_BUILD_PARALLEL_LEVEL=$build_jobs

declare -a summary=()
failed=0
record() {  # record PHASE STATUS SECONDS
    summary+=("$(printf '%-34s %-6s %4ss' "$1" "$2" "$3")")
    [[ $2 == ok ]] || failed=1
}

# Root-only work first, then the rest as whoever ran `sudo scripts/test.sh`.
t0=$SECONDS
install_deps || { record "dependencies" FAILED $((SECONDS - t0)); exit 1; }
[[ ${BUURTMUNT_DEPS_DONE:-0} == 1 ]] || record "dependencies" ok $((SECONDS - t0))
export BUURTMUNT_DEPS_DONE=1
drop_to_sudo_user bash "$0" "${orig_args[@]}"

cd "$BUURTMUNT_ROOT"
TMP_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/buurtmunt-test.XXXXXX")
chmod 755 "$TMP_ROOT"
PG_DIR=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $PG_DIR ]]; then
        step "Stopping PostgreSQL"
        pg_stop
    fi
    rm -rf "$TMP_ROOT"
    if [[ ${#summary[@]} -gt 0 ]]; then
        printf '\n%s\n' "---- summary ----" >&2
        printf '%s\n' "${summary[@]}" >&2
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'warn "interrupted"; exit 130' INT TERM

# configure_and_build PRESET TARGETS...: one phase each, timed.
configure_and_build() {
    local preset=$1 t
    t=$SECONDS
    step "Configuring preset '$preset' (build/$preset)"
    if ! cmake --preset "$preset" --log-level=WARNING >"$TMP_ROOT/configure-$preset.log" 2>&1; then
        cat "$TMP_ROOT/configure-$preset.log" >&2
        record "configure $preset" FAILED $((SECONDS - t))
        return 1
    fi
    record "configure $preset" ok $((SECONDS - t))
    t=$SECONDS
    step "Building preset '$preset' with $build_jobs jobs"
    # Keep going past the first broken file, so one run shows every error.
    if ! cmake --build --preset "$preset" --parallel "$build_jobs" -- -k 0; then
        record "build $preset" FAILED $((SECONDS - t))
        return 1
    fi
    record "build $preset" ok $((SECONDS - t))
}

# run_tests NAME BUILD_DIR [ctest args...]: ctest inside a fresh session with
# its own HOME (QtKeychain writes its keyring there) and XDG_RUNTIME_DIR.
run_tests() {
    local name=$1 dir=$2 t session
    shift 2
    t=$SECONDS
    session=$(mktemp -d "$TMP_ROOT/session.XXXXXX")
    mkdir -p "$session/home" "$session/run"
    chmod 700 "$session/run"
    step "Running $name tests (ctest in $dir, private D-Bus + gnome-keyring, $test_jobs jobs)"
    if HOME="$session/home" XDG_RUNTIME_DIR="$session/run" with_keyring \
        ctest --test-dir "$dir" --output-on-failure --no-tests=error \
              --parallel "$test_jobs" "${test_filter[@]}" "$@"; then
        record "tests $name" ok $((SECONDS - t))
    else
        record "tests $name" FAILED $((SECONDS - t))
    fi
}

t=$SECONDS
step "Starting a throwaway PostgreSQL 15"
PG_DIR="$TMP_ROOT/pg"
mkdir -p "$PG_DIR"
pg_start "$PG_DIR"
note "BUURTMUNT_TEST_PG_URL=postgresql://app:***@127.0.0.1:$PG_PORT/appdb"
record "postgresql" ok $((SECONDS - t))

if [[ $run_ci == 1 ]]; then
    if configure_and_build ci; then
        run_tests ci build/ci
    fi
fi

if [[ $run_asan == 1 ]]; then
    if configure_and_build asan; then
        # Leaks inside system libraries we do not own (GLib, libsecret, D-Bus,
        # fontconfig) are suppressed; leaks in our code still fail.
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1" \
        LSAN_OPTIONS="suppressions=$BUURTMUNT_ROOT/scripts/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            run_tests asan build/asan -L '^(domain|scan|core|server)$'
    fi
fi

step "Done"
exit "$failed"
