#include "core/model/alertjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace alertjson {

namespace {

QJsonObject fieldsOf(const Alert &alert)
{
    QJsonObject o{
        {u"trend_id"_s, alert.trendId},    {u"title"_s, alert.title},
        {u"urgency"_s, alert.urgency},     {u"growth"_s, alert.growth ? QJsonValue(*alert.growth) : QJsonValue()},
        {u"reason"_s, alert.reason},       {u"run_id"_s, alert.runId},
        {u"as_of"_s, isoUtc(alert.asOfMs)}};
    if (!alert.watched.isEmpty())
        o.insert(u"watched"_s, QJsonArray::fromStringList(alert.watched));
    return o;
}

} // namespace

QByteArray webhookBody(const Alert &alert, const QString &baseUrl)
{
    QJsonObject o = fieldsOf(alert);
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    o.insert(u"url"_s,
             QString(base + u"/api/v1/trends/"_s + QString::fromLatin1(QUrl::toPercentEncoding(alert.trendId))));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const AlertRecord &record)
{
    QJsonObject o = fieldsOf(record.alert);
    o.insert(u"id"_s, record.id);
    o.insert(u"created_at"_s, isoUtc(record.createdAtMs));
    o.insert(u"delivered"_s, record.delivered);
    o.insert(u"attempts"_s, record.attempts);
    return o;
}

} // namespace alertjson
