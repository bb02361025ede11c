#!/usr/bin/env python3
"""Checks that bench/spectral/.spectral.yaml flags the same plans as finsam-check for the six rules it mirrors.

The plans: those of testdata/samples; each of them changed in the ways the six rules look at (a signature left out,
a bare "Nej", a question left out, a post without its percentage, received on the deadline day); 40 plans of
bench/Generate.java; and every plan document of the six rules' fixtures (rules/fixtures, the cases read from a
structured file). finsam-check's findings count at error and warning (info is context, not a flag). Prints, per
rule, the plans both flag and every plan only one flags; exits 1 on a difference.
Usage (from the project folder, the jar built): python3 bench/spectral/compare.py   (needs PyYAML and npm)
"""
import copy, json, os, re, subprocess, sys, tempfile, yaml

RULES = ["deadline", "percent-of-full-time", "measurable-result-goal", "four-parties-signed", "gender-perspective",
         "required-answers"]


class Yaml12(yaml.SafeLoader):
    """PyYAML reads YAML 1.1, where "no" and "on" are booleans; finsam-check and Spectral read YAML 1.2."""


Yaml12.yaml_implicit_resolvers = {k: [(tag, r) for tag, r in v if tag != "tag:yaml.org,2002:bool"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                             list("tTfF"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Yaml12)


def changed(plan):
    """The sample changed once for each of the six rules (some already fire on the sample itself)."""
    out = {}
    p = copy.deepcopy(plan); p["signatures"] = p["signatures"][:-1]; out["one-signature-less"] = p
    p = copy.deepcopy(plan); p["answers"]["gender"] = "Nej."; out["bare-gender"] = p
    p = copy.deepcopy(plan); p["answers"].pop("targetGroups", None); out["no-target-groups"] = p
    p = copy.deepcopy(plan); p["received"] = "2016-09-01"
    for s in p["signatures"]:
        s["date"] = "2016-08-31"  # on time by every date, whatever the sample says
    out["on-time"] = p
    p = copy.deepcopy(plan); p["resources"][0]["resource"] = "Samverkanskoordinator"; p["resources"][0].pop("percent", None)
    out["post-without-percent"] = p
    p = copy.deepcopy(plan); p["resources"][0]["resultGoal"] = "Minst 40 deltagare"; out["measurable-goal"] = p
    return out


def corpus(folder):
    """Writes the plans as JSON files into folder."""
    def write(name, doc):
        with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, default=str)  # a date read as a date is written back as ISO text
    for name in sorted(os.listdir("testdata/samples")):
        if name.startswith("plan-"):
            plan = load(os.path.join("testdata/samples", name))
            write(name[:-5], plan)
            for change, doc in changed(plan).items():
                write(name[:-5] + "-" + change, doc)
    for rule in RULES:
        for n, case in enumerate(load(f"rules/fixtures/{rule}.yaml")["cases"]):
            if "readings" in case:
                continue  # a case read from a form, not from a structured file
            for m, doc in enumerate(case["documents"]):
                if doc.get("kind") == "plan":
                    write(f"fixture-{rule}-{n}-{m}", doc)
    subprocess.run(["java", "-cp", "target/finsam-check.jar", "bench/Generate.java", "folder", "40",
                    os.path.join(folder, "generated")], check=True)


def flagged_by_finsam(folder):
    out = subprocess.run(["./finsam-check", "check", "--format", "json", folder], capture_output=True, text=True)
    flags = set()
    for doc in json.loads(out.stdout)["documents"]:
        for f in doc["findings"]:
            if f["rule"] in RULES and f["severity"] in ("error", "warning"):
                flags.add((os.path.relpath(os.path.abspath(doc["source"]), folder), f["rule"]))
    return flags


def flagged_by_spectral(folder, spectral):
    out = subprocess.run([spectral, "lint", "--quiet", "--format", "json", "--ruleset", "bench/spectral/.spectral.yaml",
                          "--fail-severity", "error", folder + "/**/*.{json,yaml}"], capture_output=True, text=True)
    return {(os.path.relpath(r["source"], folder), r["code"]) for r in json.loads(out.stdout) if r["code"] in RULES}


def main():
    spectral = subprocess.run(["bench/spectral/install.sh"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        corpus(folder)
        plans = sum(len(files) for _, _, files in os.walk(folder))
        finsam, lint = flagged_by_finsam(folder), flagged_by_spectral(folder, spectral)
    print(f"{plans} plans")
    differ = False
    for rule in RULES:
        f = {d for d, r in finsam if r == rule}
        s = {d for d, r in lint if r == rule}
        print(f"{rule}: {len(f & s)} flagged by both, {len(f - s)} by finsam-check only, {len(s - f)} by Spectral only")
        for d in sorted(f - s):
            print(f"  finsam-check only: {d}")
        for d in sorted(s - f):
            print(f"  Spectral only: {d}")
        differ |= f != s
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
