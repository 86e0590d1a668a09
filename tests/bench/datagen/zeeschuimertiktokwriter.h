#pragma once

#include "tests/bench/datagen/postwriter.h"

/// Zeeschuimer NDJSON of TikTok items (formats README §1, §2a), each line about the size of a real
/// capture (author, stats and statsV2, music, video), so import benchmarks measure real work.
/// Tags go to `textExtra` and `challenges` unless the post has them in its text only (then both are
/// empty, as TikTok does for plain-text tags).
class ZeeschuimerTikTokWriter final : public PostWriter
{
public:
    QString formatId() const override;
    void write(const GeneratedPost &post, qint64 index, QByteArray &out) override;
};
