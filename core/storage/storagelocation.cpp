#include "core/storage/storagelocation.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace storagelocation {

bool isPostgresUri(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

namespace {

/// The passwords a URI carries: in its user info and in a `password=` query parameter.
QStringList passwords(const QString &uri)
{
    QStringList found;
    const QString trimmed = uri.trimmed();
    const qsizetype scheme = trimmed.indexOf(u"://"_s);
    if (scheme < 0)
        return found;
    const qsizetype start = scheme + 3;
    qsizetype end = trimmed.indexOf(u'/', start);
    const qsizetype query = trimmed.indexOf(u'?', start);
    if (end < 0 || (query >= 0 && query < end))
        end = query;
    const QString authority = trimmed.mid(start, end < 0 ? -1 : end - start);
    // libpq: the user info ends at the last '@' of the authority.
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at > 0) {
        const QString userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        if (colon >= 0 && colon + 1 < userInfo.size())
            found.append(userInfo.mid(colon + 1));
    }
    if (query >= 0) {
        for (const QString &pair : trimmed.mid(query + 1).split(u'&')) {
            if (pair.startsWith(u"password="_s, Qt::CaseInsensitive) && pair.size() > 9)
                found.append(pair.mid(9));
        }
    }
    // The decoded forms too: libpq and messages may show either.
    const QStringList raw = found;
    for (const QString &p : raw) {
        const QString decoded = QUrl::fromPercentEncoding(p.toUtf8());
        if (decoded != p)
            found.append(decoded);
    }
    return found;
}

} // namespace

QString scrubbed(const QString &text, const QString &uri)
{
    QString out = text;
    for (const QString &password : passwords(uri))
        out.replace(password, u"***"_s);
    return out;
}

QString redacted(const QString &location)
{
    if (!isPostgresUri(location))
        return location;
    return scrubbed(location.trimmed(), location);
}

QString withoutPassword(const QString &location)
{
    if (!isPostgresUri(location))
        return location;
    QString uri = location.trimmed();
    const qsizetype start = uri.indexOf(u"://"_s) + 3;
    qsizetype query = uri.indexOf(u'?', start);
    qsizetype end = uri.indexOf(u'/', start);
    if (end < 0 || (query >= 0 && query < end))
        end = query;
    const qsizetype at = uri.left(end < 0 ? uri.size() : end).lastIndexOf(u'@');
    if (at > start) {
        const qsizetype colon = uri.indexOf(u':', start);
        if (colon >= 0 && colon < at) {
            uri.remove(colon, at - colon);
            query = uri.indexOf(u'?', start);
        }
    }
    if (query < 0)
        return uri;
    QStringList kept;
    for (const QString &pair : uri.mid(query + 1).split(u'&', Qt::SkipEmptyParts)) {
        if (!pair.startsWith(u"password="_s, Qt::CaseInsensitive))
            kept.append(pair);
    }
    return uri.left(query) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'));
}

QString displayName(const QString &location)
{
    if (!isPostgresUri(location))
        return location;
    const QUrl url(withoutPassword(location));
    const QUrlQuery query(url);
    QString host = url.host();
    if (host.isEmpty())
        host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (host.isEmpty())
        host = u"localhost"_s;
    if (url.port() > 0)
        host += u':' + QString::number(url.port());
    QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty())
        database = query.queryItemValue(u"dbname"_s, QUrl::FullyDecoded);
    return database.isEmpty() ? host : host + u'/' + database;
}

} // namespace storagelocation
