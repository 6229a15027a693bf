#!/usr/bin/env python3
"""Writes N canonical records (FORMATS.md) of three authors each, whose affiliations are
real Crossref affiliation strings from ../shared/data/gold-dev, for timing `screen`.

    python3 Benchmarks/make_records.py 10000 > /tmp/records-10k.jsonl
    python3 Benchmarks/make_records.py 1000000 --pool 100 | entity-screen screen ... --records -

With --pool K the affiliations come from K of those strings and the authors' names from K
names, so a batch repeats its mentions and a million records screen in minutes: for
measuring memory as records grow, not matching speed.

With --names K only the authors' names come from K names ("Author 0" to "Author K-1"), as
a co-author network's come back; the affiliations are drawn from all the strings as without
it. Without either, every name is distinct.

With --real-names each author's name is a given name and a family name drawn apart from
those of the authors of ../shared/data/records/pubmed/medline16n0902.xml.gz (2,894 and
2,853): names as a screen meets them, many sharing a family name with a listed person
(Wang, Kim, Smith), which the "Author N" names never do. The affiliations are as without it.
"""
import csv
import gzip
import json
import os
import random
import sys
import xml.etree.ElementTree as ElementTree

args = sys.argv[1:]
pool = None
if "--pool" in args:
    i = args.index("--pool")
    pool = int(args[i + 1])
    del args[i:i + 2]
names = None
if "--names" in args:
    i = args.index("--names")
    names = int(args[i + 1])
    del args[i:i + 2]
real_names = "--real-names" in args
if real_names:
    args.remove("--real-names")
count = int(args[0]) if args else 10000
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
given_names, family_names = [], []
if real_names:
    with gzip.open(os.path.join(shared, "records", "pubmed", "medline16n0902.xml.gz")) as f:
        for author in ElementTree.parse(f).iter("Author"):
            given, family = author.findtext("ForeName"), author.findtext("LastName")
            if given and family:
                given_names.append(given)
                family_names.append(family)
    given_names, family_names = sorted(set(given_names)), sorted(set(family_names))
# Names drawn by their own generator, so that the affiliations are those of the other modes.
name_random = random.Random(7)
with open(os.path.join(shared, "gold-dev", "crossref-affiliation-ror.csv"), encoding="utf-8-sig") as f:
    rows = [row[0] for row in csv.reader(f)][1:]
random.seed(1)  # the same records every time
if pool:
    rows = random.sample(rows, pool)
out = sys.stdout
for i in range(count):
    parties = [{"role": "author",
                "name": f"Author {random.randrange(names)}" if names else f"Author {random.randrange(pool) if pool else i}-{k}",
                "affiliations": [random.choice(rows)]} for k in range(3)]
    if real_names:
        for party in parties:
            party["name"] = f"{name_random.choice(given_names)} {name_random.choice(family_names)}"
    out.write(json.dumps({"id": f"r{i}", "parties": parties}, ensure_ascii=False) + "\n")
