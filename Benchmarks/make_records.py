#!/usr/bin/env python3
"""Writes N canonical records (FORMATS.md) of three authors each, whose affiliations are
real Crossref affiliation strings from ../shared/data/gold-dev, for timing `screen`.

    python3 Benchmarks/make_records.py 10000 > /tmp/records-10k.jsonl
"""
import csv
import json
import os
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
with open(os.path.join(shared, "gold-dev", "crossref-affiliation-ror.csv"), encoding="utf-8-sig") as f:
    rows = [row[0] for row in csv.reader(f)][1:]
random.seed(1)  # the same records every time
for i in range(count):
    parties = [{"role": "author", "name": f"Author {i}-{k}", "affiliations": [random.choice(rows)]} for k in range(3)]
    print(json.dumps({"id": f"r{i}", "parties": parties}, ensure_ascii=False))
