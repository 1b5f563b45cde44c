#!/usr/bin/env python3
"""Score quantulum3 on the quantities gold set and time it on the benchmark corpus.

Installs nothing: run `pip install quantulum3` first. Uses the matching rules of
`tests/quantities_accuracy.rs` as far as quantulum3's output allows: a predicted and a
gold item match one to one when their spans overlap, their kinds are equal, their
canonical units are equal and their values agree (relative 1e-6, or 1e-3 for values
converted to SI). quantulum3 has no dates, no ordinals and no ranges in our sense, so those
gold items count as misses; its units are mapped to our kinds and SI units by name below.

    python3 benches/baseline/quantulum3_eval.py [--corpus-bytes 300000]
"""

import argparse
import json
import pathlib
import sys
import time
import warnings

warnings.filterwarnings("ignore")

try:
    from quantulum3 import parser
except ImportError:  # pragma: no cover
    sys.exit("quantulum3 is not installed: pip install quantulum3")

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLD = ROOT / "fixtures" / "quantities" / "gold.jsonl"

# quantulum3 unit name -> (kind, canonical unit, factor, offset)
MILE = 1609.344
UNITS = {
    "dimensionless": ("cardinal", None, 1, 0),
    "percentage": ("percent", "%", 1, 0),
    "percentage point": ("percent", "pp", 1, 0),
    "basis point": ("percent", "pp", 0.01, 0),
    "kilometre": ("quantity", "m", 1000, 0),
    "metre": ("quantity", "m", 1, 0),
    "centimetre": ("quantity", "m", 0.01, 0),
    "millimetre": ("quantity", "m", 0.001, 0),
    "mile": ("quantity", "m", MILE, 0),
    "nautical mile": ("quantity", "m", 1852, 0),
    "foot": ("quantity", "m", 0.3048, 0),
    "inch": ("quantity", "m", 0.0254, 0),
    "yard": ("quantity", "m", 0.9144, 0),
    "square kilometre": ("quantity", "m2", 1e6, 0),
    "square metre": ("quantity", "m2", 1, 0),
    "square mile": ("quantity", "m2", 2589988.110336, 0),
    "square foot": ("quantity", "m2", 0.09290304, 0),
    "hectare": ("quantity", "m2", 1e4, 0),
    "acre": ("quantity", "m2", 4046.8564224, 0),
    "litre": ("quantity", "m3", 0.001, 0),
    "millilitre": ("quantity", "m3", 1e-6, 0),
    "cubic metre": ("quantity", "m3", 1, 0),
    "gallon": ("quantity", "m3", 0.003785411784, 0),
    "US gallon": ("quantity", "m3", 0.003785411784, 0),
    "barrel": ("quantity", "m3", 0.158987294928, 0),
    "kilogram": ("quantity", "kg", 1, 0),
    "gram": ("quantity", "kg", 0.001, 0),
    "milligram": ("quantity", "kg", 1e-6, 0),
    "tonne": ("quantity", "kg", 1000, 0),
    "metric ton": ("quantity", "kg", 1000, 0),
    "pound-mass": ("quantity", "kg", 0.45359237, 0),
    "ounce": ("quantity", "kg", 0.028349523125, 0),
    "kilometre per hour": ("quantity", "m/s", 1 / 3.6, 0),
    "mile per hour": ("quantity", "m/s", 0.44704, 0),
    "knot": ("quantity", "m/s", 1852 / 3600, 0),
    "metre per second": ("quantity", "m/s", 1, 0),
    "degree Celsius": ("quantity", "degC", 1, 0),
    "degree fahrenheit": ("quantity", "degC", 5 / 9, -160 / 9),
    "degree Fahrenheit": ("quantity", "degC", 5 / 9, -160 / 9),
    "byte": ("quantity", "B", 1, 0),
    "kilobyte": ("quantity", "B", 1e3, 0),
    "megabyte": ("quantity", "B", 1e6, 0),
    "gigabyte": ("quantity", "B", 1e9, 0),
    "terabyte": ("quantity", "B", 1e12, 0),
    "second": ("duration", "s", 1, 0),
    "minute": ("duration", "s", 60, 0),
    "hour": ("duration", "s", 3600, 0),
    "day": ("duration", "s", 86400, 0),
    "week": ("duration", "s", 604800, 0),
    "fortnight": ("duration", "s", 1209600, 0),
    "month": ("duration", "s", 2592000, 0),
    "year": ("duration", "s", 31536000, 0),
    "decade": ("duration", "s", 315360000, 0),
    "century": ("duration", "s", 3153600000, 0),
    "dollar": ("money", "USD", 1, 0),
    "United States dollar": ("money", "USD", 1, 0),
    "euro": ("money", "EUR", 1, 0),
    "pound sterling": ("money", "GBP", 1, 0),
    "penny": ("money", "GBP", 0.01, 0),
    "cent": ("money", "USD", 0.01, 0),
    "yen": ("money", "JPY", 1, 0),
    "Japanese yen": ("money", "JPY", 1, 0),
    "yuan": ("money", "CNY", 1, 0),
    "renminbi": ("money", "CNY", 1, 0),
    "Indian rupee": ("money", "INR", 1, 0),
    "rupee": ("money", "INR", 1, 0),
    "Russian ruble": ("money", "RUB", 1, 0),
    "Swiss franc": ("money", "CHF", 1, 0),
    "South Korean won": ("money", "KRW", 1, 0),
    "Turkish lira": ("money", "TRY", 1, 0),
    "Nigerian naira": ("money", "NGN", 1, 0),
    "South African rand": ("money", "ZAR", 1, 0),
    "Mexican peso": ("money", "MXN", 1, 0),
    "Swedish krona": ("money", "SEK", 1, 0),
    "watt": ("quantity", "W", 1, 0),
    "megawatt": ("quantity", "W", 1e6, 0),
    "gigawatt": ("quantity", "W", 1e9, 0),
}
CONVERTED = {"m", "m2", "m3", "kg", "m/s", "degC", "B", "s", "years_old", "W", "J"}


def predict(text):
    out = []
    for q in parser.parse(text):
        name = q.unit.name
        kind, unit, factor, offset = UNITS.get(name, ("quantity", name, 1, 0))
        if q.unit.entity.name == "currency" and kind != "money":
            kind = "money"
        out.append(
            {
                "start": q.span[0],
                "end": q.span[1],
                "kind": kind,
                "unit": unit,
                "value": q.value * factor + offset,
            }
        )
    return out


def nth_find(hay, needle, n):
    at = -1
    for _ in range(n):
        at = hay.find(needle, at + 1)
        if at < 0:
            return None
    return at


def matches(p, g, gs, ge):
    if p["start"] >= ge or gs >= p["end"]:
        return False
    if p["kind"] != g["kind"] or p["unit"] != g.get("unit"):
        return False
    gv = g.get("value")
    if not isinstance(gv, (int, float)) or isinstance(gv, bool):
        return False
    rel = 1e-3 if g.get("unit") in CONVERTED else 1e-6
    return abs(p["value"] - gv) <= rel * max(abs(p["value"]), abs(gv), 1e-12)


def score():
    tp = fp = fn = 0
    per = {}
    lines = [json.loads(l) for l in GOLD.read_text().splitlines() if l.strip()]
    for rec in lines:
        text = rec["text"]
        pred = predict(text)
        used = [False] * len(pred)
        c = per.setdefault(rec["category"], [0, 0, 0])
        for g in rec["items"]:
            gs = nth_find(text, g["text"], g.get("occurrence", 1))
            ge = gs + len(g["text"])
            hit = next((k for k, p in enumerate(pred) if not used[k] and matches(p, g, gs, ge)), None)
            if hit is None:
                fn += 1
                c[2] += 1
            else:
                used[hit] = True
                tp += 1
                c[0] += 1
        extra = used.count(False)
        fp += extra
        c[1] += extra
    return tp, fp, fn, per, len(lines)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


FILLER = [
    "The Kremlin said the conversation had been frank and businesslike, and that both sides agreed to keep talking.",
    "Officials in Kyiv said they had not been consulted before the announcement, which caught many diplomats by surprise.",
    "Analysts cautioned that the statement left most of the difficult questions unanswered, including the future of occupied territory.",
    "The president told reporters at the White House that he believed a settlement was possible, though he declined to give details.",
    "European leaders welcomed the talks but warned against any agreement reached over the heads of the people most affected.",
    "Markets reacted calmly to the news, with traders saying they would wait for concrete steps before changing their positions.",
    "Opposition politicians accused the government of hiding the true cost of the programme from parliament and the public.",
    "The ministry did not respond to a request for comment on the report, which was first published by a regional newspaper.",
    "Residents described hearing explosions overnight and said power had been cut across several districts of the city.",
    "The company said it remained committed to the project and would continue to work closely with regulators and local communities.",
]


def corpus(limit):
    """The benchmark corpus of benches/quantities.rs, cut at `limit` bytes."""
    gold = [json.loads(l)["text"] for l in GOLD.read_text().splitlines() if l.strip()]
    out, size, k = [], 0, 0
    while size < limit:
        g = gold[k % len(gold)]
        out.append(g)
        size += len(g.encode()) + 1
        for j in range(3):
            f = FILLER[(k * 3 + j) % len(FILLER)]
            out.append(f)
            size += len(f.encode()) + 1
        k += 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus-bytes", type=int, default=300_000, help="bytes of corpus to time (quantulum3 is slow)")
    args = ap.parse_args()
    tp, fp, fn, per, n = score()
    p, r, f = prf(tp, fp, fn)
    print(f"quantulum3 on {n} gold sentences: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    for cat in sorted(per):
        cp, cr, cf = prf(*per[cat])
        print(f"  {cat:<12} P {cp:.3f} R {cr:.3f} F1 {cf:.3f}")
    sents = corpus(args.corpus_bytes)
    size = sum(len(s.encode()) for s in sents)
    t0 = time.perf_counter()
    for s in sents:
        parser.parse(s)
    dt = time.perf_counter() - t0
    print(f"throughput: {size / dt / 1e6:.3f} MB/s over {size} bytes ({dt:.1f} s)")


if __name__ == "__main__":
    main()
