#include "core/ingest/mappedreader.h"

#include "core/ingest/columnmapper.h"
#include "core/ingest/csvrows.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/sniff.h"
#include "core/ingest/tablesample.h"

using namespace Qt::StringLiterals;

QString MappedReader::id() const
{
    return QString(kId);
}

QStringList MappedReader::extensions() const
{
    return {u"csv"_s, u"tsv"_s, u"txt"_s, u"json"_s, u"jsonl"_s, u"ndjson"_s};
}

int MappedReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty())
        return 0;
    if (text.startsWith('{') || text.startsWith('['))
        return input.firstJsonRecord().isEmpty() ? 0 : 1;
    // A table: a header of at least two named columns and a row with as many cells (prose with a
    // comma is not one).
    const Result<TableSample> sample = TableSample::fromHead(input.head, 5);
    if (!sample.ok() || sample.value().columns.size() < 2 || sample.value().rows.isEmpty())
        return 0;
    for (const QString &column : sample.value().columns) {
        if (column.isEmpty() || column.size() > 200)
            return 0;
    }
    return 1;
}

Status MappedReader::read(QIODevice &device, ReadSession &session) const
{
    const IngestOptions &options = session.options();
    const QByteArray head = device.peek(sniff::kHeadSize);
    Result<TableSample> sample = TableSample::fromHead(head, 200);
    if (!sample.ok())
        return Error{u"invalid_format"_s, session.displayName() + u": "_s + sample.error().message, {}};

    ColumnMapping mapping;
    if (options.mapping) {
        mapping = *options.mapping;
        session.setMapping(mapping.name.isEmpty() ? u"given"_s : mapping.name);
    } else if (std::optional<ColumnMapping> saved = options.findMapping ? options.findMapping(sample.value().columns)
                                                                        : std::nullopt) {
        mapping = std::move(*saved);
        session.setMapping(mapping.name);
    } else {
        return Error{u"needs_mapping"_s,
                     session.displayName()
                         + u": no known reader claims this file and no saved mapping has its columns; guess one with "
                           u"'glasstrend import --suggest-mapping FILE > map.yaml', check it, and import with "
                           u"'--mapping map.yaml' (the desktop app asks)"_s,
                     {}};
    }

    const bool json = sample.value().kind == TableSample::Kind::Json;
    IngestOptions resolved = options;
    if (resolved.platform.isEmpty())
        resolved.platform = mapping.platform;
    const NativePostMapper mapper(resolved, session.times());

    if (json) {
        Result<ColumnMapper> columns = ColumnMapper::forJson(mapping);
        if (!columns.ok())
            return Error{columns.error().code, session.displayName() + u": "_s + columns.error().message, {}};
        if (!columns.value().mapsPlatformOrUrl() && resolved.platform.isEmpty())
            return Error{u"needs_platform"_s,
                         session.displayName() + u": the file does not say its platform (no platform or URL field is "
                                                 u"mapped): give it with --platform P"_s,
                         {}};
        const ColumnMapper &bound = columns.value();
        return forEachJsonRecord(device, session, [&](const QJsonObject &record, const JsonRecordPlace &place) -> Status {
            Result<Post> post = bound.fromRecord(flattenRecord(record), mapper);
            if (!post.ok()) {
                session.reject(place.line, post.error(), place.index);
                return Ok{};
            }
            return session.accept(std::move(post).value());
        });
    }

    std::optional<ColumnMapper> bound;
    return readCsvRows(
        device, session,
        [&](const QStringList &header) -> Status {
            Result<ColumnMapper> columns = ColumnMapper::forColumns(mapping, header);
            if (!columns.ok())
                return columns.error();
            bound = std::move(columns).value();
            if (!bound->mapsPlatformOrUrl() && resolved.platform.isEmpty())
                return Error{u"needs_platform"_s,
                             u"the file does not say its platform (no platform or URL column is mapped): give it "
                             u"with --platform P"_s,
                             {}};
            return Ok{};
        },
        [&](QStringList &row) { return bound->fromRow(row, mapper); });
}
