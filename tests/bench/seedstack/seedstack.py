#!/usr/bin/python3
"""The seed's stack, for side-by-side benchmarks only: FastAPI + SQLAlchemy (ORM) + SQLite,
implementing SPEC section 3's discover the way a straightforward Python service would
(every run loads its window through the ORM, computes in Python, stores the run and one row
per decision). Not a product; not part of the build or the tests.

    /usr/bin/python3 tests/bench/seedstack/seedstack.py --db /tmp/gt/seed.db --port 8766

Debian packages: python3-fastapi python3-sqlalchemy python3-uvicorn (bookworm: 0.92, 1.4, 0.17).
Endpoints: POST /api/v1/posts {"posts": [...]} (SPEC section 1 fields, hashtags lists or #tags in
text, counters as integers) and POST /api/v1/discover {"as_of": ISO, "window_hours": h}.
Simplifications, all in the seed's favour: hashtags are lower-cased (no NFKC), no aliases, no
component splitting above max_tags, no volume normalization of the baseline.
"""
import argparse
import hashlib
import json
import math
import re
import time
from collections import defaultdict
from datetime import datetime, timezone

import uvicorn
from fastapi import FastAPI, Request
from sqlalchemy import (Column, Float, ForeignKey, Integer, String, Text, UniqueConstraint, create_engine,
                        select)
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    platform = Column(String, nullable=False)
    post_id = Column(String, nullable=False)
    creator_id = Column(String, nullable=False)
    creator_name = Column(String)
    text = Column(Text)
    likes = Column(Integer, default=0)
    comments = Column(Integer, default=0)
    shares = Column(Integer, default=0)
    saves = Column(Integer, default=0)
    views = Column(Integer)
    created_at_ms = Column(Integer, nullable=False, index=True)
    region = Column(String)
    url = Column(String)
    tags = relationship("PostTag", lazy="selectin", cascade="all, delete-orphan")
    __table_args__ = (UniqueConstraint("platform", "post_id"),)


class PostTag(Base):
    __tablename__ = "post_tags"
    post = Column(Integer, ForeignKey("posts.id"), primary_key=True)
    tag = Column(String, primary_key=True)


class Run(Base):
    __tablename__ = "runs"
    id = Column(Integer, primary_key=True)
    run_id = Column(String, unique=True)
    as_of_ms = Column(Integer)
    window_hours = Column(Integer)
    posts_in_window = Column(Integer)
    clusters = Column(Integer)
    trends = Column(Integer)
    tiles_json = Column(Text)


class DecisionRow(Base):
    __tablename__ = "decisions"
    id = Column(Integer, primary_key=True)
    run = Column(Integer, ForeignKey("runs.id"), index=True)
    stage = Column(String)
    subject = Column(String, index=True)
    rule = Column(String)
    outcome = Column(String)
    values_json = Column(Text)
    message = Column(Text)


STOPLIST = {"fyp", "foryou", "foryoupage", "viral", "trending", "xyzbca", "explore", "reels", "推荐", "热门",
            "上热门", "小红书", "抖音", "日常"}
TAG_RE = re.compile(r"[#＃]([\w\u4e00-\u9fff]+)(?:\[话题\])?#?")


def norm(tag):
    tag = tag.strip().lstrip("#＃")
    if tag.endswith("[话题]"):
        tag = tag[:-4]
    return tag.rstrip("#").lower().replace(" ", "")


def parse_time(v):
    if isinstance(v, (int, float)):
        return int(v) if v >= 1e11 else int(v * 1000)
    if isinstance(v, str) and v.isdigit():
        return parse_time(int(v))
    return int(datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp() * 1000)


def count(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return int(v)
    s = str(v).replace(",", "").replace("+", "").strip()
    mult = 1
    for suffix, m in (("万", 1e4), ("w", 1e4), ("千", 1e3), ("亿", 1e8), ("k", 1e3), ("K", 1e3), ("M", 1e6)):
        if s.endswith(suffix):
            s, mult = s[:-len(suffix)], m
    try:
        return int(float(s) * mult)
    except ValueError:
        return 0


def log_binom_tail(n, total, p):
    """log P(X >= n | X ~ Binomial(total, p)), summed in log space."""
    if n <= 0:
        return 0.0
    if p <= 0:
        return -math.inf
    if p >= 1:
        return 0.0
    lp, lq = math.log(p), math.log1p(-p)
    terms = [math.lgamma(total + 1) - math.lgamma(k + 1) - math.lgamma(total - k + 1) + k * lp + (total - k) * lq
             for k in range(n, total + 1)]
    m = max(terms)
    return m + math.log(sum(math.exp(t - m) for t in terms))


def create_app(db_path):
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    Base.metadata.create_all(engine)
    Session = sessionmaker(engine, future=True)
    app = FastAPI()

    @app.post("/api/v1/posts")
    async def posts(request: Request):
        body = await request.json()
        accepted, inserted, updated, rejected = 0, 0, 0, []
        with Session.begin() as s:
            for i, p in enumerate(body.get("posts", [])):
                try:
                    platform, pid = p["platform"].lower(), str(p["post_id"])
                    created = parse_time(p["created_at"])
                except (KeyError, ValueError, TypeError) as e:
                    rejected.append({"index": i, "error": str(e)})
                    continue
                tags = p.get("hashtags")
                if tags is None:
                    tags = TAG_RE.findall(p.get("text") or "")
                tags = list(dict.fromkeys(t for t in (norm(t) for t in tags) if t and len(t) <= 100))
                row = s.execute(select(Post).where(Post.platform == platform, Post.post_id == pid)).scalar_one_or_none()
                if row is None:
                    row = Post(platform=platform, post_id=pid)
                    s.add(row)
                    inserted += 1
                else:
                    updated += 1
                row.creator_id = str(p.get("creator_id", ""))
                row.creator_name = p.get("creator_name")
                row.text = p.get("text")
                row.likes, row.comments = count(p.get("likes")) or 0, count(p.get("comments")) or 0
                row.shares, row.saves = count(p.get("shares")) or 0, count(p.get("saves")) or 0
                row.views = count(p.get("views"))
                row.created_at_ms = created
                row.region, row.url = p.get("region"), p.get("url")
                row.tags = [PostTag(tag=t) for t in tags]
                accepted += 1
        return {"accepted": accepted, "inserted": inserted, "updated": updated, "rejected": rejected}

    @app.post("/api/v1/discover")
    async def discover(request: Request):
        t0 = time.monotonic()
        body = await request.json() if (await request.body()) else {}
        hours = int(body.get("window_hours", 24))
        baselines = 3
        hour = 3600 * 1000
        with Session.begin() as s:
            as_of = parse_time(body["as_of"]) if "as_of" in body else s.execute(
                select(Post.created_at_ms).order_by(Post.created_at_ms.desc()).limit(1)).scalar()
            start = as_of - hours * hour
            span_start = as_of - hours * hour * (baselines + 1)
            rows = s.execute(select(Post).where(Post.created_at_ms > span_start, Post.created_at_ms <= as_of)).scalars().all()
            decisions = []
            window = [p for p in rows if p.created_at_ms > start]
            volume = [0] * (baselines + 1)
            for p in rows:
                volume[min(baselines, (as_of - p.created_at_ms - 1) // (hours * hour))] += 1
            tag_posts = defaultdict(list)
            for p in window:
                for t in p.tags:
                    tag_posts[t.tag].append(p)
            kept = {}
            for tag, ps in tag_posts.items():
                if tag in STOPLIST:
                    decisions.append(("hashtag_stats", f"tag:{tag}", "clustering.stoplist", {}, "dropped", f"#{tag} is on the stoplist"))
                elif len(ps) < 3:
                    decisions.append(("hashtag_stats", f"tag:{tag}", "clustering.min_posts", {"posts": len(ps), "threshold": 3}, "dropped", f"#{tag} has {len(ps)} posts, fewer than 3"))
                else:
                    kept[tag] = ps
            co = defaultdict(int)
            for p in window:
                ts = sorted(t.tag for t in p.tags if t.tag in kept)
                for i in range(len(ts)):
                    for j in range(i + 1, len(ts)):
                        co[(ts[i], ts[j])] += 1
            parent = {t: t for t in kept}

            def find(t):
                while parent[t] != t:
                    parent[t] = parent[parent[t]]
                    t = parent[t]
                return t
            for (a, b), c in co.items():
                jac = c / (len(kept[a]) + len(kept[b]) - c)
                ok = c >= 2 and jac >= 0.2
                decisions.append(("clustering", f"edge:{a}|{b}", "clustering.min_jaccard", {"co": c, "jaccard": jac}, "kept" if ok else "rejected", f"edge {a}|{b}: co {c}, jaccard {jac:.3f}"))
                if ok:
                    parent[find(a)] = find(b)
            comps = defaultdict(list)
            for t in kept:
                comps[find(t)].append(t)
            tiles = []
            clusters = list(comps.values())
            by_window_tag = defaultdict(lambda: [0] * (baselines + 1))
            for p in rows:
                k = min(baselines, (as_of - p.created_at_ms - 1) // (hours * hour))
                for t in p.tags:
                    by_window_tag[t.tag][k] += 1
            for tags in clusters:
                anchor = sorted(tags, key=lambda t: (-len(kept[t]), t))[0]
                posts = {id(p): p for t in tags for p in kept[t]}.values()
                n = len(posts)
                creators = {(p.platform, p.creator_id) for p in posts}
                regions = {p.region for p in posts if p.region}
                platforms = {p.platform for p in posts}
                eng = sum(p.likes + p.comments + p.shares for p in posts)
                viewed = [p for p in posts if p.views]
                rate = sum(p.likes + p.comments + p.shares for p in viewed) / sum(p.views for p in viewed) if viewed else None
                first = min(p.created_at_ms for p in posts)
                hrs = max(1.0, (as_of - first) / hour)
                velocity = eng / hrs
                base = [max(by_window_tag[t][k] for t in tags) for k in range(1, baselines + 1)]
                mu = sum(base) / len(base)
                sigma = math.sqrt(sum((b - mu) ** 2 for b in base) / len(base))
                growth = (n + 1) / (mu + 1)
                b = sum(base)
                p0 = volume[0] / max(1, sum(volume))
                sig = -(log_binom_tail(n, n + b, p0) / math.log(10) + math.log10(len(clusters)))
                diversity = len(creators) / n
                health = 0.4 * diversity + 0.3 * min(1, (rate or 0) / 0.1) + 0.3 * min(1, velocity / 1000)
                confidence = 0.6 * min(1, len(creators) / 20) + 0.4 * min(1, len(regions) / 5)
                checks = {"unique_creators": len(creators) >= 5, "creator_diversity": diversity >= 0.5,
                          "regions": len(regions) >= 2, "platforms": len(platforms) >= 1, "growth": growth >= 1.5,
                          "significance": sig >= 3.0}
                tid = hashlib.sha1(anchor.encode()).hexdigest()[:12]
                for name, ok in checks.items():
                    decisions.append(("validation", f"cluster:{tid}", f"validation.{name}", {}, "passed" if ok else "failed", f"{name} {'passed' if ok else 'failed'}"))
                if all(checks.values()):
                    tiles.append({"trend_id": tid, "anchor": anchor, "hashtags": sorted(tags), "posts": n,
                                  "unique_creators": len(creators), "regions": sorted(regions),
                                  "platforms": sorted(platforms), "engagement_rate": rate, "velocity": velocity,
                                  "creator_diversity": diversity, "growth": growth, "surge_z": (n - mu) / max(sigma, math.sqrt(mu), 1),
                                  "significance": sig, "health": health, "confidence": confidence,
                                  "urgency": "act_now" if growth >= 3 and confidence >= 0.6 else ("prepare" if growth >= 2 else "monitor"),
                                  "top_posts": [{"post_id": p.post_id, "platform": p.platform, "text": p.text, "url": p.url}
                                                for p in sorted(posts, key=lambda p: -(p.likes + p.comments + p.shares))[:5]]})
            tiles.sort(key=lambda t: (-t["health"] * t["confidence"], -t["velocity"], t["anchor"]))
            run_id = hashlib.sha1(f"{as_of}:{hours}:{len(window)}:{len(clusters)}".encode()).hexdigest()
            old = s.execute(select(Run).where(Run.run_id == run_id)).scalar_one_or_none()
            if old is not None:
                s.query(DecisionRow).filter(DecisionRow.run == old.id).delete()
                s.delete(old)
                s.flush()
            run = Run(run_id=run_id, as_of_ms=as_of, window_hours=hours, posts_in_window=len(window),
                      clusters=len(clusters), trends=len(tiles), tiles_json=json.dumps(tiles))
            s.add(run)
            s.flush()
            s.add_all([DecisionRow(run=run.id, stage=d[0], subject=d[1], rule=d[2], values_json=json.dumps(d[3]),
                                   outcome=d[4], message=d[5]) for d in decisions])
        return {"run_id": run_id, "as_of": datetime.fromtimestamp(as_of / 1000, timezone.utc).isoformat(),
                "window_hours": hours, "posts_in_window": len(window), "clusters": len(clusters),
                "trends": len(tiles), "duration_ms": int((time.monotonic() - t0) * 1000), "tiles": tiles}

    return app


def bulk_load(db_path, data_path):
    """Fills the database straight from an NDJSON file with the same rules as POST /api/v1/posts
    (first copy of an identity wins), through SQLAlchemy Core executemany: the ORM ingest above
    needs most of an hour for 200k posts on a loaded 2-core machine, and only discover is compared."""
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    Base.metadata.create_all(engine)
    posts, tags, seen = [], [], set()
    with open(data_path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            key = (p["platform"].lower(), str(p["post_id"]))
            if key in seen:
                continue
            seen.add(key)
            pid = len(posts) + 1
            t = p.get("hashtags")
            if t is None:
                t = TAG_RE.findall(p.get("text") or "")
            t = list(dict.fromkeys(x for x in (norm(x) for x in t) if x and len(x) <= 100))
            posts.append({"id": pid, "platform": key[0], "post_id": key[1], "creator_id": str(p.get("creator_id", "")),
                          "creator_name": p.get("creator_name"), "text": p.get("text"),
                          "likes": count(p.get("likes")) or 0, "comments": count(p.get("comments")) or 0,
                          "shares": count(p.get("shares")) or 0, "saves": count(p.get("saves")) or 0,
                          "views": count(p.get("views")), "created_at_ms": parse_time(p["created_at"]),
                          "region": p.get("region"), "url": p.get("url")})
            tags.extend({"post": pid, "tag": x} for x in t)
    with engine.begin() as conn:
        conn.execute(Post.__table__.insert(), posts)
        conn.execute(PostTag.__table__.insert(), tags)
    print(f"loaded {len(posts)} posts, {len(tags)} tag rows")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--port", type=int, default=8766)
    ap.add_argument("--load", help="fill --db from this NDJSON file and exit")
    args = ap.parse_args()
    if args.load:
        bulk_load(args.db, args.load)
    else:
        uvicorn.run(create_app(args.db), host="127.0.0.1", port=args.port, log_level="warning")
