"""Shared helpers of the independent sets' gold scripts (scripts/make_blind{3,...,8}_gold.py).

Each script holds its tables of (doc id, surface, occurrence, label, attributes) rows and calls
`run(name, ENTITIES, DATES, CASUALTIES, QUOTES)`: this module reads
tests/fixtures/<name>/news.jsonl, computes code-point and UTF-8 byte offsets, asserts that every
span and nested span equals both slices and that spans of one type do not overlap, and writes
tests/fixtures/gold/<name>.{entity,date,casualty,quote}.jsonl, one line per document.
`--show` prints every span in context.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "gold")
GAZ = {"COUNTRY": "countries", "GROUP": "groups", "ORG": "orgs", "OFFICIAL": "officials"}

DOCS = {}
ORDER = []


def load(name):
    DOCS.clear()
    ORDER.clear()
    with open(os.path.join(ROOT, "tests", "fixtures", name, "news.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            DOCS[d["id"]] = d
            ORDER.append(d["id"])


def occurrences(text, surface):
    out = []
    i = text.find(surface)
    while i >= 0:
        j = i + len(surface)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def locate(doc, surface, occ=0):
    text = DOCS[doc]["text"]
    occ_list = occurrences(text, surface)
    assert occ < len(occ_list), (doc, surface, occ, len(occ_list))
    return occ_list[occ], occ_list[occ] + len(surface)


def locate_near(doc, surface, occ, lo, hi):
    """Occurrence `occ` of surface, or (occ None) the occurrence nearest to [lo, hi)."""
    if occ is not None:
        return locate(doc, surface, occ)
    text = DOCS[doc]["text"]
    best = min(occurrences(text, surface),
               key=lambda i: lo - (i + len(surface)) if i < lo else i - hi)
    return best, best + len(surface)


def locate_within(doc, surface, lo, hi):
    """First whole-word occurrence of surface inside [lo, hi)."""
    text = DOCS[doc]["text"]
    for s in occurrences(text, surface):
        if s >= lo and s + len(surface) <= hi:
            return s, s + len(surface)
    raise AssertionError((doc, surface, "not inside", text[lo:hi]))


def span(doc, s, e):
    text = DOCS[doc]["text"]
    b = text.encode("utf-8")
    bs = len(text[:s].encode("utf-8"))
    be = bs + len(text[s:e].encode("utf-8"))
    t = text[s:e]
    assert b[bs:be].decode("utf-8") == t
    return {"start": s, "end": e, "byte_start": bs, "byte_end": be, "text": t}


def build(ENTITIES, DATES, CASUALTIES, QUOTES):
    out = {t: {d: [] for d in ORDER} for t in ("entity", "date", "casualty", "quote")}
    for doc, surface, occs, label, qid, name, form in ENTITIES:
        if occs == "all":
            occs = range(len(occurrences(DOCS[doc]["text"], surface)))
        for o in occs:
            s, e = locate(doc, surface, o)
            a = {"type": "entity", "label": label}
            a.update(span(doc, s, e))
            a["entity"] = {"id": qid, "name": name, "gazetteer": GAZ[label], "form": form}
            out["entity"][doc].append(a)
    for doc, surface, o, label, value, anchor in DATES:
        s, e = locate(doc, surface, o)
        a = {"type": "date", "label": label}
        a.update(span(doc, s, e))
        a["value"] = value
        a["anchor"] = anchor
        out["date"][doc].append(a)
    for doc, surface, o, label, mn, mx, approx, neg, victims in CASUALTIES:
        s, e = locate(doc, surface, o)
        a = {"type": "casualty", "label": label}
        a.update(span(doc, s, e))
        a["count"] = {"min": mn, "max": mx}
        a["approximate"] = approx
        a["negated"] = neg
        if victims is None:
            a["victims"] = None
        else:
            vs, ve = locate_within(doc, victims, s, e)
            a["victims"] = span(doc, vs, ve)
        out["casualty"][doc].append(a)
    for doc, surface, o, closed, speaker, sp_ent, cue in QUOTES:
        text = DOCS[doc]["text"]
        s = [i for i in range(len(text)) if text.startswith(surface, i)][o]
        e = s + len(surface)
        a = {"type": "quote", "label": "QUOTE"}
        a.update(span(doc, s, e))
        a["content"] = span(doc, s + 1, e - 1 if closed else e)
        if speaker is None:
            a["speaker"] = None
        else:
            ss, se = locate_near(doc, speaker[0], speaker[1], s, e)
            a["speaker"] = span(doc, ss, se)
            a["speaker"]["entity"] = (None if sp_ent is None else
                                      {"id": sp_ent[0], "name": sp_ent[1], "gazetteer": sp_ent[2]})
        if cue is None:
            a["cue"] = None
        else:
            cs, ce = locate_near(doc, cue[0], cue[1], s, e)
            a["cue"] = span(doc, cs, ce)
        out["quote"][doc].append(a)
    return out


def check(out):
    for t, per_doc in out.items():
        for doc, anns in per_doc.items():
            text = DOCS[doc]["text"]
            b = text.encode("utf-8")
            anns.sort(key=lambda a: (a["start"], a["end"]))
            seen = set()
            for i, a in enumerate(anns):
                key = (a["start"], a["end"])
                assert key not in seen, (t, doc, a["text"])
                seen.add(key)
                if i:  # no same-type overlaps (quotes included)
                    assert anns[i - 1]["end"] <= a["start"], ("overlap", t, doc, anns[i - 1]["text"], a["text"])
                for sp in [a] + [a.get(k) for k in ("content", "speaker", "cue", "victims") if a.get(k)]:
                    assert text[sp["start"]:sp["end"]] == sp["text"], (doc, sp)
                    assert b[sp["byte_start"]:sp["byte_end"]].decode("utf-8") == sp["text"], (doc, sp)
                a["id"] = "a%d" % (i + 1)


def show(out):
    for t, per_doc in out.items():
        for doc, anns in per_doc.items():
            text = DOCS[doc]["text"]
            for a in anns:
                ctx = text[max(0, a["start"] - 30):a["end"] + 30].replace("\n", " ")
                extra = {k: a[k] for k in ("label", "value", "count", "entity") if k in a}
                for k in ("victims", "speaker", "cue"):
                    if a.get(k):
                        extra[k] = a[k]["text"]
                print(t, doc, repr(a["text"][:60]), extra, "|", ctx)


def run(name, ENTITIES, DATES, CASUALTIES, QUOTES):
    load(name)
    out = build(ENTITIES, DATES, CASUALTIES, QUOTES)
    check(out)
    if "--show" in sys.argv:
        show(out)
    for t, per_doc in out.items():
        path = os.path.join(OUT, "%s.%s.jsonl" % (name, t))
        with open(path, "w", encoding="utf-8") as f:
            for doc in ORDER:
                line = {"schema": "sitrep/1", "id": doc, "annotations": per_doc[doc], "errors": []}
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = {t: sum(len(v) for v in per_doc.values()) for t, per_doc in out.items()}
    print("wrote", counts)
