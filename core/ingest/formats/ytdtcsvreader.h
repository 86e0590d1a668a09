#pragma once

#include "core/ingest/reader.h"

/// YouTube Data Tools "Video List" CSV files, which 4CAT's CSV importer also accepts (formats
/// README §2g): `videoId`, `channelId`, `channelTitle`, `publishedAt` (ISO …Z), `videoTitle`,
/// `videoDescription`, `tags`, `viewCount`, `likeCount`, `commentCount`.
class YtdtCsvReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
