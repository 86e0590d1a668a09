#!/usr/bin/env python3
"""Seed corpora for the fuzzers in tests/fuzz, made from the fixtures in tests/data.

usage: make_seeds.py <tests/data> <out dir>

readers/    every fixture file, prefixed with the byte 0xFF (fuzz_readers: "sniff, then read")
sniff/      every fixture file as is
csvparser/  the CSV fixtures, prefixed with a delimiter-choice byte
counts/     every value of a count field found in the JSON/NDJSON/CSV fixtures (plus the spellings of SPEC 1)
times/      every value of a time field
hashtags/   texts and tag lists
posts_body/ {"posts": [...]} bodies of the native fixtures' records (a few per body)
discover_body/ discover bodies built from the as_of values above and the README's examples
"""
import csv
import hashlib
import io
import json
import os
import sys

COUNT_KEYS = {"likes", "comments", "shares", "saves", "views", "digg_count", "diggCount", "playCount", "play_count",
              "liked_count", "likedCount", "comment_count", "commentCount", "share_count", "shareCount",
              "collected_count", "attitudes_count", "reposts_count", "comments_count", "favorite_count",
              "retweet_count", "like_count", "num_likes", "num_comments", "plays", "view_count",
              "impression_count", "reply_count", "collectCount", "shared_count"}
TIME_KEYS = {"created_at", "createTime", "create_time", "time", "timestamp", "first_seen", "last_update_time",
             "publish_time", "timestamp_collected", "last_modify_ts", "created", "date", "taken_at"}
TEXT_KEYS = {"text", "desc", "title", "body", "caption", "hashtags", "tags", "full_text", "text_raw", "content"}


def write(out, kind, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = os.path.join(out, kind)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def walk_json(value, found):
    if isinstance(value, dict):
        for k, v in value.items():
            if k in COUNT_KEYS and isinstance(v, (int, float, str)) and not isinstance(v, bool):
                found["counts"].add(str(v))
            elif k in TIME_KEYS and isinstance(v, (int, float, str)) and not isinstance(v, bool):
                found["times"].add(str(v))
            elif k in TEXT_KEYS:
                found["texts"].add(v if isinstance(v, str) else " ".join(str(t) for t in v) if isinstance(v, list) else "")
            walk_json(v, found)
    elif isinstance(value, list):
        for v in value:
            walk_json(v, found)


def json_records(raw):
    text = raw.decode("utf-8", errors="replace")
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            pass
    return out


def main():
    data_dir, out = sys.argv[1], sys.argv[2]
    found = {"counts": set(), "times": set(), "texts": set()}
    native = []
    for root, _, files in os.walk(data_dir):
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                raw = f.read()
            if len(raw) > 256 * 1024:
                raw = raw[:256 * 1024]
            write(out, "sniff", raw)
            write(out, "readers", b"\xff" + raw)
            lower = name.lower()
            if lower.endswith(".csv"):
                write(out, "csvparser", b"\x00" + raw)
                try:
                    for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig", errors="replace"))):
                        walk_json({k: v for k, v in row.items() if k}, found)
                        if "post_id" in row:
                            native.append({k: v for k, v in row.items() if k and v})
                except csv.Error:
                    pass
            elif lower.endswith((".json", ".ndjson", ".jsonl")):
                for record in json_records(raw):
                    walk_json(record, found)
                    items = record.get("posts") if isinstance(record, dict) else record
                    for item in items if isinstance(items, list) else [record]:
                        if isinstance(item, dict) and "post_id" in item:
                            native.append(item)
    found["counts"].update(["1.2万", "10万+", "1,234", "2.1M", "3.4w", "1亿", "1000000000000000", "1000000000000001",
                            "9223372036854775807", "-3", "12.5", " 356 "])
    found["times"].update(["2025-06-01T12:00:00Z", "2025-06-01 12:00", "Sat Dec 23 17:12:54 +0800 2023",
                           "2023年12月23日 17:12", "3天前", "昨天 12:30", "05-12", "刚刚", "1748779200",
                           "9999-12-31T00:00:00Z", "0001-01-01T00:00:00Z", "9999999999999"])
    found["texts"].update(["#matcha #抹茶拿铁 #icedlatte", "#微博话题# text #另一个#", "#tag[话题]# #MatchaLatte"])
    for kind in ("counts", "times"):
        for v in sorted(found[kind]):
            write(out, kind, v)
    for v in sorted(found["texts"]):
        if v:
            write(out, "hashtags", v)
    for i in range(0, len(native), 3):
        write(out, "posts_body", json.dumps({"posts": native[i:i + 3]}, ensure_ascii=False))
    write(out, "posts_body", json.dumps({"posts": []}))
    bodies = [{}, {"as_of": "2025-06-01T12:00:00Z"}, {"as_of": 0}, {"as_of": "1970-01-01T00:00:00Z"},
              {"window_hours": 24, "overrides": {"clustering.min_jaccard": 0.3}}, {"as_of": 1748779200000}]
    for t in sorted(found["times"])[:20]:
        bodies.append({"as_of": t, "window_hours": 48})
    for b in bodies:
        write(out, "discover_body", json.dumps(b, ensure_ascii=False))
    write(out, "discover_body", b"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
