#include "core/ingest/formats/zeeschuimerline.h"

#include <QJsonDocument>

#include "core/ingest/fielderror.h"
#include "core/ingest/flatjsonrecord.h"
#include "core/ingest/formats/douyinitem.h"
#include "core/ingest/formats/instagramitem.h"
#include "core/ingest/formats/jsonspan.h"
#include "core/ingest/formats/tiktokitem.h"
#include "core/ingest/formats/xiaohongshuitem.h"
#include "core/ingest/formats/xitem.h"
#include "core/ingest/parallellines.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

/// A Zeeschuimer TikTok line with only the `data` members mapTikTokItem() reads, into `out`; false
/// for other lines (parsed whole). Halves what the parser checks for the most common export (the
/// item's music, video and author statistics are about half its bytes). A syntax error in a
/// dropped member goes unnoticed: the item's own fields are still checked by the parser.
/// `wrapper` and `data` receive the kept members (views into `line`), ready for mapping once
/// `out` is known to be valid JSON.
bool pruneTikTokLine(QByteArrayView line, QByteArray &out, jsonlite::Object &wrapper, jsonlite::Object &data)
{
    out.resize(0); // keeps the capacity for the next line
    out.append('{');
    wrapper.clear();
    data.clear();
    bool tiktok = false;
    bool sawData = false;
    bool firstKept = true;
    const auto keepItemMember = [&](QByteArrayView key, qsizetype memberStart, qsizetype valueStart) {
        const qsizetype end = jsonspan::valueEnd(line, valueStart);
        if (end < 0)
            return end;
        for (const QByteArrayView keep : kTikTokItemKeys) {
            if (key == keep) {
                const QByteArrayView member = line.sliced(memberStart, end - memberStart);
                if (!firstKept)
                    out.append(',');
                firstKept = false;
                out.append(member);
                data.append(key, member);
                break;
            }
        }
        return end;
    };
    const qsizetype outerEnd = jsonspan::walkMembers(line, 0, [&](QByteArrayView key, qsizetype memberStart, qsizetype valueStart) {
        if (key == "data") {
            // Walked once, keeping members on the way (not skipped first, then walked again).
            sawData = true;
            if (valueStart >= line.size() || line[valueStart] != '{')
                return qsizetype(-1); // not an object: read whole by the parser
            out.append(out.size() > 1 ? ",\"data\":{" : "\"data\":{");
            const qsizetype end = jsonspan::walkMembers(line, valueStart, keepItemMember);
            out.append('}');
            return end;
        }
        const qsizetype end = jsonspan::valueEnd(line, valueStart);
        if (end < 0)
            return end;
        const QByteArrayView member = line.sliced(memberStart, end - memberStart);
        if (key == "source_platform")
            tiktok = member.endsWith("\"tiktok.com\"");
        if (out.size() > 1)
            out.append(',');
        out.append(member);
        wrapper.append(key, member);
        return end;
    });
    out.append('}');
    return outerEnd >= 0 && tiktok && sawData;
}

/// First seen = `timestamp_collected` (kept when the row is updated); the snapshot's own time is
/// `last_updated`, missing before db schema v2 (README §1).
template <typename Object>
void mapCaptureTimes(const Object &meta, CaptureRecord &record)
{
    using F = NativePostMapper::Field;
    const std::optional<qint64> collected = integer(meta.value("timestamp_collected"_L1));
    const std::optional<qint64> updated = integer(meta.value("last_updated"_L1));
    if (collected)
        record.setEpochMs(F::FirstSeen, "timestamp_collected"_L1, *collected);
    record.setCapturedAtMs(updated ? updated : collected);
}

} // namespace

bool isZeeschuimerLine(const QJsonObject &line)
{
    return line.value("source_platform"_L1).isString() && line.value("data"_L1).isObject();
}

bool isFourCatLine(const QJsonObject &line)
{
    return line.value("__import_meta"_L1).isObject();
}

QString mapCaptureLine(const QJsonObject &line, CaptureRecord &record)
{
    const bool fourCat = isFourCatLine(line);
    // 4CAT's format_import_item: {**item["data"], "__import_meta": {every other key}} (README §1).
    const QJsonObject meta = fourCat ? line.value("__import_meta"_L1).toObject() : line;
    const QJsonObject data = fourCat ? line : line.value("data"_L1).toObject();
    const QString prefix = fourCat ? u"4cat-ndjson-"_s : u"zeeschuimer-"_s;

    mapCaptureTimes(meta, record);

    const QString source = meta.value("source_platform"_L1).toString();
    if (source == "tiktok.com"_L1) {
        mapTikTokItem(data, record);
        return prefix + u"tiktok"_s;
    }
    if (source == "xiaohongshu.com"_L1)
        return prefix + u"xiaohongshu-"_s + mapXiaohongshuItem(data, record);
    if (source == "douyin.com"_L1)
        return prefix + u"douyin-"_s + mapDouyinItem(data, record);
    if (source == "instagram.com"_L1) {
        mapInstagramItem(data, record);
        return prefix + u"instagram"_s;
    }
    if (source == "twitter.com"_L1 || source == "x.com"_L1) {
        mapXItem(data, record);
        return prefix + u"x"_s;
    }
    return {};
}

namespace {

/// Parses one capture line into `out`; one per worker thread (it keeps its buffer between lines).
class CaptureLineParser
{
public:
    explicit CaptureLineParser(NativePostMapper mapper) : m_mapper(std::move(mapper)) {}

    void operator()(QByteArrayView text, qint64 lineNumber, RecordSink &out)
    {
        if (text.trimmed().isEmpty())
            return;
        const bool tiktok = pruneTikTokLine(text, m_pruned, m_wrapper, m_data);
        if (tiktok && parseFlatJsonRecord(m_pruned, {}, {}).ok()) {
            // The common case, read without building a QJsonObject: a valid Zeeschuimer TikTok line.
            CaptureRecord record;
            mapCaptureTimes(m_wrapper, record);
            mapTikTokItem(m_data, record);
            out.countFormat(m_tiktokFormat);
            (void)acceptOrReject(record, m_mapper, out, lineNumber); // recorded; the sink's error comes at replay
            return;
        }
        const QByteArrayView json = tiktok ? QByteArrayView(m_pruned) : text;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
        if (!doc.isObject()) {
            out.countFormat(u"invalid"_s);
            out.reject(lineNumber, QString(),
                       doc.isNull() ? u"not valid JSON: "_s + parseError.errorString() : u"not a JSON object"_s);
            return;
        }
        const QJsonObject line = doc.object();
        CaptureRecord record;
        const QString format = isZeeschuimerLine(line) || isFourCatLine(line) ? mapCaptureLine(line, record) : QString();
        if (format.isEmpty()) {
            const QString platform = isFourCatLine(line) ? at(line, "__import_meta"_L1, "source_platform"_L1).toString()
                                                         : line.value("source_platform"_L1).toString();
            if (platform.endsWith(u"-comments"_s)) {
                // Zeeschuimer's `tiktok-comments` / `xiaohongshu-comments` modules: comments, not posts.
                const QJsonObject data = isFourCatLine(line) ? line : line.value("data"_L1).toObject();
                out.countComment(firstPresent({data.value("aweme_id"_L1), data.value("note_id"_L1)}).toString());
                return;
            }
            out.countFormat(u"unsupported"_s);
            out.reject(lineNumber, u"source_platform"_s,
                       platform.isEmpty() ? u"required (not a Zeeschuimer or 4CAT item)"_s
                                          : u"not a supported platform: "_s + platform);
            return;
        }
        out.countFormat(format);
        (void)acceptOrReject(record, m_mapper, out, lineNumber); // recorded; the sink's error comes at replay
    }

private:
    NativePostMapper m_mapper;
    QByteArray m_pruned;
    jsonlite::Object m_wrapper; ///< the pruned line's members, reused between lines
    jsonlite::Object m_data;
    const QString m_tiktokFormat = u"zeeschuimer-tiktok"_s;
};

} // namespace

Status readCaptureLines(QIODevice &device, ReadSession &session)
{
    const IngestOptions &options = session.options();
    const TimeParser &times = session.times();
    return readLinesInParallel(device, session, [&options, &times]() -> LineParser {
        return CaptureLineParser(NativePostMapper(options, times));
    });
}
