#!/usr/bin/env python3
"""Prints the statistics table of a Gatling report as Markdown (times in ms), for docs/load-testing.md.

    scripts/lib/gatling-table.py target/gatling/<simulation>-<timestamp>/index.html
"""
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("| request | count | failed | mean | p50 | p75 | p95 | p99 | max | req/s |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for row in re.split(r'<tr id="', page)[1:]:
    row_id = row.split('"', 1)[0]
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    if not cells or (not name and row_id != "ROOT"):
        continue
    label = html.unescape(name.group(1)) if name else "all requests"
    parent = re.search(r'data-parent="group_(.*?)-+\d+"', row)
    if row_id.startswith("group_"):
        label = "group " + label + " (one pass, cumulated)"
    elif parent:
        label = parent.group(1) + " / " + label
    print("| %s | %s |" % (label, " | ".join(cells.get(c, "") for c in ("2", "4", "13", "8", "9", "10", "11", "12", "6"))))
