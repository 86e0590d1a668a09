#include "core/ingest/spreadsheetid.h"

#include "core/ingest/fielderror.h"
#include "core/ingest/posturl.h"

using namespace Qt::StringLiterals;

namespace spreadsheetid {

bool isScientific(QStringView id)
{
    id = id.trimmed();
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < id.size() && id[i] >= u'0' && id[i] <= u'9')
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < id.size() && (id[i] == u'.' || id[i] == u',')) {
        ++i;
        if (!digits())
            return false;
    }
    if (i >= id.size() || (id[i] != u'E' && id[i] != u'e'))
        return false;
    ++i;
    if (i < id.size() && id[i] == u'+')
        ++i;
    return digits() && i == id.size();
}

Result<QString> repair(const QString &id, QStringView url)
{
    if (!isScientific(id))
        return id;
    // The digits the spreadsheet kept ("7.2687E+18" → "72687") must lead the whole id.
    QString kept;
    for (const QChar c : QStringView(id).trimmed()) {
        if (c == u'E' || c == u'e')
            break;
        if (c.isDigit())
            kept.append(c);
    }
    while (kept.size() > 1 && kept.endsWith(u'0'))
        kept.chop(1);
    if (!url.trimmed().isEmpty()) {
        const QString whole = PostUrl::parse(url).postId;
        if (!whole.isEmpty() && whole.startsWith(kept))
            return whole;
    }
    return fieldError("post_id"_L1, u"\""_s + id.trimmed()
                                       + u"\" was rewritten by a spreadsheet in scientific notation and has lost its "
                                         u"last digits; no other column (a post URL) holds the id whole, so the row "
                                         u"is not stored (two posts would share one id)"_s);
}

} // namespace spreadsheetid
