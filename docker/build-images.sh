#!/usr/bin/env bash
# Builds the simulator and reference-app images from target/buyer-journey-kit.jar, tagged with the
# project version and `latest`, on the local JRE base (built first when missing) or on $BJK_BASE_IMAGE.
#   docker/build-images.sh [version]        (Maven passes ${project.version}; run after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/.."

local_base=bjk/jre17-base:bookworm
base="${BJK_BASE_IMAGE:-$local_base}"
version="${1:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)}"

[ -f target/buyer-journey-kit.jar ] || {
  echo "target/buyer-journey-kit.jar is missing: run ./mvnw package first" >&2; exit 1; }
docker info >/dev/null 2>&1 || {
  echo "Docker is not reachable: install docker.io and start dockerd (see README, Containers)" >&2; exit 1; }
if [ "$base" = "$local_base" ]; then
  docker/build-base-image.sh "$base"
fi

megabytes() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1/1e6}'; }

build() {
  local name=$1 started
  started=$(date +%s.%N)
  docker build -q --build-arg "BASE=$base" -f "docker/$name/Dockerfile" \
    -t "bjk/$name:$version" -t "bjk/$name:latest" . >/dev/null
  printf 'Built bjk/%s:%s in %.1f s, %s (on %s)\n' "$name" "$version" \
    "$(awk "BEGIN {print $(date +%s.%N) - $started}")" "$(megabytes "bjk/$name:$version")" "$base"
}

build simulator
build reference-app
