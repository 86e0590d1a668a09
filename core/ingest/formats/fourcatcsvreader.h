#pragma once

#include "core/ingest/reader.h"

/// 4CAT "Download CSV" exports of the TikTok, Xiaohongshu, Douyin, Instagram and X datasources, and
/// 4CAT's minimal custom CSV (formats README §3), told apart by their header columns.
class FourCatCsvReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
