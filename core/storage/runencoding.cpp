#include "core/storage/runencoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/model/runjson.h"

using namespace Qt::StringLiterals;

namespace runencoding {

namespace {

Result<QJsonObject> parseObject(const QByteArray &utf8, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"storage"_s, u"stored %1 is not a JSON object: %2"_s.arg(what, error.errorString()), {}};
    return document.object();
}

} // namespace

Result<ClusterResult> clusterFrom(const QByteArray &stored, bool compressed)
{
    auto object = parseObject(compressed ? qUncompress(stored) : stored, u"cluster"_s);
    if (!object)
        return object.error();
    return runjson::clusterFromJson(object.value());
}

QString paramsJson(const RunResult &run)
{
    return QString::fromUtf8(QJsonDocument(runjson::toJson(run.params)).toJson(QJsonDocument::Compact));
}

QString baselineJson(const RunResult &run)
{
    return QString::fromUtf8(
        QJsonDocument(runjson::baselineWindowsJson(run.baselineWindows)).toJson(QJsonDocument::Compact));
}

Status readParams(RunResult &run, const QString &params, const QString &baseline)
{
    auto paramsObject = parseObject(params.toUtf8(), u"parameters"_s);
    if (!paramsObject)
        return paramsObject.error();
    auto parsed = runjson::paramsFromJson(paramsObject.value());
    if (!parsed)
        return parsed.error();
    run.params = parsed.value();
    if (!baseline.isNull()) {
        const QJsonDocument document = QJsonDocument::fromJson(baseline.toUtf8());
        auto windows = runjson::baselineWindowsFromJson(document.array());
        if (!windows)
            return windows.error();
        run.baselineWindows = windows.value();
    }
    return Ok{};
}

QString platformList(const QStringList &platforms)
{
    return u","_s % platforms.join(u',') % u","_s;
}

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s % escaped % u"%"_s;
}

} // namespace runencoding
