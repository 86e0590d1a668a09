#include "tests/bench/datagen/capturewriterutil.h"

using namespace Qt::StringLiterals;

namespace capturewriter {

QString bareTag(const QString &tag)
{
    QString s = tag;
    while (s.startsWith(u'#') || s.startsWith(u'＃'))
        s.remove(0, 1);
    if (s.endsWith(u"[话题]"_s))
        s.chop(4);
    return s;
}

} // namespace capturewriter
