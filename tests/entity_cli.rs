//! `sitrep gazetteer check|stats` and `--gazetteer` on the command line.

mod common;

use std::fs;

use common::{lines, sitrep, stderr};

const USER: &str = "id\tlabel\tname\taliases\tacronyms\tdemonyms\tsurnames\tflags\tattrs\n\
    sitrep:test:zed\tGROUP\tZed Liberation Front\t\tZLF\t\t\t\t\n\
    sitrep:test:bad\tgroup\t\t\t\t\t\t\t\n\
    sitrep:test:zed\tGROUP\tZed Front\t\t\t\t\t\t\n";

#[test]
fn check_reports_user_file_problems_with_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.tsv");
    fs::write(&path, USER).unwrap();
    let out = sitrep(
        &["gazetteer", "check", "--gazetteer", path.to_str().unwrap()],
        b"",
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("mine.tsv:3: sitrep:test:bad: empty name"),
        "{report}"
    );
    assert!(report.contains("bad label \"group\""), "{report}");
    assert!(
        report.contains("mine.tsv:4: duplicate id sitrep:test:zed"),
        "{report}"
    );
}

#[test]
fn stats_counts_bundled_and_user_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("mine.tsv"), USER).unwrap();
    // A folder is expanded to its *.tsv files.
    let out = sitrep(
        &[
            "gazetteer",
            "stats",
            "--gazetteer",
            dir.path().to_str().unwrap(),
        ],
        b"",
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8_lossy(&out.stdout);
    let mine = table
        .lines()
        .find(|l| l.contains("mine.tsv"))
        .expect("user file listed");
    let cells: Vec<&str> = mine.split_whitespace().collect();
    assert_eq!(&cells[1..], ["3", "0", "1", "0", "0", "4"], "{table}");
    assert!(table.contains("<bundled>/countries.tsv"), "{table}");
    assert!(table.lines().last().unwrap().starts_with("total"));
}

#[test]
fn user_gazetteer_adds_entries_to_extraction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.tsv");
    fs::write(&path, USER).unwrap();
    let text = b"The ZLF claimed the attack; the Zed Front denied it. zlf is not it.";
    let out = sitrep(
        &[
            "extract",
            "-q",
            "--only",
            "entity",
            "--gazetteer",
            path.to_str().unwrap(),
            "-",
        ],
        text,
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &lines(&out)[0];
    let found: Vec<(&str, &str)> = doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["entity"]["id"] == "sitrep:test:zed")
        .map(|a| {
            (
                a["text"].as_str().unwrap(),
                a["entity"]["form"].as_str().unwrap(),
            )
        })
        .collect();
    // The later row with the same id replaces the earlier one: "Zed Front", no acronym.
    assert_eq!(found, [("Zed Front", "name")]);
}

#[test]
fn missing_user_gazetteer_is_an_error() {
    let out = sitrep(
        &["gazetteer", "stats", "--gazetteer", "/nonexistent/x.tsv"],
        b"",
        None,
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("/nonexistent/x.tsv"),
        "{}",
        stderr(&out)
    );
}

/// (text, label, entity id) of every entity the bundled gazetteers find in `text`.
fn bundled_entities(text: &str) -> Vec<(String, String, String)> {
    bundled_entities_with(&[], text)
}

/// [`bundled_entities`] with more `extract` options (`--doc-date`, …).
fn bundled_entities_with(options: &[&str], text: &str) -> Vec<(String, String, String)> {
    let mut args = vec!["extract", "-q", "--only", "entity"];
    args.extend(options);
    args.push("-");
    let out = sitrep(&args, text.as_bytes(), None);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &lines(&out)[0];
    doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let field = |v: &serde_json::Value| v.as_str().unwrap().to_string();
            (
                field(&a["text"]),
                field(&a["label"]),
                field(&a["entity"]["id"]),
            )
        })
        .collect()
}

fn triples(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(t, l, i)| (t.to_string(), l.to_string(), i.to_string()))
        .collect()
}

#[test]
fn official_country_names_link_to_their_own_state() {
    // "Republic of China" is Taiwan's official name; the longer "People's Republic of China"
    // must still win for China.
    assert_eq!(
        bundled_entities("The Republic of China protested to the People's Republic of China."),
        triples(&[
            ("Republic of China", "COUNTRY", "Q865"),
            ("People's Republic of China", "COUNTRY", "Q148"),
        ])
    );
}

#[test]
fn a_country_and_a_service_name_one_armed_force() {
    // Generated from curated/national_services.txt: capitalized "<country> <service>" is the
    // force's proper name (ORG, the country inside it untagged); in lower case it is a generic
    // phrase and only the country is tagged.
    assert_eq!(
        bundled_entities(
            "The Estonian Navy and the U.S. Coast Guard met; the Estonian navy stayed."
        ),
        triples(&[
            ("Estonian Navy", "ORG", "sitrep:org:svc:est:navy"),
            // A hand-curated entry that already has one of the forms keeps them all.
            ("U.S. Coast Guard", "ORG", "sitrep:org:us-coast-guard"),
            ("Estonian", "COUNTRY", "Q191"),
        ])
    );
}

#[test]
fn spanish_double_surnames_are_surname_forms() {
    // "López Obrador" is how news names him after the full name; before, the capitalized
    // "López" read as part of another person's name and blocked the surname.
    assert_eq!(
        bundled_entities(
            "Andrés Manuel López Obrador spoke. Later, López Obrador said no. Obrador left."
        ),
        triples(&[
            ("Andrés Manuel López Obrador", "OFFICIAL", "Q318508"),
            ("López Obrador", "OFFICIAL", "Q318508"),
            ("Obrador", "OFFICIAL", "Q318508"),
        ])
    );
    // Without the full name or his country in the document, a head of state's double surname
    // is tagged when it is distinctive (the `alone=` attribute: no namesake in the corpora);
    // a surname the corpora give to other people stays untagged.
    assert_eq!(
        bundled_entities("Later, Arce Catacora said no."),
        triples(&[("Arce Catacora", "OFFICIAL", "Q16149892")])
    );
    assert_eq!(bundled_entities("Later, Carney said no."), triples(&[]));
}

#[test]
fn a_title_and_given_name_with_the_first_of_two_surnames_link_to_the_official() {
    // "Luis Arce" is Luis Alberto Arce Catacora: "Arce" is his surname form, so the name
    // after the title ends there and is linked, not made a new unlisted official.
    assert_eq!(
        bundled_entities("Bolivian President Luis Arce said. Arce left."),
        triples(&[
            ("Bolivian", "COUNTRY", "Q750"),
            ("Luis Arce", "OFFICIAL", "Q16149892"),
            ("Arce", "OFFICIAL", "Q16149892"),
        ])
    );
    // A given name is no surname form: no link to the same person.
    assert_eq!(
        bundled_entities("President Luis Alberto said."),
        triples(&[("Luis Alberto", "OFFICIAL", "sitrep:official:luis-alberto")])
    );
}

#[test]
fn a_distinctive_surname_alone_is_not_an_official_in_a_story_dated_long_before_office() {
    let tagged = |date: &str| {
        bundled_entities_with(
            &["--doc-date", date],
            "Mr Hadi said the bank would repay its creditors.",
        )
    };
    // Yemen's Abd Rabbuh Mansur Hadi held his first recorded office from 2003: a 1987 story's
    // "Mr Hadi" is someone else, a 2015 story's is him.
    assert_eq!(tagged("1987-03-02"), triples(&[]));
    assert_eq!(
        tagged("2015-03-02"),
        triples(&[("Hadi", "OFFICIAL", "Q57480")])
    );
}

#[test]
fn former_states_are_their_own_countries() {
    // A former state's name and two-word demonym link to it, not to today's state; a one-word
    // adjective of history ("former Soviet republics") is left untagged, as annotators do.
    assert_eq!(
        bundled_entities(
            "North Vietnamese troops entered South Vietnam. East Germany and the USSR objected. \
             The two former Soviet republics signed."
        ),
        triples(&[
            ("North Vietnamese", "COUNTRY", "Q172640"),
            ("South Vietnam", "COUNTRY", "Q180573"),
            ("East Germany", "COUNTRY", "Q16957"),
            ("USSR", "COUNTRY", "Q15180"),
        ])
    );
}

#[test]
fn heads_of_state_since_2024_are_listed_under_their_public_names() {
    // The source gives the legal name "Bassirou Diomaye Diakhar Faye"; news writes the short one.
    assert_eq!(
        bundled_entities("Bassirou Diomaye Faye named Ousmane Sonko prime minister."),
        triples(&[
            ("Bassirou Diomaye Faye", "OFFICIAL", "Q124382437"),
            ("Ousmane Sonko", "OFFICIAL", "sitrep:off:ousmane-sonko"),
        ])
    );
}
