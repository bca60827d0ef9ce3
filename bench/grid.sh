#!/usr/bin/env bash
# The @ui set on a local Selenium Grid of 1, 2 and 4 Chromium nodes (docker/grid.sh), one scenario per node
# at a time; writes reports/bench/grid.{txt,json}. A benchmark: prints figures, asserts nothing.
#   bench/grid.sh [feature folders...]      default: features (every language)
set -euo pipefail
cd "$(dirname "$0")/.."

out=reports/bench
work=target/bench-grid
mkdir -p "$out" "$work"
features=("${@:-features}")
trap 'docker/grid.sh down >/dev/null' EXIT

results=()
for nodes in 1 2 4; do
  docker/grid.sh up "$nodes"
  BJK_CHANNEL=web JAVA_OPTS="-Dbjk.grid.url=http://localhost:4444" \
    bin/scenario --threads "$nodes" --tags @ui "${features[@]}" > "$work/ui-$nodes.log" 2>&1 || true
  seconds=$(grep -aoE '^[0-9]+m ?[0-9.]+s' "$work/ui-$nodes.log" | tail -1 | awk -F'm' '{sub(/s/, "", $2); printf "%.1f", $1 * 60 + $2}')
  runs=$(grep -aoE '^[0-9]+ scenarios \(.*' "$work/ui-$nodes.log" | sed 's/\x1b\[[0-9;]*m//g')
  echo "@ui on $nodes node(s): $seconds s, $runs"
  results+=("{\"nodes\":$nodes,\"seconds\":$seconds,\"runs\":\"$runs\"}")
done
{
  echo "@ui set (${features[*]}) on a local Selenium Grid, one browser per node:"
  for r in "${results[@]}"; do python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"  {r['nodes']} node(s): {r['seconds']} s ({r['runs']})\")" "$r"; done
} | tee "$out/grid.txt"
(IFS=,; echo "{\"features\":\"${features[*]}\",\"runs\":[${results[*]}]}") > "$out/grid.json"
