#!/usr/bin/env bash
# Builds the simulator and reference-app images from target/buyer-journey-kit.jar, tagged with the
# project version and `latest`, and PostgreSQL 15 from Debian's package (bjk/postgres:15 and latest, for the
# containers mode), on the local JRE base (built first when missing) or on $BJK_BASE_IMAGE.
#   docker/build-images.sh [version]        (Maven passes ${project.version}; run after ./mvnw package)
#   docker/build-images.sh --postgres-only  (needs no jar: .ci/run builds it before Maven starts)
set -euo pipefail
cd "$(dirname "$0")/.."

local_base=bjk/jre17-base:bookworm
base="${BJK_BASE_IMAGE:-$local_base}"
postgres_only=false
if [ "${1:-}" = --postgres-only ]; then
  postgres_only=true
  shift
fi
version="${1:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)}"

[ "$postgres_only" = true ] || [ -f target/buyer-journey-kit.jar ] || {
  echo "target/buyer-journey-kit.jar is missing: run ./mvnw package first" >&2; exit 1; }
docker info >/dev/null 2>&1 || {
  echo "Docker is not reachable: install docker.io and start dockerd (see README, Containers)" >&2; exit 1; }
if [ "$base" = "$local_base" ]; then
  docker/build-base-image.sh "$base"
fi

megabytes() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1/1e6}'; }

# build NAME TAG CONTEXT: docker/NAME/Dockerfile, tagged TAG and latest.
build() {
  local name=$1 tag=$2 context=$3 started
  started=$(date +%s.%N)
  docker build -q --build-arg "BASE=$base" -f "docker/$name/Dockerfile" \
    -t "bjk/$name:$tag" -t "bjk/$name:latest" "$context" >/dev/null
  printf 'Built bjk/%s:%s in %.1f s, %s (on %s)\n' "$name" "$tag" \
    "$(awk "BEGIN {print $(date +%s.%N) - $started}")" "$(megabytes "bjk/$name:$tag")" "$base"
}

if [ "$postgres_only" = false ]; then
  build simulator "$version" .
  build reference-app "$version" .
fi
# Needs only Debian's mirror, not the jar; Docker's cache makes it a second's work after the first build.
build postgres 15 docker/postgres
