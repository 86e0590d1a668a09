#pragma once

#include "tests/bench/datagen/postwriter.h"

/// SPEC section 1's own format: one JSON object per line with the normalized field names.
/// Unknown views are omitted or written as null; `hashtags` is omitted for text-only posts.
class NativeNdjsonWriter final : public PostWriter
{
public:
    QString formatId() const override;
    void write(const GeneratedPost &post, qint64 index, QByteArray &out) override;
};
