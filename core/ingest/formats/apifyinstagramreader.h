#pragma once

#include "core/ingest/reader.h"

/// Dataset items of Apify's Instagram scrapers (`apify/instagram-scraper` posts,
/// `apify/instagram-hashtag-scraper` and `instagram-post-scraper` items): `shortCode`/`url`,
/// `ownerId`/`ownerUsername`, `caption`, `hashtags` (strings), `likesCount`, `commentsCount`,
/// `videoViewCount`/`videoPlayCount`, `timestamp` (ISO), `locationName`. Read from a JSON array, JSON
/// lines or a CSV export with flattened columns (`hashtags/0`), like the Apify TikTok reader.
class ApifyInstagramReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
