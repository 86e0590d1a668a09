#pragma once

#include "core/ingest/reader.h"

/// MediaCrawler `contents` and `comments` files in its `csv` mode (`utf-8-sig`, so with a BOM), for
/// Xiaohongshu, Douyin, Weibo, Bilibili, Kuaishou, Tieba and Zhihu, legacy or `creator_hash` schema
/// (formats README §4); comments are counted, not imported (mediaCrawlerShape()). Recognised by the header.
class MediaCrawlerCsvReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
