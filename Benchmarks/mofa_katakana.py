#!/usr/bin/env python3
"""How Japanese renderings of foreign organisations meet the same organisations named in English.

METI and MOFA's export-ban lists (../shared/data/lists/meti-export-ban/*___index.yml) give
each Russian, Belarusian and third-country entity a Japanese name (katakana for the proper
name, kanji for the kind of body, a Japanese legal form: 株式会社アルマズ) beside its English
one (Almaz JSC). The English names become a list of their own (the country kept), the
Japanese names records; `screen` runs at the default threshold. A Japanese name counts as
found when its own entity hits; any other entity it hits is counted as another. The pairs
are the lists' own, so this measures what a Japanese patent gazette or paper naming a
foreign body in katakana finds on a list that names it in English only (the US lists).

    python3 Benchmarks/mofa_katakana.py [ENTITY_SCREEN_BINARY] [--misses] [--others] [--lists]

Prints the names, those finding their entity, those hitting another and those hitting
nothing; with --misses and --others, each such name with the English one and the best hit.
With --lists, the Japanese names are screened against the lists of concern instead (every
lists/us/*.jsonl and METI's End User List xlsx, not MOFA's own lists), where many of these
bodies are listed in English: each hit is printed with MOFA's English name, and a name
counts as met by its own body when a hit's entry shares at least half the words of MOFA's
English name, legal forms and "of", "and" aside (a reader's shortcut, not a label).
Run from the project's root; the binary defaults to .build/release/entity-screen.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
binary = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/release/entity-screen")
files = sorted(glob.glob(os.path.join(shared, "lists", "meti-export-ban", "*___index.yml")))
if not files:
    sys.exit("mofa_katakana.py: no lists/meti-export-ban/*___index.yml under ../shared/data")


def entities(path):
    """The entities of one list file: id, Japanese and English names, country, type. The
    files are regular (two-space indents, one value a line), so a line reader does, and no
    YAML library is needed."""
    entity, field = None, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("- id: "):
            if entity:
                yield entity
            entity, field = {"id": line[6:].strip()}, None
        elif entity is None:
            continue
        elif re.match(r"^  \S", line):
            key, _, value = line.strip().partition(":")
            field = key
            if value.strip() and key in ("type", "country_code"):
                entity[key] = value.strip()
        elif field == "name" and re.match(r"^    (ja|en): ", line):
            language, _, value = line.strip().partition(": ")
            entity[language] = value.strip().strip("'\"")
        elif field == "aliases" and re.match(r"^    - ", line):
            entity.setdefault("aliases", []).append(line.strip()[2:].strip().strip("'\""))
    if entity:
        yield entity


def latin(text):
    return all(ord(c) < 0x3000 for c in text)


# Entries named in English with a Japanese name that is not in Latin letters too; each
# keeps its English name and every alias in Latin letters.
pairs = [e for path in files for e in entities(path) if e.get("ja") and e.get("en") and latin(e["en"]) and not latin(e["ja"])]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as listed, \
        tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as records:
    for e in pairs:
        entity = {"id": e["id"], "list": "english-names", "kind": "person" if e.get("type") == "person" else "organization",
                  "name": e["en"], "aliases": [a for a in dict.fromkeys(e.get("aliases", [])) if latin(a) and a != e["en"]]}
        if e.get("country_code"):
            entity["country"] = e["country_code"]
        listed.write(json.dumps(entity, ensure_ascii=False) + "\n")
        records.write(json.dumps({"id": e["id"], "parties": [{"role": "author", "name": "-", "affiliations": [e["ja"]]}]},
                                 ensure_ascii=False) + "\n")
if "--lists" in sys.argv:
    lists = sorted(glob.glob(os.path.join(shared, "lists", "us", "*.jsonl"))) + [os.path.join(shared, "lists", "meti-eul", "20250929_4.xlsx")]
    arguments = [a for path in lists for a in ("--list", path)]
else:
    arguments = ["--list", listed.name]
run = subprocess.run([binary, "screen", *arguments, "--records", records.name], capture_output=True, text=True)
os.unlink(listed.name)
os.unlink(records.name)
if run.returncode != 0:
    sys.exit(run.stderr)
hits = {}
for line in run.stdout.splitlines():
    hit = json.loads(line)
    hits.setdefault(hit["record_id"], []).append(hit)
if "--lists" in sys.argv:
    generic = {"joint", "stock", "company", "jsc", "llc", "limited", "liability", "ooo", "ao", "pjsc", "oao", "zao", "open",
               "public", "closed", "the", "of", "and", "co", "ltd", "corporation", "inc"}

    def words(text):
        return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in generic}

    def own(e, hit):
        mofa, listed = words(e["en"]), words(hit["entity_name"])
        return bool(mofa) and (mofa <= listed or len(mofa & listed) * 2 >= len(mofa | listed))

    met = [e for e in pairs if e["id"] in hits]
    print(f"names {len(pairs)} against the lists of concern: with a hit {len(met)}, "
          f"a hit sharing MOFA's English name {sum(any(own(e, h) for h in hits[e['id']]) for e in met)}")
    for e in met:
        for h in hits[e["id"]]:
            print(f"hit\t{h['score']:.2f}\t{e['ja']}\t{e['en']}\t=> {h['entity_name']} [{h['list']}]")
    sys.exit(0)
found = [e for e in pairs if any(h["entity_id"] == e["id"] for h in hits.get(e["id"], []))]
others = [e for e in pairs if any(h["entity_id"] != e["id"] for h in hits.get(e["id"], []))]
nothing = [e for e in pairs if not hits.get(e["id"])]
print(f"names {len(pairs)}: own entity found {len(found)}, another hit {len(others)}, nothing {len(nothing)}")


def best(e):
    h = max(hits.get(e["id"], []), key=lambda h: h["score"], default=None)
    return f"{h['score']:.2f} {h['entity_name']}" if h else "-"


if "--misses" in sys.argv:
    for e in pairs:
        if e not in found:
            print(f"miss\t{e['ja']}\t{e['en']}\t{best(e)}")
if "--others" in sys.argv:
    for e in others:
        for h in hits[e["id"]]:
            if h["entity_id"] != e["id"]:
                print(f"other\t{e['ja']}\t{e['en']}\t{h['score']:.2f} {h['entity_name']}")
