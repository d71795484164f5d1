//! The casualty extractor on arbitrary mixes of its own trigger words, numbers, punctuation and
//! non-ASCII text: it never panics, every span (and nested victims span) slices the input
//! exactly, counts are consistent (min ≤ max, negated ⇒ 0), and a long run of triggers gives
//! every statement once (its cost is benchmarked, `cargo bench --bench stages -- casualty_run`).

use proptest::prelude::*;
use sitrep::{AnnotationType, Detail, Document, Pipeline};

const VOCAB: &[&str] = &[
    "killed",
    "Killed",
    "KILLED",
    "kills",
    "killing",
    "were",
    "was",
    "no",
    "one",
    "No one",
    "two",
    "twenty-one",
    "1,200",
    "1.2",
    "million",
    "at",
    "least",
    "a",
    "dozen",
    "dozens",
    "of",
    "people",
    "soldiers",
    "and",
    "their",
    "driver",
    "the",
    "death",
    "deaths",
    "toll",
    "rose",
    "to",
    "40",
    "dead",
    "injured",
    "wounding",
    "abducted",
    "hostage",
    "taken",
    "missing",
    "lives",
    "loss",
    "left",
    "including",
    ",",
    ".",
    ";",
    "—",
    "’s",
    "Kabul’s",
    "دری",
    "👩‍👩‍👧",
    "e\u{301}",
    "between",
    "10-12",
    "or",
    "more",
    "up",
    "could",
    "kill",
    "percent",
    "%",
    "\n",
    "\n\n",
    "\"",
    "“",
    "”",
    "several",
    "number",
    "the",
    "Taliban",
    "commander",
    "Mullah",
    "Ahmad",
    "shot",
];

fn annotate(text: &str) -> Vec<sitrep::Annotation> {
    let pipeline = Pipeline::builder()
        .only(&[AnnotationType::Casualty])
        .build()
        .expect("pipeline builds");
    pipeline
        .annotate(Document::from_text("p", text.to_string()))
        .annotations
}

fn check(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for a in annotate(text) {
        let Detail::Casualty {
            count,
            negated,
            victims,
            ..
        } = a.detail
        else {
            panic!("casualty pass produced another type");
        };
        let span_text: String = chars[a.span.start..a.span.end].iter().collect();
        assert_eq!(&text[a.span.bytes()], span_text);
        if let Some(v) = victims {
            assert!(a.span.contains(&v), "victims inside the statement");
            let v_text: String = chars[v.start..v.end].iter().collect();
            assert_eq!(&text[v.bytes()], v_text);
        }
        assert!(count.max.is_none_or(|m| count.min <= m));
        if negated {
            assert_eq!((count.min, count.max), (0, Some(0)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn spans_are_exact_on_trigger_soup(words in prop::collection::vec(0..VOCAB.len(), 0..80)) {
        let text = words.iter().map(|&i| VOCAB[i]).collect::<Vec<_>>().join(" ");
        check(&text);
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,300}") {
        check(&text);
    }
}

/// One sentence of thousands of triggers: every statement is still found once. Linear time on
/// such input is measured, not asserted here: `cargo bench --bench stages -- casualty_run`
/// (200 and 4,000 repetitions of each unit; the second must take ~20× the first, not 400×).
#[test]
fn long_runs_of_triggers_give_every_statement_once() {
    for unit in [
        "militants killed 12 soldiers and injured 3, five were wounded, no one was hurt, ",
        "no one was killed or injured or ",
        "were were were two soldiers and three and ",
    ] {
        let n_small = annotate(&unit.repeat(200)).len();
        let n_big = annotate(&unit.repeat(4_000)).len();
        assert!(
            n_big >= n_small * 19 && n_big <= n_small * 20 + 2,
            "{unit:?}: {n_small} for 200 units vs {n_big} for 4,000"
        );
    }
}
