#pragma once

#include "tests/bench/datagen/postwriter.h"

/// MediaCrawler Douyin `contents` JSONL in the legacy schema (formats README §4): counters as
/// strings of integers, `create_time` in seconds, `last_modify_ts` in ms, no views and no tag list,
/// so every tag is written into `desc` as `#tag` (as Douyin captions carry them).
class MediaCrawlerDouyinWriter final : public PostWriter
{
public:
    QString formatId() const override;
    void write(const GeneratedPost &post, qint64 index, QByteArray &out) override;
};
