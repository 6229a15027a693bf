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
"""
import csv
import json
import os
import random
import sys

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
count = int(args[0]) if args else 10000
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
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
    out.write(json.dumps({"id": f"r{i}", "parties": parties}, ensure_ascii=False) + "\n")
