//! A speaker's extent, drawn the way the guidelines draw entity spans: titles, honorifics and
//! articles stay outside a name ("Mr. [Korybko]", "The [Revolutionary Guards]").
//!
//! The attribution readers find the whole phrase that names the speaker ("shopkeeper Ghulam
//! Nabi", "a senior police official in the district"); annotators of every independent fixture
//! set mark only its name, or its head phrase without the place it is in. Role nouns on their
//! own stay as they stand, article included ("the minister"), as the guidelines' example has it.
//! The narrowing is on words alone: linking the speaker to an entity is `resolve`'s.

use std::ops::Range;

use super::lexicon::{
    NAME_CONNECTORS, NAME_PARTICLES, ROLE_FUNCTION_WORDS, SPEAKER_HONORIFICS,
    SPEAKER_PLACE_PREPOSITIONS, SPEAKER_TITLES,
};

/// The speaker phrase at `speaker` narrowed to its name or head phrase (in the text as given).
///
/// ```text
/// "Mr. Korybko"                              → "Korybko"
/// "shopkeeper Ghulam Nabi"                   → "Ghulam Nabi"
/// "The Ethiopian National Defence Force (ENDF)" → "Ethiopian National Defence Force"
/// "a senior police official in the district" → "a senior police official"
/// "the minister"                             → "the minister"
/// ```
pub(super) fn as_entity_span(text: &str, speaker: Range<usize>) -> Range<usize> {
    let phrase = &text[speaker.clone()];
    // One word ("he", "Korybko") has nothing to narrow.
    if !phrase.bytes().any(|b| b <= b' ' || b == 0xA0) {
        return speaker;
    }
    // All-capital text hides which words are names: only an honorific is certain.
    let caps = !phrase.chars().any(char::is_lowercase);
    if !caps && describes_a_role(phrase) {
        if let Some(name) = name_in_apposition(text, speaker.end) {
            return as_entity_span(text, name);
        }
    }
    let end = if caps {
        phrase.len()
    } else {
        without_acronym(phrase)
    };
    let Some(words) = words(&phrase[..end]) else {
        return speaker.start..speaker.start + end;
    };
    let end = if caps {
        end
    } else {
        without_place(&words).unwrap_or(end)
    };
    let kept = words.iter().take_while(|w| w.end <= end).count();
    let start = name_start(&words[..kept], caps);
    speaker.start + start..speaker.start + end
}

/// A phrase that names someone by a role: a determiner or possessive first ("The Prime
/// Minister", "its leader", "the FSB director", "Nigeria's army chief").
fn describes_a_role(phrase: &str) -> bool {
    let first = phrase.split(' ').next().unwrap_or("");
    matches!(
        first,
        "the" | "The" | "its" | "Its" | "his" | "His" | "her" | "Her" | "their" | "Their"
    ) || is_possessive(first)
}

/// The name in commas right after a role phrase ending at `end`: "The Prime Minister, [Sheikh
/// Hasina], said"; two to five name words, then a comma.
fn name_in_apposition(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text[end..].strip_prefix(", ")?;
    // Five name words fit in 64 bytes; a comma further on closes no apposition.
    let window = (0..=rest.len().min(64))
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .map_or("", |i| &rest[..i]);
    let close = window.find(',')?;
    let candidate = &rest[..close];
    let words = words(candidate)?;
    let name_words = (2..=5).contains(&words.len())
        && candidate.len() == words.iter().map(|w| w.text.len() + 1).sum::<usize>() - 1
        && trailing_name(&words, false) == Some(0)
        && !words.iter().any(|w| is_honorific(w.text));
    let start = end + 2;
    name_words.then_some(start..start + close)
}

/// Where the phrase ends without a bracketed acronym after a name ("… Force (ENDF)").
fn without_acronym(phrase: &str) -> usize {
    match phrase.strip_suffix(')').and_then(|p| p.rfind(" (")) {
        Some(open) if is_acronym(&phrase[open + 2..phrase.len() - 1]) => open,
        _ => phrase.len(),
    }
}

/// Where the phrase ends without the place a role noun is in ("a diplomat in Niamey"; "the
/// U.S. Embassy in Yemen" keeps its place, which is part of the name).
fn without_place(words: &[Word]) -> Option<usize> {
    for (i, w) in words.iter().enumerate().skip(1) {
        if !SPEAKER_PLACE_PREPOSITIONS.contains(&w.text) || words.len() - i > 7 {
            continue;
        }
        // A place: a name or a noun phrase with an article ("in Niamey", "in the district").
        let place = words
            .get(i + 1)
            .is_some_and(|w| capitalized(w.text) || matches!(w.text, "the" | "a" | "an"))
            && words[i + 1..].iter().all(|w| is_place_word(w.text));
        if !place {
            continue;
        }
        let head = words[i - 1];
        let role_noun = head.text.starts_with(|c: char| c.is_lowercase())
            && !ROLE_FUNCTION_WORDS.contains(&head.text)
            && !is_possessive(head.text);
        // "Officials in Manila": a capitalized first word is a role noun at a sentence start.
        if role_noun || i == 1 {
            return Some(head.end);
        }
    }
    None
}

/// Where the name at the phrase's end starts, past the role words, article or honorific before
/// it; 0 when the phrase is not a name after them.
fn name_start(words: &[Word], caps: bool) -> usize {
    if !caps && is_article_before_a_name(words) {
        // "the Interior Minister [Ahmed Khan]": a title after the article stays outside too.
        return words[past_titles(words, 1)].start;
    }
    let Some(first_name_word) = trailing_name(words, caps) else {
        return 0;
    };
    let mut start = first_name_word;
    if !caps && start > 0 {
        let before = words[start - 1].text;
        let role_word = before.starts_with(|c: char| c.is_lowercase())
            && !ROLE_FUNCTION_WORDS.contains(&before)
            && !NAME_PARTICLES.contains(&before)
            && !is_possessive(before);
        // The role's words are its own: no phrase of another name ("Christopher Osborne of
        // stockbroker Hoare Govett", "a spokesman for Montreal-based Dominion").
        let plain_role = words[..start - 1]
            .iter()
            .enumerate()
            .all(|(i, w)| !ROLE_FUNCTION_WORDS.contains(&w.text) || (i == 0 && is_article(w.text)));
        if !(role_word && plain_role) {
            return 0;
        }
    }
    if !caps {
        start = past_titles(words, start);
    }
    if start + 1 < words.len() && is_honorific(words[start].text) {
        start += 1;
    }
    if start == 0 {
        0
    } else {
        words[start].start
    }
}

/// Where the name starts in the run of capitalized words from `first`, past the last title in
/// it ("Communications Minister [Mohamed Said]", "Deputy Foreign Minister [Sergei Ryabkov]");
/// `first` when there is none or no name follows it. A title opening the phrase needs two name
/// words after it ("Premier Oil", "Speaker Pelosi" stay whole: one word may be a company's).
fn past_titles(words: &[Word], first: usize) -> usize {
    let Some(title) = (first..words.len().saturating_sub(1))
        .rev()
        .find(|&i| SPEAKER_TITLES.contains(&words[i].text))
    else {
        return first;
    };
    // "Deputy Director General [Hiroshi Hirabayashi]": "General" after a title is the title's.
    let title =
        if words.get(title + 1).is_some_and(|w| w.text == "General") && title + 2 < words.len() {
            title + 1
        } else {
            title
        };
    let name_words = words.len() - title - 1;
    if title == 0 && name_words < 2 {
        return first;
    }
    title + 1
}

/// "The United States", "the Ministry of Defence", "The U.S. Embassy in Yemen": an article, then
/// capitalized words and the small words between them, ending on a capitalized word.
fn is_article_before_a_name(words: &[Word]) -> bool {
    let [article, second, .., last] = words else {
        return false;
    };
    matches!(article.text, "the" | "The")
        && capitalized(second.text)
        && capitalized(last.text)
        && words[2..]
            .iter()
            .all(|w| capitalized(w.text) || NAME_CONNECTORS.contains(&w.text))
}

/// A word of a place phrase: letters and the marks inside names ("Cap-Haïtien", "D.C."), no
/// figure, pronoun clause or punctuation of a new phrase ("at 86 she", "in history --").
fn is_place_word(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
}

fn capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The index of the first word of the run of name words that ends the phrase.
fn trailing_name(words: &[Word], caps: bool) -> Option<usize> {
    let mut first = None;
    for (i, w) in words.iter().enumerate().rev() {
        let name_word = capitalized(w.text)
            || (!caps
                && (is_prefixed_name(w.text)
                    || (first.is_some() && NAME_PARTICLES.contains(&w.text))));
        if !name_word {
            break;
        }
        first = Some(i);
    }
    // A run never starts with a bare particle: "the de Klerk" is no name after "the".
    while let Some(i) = first {
        if capitalized(words[i].text) || !NAME_PARTICLES.contains(&words[i].text) {
            break;
        }
        first = (i + 1 < words.len()).then_some(i + 1);
    }
    first
}

fn is_article(word: &str) -> bool {
    matches!(word, "the" | "The" | "a" | "A" | "an" | "An")
}

fn is_honorific(word: &str) -> bool {
    let core = word.strip_suffix('.').unwrap_or(word);
    SPEAKER_HONORIFICS.contains(&core)
}

/// A surname with an article prefix: "al-Maliki", "el-Sisi".
fn is_prefixed_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        NAME_PARTICLES.contains(&particle) && rest.starts_with(char::is_uppercase)
    })
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
}

/// Two to eight capitals, digits, dots, hyphens or ampersands, at least two of them capitals.
fn is_acronym(inner: &str) -> bool {
    let capitals = inner.chars().filter(char::is_ascii_uppercase).count();
    (2..=8).contains(&inner.chars().count())
        && capitals >= 2
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '&'))
}

#[derive(Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// At most this many words are read: a longer phrase is a clause, left as it is.
const MAX_WORDS: usize = 12;

/// The space-separated words of a phrase, with their offsets in it, on the stack (phrases are
/// short and a speaker is drawn for every quotation); `None` past [`MAX_WORDS`].
struct Words<'a> {
    words: [Word<'a>; MAX_WORDS],
    len: usize,
}

impl<'a> std::ops::Deref for Words<'a> {
    type Target = [Word<'a>];
    fn deref(&self) -> &[Word<'a>] {
        &self.words[..self.len]
    }
}

fn words(phrase: &str) -> Option<Words<'_>> {
    let empty = Word {
        text: "",
        start: 0,
        end: 0,
    };
    let mut out = Words {
        words: [empty; MAX_WORDS],
        len: 0,
    };
    // Words end at ASCII white space or a no-break space: wire copy breaks lines inside names
    // ("Liberal leader\nJohn Turner"). Every cut is at an ASCII byte or the lead byte of a
    // no-break space, so at a character boundary.
    let bytes = phrase.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i <= bytes.len() {
        let space = match bytes.get(i) {
            None => 1,
            Some(&b) if b <= b' ' => 1,
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => 2,
            Some(_) => 0,
        };
        if space == 0 {
            start.get_or_insert(i);
            i += 1;
            continue;
        }
        if let Some(s) = start.take() {
            *out.words.get_mut(out.len)? = Word {
                text: &phrase[s..i],
                start: s,
                end: i,
            };
            out.len += 1;
        }
        i += space;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrowed(phrase: &str) -> &str {
        let r = as_entity_span(phrase, 0..phrase.len());
        &phrase[r]
    }

    #[test]
    fn honorifics_stay_outside_the_name() {
        assert_eq!(narrowed("Mr. Korybko"), "Korybko");
        assert_eq!(narrowed("Mrs Kwambura"), "Kwambura");
        assert_eq!(narrowed("Dr. Jean-Pierre Mbuyi"), "Jean-Pierre Mbuyi");
        assert_eq!(narrowed("MR. KORYBKO"), "KORYBKO");
        // A lone honorific is no name: nothing to narrow to.
        assert_eq!(narrowed("Mr."), "Mr.");
    }

    fn speaker_in(text: &str, phrase: &str) -> String {
        let at = text.find(phrase).unwrap();
        text[as_entity_span(text, at..at + phrase.len())].to_string()
    }

    #[test]
    fn a_name_in_apposition_after_a_role_is_the_speaker() {
        let t = "The Prime Minister, Sheikh Hasina, said it.";
        assert_eq!(speaker_in(t, "The Prime Minister"), "Sheikh Hasina");
        let t = "Its leader, Butteur Metayer, told reporters.";
        assert_eq!(speaker_in(t, "Its leader"), "Butteur Metayer");
        // No name between the commas, or a name that is the phrase itself.
        let t = "The ministry, Reuters reported, said it.";
        assert_eq!(speaker_in(t, "The ministry"), "The ministry");
        let t = "The ministry, in a statement, said it.";
        assert_eq!(speaker_in(t, "The ministry"), "The ministry");
        let t = "Sheikh Hasina, Prime Minister Hasina, said it.";
        assert_eq!(speaker_in(t, "Sheikh Hasina"), "Sheikh Hasina");
    }

    #[test]
    fn capitalized_titles_before_a_name_stay_outside_it() {
        for (phrase, want) in [
            ("Communications Minister Mohamed Said", "Mohamed Said"),
            (
                "Deputy Director General Hiroshi Hirabayashi",
                "Hiroshi Hirabayashi",
            ),
            ("TUC General Secretary Brendan Barber", "Brendan Barber"),
            ("Chairman Peter Hill-Wood", "Peter Hill-Wood"),
            ("Foreign Minister Dr. Ali Nur", "Ali Nur"),
            // Not a name after the title, or a title that may open a company's name.
            ("Premier Oil", "Premier Oil"),
            ("General Motors", "General Motors"),
            (
                "a spokesman for Defence Minister Ali Nur",
                "a spokesman for Defence Minister Ali Nur",
            ),
        ] {
            assert_eq!(narrowed(phrase), want, "{phrase}");
        }
    }

    #[test]
    fn role_words_before_a_name_stay_outside_it() {
        assert_eq!(narrowed("shopkeeper Ghulam Nabi"), "Ghulam Nabi");
        assert_eq!(
            narrowed("UN resident coordinator Marcoluigi Corsi"),
            "Marcoluigi Corsi"
        );
        assert_eq!(narrowed("Hamas spokesman Abu Obeida"), "Abu Obeida");
        assert_eq!(
            narrowed("Saudi spokesman Turki al-Maliki"),
            "Turki al-Maliki"
        );
        assert_eq!(narrowed("his lawyer Mr. Smith"), "Smith");
        // Wire copy breaks lines inside a phrase.
        assert_eq!(narrowed("Liberal leader\nJohn Turner"), "John Turner");
        assert_eq!(
            narrowed("White House spokesman Marlin\nFitwater"),
            "Marlin\nFitwater"
        );
    }

    #[test]
    fn articles_before_a_name_stay_outside_it() {
        assert_eq!(narrowed("The United States"), "United States");
        assert_eq!(
            narrowed("The National Unity Government"),
            "National Unity Government"
        );
        assert_eq!(
            narrowed("The Ethiopian National Defence Force (ENDF)"),
            "Ethiopian National Defence Force"
        );
    }

    #[test]
    fn a_role_noun_keeps_its_article_and_drops_its_place() {
        assert_eq!(narrowed("the minister"), "the minister");
        // A capitalized role drops its article like a name, as the independent sets' gold
        // has it ("the [Executive Secretary]", "the [Kazakh President]").
        assert_eq!(narrowed("the Cabinet Secretary"), "Cabinet Secretary");
        // A title between the article and a name goes with the article.
        assert_eq!(narrowed("the Interior Minister Ahmed Khan"), "Ahmed Khan");
        assert_eq!(narrowed("THE MINISTRY"), "THE MINISTRY");
        assert_eq!(
            narrowed("a senior police official in the district"),
            "a senior police official"
        );
        assert_eq!(
            narrowed("A Western diplomat in Niamey"),
            "A Western diplomat"
        );
        assert_eq!(narrowed("Officials in Manila"), "Officials");
        assert_eq!(narrowed("chief analyst at Brunswick UBS"), "chief analyst");
        // Not a place: a figure, a clause, an uncapitalized noun.
        assert_eq!(narrowed("even now at 86 she"), "even now at 86 she");
        assert_eq!(
            narrowed("some grounding in history -- a reader"),
            "some grounding in history -- a reader"
        );
    }

    #[test]
    fn names_and_phrases_that_are_not_a_name_after_a_role_stay_whole() {
        // The place is part of the name, and "of"/"for" tie the name to the role noun.
        assert_eq!(
            narrowed("The U.S. Embassy in Yemen"),
            "U.S. Embassy in Yemen"
        );
        assert_eq!(
            narrowed("the U.S. Embassy in Yemen"),
            "U.S. Embassy in Yemen"
        );
        assert_eq!(narrowed("the Ministry of Defence"), "Ministry of Defence");
        assert_eq!(
            narrowed("the Ministry of defence"),
            "the Ministry of defence"
        );
        assert_eq!(
            narrowed("a spokesman for the Interior Ministry"),
            "a spokesman for the Interior Ministry"
        );
        assert_eq!(
            narrowed("the head of the Red Cross"),
            "the head of the Red Cross"
        );
        assert_eq!(
            narrowed("Pakistan's Foreign Office"),
            "Pakistan's Foreign Office"
        );
        assert_eq!(narrowed("Neighbouring Thailand"), "Neighbouring Thailand");
        assert_eq!(narrowed("Gustavo Petro"), "Gustavo Petro");
        assert_eq!(narrowed("he"), "he");
        // A name of its own before the role, or a particle.
        assert_eq!(
            narrowed("Christopher Osborne of stockbroker Hoare Govett"),
            "Christopher Osborne of stockbroker Hoare Govett"
        );
        assert_eq!(
            narrowed("a spokesman for Montreal-based Dominion"),
            "a spokesman for Montreal-based Dominion"
        );
        assert_eq!(narrowed("van Horick"), "van Horick");
        assert_eq!(narrowed("Daniel arap Moi"), "Daniel arap Moi");
        // A bracket that is no acronym stays.
        assert_eq!(narrowed("the group (in Kabul)"), "the group (in Kabul)");
    }
}
