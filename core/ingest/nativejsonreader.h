#pragma once

#include "core/ingest/reader.h"

/// Native JSON: an array of posts in SPEC section 1's field names, or `{"posts": [...]}`.
/// Streamed element by element (see JsonArrayStream); a reject's line is where its record starts.
class NativeJsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
