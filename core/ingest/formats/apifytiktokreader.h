#pragma once

#include "core/ingest/reader.h"

/// Dataset items of Apify's `clockworks/tiktok-scraper` (formats README §5), exported as a JSON
/// array or as JSON lines. Recognised by `authorMeta` or `webVideoUrl`.
class ApifyTikTokReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
