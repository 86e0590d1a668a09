#pragma once

#include "core/ingest/reader.h"

/// Zeeschuimer NDJSON exports (formats README §1–2): one captured item per line, the platform's
/// item under `data`, for TikTok, Xiaohongshu (all shapes), Douyin, Instagram and X. Recognised by
/// `source_platform` + `data` on the first line; lines in 4CAT's wrapper are read too.
class ZeeschuimerReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
