#include "core/ingest/columnmapper.h"

#include "core/ingest/posturl.h"
#include "core/ingest/tablesample.h"

using namespace Qt::StringLiterals;

namespace {

using Cell = NativePostMapper::Cell;
using F = NativePostMapper::Field;

void setText(Cell &cell, QString text)
{
    if (text.trimmed().isEmpty()) {
        cell.kind = Cell::Kind::Null;
        return;
    }
    cell.kind = Cell::Kind::String;
    cell.text = std::move(text);
}

/// A value for a field fed by several columns: hashtags collect them all, the others take the first.
void addValue(Cell &cell, F field, Cell value)
{
    if (value.isMissing())
        return;
    if (field != F::Hashtags) {
        if (cell.isMissing())
            cell = std::move(value);
        return;
    }
    if (cell.isMissing()) {
        cell = std::move(value);
        return;
    }
    if (cell.kind == Cell::Kind::String) {
        const QString first = std::move(cell.text);
        cell = Cell{};
        cell.kind = Cell::Kind::Array;
        cell.typeName = "an array"_L1;
        cell.strings.append(first);
    }
    if (cell.kind != Cell::Kind::Array)
        return;
    if (value.kind == Cell::Kind::String)
        cell.strings.append(value.text);
    else if (value.kind == Cell::Kind::Array)
        cell.strings.append(value.strings);
}

} // namespace

bool ColumnMapper::matches(QStringView source, const QString &path)
{
    if (source.compare(path, Qt::CaseInsensitive) == 0)
        return true;
    return source.contains(u'*') && source.compare(columnPattern(path), Qt::CaseInsensitive) == 0;
}

Result<std::array<QString, NativePostMapper::FieldCount>> ColumnMapper::sourcesOf(const ColumnMapping &mapping)
{
    std::array<QString, NativePostMapper::FieldCount> sources;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
        const F field = NativePostMapper::fieldNamed(it.key());
        if (field == F::FieldCount) {
            QStringList names;
            for (const QLatin1StringView n : NativePostMapper::kFieldNames)
                names.append(QString(n));
            return Error{u"invalid_mapping"_s,
                         u"mapping: \"%1\" is not a field (fields: %2)"_s.arg(it.key(), names.join(u", "_s)), {}};
        }
        sources[field] = it.value().trimmed();
    }
    return sources;
}

Result<ColumnMapper> ColumnMapper::forColumns(const ColumnMapping &mapping, const QStringList &columns)
{
    auto sources = sourcesOf(mapping);
    if (!sources.ok())
        return sources.error();
    ColumnMapper mapper;
    mapper.m_sources = std::move(sources).value();
    for (int f = 0; f < F::FieldCount; ++f) {
        const QString &source = mapper.m_sources[f];
        if (source.isEmpty())
            continue;
        for (int c = 0; c < columns.size(); ++c) {
            if (matches(source, columns[c].trimmed()))
                mapper.m_columns[f].append(c);
        }
        if (mapper.m_columns[f].isEmpty())
            return Error{u"invalid_mapping"_s,
                         u"mapping: %1: the file has no column \"%2\""_s.arg(NativePostMapper::kFieldNames[f], source),
                         {}};
    }
    return mapper;
}

Result<ColumnMapper> ColumnMapper::forJson(const ColumnMapping &mapping)
{
    auto sources = sourcesOf(mapping);
    if (!sources.ok())
        return sources.error();
    ColumnMapper mapper;
    mapper.m_sources = std::move(sources).value();
    return mapper;
}

bool ColumnMapper::mapsPlatformOrUrl() const
{
    return !m_sources[F::Platform].isEmpty() || !m_sources[F::Url].isEmpty();
}

void ColumnMapper::finish(NativePostMapper::Cells &cells) const
{
    if (cells[F::CreatorId].isMissing() && cells[F::CreatorName].kind == Cell::Kind::String)
        cells[F::CreatorId] = cells[F::CreatorName];
    if (cells[F::PostId].isMissing() && cells[F::Url].kind == Cell::Kind::String)
        setText(cells[F::PostId], PostUrl::parse(cells[F::Url].text).postId);
}

Result<Post> ColumnMapper::fromRow(QStringList &row, const NativePostMapper &mapper) const
{
    NativePostMapper::Cells cells;
    for (int f = 0; f < F::FieldCount; ++f) {
        for (const int c : m_columns[f]) {
            if (c >= row.size())
                continue;
            Cell cell;
            setText(cell, row[c]);
            addValue(cells[f], F(f), std::move(cell));
        }
    }
    finish(cells);
    return mapper.fromCells(cells);
}

Result<Post> ColumnMapper::fromRecord(const FlatRecord &record, const NativePostMapper &mapper) const
{
    NativePostMapper::Cells cells;
    for (const auto &[path, value] : record) {
        for (int f = 0; f < F::FieldCount; ++f) {
            if (!m_sources[f].isEmpty() && matches(m_sources[f], path))
                addValue(cells[f], F(f), NativePostMapper::cellFromJson(value));
        }
    }
    finish(cells);
    return mapper.fromCells(cells);
}
