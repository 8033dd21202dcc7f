#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Installs what building, running and testing Buurtmunt need on Debian 12,
# and nothing when all of it is already there (a warm run costs about a
# second, so every other script can call this first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config dpkg-dev ccache git
    curl ca-certificates openssl python3
    # Qt 6: Core Gui Sql Network Concurrent HttpServer Test (server and core)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libpq-dev
    qt6-httpserver-dev qt6-websockets-dev
    # Widgets Multimedia MultimediaWidgets PrintSupport LinguistTools (desktop)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev
    # the desks' icons are SVG: Qt's SVG icon engine and image plugin
    libqt6svg6
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good libgl-dev qt6-qpa-plugins
    # secrets: QtKeychain loads libsecret at run time and needs a Secret Service
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    # voucher QR codes, signatures, the server's certificate
    libzxing-dev libsodium-dev libssl-dev
    # tests: a throwaway PostgreSQL, a virtual X server, backups with sqlite3
    postgresql sqlite3 xvfb xauth
    # read-aloud at the kiosk: Qt TextToSpeech (its CMake package needs
    # qt6-declarative-dev) over speech-dispatcher with espeak-ng voices for
    # nl, en and de; its test plays into a PulseAudio null sink and records it
    qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin qt6-speech-flite-plugin
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils
    # the wedge scanner test types through real X11 keyboard layouts
    xdotool x11-xkb-utils
    # benchmarks (bench/) and document/screenshot checks
    wrk nginx poppler-utils imagemagick
)

missing=()
for p in "${packages[@]}"; do
    # One dpkg-query per package keeps the warm path free of apt's lock.
    if ! dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii'; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    note "all ${#packages[@]} packages present"
    exit 0
fi

command -v apt-get >/dev/null || die "apt-get not found: this script supports Debian 12 (bookworm)"
if [[ $EUID -ne 0 ]] && ! command -v sudo >/dev/null; then
    die "missing packages: ${missing[*]}
       run as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
fi

step "Installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
note "installed: ${missing[*]}"
