#!/usr/bin/env bash
# Start-up time and memory of the simulator and the reference app (as separate
# processes, from the jar), then latency of the Alipay code journey over HTTP. Prints numbers;
# asserts nothing. Usage: bench/startup-latency.sh [iterations] (default 200); bench/run.sh runs it.
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

python3 - "$app_port" "$sim_port" "$iterations" > "$out/latency.txt" <<'PY'
import json, sys, time, urllib.request
app, sim, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def call(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read() or b"{}")
api = f"http://localhost:{app}/api/v1/journeys"
steps = []
for i in range(1, n + 1):
    mobile = f"12{i:07d}"
    started = time.perf_counter()
    journey = call(api, {"countryCode": "+60", "mobile": mobile})["journeyId"]
    call(f"{api}/{journey}/alipay/verification-codes", {})
    code = call(f"http://localhost:{sim}/__admin/sim/sms-inbox/+60{mobile}")["messages"][-1]["code"]
    call(f"{api}/{journey}/alipay/verification-codes/checks", {"code": code})
    steps.append((time.perf_counter() - started) * 1000)
steps.sort()
pick = lambda q: steps[min(len(steps) - 1, int(len(steps) * q))]
print(f"  iterations {n}: p50 {pick(0.5):.1f} ms, p95 {pick(0.95):.1f} ms, max {steps[-1]:.1f} ms, "
      f"throughput {n / (sum(steps) / 1000):.0f} journeys/s (sequential, one client)")
PY

{
  echo "simulator start (java -jar → first answer): ${sim_ms} ms, RSS $(rss_mb $sim_pid) MB after the run"
  echo "reference app start (java -jar → first page): ${app_ms} ms, RSS $(rss_mb $app_pid) MB after the run"
  echo "code journey (start journey, send code, read the SMS inbox, enter code: 4 HTTP calls per iteration):"
  cat "$out/latency.txt"
} | tee "$out/startup-latency.txt"
