#pragma once

#include "core/ingest/reader.h"

/// Twitter/X API v2 as twarc2 writes it (DocNow/twarc): one response page per line
/// (`{"data": [tweets], "includes": {"users", "places", …}, "meta", "__twarc"}`), or one tweet per
/// line as `twarc2 flatten` writes it (the author expanded into `author`). Ids are strings;
/// author from `includes.users` / `author`, hashtags from `entities.hashtags[].tag`, counts from
/// `public_metrics` (shares = retweets + quotes, views = `impression_count` where X reports it),
/// `created_at` ISO. Only `data` tweets are posts: `includes.tweets` are the tweets they quote,
/// retweet or reply to, not results of the collection.
class TwarcReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
