//! Matcher behaviour over a small test gazetteer (`tests/fixtures/gazetteer/mini.tsv`), so the
//! tests do not depend on the bundled data.

use super::*;
use crate::model::{Detail, Document};

const MINI: &str = include_str!("../../tests/fixtures/gazetteer/mini.tsv");

fn extractor() -> EntityExtractor {
    let file = data::parse("mini.tsv", "mini", MINI, false).expect("mini parses");
    EntityExtractor::from_files(&[file]).expect("compiles")
}

/// `(text, label, id, form)` of every entity in `text`.
fn tag(x: &EntityExtractor, text: &str) -> Vec<(String, String, String, String)> {
    let (doc, mut out) = x.extract_text(text);
    out.sort_by_key(|a| a.span.byte_start);
    out.iter()
        .map(|a| {
            assert_eq!(doc.slice(a.span), &text[a.span.bytes()]);
            let Detail::Entity(link) = &a.detail else {
                panic!("not an entity")
            };
            (
                doc.slice(a.span).to_string(),
                a.label.to_string(),
                link.id.to_string(),
                link.form.as_str().to_string(),
            )
        })
        .collect()
}

fn texts(x: &EntityExtractor, text: &str) -> Vec<String> {
    tag(x, text).into_iter().map(|t| t.0).collect()
}

#[test]
fn boundaries_case_and_acronyms() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("A woman from Oman.", &["Oman"]),
        ("Plug the USB cable into the US server.", &["US"]),
        ("Let us go; the U.S. and USA agree.", &["U.S.", "USA"]),
        (
            "She collects fine china and Chinese porcelain.",
            &["Chinese"],
        ),
        ("PAKISTAN AND CHINA SIGN DEAL", &["PAKISTAN", "CHINA"]),
        ("In Lahore pakistan is lower case", &[]),
        ("Kabul’s envoy met Pakistan’s envoy", &["Pakistan"]),
        (
            "Pakistan-hosted drills, anti-US protests",
            &["Pakistan", "US"],
        ),
        ("The un-named UN official", &["UN"]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn longest_name_wins_and_variants_match() {
    let x = extractor();
    let got = tag(
        &x,
        "The Tehreek-e-Taliban Pakistan (TTP) and Tehrik i Taliban Pakistan.",
    );
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|g| g.2 == "Q7168"), "{got:?}");
    assert_eq!(got[0].0, "Tehreek-e-Taliban Pakistan");
    assert_eq!(got[2].0, "Tehrik i Taliban Pakistan");
    let got = tag(
        &x,
        "troops of China’s People’s Liberation Army and the Afghan Taliban",
    );
    let t: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(t, ["China", "People’s Liberation Army", "Afghan Taliban"]);
    assert_eq!(got[2].1, "GROUP");
    // Diacritics and a line break inside a name.
    let t = texts(
        &x,
        "Pakistan and Türkiye; Turkiye’s government; the Islamic Republic\nof Afghanistan",
    );
    assert_eq!(
        t,
        [
            "Pakistan",
            "Türkiye",
            "Turkiye",
            "Islamic Republic\nof Afghanistan"
        ]
    );
}

#[test]
fn demonyms_link_to_the_country_but_languages_do_not() {
    let x = extractor();
    let got = tag(&x, "Pakistani officials met Afghans and Kazakh troops.");
    let want = [
        ("Pakistani", "Q843"),
        ("Afghans", "Q889"),
        ("Kazakh", "Q232"),
    ];
    assert_eq!(got.len(), 3);
    for (g, (t, id)) in got.iter().zip(want) {
        assert_eq!(
            (g.0.as_str(), g.2.as_str(), g.3.as_str()),
            (t, id, "demonym")
        );
    }
    assert!(texts(&x, "some Russian-speaking members").is_empty());
    assert!(texts(&x, "the statement was issued in Russian.").is_empty());
    assert_eq!(texts(&x, "in Russian territory"), ["Russian"]);
    assert!(texts(&x, "RADIO MOSCOW IN RUSSIAN TO AFGHANS").len() == 1);
    assert!(texts(&x, "[TRANSLATED FROM RUSSIAN]").is_empty());
}

#[test]
fn ambiguous_names_need_context() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("Jordan Peterson wrote a book.", &[]),
        ("The book by Michael Jordan sold well.", &[]),
        ("They ate turkey and Turkey stuffing.", &[]),
        ("Jordan is a fine name.", &[]),
        // Coordination with an unambiguous country.
        (
            "a bloc with Russia, China and Turkey",
            &["Russia", "China", "Turkey"],
        ),
        (
            "the China-Russia-Turkey-Pakistan bloc",
            &["China", "Russia", "Turkey", "Pakistan"],
        ),
        // State nouns.
        ("Jordan's foreign minister spoke.", &["Jordan"]),
        ("the government of Chad said", &["Chad"]),
        // Another unambiguous mention of the same entity.
        (
            "Jordanian troops crossed. Jordan denied it.",
            &["Jordanian", "Jordan"],
        ),
        ("Georgia passed a voting law in Atlanta.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn officials_full_names_surnames_and_titles() {
    let x = extractor();
    let text = "President Kassym-Jomart Tokayev spoke. Later Tokayev said. Tokayev's aide agreed.";
    let got = tag(&x, text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|g| g.2 == "Q4213"));
    assert_eq!(got[0].3, "name");
    assert_eq!(got[1].3, "surname");
    // A unique gazetteer surname alone.
    assert_eq!(texts(&x, "President Putin met reporters."), ["Putin"]);
    // An honorific alone is not enough: "Mr Sullivan" is usually someone else.
    assert!(texts(&x, "Mr. Putin met reporters.").is_empty());
    // A shared surname alone stays untagged; with the full name it links.
    assert!(texts(&x, "Khan said the talks failed.").is_empty());
    let got = tag(&x, "Prime Minister Imran Khan arrived. Khan said.");
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|g| g.2 == "Q1001"), "{got:?}");
}

#[test]
fn unlisted_officials_after_role_titles() {
    let x = extractor();
    let text = "Kazakh Deputy Foreign Minister Akan Rahmetullin said. Rahmetullin added.";
    let (doc, mut out) = x.extract_text(text);
    out.sort_by_key(|a| a.span.byte_start);
    let people: Vec<&Annotation> = out.iter().filter(|a| a.label == "OFFICIAL").collect();
    assert_eq!(people.len(), 2);
    assert_eq!(doc.slice(people[0].span), "Akan Rahmetullin");
    assert_eq!(doc.slice(people[1].span), "Rahmetullin");
    let Detail::Entity(link) = &people[0].detail else {
        panic!()
    };
    assert_eq!(&*link.id, "sitrep:official:akan-rahmetullin");
    assert_eq!(link.country.as_deref(), Some("Q232"));
    assert_eq!(link.role.as_deref(), Some("Deputy Foreign Minister"));
    let Detail::Entity(short) = &people[1].detail else {
        panic!()
    };
    assert_eq!(short.id, link.id);
    // Honorifics and analysts are not officials; titles stay outside the span.
    assert!(texts(
        &x,
        "Dr. Claude Rakisits said, as did analyst Andrew Korybko."
    )
    .is_empty());
    assert_eq!(
        texts(
            &x,
            "Senator Mushahid Hussain and spokesperson Mumtaz Baloch spoke."
        ),
        ["Mushahid Hussain", "Mumtaz Baloch"]
    );
    assert!(texts(&x, "The Minister said on Monday").is_empty());
    // A chain of titles: the name starts after the last one, and is tagged once.
    assert_eq!(
        texts(
            &x,
            "Lieutenant Governor Manoj Sinha and Acting President Ana Ruiz spoke."
        ),
        ["Manoj Sinha", "Ana Ruiz"]
    );
    // A rank alone still names the person after it.
    assert_eq!(texts(&x, "Lieutenant Manoj Sinha spoke."), ["Manoj Sinha"]);
}

#[test]
fn user_files_override_by_id_and_check_reports_problems() {
    let base = data::parse("mini.tsv", "mini", MINI, true).unwrap();
    let user = data::parse(
        "user.tsv",
        "user",
        "id\tlabel\tname\taliases\nQ843\tCOUNTRY\tPakistan\tPakland\nX1\tbad label\t\t\nX2\tORG\tOman\n",
        false,
    )
    .unwrap();
    let x = EntityExtractor::from_files(&[base.clone(), user.clone()]).unwrap();
    assert_eq!(texts(&x, "Pakland"), ["Pakland"]);
    let problems = check_files(&[base.clone(), user]);
    let joined = problems.join("\n");
    assert!(joined.contains("user.tsv:3: X1: empty name"), "{joined}");
    assert!(joined.contains("bad label"), "{joined}");
    assert!(
        joined.contains("alias \"oman\" claimed by 2 entries"),
        "{joined}"
    );
    assert!(
        !joined.contains("duplicate id Q843"),
        "override is not a duplicate: {joined}"
    );
    assert!(
        check_files(std::slice::from_ref(&base)).is_empty(),
        "{:?}",
        check_files(std::slice::from_ref(&base))
    );
    let table = stats_files(&[base]);
    assert!(
        table.contains("mini.tsv") && table.contains("total"),
        "{table}"
    );
}

#[test]
fn offsets_are_exact_on_multibyte_text() {
    let x = extractor();
    let text = "«Да» — Пакистан, ‘Pakistan’ and Türkiye’s 👩‍👩‍👧 China.";
    let doc = Document::from_text("t", text);
    let got = tag(&x, text);
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["Pakistan", "China"]
    );
    let _ = doc;
}

#[test]
fn appositive_role_titles() {
    let x = extractor();
    assert_eq!(
        texts(
            &x,
            "Yue Xiaoyong, China’s special envoy for Afghan affairs, visited."
        ),
        ["Yue Xiaoyong", "China", "Afghan"]
    );
    assert_eq!(
        texts(&x, "In New Delhi, the foreign minister said."),
        Vec::<String>::new()
    );
    assert_eq!(
        texts(&x, "said Andrew Korybko, the political analyst."),
        Vec::<String>::new()
    );
}

#[test]
fn institution_names_and_lower_case_lines() {
    let x = extractor();
    assert_eq!(
        texts(
            &x,
            "a Fellow at the Centre for Chinese, Russian and Pacific Studies, and Bank of China staff in Pakistan"
        ),
        ["Pakistan"]
    );
    assert_eq!(
        texts(&x, "Pakistan and China signed."),
        ["Pakistan", "China"]
    );
    // A caption in lower case has no case information; acronyms still need theirs.
    assert_eq!(
        texts(
            &x,
            "Intro.\nandrew korybko on russia pakistan drills us\nEnd."
        ),
        ["russia", "pakistan"]
    );
    assert!(texts(&x, "Fine china and pakistan, said Mr. X.").is_empty());
}

#[test]
fn weak_titles_are_not_officials() {
    let x = extractor();
    let none: &[&str] = &[
        "Fiat and General Motors (GM) have until midnight.",
        "Captain Gerrard is central to Liverpool's plans.",
        "games such as President Forever and The Political Machine",
        "said Kurt Barnard, president of Barnard's Retail Consulting Group.",
        "Mathieu Amalric for Kings And Queen, Abdellatif Kechiche's film",
        "the Transport & General Worker's Union general secretary",
    ];
    for text in none {
        let got: Vec<_> = tag(&x, text)
            .into_iter()
            .filter(|t| t.1 == "OFFICIAL")
            .collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    let got = texts(
        &x,
        "Former minister Sir Nicholas Scott died; President George W Bush spoke.",
    );
    assert_eq!(got, ["Nicholas Scott", "George W Bush"]);
    assert_eq!(
        texts(&x, "the Taliban Spokesperson, Zabihullah Mujahid, said"),
        ["Taliban", "Zabihullah Mujahid"]
    );
    assert_eq!(
        texts(&x, "Assad Omar, Afghanistan's envoy to the UN, said"),
        ["Assad Omar", "Afghanistan", "UN"]
    );
}

#[test]
fn check_compares_acronyms_in_their_case() {
    let f = data::parse(
        "g.tsv",
        "g",
        "id\tlabel\tname\taliases\tacronyms\nG1\tGROUP\tJaish-e-Mohammed\t\tJeM\nG2\tGROUP\tJustice and Equality Movement\t\tJEM\nG3\tGROUP\tJem Front\t\tJEM\n",
        true,
    )
    .unwrap();
    let joined = check_files(&[f]).join("\n");
    assert!(!joined.contains("\"JeM\""), "{joined}");
    assert!(
        joined.contains("\"JEM\" claimed by 2 entries: G2"),
        "{joined}"
    );
}

#[test]
fn country_inside_a_state_body_named_of_it_is_not_tagged() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("The Armed Forces of Kazakhstan said.", &[]),
        ("The National Police of the Kyrgyz Republic said.", &[]),
        ("The Ministry of Defence of Russia denied it.", &[]),
        // A possessive country belongs to what follows it.
        (
            "The Western Command of China's People's Liberation Army.",
            &["China", "People's Liberation Army"],
        ),
        // Not a state-body head: the country is tagged.
        ("The President of Kazakhstan said.", &["Kazakhstan"]),
        ("The forces of Russia advanced.", &["Russia"]),
        ("Russia's Ministry of Defence said.", &["Russia"]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn demonyms_as_language_names_are_not_countries() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("The group, known by its Russian initials, said.", &[]),
        ("Known by the Chinese acronym, the unit said.", &[]),
        ("The statement said in Russian that talks failed.", &[]),
        ("Russian troops said.", &["Russian"]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn suffix_jr_keeps_its_period_and_ranks_stay_outside() {
    let x = extractor();
    let t = tag(
        &x,
        "Col. Ahmad Karimov and President Robert Hale Jr. met in Bishkek.",
    );
    let names: Vec<&str> = t.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(names, ["Ahmad Karimov", "Robert Hale Jr."]);
    assert_eq!(t[1].2, "sitrep:official:robert-hale-jr");
}

#[test]
fn forms_are_found_by_their_first_word_whatever_its_length() {
    // Longer than the first-word map keeps (the trie is walked from the root then).
    let long = "Pneumonoultramicroscopicsilicovolcanoconiosisland";
    let tsv = format!(
        "id\tlabel\tname\taliases\nX9\tCOUNTRY\t{long} Republic\t{long}\n\
         X8\tGROUP\tAbc Def Front\tABC-Def\n"
    );
    let user = data::parse("user.tsv", "user", &tsv, false).unwrap();
    let x = EntityExtractor::from_files(&[user]).unwrap();
    let text = format!(
        "In the {long} Republic, {long}'s army, {long}x, Abc Def Front, ABC Def, Abc Defx, Abc."
    );
    assert_eq!(
        texts(&x, &text),
        [
            format!("{long} Republic"),
            long.to_string(),
            "Abc Def Front".to_string(),
            "ABC Def".to_string()
        ]
    );
}

#[test]
fn lower_case_titles_are_found_wherever_their_block_cuts_them() {
    // The scan reads a lower-case word's first two bytes before its hash (`may_start_lower`):
    // a title at every offset of the scan's 64-byte blocks, the last byte of one included.
    let x = extractor();
    for pad in 0..140 {
        let text = format!("{} spokesperson Mumtaz Baloch spoke.", "x".repeat(pad));
        assert_eq!(texts(&x, &text), ["Mumtaz Baloch"], "{pad}");
    }
}

#[test]
fn a_national_body_opening_a_longer_name_is_not_tagged() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        // The US state's police department: the whole name or nothing, never "Georgia Police".
        ("Officers of the Georgia Police Department said.", &[]),
        (
            "THE GUATEMALA GEORGIA POLICE IDENTIFICATION DEPARTMENT SAID",
            &[],
        ),
        (
            "The Georgia Police Criminal Investigation Division said.",
            &[],
        ),
        // The body itself, before a lower-case noun, a title or a connector.
        (
            "The Georgia Police said. The Georgia Police department said.",
            &["Georgia Police", "Georgia Police"],
        ),
        (
            "Georgia Police Chief Giorgi Beridze said.",
            &["Georgia Police"],
        ),
        (
            "THE GEORGIA POLICE AND SECURITY CORPS SAID",
            &["GEORGIA POLICE"],
        ),
        // Three words between are too many: "Georgia Police" stays.
        (
            "The Georgia Police Alpha Bravo Charlie Division said.",
            &["Georgia Police"],
        ),
        // A body with no country attribute is left alone ("Pakistan Army" in the mini data).
        ("The Pakistan Army Medical Corps said.", &["Pakistan Army"]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn a_person_in_a_facility_name_is_no_official() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("Flights left Imran Khan International Airport.", &[]),
        ("He was taken to the Vladimir Putin Hospital.", &[]),
        ("The march reached Donald Trump Avenue at noon.", &[]),
        // Not a facility head: the person stays.
        ("Imran Khan International said.", &["Imran Khan"]),
        (
            "Vladimir Putin Thursday said the airport was closed.",
            &["Vladimir Putin"],
        ),
        (
            "Vladimir Putin, Airport officials said.",
            &["Vladimir Putin"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn south_asian_honorifics_and_provinces_stay_outside_unlisted_names() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("Home Minister Mir Sarfraz Bugti said.", &["Sarfraz Bugti"]),
        (
            "Chief Minister Balochistan Nawab Sanaullah Khan Zehri visited.",
            &["Sanaullah Khan Zehri"],
        ),
        (
            "The Inspector General of Police Punjab, Mr. Ali Raza, visited.",
            &["Ali Raza"],
        ),
        ("Governor Sindh Kamran Tessori said.", &["Kamran Tessori"]),
        (
            "Foreign Minister Dr. Julio Linares said.",
            &["Julio Linares"],
        ),
        // A province alone after the title names nobody.
        ("Chief Minister Punjab said.", &[]),
        ("Governor Sindh, Karachi police said.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn legislators_by_an_appositive_or_an_mep_title() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        ("Jane Doe, MP for Leeds North, said.", &["Jane Doe"]),
        ("Jane Doe, the MP for Leeds North, said.", &["Jane Doe"]),
        ("Ali Khan, MNA from Karachi, said.", &["Ali Khan"]),
        ("Green MEP Caroline Lucas said.", &["Caroline Lucas"]),
        // No legislator's title: no official.
        ("Jane Doe, a teacher from Leeds North, said.", &[]),
        ("Jane Doe, the MD of Acme, said.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}

#[test]
fn a_given_name_is_no_short_form_but_a_family_name_written_first_is() {
    let x = extractor();
    let cases: &[(&str, &[&str])] = &[
        (
            "Defence Minister Deng Weiguo arrived on Monday. Deng said the talks went well.",
            &["Deng Weiguo", "Deng"],
        ),
        (
            "Defence Minister Tony Marsh arrived on Monday. Tony said the talks went well, Marsh added.",
            &["Tony Marsh", "Marsh"],
        ),
        // All capitals: the given name is known in any case.
        (
            "DEFENCE MINISTER DANIEL ROJAS ARRIVED. DANIEL SAID THE TALKS WENT WELL.",
            &["DANIEL ROJAS"],
        ),
        // A romanized given name after the family name keeps the family name's short form,
        // even where the family name is also a given name elsewhere ("Ma").
        (
            "Prime Minister Ma Ying-chou arrived on Monday. Ma said the talks went well.",
            &["Ma Ying-chou", "Ma"],
        ),
        // A title that addresses its bearer by the given name.
        (
            "Minister Sir Tony Marsh arrived on Monday. Sir Tony said the talks went well.",
            &["Tony Marsh", "Tony"],
        ),
        // A double-barrelled surname is no romanized given name.
        (
            "Minister Robert Kilroy-Marsh arrived on Monday. Robert said the talks went well.",
            &["Robert Kilroy-Marsh"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(texts(&x, text), *want, "{text}");
    }
}
