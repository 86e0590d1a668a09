#pragma once

#include "core/ingest/reader.h"

/// Native CSV: a header row naming SPEC section 1's fields (any order, unknown columns ignored,
/// `hashtags` as a comma- or space-separated list), UTF-8 with or without BOM, RFC 4180 quoting.
/// Streamed record by record; a reject's line is the physical line where the record starts.
class NativeCsvReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
