#!/usr/bin/env bash
# A Selenium Grid on this machine: one hub and N Chromium nodes, each a container built locally
# (Selenium's own server from Maven Central, Debian's Chromium and chromedriver; no image registry).
#   docker/grid.sh up [N]    build the images when missing, start hub + N nodes (default 2), wait until ready
#   docker/grid.sh down      stop and remove them
#   docker/grid.sh status    the hub's view (nodes, free slots)
#   docker/grid.sh build     (re)build the images
# Then: ./mvnw verify -Pjourney -Dbjk.grid.url=http://localhost:4444 -Djourney.web.threads=N
# The containers use the host's network: their browsers reach the app and the simulator on the host's
# loopback, where the journey suite starts them, and the hub and nodes listen on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

hub_port="${BJK_GRID_PORT:-4444}"
first_node_port=5555
label=bjk.grid
lib=target/grid/lib

fetch_server() {
  [ -n "$(ls "$lib" 2>/dev/null)" ] && return
  echo "Fetching Selenium Grid's server from Maven Central into $lib ..."
  ./mvnw -q -B -f docker/grid/pom.xml package -Dgrid.lib.dir="$PWD/$lib"
}

build() {
  fetch_server
  docker/build-base-image.sh
  cp docker/grid/node.toml target/grid/
  local started=$(date +%s)
  docker build -q -f docker/grid/hub.Dockerfile -t bjk/grid-hub:latest target/grid >/dev/null
  docker build -q -f docker/grid/node.Dockerfile -t bjk/grid-node-chromium:latest target/grid >/dev/null
  echo "Built bjk/grid-hub ($(megabytes bjk/grid-hub)) and bjk/grid-node-chromium ($(megabytes bjk/grid-node-chromium))" \
    "in $(( $(date +%s) - started )) s"
}

megabytes() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1/1e6}'; }

images_exist() { docker image inspect bjk/grid-hub:latest bjk/grid-node-chromium:latest >/dev/null 2>&1; }

ready_nodes() {
  curl -fs "http://127.0.0.1:$hub_port/status" 2>/dev/null \
    | python3 -c 'import json,sys; v=json.load(sys.stdin)["value"]; print(sum(1 for n in v.get("nodes",[]) if n.get("availability")=="UP"))' \
    2>/dev/null || echo 0
}

up() {
  local nodes="${1:-2}"
  images_exist || build
  down quietly
  docker run -d --rm --name bjk-grid-hub --label "$label" --network host bjk/grid-hub:latest \
    hub --host 127.0.0.1 --port "$hub_port" >/dev/null
  for i in $(seq 0 $((nodes - 1))); do
    docker run -d --rm --name "bjk-grid-node-$i" --label "$label" --network host --shm-size 512m \
      bjk/grid-node-chromium:latest node --config /opt/selenium/node.toml \
      --host 127.0.0.1 --port $((first_node_port + i)) --hub "http://127.0.0.1:$hub_port" >/dev/null
  done
  local started=$(date +%s)
  until [ "$(ready_nodes)" -ge "$nodes" ]; do
    if [ $(( $(date +%s) - started )) -gt "${BJK_GRID_WAIT:-300}" ]; then
      echo "The grid did not report $nodes nodes within ${BJK_GRID_WAIT:-300} s; logs: docker logs bjk-grid-hub / bjk-grid-node-0" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Grid ready at http://localhost:$hub_port with $nodes Chromium node(s) in $(( $(date +%s) - started )) s"
}

down() {
  local ids; ids=$(docker ps -aq --filter "label=$label")
  [ -n "$ids" ] && docker rm -f $ids >/dev/null
  [ "${1:-}" = quietly ] || echo "Grid stopped"
}

case "${1:-}" in
  up) up "${2:-2}" ;;
  down) down ;;
  build) build ;;
  status) curl -fs "http://127.0.0.1:$hub_port/status" | python3 -m json.tool ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
