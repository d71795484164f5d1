#!/usr/bin/env python3
"""Regenerate gazetteers/{countries,groups,orgs,officials}.tsv.

Inputs: the public sources in ../shared/data/gazetteer-sources/ (see gazetteers/README.md for
each source and its licence) and the hand-curated files in gazetteers/curated/.
Python 3 standard library only; the output is deterministic (sorted, no timestamps).

    python3 scripts/build_gazetteers.py                 # rebuild all four files
    python3 scripts/build_gazetteers.py --sources DIR   # sources elsewhere
    python3 scripts/build_gazetteers.py --refresh-common-words   # rebuild curated/common_words.txt
                                                        # from ../shared/data/corpora (rarely)
    python3 scripts/build_gazetteers.py --refresh-common-surnames  # curated/common_surnames.txt

Dropped aliases (common words, too short, claimed by two entries, ...) are logged to
gazetteers/build.log so every removal can be reviewed.
"""

import argparse
import collections
import csv
import difflib
import itertools
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "gazetteers")
CURATED = os.path.join(GAZ, "curated")
DEFAULT_SOURCES = os.path.join(os.path.dirname(ROOT), "shared", "data", "gazetteer-sources")
DEFAULT_CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "data", "corpora")

COLUMNS = ["id", "label", "name", "aliases", "acronyms", "demonyms", "surnames", "flags", "attrs"]
LIST_COLS = ["aliases", "acronyms", "demonyms", "surnames"]
LABELS = {"COUNTRY", "GROUP", "ORG", "OFFICIAL"}
FLAGS = {"ambiguous", "nocase"}

LOG = []


def log(msg):
    LOG.append(msg)


# ---------------------------------------------------------------------------------------------
# Entries


class Entry:
    __slots__ = ["id", "label", "name", "aliases", "acronyms", "demonyms", "surnames", "flags",
                 "attrs", "prio"]

    def __init__(self, id_, label, name):
        self.id = id_
        self.label = label
        self.name = name
        self.aliases = []
        self.acronyms = []
        self.demonyms = []
        self.surnames = []
        self.flags = []
        self.attrs = collections.OrderedDict()
        # per-form priority: forms from curated files (2) beat generated ones (1) in conflicts
        self.prio = {}

    def add(self, col, value, prio=1):
        value = clean_space(value)
        if not value:
            return
        lst = getattr(self, col)
        if value == self.name or value in lst:
            self.prio[value] = max(self.prio.get(value, 0), prio)
            return
        lst.append(value)
        self.prio[value] = max(self.prio.get(value, 0), prio)

    def remove(self, col, value):
        lst = getattr(self, col)
        if value in lst:
            lst.remove(value)

    def forms(self):
        """(column, form) for every surface form except surnames."""
        yield "name", self.name
        for col in ("aliases", "acronyms", "demonyms"):
            for f in getattr(self, col):
                yield col, f

    def row(self):
        attrs = ";".join("%s=%s" % (k, v) for k, v in self.attrs.items() if v != "")
        return [self.id, self.label, self.name, "|".join(self.aliases), "|".join(self.acronyms),
                "|".join(self.demonyms), "|".join(self.surnames), "|".join(self.flags), attrs]


def clean_space(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


# letters that Unicode does not decompose into ASCII + combining mark
ASCII_EXTRA = str.maketrans({"\u00f0": "d", "\u00d0": "D", "\u00fe": "th", "\u00de": "Th",
                             "\u00e6": "ae", "\u00c6": "Ae", "\u00f8": "o", "\u00d8": "O",
                             "\u0142": "l", "\u0141": "L", "\u0131": "i", "\u00df": "ss",
                             "\u0111": "d", "\u0110": "D", "\u0153": "oe", "\u0152": "Oe",
                             "\u02bf": "'", "\u02be": "'"})


def to_ascii(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(ASCII_EXTRA)


def fold(s):
    """Key under which two forms count as the same string for conflict detection: case,
    diacritics, apostrophe style, hyphens/spaces and dots do not matter."""
    s = to_ascii(s)
    s = re.sub(r"['\u2019\u2018`\u02bc\u02bb]", "", s)
    s = re.sub(r"[-\u2010-\u2015\s]+", " ", s)
    s = re.sub(r"\s+", " ", s.replace(".", " "))
    return s.casefold().strip()


def cased_fold(s):
    """fold() that keeps case: 'al-Sudani' and 'Al Sudani' differ for the matcher, whose
    upper-case pattern letters need upper case in the text; apostrophes are kept too."""
    s = to_ascii(s)
    s = re.sub(r"['\u2019\u2018`\u02bc\u02bb]", "'", s)
    s = re.sub(r"[-\u2010-\u2015\s]+", " ", s)
    return re.sub(r"\s+", " ", s.replace(".", " ")).strip()


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


# ---------------------------------------------------------------------------------------------
# Word lists

COMMON = set()
STOP_SURNAMES = set()
COMMON_SURNAMES = set()  # curated/common_surnames.txt (generated from corpora)
NAMESAKES = set()  # curated/surname_namesakes.txt (generated from corpora)
# Offices whose holders' distinctive surnames may be tagged alone (attribute `alone=`).
ALONE_ROLES = ("head_of_state", "head_of_government")
# acronyms the curated files list: kept in upper case when re-casing ALL-CAPS source names
KNOWN_ACRONYMS = {"UN", "US", "USA", "UK", "EU", "ISIS", "ISIL", "IS", "TTP", "KPA", "PLA", "HTS",
                  "IRA", "PKK", "FARC", "ELN", "NATO", "DPRK"}


def read_word_list(name, into, key=lambda w: w, required=False):
    """Adds the words of curated/<name> (one per line, `#` comments) to the set `into`."""
    path = os.path.join(CURATED, name)
    if not required and not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                into.add(key(line))


def write_word_list(name, words, header):
    """Writes curated/<name>: `header` as `#` comment lines, then the words one per line."""
    out = os.path.join(CURATED, name)
    with open(out, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        for w in words:
            f.write(w + "\n")
    print("wrote %d words to %s" % (len(words), out))


def load_wordlists():
    read_word_list("common_words.txt", COMMON)
    read_word_list("common_surnames.txt", COMMON_SURNAMES, str.casefold)
    read_word_list("surname_namesakes.txt", NAMESAKES, str.casefold)
    read_word_list("surname_stoplist.txt", STOP_SURNAMES, str.casefold, required=True)


def corpus_texts(corpora, names=("bbc.jsonl", "reuters21578.jsonl", "muc4.jsonl"),
                 mixed_case_only=False):
    """The texts of the news corpora in ../shared/data/corpora (exits when one is missing).
    `mixed_case_only` skips all-caps documents (MUC-4 cables): fewer than 6 % of their words
    capitalized as names would be."""
    for name in names:
        path = os.path.join(corpora, name)
        if not os.path.exists(path):
            sys.exit("missing corpus %s" % path)
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                if mixed_case_only:
                    words = re.findall(r"[A-Za-z][a-z]+", text)
                    if not words or sum(1 for w in words if w[0].isupper()) < 0.06 * len(words):
                        continue
                yield text


def refresh_common_words(corpora):
    """A word is 'common' when news text writes it in lower case at least 5 times and more
    often in lower case than capitalized (BBC 2004-05 + Reuters-21578). Only the resulting
    word list is stored, not the text."""
    lower = collections.Counter()
    cap = collections.Counter()
    for text in corpus_texts(corpora, ("bbc.jsonl", "reuters21578.jsonl")):
        words = re.findall(r"(?<![A-Za-z'\u2019./@-])[A-Za-z][a-z]+(?![A-Za-z]|[./@][A-Za-z])",
                           text)
        # skip documents typed in lower case (some Reuters wires): their "words"
        # include names
        if sum(1 for w in words if w[0].isupper()) < 0.06 * len(words):
            continue
        for w in words:
            if w[0].islower():
                lower[w] += 1
            else:
                cap[w.lower()] += 1
    words = sorted(w for w, n in lower.items() if n >= 5 and (4 * n >= cap[w] or n >= 20))
    write_word_list("common_words.txt", words, [
        "English words that news text writes in lower case (generated by",
        "scripts/build_gazetteers.py --refresh-common-words from BBC 2004-05 and",
        "Reuters-21578: lower-case count >= 5 and either >= 1/4 of the capitalized count or >= 20). Used to reject",
        "aliases/surnames and to mark ambiguous forms.",
    ])


SURNAME_TITLES = set(
    "Mr Mrs Ms Miss Dr Sir Lord Lady Dame President Prime Minister Secretary General Gen Col Maj "
    "Capt Lt Sgt King Queen Prince Princess Pope Saint St Senator Sen Rep Governor Gov Mayor "
    "Judge Justice Chancellor Premier Chairman Chief Director Commander Admiral Colonel Major "
    "Captain Sheikh Emir Ayatollah Mullah Imam Rev Father Brother Sister Professor Prof Coach "
    "Manager Inspector Sergeant Deputy Vice Ambassador Officer Agent Detective Constable "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The".split())


def refresh_common_surnames(corpora):
    """Surnames that do not point to one person, from "Firstname Surname" pairs in news text
    (BBC 2004-05, Reuters-21578, MUC-4; documents in one case skipped):
    - a surname many people bear: after 4+ different first words, none of them in 60% of the
      pairs, and seen 5+ times ("Sullivan": Scott, Ed, William, Barry ...; not "Blair": Tony);
    - a given name or the first word of company and place names: before 5+ different
      capitalized words ("Sandy", "Warren", "Hilton", "Sierra").
    Title words and common words are not first names. Only the word list is stored."""
    pairs = collections.defaultdict(collections.Counter)
    rx = re.compile(r"(?<![A-Za-z'\u2019.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                    r"(?![A-Za-z'\u2019-])")
    for text in corpus_texts(corpora, mixed_case_only=True):
        for m in rx.finditer(text):
            a, x = m.group(1), m.group(2)
            if a in SURNAME_TITLES or is_common(a):
                continue
            pairs[x][a] += 1
    shared = set()
    for x, c in pairs.items():
        n = sum(c.values())
        if len(c) >= 4 and n >= 5 and c.most_common(1)[0][1] < 0.6 * n:
            shared.add(x)
    before = collections.defaultdict(set)
    for x, c in pairs.items():
        for a in c:
            before[a].add(x)
    given = {a for a, xs in before.items() if len(xs) >= 5}
    write_word_list("common_surnames.txt", sorted(shared | given), [
        "Name words that do not point to one person as a bare surname (generated by",
        "scripts/build_gazetteers.py --refresh-common-surnames from BBC 2004-05,",
        "Reuters-21578 and MUC-4): surnames borne by many people in news, given names",
        "and first words of company/place names. See refresh_common_surnames().",
    ])


def head_surnames(path):
    """(surname, words of the bearer's names) for the officials of `path` (a built
    officials.tsv) who held an office of ALONE_ROLES."""
    out = []
    for row in read_tsv(path):
        attrs = row.get("attrs", "")
        if not any(r in attrs for r in ALONE_ROLES):
            continue
        names = [row["name"]] + [a for a in row.get("aliases", "").split("|") if a]
        own = {w for n in names for w in re.findall(r"[^\W\d_]+", n)}
        for x in row.get("surnames", "").split("|"):
            if x:
                out.append((x, own))
    return out


OFFICE_TITLES = set("President Premier Prime Minister Chancellor Gen General King Queen Emir "
                    "Sultan Colonel Col Marshal Field".split())


def refresh_surname_namesakes(corpora):
    """Surnames of heads of state and government that news text also gives to other people or
    things (BBC 2004-05, Reuters-21578, MUC-4; documents typed in one case skipped), so that
    a bare mention may be a namesake. Every capitalized occurrence of the surname (accents
    folded) is classed by the word before it: one of the official's own names ("Vladimir
    Putin"), another capitalized word that is not a title or a common word ("Pat Carney",
    "Simon Wheatley": a namesake), or none. The surname is a namesake when
    - another first word precedes it at least twice and in at least a quarter of its
      occurrences, or
    - it is followed by another capitalized word (not a title) at least twice and in at least a
      quarter of its occurrences: a given name or the first word of a company or place name
      ("Kenny Dalglish", "Carlisle Capital"), or
    - it occurs at least twice and never after the official's own names or an office title
      (the corpora speak of someone or something else: "Gillard said" in 1987, "Yala crop").
    Reads the built gazetteers/officials.tsv; only the word list is stored."""
    heads = head_surnames(os.path.join(GAZ, "officials.tsv"))
    wanted = {to_ascii(x) for x, _ in heads if " " not in x}
    own_of = collections.defaultdict(set)
    for x, own in heads:
        own_of[to_ascii(x)] |= {to_ascii(w) for w in own}
    # Country, group and organisation forms before a surname are not first names
    # ("Kazakhstan's Nazarbayev", "Kazakh Nazarbayev").
    places = set()
    for fname in ("countries.tsv", "groups.tsv", "orgs.tsv"):
        for row in read_tsv(os.path.join(GAZ, fname)):
            for col in ("name", "aliases", "demonyms"):
                places.update(to_ascii(v) for v in row[col].split("|") if v)

    def own_name(t, w):
        # The official's own names and their spellings ("Joseph" Biden, "Yassir" Arafat), or
        # an office title ("President Musharraf"); honorifics ("Mr", "Sheikh") say nothing.
        return w in own_of[t] or w in OFFICE_TITLES or any(
            w[:1] == o[:1] and difflib.SequenceMatcher(None, w, o).ratio() >= 0.6
            for o in own_of[t])

    other = collections.Counter()
    given = collections.Counter()
    own_n = collections.Counter()
    total = collections.Counter()
    tok = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*|[^\sA-Za-z\u00c0-\u024f]")
    for text in corpus_texts(corpora, mixed_case_only=True):
        toks = [re.sub(r"['\u2019]s$", "", to_ascii(t)) for t in tok.findall(text)]
        for i, t in enumerate(toks):
            if t not in wanted:
                continue
            total[t] += 1
            prev = toks[i - 1] if i > 0 else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if own_name(t, prev):
                own_n[t] += 1
            elif (prev[:1].isupper() and prev not in SURNAME_TITLES
                  and not is_common(prev) and prev not in places
                  and not prev.endswith(("'s", "\u2019s"))):
                other[t] += 1
            if (nxt[:1].isupper() and nxt not in SURNAME_TITLES
                    and not is_common(nxt) and nxt not in places
                    and not own_name(t, nxt)):
                given[t] += 1
    namesakes = set()
    for x, _ in heads:
        k = to_ascii(x)
        if k not in wanted:
            continue
        if (other[k] >= 2 and 4 * other[k] >= total[k]) or (
                given[k] >= 2 and 4 * given[k] >= total[k]) or (
                total[k] >= 2 and own_n[k] == 0):
            namesakes.add(x)
    write_word_list("surname_namesakes.txt", sorted(namesakes), [
        "Surnames of heads of state and government that news also gives to other people",
        "or things (generated by scripts/build_gazetteers.py --refresh-surname-namesakes",
        "from BBC 2004-05, Reuters-21578 and MUC-4; see refresh_surname_namesakes()).",
        "They are not listed in the `alone=` attribute of officials.tsv.",
    ])


def mark_alone_surnames(entries):
    """Attribute `alone=`: the surname forms of a head of state or government that the matcher
    may tag with no title, no full mention and no mention of the country ("Putin said"): borne
    by no other official, not in curated/surname_namesakes.txt. The usual surname filters
    (common words, common surnames, stoplist) have already applied."""
    owners = collections.Counter()
    for e in entries.values():
        for x in set(fold(x) for x in e.surnames):
            owners[x] += 1
    for e in entries.values():
        attrs = e.attrs.get("role", "") + " " + e.attrs.get("terms", "")
        if "ambiguous" in e.flags or not any(r in attrs for r in ALONE_ROLES):
            continue
        # Accents are folded when matching: "Støre" is the word "Store" too.
        alone = [x for x in e.surnames
                 if owners[fold(x)] == 1 and x.casefold() not in NAMESAKES
                 and to_ascii(x.casefold()) not in NAMESAKES and not is_common(x)
                 and not is_common(to_ascii(x))]
        if alone:
            e.attrs["alone"] = ",".join(alone)


def non_distinctive_surname(x):
    """Why a surname-only form cannot point to one person, or None: the curated stoplist, a
    common English word, or a name word news gives to many people (common_surnames.txt)."""
    k = x.casefold()
    if k in STOP_SURNAMES or to_ascii(k) in STOP_SURNAMES:
        return "stoplisted"
    if is_common(x):
        return "a common word"
    if k in COMMON_SURNAMES or to_ascii(k) in COMMON_SURNAMES:
        return "borne by many people in news (common_surnames.txt)"
    return None


def is_common(form):
    """True when the whole form, lower-cased, is a common English word."""
    return form.casefold() in COMMON


# Double quotes (straight and curly) only around a nickname inside a curated person's name
# ('Jimmy "Barbecue" Cherizier').
LATIN_OK = re.compile(
    r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9 .,'\u2019\u2013\u2014()&/\"\u201c\u201d-]+$")
# "<country>-led / -backed / -based ..." (an alias "Kenya-led Multinational Security Support
# mission"): the compound belongs to the country, never to the name after it.
LED_COMPOUND = re.compile(r"^[A-Z][\w.]*-(?:led|backed|based|sponsored|funded|run)\s")
ARTICLE_START = re.compile(r"^(?:al|el|ad|as|ash|at|an|ar|az|ud|ul)[- ][A-Z]")


# Lower-case head nouns that follow a group's name without being part of it.
GENERIC_HEADS = {"rebels", "rebel", "movement", "militia", "militias", "militants", "fighters",
                 "insurgents", "coalition", "alliance", "forces", "gangs", "gang", "agency"}


def alias_ok(form, entry, col, acronym_ok=False):
    """Generic filters for names/aliases/demonyms. Returns a reason string when rejected."""
    if not form:
        return "empty"
    if not LATIN_OK.match(form):
        return "non-latin or odd characters"
    if col == "aliases" and LED_COMPOUND.match(form):
        return "'-led' compound belongs to the country"
    if not form[0].isupper() and not form[0].isdigit() and not ARTICLE_START.match(form):
        return "not capitalized"
    letters = re.sub(r"[^A-Za-z\u00c0-\u024f]", "", form)
    if len(letters) < 3 and not acronym_ok:
        return "too short"
    if " " not in form and "-" not in form and is_common(form):
        return "common word"
    if re.search(r"\d", form) and entry.label != "ORG":
        return "digits"
    return None


def is_acronym(form):
    letters = re.sub(r"[^A-Za-z]", "", form)
    return bool(letters) and (
        letters.isupper() or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][a-z]?", letters) is not None
    ) and " " not in form and len(letters) <= 8


def smart_title(s):
    """Case for ALL-CAPS source names: 'ARMY OF MOHAMMED' -> 'Army of Mohammed',
    'AL-QAIDA IN IRAQ' -> 'Al-Qaida in Iraq', 'JAISH-I-MOHAMMED' -> 'Jaish-i-Mohammed'."""
    small = {"of", "the", "and", "in", "for", "on", "to", "at", "by", "wa", "wal", "fi", "li",
             "e", "i", "ul", "ur", "us", "ud", "el", "de", "la", "le", "des", "du", "et", "y",
             "bin", "ibn", "da", "al"}
    keep_upper = re.compile(r"^(?:[A-Z]{2,6}|[IVX]+)$")
    if KNOWN_ACRONYMS:
        words0 = s.split(" ")
        s = " ".join(w if w in KNOWN_ACRONYMS else w for w in words0)
    words = s.split(" ")
    out = []
    for wi, w in enumerate(words):
        parts = w.split("-")
        np_ = []
        for pi, p in enumerate(parts):
            lp = p.lower()
            first = wi == 0 and pi == 0
            if p in KNOWN_ACRONYMS or "/" in p or (keep_upper.match(p) and len(p) <= 5 and lp not in small
                            and not re.search(r"[AEIOUY]", p)):
                np_.append(p)
            elif lp in small and not first:
                np_.append(lp)
            else:
                np_.append(capword(lp))
        out.append("-".join(np_))
    return " ".join(out)


def capword(w):
    if not w or w[0].isdigit():
        return w
    # keep apostrophe-internal letters lower ("ta'awun"), capitalize after "(" and "'" at start
    i = 0
    while i < len(w) and not w[i].isalpha():
        i += 1
    return w[:i] + w[i:i + 1].upper() + w[i + 1:]


# ---------------------------------------------------------------------------------------------
# Curated TSV files (same format as the output; merged by id)


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    sys.exit("%s: bad header %r" % (path, header))
                continue
            cells += [""] * (len(COLUMNS) - len(cells))
            if len(cells) > len(COLUMNS):
                sys.exit("%s:%d: %d cells" % (path, lineno, len(cells)))
            rows.append(dict(zip(COLUMNS, cells)))
    return rows


def apply_curated(entries, path, label):
    """Curated rows extend or override generated entries with the same id.
    - label/name: a non-empty cell replaces the generated value;
    - list cells (aliases, acronyms, demonyms, surnames, flags): items are added; an item
      written '-X' removes X; a cell starting with '=' replaces the whole generated list;
    - attrs: keys are set (an empty value 'key=' deletes the key);
    - flags may contain 'delete' to remove the entry altogether.
    A row whose id is new creates an entry (label and name required)."""
    if isinstance(path, list):
        rows = path
    elif not os.path.exists(path):
        return
    else:
        rows = read_tsv(path)
    for r in rows:
        id_ = r["id"].strip()
        e = entries.get(id_)
        flags = [x.strip() for x in r["flags"].split("|") if x.strip()]
        if "delete" in flags:
            if id_ in entries:
                del entries[id_]
                log("curated delete %s" % id_)
            continue
        if e is None:
            lab = r["label"].strip() or label
            if not r["name"].strip():
                sys.exit("%s: new id %s without a name" % (path, id_))
            e = Entry(id_, lab, clean_space(r["name"]))
            entries[id_] = e
        else:
            if r["label"].strip():
                e.label = r["label"].strip()
            if r["name"].strip():
                new = clean_space(r["name"])
                if new != e.name:
                    old = e.name
                    e.name = new
                    if old not in e.aliases:
                        e.aliases.insert(0, old)
                    e.remove("aliases", new)
        e.prio[e.name] = 2
        for col in LIST_COLS + ["flags"]:
            cell = r[col].strip()
            if not cell:
                continue
            if cell.startswith("="):
                setattr(e, col, [])
                cell = cell[1:]
            for item in cell.split("|"):
                item = clean_space(item)
                if not item:
                    continue
                if item.startswith("-") and len(item) > 1:
                    e.remove(col, item[1:])
                    log("curated remove %s %s %r" % (id_, col, item[1:]))
                elif col == "flags":
                    if item not in e.flags:
                        e.flags.append(item)
                else:
                    e.add(col, item, prio=2)
        for kv in r["attrs"].split(";"):
            kv = kv.strip()
            if "=" in kv:
                k, v = kv.split("=", 1)
                e.attrs[k.strip()] = v.strip()
                if not v.strip():
                    del e.attrs[k.strip()]


# ---------------------------------------------------------------------------------------------
# Cleaning shared by all files


def clean_entries(entries, kind):
    """Filter bad forms, resolve forms claimed by two entries, mark ambiguous forms."""
    # 1. per-form filters
    for e in entries.values():
        for col in LIST_COLS:
            setattr(e, col, [f for f in getattr(e, col) if f != e.name])
        for col in ("aliases", "demonyms"):
            for f in list(getattr(e, col)):
                if e.prio.get(f, 1) >= 2:
                    continue
                why = alias_ok(f, e, col)
                if why is None and col == "aliases" and is_acronym(f) and len(f) <= 6:
                    # acronyms belong in their own column (exact case)
                    e.remove(col, f)
                    if f not in e.acronyms:
                        e.acronyms.append(f)
                        e.prio[f] = e.prio.get(f, 1)
                    continue
                if why:
                    e.remove(col, f)
                    log("%s %s drop %s %r: %s" % (kind, e.id, col, f, why))
        for f in list(e.acronyms):
            if e.prio.get(f, 1) >= 2:
                continue
            letters = re.sub(r"[^A-Za-z]", "", f)
            if len(letters) < 2 or not LATIN_OK.match(f):
                e.remove("acronyms", f)
                log("%s %s drop acronym %r: too short/odd" % (kind, e.id, f))
    # 1b. an alias that is another form of the same entry plus a generic lower-case head noun
    # ("M23 rebels", "Ansar Allah movement", "Fano militias"): the head stays outside the span
    # ("[M23] rebels"), so the longer alias would only make the span wrong.
    for e in entries.values():
        forms = {fold(f) for _, f in e.forms()}
        for f in list(e.aliases):
            head, _, last = f.rpartition(" ")
            # "Amaq news agency": the lower-case words before the head go with it
            while last == "agency" and head and head.rpartition(" ")[2].islower():
                head = head.rpartition(" ")[0]
            if last in GENERIC_HEADS and head and fold(head) in forms:
                e.remove("aliases", f)
                log("%s %s drop aliases %r: generic head noun after %r" % (kind, e.id, f, head))
    # 2. forms claimed by two entries (within this file)
    claims = collections.defaultdict(list)
    for e in entries.values():
        for col, f in e.forms():
            key = f if col == "acronyms" else fold(f)
            claims[(col == "acronyms", key)].append((e, col, f))
    for (_, key), lst in sorted(claims.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        ids = {e.id for e, _, _ in lst}
        if len(ids) < 2:
            continue
        best = max(e.prio.get(f, 1) + (1 if col == "name" else 0) for e, col, f in lst)
        winners = [(e, col, f) for e, col, f in lst
                   if e.prio.get(f, 1) + (1 if col == "name" else 0) == best]
        if len({e.id for e, _, _ in winners}) == 1:
            keep = winners[0][0].id
        else:
            keep = None
        for e, col, f in lst:
            if e.id == keep or col == "name":
                continue
            e.remove(col, f)
            log("%s %s drop %s %r: also claimed by %s" % (
                kind, e.id, col, f, ",".join(sorted(ids - {e.id}))))
    # 3. ambiguous forms: a form whose lower case is a common English word (this includes
    # all-caps acronyms that spell a word: US, IS, WHO, AP) or that curated files listed.
    for e in entries.values():
        amb = [x for x in e.attrs.get("ambiguous", "").split(",") if x]
        for col, f in e.forms():
            if col == "acronyms":
                # "US", "IS", "WHO" spell words in all-caps text; dotted forms ("U.S.") do not
                if f.isalpha() and f.isupper() and f.lower() in COMMON and f not in amb:
                    amb.append(f)
            elif " " not in f and is_common(f) and f not in amb:
                amb.append(f)
        if amb:
            e.attrs["ambiguous"] = ",".join(amb)
            if "ambiguous" not in e.flags:
                e.flags.append("ambiguous")


def write_tsv(path, entries, title, sources):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("# %s - generated by scripts/build_gazetteers.py; edit gazetteers/curated/ instead.\n"
                % title)
        for s in sources:
            f.write("# source: %s\n" % s)
        f.write("\t".join(COLUMNS) + "\n")
        for e in sorted(entries.values(), key=lambda e: (e.name.casefold(), e.id)):
            row = e.row()
            for c in row:
                if "\t" in c or "\n" in c:
                    sys.exit("tab/newline in %s: %r" % (e.id, c))
            f.write("\t".join(row) + "\n")


def load_common_country_forms(countries):
    s = set()
    for e in countries.values():
        for _, f in e.forms():
            s.add(fold(f))
    return s


# ---------------------------------------------------------------------------------------------
# COUNTRIES

# country-coder QIDs that denote the kingdom rather than the country as news uses it
QID_FIX = {"Q756617": "Q35", "Q29999": "Q55"}


def build_countries(src):
    entries = collections.OrderedDict()
    by_iso2 = {}
    with open(os.path.join(src, "country-coder", "borders.json"), encoding="utf-8") as f:
        cc = json.load(f)
    for feat in cc["features"]:
        p = feat["properties"]
        iso2 = p.get("iso1A2")
        if not iso2 or p.get("level") in ("region", "union", "unitedNations", "world"):
            continue
        if p.get("isoStatus") == "excRes" and iso2 not in ("AC", "TA", "DG"):
            continue
        qid = QID_FIX.get(p["wikidata"], p["wikidata"])
        e = Entry(qid, "COUNTRY", p["nameEn"])
        e.attrs["iso2"] = iso2
        if p.get("iso1A3"):
            e.attrs["iso3"] = p["iso1A3"]
        if p.get("country"):
            e.attrs["part_of"] = p["country"]
        for a in p.get("aliases") or []:
            e.add("aliases", a)
        entries[qid] = e
        by_iso2[iso2] = e
    # world-countries (ODbL): common/official names, alternative spellings, demonyms
    with open(os.path.join(src, "world-countries", "countries.json"), encoding="utf-8") as f:
        wc = json.load(f)
    for c in wc:
        e = by_iso2.get(c["cca2"])
        if e is None:
            log("country world-countries %s not in country-coder" % c["cca2"])
            continue
        # Capitals: a capital used for its government ("Kabul's response", "Beijing said") is
        # the country (the matcher reads this attribute).
        caps = [clean_space(x) for x in c.get("capital") or [] if "," not in x and ";" not in x]
        if caps:
            e.attrs["capital"] = ",".join(caps)
        old = e.name
        e.name = clean_space(c["name"]["common"])
        if old != e.name:
            e.add("aliases", old)
        e.add("aliases", c["name"]["official"])
        for a in c.get("altSpellings") or []:
            if a == c["cca2"]:
                continue
            if "," in a:  # "Korea, Republic of" is a sorted-list form, not a name in text
                continue
            e.add("aliases", a)
        dem = (c.get("demonyms") or {}).get("eng") or {}
        for k in ("m", "f"):
            d = dem.get(k) or ""
            if d and not re.search(r"[,/()]| or ", d):
                e.add("demonyms", d)
    # econandrew Wikidata English labels and aliases (MIT)
    with open(os.path.join(src, "econandrew-country-aliases", "country_aliases.csv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["language"] != "en":
                continue
            e = by_iso2.get(r["iso2c"])
            if e is None:
                continue
            a = clean_space(r["label"])
            a = re.sub(r"^[Tt]he ", "", a)
            if "," in a or a.isupper() and len(a) <= 3:
                continue  # codes (GB, GBR) and list forms; acronyms come from curated files
            e.add("aliases", a)
    # cartogrify adjectivals and demonyms (MIT)
    with open(os.path.join(src, "cartogrify", "country_terms.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            e = by_iso2.get(r["iso_alpha2"])
            if e is None:
                continue
            for col in ("adjectivals", "demonyms"):
                for t in (r[col] or "").split("|"):
                    t = t.strip()
                    if not t or " and " in t or t.endswith(" people") or t.endswith(" residents"):
                        continue
                    if re.search(r"[.,/()]| or ", t):
                        continue
                    e.add("demonyms", " ".join("-".join(capword(p) for p in w.split("-"))
                                               for w in t.split(" ")))
    # A demonym that is really a country/territory name ("Gibraltar" under GB) is dropped.
    names = {fold(e.name) for e in entries.values()}
    for e in entries.values():
        for d in list(e.demonyms):
            if fold(d) in names or fold(d) in {fold(a) for a in e.aliases}:
                e.remove("demonyms", d)
                log("country %s drop demonym %r: a place name" % (e.id, d))
    # Plural demonyms where sources give only the singular ("Pakistani" -> "Pakistanis")
    for e in entries.values():
        for d in list(e.demonyms):
            last = d.split(" ")[-1]
            if re.search(r"(ese|ish|ch|sh|ss|s|x|z)$", last) or last in ("Swiss", "Thai"):
                continue
            if re.search(r"(an|ian|i|ean|ine|ite|ot|ek|ak|ik|ic|er|ol|ab|ish)$", last):
                plural = d + "s"
                if plural not in e.demonyms:
                    e.add("demonyms", plural)
    # Acronyms for countries come only from the curated file: the sources' two- and
    # three-letter codes (IN, IT, NO, CAN, PER, ...) are words in running text.
    for e in entries.values():
        for a in list(e.aliases):
            if is_acronym(a) or re.fullmatch(r"[A-Z]{2}-[A-Z0-9]+", a):
                e.remove("aliases", a)
                log("country %s drop alias %r: code/acronym not in curated list" % (e.id, a))
        e.acronyms = []
    apply_curated(entries, os.path.join(CURATED, "countries.tsv"), "COUNTRY")
    for e in entries.values():
        order = ["iso2", "iso3", "part_of"]
        e.attrs = collections.OrderedDict(
            sorted(e.attrs.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 9,
                                                   kv[0])))
    clean_entries(entries, "country")
    return entries


# ---------------------------------------------------------------------------------------------
# Merging entries from several sources by shared names


class FormIndex:
    """fold(name or alias) -> entry id, to merge the same group/org coming from two sources."""

    def __init__(self, entries):
        self.map = {}
        self.acr = {}
        for e in entries.values():
            self.add_entry(e)

    def add_entry(self, e):
        for col, f in e.forms():
            if col in ("name", "aliases"):
                self.map.setdefault(fold(f), e.id)
            elif col == "acronyms":
                self.acr.setdefault(f, e.id)

    def find(self, forms):
        for f in forms:
            id_ = self.map.get(fold(f))
            if id_ is not None:
                return id_
        # a source record whose name is only an acronym ("PKK") joins the entry that has it
        for f in forms:
            if " " not in f and f.isupper() and f in self.acr:
                return self.acr[f]
        return None


def merge_candidate(entries, index, cand_id, label, name, aliases, acronyms, attrs, src):
    """Adds a source record: merged into an existing entry sharing its name or an alias,
    else a new entry."""
    target = index.find([name] + aliases)
    if target is not None and target in entries:
        e = entries[target]
        if fold(name) != fold(e.name):
            e.add("aliases", name)
        for a in aliases:
            e.add("aliases", a)
        for a in acronyms:
            e.add("acronyms", a)
        for k, v in attrs.items():
            e.attrs.setdefault(k, v)
        index.add_entry(e)
        return e
    if cand_id in entries:
        cand_id = cand_id + "-2"
    e = Entry(cand_id, label, name)
    for a in aliases:
        e.add("aliases", a)
    for a in acronyms:
        e.add("acronyms", a)
    for k, v in attrs.items():
        e.attrs[k] = v
    entries[cand_id] = e
    index.add_entry(e)
    log("%s new %s %r from %s" % (label.lower(), cand_id, name, src))
    return e


# country names and other words that appear in parentheses after a name as a qualifier,
# "PEOPLE'S REVOLUTIONARY ARMY (ARGENTINA)"; filled from the country gazetteer
QUALIFIERS = set()

ACR_RE = re.compile(r"^[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$")


def split_acronyms(text):
    """'AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)' -> ('AL-QAIDA IN THE ARABIAN PENINSULA',
    ['AQAP']); 'HARAKAT UL-MUJAHIDIN / HUM' -> ('HARAKAT UL-MUJAHIDIN', ['HUM'])."""
    acr = []
    text = clean_space(text)
    while True:
        m = re.search(r"\s*\(([^()]*)\)\s*$", text)
        if not m:
            break
        inner = m.group(1)
        parts = [x.strip() for x in inner.split(",")]
        if all(ACR_RE.match(x) and sum(c.isupper() for c in x) >= 2 and len(x) <= 12
               and x.lower() not in COMMON and fold(x) not in QUALIFIERS
               for x in parts if x):
            acr.extend(x for x in parts if x)
        text = text[:m.start()].strip()
    m = re.match(r"^(.*\S)\s*/\s*([A-Z]{2,8})$", text)
    # ... but a word after the slash is part of the name ("TKEP/LENINIST": no acronym
    # "LENINIST", which all-caps wire copy writes for the ideology)
    if m and m.group(2).lower() not in COMMON and not IDEOLOGY_WORD.search(m.group(2)):
        text, a = m.group(1), m.group(2)
        acr.append(a)
    return text, acr


# Words for an ideology or its followers, never acronyms: LENINIST, MAOIST, ISLAMISM.
IDEOLOGY_WORD = re.compile(r"(?:IST|ISTS|ISM)$")


def recase(s):
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return smart_title(s.lower() if False else s)
    return s


SIGNIFICANT_STOP = {"the", "of", "and", "for", "in", "al", "front", "army", "group", "groups",
                    "organization", "organisation", "movement", "party", "national", "people",
                    "peoples", "popular", "islamic", "brigade", "brigades", "liberation",
                    "revolutionary", "forces", "force", "council", "union", "committee", "cells",
                    "cell", "commando", "faction", "resistance", "struggle", "action", "new",
                    "armed", "red", "black", "democratic", "united", "jihad", "mujahideen"}


def significant_words(s):
    return {w for w in re.findall(r"[a-z\u00e0-\u024f]{4,}", fold(s))
            if w not in SIGNIFICANT_STOP}


def only_common_words(name):
    words = [w for w in re.findall(r"[A-Za-z']+", name) if w.lower() not in
             ("of", "the", "and", "for", "in", "to", "a")]
    return bool(words) and all(w.lower() in COMMON for w in words)


# ---------------------------------------------------------------------------------------------
# GROUPS

UN_GROUP_LISTS = {"Al-Qaida", "Taliban", "Somalia", "DRC", "CAR", "Yemen", "Mali", "Sudan",
                  "South Sudan", "Haiti", "Libya"}
UN_NOT_GROUPS = re.compile(
    r"TRUST|FOUNDATION|EXCHANGE|COMPANY|CORPORATION|BANK|\bLTD|SOCIETY|CHARITY|BRANCH|HAWALA|"
    r"RELIEF|COMMITTEE|OFFICES|HUMANITARIAN|HARAMA|AIRLINES|TRADING|INVESTMENT|AUTHORITY|"
    r"PORTFOLIO|\(NGO\)|AL-THAHAB|AL FURQAN|TA'AWUN|TAMEER", re.I)


def un_entities(src, lists, exclude_re):
    root = ET.parse(os.path.join(src, "un-sc-consolidated", "consolidated.xml")).getroot()
    for ent in root.find("ENTITIES"):
        lt = ent.findtext("UN_LIST_TYPE")
        if lt not in lists:
            continue
        raw = clean_space(ent.findtext("FIRST_NAME"))
        if exclude_re.search(raw):
            continue
        name, acr = split_acronyms(raw)
        name = re.sub(r"^THE\s+", "", name)
        name = recase(name)
        aliases = []
        for a in ent.findall("ENTITY_ALIAS"):
            txt = clean_space(a.findtext("ALIAS_NAME") or "")
            for part in re.split(r"[;]", txt):
                part = part.strip().strip('"')
                if part.startswith("(") and part.endswith(")"):
                    part = part[1:-1]
                if part.count("(") > part.count(")"):
                    part = part.replace("(", "", 1) if part.startswith("(") else part + ")"
                elif part.count(")") > part.count("("):
                    part = part[:part.rfind(")")] + part[part.rfind(")") + 1:]
                part = part.strip()
                # drop original-script segments "(هيئة ... (original script)"
                part = re.sub(r"\((?:[^()]*original script[^()]*)\)", "", part)
                if not part:
                    continue
                part, pa = split_acronyms(part)
                acr.extend(pa)
                part = re.sub(r"^[Tt]he\s+", "", part)
                if not part:
                    continue
                if ACR_RE.match(part) and part.isupper() and len(part) <= 6:
                    acr.append(part)
                else:
                    aliases.append(recase(part))
        yield ent.findtext("REFERENCE_NUMBER").strip(), lt, name, aliases, acr


def petrarch_actors(path):
    """(name, aliases, codes) from a TABARI/PETRARCH actor dictionary."""
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            raw = line.rstrip("\n")
            body = raw.split("#", 1)[0]
            codes = re.findall(r"\[([A-Z]*)[^\]]*\]", body)
            body = re.sub(r"\[[^\]]*\]", "", body).strip()
            if not body:
                if cur is not None:
                    cur[2].extend(codes)
                continue
            if body.startswith("+"):
                if cur is not None:
                    cur[1].append(body[1:])
                    cur[2].extend(codes)
                continue
            if raw[:1] in (" ", "\t"):
                continue
            if cur is not None:
                yield cur
            cur = (body, [], list(codes))
    if cur is not None:
        yield cur


def petrarch_name(s):
    s = s.strip().rstrip("_").replace("_", " ")
    s = re.sub(r"ACUTE#", "", s)
    s = clean_space(s)
    if "+" in s or "#" in s or not s:
        return None, []
    name, acr = split_acronyms(s)
    if not name:
        return None, []
    return name, acr


def initials(name):
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)
                   if w.lower() not in ("of", "the", "and", "for", "in", "al", "el"))


GROUP_WORD = re.compile(
    r"\b(?:Army|Organi[sz]ation|Front|Brigades?|Movement|Group|Party|Council|Mujah[ie]d[ei]e?n|"
    r"Qa[e']?idah?|Jihad|Battalions?|Islami|Ansar|Hara[kq]at|Harkat|Lashkar|Jaish|Jaysh|Tehrik|"
    r"Militia|Forces?|Cells?|Commandos?|Liberation|Faction|Legion|Guerrillas?|Tigers|Network|"
    r"Regiment|Squad|Nuclei|Union|League|Alliance|Jama'?at|Jemaah|Katiba|Kataib|Hizb|Hezb|"
    r"Fighters|Resistance|Revolutionary)\b", re.I)
PERSONLIKE = re.compile(r"^(?:Abu|Commander|Emir|Sheikh|Mullah|Maulana)\b|\b(?:bin|ibn)\b")


def build_groups(src, iso3_to_qid):
    entries = collections.OrderedDict()
    cur_path = os.path.join(CURATED, "groups.tsv")
    apply_curated(entries, cur_path, "GROUP")
    for e in entries.values():
        KNOWN_ACRONYMS.update(a for a in e.acronyms if a.isupper())
    index = FormIndex(entries)
    by_un = {e.attrs["un"]: e.id for e in entries.values() if e.attrs.get("un")}
    # UN Security Council consolidated list: entities of the terrorism and armed-conflict lists
    for ref, lt, name, aliases, acr in un_entities(src, UN_GROUP_LISTS, UN_NOT_GROUPS):
        if ref in by_un:
            e = entries[by_un[ref]]
            for a in [name] + aliases:
                if fold(a) != fold(e.name):
                    e.add("aliases", a)
            for a in acr:
                e.add("acronyms", a)
            index.add_entry(e)
            continue
        merge_candidate(entries, index, "sitrep:grp:" + slug(name), "GROUP", name, aliases, acr,
                        {"un": ref}, "UN SC list")
    # PETRARCH / START TOPS non-state armed groups (MIT)
    path = os.path.join(src, "petrarch2", "Phoenix.MilNonState.actors.txt")
    for body, alias_lines, codes in petrarch_actors(path):
        name, acr = petrarch_name(body)
        if name is None:
            continue
        title = smart_title(name)
        if "," in title or not re.search(r"[A-Za-z]{3}", title) or re.fullmatch(
                r"\d+ (?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)", title):
            log("group petrarch skip %r: not a name" % title)
            continue
        if not GROUP_WORD.search(title) and (
                not any("REB" in c for c in codes) or PERSONLIKE.search(title)):
            log("group petrarch skip %r: a person or not a group" % title)
            continue
        # a name made only of ordinary words ("Red Line", "Popular Resistance") is kept only
        # when it reads as an organisation's name: a group word and three or more words
        content = [w for w in re.findall(r"[A-Za-z'-]+", title)
                   if w.lower() not in ("of", "the", "and", "for", "in", "to", "a")]
        if only_common_words(title) and not (GROUP_WORD.search(title) and len(content) >= 3):
            log("group petrarch skip %r: only common words" % title)
            continue
        sig = significant_words(title)
        aliases = []
        for a in alias_lines:
            an, aa = petrarch_name(a)
            if an is None:
                continue
            acr.extend(aa)
            compact = re.sub(r"[^A-Z]", "", an)
            if " " not in an and (compact == initials(title).upper() or
                                  not re.search(r"[AEIOU]", an[1:])) and len(compact) >= 2:
                acr.append(an)
                continue
            at = smart_title(an)
            if sig & significant_words(at):
                aliases.append(at)
            else:
                log("group petrarch %r drop alias %r: shares no word with the name" % (title, at))
        attrs = {}
        for c in codes:
            q = iso3_to_qid.get(c[:3])
            if q:
                attrs["country"] = q
                break
        if " " not in name and name.isupper() and name in index.acr:
            title = name  # "PKK", "ETA": the acronym of a group we already have
        merge_candidate(entries, index, "sitrep:grp:" + slug(title), "GROUP", title, aliases,
                        acr, attrs, "petrarch2 MilNonState")
    for e in entries.values():
        for a in list(e.acronyms):
            if e.prio.get(a, 1) < 2 and (len(re.sub(r"[^A-Za-z]", "", a)) < 3 or
                                         a.lower() in COMMON or fold(a) in QUALIFIERS):
                e.remove("acronyms", a)
                log("group %s drop acronym %r: short, a word or a qualifier" % (e.id, a))
    apply_curated(entries, cur_path, "GROUP")
    for e in entries.values():
        e.label = "GROUP"
    clean_entries(entries, "group")
    return entries

# ---------------------------------------------------------------------------------------------
# ORGS

ORG_EXCLUDE = re.compile(r"\b(?:Court|Tribunal|Parliament|Parliamentary|Red Cross|Red Crescent|"
                         r"Ombudsman|Arbitral)\b")


def read_simple_yaml(path):
    """The two-level YAML of supraverden: 'Name:' then '  key: value' or '  key:' + '  - item'."""
    recs = collections.OrderedDict()
    cur = None
    key = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                cur = {}
                recs[line.rstrip(":").strip("'\"")] = cur
                key = None
                continue
            m = re.match(r"^  ([A-Za-z_0-9]+):\s*(.*)$", line)
            if m and cur is not None:
                key = m.group(1)
                v = m.group(2).strip()
                cur[key] = v.strip("'\"") if v else []
            elif line.strip().startswith("- ") and key and cur is not None:
                if isinstance(cur.get(key), list):
                    cur[key].append(line.strip()[2:].strip("'\""))
    return recs


def yaml_str(v):
    if isinstance(v, list) or v is None:
        return ""
    v = clean_space(v)
    return "" if v in ("null", "None", "~") or v.startswith("[No ") else v


def build_orgs(src):
    entries = collections.OrderedDict()
    recs = read_simple_yaml(os.path.join(src, "supraverden", "general_list.yaml"))
    for key, r in recs.items():
        name = yaml_str(r.get("Name_en")) or key
        if name.startswith("?") or ORG_EXCLUDE.search(name):
            log("org supraverden skip %r: court, parliament or not an IGO" % name)
            continue
        qid = yaml_str(r.get("Wikidata_code"))
        id_ = qid if re.fullmatch(r"Q\d+", qid) else "sitrep:org:" + slug(name)
        if id_ in entries:
            log("org supraverden duplicate id %s %r" % (id_, name))
            continue
        e = Entry(id_, "ORG", name)
        for k in sorted(r):
            if re.fullmatch(r"Name_other(_\d+)?_en", k):
                e.add("aliases", yaml_str(r[k]))
            elif re.fullmatch(r"Abbreviation(_other)?(_\d+)?_en", k):
                a = yaml_str(r[k])
                if a:
                    (e.add("acronyms", a) if is_acronym(a) else e.add("aliases", a))
        e.attrs["type"] = "igo"
        fam = yaml_str(r.get("Org_family"))
        # short acronyms of minor bodies collide with better-known ones (IOC: International
        # Olive Council / Olympic Committee; LTA; APT): 2-3 letters kept only for the UN, EU,
        # World Bank and OECD families
        for a in list(e.acronyms):
            letters = re.sub(r"[^A-Za-z]", "", a)
            major = fam in ("UN and affiliates", "EU institutions and bodies",
                            "World Bank Group entities",
                            "Organisation for Economic Co-operation and Development entities")
            if a.lower() in COMMON or (len(letters) <= 3 and not major):
                e.remove("acronyms", a)
                log("org %s drop acronym %r: a word, or short for a minor body" % (id_, a))
        if fam and fam != "none":
            e.attrs["family"] = fam.replace(";", ",")
        entries[id_] = e
    # curated rows with a sitrep: id that name an organisation the source has: give them the
    # source's QID
    index = FormIndex(entries)
    rows = read_tsv(os.path.join(CURATED, "orgs.tsv"))
    for r in rows:
        if r["id"].startswith("sitrep:") and r["id"] not in entries:
            forms = [r["name"]] + [a for a in r["aliases"].split("|") if a]
            hit = index.find(forms)
            if hit:
                log("org curated %s merged into source entry %s" % (r["id"], hit))
                r["id"] = hit
    apply_curated(entries, rows, "ORG")
    for e in entries.values():
        e.label = "ORG"
    clean_entries(entries, "org")
    return entries


def add_national_services(orgs, countries):
    """One ORG per country and service in curated/national_services.txt ("Pakistan Army",
    "Estonian Navy", "U.S. Coast Guard"): the guidelines' armed forces and police bodies with a
    proper name. The name joins a service to the country's name, acronyms and adjectival
    demonyms; a form an existing entry already has (hand-curated "Indian Army") sends the other
    forms there as aliases instead of making a second entry."""
    index = FormIndex(orgs)
    services = []
    with open(os.path.join(CURATED, "national_services.txt"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for cells in rows[1:]:  # rows[0] is the header
        # "Defence Force|Defense Force|…": spelling variants of one service, one entry.
        variants = cells[0].split("|")
        # A third cell "names" joins the service to the country's own name only: "New Zealand
        # Police" is that force's name, "Indian Police" a headline's capitalization.
        names_only = len(cells) > 2 and cells[2].strip() == "names"
        services.append({"service": variants[0], "variants": variants, "type": cells[1],
                         "names_only": names_only})
    added = 0
    for c in countries.values():
        if c.attrs.get("part_of") or not c.attrs.get("iso3"):
            continue  # territories and the UK's nations keep their own curated bodies
        plural = {d + "s" for d in c.demonyms} | {d + "es" for d in c.demonyms}
        adjectivals = [d for d in c.demonyms
                       if d not in plural and not re.search(r"(?:man|men)$", d)]
        qualifiers = adjectivals + [c.name] + list(c.acronyms)
        for svc in services:
            forms = []
            for q in ([c.name] if svc["names_only"] else qualifiers):
                for v in svc["variants"]:
                    f = "%s %s" % (q, v)
                    if f not in forms:
                        forms.append(f)
            hit = index.find(forms)
            if hit is not None:
                if orgs[hit].label != "ORG":
                    continue
                for f in forms:
                    if index.map.get(fold(f)) is None:
                        orgs[hit].add("aliases", f)
                        index.map[fold(f)] = hit
                continue
            id_ = "sitrep:org:svc:%s:%s" % (c.attrs["iso3"].lower(), slug(svc["service"]))
            e = Entry(id_, "ORG", forms[0])
            for f in forms[1:]:
                e.add("aliases", f)
            e.attrs["country"] = c.id
            e.attrs["type"] = svc["type"]
            orgs[id_] = e
            index.add_entry(e)
            added += 1
    log("national services: %d entries generated" % added)


NATIONAL_TYPES = {"military", "security", "police", "intelligence"}


def add_country_prefixes(orgs, countries):
    """A national body written after its country's name or acronym is one name: "U.S. Drug
    Enforcement Administration", "US Defense Intelligence Agency" (the guidelines' longest
    name). For every ORG with `country=` and a national `type=` whose names hold no form of
    that country, "<country name or acronym> <name or alias>" becomes an alias. Demonyms are
    not used ("Pakistani ISI" stays COUNTRY + ORG)."""
    index = FormIndex(orgs)
    added = 0
    for e in list(orgs.values()):
        c = countries.get(e.attrs.get("country", ""))
        if c is None or e.attrs.get("type") not in NATIONAL_TYPES or e.id.startswith("sitrep:org:svc:"):
            continue
        qualifiers = [c.name] + list(c.acronyms)
        country_forms = {fold(f) for _, f in c.forms()}
        names = [e.name] + list(e.aliases)
        if any(fold(w) in country_forms or any(fold(n).startswith(fold(q) + " ") for q in qualifiers)
               for n in names for w in n.replace("-", " ").split(" ")):
            continue
        for n in names:
            for q in qualifiers:
                f = "%s %s" % (q, n)
                if index.map.get(fold(f)) is None:
                    e.add("aliases", f)
                    index.map[fold(f)] = e.id
                    added += 1
    log("country prefixes: %d aliases added" % added)


def add_article_free_tv_aliases(orgs):
    """An Arabic broadcaster is written without its article before "TV": "Iraqiya TV" for Al
    Iraqiya, "Manar TV" for Al-Manar. For every media ORG, each name or alias "Al <Word>" /
    "Al-<Word>" (one word after the article) gives the alias "<Word> TV"; the bare "<Word>" is
    not added ("Iraqiya" is also a political bloc)."""
    index = FormIndex(orgs)
    added = 0
    for e in list(orgs.values()):
        # Propaganda foundations ("As-Sahab Media") are no TV channels.
        if e.attrs.get("type") != "media" or any(w in n for n in [e.name] + list(e.aliases)
                                                 for w in ("Media", "Foundation")):
            continue
        for n in [e.name] + list(e.aliases):
            m = re.match(r"^[Aa]l[ -]([A-Z][a-z]+)(?: TV)?$", n)
            if m is None:
                continue
            f = "%s TV" % m.group(1)
            if index.map.get(fold(f)) is None:
                e.add("aliases", f)
                index.map[fold(f)] = e.id
                added += 1
    log("article-free TV aliases: %d aliases added" % added)


# British and American spellings of one word in an institution's name: news in either spelling
# names the same body ("World Trade Organisation", "Ministry of Defense"); "and" and "&" likewise.
SPELLING_PAIRS = [("Organization", "Organisation"), ("Organizations", "Organisations"),
                  ("Defense", "Defence"), ("Center", "Centre"), ("Centers", "Centres"),
                  ("Program", "Programme"), ("Labor", "Labour"), ("Armored", "Armoured")]


def add_spelling_variants(entries, kind):
    """For every multi-word name or alias holding one word of SPELLING_PAIRS, the form with the
    other spelling becomes an alias, unless some entry already has that form."""
    swap = {}
    for a, b in SPELLING_PAIRS:
        swap[a], swap[b] = b, a
    swap["and"], swap["&"] = "&", "and"  # "Food & Agriculture Organisation"
    word = re.compile(r"(?<![\w&])(%s)(?![\w&])" % "|".join(
        re.escape(w) for w in sorted(swap, key=len, reverse=True)))
    index = FormIndex(entries)
    added = 0
    for e in list(entries.values()):
        for n in [e.name] + list(e.aliases):
            if " " not in n or not word.search(n):
                continue
            # every mix of spellings: "Center" and "Organisation" may meet in one name
            parts = word.split(n)
            choices = [(p, swap[p]) if i % 2 else (p,) for i, p in enumerate(parts)]
            for pick in itertools.product(*choices):
                f = "".join(pick)
                if index.map.get(fold(f)) is None:
                    e.add("aliases", f, prio=e.prio.get(n, 1))
                    index.map[fold(f)] = e.id
                    added += 1
    log("%s spelling variants: %d aliases added" % (kind, added))


def spells_from(acronym, name):
    """Whether the acronym's letters come in order from the name, starting with its first
    letter ("UNAMET" from "United Nations Mission in East Timor")."""
    letters = [c for c in to_ascii(name).lower() if c.isalpha()]
    want = acronym.lower()
    if not letters or letters[0] != want[0]:
        return False
    it = iter(letters)
    return all(c in it for c in want)


def word_stem(w):
    """Whether `w` begins a common word up to three letters longer ("instruct" of
    "instructed", "escap" of "escape")."""
    return any(c.startswith(w) and len(c) - len(w) <= 3 for c in COMMON)


def add_title_case_acronyms(entries, kind):
    """British papers write longer acronyms as words ("Unamet", "Interfet", "Swapo"): an
    acronym of five letters or more that is no common word and not listed as ambiguous gets its
    Title-case spelling as an alias, unless some entry already has that form."""
    index = FormIndex(entries)
    added = 0
    for e in list(entries.values()):
        amb = {a.strip() for a in e.attrs.get("ambiguous", "").split(",") if a.strip()}
        for a in list(e.acronyms):
            if len(a) < 5 or not (a.isalpha() and a.isascii() and a.isupper()) or a in amb:
                continue
            f = a.capitalize()
            if f.lower() in COMMON or index.map.get(fold(f)) is not None:
                continue
            if not spells_from(a, e.name):
                continue  # a word or name given as an acronym ("PARADISE", "RENOVADA")
            if word_stem(f.lower()):
                continue  # "Instruct", "Escap": the stem of common words
            e.add("aliases", f, prio=e.prio.get(a, 1))
            index.map[fold(f)] = e.id
            added += 1
    log("%s title-case acronyms: %d aliases added" % (kind, added))


def cross_file_conflicts(files):
    """A form claimed by entries of two different files: curated forms win over generated ones;
    otherwise the form is dropped from all of them (names are never dropped)."""
    claims = collections.defaultdict(list)
    for kind, entries in files:
        for e in entries.values():
            for col, f in e.forms():
                key = ("A", f) if col == "acronyms" else ("N", fold(f))
                claims[key].append((kind, e, col, f))
    for key in sorted(claims):
        lst = claims[key]
        kinds = {k for k, _, _, _ in lst}
        if len(kinds) < 2:
            continue
        best = max(e.prio.get(f, 1) + (1 if col == "name" else 0) for _, e, col, f in lst)
        winners = {e.id for _, e, col, f in lst
                   if e.prio.get(f, 1) + (1 if col == "name" else 0) == best}
        for kind, e, col, f in lst:
            if col == "name" or (len(winners) == 1 and e.id in winners):
                continue
            e.remove(col, f)
            others = ",".join(sorted({x.id for _, x, _, _ in lst} - {e.id}))
            log("%s %s drop %s %r: also claimed in another file by %s" % (kind, e.id, col, f,
                                                                          others))

# ---------------------------------------------------------------------------------------------
# OFFICIALS

EAST_ASIAN_SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"}
# Countries whose news names a person by the given name (the first word) on second reference:
# Thailand ("Paetongtarn", "Srettha", "Prayut"). The given-name rule (a first word that starts
# two officials' names is no surname) still applies: a shared given name points to nobody.
GIVEN_NAME_SECOND_REFERENCE = {"THA"}
# Spanish naming: given name(s), father's surname, mother's surname. News uses the first surname
# or both ("Arce", "López Obrador"), rarely the last alone.
DOUBLE_SURNAME = {"ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI",
                  "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "GNQ"}
NAME_SUFFIX = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "VI", "X", "XVI"}
TITLE_WORDS = re.compile(
    r"\b(?:PRESIDENT|MINISTER|SECRETARY|GENERAL|KING|QUEEN|PRINCE|PRINCESS|PRIME|CHIEF|EMIR|"
    r"SHEIKH|SULTAN|AMBASSADOR|SPOKESMAN|COMMANDER|GOVERNOR|MAYOR|SENATOR|CHAIRMAN|DR|MR|MRS|"
    r"SIR|LORD|GEN|COL|MAJ|CAPT|LT|MULLAH|MAULVI|MAWLAWI|HAJI|MULLA)\b\.?", re.I)


# Words of a body's name, never of a person's: CAMEO lists some organizations with
# person-like role codes ("SUDAN PEOPLE'S LIBERATION ARMY" as MIL); they are not officials.
BODY_WORDS = re.compile(
    r"\b(?:ARMY|MOVEMENT|FRONT|PARTY|LIBERATION|FORCES?|COUNCIL|MILITIA|BRIGADES?|"
    r"ORGANI[SZ]ATION|UNION|COMMITTEE|ALLIANCE|COALITION|MINISTRY|GOVERNMENT|POLICE)\b", re.I)


TITLE_PREFIX = re.compile(
    r"^(?:King|Queen|Emperor|Prince|Princess|Grand Duke|Mullah|Mulla|Mufti|Maulana|Mawlawi|"
    r"Maulvi|Molvi|Sayyed|Sayyid|Syed|Dr\.?|Gen\.?|General|President|Sheikh|Shaikh|Haji|Hajji|"
    r"Qari|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord|Commander|Amir|Emir|Pope|Papa)\s")

# More titles PETRARCH writes before names ("Chancellor Helmut Kohl", "Gov. Ronald Reagan",
# "Premier Wen Jiabao", "Colonel Gaddafi"; added 2026-12-03 with the archive era, which brought
# many of them): the title stays outside the span, the name or surname is matched without it.
MORE_TITLE_PREFIX = re.compile(
    r"^(?:Chancellor|Kanzler|Bundeskanzler|Gov\.?|Governor|Govenor|Premier|Colonel|Ayatollah|"
    r"Hojatolislam)\s")
# "Reagan Administration", "The Bush Administration" (PETRARCH aliases): a government, not the
# person. As aliases they made "Administration" a surname of Reagan and, through the matcher's
# short-form rule, tagged a later bare "Administration" (Reuters: 20); dropped (2026-12-03).
# The matcher then reads "Reagan" before a capitalized "Administration" as part of a longer
# name, so "the Reagan Administration" is untagged (a matcher question, not data).
ADMINISTRATION = re.compile(r"\bAdministration$")


def person_case(tok):
    if re.fullmatch(r"(?:[A-Z]\.)+|[IVX]+", tok):
        return tok  # initials, regnal numbers (MOHAMMED VI)
    """'TOKAYEV' -> 'Tokayev', 'MCCAIN' -> 'McCain', "O'BRIEN" -> "O'Brien", 'AL' -> 'al'."""
    parts = tok.split("-")
    out = []
    for i, p in enumerate(parts):
        lp = p.lower()
        if lp in ("al", "el", "ad", "ud", "ul", "bin", "ibn", "bint", "van", "von", "de", "der",
                  "da", "di", "du", "la", "le", "dos", "das", "del") and (i > 0 or len(parts) > 1):
            out.append(lp)
            continue
        w = capword(lp)
        w = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), w)
        w = re.sub(r"^O'([a-z])", lambda m: "O'" + m.group(1).upper(), w)
        out.append(w)
    return "-".join(out)


def person_name_from_caps(s):
    toks = [t for t in s.split(" ") if t]
    out = []
    for i, t in enumerate(toks):
        w = person_case(t)
        if i > 0 and w.lower() in ("al", "el", "bin", "ibn", "bint", "van", "von", "de", "da",
                                   "di", "du", "la", "le", "dos", "das", "del", "der"):
            w = w.lower()
        out.append(w)
    name = " ".join(out)
    # Arabic article: "Yusuf al Shureiqi" -> "Yusuf al-Shureiqi"
    name = re.sub(r"\b(al|el) ([A-Z])", r"\1-\2", name)
    return name


def parse_date(tok):
    tok = tok.strip()
    if re.fullmatch(r"\d{8}", tok):
        return "%s-%s-%s" % (tok[:4], tok[4:6], tok[6:])
    if re.fullmatch(r"\d{6}", tok):
        yy = int(tok[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return "%d-%s-%s" % (year, tok[2:4], tok[4:])
    return None


def petrarch_officials(path):
    """(name, aliases, [(code, start, end)]) for the dated persons of Phoenix.Countries."""
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            raw = line.rstrip("\n")
            body = raw.split("#", 1)[0]
            roles = []
            for m in re.finditer(r"\[([A-Z]{3}[A-Z]*)\s*([^\]]*)\]", body):
                code, dates = m.group(1), m.group(2).strip()
                start = end = None
                if dates.startswith(">"):
                    start = parse_date(dates[1:])
                elif dates.startswith("<"):
                    end = parse_date(dates[1:])
                elif "-" in dates:
                    a, b = dates.split("-", 1)
                    start, end = parse_date(a), parse_date(b)
                else:
                    continue  # undated: a standing code such as [KAZELI]
                if start is None and end is None:
                    continue
                roles.append((code, start, end))
            body = re.sub(r"\[[^\]]*\]", "", body).strip()
            if body and not raw[:1].isspace() and not body.startswith("+"):
                if cur is not None:
                    yield cur
                cur = (body, [], roles, "CountryInfo" in raw)
            elif body.startswith("+") and cur is not None:
                cur[1].append(body[1:])
                cur[2].extend(roles)
            elif cur is not None:
                cur[2].extend(roles)
    if cur is not None:
        yield cur


# CAMEO role codes kept (sector ministers -- GOVBUS, GOVAGR, GOVEDU, GOVHLH, ... -- are left out:
# they rarely appear in security news and would add ~7,000 people to the automaton)
CAMEO_ROLE = {"GOVMIL": "government:defence", "GOVSPY": "government:intelligence",
              "GOVJUD": "government:justice", "GOVCOP": "government:police",
              "GOV": "government", "MIL": "military", "SPY": "intelligence", "COP": "police"}


def cameo_role(code):
    return CAMEO_ROLE.get(code[3:])


def name_key(name):
    """Loose key for merging two spellings of one person in one country: first initial + last
    token ('Kasymzhomart Tokayev' ~ 'Kassym-Jomart Tokayev')."""
    toks = [t for t in re.split(r"[\s]+", fold(name)) if t]
    toks = [t for t in toks if t not in ("al", "el", "bin", "ibn")]
    if len(toks) < 2:
        return None
    if len(toks[0]) < 3:
        return None
    return toks[0][:3] + " " + toks[-1]


def add_ascii_variants(entries):
    for e in entries.values():
        for col in ("aliases",):
            for f in [e.name] + list(e.aliases):
                a = to_ascii(f)
                if a != f:
                    e.add(col, a, prio=e.prio.get(f, 1))


def derive_surnames(e, iso3, other_forms):
    """Surname-only forms from the name and from full-name aliases (spelling variants:
    Rahmetullin / Rakhmetullin)."""
    limit = max(3, len(e.name.split()))
    for full in [e.name] + [a for a in e.aliases if 2 <= len(a.split()) <= limit
                            and not ADMINISTRATION.search(a)]:
        derive_surname(e, full, iso3, other_forms)


def derive_surname(e, full, iso3, other_forms):
    toks = [t for t in full.split(" ") if t and t not in NAME_SUFFIX]
    if len(toks) < 2:
        return
    if toks[-2].lower() in ("bin", "ibn", "bint", "ben", "abu", "abd"):
        return  # "Mohammed bin Salman": Salman is the father's name, not a surname
    if iso3 in EAST_ASIAN_SURNAME_FIRST:
        cands = [toks[0]]
        minlen = 2
    elif iso3 in GIVEN_NAME_SECOND_REFERENCE:
        # Thai news names people by the given name on second reference ("Paetongtarn said",
        # "Prayut", "Thaksin"); the family name is used too ("Shinawatra")
        cands = [toks[-1], toks[0]]
        minlen = 4
    else:
        cands = [toks[-1]]
        minlen = 4
        if iso3 in DOUBLE_SURNAME and all(t[:1].isupper() for t in toks[-2:]):
            # both surnames always; the first alone only when the name has two given names
            # before it (with three words, "Juan Carlos Varela" and "Carlos Romero Bonifaz"
            # look alike)
            cands.append(toks[-2] + " " + toks[-1])
            if len(toks) >= 4:
                cands.append(toks[-2])
        m = re.match(r"^(al|el|Al|El)-(.+)$", toks[-1])
        if m:
            # the article in lower case matches Al-/al- (the matcher's case rule)
            cands = [m.group(1).lower() + "-" + m.group(2), m.group(2)]
    for c in cands:
        c = c.strip(",.")
        letters = re.sub(r"[^A-Za-z\u00c0-\u024f]", "", c)
        if len(letters) < minlen or not c[:1].isupper() and not ARTICLE_START.match(c):
            continue
        if non_distinctive_surname(c) or fold(c) in other_forms:
            continue
        e.add("surnames", c)
        a = to_ascii(c)
        if a != c and fold(a) not in other_forms:
            e.add("surnames", a)


# ---------------------------------------------------------------------------------------------
# Transliteration variants of person names (gazetteers/curated/name_variants.tsv)

VARIANT_SYSTEMS = {}  # system -> set of ISO3 codes whose officials it applies to
VARIANT_CLASSES = {}  # system -> {fold(form): [forms], first = key}
VOWELS = "aeiouy"
# Slavic adjectival surname endings -iy / -y / -yy / -yi / -ii after a consonant (Zelenskiy,
# Zelensky, Zelenskyy, Syrskyi, Navalny); "-ski" is a further spelling after -sk (Zelenski)
SLAVIC_ADJ = re.compile(r"^(.*[bcdfghjklmnprstvwxz])(iy|yy|yi|ii|y)$")
SLAVIC_SKI = re.compile(r"^(.*sk)i$")
# -yev / -ev after a vowel (Tokayev / Tokaev, Aliyev / Aliev, Mirziyoyev / Mirziyoev)
SLAVIC_YEV = re.compile(r"^(.*[aeiou])(y?)(ev|eva)$")
# the Arabic article written al-, Al-, el-, El- before a name element (al-Sudani, el-Sisi)
ARABIC_ARTICLE = re.compile(r"^(?:al|Al|el|El)-(.+)$")
# words after which a final al-X cannot lose its article: patronymics (bin Salman) and
# compound names (Abd al-Mahdi, Abu al-Fadl)
PARTICLES = {"bin", "ibn", "bint", "ben", "abu", "umm", "abd", "abdel", "abdul", "abdal"}
MAX_VARIANTS = 32


def load_name_variants():
    path = os.path.join(CURATED, "name_variants.tsv")
    lists = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            cells = line.split("\t")
            if cells[0] == "system":
                VARIANT_SYSTEMS[cells[1]] = set(cells[2].split("|"))
                continue
            forms = [x.strip() for x in cells[1].split("|") if x.strip() and " " not in x]
            if len(forms) >= 2:
                lists[cells[0]].append(forms)
    for system, classes in lists.items():
        # lines sharing a form are one class (Mahmoud|Mahmood and Mehmood|Mahmood)
        merged = []
        for forms in classes:
            keys = {fold(x) for x in forms}
            hits = [m for m in merged if keys & {fold(x) for x in m}]
            new = list(hits[0]) if hits else []
            for m in hits[1:] + [forms]:
                new.extend(x for x in m if x not in new)
            merged = [m for m in merged if m not in hits] + [new]
        VARIANT_CLASSES[system] = {fold(x): m for m in merged for x in m}


def variant_systems(iso3):
    return [s for s, cs in sorted(VARIANT_SYSTEMS.items()) if iso3 in cs]


def token_alternatives(tok, systems, last):
    """Spellings of one name element: the name lists of the systems, then the rules."""
    alts = [tok]

    def add(x, rule=True):
        # a rule must not turn a name into another well-known name (Qani -> Ghani): its
        # output may not be a stoplisted or corpus-common name word, nor an English word
        if rule and x and (non_distinctive_surname(x.split("-")[-1]) or is_common(x)):
            return
        if x and x not in alts:
            alts.append(x)

    for s in systems:
        for x in VARIANT_CLASSES.get(s, {}).get(fold(tok), []):
            add(x if tok[:1].isupper() else x.lower(), rule=False)
    if "slavic" in systems and last:
        m = SLAVIC_ADJ.match(tok) or SLAVIC_SKI.match(tok)
        if m and len(m.group(1)) >= 3:
            base = m.group(1)
            for end in ("y", "iy", "yy", "yi"):
                add(base + end)
            if base.endswith("sk"):
                add(base + "i")
        m = SLAVIC_YEV.match(tok)
        if m and len(m.group(1)) >= 3:
            add(m.group(1) + ("" if m.group(2) else "y") + m.group(3))
    if "persian" in systems:
        # Persian qaf/ghain: Qaani / Ghaani, Qalibaf / Ghalibaf
        if re.match(r"^Q[aeiou]", tok):
            add("Gh" + tok[1:])
        elif re.match(r"^Gh[aeiou]", tok):
            add("Q" + tok[2:])
    if "arabic" in systems or "persian" in systems:
        # ayn/hamza written as an apostrophe, or left out (Shia' / Shia, Ya'alon / Yaalon)
        if re.search(r"[A-Za-z]['\u2019\u02bf\u02bc]", tok):
            add(re.sub(r"['\u2019\u02bf\u02bc]", "", tok), rule=False)
    if "greek" in systems and last:
        # Greek and Cypriot patronymic surnames: -ides / -idis (Christodoulides /
        # Christodoulidis, Anastasiades / Anastasiadis), -ades / -adis
        m = re.match(r"^(.{3,}[ia]d)(es|is)$", tok)
        if m:
            add(m.group(1) + ("is" if m.group(2) == "es" else "es"))
    if "arabic" in systems:
        m = ARABIC_ARTICLE.match(tok)
        if m:
            # lower-case article: the matcher then accepts al-, Al-, AL-
            add("al-" + m.group(1), rule=False)
            add("el-" + m.group(1), rule=False)
    return alts


def name_variants(name, systems):
    """Full-name spellings of a person's name under the romanization rules of the systems
    that apply to the person's country: one name element changed, then two, at most
    MAX_VARIANTS. Arabic: a separate article is also written joined ("Al Sudani" ->
    "al-Sudani"), and a final al- may be left out ("Abdel Fattah Sisi")."""
    if not systems:
        return []
    toks = [t for t in name.split(" ") if t]
    bases = [toks]
    if "arabic" in systems:
        joined = []
        i = 0
        while i < len(toks):
            if toks[i] in ("Al", "al", "El", "el") and i + 1 < len(toks) and i > 0:
                joined.append("al-" + toks[i + 1])
                i += 2
            else:
                joined.append(toks[i])
                i += 1
        if joined != toks:
            bases.append(joined)
    if "korean" in systems and len(toks) == 3 and all(re.fullmatch(r"[A-Z][a-z]+", t)
                                                       for t in toks[1:]):
        # a two-syllable Korean given name hyphenated, second syllable in lower case: the
        # matcher then accepts "Jong Un", "Jong-un" and "Jong-Un" (Kim Jong Gak -> Kim Jong-gak)
        bases.append(toks[:1] + [toks[1] + "-" + toks[2].lower()])
    out, doubles = [], []
    for base in bases:
        alts = [token_alternatives(t, systems, i == len(base) - 1) for i, t in enumerate(base)]
        if base is not toks:
            out.append(" ".join(base))
        if "arabic" in systems and len(base) >= 3:
            m = ARABIC_ARTICLE.match(base[-1])
            if m and base[-2].lower() not in PARTICLES:
                out.append(" ".join(base[:-1] + [m.group(1)]))
        changes = [(i, a) for i, lst in enumerate(alts) for a in lst[1:]]
        for i, a in changes:
            out.append(" ".join(base[:i] + [a] + base[i + 1:]))
        for (i, a), (j, b) in itertools.combinations(changes, 2):
            if i != j:
                doubles.append(" ".join(base[:i] + [a] + base[i + 1:j] + [b] + base[j + 1:]))
    out += doubles
    seen = {cased_fold(name)}
    res = []
    for v in out:
        if cased_fold(v) not in seen:
            seen.add(cased_fold(v))
            res.append(v)
    return res[:MAX_VARIANTS]


def canon_key(name, systems):
    """Key under which two spellings of one person's name are equal (duplicate detection):
    every name element replaced by the first form of its variant line, Slavic endings and
    -yev/-ev unified, the Arabic article left out, Persian Gh- read as Q-."""
    out = []
    for t in fold(name).split(" "):
        if not t:
            continue
        if "arabic" in systems and t in ("al", "el"):
            continue
        for s in systems:
            cls = VARIANT_CLASSES.get(s, {}).get(t)
            if cls:
                t = fold(cls[0])
                break
        if "slavic" in systems:
            t = re.sub(r"(?<=[bcdfghjklmnprstvwxz])(iy|yy|yi|ii)$", "y", t)
            t = re.sub(r"ski$", "sky", t)
            t = re.sub(r"(?<=[aeiou])yev(a?)$", r"ev\1", t)
        if "persian" in systems:
            t = re.sub(r"^gh(?=[aeiou])", "q", t)
        out.append(t)
    return " ".join(out) if len(out) >= 2 else None


def entry_rank(e, position):
    """Which of two duplicate people keeps its id: a QID, then a curated row, then the one
    with more dated terms, then the older one (ids stay stable when a row is added)."""
    return (0 if re.fullmatch(r"Q\d+", e.id) else 1 if re.fullmatch(r"sitrep:off:[^:]+", e.id)
            else 2, -len([t for t in e.attrs.get("terms", "").split(",") if t]), position[e.id])


SOURCE_ROLE = re.compile(r"^(?:head_of_state|head_of_government|government|military|intelligence|"
                         r"police)(?::|$)")


def merge_person(t, e):
    """Merges person e into person t (same person, two spellings)."""
    if e.prio.get(e.name, 1) >= 2 and t.prio.get(t.name, 1) < 2:
        old = t.name
        t.name = e.name
        t.remove("aliases", e.name)
        t.add("aliases", old, prio=t.prio.get(old, 1))
        t.prio[t.name] = 2
    else:
        t.add("aliases", e.name, prio=e.prio.get(e.name, 1))
    for a in e.aliases:
        t.add("aliases", a, prio=e.prio.get(a, 1))
    for x in e.surnames:
        t.add("surnames", x, prio=e.prio.get(x, 1))
    for fl in e.flags:
        if fl not in t.flags:
            t.flags.append(fl)
    et = [x for x in e.attrs.get("terms", "").split(",") if x]
    if et and t.attrs.get("terms"):
        kept = {k: t.attrs.get(k) for k in ("role", "from", "to")}
        for term in et:
            r, span = term.rsplit(":", 1)
            a, b = span.split("-", 1)
            set_term(t, r, a or None, b or None)
        if kept["role"] and not SOURCE_ROLE.match(kept["role"]):
            # a curated title (Chairperson of the AU Commission) stays the entry's role
            for k, v in kept.items():
                if v is None:
                    t.attrs.pop(k, None)
                else:
                    t.attrs[k] = v
    for k, v in e.attrs.items():
        if k not in t.attrs:
            t.attrs[k] = v


def dedupe_variant_spellings(entries, country_of):
    """People of one country that sources list twice under variant spellings (Sergey / Sergei
    Shoigu, Zelenskiy / Zelensky) are merged into one entry."""
    owner = {}
    parent = {}
    position = {id_: i for i, id_ in enumerate(entries)}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for e in entries.values():
        iso3 = country_of.get(e.id, "")
        systems = variant_systems(iso3)
        if not iso3 or not systems:
            continue
        for f in [e.name] + list(e.aliases):
            k = canon_key(f, systems)
            if k is None:
                continue
            o = owner.setdefault((iso3, k), e.id)
            a, b = find(o), find(e.id)
            if a != b and not (re.fullmatch(r"Q\d+", a) and re.fullmatch(r"Q\d+", b)):
                # two Wikidata items are two people (Abdullah bin Khalifa Al Thani and
                # Abdullah bin Nasser bin Khalifa Al Thani)
                a, b = sorted((a, b), key=lambda i: entry_rank(entries[i], position))
                parent[b] = a
    n = 0
    for id_ in sorted(parent, key=lambda i: entry_rank(entries[i], position), reverse=True):
        root = find(id_)
        if root == id_ or id_ not in entries:
            continue
        merge_person(entries[root], entries[id_])
        log("official %s merged into %s (variant spelling %r ~ %r)" % (
            id_, root, entries[id_].name, entries[root].name))
        del entries[id_]
        n += 1
    log("official variant spellings: %d duplicates merged" % n)


def add_name_variants(entries, country_of):
    """Adds the romanization variants of every name and full-name alias. A variant is a
    low-priority alias (0): one that is already another entry's form, or that two people
    would get, is not added."""
    existing = {}
    for e in entries.values():
        for _, f in e.forms():
            existing.setdefault(fold(f), set()).add(e.id)
    cands = collections.defaultdict(set)
    per_entry = {}
    for e in entries.values():
        systems = variant_systems(country_of.get(e.id, ""))
        if not systems:
            continue
        vs = []
        for f in [e.name] + [a for a in e.aliases if len(a.split()) >= 2]:
            vs.extend(name_variants(f, systems))
        per_entry[e.id] = vs
        for v in vs:
            cands[fold(v)].add(e.id)
    n = 0
    for id_, vs in per_entry.items():
        e = entries[id_]
        own = {cased_fold(f) for _, f in e.forms()}
        for v in vs:
            k = fold(v)
            if len(cands[k]) > 1 or existing.get(k, {id_}) != {id_} or cased_fold(v) in own:
                continue
            e.add("aliases", v, prio=0)
            own.add(cased_fold(v))
            existing[k] = {id_}
            n += 1
    log("official variant spellings: %d aliases added" % n)


def set_term(e, role, start, end):
    y0 = (start or "")[:4]
    y1 = (end or "")[:4]
    terms = [t for t in e.attrs.get("terms", "").split(",") if t]
    t = "%s:%s-%s" % (role, y0, y1)
    if not y0 and not y1 and terms:
        return  # an undated row adds nothing to dated terms
    if t not in terms:
        terms.append(t)
    def term_key(t):
        a, b = t.rsplit(":", 1)[1].split("-", 1)
        return (a or "0000", b or "9999", t)

    terms.sort(key=term_key)
    e.attrs["terms"] = ",".join(terms)
    # role/from/to = the latest term
    last = terms[-1]
    r, span = last.rsplit(":", 1)
    a, b = span.split("-", 1)
    e.attrs["role"] = r
    e.attrs["from"] = a
    e.attrs["to"] = b
    if e.attrs["to"] == "":
        e.attrs["to"] = ""


def place_names(src):
    """Capitals (world-countries) and the city/region variants PETRARCH lists under each country
    (ASTANA, ALMATY): a surname equal to a place name is not distinctive."""
    places = set()
    with open(os.path.join(src, "world-countries", "countries.json"), encoding="utf-8") as f:
        for c in json.load(f):
            for cap in c.get("capital") or []:
                places.add(fold(cap))
    path = os.path.join(src, "petrarch2", "Phoenix.Countries.actors.txt")
    for body, alias_lines, roles, is_person in petrarch_officials(path):
        if is_person or roles:
            continue  # a person (CountryInfo, or an elite with dated roles: SISI, EL SISI)
        for a in [body] + alias_lines:
            a = a.strip().rstrip("_").replace("_", " ").strip()
            if a and re.fullmatch(r"[A-Z .'-]+", a):
                places.add(fold(a))
    return places


# Officials whose terms ended before this year are left out. News archives the project is tested
# on (Reuters 1987, MUC-4 1989-90) and wire archives generally name the heads of state and
# government of the 1980s and 1990s constantly (Cristiani, Ciller, Klerides, Najibullah): terms
# that end in 1980 or later are kept. PETRARCH's CountryInfo codes pre-2000 terms as GOV only for
# heads of state and government (its foreign ministers of that era are ELI, not imported) plus US
# cabinet secretaries (GOV, GOVMIL, SPY); both sources are cut at the same year. Until 2026-12-03
# the cut was 2000.
OFFICIALS_FROM = "1980"
# An official whose every term ended before this year is an *archive-era* official: their
# forms and surnames yield to officials in office since then, so adding the 1980s and 1990s
# takes nothing from today's news ("Bush" stays George W. Bush's while George H. W. Bush gets
# only his full names; "Trudeau" alone stays Justin Trudeau's). See `yield_archive_forms`.
ARCHIVE_UNTIL = "2000"


def archive_only(e):
    """True when every dated term of an official ended before ARCHIVE_UNTIL."""
    terms = [t for t in e.attrs.get("terms", "").split(",") if t]
    ends = [t.rsplit(":", 1)[1].split("-", 1)[1] for t in terms]
    if not ends and e.attrs.get("to"):
        ends = [e.attrs["to"]]
    return bool(ends) and all(b and b < ARCHIVE_UNTIL for b in ends)


def yield_archive_forms(entries, col, why):
    """Remove from archive-era officials the forms of `col` (derived, not curated) that an
    official in office since ARCHIVE_UNTIL also has: the modern claimant keeps them."""
    modern = set()
    for e in entries.values():
        if not archive_only(e):
            if col == "surnames":
                modern.update(fold(x) for x in e.surnames)
            else:
                modern.update(fold(f) for c, f in e.forms() if c in ("name", "aliases"))
    for e in entries.values():
        if not archive_only(e):
            continue
        for x in list(getattr(e, col)):
            if e.prio.get(x, 1) < 2 and fold(x) in modern:
                e.remove(col, x)
                log("official %s drop %s %r: %s" % (e.id, col, x, why))

# States whose head of state is another state's officer ex officio (ISO alpha-3).
EX_OFFICIO_HEADS_OF_STATE = {"AND"}


def build_officials(src, iso3_to_qid, other_forms):
    entries = collections.OrderedDict()
    other_forms = set(other_forms) | place_names(src)
    country_of = {}
    # 1. Wikidata heads of state and government
    current = set()
    path = os.path.join(src, "wikidata-leaders", "leaders_current.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            current.add((r["person_qid"], r["iso3"], r["role"]))
    rows = []
    for name in ("leaders_history.csv", "leaders_current.csv"):
        with open(os.path.join(src, "wikidata-leaders", name), encoding="utf-8") as f:
            rows.extend(csv.DictReader(f))
    # Andorra's co-princes hold it ex officio (the French president, the Bishop of Urgell): a
    # person's country is taken from the first row, so their own state's rows come first and
    # "French President Jacques Chirac" is not an Andorran namesake (stable sort).
    rows.sort(key=lambda r: r["iso3"] in EX_OFFICIO_HEADS_OF_STATE)
    pt_countries = sorted({clean_space(r["country"]) for r in rows if r.get("country")}, key=len,
                          reverse=True)
    pt_re = re.compile(r"\b(?:de|do|da|dos|das)\s+(?:%s)\b|Príncipe|Princesa|grão-duque|^Q\d+$|"
                       r"\b[IVX]+ (?:de|do|da|dos|das) [A-Z]|^Papa |, Duque de |^Leão "
                       % "|".join(re.escape(c) for c in pt_countries if len(c) > 3))
    pt_label = set()
    for r in rows:
        qid = (r["person_qid"] or "").strip()
        if not re.fullmatch(r"Q\d+", qid):
            continue
        start = r["start"][:10] if re.match(r"\d{4}", r["start"] or "") else None
        end = r["end"][:10] if re.match(r"\d{4}", r["end"] or "") else None
        is_current = (qid, r["iso3"], r["role"]) in current and not end
        if end and end < OFFICIALS_FROM:
            continue
        if not end and not is_current and not (start and start >= OFFICIALS_FROM):
            continue
        label = clean_space(r["person"])
        if not label:
            continue
        if pt_re.search(label) or re.search(r"\d", label.split(" ")[0]):
            pt_label.add(qid)
        e = entries.get(qid)
        if e is None:
            e = Entry(qid, "OFFICIAL", label)
            entries[qid] = e
        elif label != e.name:
            e.add("aliases", label)
        cq = iso3_to_qid.get(r["iso3"])
        if cq:
            e.attrs.setdefault("country", cq)
            country_of[qid] = r["iso3"]
        set_term(e, r["role"], start, end)
    # 2. PETRARCH CountryInfo: ministers and officials with dated roles (to 2014)
    by_key = {}
    for e in entries.values():
        k = name_key(e.name)
        if k:
            by_key.setdefault((country_of.get(e.id), k), e.id)
        for a in e.aliases:
            by_key.setdefault((country_of.get(e.id), name_key(a)), e.id)
    index = FormIndex(entries)
    path = os.path.join(src, "petrarch2", "Phoenix.Countries.actors.txt")
    n_pet = 0
    for body, alias_lines, roles, is_person in petrarch_officials(path):
        if not is_person and not roles:
            continue  # a place; the hand-written elite records have dated roles too
        keep = [(c, a, b) for c, a, b in roles
                if cameo_role(c) and (b is None or b >= OFFICIALS_FROM)]
        if not keep:
            continue
        raw = body.strip().rstrip("_").replace("_", " ").strip()
        if TITLE_WORDS.search(raw) or len(raw.split()) < 2 or not re.fullmatch(r"[A-Z .'-]+", raw) \
                or raw.startswith("A.K.A") or BODY_WORDS.search(raw):
            continue
        name = person_name_from_caps(raw)
        aliases = []
        for a in alias_lines:
            a = a.strip().rstrip("_").replace("_", " ").strip()
            if a and not TITLE_WORDS.search(a) and len(a.split()) >= 2 and \
                    re.fullmatch(r"[A-Z .'-]+", a):
                aliases.append(person_name_from_caps(a))
        iso3 = keep[0][0][:3]
        cq = iso3_to_qid.get(iso3)
        target = index.find([name] + aliases)
        if target is None:
            target = by_key.get((iso3, name_key(name)))
        if target is not None:
            e = entries[target]
            if fold(name) != fold(e.name):
                e.add("aliases", name)
        else:
            id_ = "sitrep:off:%s:%s" % (iso3.lower(), slug(name))
            if id_ in entries:
                id_ += "-2"
            e = Entry(id_, "OFFICIAL", name)
            entries[id_] = e
            n_pet += 1
            if cq:
                e.attrs["country"] = cq
            country_of[id_] = iso3
        for a in aliases:
            e.add("aliases", a)
        for c, a, b in keep:
            set_term(e, cameo_role(c), a, b)
        index.add_entry(e)
        k = name_key(name)
        if k:
            by_key.setdefault((iso3, k), e.id)
    log("official petrarch: %d new people" % n_pet)
    # 3. UN SC Taliban list: officials of the Taliban
    root = ET.parse(os.path.join(src, "un-sc-consolidated", "consolidated.xml")).getroot()
    for ind in root.find("INDIVIDUALS"):
        if ind.findtext("UN_LIST_TYPE") != "Taliban":
            continue
        parts = [clean_space(ind.findtext(k) or "") for k in
                 ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        raw = " ".join(p for p in parts if p and p.lower() != "na")
        if not raw:
            continue
        name = person_name_from_caps(raw.upper()) if raw.isupper() else raw
        aliases = []
        for a in ind.findall("INDIVIDUAL_ALIAS"):
            if (a.findtext("QUALITY") or "").strip() != "Good":
                continue
            an = clean_space(a.findtext("ALIAS_NAME") or "")
            if an and len(an.split()) >= 2 and not TITLE_WORDS.search(an):
                aliases.append(person_name_from_caps(an.upper()) if an.isupper() else an)
        desig = [clean_space(v.text or "") for v in ind.findall("DESIGNATION/VALUE")]
        desig = [re.sub(r"^[a-z]\)\s*", "", d) for d in desig if d and d.lower() != "na"]
        ref = ind.findtext("REFERENCE_NUMBER").strip()
        # the listed name often ends with the father's name ("Abdul Ghani Baradar Abdul Ahmad
        # Turk"): a good-quality alias made of words of the full name is the usual short form
        full_words = set(fold(name).split())
        shorter = sorted((a for a in aliases if len(a.split()) >= 2 and
                          set(fold(a).split()) <= full_words and fold(a) != fold(name)),
                         key=lambda a: (len(a), a))
        if shorter:
            aliases.append(name)
            name = shorter[0]
        target = index.find([name] + aliases)
        if target is not None:
            e = entries[target]
            if fold(name) != fold(e.name):
                e.add("aliases", name)
        else:
            id_ = "sitrep:off:afg:%s" % slug(name)
            if id_ in entries:
                id_ += "-" + slug(ref)
            e = Entry(id_, "OFFICIAL", name)
            entries[id_] = e
            country_of[id_] = "AFG"
            e.attrs["country"] = iso3_to_qid.get("AFG", "")
        for a in aliases:
            e.add("aliases", a)
        e.attrs.setdefault("group", "Q42418")
        e.attrs.setdefault("un", ref)
        if desig and "role" not in e.attrs:
            e.attrs["role"] = desig[0].replace(";", ",").replace("=", "-")
        index.add_entry(e)
    # 4. curated rows (group leaders and spokespeople, ministers the sources lack, English
    # labels of monarchs); a sitrep: row that names a generated person extends that person
    rows = read_tsv(os.path.join(CURATED, "officials.tsv"))
    for r in rows:
        if r["id"].startswith("sitrep:") and r["id"] not in entries:
            forms = [r["name"]] + [a for a in r["aliases"].split("|") if a]
            hit = index.find(forms)
            if hit:
                log("official curated %s merged into %s" % (r["id"], hit))
                r["id"] = hit
    apply_curated(entries, rows, "OFFICIAL")
    # Wikidata labels in Portuguese ("Carlos III do Reino Unido"): the curated file gives the
    # English name; without one the entry is left out
    for qid in sorted(pt_label):
        e = entries.get(qid)
        if e is None:
            continue
        if e.prio.get(e.name, 1) < 2:
            log("official %s drop: label %r not in English and no curated name" % (qid, e.name))
            del entries[qid]
            continue
        for a in list(e.aliases):
            if pt_re.search(a) and e.prio.get(a, 1) < 2:
                e.remove("aliases", a)
    # a slug entry that is the same person as a QID entry (same name, same country), e.g. a
    # monarch whose English name only came from the curated file: merged into the QID entry
    by_name = {}
    for e in entries.values():
        if re.fullmatch(r"Q\d+", e.id):
            by_name.setdefault((fold(e.name), e.attrs.get("country", "")), e.id)
    for id_ in [i for i in entries if i.startswith("sitrep:")]:
        e = entries[id_]
        q = by_name.get((fold(e.name), e.attrs.get("country", "")))
        if q is None:
            continue
        t = entries[q]
        for a in e.aliases:
            t.add("aliases", a, prio=e.prio.get(a, 1))
        for term in [x for x in e.attrs.get("terms", "").split(",") if x]:
            r, span = term.rsplit(":", 1)
            a, b = span.split("-", 1)
            set_term(t, r, a or None, b or None)
        del entries[id_]
        log("official %s merged into %s (same name and country)" % (id_, q))
    for e in entries.values():
        e.label = "OFFICIAL"
        if e.id not in country_of:
            inv = {v: k for k, v in iso3_to_qid.items()}
            country_of[e.id] = inv.get(e.attrs.get("country", ""), "")
    dedupe_variant_spellings(entries, country_of)
    add_ascii_variants(entries)
    add_name_variants(entries, country_of)
    # aliases of officials must be full names without a title (titles stay outside the span):
    # at least two words, no "King ...", "Mullah ...", "Gen ..."
    for e in entries.values():
        for a in list(e.aliases):
            if TITLE_PREFIX.match(a) or MORE_TITLE_PREFIX.match(a):
                e.remove("aliases", a)
                log("official %s drop alias %r: starts with a title" % (e.id, a))
                continue
            if ADMINISTRATION.search(a):
                e.remove("aliases", a)
                log("official %s drop alias %r: an administration, not the person" % (e.id, a))
                continue
            if len(a.split()) < 2 and e.prio.get(a, 1) < 2:
                e.remove("aliases", a)
                log("official %s drop alias %r: a single word" % (e.id, a))
    # an alias an archive-era official shares with a modern one stays the modern one's (else the
    # claim rule would take it from both: "Bush Administration")
    yield_archive_forms(entries, "aliases", "also a form of an official in office since %s"
                        % ARCHIVE_UNTIL)
    clean_entries(entries, "official")
    # given names: a word that starts the names of two or more officials ("John", "Michael")
    # is not a distinctive surname. Modern officials' given names are counted among modern
    # officials only, so the archive era changes none of their surnames.
    first = collections.Counter()
    first_modern = collections.Counter()
    for e in entries.values():
        toks = e.name.split(" ")
        if len(toks) >= 2:
            first[fold(toks[0])] += 1
            if not archive_only(e):
                first_modern[fold(toks[0])] += 1
    given = {w for w, n in first.items() if n >= 2}
    given_modern = {w for w, n in first_modern.items() if n >= 2}
    for e in entries.values():
        if not e.surnames or all(e.prio.get(x, 1) < 2 for x in e.surnames):
            derive_surnames(e, country_of.get(e.id, ""),
                            other_forms | (given if archive_only(e) else given_modern))
    # romanization variants of every surname, curated ones included (Shoigu / Shoygu needs the
    # rules, not the curated row)
    for e in entries.values():
        not_surname = other_forms | (given if archive_only(e) else given_modern)
        systems = variant_systems(country_of.get(e.id, ""))
        for x in list(e.surnames) if systems else []:
            for v in token_alternatives(x, systems, True)[1:]:
                letters = re.sub(r"[^A-Za-z]", "", to_ascii(v))
                if len(letters) >= 4 and not non_distinctive_surname(v) and \
                        fold(v) not in not_surname:
                    e.add("surnames", v, prio=e.prio.get(x, 1))
    # a one-word name that is also a given name ("Faiz", "Francis") needs context
    for e in entries.values():
        if " " not in e.name and (fold(e.name) in (given if archive_only(e) else given_modern)
                                  or e.attrs.get("un")):
            amb = [x for x in e.attrs.get("ambiguous", "").split(",") if x]
            if e.name not in amb:
                amb.append(e.name)
            e.attrs["ambiguous"] = ",".join(amb)
            if "ambiguous" not in e.flags:
                e.flags.append("ambiguous")
    # the stoplist and the common-word rule hold for curated surnames too
    for e in entries.values():
        for x in list(e.surnames):
            why = non_distinctive_surname(x)
            if why:
                e.remove("surnames", x)
                log("official %s drop surname %r: %s" % (e.id, x, why))
    # a surname a modern official bears is not given to an archive-era namesake (Bush, Trudeau,
    # Gandhi, Bhutto, Papandreou: the archive person keeps the full names)
    yield_archive_forms(entries, "surnames", "also the surname of an official in office since %s"
                        % ARCHIVE_UNTIL)
    # a derived surname shared by three or more people points to nobody in particular
    owners = collections.defaultdict(set)
    for e in entries.values():
        for x in e.surnames:
            if e.prio.get(x, 1) < 2:
                owners[fold(x)].add(e.id)
    # ... unless one of them led a state or government: then all keep it, so that after a
    # title it is chosen among them by the title's office, the story's countries and the date
    # ("President Obama"; matcher.rs, `namesake_for_title`), and being shared it is never
    # tagged alone
    def leads_state(id_):
        e = entries[id_]
        return any(r in (e.attrs.get("role", "") + "," + e.attrs.get("terms", ""))
                   for r in ("head_of_state", "head_of_government"))
    led = {k for k, ids in owners.items() if any(leads_state(i) for i in ids)}
    for e in entries.values():
        for x in list(e.surnames):
            if e.prio.get(x, 1) < 2 and len(owners[fold(x)]) >= 3 and fold(x) not in led:
                e.remove("surnames", x)
                log("official %s drop surname %r: shared by %d officials" % (
                    e.id, x, len(owners[fold(x)])))
    mark_alone_surnames(entries)
    for e in entries.values():
        terms = [t for t in e.attrs.get("terms", "").split(",") if t]
        dated = [t for t in terms if not t.endswith(":-")]
        if dated and len(dated) < len(terms):
            e.attrs["terms"] = ",".join(dated)
        order = ["country", "role", "from", "to", "terms", "alone", "group", "un"]
        e.attrs = collections.OrderedDict(
            sorted(((k, v) for k, v in e.attrs.items() if v != "" or k == "to"),
                   key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))
    return entries


# ---------------------------------------------------------------------------------------------
# main


def validate(files):
    """Hard errors stop the build: duplicate ids, empty names, bad labels or flags, cells with
    separators, ill-formed attrs."""
    errors = []
    ids = {}
    for kind, entries in files:
        for e in entries.values():
            if e.id in ids:
                errors.append("duplicate id %s (%s and %s)" % (e.id, ids[e.id], kind))
            ids[e.id] = kind
            if not e.name.strip():
                errors.append("%s: empty name" % e.id)
            if e.label not in LABELS:
                errors.append("%s: bad label %r" % (e.id, e.label))
            for fl in e.flags:
                if fl not in FLAGS:
                    errors.append("%s: bad flag %r" % (e.id, fl))
            for col in LIST_COLS:
                for f in getattr(e, col):
                    if "|" in f or "\t" in f or not f.strip():
                        errors.append("%s: bad %s item %r" % (e.id, col, f))
            for k, v in e.attrs.items():
                if re.search(r"[;=\t|]", k + v):
                    errors.append("%s: bad attr %s=%r" % (e.id, k, v))
    if errors:
        sys.exit("\n".join(errors[:50]))


def print_stats():
    """Counts over the committed files (what the matcher loads)."""
    print("| file | entries | names+aliases | acronyms | demonyms | surnames | ambiguous |"
          " with QID |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in ("countries", "groups", "orgs", "officials"):
        rows = read_tsv(os.path.join(GAZ, name + ".tsv"))
        def n(col):
            return sum(len([x for x in r[col].split("|") if x]) for r in rows)
        amb = sum(1 for r in rows if "ambiguous" in r["flags"].split("|"))
        q = sum(1 for r in rows if re.fullmatch(r"Q\d+", r["id"]))
        print("| %s.tsv | %d | %d | %d | %d | %d | %d | %d |" % (
            name, len(rows), len(rows) + n("aliases"), n("acronyms"), n("demonyms"),
            n("surnames"), amb, q))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", default=DEFAULT_SOURCES)
    ap.add_argument("--corpora", default=DEFAULT_CORPORA)
    ap.add_argument("--refresh-common-words", action="store_true")
    ap.add_argument("--refresh-common-surnames", action="store_true")
    ap.add_argument("--refresh-surname-namesakes", action="store_true",
                    help="regenerate curated/surname_namesakes.txt (reads officials.tsv)")
    ap.add_argument("--stats", action="store_true",
                    help="print a Markdown table of entries and forms per committed file")
    args = ap.parse_args()
    if args.stats:
        print_stats()
        return
    if args.refresh_common_words:
        refresh_common_words(args.corpora)
        return
    if args.refresh_common_surnames:
        load_wordlists()
        refresh_common_surnames(args.corpora)
        return
    if args.refresh_surname_namesakes:
        load_wordlists()
        refresh_surname_namesakes(args.corpora)
        return
    if not os.path.isdir(args.sources):
        sys.exit("sources not found: %s (see gazetteers/README.md)" % args.sources)
    load_wordlists()
    load_name_variants()
    countries = build_countries(args.sources)
    iso3_to_qid = {e.attrs["iso3"]: e.id for e in countries.values() if e.attrs.get("iso3")}
    for e in countries.values():
        for _, f in e.forms():
            QUALIFIERS.add(fold(f))
    groups = build_groups(args.sources, iso3_to_qid)
    orgs = build_orgs(args.sources)
    add_national_services(orgs, countries)
    add_country_prefixes(orgs, countries)
    add_article_free_tv_aliases(orgs)
    add_spelling_variants(orgs, "org")
    add_spelling_variants(groups, "group")
    add_title_case_acronyms(orgs, "org")
    add_title_case_acronyms(groups, "group")
    other_forms = set()
    for ents in (countries, groups, orgs):
        for e in ents.values():
            for _, f in e.forms():
                other_forms.add(fold(f))
    officials = build_officials(args.sources, iso3_to_qid, other_forms)
    cross_file_conflicts([("country", countries), ("org", orgs), ("group", groups),
                          ("official", officials)])
    validate([("countries", countries), ("groups", groups), ("orgs", orgs),
              ("officials", officials)])
    write_tsv(os.path.join(GAZ, "countries.tsv"), countries, "COUNTRY gazetteer",
              ["country-coder (ISC)", "world-countries (ODbL-1.0)",
               "econandrew/sparql_queries country aliases (MIT)", "cartogrify (MIT)",
               "gazetteers/curated/countries.tsv"])
    write_tsv(os.path.join(GAZ, "groups.tsv"), groups, "GROUP gazetteer",
              ["gazetteers/curated/groups.tsv",
               "UN Security Council Consolidated List 2024-09-26 (UN publication)",
               "petrarch2 Phoenix.MilNonState.actors.txt (MIT; derived from START TOPS)"])
    write_tsv(os.path.join(GAZ, "orgs.tsv"), orgs, "ORG gazetteer",
              ["supraverden general_list.yaml (CC BY-SA 4.0; Wikidata QIDs CC0)",
               "gazetteers/curated/orgs.tsv"])
    write_tsv(os.path.join(GAZ, "officials.tsv"), officials, "OFFICIAL gazetteer",
              ["Wikidata heads of state and government extract (CC0 facts)",
               "petrarch2 Phoenix.Countries.actors.txt CountryInfo officials (MIT)",
               "UN Security Council Consolidated List, Taliban section (UN publication)",
               "gazetteers/curated/officials.tsv"])
    for name, ents in (("countries", countries), ("groups", groups), ("orgs", orgs),
                       ("officials", officials)):
        n_forms = sum(1 + len(e.aliases) + len(e.acronyms) + len(e.demonyms) + len(e.surnames)
                      for e in ents.values())
        print("%-10s %5d entries %6d forms" % (name, len(ents), n_forms))
    with open(os.path.join(GAZ, "build.log"), "w", encoding="utf-8") as f:
        for line in LOG:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
