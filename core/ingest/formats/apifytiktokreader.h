#pragma once

#include "core/ingest/reader.h"

/// Dataset items of Apify's `clockworks/tiktok-scraper` (formats README §5), exported as a JSON
/// array, as JSON lines (nested or with dotted keys `authorMeta.name`), or as CSV with flattened
/// columns (`authorMeta/name`, `hashtags/0/name`; see unflattenKeys()). A field selection without
/// `id` takes it from `webVideoUrl`. Items of the comments scraper (`cid` + `videoWebUrl`/`awemeId`)
/// are counted as comments, not imported. Recognised by `authorMeta`, `webVideoUrl` or `cid`.
class ApifyTikTokReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
