#!/usr/bin/env bash
# Builds (once) and caches a Debian chroot holding the newest OBS Studio in Debian's archive, so
# the real-OBS tests also run against a second OBS generation (32.x from the unstable suite
# today; the host's Debian 12 has 29.0.2). Only Debian's own archive and tools are used:
# debootstrap is fetched as a .deb and unpacked into a scratch folder, not installed on the host.
#
#   tests/integration/newer-obs.sh            build if missing, print the chroot's path
#   tests/integration/newer-obs.sh --path     print the path the chroot has (or would have)
#   tests/integration/newer-obs.sh --version  print the chroot's OBS version
#
# Environment: OBS_CHROOT_SUITE (default "unstable"), OBS_CHROOT_CACHE (default
# /var/cache/fastpix-desktop/obs-chroot). The chroot is keyed by suite and reused while it holds
# a finished build (a .ready stamp); delete its folder to rebuild. It takes about 2 minutes and
# 1 GB. Nothing stays mounted: the tests' harness (obs_harness.py) mounts /proc, /dev, /tmp and
# its private CA store into the chroot inside OBS's own mount namespace (unshare -m), so the
# mounts go away with OBS. Needs root.
set -euo pipefail

SUITE="${OBS_CHROOT_SUITE:-unstable}"
CACHE="${OBS_CHROOT_CACHE:-/var/cache/fastpix-desktop/obs-chroot}"
TARGET="$CACHE/$SUITE"
# libgl1: OBS's GL loader (glad) dlopens libGL.so.1 even on EGL; without it OBS 32 says
# "Failed to load OpenGL entry functions".
PACKAGES=(obs-studio obs-plugins ca-certificates libgl1 libgl1-mesa-dri libegl-mesa0 libglx-mesa0)
STAMP="packages: ${PACKAGES[*]}"

case "${1:-}" in
  --path) echo "$TARGET"; exit 0 ;;
  --version)
    [ -e "$TARGET/.ready" ] || { echo "newer-obs: no chroot at $TARGET" >&2; exit 1; }
    chroot "$TARGET" dpkg-query -W -f '${Version}\n' obs-studio
    exit 0 ;;
  "") ;;
  *) echo "usage: $0 [--path|--version]" >&2; exit 2 ;;
esac

if [ -e "$TARGET/.ready" ] && grep -qxF "$STAMP" "$TARGET/.ready"; then
  echo "$TARGET"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "newer-obs: building the OBS chroot needs root" >&2
  exit 1
fi

SCRATCH="$(mktemp -d)"
mounted=()
unmount_all() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
cleanup() {
  unmount_all
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# Installs PACKAGES into the chroot $1 and writes its .ready stamp (OBS's version + the list).
install_packages() {
  local root="$1"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"; mounted+=("$root/proc")
  mount --bind /dev "$root/dev"; mounted+=("$root/dev")
  mount --bind /dev/pts "$root/dev/pts"; mounted+=("$root/dev/pts")
  # The unstable suite's Release file can be past its Valid-Until date on a snapshot mirror.
  chroot "$root" env DEBIAN_FRONTEND=noninteractive \
    apt-get -q -o Acquire::Check-Valid-Until=false update >/dev/null
  chroot "$root" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >"$SCRATCH/apt.log" 2>&1 \
    || { tail -30 "$SCRATCH/apt.log" >&2; exit 1; }
  chroot "$root" apt-get clean
  unmount_all
  local version
  version="$(chroot "$root" dpkg-query -W -f '${Version}' obs-studio)"
  printf 'obs-studio %s\n%s\n' "$version" "$STAMP" >"$root/.ready"
  echo "$version"
}

if [ -e "$TARGET/.ready" ]; then
  # Built by an earlier version of this script: add what the package list gained.
  echo "newer-obs: updating the packages in $TARGET" >&2
  install_packages "$TARGET" >/dev/null
  echo "$TARGET"
  exit 0
fi

mkdir -p "$CACHE"
# A half-built chroot from an interrupted run is thrown away, not patched up.
WORK="$CACHE/.$SUITE.building"
if [ -d "$WORK" ]; then
  # Only reached when a previous build died; make sure nothing of it is still mounted.
  for m in proc sys dev/pts dev; do umount -l "$WORK/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$WORK"
fi

# The mirror the host already uses (deb822 sources first, then the classic list).
MIRROR=""
if [ -r /etc/apt/sources.list.d/debian.sources ]; then
  MIRROR="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
fi
if [ -z "$MIRROR" ] && [ -r /etc/apt/sources.list ]; then
  MIRROR="$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)"
fi
MIRROR="${MIRROR:-http://deb.debian.org/debian}"

echo "newer-obs: building an OBS chroot from Debian $SUITE ($MIRROR) in $TARGET" >&2
started=$SECONDS
(cd "$SCRATCH" && apt-get download -q debootstrap >/dev/null)
dpkg -x "$SCRATCH"/debootstrap_*.deb "$SCRATCH/debootstrap"
DEBOOTSTRAP_DIR="$SCRATCH/debootstrap/usr/share/debootstrap" \
  "$SCRATCH/debootstrap/usr/sbin/debootstrap" --variant=minbase \
  --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
  "$SUITE" "$WORK" "$MIRROR" >"$SCRATCH/debootstrap.log" 2>&1 \
  || { tail -30 "$SCRATCH/debootstrap.log" >&2; exit 1; }

# No daemons from maintainer scripts.
printf '#!/bin/sh\nexit 101\n' >"$WORK/usr/sbin/policy-rc.d"
chmod +x "$WORK/usr/sbin/policy-rc.d"
version="$(install_packages "$WORK")"
mv "$WORK" "$TARGET"
echo "newer-obs: OBS $version ready in $TARGET after $((SECONDS - started)) s" >&2
echo "$TARGET"
