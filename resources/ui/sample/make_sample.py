#!/usr/bin/env python3
"""Writes sample.ndjson: the bundled sample the desktop app imports on first launch.

Deterministic (fixed seed), ~3,000 native posts over four 24 h windows ending 2026-06-01T00:00Z,
with a few clear trends so the first screen already has tiles: a cross-platform act-now trend
with Chinese tags, a couple of prepare/monitor ones, a steady topic that fails growth, a
two-creator spam burst that fails creators/diversity, and background noise (incl. stoplist tags).
Run: python3 make_sample.py > sample.ndjson
"""
import json
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20260601)
AS_OF = datetime(2026, 6, 1, tzinfo=timezone.utc)
HOURS = 24
PLATFORM_REGIONS = {
    "tiktok": ["US", "GB", "DE", "BR", "ID"],
    "instagram": ["US", "GB", "FR", "IT"],
    "douyin": ["CN", "CN-ZJ", "CN-GD", "CN-SH"],
    "xiaohongshu": ["CN-ZJ", "CN-SH", "CN-BJ", "CN-GD", "HK"],
    "youtube": ["US", "IN", "JP"],
    "weibo": ["CN", "CN-BJ"],
}
NAMES = ["leafandfoam", "茶茶今天喝什么", "kicksandpitch", "小鹿爱穿搭", "bakewithmo", "daily.jules", "夏天的风",
         "urbanthreads", "阿泽的厨房", "minji.cafe", "tomsreviews", "橙子不酸", "grace_eats", "老王看球"]

posts = []
counter = [0]


def count_text(n, platform):
    # Xiaohongshu and Douyin show rounded Chinese counts; keep a few as the source wrote them.
    if platform in ("xiaohongshu", "douyin") and n >= 10000 and rng.random() < 0.5:
        return f"{n / 10000:.1f}万"
    return n


def post(tags, hour_offset, platforms, creators, text_prefix, engagement_scale):
    counter[0] += 1
    platform = rng.choice(platforms)
    creator = rng.choice(creators)
    created = AS_OF - timedelta(hours=hour_offset, minutes=rng.randrange(60), seconds=rng.randrange(60))
    likes = int(rng.lognormvariate(0, 1) * engagement_scale)
    views = None if platform == "xiaohongshu" else int(likes * rng.uniform(8, 30)) + 100
    body_tags = " ".join("#" + t for t in tags)
    p = {
        "platform": platform,
        "post_id": f"s{counter[0]:06d}",
        "creator_id": f"{platform[:2]}_{creator}",
        "creator_name": NAMES[creator % len(NAMES)] + ("" if creator < len(NAMES) else str(creator)),
        "text": f"{text_prefix} {body_tags}",
        "hashtags": tags,
        "likes": count_text(likes, platform),
        "comments": int(likes * rng.uniform(0.02, 0.08)),
        "shares": int(likes * rng.uniform(0.01, 0.05)),
        "views": views,
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": rng.choice(PLATFORM_REGIONS[platform]),
        "url": f"https://example.com/{platform}/{counter[0]}",
    }
    posts.append(p)


def topic(tag_sets, baseline_per_window, window_posts, platforms, n_creators, text, scale, ramp=True):
    creators = list(range(n_creators))
    # Baseline windows: steady, spread evenly over hours 24..96.
    for w in range(3):
        for _ in range(baseline_per_window + rng.randrange(-1, 2)):
            post(rng.choice(tag_sets), HOURS * (w + 1) + rng.randrange(HOURS), platforms, creators, text, scale)
    # Current window: ramping towards as_of when the topic is growing.
    for _ in range(window_posts):
        hour = int(HOURS * (rng.random() ** 2)) if ramp else rng.randrange(HOURS)
        post(rng.choice(tag_sets), hour, platforms, creators, text, scale)


topic([["matchalatte", "抹茶拿铁"], ["matchalatte", "icedmatcha"], ["抹茶拿铁", "icedmatcha", "matchalatte"]],
      6, 90, ["tiktok", "xiaohongshu", "douyin", "instagram"], 70, "Iced matcha latte, whisked not shaken", 900)
topic([["blokecore", "足球风穿搭"], ["blokecore", "footballshirt"], ["足球风穿搭", "blokecore"]],
      12, 44, ["tiktok", "douyin", "instagram"], 40, "Vintage shirt fit check", 500)
topic([["多巴胺穿搭", "dopaminedressing"], ["dopaminedressing", "多巴胺穿搭", "colourful"]],
      10, 26, ["xiaohongshu", "weibo", "instagram"], 26, "Bright colours only this week", 300)
topic([["sourdough", "酸种面包"], ["sourdough", "homebaking"]],
      9, 19, ["youtube", "xiaohongshu", "tiktok"], 20, "Day 3 of the starter", 200)
topic([["cottagecore", "田园风"], ["cottagecore", "田园风", "picnic"]],
      24, 25, ["instagram", "xiaohongshu"], 30, "Slow summer afternoons", 250, ramp=False)
# A two-account burst: many posts, few creators, one platform: fails creators and diversity.
topic([["cryptomoon", "100x"]], 1, 40, ["tiktok"], 2, "Not financial advice", 50)

# Background noise: one-off tags, stoplist tags, and small steady topics.
noise_tags = ["ootd", "food", "travel", "cat", "gym", "skincare", "music", "旅行", "美食", "猫咪", "健身", "护肤",
              "football", "coffee", "study", "vlog", "book", "art", "photography", "makeup"]
for i in range(1800):
    tags = rng.sample(noise_tags, rng.randrange(1, 3))
    if rng.random() < 0.3:
        tags.append(rng.choice(["fyp", "viral", "推荐", "小红书", "foryou"]))
    if rng.random() < 0.2:
        tags.append(f"oneoff{i}")
    post(tags, rng.randrange(HOURS * 4), list(PLATFORM_REGIONS), list(range(400)), "Today", 120)

posts.sort(key=lambda p: (p["created_at"], p["post_id"]))
for p in posts:
    print(json.dumps(p, ensure_ascii=False))
