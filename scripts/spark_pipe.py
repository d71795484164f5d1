#!/usr/bin/env python3
"""Run sitrep under Apache Spark with rdd.pipe: JSONL records in, sitrep/1 JSONL out.

The contract that makes this work: `sitrep extract --input jsonl -` reads one JSON record per
stdin line and writes exactly one output line per input line, in order, exits 0 when nothing is
found (and, with --keep-going, when a record is malformed: it gets an error record instead), and
draws no progress when stderr is not a terminal.

    python3 scripts/spark_pipe.py --binary target/release/sitrep \
        --input docs.jsonl --output annotated/ [--partitions 2] [--check]

On a cluster, ship the binary with `--files` (or install it on every node) and point --binary at
it; the explicit `env` below keeps the task's environment from leaking locale or thread
settings into the tool. `--check` verifies that every input id comes back exactly once and that
every span's code-point and byte offsets slice the text (used by the opt-in test
`RUN_SPARK_TESTS=1 cargo test --release --test spark`).
"""

import argparse
import json
import os
import shlex
import sys


def spans(value):
    """Every span-shaped object inside an annotation (including nested ones)."""
    if isinstance(value, dict):
        if all(k in value for k in ("start", "end", "byte_start", "byte_end")):
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)


def check(inputs, outputs):
    texts = {}
    for line in inputs:
        record = json.loads(line)
        # A record without text must come back too, as an error record.
        texts[record["id"]] = record.get("text", "")
    seen = {}
    checked = 0
    for line in outputs:
        doc = json.loads(line)
        seen[doc["id"]] = seen.get(doc["id"], 0) + 1
        text = texts[doc["id"]]
        if not text:
            assert doc["errors"], (doc["id"], "a record without text needs an error record")
        encoded = text.encode("utf-8")
        for annotation in doc["annotations"]:
            for span in spans(annotation):
                by_chars = text[span["start"]:span["end"]]
                by_bytes = encoded[span["byte_start"]:span["byte_end"]].decode("utf-8")
                assert by_chars == by_bytes, (doc["id"], span)
                if "text" in span:
                    assert span["text"] == by_chars, (doc["id"], span)
                checked += 1
    missing = sorted(set(texts) - set(seen))
    doubled = sorted(i for i, n in seen.items() if n != 1)
    assert not missing, f"documents missing from the output: {missing[:10]}"
    assert not doubled, f"documents output more than once: {doubled[:10]}"
    print(f"spark check: {len(seen)} documents back exactly once, {checked} spans slice exactly")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--input", required=True, help="JSONL file of {id, text, date?} records")
    parser.add_argument("--output", required=True, help="output folder (Spark text files)")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(f"local[{args.partitions}]")
        .setAppName("sitrep")
        .set("spark.ui.enabled", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        binary = os.path.abspath(args.binary)
        records = sc.textFile(args.input, minPartitions=args.partitions)
        command = shlex.join(
            [binary, "extract", "--input", "jsonl", "--keep-going", "--quiet", "-j", "1", "-"]
        )
        env = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
        annotated = records.pipe(command, env=env, checkCode=True)
        annotated.saveAsTextFile(args.output)
        if args.check:
            with open(args.input, encoding="utf-8") as f:
                inputs = [l for l in f if l.strip()]
            outputs = annotated.collect()
            print(f"partitions: {records.getNumPartitions()}")
            check(inputs, outputs)
    finally:
        sc.stop()


if __name__ == "__main__":
    sys.exit(main())
