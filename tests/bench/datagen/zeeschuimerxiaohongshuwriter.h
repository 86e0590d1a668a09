#pragma once

#include "tests/bench/datagen/postwriter.h"

/// Zeeschuimer NDJSON of Xiaohongshu post pages (`window.__INITIAL_STATE__.note.noteDetailMap[id]`,
/// formats README §2b (ii)): camelCase `note`, counters as strings, `time` in ms, `ipLocation`,
/// topics in `tagList` (empty when the post has its tags in the text only).
class ZeeschuimerXiaohongshuWriter final : public PostWriter
{
public:
    QString formatId() const override;
    void write(const GeneratedPost &post, qint64 index, QByteArray &out) override;
};
