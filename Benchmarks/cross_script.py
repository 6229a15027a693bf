#!/usr/bin/env python3
"""How Chinese and Japanese names meet lists that spell organisations in Latin letters only.

The US lists name Chinese institutes in English; a Chinese or Japanese paper prints them in
Han characters and kana. Every organisation of ../shared/data/registries/ror-v2-partial.jsonl.gz
with a `zh` or `ja` label becomes a record whose affiliation is that label (one record per
label), and the registry becomes a list of its Latin-script names only (labels, aliases,
acronyms; the country kept). `screen` runs at the default threshold; a label counts as found
when its own organisation hits, and every other organisation it hits counts as a false hit.
Real names, unlabelled beyond the registry's own link between a label and its organisation:
a false hit may be a parent or a sibling that a reviewer would accept.

    python3 Benchmarks/cross_script.py [ENTITY_SCREEN_BINARY] [--misses] [--false-hits] [--lists]

Prints, per language, the labels, those finding their organisation, those hitting another
and those hitting nothing; with --misses and --false-hits, each such label. With --lists,
the same labels are screened against the lists of concern instead (every lists/us/*.jsonl
and METI's End User List xlsx): no label says which listed entry is its organisation, so
each hit is printed, with the label's registry name, for a reader to judge (Chinese
universities on the Entity List are hits; a Japanese company on a Gulf trader is not).
Run from the project's root; the binary defaults to .build/release/entity-screen.
"""
import collections
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
binary = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/release/entity-screen")
registry = os.path.join(shared, "registries", "ror-v2-partial.jsonl.gz")
if not os.path.exists(registry):
    sys.exit(f"cross_script.py: {registry} not found")

latin = re.compile(r"^[\x00-\u024F\u1E00-\u1EFF\u2000-\u206F’‘“”–—]+$")
labels = []  # (record id, language, text, organisation id)
names = {}
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as listed, \
        tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as records:
    for line in gzip.open(registry, "rt", encoding="utf-8"):
        organisation = json.loads(line)
        spellings = [n["value"] for n in organisation["names"] if latin.match(n["value"])]
        display = next((n["value"] for n in organisation["names"] if "ror_display" in n.get("types", [])), None)
        country = next((l.get("geonames_details", {}).get("country_code") for l in organisation.get("locations", [])), None)
        if not spellings:
            continue
        name = display if display in spellings else spellings[0]
        names[organisation["id"]] = name
        entity = {"id": organisation["id"], "list": "ror-latin", "kind": "organization", "name": name,
                  "aliases": [s for s in spellings if s != name]}
        if country:
            entity["country"] = country
        listed.write(json.dumps(entity, ensure_ascii=False) + "\n")
        for n in organisation["names"]:
            language = n.get("lang")
            if language in ("zh", "ja") and not latin.match(n["value"]):
                record_id = f"{organisation['id']}|{language}|{len(labels)}"
                labels.append((record_id, language, n["value"], organisation["id"]))
                records.write(json.dumps({"id": record_id, "kind": "publication",
                                          "parties": [{"role": "author", "affiliations": [n["value"]]}]},
                                         ensure_ascii=False) + "\n")
if "--lists" in sys.argv:
    lists = sorted(glob.glob(os.path.join(shared, "lists", "us", "*.jsonl"))) + [os.path.join(shared, "lists", "meti-eul", "20250929_4.xlsx")]
    arguments = [argument for path in lists for argument in ("--list", path)]
    try:
        run = subprocess.run([binary, "screen", "--quiet", *arguments, "--records", records.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(listed.name)
        os.unlink(records.name)
    text_of = {record_id: (text, own) for record_id, _, text, own in labels}
    count = 0
    for line in run.stdout.splitlines():
        hit = json.loads(line)
        text, own = text_of[hit["record_id"]]
        print(f"  hit\t{hit['score']:.2f}\t{text}\t{names.get(own, own)}\t=> {hit['entity_name']} [{hit['list']}]")
        count += 1
    print(f"labels {len(labels)}: hits on the lists {count}, on {len({json.loads(l)['record_id'] for l in run.stdout.splitlines()})} labels")
    sys.exit(0)
try:
    run = subprocess.run([binary, "screen", "--quiet", "--list", listed.name, "--records", records.name],
                         capture_output=True, text=True, check=True)
finally:
    os.unlink(listed.name)
    os.unlink(records.name)
hits = collections.defaultdict(list)
for line in run.stdout.splitlines():
    hit = json.loads(line)
    hits[hit["record_id"]].append((hit["entity_id"], hit["score"]))

for language in ("zh", "ja"):
    mine = [l for l in labels if l[1] == language]
    found = [l for l in mine if any(e == l[3] for e, _ in hits[l[0]])]
    other = [l for l in mine if any(e != l[3] for e, _ in hits[l[0]])]
    nothing = [l for l in mine if not hits[l[0]]]
    print(f"{language}: labels {len(mine)}: own organisation hit {len(found)} ({len(found) / max(len(mine), 1):.1%}), "
          f"another hit {len(other)}, nothing hit {len(nothing)}")
    if "--misses" in sys.argv:
        for record_id, _, text, own in mine:
            if not any(e == own for e, _ in hits[record_id]):
                print(f"  missed\t{text}\t{names.get(own, own)}")
    if "--false-hits" in sys.argv:
        for record_id, _, text, own in mine:
            for entity, score in hits[record_id]:
                if entity != own:
                    print(f"  false\t{score:.2f}\t{text}\t{names.get(entity, entity)}\t(own: {names.get(own, own)})")
