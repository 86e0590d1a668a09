#include "core/ingest/formats/bazhuayuweibocsvreader.h"

#include <QCryptographicHash>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/csvrecords.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

using F = NativePostMapper::Field;

constexpr int kBeijingOffsetSeconds = 8 * 3600; // Weibo shows China Standard Time, which has no DST

/// A stable id for a row of an export that has none: the same author, time text and text give the
/// same id in every file, so re-importing or overlapping exports do not duplicate posts.
QString derivedPostId(const QString &author, const QString &when, const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(author.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(when.trimmed().toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(text.toUtf8());
    return u"bzy-"_s + QString::fromLatin1(hash.result().toHex().left(20));
}

/// The column that names the author (CaptureRecord's source names are Latin-1, so the rejects
/// that need it are written by the reader).
const QString kAuthorColumn = u"标题"_s;

/// Maps a row whose author and time cells are present; `from1` is parsed by the mapper, which
/// names what is wrong with it.
void mapBazhuayuRow(const QJsonObject &row, const QString &author, CaptureRecord &record)
{
    const QString when = row.value("from1"_L1).toString();
    const QString text = row.value("txt"_L1).toString();
    record.setText(F::Platform, "platform"_L1, u"weibo"_s);
    record.setText(F::PostId, {}, derivedPostId(author, when, text));
    // 4CAT maps `标题` to `author`: the screen name is all the export says about the creator.
    record.setText(F::CreatorId, {}, author);
    record.setText(F::CreatorName, {}, author);
    // `#话题#` pairs in the text: the mapper reads Weibo text with the paired syntax.
    record.setText(F::Text, "txt"_L1, text);
    record.set(F::CreatedAt, "from1"_L1, row.value("from1"_L1));
}

} // namespace

QString BazhuayuWeiboCsvReader::id() const
{
    return u"bazhuayu-weibo-csv"_s;
}

QStringList BazhuayuWeiboCsvReader::extensions() const
{
    return {u"csv"_s};
}

int BazhuayuWeiboCsvReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty() || text.startsWith('{') || text.startsWith('['))
        return 0;
    const QStringList header = input.csvHeader();
    return header.contains("from1"_L1) && (header.contains("txt"_L1) || header.contains(u"标题"_s)) ? 85 : 0;
}

Status BazhuayuWeiboCsvReader::read(QIODevice &device, ReadSession &session) const
{
    // `from1` is Beijing time whatever `ingest.naive_timezone` says; the capture time still anchors
    // the year that the export leaves out.
    const NativePostMapper mapper(session.options(),
                                  TimeParser(QTimeZone(kBeijingOffsetSeconds), session.times().captureMs()));
    return forEachCsvRecord(device, session, [&](const QJsonObject &row, qint64 line) -> Status {
        const QString author = row.value(kAuthorColumn).toString().trimmed();
        if (author.isEmpty()) {
            session.reject(line, kAuthorColumn, u"required"_s);
            return Ok{};
        }
        if (row.value("from1"_L1).toString().trimmed().isEmpty()) {
            session.reject(line, u"from1"_s, u"required"_s);
            return Ok{};
        }
        CaptureRecord record;
        mapBazhuayuRow(row, author, record);
        return acceptOrReject(record, mapper, session, line);
    });
}
