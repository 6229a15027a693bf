#!/usr/bin/env python3
"""How many of the US lists' spellings find their own entry when screened as affiliations.

Every name and alias of ../shared/data/lists/us/*.jsonl becomes a record with one party
whose affiliation is that spelling; `screen` runs against all the US lists and METI's End
User List (threshold 0.3, to see near misses), and a spelling counts as found when its own
entry hits at 0.80 or more. Acronyms alone (2 to 6 capitals) are counted apart: the matcher
takes them only with evidence of their country (DESIGN.md).

With --persons, the spellings of the entries of the State Department's debarment lists
written as persons are there (Family, Given, a generational suffix between them or not: the
lists give no kinds, and the matcher reads a name so as a person's too), and of the Denied
Persons List's entries written as its persons are (two to four words, a suffix after a comma
or not), become authors' names instead (each list
counted apart; some entries are companies, which no name meets), a spelling counts as found when its own entry hits the name at 0.80 or more, and the hits on
other entries at 0.80 or more are counted too (persons of another entry agreeing).

With --printed, each spelling of an entry whose country the list gives is printed as an
affiliation prints it: without the words in its brackets, then a segment naming the country
as the list's remarks open with it ("Russia; 81 FR 61601" gives "..., Russia"). Spellings
of several parties or with an address are printed as listed, as the others, bracketed words
left out; the rest as with no option.

With --meti, the spellings are METI's End User List's instead (its names and aliases
written in Latin letters, two words or more, read through `entity-screen lists diff` from an
empty list, so as the tool reads the xlsx); --printed prints them so too, the country named
from its code.

    python3 Benchmarks/self_retrieval.py [ENTITY_SCREEN_BINARY] [--misses] [--persons | --printed] [--meti]

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
lists = sorted(glob.glob(os.path.join(shared, "lists", "us", "*.jsonl")))
lists.append(os.path.join(shared, "lists", "meti-eul", "20250929_4.xlsx"))

persons = "--persons" in sys.argv
printed = "--printed" in sys.argv and not persons
meti = "--meti" in sys.argv and not persons
# The countries of METI's entries (its own codes), named as affiliations print them.
meti_countries = {"IR": "Iran", "KP": "North Korea", "CN": "China", "PK": "Pakistan", "RU": "Russia",
                  "AE": "United Arab Emirates", "HK": "Hong Kong", "SY": "Syria", "LB": "Lebanon", "TW": "Taiwan",
                  "EG": "Egypt", "YE": "Yemen", "IN": "India", "AF": "Afghanistan", "IL": "Israel"}


def meti_entries():
    """METI's entries as `lists diff` from an empty list prints them added: id and name, then
    aliases (" | " between them) and country on lines of their own."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as empty:
        text = subprocess.run([binary, "lists", "diff", empty.name, lists[-1]], capture_output=True, text=True, check=True).stdout
    entity = None
    for line in text.splitlines():
        added = re.match(r"\+ added\s+(\S+)\s+(.*)$", line)
        if added:
            if entity:
                yield entity
            entity = {"id": added.group(1), "list": "meti-eul", "name": added.group(2), "aliases": []}
        elif entity and line.strip().startswith("aliases: "):
            entity["aliases"] = line.strip()[len("aliases: "):].split(" | ")
        elif entity and line.strip().startswith("country: "):
            code = line.strip()[len("country: "):]
            entity["country"] = code
            entity["remarks"] = meti_countries.get(code, "")
    if entity:
        yield entity


def us_entries():
    for path in lists[:-1]:
        for line in open(path, encoding="utf-8"):
            yield json.loads(line)


def as_printed(text, country):
    """The spelling without its bracketed words, then its country as a segment of its own."""
    bare = re.sub(r"\s+", " ", re.sub(r"\s*[(（][^()（）]*[)）]\s*", " ", text)).strip(" ,").replace(" ,", ",")
    return f"{bare}, {country}" if bare else None


field = "name" if persons else "affiliation"
spellings = {}
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as records:
    for entity in (meti_entries() if meti else us_entries()):
        # A generational suffix may stand as a part of its own (Andrade, Jr., Ramon; THOMAS HARRIS, JR.).
        if persons and not (entity["list"].startswith("state-debarred") and re.fullmatch(r"[^,\d]+(, (?i:jr|sr|ii|iii|iv)\.?)?, [^,\d]+", entity["name"])
                            or entity["list"] == "bis-dpl" and re.fullmatch(r"[A-Za-z.'-]+( [A-Za-z.'-]+){1,3}(, (?i:jr|sr|ii|iii|iv)\.?)?", entity["name"])):
            continue
        country = (entity.get("remarks") or "").split(";")[0].strip() if entity.get("country") else ""
        if printed and not country:
            continue
        for k, text in enumerate([entity["name"]] + entity.get("aliases", [])):
            record_id = f"{entity['id']}|{k}"
            # METI's names in kana and kanji, and its acronyms and one-word names, are
            # other tests' (the list against itself, folded to simplified Chinese).
            if meti and (not re.search(r"[A-Za-z]", text) or len(text.split()) < 2):
                continue
            if printed:
                text = as_printed(text, country)
                if text is None:
                    continue
            spellings[record_id] = text
            party = {"role": "author", "name": text} if persons else {"role": "partner", "name": "Zz", "affiliations": [text]}
            records.write(json.dumps({"id": record_id, "parties": [party]}, ensure_ascii=False) + "\n")
arguments = [binary, "screen", "--records", records.name, "--threshold", "0.3", "--quiet"]
for path in lists:
    arguments += ["--list", path]
output = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
os.unlink(records.name)

best = {}
others = 0
for line in output.splitlines():
    hit = json.loads(line)
    record_id = hit["record_id"]
    if hit["field"] != field:
        continue
    if hit["entity_id"] == record_id.split("|")[0]:
        best[record_id] = max(best.get(record_id, 0), hit["score"])
    elif hit["score"] >= 0.8:
        others += 1


def acronym(text):
    if printed:
        text = text.rsplit(", ", 1)[0]
    return re.fullmatch(r"[A-Z0-9\-]{2,6}", text) is not None


missed = [r for r in spellings if best.get(r, 0) < 0.8]
names = [r for r in spellings if r.endswith("|0")]
print(f"spellings {len(spellings)}: own entry not hit at 0.80 for {len(missed)} "
      f"({sum(acronym(spellings[r]) for r in missed)} of them acronyms alone)")
print(f"primary names {len(names)}: own entry not hit at 0.80 for {sum(1 for r in missed if r.endswith('|0'))}")
if persons:
    for prefix in ("state-debarred", "bis-dpl"):
        mine = [r for r in names if r.startswith(prefix)]
        print(f"  {prefix}: primary names {len(mine)}, own entry not hit at 0.80 for {sum(1 for r in missed if r in mine)}")
    print(f"hits on another entry at 0.80 or more: {others}")
if "--misses" in sys.argv:
    for r in missed:
        print(f"{r}\t{best.get(r, 0):.2f}\t{spellings[r]}")
