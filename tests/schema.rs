//! Output validates against the JSON Schema in `docs/sitrep-1.schema.json`.

mod common;

use common::{lines, sitrep};

fn schema() -> jsonschema::JSONSchema {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/sitrep-1.schema.json"
    ))
    .expect("schema file");
    let value: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::JSONSchema::compile(&value).expect("schema compiles")
}

fn assert_valid(schema: &jsonschema::JSONSchema, doc: &serde_json::Value) {
    if let Err(errors) = schema.validate(doc) {
        let messages: Vec<String> = errors
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        panic!(
            "invalid output line for {}:\n{}",
            doc["id"],
            messages.join("\n")
        );
    }
}

#[test]
fn seed_output_matches_the_schema() {
    let schema = schema();
    let out = sitrep(
        &[
            "extract",
            "-q",
            "--emit",
            "sentences",
            concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"),
        ],
        b"",
        None,
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 5);
    for doc in &docs {
        assert_valid(&schema, doc);
    }
}

#[test]
fn error_records_and_jsonl_meta_match_the_schema() {
    let schema = schema();
    let input = b"{\"id\":\"a\",\"text\":\"Kabul, 2024.\",\"date\":\"2024-01-02\",\"x\":[1]}\nnot json\n{\"id\":\"b\",\"text\":\"bad\\u0000\"}\n";
    let out = sitrep(&["extract", "-q", "--input", "jsonl", "-"], input, None);
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    for doc in &docs {
        assert_valid(&schema, doc);
    }
    assert_eq!(docs[2]["errors"][0]["kind"], "binary");
}

#[test]
fn the_schema_rejects_a_broken_line() {
    let schema = schema();
    let broken = serde_json::json!({"schema": "sitrep/1", "id": "x", "annotations": []});
    assert!(!schema.is_valid(&broken));
}

#[test]
fn every_annotation_type_serializes_to_the_schema_and_slices_exactly() {
    use sitrep::output::{write_document, Emit, Format};
    use sitrep::segment::Segmentation;
    use sitrep::*;
    let text = "“We act,” Tokayev said on 15 August; two soldiers were killed.";
    let doc = Document::from_text("t", text);
    let at = |needle: &str| {
        let start = text.find(needle).expect("needle in text");
        doc.span(start..start + needle.len())
    };
    let link = EntityLink {
        id: "Q313".into(),
        name: "Kassym-Jomart Tokayev".into(),
        gazetteer: "officials".into(),
        form: MentionForm::Surname,
        country: Some("Q232".into()),
        role: Some("President".into()),
    };
    let annotations = vec![
        Annotation {
            span: at("“We act,”"),
            label: "QUOTE".into(),
            rule: "quote/test".into(),
            detail: Detail::Quote {
                content: at("We act,"),
                speaker: Some(Box::new(Speaker {
                    span: at("Tokayev"),
                    entity: Some(link.clone()),
                })),
                cue: Some(at("said")),
            },
        },
        Annotation {
            span: at("Tokayev"),
            label: "OFFICIAL".into(),
            rule: "gaz/test".into(),
            detail: Detail::Entity(link),
        },
        Annotation {
            span: at("15 August"),
            label: "DATE".into(),
            rule: "date/test".into(),
            detail: Detail::Date {
                value: "XXXX-08-15".into(),
                anchor: Anchor::Unresolved,
            },
        },
        Annotation {
            span: at("two soldiers were killed"),
            label: "KILLED".into(),
            rule: "cas/test".into(),
            detail: Detail::Casualty {
                count: Count {
                    min: 2,
                    max: Some(2),
                },
                approximate: false,
                negated: false,
                victims: Some(at("soldiers")),
            },
        },
    ];
    let segments = Segmentation::new(text);
    let annotated = AnnotatedDocument {
        doc: doc.clone(),
        annotations,
        segments,
    };
    let mut buf = Vec::new();
    write_document(&annotated, Format::Docs, Emit::default(), &mut buf);
    let value: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    assert_valid(&schema(), &value);
    assert_eq!(common::assert_spans_exact(&value, text), 8);
    assert_eq!(value["annotations"][0]["speaker"]["entity"]["id"], "Q313");
    assert_eq!(
        value["annotations"][3]["count"],
        serde_json::json!({"min": 2, "max": 2})
    );
    assert_eq!(value["annotations"][0]["start"], 0);
    assert_eq!(value["annotations"][0]["end"], 9);
    assert_eq!(value["annotations"][0]["byte_end"], 13);
}
