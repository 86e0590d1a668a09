#include "core/ingest/formats/weibomblogjsonreader.h"

#include <QJsonArray>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/formats/weibomblog.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

/// The mblogs of one m.weibo.cn card: its `mblog`, or those of its `card_group`.
void appendCardMblogs(const QJsonObject &card, QList<QJsonObject> &out)
{
    if (card.value("mblog"_L1).isObject())
        out.append(card.value("mblog"_L1).toObject());
    const QJsonArray group = card.value("card_group"_L1).toArray();
    for (const QJsonValue &g : group)
        appendCardMblogs(g.toObject(), out);
}

/// The mblogs a record holds: itself, a card's, or the posts of an API page. `isContainer` tells
/// whether the record was a page or a card (then a page's posts have an index of their own, and
/// an empty one is not an error).
QList<QJsonObject> mblogsOf(const QJsonObject &record, bool &isPage, bool &isContainer)
{
    isPage = false;
    isContainer = true;
    QList<QJsonObject> out;
    if (isWeiboMblog(record)) {
        isContainer = false;
        out.append(record);
    } else if (record.contains("card_type"_L1) || record.value("mblog"_L1).isObject()) {
        appendCardMblogs(record, out);
    } else if (const QJsonObject data = record.value("data"_L1).toObject(); data.value("cards"_L1).isArray()) {
        isPage = true;
        const QJsonArray cards = data.value("cards"_L1).toArray();
        for (const QJsonValue &card : cards)
            appendCardMblogs(card.toObject(), out);
    } else if (data.value("list"_L1).isArray() || record.value("statuses"_L1).isArray()) {
        isPage = true;
        const QJsonArray list =
            data.value("list"_L1).isArray() ? data.value("list"_L1).toArray() : record.value("statuses"_L1).toArray();
        for (const QJsonValue &v : list)
            out.append(v.toObject());
    } else {
        isContainer = record.contains("ok"_L1); // an error or empty page: nothing to import
    }
    return out;
}

bool holdsMblog(const QJsonObject &record)
{
    bool isPage = false, isContainer = false;
    const QList<QJsonObject> mblogs = mblogsOf(record, isPage, isContainer);
    return !mblogs.isEmpty() && isWeiboMblog(mblogs.first());
}

} // namespace

QString WeiboMblogJsonReader::id() const
{
    return u"weibo-mblog-json"_s;
}

QStringList WeiboMblogJsonReader::extensions() const
{
    return {u"json"_s, u"jsonl"_s, u"ndjson"_s};
}

int WeiboMblogJsonReader::recognise(const SniffInput &input) const
{
    if (holdsMblog(input.firstJsonRecord()))
        return 85;
    // A page larger than the head cannot be parsed here: its keys still say what it is.
    const QByteArrayView text = sniff::body(input.head);
    if ((text.startsWith('{') || text.startsWith('[')) && text.contains("\"attitudes_count\"") &&
        text.contains("\"reposts_count\"") && text.contains("\"screen_name\"") && text.contains("\"created_at\""))
        return 70;
    return 0;
}

Status WeiboMblogJsonReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachJsonRecord(device, session, [&](const QJsonObject &record, const JsonRecordPlace &place) -> Status {
        bool isPage = false, isContainer = false;
        const QList<QJsonObject> mblogs = mblogsOf(record, isPage, isContainer);
        if (mblogs.isEmpty() && !isContainer) {
            session.reject(place.line, QString(), u"not a Weibo mblog, card or API page"_s, place.index);
            return Ok{};
        }
        for (qsizetype i = 0; i < mblogs.size(); ++i) {
            CaptureRecord post;
            mapWeiboMblog(mblogs[i], post);
            if (Status s = acceptOrReject(post, mapper, session, place.line, isPage ? i : place.index); !s.ok())
                return s;
        }
        return Ok{};
    });
}
