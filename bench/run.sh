#!/usr/bin/env bash
# Benchmark: start-up time and memory of the simulator and the reference app (as separate
# processes, from the jar), then latency of the Alipay code journey over HTTP. Prints numbers;
# asserts nothing. Usage: bench/run.sh [iterations]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-200}"
out=reports/bench
mkdir -p "$out"
[ -f target/buyer-journey-kit.jar ] || ./mvnw -q -B package -DskipTests

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
wait_for() { # url → milliseconds until it answers 200
  local started; started=$(now_ms)
  until curl -fs -o /dev/null "$1"; do sleep 0.02; done
  echo $(( $(now_ms) - started ))
}
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

sim_port=$(free_port); app_port=$(free_port)
java -jar target/buyer-journey-kit.jar simulator --port "$sim_port" > "$out/simulator.log" 2>&1 & sim_pid=$!
sim_ms=$(wait_for "http://localhost:$sim_port/__admin/sim/clock")
java -jar target/buyer-journey-kit.jar app --port "$app_port" --simulator "http://localhost:$sim_port" \
  --db "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" > "$out/app.log" 2>&1 & app_pid=$!
app_ms=$(wait_for "http://localhost:$app_port/en/")
trap 'kill $sim_pid $app_pid 2>/dev/null' EXIT

api="http://localhost:$app_port/api/v1/journeys"
: > "$out/latency.txt"
for i in $(seq 1 "$iterations"); do
  mobile=$(printf '12%07d' "$i")
  started=$(now_ms)
  journey=$(curl -fs -H 'Content-Type: application/json' -d "{\"countryCode\":\"+60\",\"mobile\":\"$mobile\"}" "$api" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["journeyId"])')
  curl -fs -o /dev/null -X POST "$api/$journey/alipay/verification-codes"
  code=$(curl -fs "http://localhost:$sim_port/__admin/sim/sms-inbox/+60$mobile" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"][-1]["code"])')
  curl -fs -o /dev/null -H 'Content-Type: application/json' -d "{\"code\":\"$code\"}" "$api/$journey/alipay/verification-codes/checks"
  echo $(( $(now_ms) - started )) >> "$out/latency.txt"
done

sort -n "$out/latency.txt" > "$out/latency.sorted"
p() { sed -n "$(( ($(wc -l < "$out/latency.sorted") * $1 + 99) / 100 ))p" "$out/latency.sorted"; }
{
  echo "simulator start (java -jar → first answer): ${sim_ms} ms, RSS $(rss_mb $sim_pid) MB after the run"
  echo "reference app start (java -jar → first page): ${app_ms} ms, RSS $(rss_mb $app_pid) MB after the run"
  echo "code journey (start journey, send code, read inbox, enter code; 4 HTTP calls + 2 python parses per iteration, sequential):"
  echo "  iterations ${iterations}: p50 $(p 50) ms, p95 $(p 95) ms, max $(tail -1 "$out/latency.sorted") ms"
} | tee "$out/bench.txt"
