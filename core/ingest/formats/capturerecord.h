#pragma once

#include <array>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include "core/ingest/formats/jsonlite.h"
#include "core/ingest/nativepostmapper.h"
#include "core/ingest/recordsink.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// One record of a capture tool (Zeeschuimer, 4CAT, MediaCrawler, Apify, TikTok-Api) on its way to
/// a Post. A format's mapper only says where each field of SPEC section 1 sits in its source
/// (`set(Field, "data.createTime", value)`); the rules themselves (ids, counts with their raw
/// strings, times, relative dates, regions, hashtags) stay in NativePostMapper, so every format
/// obeys the same rules. A rejected record names the source's own path ("data.createTime:
/// required"), which is what the analyst can look up in the file.
class CaptureRecord
{
public:
    using Field = NativePostMapper::Field;

    /// Where `field` comes from and its value (absent and null are both "missing").
    void set(Field field, QLatin1StringView source, const QJsonValue &value);
    void set(Field field, QLatin1StringView source, const jsonlite::Value &value);
    void setText(Field field, QLatin1StringView source, const QString &value);
    /// A time in UTC milliseconds that the mapper already worked out (e.g. Zeeschuimer's `timestamp_collected`).
    void setEpochMs(Field field, QLatin1StringView source, qint64 ms);
    /// The source's structured tag list (joined with the tags found in the text by the mapper).
    void setTags(QLatin1StringView source, QStringList tags);
    /// Names the source path of a field that the record lacks, for the reject message.
    void setMissing(Field field, QLatin1StringView source);

    bool has(Field field) const { return !m_cells[field].isMissing(); }

    /// Capture time of this snapshot (Zeeschuimer `last_updated`, MediaCrawler `last_modify_ts`),
    /// carried on the Post so that storage can keep the newest counters (formats README §1, §7.6).
    void setCapturedAtMs(std::optional<qint64> ms) { m_capturedAtMs = ms; }

    /// Applies the rules of SPEC sections 1–2 through `mapper`.
    Result<Post> toPost(const NativePostMapper &mapper);

private:
    NativePostMapper::Cells m_cells;
    std::array<QLatin1StringView, NativePostMapper::FieldCount> m_sources{};
    std::optional<qint64> m_capturedAtMs;
};

/// Maps `record` through `mapper` and hands the post to `session`, or rejects it at `line` (and
/// `index` in an array) naming the source's field. Only the sink's error is returned.
Status acceptOrReject(CaptureRecord &record, const NativePostMapper &mapper, RecordSink &session, qint64 line,
                      qint64 index = -1);

/// Small path helpers over QJsonObject (and jsonlite, for the mappers written as templates).
namespace capturejson {

QJsonValue at(const QJsonObject &o, QLatin1StringView a);
QJsonValue at(const QJsonObject &o, QLatin1StringView a, QLatin1StringView b);
QJsonValue at(const QJsonObject &o, QLatin1StringView a, QLatin1StringView b, QLatin1StringView c);
/// The first of `values` that is present and not null (an absent value otherwise).
QJsonValue firstPresent(std::initializer_list<QJsonValue> values);
jsonlite::Value firstPresent(std::initializer_list<jsonlite::Value> values);
/// `key` of every object in `array` (optionally only those whose `typeKey` equals `typeValue`).
template <typename Value>
QStringList collect(const Value &array, QLatin1StringView key, QLatin1StringView typeKey = {},
                    const QJsonValue &typeValue = {})
{
    QStringList out;
    const auto items = array.toArray();
    for (const auto &item : items) {
        const auto o = item.toObject();
        if (!typeKey.isEmpty() && o.contains(typeKey) && o.value(typeKey) != typeValue)
            continue;
        const QString s = o.value(key).toString();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}
/// A JSON number or numeric string as an integer (epoch times of the wrappers); nullopt otherwise.
/// A number with a fraction is truncated; one outside 64 bits (or not a number) is no integer.
std::optional<qint64> integer(const QJsonValue &value);
std::optional<qint64> integer(const jsonlite::Value &value);

/// `d` truncated to an integer, or nullopt when that is outside 64 bits (or `d` is NaN): converting
/// such a double is undefined behaviour (fuzz_readers found 1.77e33 in a `last_modify_ts`).
std::optional<qint64> integerOfDouble(double d);

} // namespace capturejson
