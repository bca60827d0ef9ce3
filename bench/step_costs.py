"""p50 of a REST step that calls a provider against one that does not, from a Cucumber JSON report (English features).
Both are one REST call to the app: starting a journey (app only) and asking Alipay for a code (app -> simulated Alipay)."""
import json
import statistics
import sys

PROVIDER = ("the buyer asks Alipay for a verification code", "the buyer has asked Alipay for a verification code")
NO_PROVIDER = ("the buyer has started the journey",)
durations = {PROVIDER: [], NO_PROVIDER: []}
kind = {name: names for names in durations for name in names}
for feature in json.load(open(sys.argv[1], encoding="utf-8")):
    for element in feature["elements"]:
        for step in element.get("steps", []):
            if step["name"] in kind and step["result"]["status"] == "passed":
                durations[kind[step["name"]]].append(step["result"]["duration"] / 1e6)
provider, plain = (statistics.median(durations[k]) if durations[k] else float("nan") for k in (PROVIDER, NO_PROVIDER))
print(f"{provider:.2f} {plain:.2f} {provider - plain:.2f} {len(durations[PROVIDER])} {len(durations[NO_PROVIDER])}")
