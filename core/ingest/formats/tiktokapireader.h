#pragma once

#include "core/ingest/reader.h"

/// TikTok-Api `video.as_dict` dumps (formats README §5): the raw itemStruct at the top level
/// (`id`, `desc`, `createTime`, `author`, `stats` or string-valued `statsV2`), one object, an array
/// of them, or one per line.
class TikTokApiReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
