#pragma once

#include "core/ingest/reader.h"

/// MediaCrawler `contents` files in its `jsonl` (default) and `json` (one array) modes, for
/// Xiaohongshu, Douyin and Weibo, legacy or `creator_hash` schema (formats README §4).
class MediaCrawlerJsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
