//! Casualty counts: statements of people killed, injured, kidnapped or missing, with a count.
//!
//! The pass works sentence by sentence. One scan over the document finds the trigger stems
//! (`lexicon::PREFILTER`, see [`stems`]); only sentences holding one are tokenized. Each such
//! sentence is read with a small set of token patterns ("forms"):
//!
//! | form | example | rule |
//! |---|---|---|
//! | active | "[killed two Chinese engineers]", "Blast [kills 7]", "[injuring 15]" | `casualty/active` |
//! | fate | "[five soldiers were killed]", "[12 dead]", "[three people died]" | `casualty/fate` |
//! | of-noun | "[death of five Chinese nationals and their Pakistani driver]" | `casualty/of` |
//! | lives | "[loss of at least 21 lives]", "[claimed 40 lives]" | `casualty/lives` |
//! | toll | "[death toll rose to 40]" | `casualty/toll` |
//! | left | "[left 9 people injured]" | `casualty/left` |
//! | hostage | "[took 5 workers hostage]" | `casualty/hostage` |
//! | negated | "[no one was hurt]", "[no casualties]" | `casualty/negated` |
//!
//! Counts come from `tokens::Tokens::quantity` and the guidelines' table in `lexicon::VAGUE`.
//! Enumerations add up, "including" parts are not counted twice, statements that mix killed and
//! injured under one count ("killed or wounded 12") are skipped, and so are hypotheticals
//! ("could kill thousands"), animals and things ("killed 20 sheep"), and rates.

pub mod aggregate;
mod lexicon;
mod stems;
mod tokens;

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType, Count, Detail, Name};

use lexicon::*;
use tokens::{QKind, Quantity, Tokens};

/// Extracts casualty counts.
pub struct CasualtyExtractor {
    /// Trigger stems in lowercase, Capitalized and UPPER CASE (all-caps wires): a trigram bit
    /// table in one pass over the bytes (it replaced a leftmost-first aho-corasick DFA, whose
    /// answers it gives: `stems::tests`).
    prefilter: stems::Stems,
    /// Counts for words without a figure, from a data convention (see
    /// [`CasualtyExtractor::with_unquantified`]); empty by default, as the guidelines ask.
    unquantified: &'static [(&'static str, u64)],
}

impl Default for CasualtyExtractor {
    fn default() -> Self {
        Self::new()
    }
}

impl CasualtyExtractor {
    /// Compiles the prefilter once.
    pub fn new() -> Self {
        CasualtyExtractor {
            prefilter: stems::Stems::new(),
            unquantified: &[],
        }
    }

    /// Reads the words of `table` that give no figure ("numerous", "multiple": `NO_FIGURE` of
    /// the lexicon) as approximate open-ended counts with the table's minimum, as a data set's
    /// annotation convention may ask ([`aggregate::ISAF_UNQUANTIFIED`]). Off by default: the
    /// guidelines leave such statements out.
    pub fn with_unquantified(mut self, table: &'static [(&'static str, u64)]) -> Self {
        self.unquantified = table;
        self
    }
}

impl Extractor for CasualtyExtractor {
    fn name(&self) -> &'static str {
        "casualties"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Casualty
    }
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
        let text = cx.text();
        let sentences = &cx.segments.sentences;
        // The thread's buffers from its last document (a fresh set if another extraction on
        // this thread holds them): their allocations outlive the document.
        let Scratch {
            mut toks,
            mut found,
            mut hits,
        } = SCRATCH.take();
        toks.unquantified = self.unquantified;
        found.clear();
        // Sentences holding a trigger stem, in order.
        hits.clear();
        // Whether the document is about an abduction, read at the first freed-people statement.
        let mut about: Option<bool> = None;
        // Whether the document glosses "neutralised" as a mix, read at its first use.
        let mut glossed: Option<bool> = None;
        // One hit is enough for a sentence: the search goes on from its end. (Stems are
        // letters and single spaces, and sentences end only at terminators and line breaks,
        // so no match crosses a sentence end and the sentences found are those of every
        // match.)
        let mut pos = 0;
        while let Some((start, end)) = self.prefilter.find(text, pos) {
            pos = end;
            if let Some(si) = cx.segments.sentence_index(start) {
                if sentences[si].end > start {
                    if hits.last() != Some(&si) {
                        hits.push(si);
                    }
                    pos = pos.max(sentences[si].end);
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        for &si in &hits {
            // Most sentences with a stem hold it inside another word ("deadly", "lifetime"),
            // or hold only triggers whose forms need a word the sentence lacks ("have taken
            // measures"): those are not tokenized.
            if !may_yield(&text[sentences[si].clone()]) {
                continue;
            }
            toks.fill(text, sentences[si].clone());
            found.clear();
            read_sentence(&toks, &mut found);
            if found.iter().any(|f| f.rule == FREED_RULE)
                && !*about.get_or_insert_with(|| about_abduction(text))
            {
                found.retain(|f| f.rule != FREED_RULE);
            }
            if found.iter().any(|f| f.rule == NEUTRALISED_RULE)
                && *glossed.get_or_insert_with(|| glossed_as_mixed(text))
            {
                found.retain(|f| f.rule != NEUTRALISED_RULE);
            }
            settle(&mut found);
            drop_parts_of_totals(&toks, &mut found);
            for f in &found {
                let span = cx
                    .doc
                    .span(toks.toks[f.start].start..toks.toks[f.end - 1].end);
                let victims = f
                    .victims
                    .filter(|&(a, b)| !fate_words_only(&toks, a, b))
                    .map(|(a, b)| cx.doc.span(toks.toks[a].start..toks.toks[b - 1].end));
                out.push(Annotation {
                    span,
                    label: Name::from_static(f.label.as_str()),
                    rule: Name::from_static(f.rule),
                    detail: Detail::Casualty {
                        count: f.count,
                        approximate: f.approximate,
                        negated: f.negated,
                        victims,
                    },
                });
            }
        }
        SCRATCH.set(Scratch { toks, found, hits });
    }
}

/// A thread's buffers for the casualty pass, kept between documents.
#[derive(Default)]
struct Scratch {
    toks: Tokens,
    found: Vec<Found>,
    hits: Vec<usize>,
}

thread_local! {
    /// The spare [`Scratch`] of this thread (taken for a document, put back after it).
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// One statement found in a sentence, in token indices.
#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    label: Label,
    count: Count,
    approximate: bool,
    negated: bool,
    victims: Option<(usize, usize)>,
    rule: &'static str,
}

/// Whether tokens `a..b` are only fate words: "Four of the wounded later died" names no victims
/// ("wounded" says what happened to them before, not who they are).
fn fate_words_only(t: &Tokens, a: usize, b: usize) -> bool {
    (a..b).all(|x| label_of(FATES, t.w(x)).is_some() || t.is(x, ATTRIBUTIVE_FATES))
}

fn label_of(table: &[(&str, Label)], w: &str) -> Option<Label> {
    table.iter().find(|(n, _)| *n == w).map(|&(_, l)| l)
}

/// Whether `w` is a casualty verb ("killed", `ACTIVE`) or fate ("dead", `FATES`).
fn active_or_fate(w: &str) -> bool {
    // A body noun heads a victims phrase too ("four dead bodies").
    label_of(ACTIVE, w).is_some() || (label_of(FATES, w).is_some() && !BODY_NOUNS.contains(&w))
}

/// Whether a victims phrase may contain token `i`.
fn np_word(t: &Tokens, i: usize) -> bool {
    t.is_word(i)
        && !t.is(i, NP_STOP)
        && !active_or_fate(t.w(i))
        && t.quantity(i).is_none_or(|q| q.kind == QKind::Possessive)
}

/// The victims phrase starting at `i`: up to six words; trailing participles and adverbs are
/// dropped ("two soldiers patrolling"). Returns its end (== `i` when empty).
fn np_forward(t: &Tokens, i: usize) -> usize {
    let mut e = i;
    while e < t.len() && e - i < 6 && np_word(t, e) {
        e += 1;
    }
    while e > i {
        let w = t.w(e - 1);
        if w.ends_with("ing") || w.ends_with("ly") || (w.ends_with("ed") && e - 1 > i) {
            e -= 1;
        } else {
            break;
        }
    }
    e
}

/// Whether the word at `x` heads a phrase naming people: a plural or collective person noun
/// ("officers", "members", "staff", "policemen", "people").
fn people_word(t: &Tokens, x: usize) -> bool {
    let w = t.w(x);
    let person = |s: &str| is_person_noun(s);
    !t.is(x, NOT_PEOPLE)
        && (t.is(x, PLURAL_PEOPLE)
            || t.is(x, COLLECTIVE_PEOPLE)
            || w.strip_suffix('s').is_some_and(|s| {
                person(s)
                    || s.strip_suffix('e').is_some_and(person)
                    || w.strip_suffix("ies")
                        .is_some_and(|stem| person(&format!("{stem}y")))
                    || (s.len() >= PERSON_SUFFIX_MIN
                        && PERSON_SUFFIXES.iter().any(|x| s.ends_with(x))
                        && !NOT_PERSON_ENDINGS.iter().any(|x| s.ends_with(x)))
            })
            || (w.len() > 4 && PLURAL_ENDINGS.iter().any(|e| w.ends_with(e)))
            // "policemen", "fishermen": the singular's "-man" is a person noun
            || w
                .strip_suffix("men")
                .is_some_and(|stem| !stem.is_empty() && person(&format!("{stem}man"))))
}

/// Whether the phrase `a..b` names people: a plural person noun ends it ("three hostages") or
/// it is a singular one ("the hostage").
fn names_people(t: &Tokens, a: usize, b: usize) -> bool {
    b > a && (people_word(t, b - 1) || is_person_singular(t, a, b))
}

/// Whether token `x` is a casualty trigger word (an active verb, a fate, a hostage verb).
fn trigger_at(t: &Tokens, x: usize) -> bool {
    let w = t.w(x);
    active_or_fate(w) || ACTIVE_PHRASES.iter().any(|(f, _, _)| *f == w) || t.is(x, HOSTAGE_VERBS)
}

/// Whether token `x` is a finite verb that opens a predicate: a trigger, a `CLAUSE_VERBS` word,
/// or a lower-case "-ed" form followed by an object (a figure, a determiner, a noun), not by a
/// preposition or an adverb ("soldiers stationed in the town", "stationed nearby"), and not
/// after a determiner or a figure ("the targeted commander").
fn finite_verb_at(t: &Tokens, x: usize) -> bool {
    if !t.is_word(x) || (t.is_cap(x) && !t.upper) {
        return false;
    }
    let w = t.w(x);
    // "hit by glass", "carried out by": a passive participle, no predicate.
    if t.is(x + 1, PARTICIPLE_NEXT) {
        return false;
    }
    if trigger_at(t, x) || t.is(x, CLAUSE_VERBS) {
        return true;
    }
    // "the targeted commander", "two armed men": after a determiner or a figure, an adjective.
    let adjective = x > 0 && (t.is(x - 1, DETERMINERS) || t.quantity(x - 1).is_some());
    w.len() > 4
        && w.ends_with("ed")
        && !adjective
        && !t.is(x, ATTRIBUTIVE_FATES)
        && (t.quantity(x + 1).is_some()
            || t.is(x + 1, DETERMINERS)
            || (np_word(t, x + 1) && !t.is(x + 1, FATE_ADVERBS) && !t.w(x + 1).ends_with("ly")))
}

/// Whether the list item `a..=e` (its victims from `a`, `e` the token after them) is the subject
/// of a clause of its own: a finite verb right after a person head ("two policemen [fled]", "a
/// policeman [said]"). Such an item is no member of the list of victims before it.
fn item_opens_clause(t: &Tokens, a: usize, e: usize) -> bool {
    (a + 1..=e).any(|x| {
        x < t.len()
            && (people_word(t, x - 1)
                || is_person_singular(t, a, x)
                || t.is(x - 1, GENDERED_PLURALS))
            && finite_verb_at(t, x)
    })
}

/// Whether the count `q` is a bare four-digit year (1900–2100, no separator, no modifier): in
/// a list it is a date, not a figure ("killed 30 soldiers and 2010 civilians" is no 2,040).
/// Wire style writes counts of a thousand and more with a separator ("2,010").
fn year_like(t: &Tokens, q: &Quantity) -> bool {
    let w = t.w(q.start);
    q.end == q.start + 1
        && w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|v| (1900..=2100).contains(&v))
}

/// Whether `a..b` is a second conjunct of a victims phrase that adds no count ("soldiers and
/// [civilian auxiliaries]"): lower-case words, a plural people head, not a thing, not a
/// trigger noun ("people and material losses" is no conjunct).
fn plural_conjunct(t: &Tokens, a: usize, b: usize) -> bool {
    b > a
        && (a..b).all(|x| !t.is_cap(x) || t.upper)
        && !not_people(t, a, b)
        && label_of(OF_NOUNS, t.w(b - 1)).is_none()
        && (people_word(t, b - 1) || {
            // another short plural ("rebels", "Afghan insurgents"), not a thing in -sses
            // ("material losses worth billions", "businesses")
            let w = t.w(b - 1);
            b - a <= 2
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !(a..b).any(|x| t.w(x).ends_with("sses"))
        })
}

/// Extends the victims phrase `a..b` (after its count) over an `of` phrase ("13 [members of
/// the new government's security services]") and over a coordinated plural with no count of
/// its own ("dozens of [soldiers and civilian auxiliaries]"). A singular person takes only its
/// `of` phrase ("the [chief of police] and two other officers": the list after it is counted,
/// not coordinated). The count is unchanged. Returns the new end.
fn extend_victims(t: &Tokens, a: usize, b: usize) -> usize {
    let mut b = b;
    if b <= a {
        return b;
    }
    let plural = people_word(t, b - 1);
    let singular = !plural && is_person_noun(t.w(b - 1));
    if !plural && !singular {
        return b;
    }
    // "members of the security services", then "soldiers and policemen of the brigade"
    let mut coordinated = false;
    loop {
        if t.w(b) == "of" {
            let s = if t.is(b + 1, POSSESSIVES) || t.is(b + 1, ARTICLES) {
                b + 2
            } else {
                b + 1
            };
            let e = np_forward(t, s);
            if e > s && !t.is(e, &["whom", "them"]) {
                b = e;
            }
        }
        // "soldiers and civilians", not "soldiers and a civilian" (an enumeration, counted) nor
        // "soldiers and civilians were wounded" (a statement of its own).
        if singular || coordinated || !t.is(b, COORDINATORS) || t.quantity(b + 1).is_some() {
            return b;
        }
        let e = np_forward(t, b + 1);
        if !plural_conjunct(t, b + 1, e)
            || t.is(e, AUXILIARIES)
            || label_of(FATES, t.w(e)).is_some()
        {
            return b;
        }
        b = e;
        coordinated = true;
    }
}

/// The head noun of the victims phrase `a..b`, with any hyphenated tail ("sub-commander").
/// The head noun of the victims phrase `a..b`: its last word, or the word before an "of" or
/// place phrase ("A [member] of the security forces", "A [fisherman] from Güiria").
fn head(t: &Tokens, a: usize, b: usize) -> &str {
    if b <= a {
        return "";
    }
    let end = (a + 1..b).find(|&x| links_head(t, x)).unwrap_or(b);
    t.w(end - 1)
}

/// Whether token `x` joins a people head to an `of` or place phrase after it ("three officers
/// [of] the border police", "a nurse [from] the hospital").
fn links_head(t: &Tokens, x: usize) -> bool {
    t.w(x) == "of" || t.is(x, SUBJECT_PLACE_PREPOSITIONS)
}

/// The lower-case demonyms of the bundled country gazetteer ("american", "pakistani",
/// "japanese"): its `demonyms` column, read once with the gazetteer's own file parser.
fn demonyms() -> &'static crate::fxhash::FxHashSet<String> {
    use crate::gazetteer::data;
    static SET: std::sync::OnceLock<crate::fxhash::FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        data::BUNDLED
            .iter()
            .filter(|(stem, _)| *stem == "countries")
            .filter_map(|&(stem, text)| data::parse(stem, stem, text, true).ok())
            .flat_map(|file| file.entries)
            .flat_map(|entry| entry.demonyms)
            .map(str::to_lowercase)
            .collect()
    })
}

/// "an American", "a Pakistani": a capitalized demonym right after "a"/"an" (mixed-case text)
/// is one person of that nation, like "a Briton" (the article makes it a noun, not the
/// adjective of "a Pakistani soldier").
fn article_demonym(t: &Tokens, a: usize, b: usize) -> bool {
    b == a + 1 && a > 0 && t.is(a - 1, ARTICLES) && t.is_cap_mixed(a) && demonyms().contains(t.w(a))
}

fn is_person_singular(t: &Tokens, a: usize, b: usize) -> bool {
    if b <= a {
        return false;
    }
    let h = head(t, a, b);
    article_demonym(t, a, b)
        || is_person_noun(h)
        || (h.len() >= PERSON_SUFFIX_MIN
            && PERSON_SUFFIXES.iter().any(|s| h.ends_with(s))
            && !NOT_PERSON_ENDINGS.iter().any(|s| h.ends_with(s)))
        || (b - a >= 2 && {
            // two-word person nouns ("police officer")
            let two = format!("{} {}", t.w(b - 2), h);
            is_person_noun(two.as_str())
        })
}

/// Whether token `x` is a group or a plural of people ("TROOPS", "PRIESTS", "POLICEMEN",
/// "SALVADORANS"), never a name.
fn group_head(t: &Tokens, x: usize) -> bool {
    let w = t.w(x);
    let person = |s: &str| is_person_noun(s);
    t.is(x, GROUP_HEADS)
        || t.is(x, NOT_PEOPLE)
        || w.strip_suffix('s')
            .is_some_and(|s| person(s) || s.strip_suffix('e').is_some_and(person))
        || (w.len() > 4 && PLURAL_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// Whether tokens `a..b` may be a person's name: capitalized words. In an all-caps sentence,
/// where capitals tell nothing, at least `min` words, none a group, a plural, a determiner or a
/// verb (`NOT_NAME_WORDS`), the first not ending like a verb ("CAUSED", "SEIZING").
fn may_be_name(t: &Tokens, a: usize, b: usize, min: usize) -> bool {
    // In mixed-case text a run of all-capital words is an acronym ("the death of UNITA").
    b > a
        && b - a <= if t.upper { 6 } else { 4 }
        && (a..b).all(|x| t.is_cap(x) && t.w(x).len() > 1)
        && (t.upper || !(a..b).all(|x| t.is_acronym(x)))
        && (!t.upper
            || (b - a >= min
                && (a..b).all(|x| !group_head(t, x) && !t.is(x, NOT_NAME_WORDS))
                && !VERB_ENDINGS.iter().any(|e| t.w(a).ends_with(e))))
}

/// The start of the run of capitalized noun-phrase words (longer than one letter) that ends at
/// token `end`: at most four words, six in all-caps text where a role may come first.
fn capitalized_run_start(t: &Tokens, end: usize) -> usize {
    let longest = if t.upper { 6 } else { 4 };
    let mut s = end;
    while s > 0 && end - s < longest && t.is_cap(s - 1) && t.w(s - 1).len() > 1 && np_word(t, s - 1)
    {
        s -= 1;
    }
    s
}

/// Whether tokens `a..b` name one person in a list of victims ("Ahmed Ali, 32, and Hassan Omar
/// were killed"): a name by `may_be_name`, not a day, a month, a group or a phrase that opens
/// with a function word ("In Kabul and two other cities", "The Taliban and three soldiers"),
/// nor a count ("Two Indonesian and three Sri Lankan peacekeepers").
fn named_person(t: &Tokens, a: usize, b: usize) -> bool {
    may_be_name(t, a, b, 2)
        && !not_people(t, a, b)
        && !t.is(a, NOT_NAME_START)
        && (a..b).all(|x| !names_a_day(t, x) && t.quantity(x).is_none())
}

/// Whether token `x` is a month or a weekday.
fn names_a_day(t: &Tokens, x: usize) -> bool {
    t.is_month(x) || crate::calendar::weekday(t.w(x)).is_some()
}

/// Whether the victims phrase `a..b` names no people: its head (the word before an "of" phrase,
/// "signatories of the peace deal", else its last word) or its first word is not a person.
fn not_people(t: &Tokens, a: usize, b: usize) -> bool {
    let head_end = (a + 1..b).find(|&x| t.w(x) == "of").unwrap_or(b);
    b > a && (t.is(head_end - 1, NOT_PEOPLE) || t.is(a, NOT_PEOPLE))
}

/// Whether the count `q` with victims `a..b` is a count of people.
fn valid_count(t: &Tokens, q: &Quantity, a: usize, b: usize) -> bool {
    if not_people(t, a, b) || t.w(q.end) == "%" || t.w(q.end) == "percent" {
        return false;
    }
    match q.kind {
        QKind::Figure => true,
        QKind::Article | QKind::Possessive => is_person_singular(t, a, b),
        QKind::Negation | QKind::NoFigure => false,
    }
}

/// Whether the words just before token `i` make what follows hypothetical or intended.
fn hypothetical(t: &Tokens, i: usize, base_form: bool) -> bool {
    let mut j = i;
    let mut looked = 0;
    while j > 0 && looked < 4 {
        j -= 1;
        looked += 1;
        let w = t.w(j);
        // "In May 5 soldiers were killed": a capitalized "May" inside a sentence is the month.
        if MODALS.contains(&w) && !(t.is_cap(j) && j > 0 && t.is_month(j)) {
            return true;
        }
        if base_form && w == INFINITIVE {
            return true;
        }
        if !t.is_word(j) {
            return false;
        }
    }
    false
}

/// Whether the trigger at `i` is coordinated with a trigger of another label under one count
/// ("killed and wounded 12", "deaths and injuries of several"): a mixed statement.
fn mixed(t: &Tokens, i: usize, label: Label) -> bool {
    let other = |k: usize| {
        label_of(ACTIVE, t.w(k))
            .or_else(|| label_of(FATES, t.w(k)))
            .or_else(|| label_of(OF_NOUNS, t.w(k)))
            .or_else(|| match t.w(k) {
                "injuries" => Some(Label::Injured),
                "disappeared" => Some(Label::Missing),
                _ => None,
            })
            .is_some_and(|l| l != label)
    };
    // "died or went missing": a linking verb may stand before the other fate.
    let after = |k: usize| other(k) || (t.is(k, MIXED_LINK_VERBS) && other(k + 1));
    (t.is(i + 1, COORDINATORS) && after(i + 2))
        || (i >= 2 && t.is(i - 1, COORDINATORS) && other(i - 2))
}

/// Adds the items of an enumeration after the victims phrase ending at `e`:
/// "five workers and their local driver" → +1. Returns (new end, added count, open-ended).
fn enumerate_forward(
    t: &Tokens,
    e: usize,
    count: &mut Count,
    approx: &mut bool,
    names: bool,
) -> usize {
    let mut end = e;
    loop {
        let at = skip_apposition(t, end);
        let Some(link) = ENUM_LINKS
            .iter()
            .find(|l| l.iter().enumerate().all(|(k, w)| t.w(at + k) == *w))
        else {
            return end;
        };
        let s = at + link.len();
        // "the deaths of Charlene Ellis and Letisha Shakespeare": a named item is one person.
        let named_item = || {
            let mut n = s;
            while n < t.len() && n - s < 4 && t.is_cap(n) && t.w(n).len() > 1 && np_word(t, n) {
                n += 1;
            }
            (names && link.last() == Some(&"and") && may_be_name(t, s, n, 2) && !np_word(t, n))
                .then_some(Quantity::one_person_at(s))
        };
        let Some(q) = quantity_past_determiner(t, s).or_else(named_item) else {
            return end;
        };
        // "Jonas Savimbi and 21 of his bodyguards": a figure's people after "of" and a
        // possessive.
        let victims = if q.kind == QKind::Figure {
            after_partitive(t, q.end)
        } else {
            q.end
        };
        let np_end = np_forward(t, victims);
        if np_end == victims || !valid_count(t, &q, victims, np_end) {
            return end;
        }
        // "killed three guards and two policemen fled": the item is the subject of a clause of
        // its own, not a victim.
        if item_opens_clause(t, q.end, np_end) || year_like(t, &q) {
            return end;
        }
        // A comma links items of a list only when another item follows ("two soldiers, three
        // policemen and a civilian"), not an apposition ("15 bystanders, a hospital spokesman").
        if link == &[","] && !ENUM_LINKS.iter().any(|l| t.w(np_end) == l[0]) {
            return end;
        }
        // "… and three civilians were wounded" is a statement of its own.
        if t.is(np_end, AUXILIARIES) || label_of(FATES, t.w(np_end)).is_some() {
            return end;
        }
        count.min += q.count.min;
        count.max = match (count.max, q.count.max) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
        *approx |= q.approximate;
        end = np_end;
    }
}

/// What the forms a trigger word starts need elsewhere in the sentence: nothing, or one word
/// of any of the companion groups in the mask ([`COMPANION_HOSTAGE`] and the others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Need {
    Nothing,
    AnyOf(u8),
}

/// A hostage or prisoner word: the hostage, release and freeing forms count hostages
/// (`hostage`, `released_hostages`, `freed_hostages_before` end in a [`HOSTAGE_WORDS`] or
/// [`PRISONER_WORDS`] token).
const COMPANION_HOSTAGE: u8 = 1;
/// An auxiliary before "taken"-like words ([`TAKEN_AUXILIARIES`], `taken_is_abduction`).
const COMPANION_AUXILIARY: u8 = 2;
/// An injury noun after an injury verb ([`INJURY_NOUNS`], `injury_phrase`).
const COMPANION_INJURY: u8 = 4;
/// The last word of a multi-word phrase ([`ACTIVE_PHRASES`], [`FATE_PHRASES`]).
const COMPANION_PHRASE: u8 = 8;
/// A perpetrator, the subject a holding verb needs ([`PERPETRATORS`], `held_by_captors`).
const COMPANION_CAPTOR: u8 = 16;
/// People who may have been captives, the object or subject of a freeing verb or "still held"
/// ([`FREED_PEOPLE`], `freed_people`).
const COMPANION_FREED: u8 = 32;
/// The negation or "yet" before a participle of not finding ([`UNFOUND_BEFORE`], `unfound`).
const COMPANION_UNFOUND: u8 = 64;

/// Every table whose words start a form in [`read_sentence`], with what that form needs in
/// the sentence. The one list both the trigger set ([`trigger_words`]) and the pre-test
/// ([`may_yield`]) are built from: a new form is a new row here, and its need is checked by
/// `sentences_passed_over_yield_nothing`.
fn trigger_sources() -> Vec<(Vec<&'static str>, Need)> {
    let phrase = |rest: &[&str]| {
        if rest.is_empty() {
            Need::Nothing
        } else {
            Need::AnyOf(COMPANION_PHRASE)
        }
    };
    let mut sources = vec![
        (ACTIVE.iter().map(|(w, _)| *w).collect(), Need::Nothing),
        (FATES.iter().map(|(w, _)| *w).collect(), Need::Nothing),
        (OF_NOUNS.iter().map(|(w, _)| *w).collect(), Need::Nothing),
        (
            NEGATED_NOUNS.iter().map(|(w, _)| *w).collect(),
            Need::Nothing,
        ),
        (TOLL_HEADS.to_vec(), Need::Nothing),
        (LEAVE_VERBS.to_vec(), Need::Nothing),
        (vec!["lives", CAPTURED, "number"], Need::Nothing),
        (LOSS_VERBS.to_vec(), Need::Nothing),
        (HOSTAGE_VERBS.to_vec(), Need::AnyOf(COMPANION_HOSTAGE)),
        (RELEASE_WORDS.to_vec(), Need::AnyOf(COMPANION_HOSTAGE)),
        (FREED_AFTER.to_vec(), Need::AnyOf(COMPANION_HOSTAGE)),
        (TAKEN_LIKE.to_vec(), Need::AnyOf(COMPANION_AUXILIARY)),
        (HELD_VERBS.to_vec(), Need::AnyOf(COMPANION_CAPTOR)),
        (FREEING_VERBS.to_vec(), Need::AnyOf(COMPANION_FREED)),
        (vec![HELD], Need::AnyOf(COMPANION_FREED)),
        (
            UNFOUND_VERBS.iter().map(|(w, _)| *w).collect(),
            Need::AnyOf(COMPANION_UNFOUND),
        ),
        (
            INJURY_VERBS
                .iter()
                .filter_map(|p| p.first().copied())
                .collect(),
            Need::AnyOf(COMPANION_INJURY),
        ),
    ];
    for (first, rest, _) in ACTIVE_PHRASES.iter().chain(FATE_PHRASES) {
        sources.push((vec![*first], phrase(rest)));
    }
    sources
}

/// The companion words, each with its group's bit.
fn companion_words() -> &'static crate::fxhash::FxHashMap<&'static str, u8> {
    static MAP: std::sync::OnceLock<crate::fxhash::FxHashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = crate::fxhash::FxHashMap::default();
        let mut add = |words: &[&'static str], bit: u8| {
            for w in words {
                *map.entry(*w).or_insert(0) |= bit;
            }
        };
        add(HOSTAGE_WORDS, COMPANION_HOSTAGE);
        add(PRISONER_WORDS, COMPANION_HOSTAGE);
        add(TAKEN_AUXILIARIES, COMPANION_AUXILIARY);
        add(INJURY_NOUNS, COMPANION_INJURY);
        add(PERPETRATORS, COMPANION_CAPTOR);
        add(FREED_PEOPLE, COMPANION_FREED);
        for before in UNFOUND_BEFORE {
            add(&before[..1], COMPANION_UNFOUND);
        }
        for (_, rest, _) in ACTIVE_PHRASES.iter().chain(FATE_PHRASES) {
            if let Some(last) = rest.last() {
                add(&[*last], COMPANION_PHRASE);
            }
        }
        map
    })
}

/// Each trigger word's need: nothing if any of its forms needs nothing, else the union of
/// its forms' companion groups.
fn trigger_needs() -> &'static crate::fxhash::FxHashMap<&'static str, Need> {
    static MAP: std::sync::OnceLock<crate::fxhash::FxHashMap<&'static str, Need>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = crate::fxhash::FxHashMap::default();
        for (words, need) in trigger_sources() {
            for w in words {
                let merged = match (map.get(w).copied(), need) {
                    (None, need) => need,
                    (Some(Need::Nothing), _) | (_, Need::Nothing) => Need::Nothing,
                    (Some(Need::AnyOf(a)), Need::AnyOf(b)) => Need::AnyOf(a | b),
                };
                map.insert(w, merged);
            }
        }
        // `read_sentence` also reads an injury noun that is a trigger through another table
        // ("injuries" is a negated noun) with `with_injuries`, which needs nothing more.
        for w in INJURY_NOUNS {
            if let Some(need) = map.get_mut(w) {
                *need = Need::Nothing;
            }
        }
        map
    })
}

/// Whether [`read_sentence`] may find anything in `sentence`: it holds a token in
/// [`trigger_words`] whose forms need nothing more, or one whose forms need a companion word
/// (`trigger_needs`) and a token of one of those companions. A necessary condition (every
/// form starts at a trigger, and one that needs a companion finds nothing without it), read
/// on the bytes without tokenizing. Trigger and companion words are ASCII letters (test
/// `trigger_words_are_lower_case_ascii_letters`), and a token is lower-cased char by char, so
/// a token equal to one is a maximal run of ASCII letters in the text: a letter or digit next
/// to it would belong to the token, and an inner mark ("al-", "’s") would stay
/// in its lower-case form. The one exception is the Kelvin sign, whose lower case is "k": a
/// sentence holding one is always read.
fn may_yield(sentence: &str) -> bool {
    const KELVIN: &str = "\u{212A}";
    let bytes = sentence.as_bytes();
    // The companion groups the sentence's triggers need, and those its words provide.
    let (mut needed, mut present) = (0u8, 0u8);
    let mut run = |run: &[u8]| -> bool {
        match run_need(run) {
            Some(Need::Nothing) => return true,
            Some(Need::AnyOf(groups)) => needed |= groups,
            None => {}
        }
        present |= run_companions(run);
        needed & present != 0
    };
    // Runs of letters are read off 64-byte masks: a run opens where a letter follows a
    // non-letter and closes at the next non-letter.
    let mut open: Option<usize> = None;
    let mut prev_letter = false;
    let mut base = 0;
    while base < bytes.len() {
        let len = (bytes.len() - base).min(64);
        let letters = crate::wordmask::letter_bits(&bytes[base..base + len]);
        let mut edges = letters ^ (letters << 1 | u64::from(prev_letter));
        if len < 64 {
            edges &= (1u64 << len) - 1;
        }
        prev_letter = letters >> (len - 1) & 1 == 1;
        while edges != 0 {
            let i = edges.trailing_zeros() as usize;
            edges &= edges - 1;
            if letters >> i & 1 == 1 {
                open = Some(base + i);
            } else if let Some(start) = open.take() {
                if run(&bytes[start..base + i]) {
                    return true;
                }
            }
        }
        base += len;
    }
    if open.is_some_and(|start| run(&bytes[start..])) {
        return true;
    }
    memchr::memmem::find(bytes, KELVIN.as_bytes()).is_some()
}

/// A run of ASCII letters in lower case, if it is short enough to be a listed word.
fn lower_run<'b>(run: &[u8], buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let lower = buf.get_mut(..run.len())?;
    lower.copy_from_slice(run);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The need of a run of ASCII letters that is a trigger word in any case.
fn run_need(run: &[u8]) -> Option<Need> {
    if !may_be_trigger(run) {
        return None;
    }
    let mut buf = [0u8; 32];
    trigger_needs().get(lower_run(run, &mut buf)?).copied()
}

/// The companion groups of a run of ASCII letters (0 if it is no companion word).
fn run_companions(run: &[u8]) -> u8 {
    static FILTER: std::sync::OnceLock<crate::wordfilter::PairFilter> = std::sync::OnceLock::new();
    let filter = FILTER
        .get_or_init(|| crate::wordfilter::PairFilter::new(companion_words().keys().copied()));
    if !filter.may_contain(run) {
        return 0;
    }
    let mut buf = [0u8; 32];
    lower_run(run, &mut buf)
        .and_then(|w| companion_words().get(w).copied())
        .unwrap_or(0)
}

/// Whether a word may be a trigger word, in any case: a necessary condition for
/// `trigger_words().contains`, answered without hashing.
fn may_be_trigger(word: &[u8]) -> bool {
    static FILTER: std::sync::OnceLock<crate::wordfilter::PairFilter> = std::sync::OnceLock::new();
    FILTER
        .get_or_init(|| crate::wordfilter::PairFilter::new(trigger_words().iter().copied()))
        .may_contain(word)
}

/// Every word that can start a form: a token not in this set is skipped with one lookup.
fn trigger_words() -> &'static crate::fxhash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<crate::fxhash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| trigger_sources().into_iter().flat_map(|(w, _)| w).collect())
}

/// Reads all forms of one sentence into `out`.
fn read_sentence(t: &Tokens, out: &mut Vec<Found>) {
    let n = t.len();
    let triggers = trigger_words();
    for i in 0..n {
        let w = t.w(i);
        if !may_be_trigger(w.as_bytes()) || !triggers.contains(w) {
            continue;
        }
        // 'were "neutralised"': the closing mark is part of the phrase.
        // (The first letter first: this runs for every trigger.)
        let quoted = w.starts_with('n') && t.is(i, QUOTED_FATES);
        let j = if quoted && t.is(i + 1, QUOTE_MARKS) {
            i + 2
        } else {
            i + 1
        };
        let from = out.len();
        if let Some(label) = label_of(ACTIVE, w) {
            active(t, i, j, label, out);
        }
        if t.w(i + 1) == "to" && t.is(i, INJURIES_TO) {
            injuries_to(t, i, out);
        }
        // "troops had shot dead 19 rebels and lost one soldier": a side's dead, with a
        // figure ("has lost a soldier who …" restates a death) and no fate after the victims
        // ("lost 860,000 troops killed and wounded" counts both).
        if t.is(i, LOSS_VERBS) && !t.is(i + 1, ARTICLES) {
            let before = out.len();
            active(t, i, i + 1, Label::Killed, out);
            let force = |f: &Found| {
                f.victims.is_some_and(|(a, b)| {
                    // Kin with a figure: "lost four children", not "his long lost daughter".
                    let kin_with_figure = || {
                        (a..b).any(|x| t.is(x, KIN_NOUNS) || t.is(x, KIN_PLURALS))
                            && (i + 1..a)
                                .any(|x| t.quantity(x).is_some_and(|q| q.kind == QKind::Figure))
                    };
                    ((a..b).any(|x| t.is(x, FORCE_MEMBERS) || t.is(x, LOSS_PEOPLE))
                        || kin_with_figure())
                        && label_of(FATES, t.w(b)).is_none()
                        && !t.is(b, ATTRIBUTIVE_FATES)
                })
            };
            if !out[before..].iter().all(force) {
                out.truncate(before);
            }
        }
        for (first, rest, label) in ACTIVE_PHRASES {
            if w == *first && rest.iter().enumerate().all(|(k, r)| t.w(i + 1 + k) == *r) {
                active(t, i, i + 1 + rest.len(), *label, out);
            }
        }
        if let Some(label) = label_of(FATES, w) {
            if !(t.is(i, INJURY_NOUNS) && injury_verb_before(t, i)) {
                fate(t, i, j, label, out);
            }
            if quoted {
                for f in &mut out[from..] {
                    f.rule = NEUTRALISED_RULE;
                }
            }
            if t.w(i + 1) == LABEL_COLON && (t.is(i, INVERTED_FATES) || t.is(i, NOUN_FATES)) {
                label_colon(t, i, label, out);
            }
            if t.is(i, ATTRIBUTIVE_FATES) {
                attributive(t, i, label, out);
            }
            if t.is(i, INVERTED_FATES) {
                inverted(t, i, label, out);
            }
        }
        for (first, rest, label) in FATE_PHRASES {
            if w == *first && rest.iter().enumerate().all(|(k, r)| t.w(i + 1 + k) == *r) {
                fate(t, i, i + 1 + rest.len(), *label, out);
            }
        }
        if let Some(end) = injury_phrase(t, i) {
            fate(t, i, end, Label::Injured, out);
        }
        if t.is(i, INJURY_NOUNS) {
            with_injuries(t, i, out);
        }
        if t.is(i, TAKEN_LIKE) && taken_is_abduction(t, i) {
            fate(t, i, i + 1, Label::Kidnapped, out);
        }
        // A count is needed: a name after "captured" is as often a town ("captured Goma").
        if w == CAPTURED
            && captor_subject(t, i)
            && quantity_past_determiner(t, i + 1).is_some()
            && !held_for_questioning(t, i)
        {
            let before = out.len();
            active(t, i, i + 1, Label::Kidnapped, out);
            // "fighters captured two militants": a perpetrator is not a victim.
            if out[before..]
                .iter()
                .any(|f| f.victims.is_some_and(|(a, b)| captor_in(t, a, b)))
            {
                out.truncate(before);
            }
        }
        if t.is(i, HELD_VERBS) {
            held_by_captors(t, i, out);
        }
        if let Some(label) = label_of(OF_NOUNS, w) {
            let before = out.len();
            of_noun(t, i, label, out);
            // "the bodies of 18 migrants", not "the governing bodies of 12 federations": the
            // victims' head must name people (or a named person, counted one).
            if t.is(i, OF_PEOPLE_ONLY) {
                let people = |f: &Found| {
                    f.victims
                        .is_some_and(|(a, b)| (a..b).any(|x| people_word(t, x)) || t.is_cap(a))
                };
                if !out[before..].iter().all(people) {
                    out.truncate(before);
                }
            }
        }
        if w == "lives" {
            lives(t, i, out);
        }
        if t.is(i, TOLL_HEADS) && i > 0 && t.is(i - 1, TOLL_QUALIFIERS) {
            toll(t, i - 1, i, Label::Killed, out);
            raised_to(t, i - 1, i, None, Label::Killed, out);
        } else if t.is(i, TOLL_HEADS) && i > 0 && t.w(i - 1) == "the" {
            // "the toll from the blast rose to 40": a bare toll is the death toll. Set by a
            // verb, the bare toll says "deaths" only with it: "[raising the toll from the
            // attacks to 91]", "[puts the toll at 84]" (a qualified "death toll" stands alone).
            let start = if i >= 2 && t.is(i - 2, RAISE_VERBS) {
                i - 2
            } else {
                i
            };
            toll(t, start, i, Label::Killed, out);
        } else if t.is(i, TOLL_HEADS) && i > 0 && t.is(i - 1, TOLL_STATES) {
            // "(initial toll: 25)", "the latest toll rose to 40": the state says it is counted.
            toll(t, i - 1, i, Label::Killed, out);
        } else if let Some(start) = t.is(i, TOLL_HEADS).then(|| headline_toll(t, i)).flatten() {
            // Headlines drop the article: "Mumbai toll reaches 183", "MASSACRE TOLL OVER 200".
            toll(t, start, i, Label::Killed, out);
        }
        if w == "number" && t.w(i + 1) == "of" {
            // "the number of dead", "the number of guerrillas killed"
            let mut f = i + 2;
            while f < t.len() && f < i + 6 && label_of(NUMBER_OF_FATES, t.w(f)).is_none() {
                if !np_word(t, f) {
                    break;
                }
                f += 1;
            }
            let victims = (f > i + 2 && !not_people(t, i + 2, f)).then_some((i + 2, f));
            if let Some(label) = label_of(NUMBER_OF_FATES, t.w(f)) {
                if (f == i + 2 || victims.is_some()) && !mixed(t, f, label) {
                    toll(t, i, f, label, out);
                    raised_to(t, i, f, victims, label, out);
                }
            }
        }
        if t.is(i, LEAVE_VERBS) {
            left(t, i, out);
        }
        if t.is(i, HOSTAGE_VERBS) {
            hostage(t, i, out);
        }
        if t.is(i, RELEASE_WORDS) {
            released_hostages(t, i, out);
        }
        if t.is(i, FREED_AFTER) {
            freed_hostages_before(t, i, out);
        }
        if let Some(label) = label_of(NEGATED_NOUNS, w) {
            negated_noun(t, i, label, out);
        }
        if t.is(i, FREEING_VERBS) || w == HELD {
            freed_people(t, i, out);
        }
        if let Some((s, end)) = unfound(t, i) {
            fate(t, s, end, Label::Missing, out);
        }
    }
}

/// The rule of `freed_people`'s statements, kept only in a document about an abduction.
const FREED_RULE: &str = "casualty/freed";
/// The rule of statements read through a "neutralised" euphemism (`QUOTED_FATES`), dropped in
/// a document that glosses the word as a mix (`glossed_as_mixed`).
const NEUTRALISED_RULE: &str = "casualty/neutralised";

/// Whether the document says its "neutralised" means "killed or captured" (Turkish official
/// usage: killed, captured or surrendered), a mix that matches no label, as the annotator of
/// blind6 read it. Read only for a document with such a statement.
fn glossed_as_mixed(text: &str) -> bool {
    holds_any_lower_case(text, MIXED_GLOSSES)
}

/// Whether `text`, in any case, holds one of the lower-case `words`: a copy of the document in
/// lower case, so the callers ask only for documents with a statement that needs the answer.
fn holds_any_lower_case(text: &str, words: &[&str]) -> bool {
    let lower = text.to_ascii_lowercase();
    words
        .iter()
        .any(|w| memchr::memmem::find(lower.as_bytes(), w.as_bytes()).is_some())
}

/// "held" after "still": people still held.
const HELD: &str = "held";

/// Whether the document is about an abduction: it holds one of `ABDUCTION_STEMS` in any case.
/// Read only for a document with a freed-people statement, so the copy is rare.
fn about_abduction(text: &str) -> bool {
    holds_any_lower_case(text, ABDUCTION_STEMS)
}

/// People freed or still held, counted as kidnapped like freed hostages: "[freeing 15 of the
/// 17 crew members]", "Navy [frees 12 crew] of hijacked ship", "[600 workers and 90 of the 120
/// foreigners had been freed]", "[two sailors are still being held]". The active and passive
/// readings of the word at `i` (a freeing verb, or "held" after "still"), kept when the victims
/// name people who are captives in an abduction (`FREED_PEOPLE`, no `FREED_NOT_CAPTIVES`; the
/// document test is `about_abduction`). Hostages are read by `released_hostages`.
fn freed_people(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    let held = t.w(i) == HELD;
    // "still held", "still being held", "are still held".
    let still = (i.saturating_sub(2)..i).any(|x| t.is(x, STILL_WORDS));
    if held && !still {
        return;
    }
    let before = out.len();
    if !held {
        active(t, i, i + 1, Label::Kidnapped, out);
    }
    fate(t, i, i + 1, Label::Kidnapped, out);
    let captives = |f: &Found| {
        f.victims.is_some_and(|(a, b)| {
            (a..b).any(|x| t.is(x, FREED_PEOPLE))
                && !(a..b).any(|x| t.is(x, FREED_NOT_CAPTIVES) || t.is(x, HOSTAGE_WORDS))
        })
    };
    let mut k = before;
    while k < out.len() {
        if captives(&out[k]) {
            out[k].rule = FREED_RULE;
            k += 1;
        } else {
            out.remove(k);
        }
    }
}

/// "had not been accounted for", "are yet to be traced", "have not been found": a participle of
/// finding at `i` (`UNFOUND_VERBS`) after a negation or "yet to be" (`UNFOUND_BEFORE`). Returns
/// the phrase's first and end tokens, a MISSING fate.
fn unfound(t: &Tokens, i: usize) -> Option<(usize, usize)> {
    let (_, after) = UNFOUND_VERBS.iter().find(|(w, _)| *w == t.w(i))?;
    if !after.iter().enumerate().all(|(k, w)| t.w(i + 1 + k) == *w) {
        return None;
    }
    let before = UNFOUND_BEFORE.iter().find(|p| {
        i >= p.len()
            && p.iter()
                .enumerate()
                .all(|(k, w)| t.w(i - p.len() + k) == *w)
    })?;
    Some((i - before.len(), i + 1 + after.len()))
}

/// "were treated for minor injuries", "suffered gunshot wounds": the verb at `i`, the end of the
/// injury noun if one follows within `INJURY_GAP` words.
fn injury_phrase(t: &Tokens, i: usize) -> Option<usize> {
    let p = INJURY_VERBS
        .iter()
        .find(|p| p.iter().enumerate().all(|(k, w)| t.w(i + k) == *w))?;
    let a = i + p.len();
    (a..(a + INJURY_GAP + 1).min(t.len()))
        .take_while(|&x| t.is_word(x) && t.w(x) != "of")
        .find(|&x| t.is(x, INJURY_NOUNS))
        .map(|x| x + 1)
}

/// Whether the injury noun at `i` ends an injury phrase read by `injury_phrase`.
fn injury_verb_before(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(INJURY_GAP + 2)..i).any(|v| injury_phrase(t, v) == Some(i + 1))
}

/// "30 wounded people", "the five dead soldiers": a count, the fate as an adjective, then the
/// victims.
fn attributive(t: &Tokens, i: usize, label: Label, out: &mut Vec<Found>) {
    let np_end = np_forward(t, i + 1);
    if np_end == i + 1 || i == 0 {
        return;
    }
    let Some(q) = (i.saturating_sub(6)..i)
        .filter_map(|s| t.quantity(s))
        .find(|q| q.end == i)
    else {
        return;
    };
    if !matches!(q.kind, QKind::Figure) {
        return;
    }
    // The victims end at their head: "30 wounded people overnight", "one dead soldier"; no
    // head, no statement ("over 70,000 dead broke out").
    let plural = |w: &str| {
        PLURAL_PEOPLE.contains(&w)
            || w.ends_with('s')
            || PLURAL_ENDINGS.iter().any(|e| w.ends_with(e))
    };
    let b = if q.count.max == Some(1) {
        let Some(b) = (i + 2..=np_end.min(i + 3)).find(|&b| is_person_singular(t, i + 1, b)) else {
            return;
        };
        b
    } else {
        let Some(x) = (i + 1..np_end).find(|&x| plural(t.w(x))) else {
            return;
        };
        x + 1
    };
    if !valid_count(t, &q, i + 1, b) || not_people(t, i + 1, b) {
        return;
    }
    if hypothetical(t, q.start, false) || mixed(t, i, label) {
        return;
    }
    out.push(Found {
        start: q.start,
        end: b,
        label,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: Some((i + 1, b)),
        rule: "casualty/fate",
    });
}

/// "about 50 people with gunshot wounds", "12 patients with serious injuries": a count of
/// people, "with", up to two modifiers and the injury noun at `i`.
fn with_injuries(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    let Some(w) = (i.saturating_sub(3)..i).rev().find(|&x| {
        t.w(x) == "with"
            || (t.w(x) == "for"
                && x > 0
                && (t.is(x - 1, HOSPITAL_VERBS) || t.w(x - 1) == "hospital"))
    }) else {
        return;
    };
    if !(w + 1..i).all(|x| np_word(t, x) && !t.is_cap(x)) {
        return;
    }
    // "17 people had been brought in with gunshot wounds", "were treated for burns": a
    // hospital verb (and "in" or "to hospital") between the people and the injuries.
    let mut k = w;
    if k >= 2 && t.w(k - 1) == "hospital" && t.is(k - 2, &["to", "in"]) {
        k -= 2;
    } else if k >= 1 && t.w(k - 1) == "in" {
        k -= 1;
    }
    if k > 0 && t.is(k - 1, HOSPITAL_VERBS) {
        k -= 1;
        while k > 0 && t.is(k - 1, AUXILIARIES) {
            k -= 1;
        }
    } else {
        k = w;
    }
    let Some((q, a, b)) = subject_before(t, k) else {
        return;
    };
    if b != k || !valid_count(t, &q, a, b) || hypothetical(t, q.start, false) {
        return;
    }
    // People, not "both slight doubts with hamstring injuries".
    if !(people_word(t, b - 1) || is_person_singular(t, a, b)) {
        return;
    }
    if !matches!(q.kind, QKind::Figure | QKind::Article) {
        return;
    }
    out.push(Found {
        start: q.start,
        end: i + 1,
        label: Label::Injured,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: Some((a, b)),
        rule: "casualty/with-injuries",
    });
}

/// Whether "taken" at `i` is a kidnapping: an auxiliary before it ("were taken"), the clause
/// ending or an abduction phrase after it, and a perpetrator after "by" ("taken by gunmen") or
/// an abduction word in the sentence. Not "taken to hospital", "taken into custody".
fn taken_is_abduction(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 3 && (t.is(k - 1, FATE_ADVERBS) || t.w(k - 1).ends_with("ly")) {
        k -= 1;
    }
    if k > 0 && t.is(k - 1, TAKEN_ALSO) {
        k -= 1;
    }
    let also = (k..i).any(|x| t.is(x, TAKEN_ALSO));
    if k == 0 || !t.is(k - 1, TAKEN_AUXILIARIES) {
        return false;
    }
    let next = t.w(i + 1);
    // "A teacher was also taken.": the clause ends, "also" ties it to the abduction before.
    if also && t.w(i) == TAKEN && !t.is_word(i + 1) {
        return true;
    }
    // "seized at a checkpoint by militants": a short place or time phrase, then the perpetrator.
    if TAKEN_PREPOSITIONS.contains(&next) {
        let by = (i + 2..(i + 2 + TAKEN_PHRASE).min(t.len()))
            .take_while(|&x| t.is_word(x))
            .find(|&x| t.w(x) == "by");
        if let Some(by) = by {
            let mut b = by + 1;
            while b < t.len() && b < by + 4 && t.is(b, TAKEN_BY_SKIP) {
                b += 1;
            }
            if t.is(b, PERPETRATORS) {
                return true;
            }
        } else if seized_in_attack(t, k, i) {
            return true;
        }
    }
    if !TAKEN_NEXT.contains(&next) {
        return false;
    }
    let needs_second = TAKEN_NEXT2.iter().any(|&(w, _)| w == next);
    if needs_second
        && !TAKEN_NEXT2
            .iter()
            .any(|&(w, s)| w == next && s == t.w(i + 2))
    {
        return false;
    }
    let by = if next == "by" {
        Some(i + 2)
    } else if TAKEN_AWAY.contains(&next) && t.w(i + 2) == "by" {
        Some(i + 3)
    } else {
        None
    };
    if let Some(mut b) = by {
        while b < t.len() && b < i + 6 && t.is(b, TAKEN_BY_SKIP) {
            b += 1;
        }
        return t.is(b, PERPETRATORS);
    }
    if t.w(i) == CAPTURED {
        // Only an agent makes "captured" a kidnapping: "two militants were captured" is not.
        return false;
    }
    let lo = i.saturating_sub(40);
    let hi = (i + 40).min(t.len());
    (lo..hi).any(|x| x != i && (t.is(x, PERPETRATORS) || t.is(x, ABDUCTION_WORDS)))
}

/// Whether a perpetrator noun is the subject of "captured" at `i`: "its fighters had captured",
/// "militants captured", within `CAPTOR_GAP` words and the same clause.
/// Not "Police arrested three gunmen and held 20 people": a perpetrator that is the object of
/// an earlier verb (`perpetrator_is_object`) holds no one.
fn captor_subject(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(CAPTOR_GAP)..i)
        .rev()
        .take_while(|&x| t.is_word(x))
        .any(|x| t.is(x, PERPETRATORS) && !perpetrator_is_object(t, x))
}

/// Whether the perpetrator noun at `x` is the object of a verb before it in its clause
/// ("arrested three gunmen", "killed two rebels"), within `CAPTOR_OBJECT_GAP` words.
fn perpetrator_is_object(t: &Tokens, x: usize) -> bool {
    (x.saturating_sub(CAPTOR_OBJECT_GAP)..x)
        .rev()
        .take_while(|&y| t.is_word(y))
        .any(|y| t.is(y, CAPTOR_OBJECT_VERBS))
}

/// "held 20 people for questioning": a holding verb at `i` whose clause gives an interrogation
/// as its purpose is a detention, whoever holds.
fn held_for_questioning(t: &Tokens, i: usize) -> bool {
    (i + 1..i + DETENTION_WINDOW)
        .take_while(|&x| t.is_word(x))
        .any(|x| t.w(x) == "for" && t.is(x + 1, DETENTION_PURPOSES))
}

/// "Gunmen briefly held three aid workers at a roadblock": a holding verb at `i` with a
/// perpetrator as its subject (`captor_subject`) and a count of people as its object is a
/// kidnapping. Arrests are not: the subject must be a perpetrator ("police held three
/// suspects" is none), and the object no perpetrator, suspect or prisoner ("fighters held two
/// militants", "rebels held 300 prisoners"); "held talks", "held 20 seats" name no people.
fn held_by_captors(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    if !(captor_subject(t, i) || coordinated_captor(t, i))
        || quantity_past_determiner(t, i + 1).is_none()
        || held_for_questioning(t, i)
    {
        return;
    }
    let before = out.len();
    active(t, i, i + 1, Label::Kidnapped, out);
    let victims_ok = |f: &Found| {
        f.victims.is_some_and(|(a, b)| {
            names_people(t, a, b)
                && !captor_in(t, a, b)
                && !(a..b).any(|x| t.is(x, PRISONER_WORDS) || t.is(x, HOSTAGE_WORDS))
        })
    };
    if !out[before..].iter().all(victims_ok) {
        out.truncate(before);
    }
}

/// "Gunmen stormed the hotel and held about 170 guests": a perpetrator subject of an earlier
/// verb (a perpetrator word right before a past form that is no trigger) coordinated with the
/// holding verb at `i` by "and", within `COORDINATED_WINDOW` words with no punctuation. Not
/// "Police arrested three gunmen and held 20 people" (the perpetrator is an object).
fn coordinated_captor(t: &Tokens, i: usize) -> bool {
    i >= 3
        && t.w(i - 1) == "and"
        && (i.saturating_sub(COORDINATED_WINDOW)..i - 2)
            .rev()
            .take_while(|&x| t.is_word(x))
            .any(|x| {
                t.is(x, PERPETRATORS)
                    && t.w(x + 1).ends_with("ed")
                    && !trigger_at(t, x + 1)
                    && !perpetrator_is_object(t, x)
            })
}

/// "A local teacher was among the tourists shot dead", "two were among the passengers killed":
/// the fate at `i` (after "shot" for "dead") follows "among the/those" and a people head with
/// up to two modifiers, after an auxiliary. Returns where "among" stands: the subject is read
/// before its auxiliary, as for "among the dead".
fn among_victims(t: &Tokens, i: usize) -> Option<usize> {
    let s = if t.w(i) == "dead" && i > 0 && t.is(i - 1, SHOT) {
        i - 1
    } else {
        i
    };
    // "among" first: the people test may allocate.
    if s < 4 || !(s.saturating_sub(5)..s - 2).any(|x| t.w(x) == "among") || !people_word(t, s - 1) {
        return None;
    }
    let det = (s.saturating_sub(5)..s - 1)
        .rev()
        .take_while(|&x| t.is_word(x) && !trigger_at(t, x))
        .find(|&x| t.is(x, &["the", "those"]))?;
    (det >= 2 && t.w(det - 1) == "among" && t.is(det - 2, AUXILIARIES)).then_some(det - 1)
}

/// "caused injuries to 18 others", "injuries to two policemen": an injury noun at `i`, "to",
/// and a count of people.
fn injuries_to(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    let before = out.len();
    active(t, i, i + 2, Label::Injured, out);
    if !out[before..].iter().all(|f| {
        f.victims
            .is_some_and(|(a, b)| names_people(t, a, b) || t.w(b - 1) == "others")
    }) {
        out.truncate(before);
    }
}

/// "Killed: 12", "Wounded: 30 civilians" in report lists and incident rows: a fate word that
/// opens its clause, a colon and a figure (with people, if any words follow).
fn label_colon(t: &Tokens, i: usize, label: Label, out: &mut Vec<Found>) {
    if t.w(i + 1) != LABEL_COLON || (i > 0 && t.is_word(i - 1)) {
        return;
    }
    let Some(q) = t.quantity(i + 2).filter(|q| q.kind == QKind::Figure) else {
        return;
    };
    let b = np_forward(t, q.end);
    if (b > q.end && !names_people(t, q.end, b)) || t.w(q.end) == "%" || year_like(t, &q) {
        return;
    }
    out.push(Found {
        start: i,
        end: b.max(q.end),
        label,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: (b > q.end).then_some((q.end, b)),
        rule: "casualty/label",
    });
}

/// Whether the words `a..b` name a perpetrator or a suspect ("two militants", "three rebel
/// fighters", "four suspects"); "men" may be either ("gunmen captured two men").
fn captor_in(t: &Tokens, a: usize, b: usize) -> bool {
    (a..b).any(|x| (t.is(x, PERPETRATORS) && t.w(x) != "men") || t.is(x, &["suspect", "suspects"]))
}

/// "12 villagers were seized in the raid", "three teachers were taken during the attack": no
/// agent follows, the place or time phrase after the participle names an attack
/// (`TAKEN_ATTACK_NOUNS`) and not the police or the army (`TAKEN_ARREST_WORDS`), and the subject
/// before the auxiliary at `k - 1` is people, not suspects. Not "12 rifles were seized in the
/// raid", "two suspects were seized in the raid", "drugs were seized in a police raid".
fn seized_in_attack(t: &Tokens, k: usize, i: usize) -> bool {
    let phrase = (i + 2..(i + 2 + TAKEN_PHRASE).min(t.len())).take_while(|&x| t.is_word(x));
    let mut attack = false;
    for x in phrase {
        if t.is(x, TAKEN_ARREST_WORDS) {
            return false;
        }
        attack |= t.is(x, TAKEN_ATTACK_NOUNS);
    }
    if !attack || k == 0 {
        return false;
    }
    let Some((q, a, b)) = subject_before(t, k - 1) else {
        return false;
    };
    if !valid_count(t, &q, a, b) || b <= a || t.is(b - 1, TAKEN_ARREST_WORDS) {
        return false;
    }
    let h = t.w(b - 1);
    let person = |s: &str| is_person_noun(s);
    t.is(b - 1, PLURAL_PEOPLE)
        || is_person_singular(t, a, b)
        || h.strip_suffix('s')
            .is_some_and(|s| person(s) || s.strip_suffix('e').is_some_and(person))
        || (h.len() > 4 && PLURAL_ENDINGS.iter().any(|e| h.ends_with(e)))
}

/// Where the victims phrase after a count starts: past "of them"/"of the" in "two of them",
/// "one of the soldiers", and past an additive "more" ("two more soldiers", not "more than").
fn after_partitive(t: &Tokens, end: usize) -> usize {
    if t.w(end) == "of" && t.is(end + 1, POSSESSIVES) {
        end + 2
    } else if t.w(end) == "more" && t.w(end + 1) != "than" {
        // "two more soldiers died", "several more insurgents were killed", "killing three more"
        end + 1
    } else {
        end
    }
}

/// "killed two Chinese engineers", "kills 7", "injuring 15 others".
/// The quantity at `j`, looking past "the" or a possessive to a figure: "killed [the two]
/// soldiers", "his two sons" count two, not one.
fn quantity_past_determiner(t: &Tokens, j: usize) -> Option<Quantity> {
    let q = t.quantity(j)?;
    if q.kind == QKind::Possessive {
        if let Some(figure) = t.quantity(q.end).filter(|f| f.kind == QKind::Figure) {
            return Some(figure);
        }
    }
    Some(q)
}

fn active(t: &Tokens, i: usize, j: usize, label: Label, out: &mut Vec<Found>) {
    let Some(q) = quantity_past_determiner(t, j).or_else(|| one_named(t, i, j, label)) else {
        return;
    };
    if !matches!(q.kind, QKind::Figure | QKind::Article | QKind::Possessive) {
        return;
    }
    let mut a = after_partitive(t, q.end);
    // "injuring four of the 10 crew members": the group's own figure is no victim word.
    if a > q.end {
        if let Some(group) = t.quantity(a).filter(|n| n.kind == QKind::Figure) {
            a = group.end;
        }
    }
    let b = np_forward(t, a);
    if !valid_count(t, &q, a, b) || (q.kind == QKind::Figure && t.is_month(b)) {
        return;
    }
    if t.is(i, PEOPLE_ONLY_VERBS) && !names_people(t, a, b) {
        return; // "executed 12 search warrants"
    }
    if hypothetical(t, i, t.is(i, BASE_FORMS)) || mixed(t, i, label) {
        return;
    }
    let mut count = q.count;
    let mut approx = q.approximate;
    let names = matches!(label, Label::Killed | Label::Kidnapped) && !t.is_cap_mixed(i);
    let b = extend_victims(t, a, b);
    let e = enumerate_forward(t, b, &mut count, &mut approx, names);
    out.push(Found {
        start: i,
        end: e.max(q.end),
        label,
        count,
        approximate: approx,
        negated: false,
        victims: (e > a).then_some((a, e)),
        rule: "casualty/active",
    });
}

/// One person named without a count after the trigger at `i`: a name ("killing Malawi Sahib")
/// or a bare singular role ("killed Taliban leader Wali"). Not after a Title Case trigger
/// (headlines capitalize every word). Returns an empty quantity at `j` counting one.
fn one_named(t: &Tokens, i: usize, j: usize, label: Label) -> Option<Quantity> {
    // Named injuries are mostly sport ("without the injured Chris Latham").
    if t.is_cap_mixed(i) || !matches!(label, Label::Killed | Label::Kidnapped) {
        return None;
    }
    let b = np_forward(t, j);
    // All caps: after a determiner the trigger is a noun or an adjective ("THE MURDER TOOK
    // PLACE", "THE MURDERED STUDENT'S HOME"), not a verb taking a name.
    let noun_use = t.upper && j == i + 1 && i > 0 && t.is(i - 1, DETERMINERS);
    let named = !noun_use && !t.is(i, NO_NAME_TRIGGERS) && may_be_name(t, j, b, 2);
    // "Taliban commander Mullah Ahmad": a singular role followed by a name
    let role_name = (j + 1..b).any(|x| is_person_singular(t, j, x) && may_be_name(t, x, b, 1));
    if !(named || role_name || is_person_singular(t, j, b)) || not_people(t, j, b) {
        return None;
    }
    Some(Quantity::one_person_at(j))
}

/// The end of an apposition naming the victim at `e` (", Mahjur,"), or `e`.
fn skip_apposition(t: &Tokens, e: usize) -> usize {
    if t.w(e) != "," {
        return e;
    }
    let mut k = e + 1;
    while k < t.len() && k - e <= 4 && t.is_cap(k) {
        k += 1;
    }
    if k > e + 1 && t.w(k) == "," {
        k + 1
    } else {
        e
    }
}

/// Where the subject ends when an aside stands between it and token `k`: ", including two
/// children," or ", most of them women," between the total and the verb puts the subject
/// before the opening comma. The aside never holds a predicate of its own ("12 insurgents, and
/// a patrol killed 12 gunmen, and 12 more were killed"), unless it is a relative clause ("who
/// were on patrol", "four of whom are policemen"). Without an aside, `k`.
fn before_aside(t: &Tokens, k: usize) -> usize {
    if k == 0 || t.w(k - 1) != "," {
        return k;
    }
    let mut j = k - 1;
    let mut verb = false;
    let mut relative = false;
    while j > 0 && k - j < 24 {
        j -= 1;
        if t.w(j) == "," {
            return if !verb || relative { j } else { k };
        }
        if !t.is_word(j) {
            break;
        }
        verb |= finite_verb_at(t, j);
        relative |= t.is(j, RELATIVES) || t.w(j) == "whom";
    }
    k
}

/// The subject before token `k` (exclusive): a quantity and an optional victims phrase ending
/// right before `k`, skipping an "including …," clause. Returns (quantity, victims start,
/// victims end).
fn subject_before(t: &Tokens, k: usize) -> Option<(Quantity, usize, usize)> {
    let mut k = k;
    // "two aid workers — one of them a nurse — were": the subject is before the aside.
    if k > 0 && t.is(k - 1, DASHES) {
        if let Some(open) = (k.saturating_sub(30)..k - 1)
            .rev()
            .find(|&x| t.is(x, DASHES))
        {
            k = open;
        }
    }
    // "three of them (later) died": a count of people named before.
    if k >= 3 && t.is(k - 1, OF_THEM) && t.w(k - 2) == "of" {
        if let Some(q) = (k.saturating_sub(8)..k - 2)
            .filter_map(|s| t.quantity(s))
            .find(|q| q.end == k - 2)
            .filter(|q| matches!(q.kind, QKind::Figure))
        {
            return Some((q, k, k));
        }
    }
    let k = before_aside(t, k);
    // "a fourth was wounded", "a second died later": one more person than those before.
    if k >= 2
        && t.is(k - 1, ORDINALS)
        && t.quantity(k - 2)
            .is_some_and(|q| q.kind == QKind::Article && q.end == k - 1)
    {
        let q = Quantity {
            start: k - 2,
            ..Quantity::one_person_at(k)
        };
        return Some((q, k, k));
    }
    let mut np_start = k;
    let mut limit = 6;
    loop {
        // Once, across an `of` phrase ("three officers of the border police"), a place or
        // origin ("three nurses from the hospital") or a coordinated plural with no count of
        // its own ("N soldiers and civilians"): the word before is a people head.
        if limit == 6 && np_start > 2 {
            let link_word = |x: usize| links_head(t, x);
            let link = if link_word(np_start - 1) {
                Some(np_start - 1)
            } else if t.is(np_start - 1, POSSESSIVES) && link_word(np_start - 2) {
                Some(np_start - 2)
            } else if t.is(np_start - 1, COORDINATORS) && plural_conjunct(t, np_start, k) {
                Some(np_start - 1)
            } else {
                None
            };
            // A singular head counts too ("A fisherman from the eastern town of Güiria").
            let head = |x: usize| people_word(t, x) || is_person_noun(t.w(x));
            if let Some(l) = link.filter(|&l| l > 0 && np_word(t, l - 1) && head(l - 1)) {
                np_start = l - 1;
                limit = 12;
                continue;
            }
            // "several Indonesian and Sri Lankan peacekeepers": proper adjectives coordinated
            // before one people head.
            let proper_adjectives = t.w(np_start - 1) == "and"
                && t.is_cap_mixed(np_start - 2)
                && k > np_start + 1
                && (np_start..k - 1).all(|x| t.is_cap_mixed(x))
                && people_word(t, k - 1);
            if proper_adjectives {
                np_start -= 2;
                limit = 12;
                continue;
            }
        }
        // A quantity ending where the victims phrase starts, starting as early as possible.
        for s in np_start.saturating_sub(6)..np_start {
            let Some(q) = t.quantity(s) else { continue };
            // "Margaret Hassan, 59, who …": a bare number between commas after a name is an age.
            if q.end == k && s > 0 && t.w(s - 1) == "," && t.w(q.end) == "," {
                continue;
            }
            // "four of the six teachers": the part, not the group, is the count.
            let p = after_partitive(t, q.end);
            let part_of_group = p > q.end
                && t.quantity(p)
                    .is_some_and(|n| n.kind == QKind::Figure && n.end == np_start);
            if p == np_start || q.end == np_start || part_of_group {
                return Some((q, np_start, k));
            }
        }
        let nominal =
            |x: usize| x > 0 && label_of(FATES, t.w(x)).is_some() && t.is(x - 1, POSSESSIVES);
        if np_start == 0
            || k - np_start >= limit
            || !(np_word(t, np_start - 1) || nominal(np_start - 1))
        {
            return None;
        }
        np_start -= 1;
    }
}

/// "Two Italian aid workers from a Catholic mission near the town were reported missing": a
/// subject whose people head is followed by a chain of place or `of` phrases longer than
/// `subject_before` crosses. Walks back from `k` over at most `PLACE_CHAIN` words of noun
/// phrases and their links (no punctuation, no finite verb); the earliest link whose word
/// before is a people head ends the counted subject. The victims run to `k`.
fn subject_with_place_chain(t: &Tokens, k: usize) -> Option<(Quantity, usize, usize)> {
    let chain_word = |x: usize| {
        (np_word(t, x) || t.is(x, POSSESSIVES) || t.is(x, ARTICLES) || t.is(x, PLACE_LINKS))
            && !finite_verb_at(t, x)
    };
    // The chain ends on a noun: "relatives of [missing] people" has no subject before its fate.
    if k == 0 || !np_word(t, k - 1) {
        return None;
    }
    let first = (k.saturating_sub(PLACE_CHAIN)..k)
        .rev()
        .take_while(|&x| chain_word(x))
        .last()?;
    let head = |x: usize| people_word(t, x) || is_person_noun(t.w(x));
    (first + 1..k)
        .filter(|&l| t.is(l, PLACE_LINKS) && head(l - 1))
        .find_map(|l| subject_before(t, l).filter(|&(_, a, b)| b == l && a < b))
        .map(|(q, a, _)| (q, a, k))
}

/// From token `k` back over the adverbs and auxiliaries before the fate word at `i` ("were
/// later freed", "are believed to have been killed"), at most seven tokens from `i`: where the
/// subject ends, and whether an auxiliary was passed (`aux` carries one found before).
fn walk_back_to_subject(t: &Tokens, i: usize, mut k: usize, mut aux: bool) -> (usize, bool) {
    while k > 0 && i - k < 7 {
        // "are believed to have been killed", "is thought to have died": a reporting participle
        // and "to" before the infinitive; the auxiliary before the participle carries it.
        if k >= 2
            && t.w(k - 1) == "to"
            && t.is(k - 2, HEDGED_INFINITIVE)
            && t.is(k, &["have", "be"])
        {
            k -= 2;
            continue;
        }
        if !(t.is(k - 1, FATE_ADVERBS)
            || (t.w(k - 1).ends_with("ly") && t.w(k - 1).len() > 4)
            || t.is(k - 1, AUXILIARIES)
            || (aux && t.is(k - 1, RELATIVES)))
        {
            break;
        }
        aux |= t.is(k - 1, AUXILIARIES);
        k -= 1;
    }
    (k, aux)
}

/// "five soldiers were killed", "12 dead", "three people died", "two remain missing".
/// The fate words are tokens `i..j`.
fn fate(t: &Tokens, i: usize, j: usize, label: Label, out: &mut Vec<Found>) {
    // "a pilot was fatally wounded", "mortally injured": the wound killed them.
    let label = if label == Label::Injured && i > 0 && t.is(i - 1, FATAL_ADVERBS) {
        Label::Killed
    } else {
        label
    };
    // Walk back over adverbs and auxiliaries.
    let mut k = i;
    // "were shot and killed", "was engaged and killed": another participle first
    if i >= 2
        && t.w(i - 1) == "and"
        && (t.w(i - 2).ends_with("ed") || t.is(i - 2, FATE_ADVERBS))
        && label_of(FATES, t.w(i - 2)).is_none()
        && label_of(ACTIVE, t.w(i - 2)).is_none()
    {
        k = i - 2;
    }
    let mut aux = false;
    // "three soldiers were among the dead", "six were among those taken hostage"
    if i >= 3 && t.is(i - 1, &["the", "those"]) && t.w(i - 2) == "among" && t.is(i - 3, AUXILIARIES)
    {
        k = i - 2;
        aux = true;
    }
    // "A local teacher was among the tourists shot dead": one of the victims named.
    if let Some(among) = among_victims(t, i) {
        k = among;
        aux = true;
    }
    let (k, aux) = walk_back_to_subject(t, i, k, aux);
    if k > 0 && t.is(k - 1, MODALS) {
        return; // "thousands could be killed"
    }
    // "has died at the age of 89": an obituary, not a casualty.
    if t.w(i) == "died"
        && (j..j + OBITUARY_AGE.len())
            .map(|x| t.w(x))
            .eq(OBITUARY_AGE.iter().copied())
    {
        return;
    }
    if k == i && i > 0 && t.is(i - 1, POSSESSIVES) {
        return; // "the wounded", "their dead": a noun, not a fate
    }
    // Without a passive auxiliary, "killed"/"injured" followed by an object is an active verb
    // ("two gunmen killed three policemen"), and so is a perfect ("the portrayal has hurt the
    // community"; "have been killed" has "been" before its participle).
    let perfect = i > 0 && t.is(i - 1, PERFECT_AUXILIARIES);
    if (!aux || perfect)
        && !t.is(i, INTRANSITIVE)
        && !t.is(i, NOUN_FATES)
        && (t.quantity(j).is_some() || np_word(t, j))
    {
        return;
    }
    // "40 dead cattle", "30 wounded people": an adjective before a noun; `attributive` reads it.
    if !aux && t.is(i, ATTRIBUTIVE_FATES) && j == i + 1 && np_word(t, j) && !t.is_cap(j) {
        return;
    }
    // Negated: "no one was hurt", "no civilians were injured or killed", "none of the …".
    if let Some(f) = negated_subject(t, k, i, j, label) {
        out.push(f);
        return;
    }
    // "Both were kidnapped": the walk back took "both" for an adverb ("were both killed").
    let leading_exact = || {
        let q = t.quantity(k).filter(|q| q.end == k + 1 && k + 1 < i)?;
        EXACT_WORDS
            .iter()
            .any(|(w, _)| t.w(k) == *w)
            .then_some((q, k + 1, k + 1))
    };
    // "Mahmood was killed": one named person (singular verb, mixed case). Not "X died", which in
    // general news is as often a natural death as a casualty.
    let named_subject = || {
        // "was killed", "was shot dead", "was beaten to death" (a violent death, not "died").
        // "Mahmood was among the dead": one of a toll's dead.
        let among = i >= 2 && t.w(i - 1) == "the" && t.w(i - 2) == "among";
        let violent = t.is(i, NAMED_FATES)
            || among
            || (i > 0 && t.w(i) == "dead" && t.is(i - 1, SHOT))
            || (j > i + 1 && t.w(j - 1) == "death");
        // "Oscar Denis, who was kidnapped", "Edelio Morinigo, who has been missing": a
        // relative "who" says the name is a person, so missing counts too.
        let who = k >= 1 && t.w(k) == "who" && t.w(k - 1) == ",";
        let fate_ok = violent || (who && label == Label::Missing);
        let aux_at = if who { k + 1 } else { k };
        let aux_ok = t.is(aux_at, &["was", "has", "is"]) || (who && t.is(aux_at, &["had"]));
        if !aux_ok {
            return None;
        }
        if t.is_cap_mixed(i) || k == 0 || !fate_ok {
            return None;
        }
        // Skip appositions back to the name: "Margaret Hassan, 59, who ran …, was abducted".
        let mut end = if who { k - 1 } else { k };
        for _ in 0..3 {
            if end >= 2 && t.w(end - 2) == "," && t.w(end - 1).bytes().all(|b| b.is_ascii_digit()) {
                end -= 2; // ", 59"
                continue;
            }
            if end == 0 || t.w(end - 1) != "," {
                break;
            }
            let Some(open) = (end.saturating_sub(14)..end - 1)
                .rev()
                .find(|&x| t.w(x) == ",")
            else {
                break;
            };
            end = open;
        }
        // All caps: a role may come first ("LEFTIST LEADER HECTOR OQUELI COLINDRES").
        let s = capitalized_run_start(t, end);
        // All caps: the name opens its clause ("THE PEACE PLAN WAS KILLED" is no name).
        let opens = s == 0 || !t.is_word(s - 1);
        (s < end && (!t.upper || (opens && may_be_name(t, s, end, 2)))).then_some((
            Quantity::one_person_at(s),
            s,
            end,
        ))
    };
    // "Ahmed Ali, 32, and Hassan Omar, 28, were killed": coordinated names, one person each (the
    // plural of `named_subject`, with the same fates and the same all-caps caution).
    let named_subjects = || {
        if !t.is(k, &["were", "have"]) || t.is_cap_mixed(i) || !t.is(i, NAMED_FATES) {
            return None;
        }
        let age_after = |end: usize| {
            end >= 3
                && t.w(end - 1) == ","
                && t.w(end - 2).bytes().all(|b| b.is_ascii_digit())
                && t.w(end - 3) == ","
        };
        // The name ending at `end`: the longest run of capitalized words that is a person's name.
        let name_before = |end: usize| {
            let s = capitalized_run_start(t, end);
            (s..end).find(|&a| named_person(t, a, end))
        };
        // A phrase before a comma that opens the sentence: "On Monday, …", "In Kabul, …".
        let opening_phrase = |comma: usize| {
            let first = (comma.saturating_sub(6)..comma)
                .rev()
                .take_while(|&x| t.is_word(x))
                .last()
                .unwrap_or(comma);
            first < comma
                && (first == 0 || !t.is_word(first - 1))
                && (t.is(first, NOT_NAME_START) || (first..comma).any(|x| names_a_day(t, x)))
        };
        let mut end = k;
        let mut last_name_end = None;
        let mut items = 0u64;
        let mut saw_and = false;
        loop {
            if age_after(end) {
                end -= 3;
            } else if saw_and && end >= 1 && t.w(end - 1) == "," {
                end -= 1; // the serial comma: "A, B, and C"
            }
            let s = name_before(end)?;
            items += 1;
            last_name_end.get_or_insert(end);
            let opens = match s.checked_sub(1).map(|x| t.w(x)) {
                Some("and") if !saw_and => {
                    saw_and = true;
                    end = s - 1;
                    continue;
                }
                Some(",") if saw_and && items < 10 => {
                    if age_after(s) {
                        end = s; // the next loop strips the earlier name's ", 32,"
                        continue;
                    }
                    if name_before(s - 1).is_some() {
                        end = s - 1;
                        continue;
                    }
                    // "On Monday, Ali, Omar and Musa were abducted": the list starts after an
                    // opening phrase; anything else before the comma leaves the list unclear, and
                    // so does all-caps text, where a place ("IN TIBU, NORTE DE SANTANDER, MAYOR
                    // …") reads like a name.
                    !t.upper && opening_phrase(s - 1)
                }
                None => true,
                // The first name opens its clause: not "the wives of A and B were killed".
                Some(w) => {
                    !w.bytes().all(|b| b.is_ascii_lowercase()) || t.is(s - 1, BEFORE_A_SUBJECT)
                }
            };
            let n = items;
            return (saw_and && n >= 2 && opens).then(|| {
                let q = Quantity {
                    start: s,
                    end: s,
                    count: Count {
                        min: n,
                        max: Some(n),
                    },
                    approximate: false,
                    kind: QKind::Figure,
                };
                (q, s, last_name_end.unwrap_or(end))
            });
        }
    };
    // "One man who tried to flee the checkpoint was shot dead": the subject before "who".
    let relative_subject = || {
        // Not "40,000 who have been kidnapped or are missing": one clause, two fates.
        if !aux || (k > 0 && t.is(k - 1, COORDINATORS)) {
            return None;
        }
        let who = (k.saturating_sub(RELATIVE_WINDOW)..=k)
            .rev()
            .take_while(|&x| t.is_word(x) || t.w(x) == ",")
            .find(|&x| t.w(x) == "who")?;
        // "The three men, who were seized …": the subject before the comma.
        let before = if who > 0 && t.w(who - 1) == "," {
            who - 1
        } else {
            who
        };
        let (q, a, b) = subject_before(t, who).or_else(|| subject_before(t, before))?;
        matches!(q.kind, QKind::Figure | QKind::Article).then_some((q, a, b))
    };
    // "Several insurgents presented an immediate threat to the force and were killed": the
    // subject of the first verb of a coordinated predicate, within `COORDINATED_WINDOW` words
    // (no punctuation) before "and"; the first verb is a past form that is no trigger, the
    // subject a count of people that agrees with the auxiliary.
    let coordinated_subject = || {
        if !aux || k < 3 || t.w(k - 1) != "and" {
            return None;
        }
        let singular = t.is(k, &["was", "has", "is"]);
        (k.saturating_sub(COORDINATED_WINDOW)..k - 1)
            .rev()
            .take_while(|&x| t.is_word(x))
            .filter(|&x| {
                x > 1
                    && t.w(x).ends_with("ed")
                    && !active_or_fate(t.w(x))
                    && !t.is(x, ATTRIBUTIVE_FATES)
            })
            .find_map(|x| {
                let (q, a, b) = subject_before(t, x)?;
                let agrees = if singular {
                    q.count.max == Some(1) && is_person_singular(t, a, b)
                } else {
                    q.count.max != Some(1) && people_word(t, b - 1)
                };
                (b == x
                    && b > a
                    && agrees
                    && matches!(q.kind, QKind::Figure | QKind::Article)
                    && valid_count(t, &q, a, b))
                .then_some((q, a, b))
            })
    };
    let primary = subject_before(t, k)
        .or_else(leading_exact)
        .or_else(named_subject)
        .or_else(named_subjects);
    let subject = match primary {
        Some((q, a, b)) if valid_count(t, &q, a, b) => Some((q, a, b)),
        _ => relative_subject()
            .or_else(coordinated_subject)
            .or_else(|| subject_with_place_chain(t, k)),
    };
    let Some((q, a, b)) = subject else {
        return;
    };
    if !valid_count(t, &q, a, b) || object_of_nominal(t, &q, label) {
        return;
    }
    // A plural noun fate counts only with a figure: "142 murders", not "the recent murders".
    if t.is(i, NOUN_FATES) && q.kind != QKind::Figure {
        return;
    }
    // "20 young women were carried off", not "five boxes were carried off": goods are carried
    // off too, so the victims must be people.
    if (t.is(i, CARRIED_AWAY) || t.is(i, PEOPLE_ONLY_VERBS)) && !names_people(t, a, b) {
        return;
    }
    // "three charred bodies", not "12 governing bodies", "two bodies of water", "the two
    // bodies agreed" (a definite count names bodies already counted, or institutions), "three
    // more bodies" (more dead than a toll given) or "only a few bodies had been identified".
    if t.is(i, BODY_NOUNS)
        && (!(a..b).all(|x| t.is(x, BODY_STATES))
            || t.w(i + 1) == "of"
            || (q.start > 0 && t.is(q.start - 1, BODY_DEFINITE))
            || (q.start..b).any(|x| t.w(x) == "few")
            || t.w(i - 1) == "more")
    {
        return;
    }
    // "His grandmother had died": one relative who died, like a name, dies as often of age as of
    // violence; a violent fate counts ("his brother was killed", "his wife was shot dead").
    if q.kind == QKind::Possessive && t.is(i, &["died", "dies"]) && t.is(b.max(1) - 1, KIN_NOUNS) {
        return;
    }
    if hypothetical(t, q.start, false) || mixed(t, i, label) {
        return;
    }
    // Enumerated subject: "two soldiers and a civilian were killed".
    let mut count = q.count;
    let mut approx = q.approximate;
    let mut start = q.start;
    let mut victims_start = a;
    // Noun fates ("70 deaths") do not enumerate backwards: "10,500 offences and 70 deaths".
    // Nor does a part of a group named before: "20 guerrillas, four of whom died" is four.
    let part = a == b && a >= 2 && t.is(a - 1, OF_THEM) && t.w(a - 2) == "of";
    let verbal = !t.is(i, NOUN_FATES) && !part;
    // The list item the walk has reached (the one that starts at `start`).
    let mut item = q;
    for round in 0..4 {
        if !verbal || start < 2 || !t.is(start - 1, &["and", ","]) {
            break;
        }
        // "She and eight others were killed": a subject pronoun is one more person.
        if t.w(start - 1) == "and" && t.is(start - 2, PRONOUNS) {
            count.min += 1;
            count.max = count.max.map(|m| m + 1);
            start -= 2;
            victims_start = start;
            break;
        }
        // "The U.S. ambassador to Libya and three other Americans were killed": one more; also
        // as the first item of a longer list ("The driver, two other passengers and a guard").
        if let Some((s, words)) = singular_before_other(t, &item, round > 0) {
            count.min += 1;
            count.max = count.max.map(|m| m + 1);
            start = s;
            victims_start = words;
            break;
        }
        // "Hassan Omar and his brother were killed": a name that opens the clause is one more.
        if t.w(start - 1) == "and" && !t.upper {
            let s = capitalized_run_start(t, start - 1);
            let opens = s == 0 || !t.is_word(s - 1) || t.is(s - 1, BEFORE_A_SUBJECT);
            if s < start - 1 && opens && named_person(t, s, start - 1) {
                count.min += 1;
                count.max = count.max.map(|m| m + 1);
                start = s;
                victims_start = start;
                break;
            }
        }
        // "16 members of the board, three were murdered", "Gunmen shot five villagers and two
        // died": a bare count after a comma or "and" opens a clause of its own (a part of the
        // group before, or more people), not a list item.
        if a == b {
            break;
        }
        // The serial comma: "three policemen, two soldiers, and four civilians" (the item
        // before ", and" ends at the comma).
        // An item this walk cannot read ("a soldier of the 1st brigade,") leaves the old
        // reading: the aside before the comma is skipped.
        let serial = t.w(start - 1) == "and" && start >= 3 && t.w(start - 2) == ",";
        let found = serial
            .then(|| subject_before(t, start - 2))
            .flatten()
            .filter(|(p, pa, pb)| valid_count(t, p, *pa, *pb) && pa < pb)
            // A list item follows a comma or opens the clause; ", including a colonel, and"
            // is an aside.
            .filter(|(p, _, _)| p.start == 0 || !t.is_word(p.start - 1))
            // "His wife, a nurse at the clinic, and two neighbours": "a …" after a noun phrase
            // with no figure ("His wife") and its comma is that phrase's appositive, no item
            // ("three policemen, a soldier of the brigade, and four civilians" lists one).
            .filter(|(p, _, _)| {
                let appositive = p.kind == QKind::Article
                    && p.start >= 2
                    && t.w(p.start - 1) == ","
                    && t.is_word(p.start - 2)
                    && subject_before(t, p.start - 1)
                        .is_none_or(|(q, _, _)| q.kind != QKind::Figure);
                !appositive
            })
            .or_else(|| subject_before(t, start - 1));
        let Some((p, pa, pb)) = found else {
            break;
        };
        if !valid_count(t, &p, pa, pb) || !matches!(p.kind, QKind::Figure | QKind::Article) {
            break;
        }
        // "About 150 attackers took part and five of the attackers were killed": words after
        // the item's people head that are no of- or place phrase are a predicate of its own.
        let head = (pa..pb).find(|&x| people_word(t, x) || is_person_noun(t.w(x)));
        if head.is_some_and(|h| {
            h + 1 < pb
                && !t.is(h + 1, &["of", ","])
                && !t.is(h + 1, COORDINATORS)
                && !t.is(h + 1, SUBJECT_PLACE_PREPOSITIONS)
        }) {
            break;
        }
        // A list item names its people: "Between 2005 and 2010, 300 people were killed" and
        // "12 and 14 were killed" have no item before the count.
        if pa == pb || year_like(t, &p) || year_like(t, &q) {
            break;
        }
        // An item right after a trigger is that trigger's object, no subject of this fate:
        // "The army killed 12 militants and 12 soldiers died" is two statements.
        if p.start > 0 && trigger_at(t, p.start - 1) {
            break;
        }
        // A list that does not end in "and" ("300 policemen, over 600 soldiers, more than 3,000
        // civilians dead") lists people; "In Kabul and two other cities, five people were
        // killed" has an opening phrase before its subject.
        if round == 0 && t.w(start - 1) == "," && !people_word(t, pb - 1) {
            break;
        }
        count.min += p.count.min;
        count.max = match (count.max, p.count.max) {
            (Some(x), Some(y)) => Some(x + y),
            _ => None,
        };
        approx |= p.approximate;
        start = p.start;
        victims_start = pa;
        item = p;
    }
    out.push(Found {
        start,
        end: cause_of_death_end(t, i, j),
        label,
        count,
        approximate: approx,
        negated: false,
        // "three charred bodies" names no victims, like "70 deaths".
        victims: (b > victims_start && !t.is(i, BODY_NOUNS)).then_some((victims_start, b)),
        rule: "casualty/fate",
    });
}

/// "The U.S. ambassador to Libya and three other Americans were killed", "The driver and two
/// others were killed", headline "US envoy, 3 other Americans killed": a count of "other(s)"
/// says the singular person phrase joined before it is one more person. The phrase opens its
/// clause (so no object of a verb before it: "Militants shot the driver and three other
/// passengers were wounded") and its head, before any "of"/"to"/place phrase, is a singular
/// person noun. A headline comma joins only a bare phrase after no word, unless the count is
/// already an item of a list that ends in "and" (`in_list`: "The driver, two other passengers
/// and a guard were killed"), where the count needs no "other" either. Returns where the phrase starts and where its words start (after
/// a determiner).
fn singular_before_other(t: &Tokens, q: &Quantity, in_list: bool) -> Option<(usize, usize)> {
    if q.kind != QKind::Figure || q.start < 2 {
        return None;
    }
    let joiner = t.w(q.start - 1);
    if joiner != "and" && joiner != "," {
        return None;
    }
    // The first item of a list needs no "other": "The governor of the province, two of his
    // aides and a driver were wounded".
    let other = t.is(q.end, &["other", "others"]);
    if !(other || (in_list && joiner == ",")) {
        return None;
    }
    let end = q.start - 1;
    // Back over the phrase's words (and the links of its trailing phrase) to a determiner or
    // the clause start, at most `OTHER_PHRASE` words.
    let mut s = end;
    while s > 0 && end - s < OTHER_PHRASE {
        let x = s - 1;
        // A determiner after a link belongs to the trailing phrase ("of the province").
        let in_link = x > 0 && (links_head(t, x - 1) || t.w(x - 1) == "to");
        let determiner = t.is(x, &["the", "his", "her", "their", "its", "our"]);
        if determiner && !in_link {
            s = x;
            break;
        }
        let phrase_word = np_word(t, x) || links_head(t, x) || t.w(x) == "to" || determiner;
        if !phrase_word || trigger_at(t, x) {
            break;
        }
        s = x;
    }
    let words = if t.is(s, POSSESSIVES) { s + 1 } else { s };
    let opens = s == 0 || !t.is_word(s - 1) || t.is(s - 1, BEFORE_A_SUBJECT);
    // A headline comma ("US envoy, 3 other Americans killed", "Kabul: governor, 3 other
    // officials hurt") joins a bare noun phrase that follows no word.
    let headline = s == words && (s == 0 || !t.is_word(s - 1));
    if words >= end || !opens || (joiner == "," && !headline && !in_list) {
        return None;
    }
    // The head: the word before the phrase's first link ("ambassador to Libya").
    let head_end = (words + 1..end)
        .find(|&x| links_head(t, x) || t.w(x) == "to")
        .unwrap_or(end);
    let singular = is_person_singular(t, words, head_end) && !people_word(t, head_end - 1);
    singular.then_some((s, words))
}

/// Whether the count `q` is the object of a nominal fate of the same label ("the deaths of [13
/// South African soldiers], who were killed"): the nominal (`casualty/of`) is the statement and
/// keeps its span; the relative clause after it restates the fate.
fn object_of_nominal(t: &Tokens, q: &Quantity, label: Label) -> bool {
    q.start >= 2 && t.w(q.start - 1) == "of" && label_of(OF_NOUNS, t.w(q.start - 2)) == Some(label)
}

/// "43 soldiers had died [of their wounds]": after a dying verb at `i` (its fate words end at
/// `j`), "of"/"from", an optional possessive and a wound noun say how they died and belong to
/// the statement's span. Returns the span's end (`j` when no such phrase follows).
fn cause_of_death_end(t: &Tokens, i: usize, j: usize) -> usize {
    if !t.is(i, DYING_VERBS) || !t.is(j, &["of", "from"]) {
        return j;
    }
    let noun = if t.is(j + 1, &["his", "her", "their"]) {
        j + 2
    } else {
        j + 1
    };
    if t.is(noun, WOUND_NOUNS) {
        noun + 1
    } else {
        j
    }
}

/// Inverted clauses: "Killed in the attack were two police officers", "Also killed in the strike
/// were a dozen insurgents", "Among the dead were seven former fighters". The fate word opens the
/// clause (after at most "also", "among the", "those"); "were"/"was" follows within a short
/// window of words and commas, then the victims.
fn inverted(t: &Tokens, i: usize, label: Label, out: &mut Vec<Found>) {
    let mut start = i;
    while start > 0 && i - start < 3 && t.is(start - 1, INVERTED_LEAD) {
        start -= 1;
    }
    // "Among the tourists killed was a local teacher", "Also among the passengers shot dead
    // were two engineers": the victims' group between "among the" and the fate.
    let fate_start = if t.w(i) == "dead" && i > 0 && t.is(i - 1, SHOT) {
        i - 1
    } else {
        i
    };
    if start == i
        && fate_start >= 3
        && t.w(fate_start - 3) == "among"
        && t.w(fate_start - 2) == "the"
        && people_word(t, fate_start - 1)
    {
        start = fate_start - 3;
        if start > 0 && t.w(start - 1) == "also" {
            start -= 1;
        }
    }
    // The clause starts the sentence or follows a dash, colon, semicolon or opening quote.
    if start > 0 && (t.is_word(start - 1) || t.w(start - 1) == ",") {
        return;
    }
    if start == i && !t.is_cap(i) && start > 0 {
        return;
    }
    if !t.is(i + 1, INVERTED_VERBS) && !t.is(i + 1, INVERTED_NEXT) {
        return;
    }
    let mut v = i + 1;
    while v < t.len() && v <= i + INVERTED_WINDOW && !t.is(v, INVERTED_VERBS) {
        let w = t.w(v);
        if !(t.is_word(v) || w == ",") || t.is(v, AUXILIARIES) || active_or_fate(w) {
            return;
        }
        v += 1;
    }
    if !t.is(v, INVERTED_VERBS) || mixed(t, i, label) || hypothetical(t, start, false) {
        return;
    }
    // The clause states a fate outright, so a name counts one for every label (the sport reading
    // that keeps named injuries out elsewhere, "without the injured X", cannot take this form).
    let Some(q) = t
        .quantity(v + 1)
        .or_else(|| one_named(t, v, v + 1, Label::Killed))
    else {
        return;
    };
    if !matches!(q.kind, QKind::Figure | QKind::Article | QKind::Possessive) {
        return;
    }
    let a = after_partitive(t, q.end);
    let b = np_forward(t, a);
    if !valid_count(t, &q, a, b) {
        return;
    }
    let mut count = q.count;
    let mut approx = q.approximate;
    // "The dead included four members of the security forces and 14 civilians": the of-phrase
    // belongs to the item, the list goes on after it (as for an active verb's object).
    let b = extend_victims(t, a, b);
    let e = enumerate_forward(t, b, &mut count, &mut approx, !t.is_cap(v));
    out.push(Found {
        start,
        end: e.max(q.end),
        label,
        count,
        approximate: approx,
        negated: false,
        victims: (e > a).then_some((a, e)),
        rule: "casualty/inverted",
    });
}

/// A negated subject before the auxiliaries at `k`: "no one", "nobody", "no civilians", "none of
/// the passengers"; or a fate coordinated with a negated one ("no civilians were injured or
/// killed"), read through the first fate (one step, no recursion).
fn negated_subject(t: &Tokens, k: usize, i: usize, j: usize, label: Label) -> Option<Found> {
    if let Some(f) = negated_direct(t, k, j, label) {
        return Some(f);
    }
    if i >= 2 && t.is(i - 1, COORDINATORS) {
        if let Some(prev) = label_of(FATES, t.w(i - 2)) {
            let mut k2 = i - 2;
            while k2 > 0 && i - k2 < 6 && t.is(k2 - 1, AUXILIARIES) {
                k2 -= 1;
            }
            if prev != label {
                if let Some(mut f) = negated_direct(t, k2, i - 1, prev) {
                    f.label = label;
                    f.end = j;
                    return Some(f);
                }
            }
        }
    }
    None
}

/// A negator and a victims phrase right before the auxiliaries at `k`.
fn negated_direct(t: &Tokens, k: usize, j: usize, label: Label) -> Option<Found> {
    // "None of the six teachers, who were in a second car, was hurt": only a relative clause
    // ("NO MORE CAPTURES, TORTURE, MURDERS" is a list, not an aside).
    let aside = before_aside(t, k);
    let k = if (aside..k).any(|x| t.is(x, RELATIVES) || t.w(x) == "whom") {
        aside
    } else {
        k
    };
    for s in k.saturating_sub(12)..k {
        // Only a negator's first word opens a negation: the other words are not parsed.
        if !opens_negator(t, s) {
            continue;
        }
        let Some(q) = t.quantity(s) else { continue };
        if q.kind != QKind::Negation {
            continue;
        }
        // Further back only for a partitive naming a counted group ("none of the 4 priests and
        // approximately 100 refugees"), not "no figures on losses or on the dead".
        let partitive =
            t.w(s).eq_ignore_ascii_case("none") && t.w(s + 1).eq_ignore_ascii_case("of");
        if k - s > 6 && !partitive {
            continue;
        }
        // The words between the negator and the auxiliaries must be a victims phrase, with a
        // place phrase if any ("no one [on board] was hurt", "no one in the building").
        let a = after_negator(t, q.end);
        // "none of the six teachers", "none of the 4 priests and approximately 100 refugees":
        // numbers count the group, none of whom was hurt.
        let counted = |x: usize| {
            x > q.end
                && t.quantity(x)
                    .is_some_and(|n| n.kind == QKind::Figure && n.end < k)
        };
        let mut x = a;
        let mut group = Vec::new();
        while x < k {
            match t.quantity(x).filter(|_| counted(x)) {
                Some(n) => x = n.end,
                None => {
                    group.push(x);
                    x += 1;
                }
            }
        }
        let place = |x: usize| {
            x > q.start
                && (t.is(x, SUBJECT_PLACE_PREPOSITIONS)
                    || (t.is(x, POSSESSIVES) || t.is(x, ARTICLES))
                        && t.is(x - 1, SUBJECT_PLACE_PREPOSITIONS))
        };
        if group
            .iter()
            .all(|&x| np_word(t, x) || t.is(x, COORDINATORS) || place(x))
        {
            // The victims phrase ends where a place phrase starts.
            let k = (a..k)
                .find(|&x| t.is(x, SUBJECT_PLACE_PREPOSITIONS))
                .unwrap_or(k);
            return Some(Found {
                start: s,
                end: j,
                label,
                count: Count {
                    min: 0,
                    max: Some(0),
                },
                approximate: false,
                negated: true,
                victims: (k > a).then_some((a, k)),
                rule: "casualty/negated",
            });
        }
    }
    None
}

/// Where the victims phrase after a negator ending at `end` starts: past "among" and a
/// determiner ("nobody among [the] rescued hostages", like "none of the"), else past a
/// partitive (`after_partitive`).
fn after_negator(t: &Tokens, end: usize) -> usize {
    if t.w(end) != "among" {
        return after_partitive(t, end);
    }
    if t.is(end + 1, POSSESSIVES) {
        end + 2
    } else {
        end + 1
    }
}

/// Whether token `s` is the first word of a phrase of `NEGATORS`: a necessary condition for a
/// quantity of kind `Negation` there (`Tokens::quantity` reads those off the same table).
fn opens_negator(t: &Tokens, s: usize) -> bool {
    let w = t.w(s);
    NEGATORS.iter().any(|p| p.split(' ').next() == Some(w))
}

/// "no casualties", "no civilian casualties or collateral damage was reported", "no reports of
/// injuries".
fn negated_noun(t: &Tokens, i: usize, label: Label, out: &mut Vec<Found>) {
    // "No casualty figures were available": no information, not no casualties.
    if t.is(i + 1, NO_INFORMATION) {
        return;
    }
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        if t.is(k, NO_INFORMATION) {
            return; // "no immediate word on casualties"
        }
        if t.w(k) == "no" {
            out.push(Found {
                start: k,
                end: i + 1,
                label,
                count: Count {
                    min: 0,
                    max: Some(0),
                },
                approximate: false,
                negated: true,
                victims: None,
                rule: "casualty/negated",
            });
            return;
        }
        if !t.is_word(k) || t.is(k, NP_STOP) && !t.is(k, &["of"]) {
            return;
        }
    }
}

/// "the death of five Chinese nationals", "the abduction of 11 workers".
fn of_noun(t: &Tokens, i: usize, label: Label, out: &mut Vec<Found>) {
    if t.w(i + 1) != "of" {
        return;
    }
    let Some(q) = t.quantity(i + 2).or_else(|| one_named(t, i, i + 2, label)) else {
        return;
    };
    if !matches!(q.kind, QKind::Figure | QKind::Article) {
        return;
    }
    let a = q.end;
    let b = np_forward(t, a);
    if !valid_count(t, &q, a, b) || mixed(t, i, label) || hypothetical(t, i, false) {
        return;
    }
    let mut count = q.count;
    let mut approx = q.approximate;
    let names = matches!(label, Label::Killed | Label::Kidnapped) && !t.is_cap_mixed(i);
    let b = extend_victims(t, a, b);
    let e = enumerate_forward(t, b, &mut count, &mut approx, names);
    // The guidelines' example keeps the article: "[the death of five Chinese nationals …]".
    let start = if i > 0 && t.w(i - 1) == "the" {
        i - 1
    } else {
        i
    };
    out.push(Found {
        start,
        end: e.max(q.end),
        label,
        count,
        approximate: approx,
        negated: false,
        victims: (e > a).then_some((a, e)),
        rule: "casualty/of",
    });
}

/// "the loss of at least 21 lives", "claimed 40 lives", "claimed the lives of 12 people".
fn lives(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    // N lives
    for s in i.saturating_sub(5)..i {
        let Some(q) = t.quantity(s) else { continue };
        if q.end != i || q.kind != QKind::Figure {
            continue;
        }
        let mut v = s;
        if v > 0 && t.w(v - 1) == "of" {
            v -= 1;
        }
        if v > 0 && t.is(v - 1, LIVES_VERBS) && !hypothetical(t, v - 1, false) {
            out.push(Found {
                start: v - 1,
                end: i + 1,
                label: Label::Killed,
                count: q.count,
                approximate: q.approximate,
                negated: false,
                victims: None,
                rule: "casualty/lives",
            });
        }
        return;
    }
    // the lives of N people
    if t.w(i + 1) == "of" && i >= 2 && t.is(i - 2, LIVES_VERBS) && t.w(i - 1) == "the" {
        let Some(q) = t.quantity(i + 2) else { return };
        if q.kind != QKind::Figure || hypothetical(t, i - 2, false) {
            return;
        }
        let b = np_forward(t, q.end);
        if !valid_count(t, &q, q.end, b) {
            return;
        }
        out.push(Found {
            start: i - 2,
            end: b.max(q.end),
            label: Label::Killed,
            count: q.count,
            approximate: q.approximate,
            negated: false,
            victims: (b > q.end).then_some((q.end, b)),
            rule: "casualty/lives",
        });
    }
}

/// Whether the toll at `i` is a headline's death toll: an event noun before it ("Quake toll
/// rises to 40", `TOLL_EVENT_NOUNS`) or a capitalized place ("Mumbai toll reaches 183"), the
/// toll opening its clause ("siege; toll reaches 183").
/// Returns where the toll phrase starts: the word before the toll, or the toll itself after
/// the punctuation.
fn headline_toll(t: &Tokens, i: usize) -> Option<usize> {
    // "Toll: 25", "(toll: 25)": a label opening its clause, as "Killed: 12" (`label_colon`).
    if t.w(i + 1) == LABEL_COLON && (i == 0 || t.is(i - 1, &["(", "|"])) {
        return Some(i);
    }
    let before = i.checked_sub(1)?;
    if t.is(before, &[";", ":"]) {
        return Some(i);
    }
    // A headline's toll moves at once: "Bali toll passes 180", "as toll rises to 40"; not
    // "As toll collections reached 40 million".
    let moves = t.is(i + 1, TOLL_LINKS) || t.is(i + 1, TOLL_MOVES) || t.w(i + 1) == "over";
    // "LUXOR DEAD AS TOLL REACHES 62": no article before the toll, in capitals too.
    if t.w(before) == "as" && moves {
        return Some(i);
    }
    // In capitals every word looks like a place ("A TOLL OF 1 PERSON WOUNDED").
    let place =
        !t.upper && t.is_cap(before) && !t.is(before, &["a", "an", "its", "their"]) && moves;
    (t.is(before, TOLL_EVENT_NOUNS) || place).then_some(before)
}

/// "the death toll rose to 40", "a death toll of 12", "the number of dead rose to 70": the
/// head phrase is tokens `start..=i`.
fn toll(t: &Tokens, start: usize, i: usize, label: Label, out: &mut Vec<Found>) {
    let mut k = i + 1;
    while k < t.len() && k < i + 12 {
        let w = t.w(k);
        if w == ";" || w == "." {
            return;
        }
        // "TOLL OVER 200": "over" right after the toll is a floor.
        let over = k == i + 1 && w == "over";
        if over || t.is(k, TOLL_LINKS) {
            if let Some(q) = t.quantity(k + 1) {
                if q.kind == QKind::Figure && !t.is(q.end, NOT_PEOPLE) && t.w(q.end) != "%" {
                    if hypothetical(t, start, false) {
                        return;
                    }
                    let mut count = q.count;
                    if over || t.is(k, TOLL_FLOOR_LINKS) {
                        count.max = None;
                    }
                    out.push(Found {
                        start,
                        end: q.end,
                        label,
                        count,
                        approximate: q.approximate,
                        negated: false,
                        victims: None,
                        rule: "casualty/toll",
                    });
                    return;
                }
            }
        }
        k += 1;
    }
}

/// The figure set before the toll phrase `head..=fate`: "brings to 21 the number of guerrillas
/// killed", "raised to 40 the death toll". The span runs from the verb to the fate word.
fn raised_to(
    t: &Tokens,
    head: usize,
    fate: usize,
    victims: Option<(usize, usize)>,
    label: Label,
    out: &mut Vec<Found>,
) {
    if head < 4 || t.w(head - 1) != "the" {
        return;
    }
    let the = head - 1;
    let Some(q) = (the.saturating_sub(6)..the)
        .filter_map(|s| t.quantity(s))
        .find(|q| q.end == the)
    else {
        return;
    };
    if q.kind != QKind::Figure || q.start < 2 || t.w(q.start - 1) != INFINITIVE {
        return;
    }
    let verb = q.start - 2;
    if !t.is(verb, RAISE_VERBS) || hypothetical(t, verb, t.is(verb, &["bring", "raise", "put"])) {
        return;
    }
    out.push(Found {
        start: verb,
        end: fate + 1,
        label,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims,
        rule: "casualty/toll",
    });
}

/// "left 9 people injured", "leaving 12 dead".
fn left(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    let Some(q) = t.quantity(i + 1) else { return };
    if !matches!(q.kind, QKind::Figure | QKind::Article) {
        return;
    }
    let a = q.end;
    let b = np_forward(t, a);
    let Some(label) = label_of(LEFT_STATES, t.w(b)) else {
        return;
    };
    if !valid_count(t, &q, a, b) || hypothetical(t, i, false) || mixed(t, b, label) {
        return;
    }
    out.push(Found {
        start: i,
        end: b + 1,
        label,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: (b > a).then_some((a, b)),
        rule: "casualty/left",
    });
}

/// "took 5 workers hostage", "seized 12 hostages", "took hostage 20 passengers".
fn hostage(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    if t.is(i + 1, HOSTAGE_WORDS) {
        let Some(q) = t.quantity(i + 2).filter(|q| q.kind == QKind::Figure) else {
            return;
        };
        let b = np_forward(t, q.end);
        if b == q.end || not_people(t, q.end, b) || hypothetical(t, i, t.is(i, &["take"])) {
            return;
        }
        let (mut count, mut approx) = (q.count, q.approximate);
        let b = enumerate_forward(t, b, &mut count, &mut approx, false);
        out.push(Found {
            start: i,
            end: b,
            label: Label::Kidnapped,
            count,
            approximate: approx,
            negated: false,
            victims: Some((q.end, b)),
            rule: "casualty/hostage",
        });
        return;
    }
    let Some(q) = t.quantity(i + 1) else { return };
    if !matches!(q.kind, QKind::Figure | QKind::Article) {
        return;
    }
    let a = q.end;
    let mut b = np_forward(t, a);
    // "held more than 100 pupils and teachers hostage", "taking more than 1,100 pupils,
    // parents and teachers hostage": a list of nouns before the hostage word.
    let mut c = b;
    while b > a && c < a + 16 && (t.w(c) == "," || t.is(c, COORDINATORS)) {
        let next = c + 1 + usize::from(t.w(c) == "," && t.is(c + 1, COORDINATORS));
        let d = np_forward(t, next);
        if d > next && t.is(d, HOSTAGE_WORDS) {
            b = d;
            break;
        }
        if d > next + 1 && t.is(d - 1, HOSTAGE_WORDS) {
            b = d - 1;
            break;
        }
        if d == next {
            break;
        }
        c = d;
    }
    // "taken 17 sailors hostage off the coast": the hostage word inside the phrase ends it.
    if let Some(x) = (a + 1..b).find(|&x| t.is(x, HOSTAGE_WORDS) || t.is(x, PRISONER_WORDS)) {
        b = x;
    }
    // "took a New Zealand pilot, Phillip Mehrtens, hostage": a name in apposition.
    let named_end = skip_apposition(t, b);
    let apposition = named_end > b && t.is(named_end, HOSTAGE_WORDS);
    // "had taken two soldiers prisoner": a prisoner word only after its object, and never
    // with captors as the object ("took 20 rebels prisoner" is the army's capture).
    let prisoner = t.is(b, PRISONER_WORDS) && b > a && !captor_in(t, a, b);
    let (victims, end) = if apposition {
        (Some((a, b)), named_end + 1)
    } else if prisoner {
        (Some((a, b)), b + 1)
    } else if t.is(b, HOSTAGE_WORDS) {
        ((b > a).then_some((a, b)), b + 1)
    } else if b > a && t.is(b - 1, HOSTAGE_WORDS) {
        (None, b)
    } else if b == a && t.is(a, HOSTAGE_WORDS) {
        (None, a + 1)
    } else {
        return;
    };
    if q.kind == QKind::Article && victims.is_none() && end != a + 1 {
        return;
    }
    if hypothetical(t, i, t.is(i, &["take"])) {
        return;
    }
    out.push(Found {
        start: i,
        end,
        label: Label::Kidnapped,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims,
        rule: "casualty/hostage",
    });
}

/// Hostages freed: "freeing 71 hostages", "secured the release of 26 hostages". The hostage
/// word must head the phrase after the figure.
fn released_hostages(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    // "the release of 26 hostages", "handing over 15 hostages".
    let j = if t.is(i + 1, &["of", "over"]) {
        i + 1
    } else {
        i
    };
    let Some(q) = t.quantity(j + 1).filter(|q| q.kind == QKind::Figure) else {
        return;
    };
    let b = np_forward(t, q.end);
    if b <= q.end || !t.is(b - 1, HOSTAGE_WORDS) || hypothetical(t, i, false) {
        return;
    }
    out.push(Found {
        start: i,
        end: b,
        label: Label::Kidnapped,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: Some((q.end, b)),
        rule: "casualty/hostage",
    });
}

/// "Five hostages were freed on Monday", "Four hostages, two of them resort workers, escaped":
/// a count of hostages before the freeing word at `i` (and its auxiliaries).
fn freed_hostages_before(t: &Tokens, i: usize, out: &mut Vec<Found>) {
    let (k, _) = walk_back_to_subject(t, i, i, false);
    let Some((q, a, b)) = subject_before(t, k) else {
        return;
    };
    if q.kind != QKind::Figure || b <= a || !t.is(b - 1, HOSTAGE_WORDS) {
        return;
    }
    if hypothetical(t, q.start, false) {
        return;
    }
    out.push(Found {
        start: q.start,
        end: i + 1,
        label: Label::Kidnapped,
        count: q.count,
        approximate: q.approximate,
        negated: false,
        victims: Some((a, b)),
        rule: "casualty/hostage",
    });
}

/// Settles overlaps within a sentence: for one label, the longer statement wins; negated and
/// counted readings of the same words keep the negated one.
fn settle(found: &mut Vec<Found>) {
    found.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.label).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.label,
        ))
    });
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    // Indices into `kept`, in order, of the statements that may still overlap: starts only grow,
    // so one that ends at or before the current start can never overlap (nor be replaced)
    // again. Scanning only these keeps a long sentence of many statements linear.
    let mut live: Vec<usize> = Vec::new();
    'next: for f in found.drain(..) {
        live.retain(|&x| kept[x].end > f.start);
        for &x in &live {
            let k = &mut kept[x];
            let overlap = f.start < k.end && k.start < f.end;
            if !overlap {
                continue;
            }
            if f.label == k.label || f.negated != k.negated {
                let (fl, kl) = (f.end - f.start, k.end - k.start);
                if f.negated && !k.negated || (f.negated == k.negated && fl > kl) {
                    *k = f;
                }
                continue 'next;
            }
        }
        live.push(kept.len());
        kept.push(f);
    }
    kept.sort_by_key(|f| (f.start, f.end));
    *found = kept;
}

/// "16 officers had been killed in the violence, two of them beheaded": a partitive count after
/// a comma or dash, following a statement of the same fate in its sentence, is part of that
/// total (the
/// guidelines' "a total and its parts are one statement"), not a statement of its own. A part
/// with another fate stays ("20 were hurt; five of them later died").
fn drop_parts_of_totals(t: &Tokens, found: &mut Vec<Found>) {
    let mut k = 1;
    while k < found.len() {
        let (total, part) = (&found[k - 1], &found[k]);
        let partitive = part.start + 2 < t.len()
            && t.quantity(part.start).is_some_and(|q| {
                q.end + 1 < t.len() && t.w(q.end) == "of" && t.is(q.end + 1, OF_THEM)
            });
        let attached = total.end < part.start
            && matches!(t.w(part.start - 1), "," | "—" | "–")
            && (total.end..part.start).all(|x| t.w(x) != ";");
        if partitive && attached && total.label == part.label && !total.negated && !part.negated {
            found.remove(k);
        } else {
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests;
