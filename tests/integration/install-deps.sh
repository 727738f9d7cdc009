#!/usr/bin/env bash
# Installs what the OBS integration tests need on Debian 12 (bookworm): OBS Studio 29 with
# obs-websocket, a virtual X server with software GL, ffmpeg/ffprobe, SRT tools, nginx with the
# RTMP and stream modules, and openssl; plus gnome-keyring with a D-Bus session daemon and
# dbus-send (the frozen build's smoke test proves a real Secret Service backend is found,
# tests/secret_service.py runs one, unlocked and locked, in a private D-Bus session, and
# bench/run.py measures every figure that touches secrets through it), binutils (the
# PyInstaller spec reads libraries' DT_NEEDED with readelf), desktop-file-utils (validates
# the .desktop entries), nsis (makensis compiles the Windows installer script,
# tests/packaging/test_windows_installer.py) and shellcheck (actionlint checks the release
# workflow's scripts with it). Idempotent: does nothing when all is present.
# Usage (root, or a user with sudo):  tests/integration/install-deps.sh
set -euo pipefail

PACKAGES=(
  obs-studio xvfb xauth libgl1-mesa-dri libegl-mesa0 libglx-mesa0
  ffmpeg srt-tools
  nginx libnginx-mod-rtmp libnginx-mod-stream
  openssl ca-certificates
  gnome-keyring dbus-daemon dbus-bin binutils desktop-file-utils
  nsis shellcheck
)
BINARIES=(obs Xvfb xauth ffmpeg ffprobe srt-live-transmit nginx openssl unshare
  gnome-keyring-daemon dbus-run-session dbus-daemon dbus-send readelf desktop-file-validate
  makensis shellcheck)
FILES=(
  /usr/lib/nginx/modules/ngx_rtmp_module.so
  /usr/lib/nginx/modules/ngx_stream_module.so
)

missing=()
for bin in "${BINARIES[@]}"; do
  command -v "$bin" >/dev/null 2>&1 || missing+=("$bin")
done
for file in "${FILES[@]}"; do
  [ -e "$file" ] || missing+=("$file")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all OBS integration test dependencies are present"
  exit 0
fi
echo "install-deps: missing ${missing[*]}; installing with apt"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: apt-get not found; install these by hand: ${PACKAGES[*]}" >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: needs root or sudo" >&2; exit 1; }
  SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
# On machines without systemd (CI containers) installing nginx starts no daemon; where
# systemd exists the package's own nginx.service is not used by the tests (they start their own
# nginx on free ports).
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
