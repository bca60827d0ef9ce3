#!/usr/bin/env bash
# Builds the local JRE base image for machines that reach Debian's mirror but no image registry:
# debootstrap a minimal Debian 12 with the Java 17 runtime, then `docker import` it.
# Idempotent: does nothing when the image exists. Needs root (debootstrap chroots); uses sudo otherwise.
#   docker/build-base-image.sh [image]     default bjk/jre17-base:bookworm
set -euo pipefail

image="${1:-${BJK_BASE_IMAGE:-bjk/jre17-base:bookworm}}"
mirror="${BJK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# Outside the working tree, so `mvn clean` (maybe not root) never meets root-owned files.
cache="${BJK_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/buyer-journey-kit}"
rootfs="$cache/jre17-bookworm-rootfs"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "Base image $image exists; nothing to build."
  exit 0
fi
command -v debootstrap >/dev/null || {
  echo "debootstrap is missing: apt-get install debootstrap (or run .ci/run)" >&2; exit 1; }

started=$(date +%s)
# The marker is written last, so an interrupted debootstrap is started again rather than reused.
if [ ! -f "$rootfs/.bjk-complete" ]; then
  echo "debootstrap bookworm (minbase + openjdk-17-jre-headless) into $rootfs ..."
  as_root rm -rf "$rootfs"
  mkdir -p "$cache"
  as_root debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$rootfs" "$mirror" >/dev/null
  as_root chroot "$rootfs" apt-get clean
  as_root touch "$rootfs/.bjk-complete"
fi
bootstrapped=$(date +%s)

# Documentation, manuals, locales and apt's lists are dead weight in a runtime image.
as_root tar -C "$rootfs" -c --exclude=./usr/share/doc --exclude=./usr/share/man --exclude=./usr/share/locale \
    --exclude=./var/lib/apt/lists --exclude=./var/cache/apt --exclude=./.bjk-complete . \
  | docker import --change 'ENV LANG=C.UTF-8' --change 'CMD ["java","-version"]' - "$image" >/dev/null
done_at=$(date +%s)

echo "Built $image: debootstrap $((bootstrapped - started)) s, import $((done_at - bootstrapped)) s," \
  "size $(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
