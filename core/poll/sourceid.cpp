#include "core/poll/sourceid.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace poll {

QString sourceId(const PollSource &source)
{
    if (source.kind == u"folder"_s)
        return u"folder:"_s + QDir::cleanPath(QFileInfo(source.path).absoluteFilePath());
    return source.kind + u':' + source.url;
}

QString sourceLabel(const PollSource &source)
{
    return source.kind == u"folder"_s ? source.path : source.url;
}

} // namespace poll
