#pragma once

#include "core/ingest/reader.h"

/// Any CSV/TSV, JSON array or JSON Lines file of posts that no known reader claims, read through a
/// ColumnMapping (SPEC section 2): the one given (IngestOptions::mapping: --mapping, the mapping
/// dialog) or a saved one whose columns are the file's (IngestOptions::findMapping). Without one it
/// fails with code "needs_mapping"; when neither a column, a URL nor IngestOptions::platform can
/// say the platform, with "needs_platform". Streamed like the native readers (one record in
/// memory); rejects name the line, the field and the reason.
class MappedReader final : public Reader
{
public:
    /// "mapped": ImportReport::mapping names the mapping.
    QString id() const override;
    QStringList extensions() const override;
    /// 1 for anything that looks like a CSV with a header or JSON records: every other reader wins.
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;

    static constexpr QLatin1StringView kId{"mapped"};
};
