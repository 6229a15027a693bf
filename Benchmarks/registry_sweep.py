#!/usr/bin/env python3
"""Which organisations of two registries the lists hit, for a reviewer to read.

Every organisation of ../shared/data/registries/ror-v2-partial.jsonl.gz becomes a record
with one party whose affiliation is its display name, its city and its country, as a paper
prints them ("Tianjin University of Technology, Tianjin, China"); and every institution of
registries/kaken-institutions.csv (Japanese research institutions) three, its Japanese name,
its English name with ", Japan" and its reading in katakana (as a Japanese database may
print it). `screen` runs against all the US lists, METI's End User
List and the MOFA export-ban lists at the default threshold. Most of these organisations are no listed one, and the
few that are (Harbin Institute of Technology) print the listed name, so each hit is either
the listed organisation itself or a false hit worth a rule; no Japanese research institution
is listed, so a KAKEN hit is a false one a Japanese office would read every time. A sweep
over real names, unlabelled, read hit by hit (Benchmarks/HISTORY.md, Quality).

    python3 Benchmarks/registry_sweep.py [ENTITY_SCREEN_BINARY] [--hits]

Prints, for each registry, the number of records and hits, and with --hits every hit (score,
mention, listed entity, alias). Run from the project's root; the binary defaults to
.build/release/entity-screen.
"""
import csv
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile

shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
binary = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/release/entity-screen")
lists = sorted(glob.glob(os.path.join(shared, "lists", "us", "*.jsonl")))
lists.append(os.path.join(shared, "lists", "meti-eul", "20250929_4.xlsx"))
# The MOFA export-ban lists as now in force (their index files), Japanese names and English.
lists += sorted(glob.glob(os.path.join(shared, "lists", "meti-export-ban", "*___index.yml")))



def ror_records(out):
    count = 0
    with gzip.open(os.path.join(shared, "registries", "ror-v2-partial.jsonl.gz"), "rt", encoding="utf-8") as registry:
        for line in registry:
            organisation = json.loads(line)
            name = next(n["value"] for n in organisation["names"] if "ror_display" in n["types"])
            place = organisation["locations"][0]["geonames_details"] if organisation.get("locations") else {}
            affiliation = ", ".join(p for p in [name, place.get("name"), place.get("country_name")] if p)
            out.write(json.dumps({"id": organisation["id"], "parties": [{"role": "author", "affiliations": [affiliation]}]},
                                 ensure_ascii=False) + "\n")
            count += 1
    return count


def kaken_records(out):
    count = 0
    with open(os.path.join(shared, "registries", "kaken-institutions.csv"), encoding="utf-8") as registry:
        for row in csv.DictReader(registry):
            code = row["#nii_code"]
            for language, affiliation in [("ja", row["name_ja"]), ("en", row["name_en"] and row["name_en"] + ", Japan"),
                                          ("kana", row["name_yomi"])]:
                if affiliation:
                    out.write(json.dumps({"id": f"kaken:{code}:{language}", "parties": [{"role": "author", "affiliations": [affiliation]}]},
                                         ensure_ascii=False) + "\n")
                    count += 1
    return count


for registry, make in [("ror", ror_records), ("kaken", kaken_records)]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as records:
        count = make(records)
    arguments = [binary, "screen", "--records", records.name, "--quiet"]
    for path in lists:
        arguments += ["--list", path]
    output = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
    os.unlink(records.name)
    hits = [json.loads(line) for line in output.splitlines() if line.strip()]
    print(f"{registry}: records {count}: hits {len(hits)} on {len({h['record_id'] for h in hits})} of them")
    if "--hits" in sys.argv:
        for hit in sorted(hits, key=lambda h: (h["mention"], h["entity_id"])):
            print(f"{hit['score']:.2f}\t{hit['mention']}\t{hit['entity_id']} {hit['entity_name']}\t{hit['alias']}")
