"""Formats bench/run.sh's figures (a TSV: name, value, unit, comparison, target, note) as text and JSON."""
import json
import sys

rows, out_dir, mode = sys.argv[1], sys.argv[2], sys.argv[3]
figures = []
for line in open(rows, encoding="utf-8"):
    name, value, unit, comparison, target, note = line.rstrip("\n").split("\t")
    number = float(value) if value not in ("", "-", "nan") else None
    goal = float(target) if target not in ("", "-") else None
    meets = None
    if number is not None and goal is not None:
        meets = number <= goal if comparison == "<=" else number >= goal
    figures.append({"name": name, "value": number, "unit": unit, "target": goal and f"{comparison} {target}",
                    "meets": meets, "note": note})

width = max(len(f["name"]) for f in figures)
lines = [f"bench/run.sh --{mode}: each figure beside its target (issue 10)", ""]
for f in figures:
    value = "not measured" if f["value"] is None else f"{f['value']:g} {f['unit']}"
    target = f"target {f['target']} {f['unit']}" if f["target"] else ""
    verdict = {True: "OK", False: "MISSED", None: ""}[f["meets"]]
    lines.append(f"{f['name']:<{width}}  {value:>16}  {target:<22} {verdict:<6} {f['note']}".rstrip())
text = "\n".join(lines) + "\n"
print(text, end="")
open(f"{out_dir}/bench.txt", "w", encoding="utf-8").write(text)
json.dump({"mode": mode, "figures": figures}, open(f"{out_dir}/bench.json", "w", encoding="utf-8"), indent=2)
