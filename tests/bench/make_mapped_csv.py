#!/usr/bin/env python3
"""Writes the same N posts twice for bench_read_formats (issue #10's mapped-CSV benchmark):
a native CSV (SPEC section 1's column names) and a "custom scraper" CSV that only a column mapping
reads, plus that mapping as YAML. Usage: make_mapped_csv.py N OUTDIR"""
import os
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
tags = ["matcha", "latte", "oatmilk", "hojicha", "bubbletea", "coffee", "抹茶拿铁", "探店", "ootd", "travel"]
native = open(os.path.join(out, "native.csv"), "w", encoding="utf-8", newline="")
mapped = open(os.path.join(out, "scraper.csv"), "w", encoding="utf-8", newline="")
native.write("platform,post_id,creator_id,creator_name,text,hashtags,likes,comments,shares,views,created_at,url\n")
mapped.write("vid_id,author,vid_caption,vid_hashtags,vid_nlike,vid_ncomment,vid_nshare,vid_nview,vid_postTime,vid_url\n")
base = 1717200000
for i in range(n):
    pid = str(7300000000000000000 + i)
    creator = "user%d" % rng.randrange(50000)
    t = rng.sample(tags, 2)
    text = "a caption about %s and %s #%s" % (t[0], t[1], t[0])
    likes, comments, shares, views = rng.randrange(100000), rng.randrange(1000), rng.randrange(500), rng.randrange(10**6)
    when = base + rng.randrange(30 * 86400)
    url = "https://www.tiktok.com/@%s/video/%s" % (creator, pid)
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (2024, 6, 1 + (when - base) // 86400 % 28, (when // 3600) % 24, (when // 60) % 60, when % 60)
    native.write("tiktok,%s,%s,%s,%s,\"%s\",%d,%d,%d,%d,%s,%s\n" % (pid, creator, creator, text, ",".join(t), likes, comments, shares, views, iso, url))
    mapped.write("%s,%s,%s,\"%s\",%d,%d,%d,%d,%s,%s\n" % (pid, creator, text, ",".join(t), likes, comments, shares, views, iso, url))
native.close()
mapped.close()
with open(os.path.join(out, "scraper.yaml"), "w", encoding="utf-8") as f:
    f.write("name: bench-scraper\nfields:\n  post_id: vid_id\n  creator_name: author\n  text: vid_caption\n"
            "  hashtags: vid_hashtags\n  likes: vid_nlike\n  comments: vid_ncomment\n  shares: vid_nshare\n"
            "  views: vid_nview\n  created_at: vid_postTime\n  url: vid_url\n")
