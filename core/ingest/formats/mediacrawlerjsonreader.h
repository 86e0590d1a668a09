#pragma once

#include "core/ingest/reader.h"

/// MediaCrawler `contents` and `comments` files in its `jsonl` (default) and `json` (one array) modes,
/// for Xiaohongshu, Douyin, Weibo, Bilibili, Kuaishou, Tieba and Zhihu, legacy or `creator_hash`
/// schema (formats README §4); comments are counted, not imported (mediaCrawlerShape()).
class MediaCrawlerJsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
