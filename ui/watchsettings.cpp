#include "ui/watchsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace watchsettings {

QString toValue(const WatchList &watch)
{
    const QJsonObject object{{u"tags"_s, QJsonArray::fromStringList(watch.tags)}, {u"on_act_now"_s, watch.onActNow}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

WatchList fromValue(const QString &json, const WatchList &defaults)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return defaults;
    const QJsonObject object = document.object();
    WatchList watch;
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        watch.tags.append(tag.toString());
    watch.tags = parseTags(watch.tags.join(u'\n'));
    watch.onActNow = object.value(u"on_act_now"_s).toBool(defaults.onActNow);
    return watch;
}

QStringList parseTags(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,，]+"_s);
    QStringList tags;
    for (QString tag : text.split(separators, Qt::SkipEmptyParts)) {
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        tag = tag.toLower();
        if (!tag.isEmpty() && tag != u"*"_s && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace watchsettings
