#pragma once

#include <array>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/ingest/flatrecord.h"
#include "core/ingest/nativepostmapper.h"
#include "core/model/columnmapping.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// A ColumnMapping bound to a file: fills the cells of NativePostMapper from a CSV row or a
/// flattened JSON record, so that a mapped file obeys exactly the rules of the native formats.
/// Two rules of its own: a record without a creator id uses its creator name (custom scrapers
/// often keep only the screen name), and a record without a post id takes it from its URL
/// (PostUrl) — as its platform when no column says it (NativePostMapper).
class ColumnMapper
{
public:
    /// Binds `mapping` to a CSV header. Fails naming the field when the mapping names a field that
    /// SPEC section 1 does not have, or a column the header lacks.
    static Result<ColumnMapper> forColumns(const ColumnMapping &mapping, const QStringList &columns);
    /// The same for JSON records, whose key paths are matched per record.
    static Result<ColumnMapper> forJson(const ColumnMapping &mapping);

    Result<Post> fromRow(QStringList &row, const NativePostMapper &mapper) const;
    Result<Post> fromRecord(const FlatRecord &record, const NativePostMapper &mapper) const;

    /// Whether a record can say its platform (a platform or url field is mapped).
    bool mapsPlatformOrUrl() const;

    /// True when `path` (a column or key path) is what `source` names: equal ignoring case, or equal
    /// once array indexes in `path` stand for the `*` of `source`.
    static bool matches(QStringView source, const QString &path);

private:
    using Field = NativePostMapper::Field;
    static Result<std::array<QString, NativePostMapper::FieldCount>> sourcesOf(const ColumnMapping &mapping);
    void finish(NativePostMapper::Cells &cells) const;

    std::array<QString, NativePostMapper::FieldCount> m_sources;
    std::array<QList<int>, NativePostMapper::FieldCount> m_columns; ///< CSV: the columns of each field
};
