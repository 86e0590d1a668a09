#pragma once

#include "core/ingest/reader.h"

/// Native NDJSON: one post per line in SPEC section 1's field names. Read line by line, memory
/// flat; a bad line is rejected with its number and the next line is read.
class NativeNdjsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
