#!/usr/bin/env bash
# The speed figures of issue 10, each beside its target, in one run; written to reports/bench/bench.{txt,json}.
# A benchmark, not a test: it prints figures and asserts nothing.
#   bench/run.sh            full: clean verify, the whole @ui set, all languages, 2000 requests per provider round
#   bench/run.sh --quick    for development (~3 min): no clean verify, English only, 300 requests per round
# Run the full mode on a quiet machine: other builds on the same cores make every figure pessimistic.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
[ "${1:-}" = --quick ] && mode=quick
out=reports/bench
work=target/bench
mkdir -p "$out"
rows="$out/figures.tsv" # beside the results, not in target/: the clean verify below empties target/
: > "$rows"

figure() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:-}" >> "$rows"; }
seconds_since() { awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $1}"; }
cucumber_seconds() { # the run time Cucumber's summary prints last, e.g. "0m 3.919s"
  grep -aoE '^[0-9]+m ?[0-9.]+s' "$1" | tail -1 | awk -F'm' '{sub(/s/, "", $2); printf "%.1f", $1 * 60 + $2}'
}
# The machine's busy CPU time (user, nice, system, irq, softirq; all cores) in seconds, from /proc/stat. Beside a wall time
# it shows the floor: on N cores a run that keeps the cores busy this long cannot take less than CPU / N of wall time.
busy_cpu() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / {printf "%.1f", ($2 + $3 + $4 + $7 + $8) / hz}' /proc/stat; }
cores=$(nproc)
cpu_figure() { # name, busy CPU at the start
  local used; used=$(awk "BEGIN {printf \"%.1f\", $(busy_cpu) - $2}")
  figure "  machine CPU used by $1" "$used" s "" - \
    "all $cores cores; the wall time on $cores cores can be no less than $(awk "BEGIN {printf \"%.0f\", $used / $cores}") s"
}
classpath() { echo "target/test-classes:target/classes:$(cat target/scenario.classpath)"; }
if [ "$mode" = full ]; then languages=features; requests=2000; else languages=features/en; requests=300; fi

if [ "$mode" = full ]; then
  echo "== clean verify (warm Maven cache)"
  started=$(date +%s.%N); cpu=$(busy_cpu)
  ./mvnw -B -q clean verify > "$out/verify.log" 2>&1 || echo "clean verify FAILED, see $out/verify.log"
  figure "clean verify" "$(seconds_since "$started")" s "<=" 150
  cpu_figure "clean verify" "$cpu"
  started=$(date +%s.%N)
  ./mvnw -B -q -o allure:report > "$out/report.log" 2>&1
  figure "report generation (all results)" "$(seconds_since "$started")" s "" - "allure:report on the verify run's results"
else
  figure "clean verify" - s "<=" 150 "full mode only"
fi
rm -rf "$work"; mkdir -p "$work" # after the clean verify, which would empty it

echo "== one scenario, one language, REST channel, from the command to its result"
scenario=features/en/01-alipay-account/enter-sms-code.feature:18
bin/scenario "$scenario" > "$work/scenario-warm-up.log" 2>&1   # compiles and caches the classpath when needed
# The warm-up's class archive is written in the background: the figure is of a run that maps it, as a developer's is.
for _ in $(seq 180); do
  [ -f target/scenario.jsa ] && [ target/scenario.jsa -nt target/scenario.classpath ] && ! [ -f target/scenario.jsa.new ] && break
  sleep 1
done
started=$(date +%s.%N)
bin/scenario "$scenario" > "$work/scenario.log" 2>&1
figure "one scenario (bin/scenario)" "$(seconds_since "$started")" s "<=" 5 "$scenario"

echo "== REST steps: provider call against none; parallel speed-up"
for threads in 1 2 4; do
  bin/scenario --threads "$threads" --plugin "json:$work/api-$threads.json" $languages > "$work/api-$threads.log" 2>&1
  figure "REST channel $languages, $threads thread(s)" "$(cucumber_seconds "$work/api-$threads.log")" s "" - \
    "$(grep -aoE '^[0-9]+ scenarios' "$work/api-$threads.log")"
done
read -r provider plain over provider_n plain_n < <(python3 bench/step_costs.py "$work/api-1.json")
figure "REST step calling a provider, p50" "$provider" ms "" - "n=$provider_n"
figure "REST step calling no provider, p50" "$plain" ms "" - "n=$plain_n"
figure "provider step over the other, p50" "$over" ms "<=" 1
one=$(cucumber_seconds "$work/api-1.log")
for threads in 2 4; do
  figure "parallel speed-up, $threads threads" "$(awk "BEGIN {printf \"%.2f\", $one / $(cucumber_seconds "$work/api-$threads.log")}")" x "" - \
    "against 1 thread"
done

echo "== @ui set on two local browsers"
cpu=$(busy_cpu)
BJK_CHANNEL=web JAVA_OPTS="-Dallure.results.directory=$work/allure-results" bin/scenario --threads 2 --tags @ui \
  --plugin com.buyerjourneykit.report.JourneyReport --plugin io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm \
  $languages > "$work/ui.log" 2>&1 || echo "@ui run had failures, see $work/ui.log"
figure "@ui set, 2 browsers ($languages)" "$(cucumber_seconds "$work/ui.log")" s "<=" "$([ "$mode" = full ] && echo 90 || echo -)" \
  "$(grep -aoE '^[0-9]+ scenarios' "$work/ui.log"), screenshots and Allure results included"
cpu_figure "@ui set" "$cpu"
if [ "$mode" = quick ]; then
  started=$(date +%s.%N)
  ./mvnw -B -q -o allure:report -Dreports.dir="$PWD/$work" > "$work/report.log" 2>&1
  figure "report generation (@ui results)" "$(seconds_since "$started")" s "" - "allure:report through Maven"
fi

echo "== each simulated provider against plain WireMock"
java -cp "$(classpath)" -Dorg.slf4j.simpleLogger.log.com.buyerjourneykit.simulator.requests=warn \
  com.buyerjourneykit.simulator.ProviderThroughputBench "$requests" > "$work/providers.jsonl" 2> "$work/providers.log"
python3 - "$work/providers.jsonl" >> "$rows" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    p = json.loads(line)
    print(f"{p['provider']} vs WireMock\t{p['ratio']}\tx\t>=\t0.9\t{p['simulatorPerSecond']:.0f} vs {p['wiremockPerSecond']:.0f} requests/s")
    if 'ratioSameStores' in p:
        print(f"{p['provider']} vs WireMock with the simulator's stores\t{p['ratioSameStores']}\tx\t\t-\t"
              "the providers' own work alone (the simulator's stores make every request cheaper)")
    if 'rsaSignMicros' in p:
        print(f"  RSA-2048 signature of a fresh answer\t{p['rsaSignMicros']}\tus\t\t-\t"
              "this bench's answers repeat (virtual clock standing still), so the simulator hands out the signature it made "
              f"for the same bytes; every new answer costs this more (verify of each request: {p['rsaVerifyMicros']} us)")
PY

echo "== start-up, memory, code journey latency"
bench/startup-latency.sh "$([ "$mode" = full ] && echo 200 || echo 50)" > /dev/null
cp "$out/startup-latency.txt" "$work/"

echo
python3 bench/figures.py "$rows" "$out" "$mode"
echo "(start-up and latency: $out/startup-latency.txt; logs: $work/)"
