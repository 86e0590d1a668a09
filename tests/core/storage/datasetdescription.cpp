#include "tests/core/storage/datasetdescription.h"

using namespace Qt::StringLiterals;

namespace postgen {

QStringList describe(const Dataset &d)
{
    QStringList out;
    out << u"platforms=%1"_s.arg(d.platforms.join(u','));
    out << u"creators=%1"_s.arg(d.creators.join(u','));
    out << u"names=%1"_s.arg(d.creatorNames.join(u','));
    out << u"regions=%1"_s.arg(d.regions.join(u','));
    out << u"tags=%1"_s.arg(d.tags.join(u','));
    out << u"newest=%1"_s.arg(d.newestCreatedAtMs);
    for (std::size_t i = 0; i < d.posts.size(); ++i) {
        const DatasetPost &p = d.posts[i];
        QStringList tags;
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
            tags << QString::number(d.postTags[t]);
        out << u"%1 %2 t=%3 l=%4 c=%5 s=%6 sv=%7 v=%8 p=%9 cr=%10 r=%11 tags=%12 a=%13"_s.arg(d.postIds.at(qsizetype(i)))
                   .arg(p.createdAtMs)
                   .arg(p.createdAtMs)
                   .arg(p.likes)
                   .arg(p.comments)
                   .arg(p.shares)
                   .arg(p.saves)
                   .arg(p.views)
                   .arg(p.platform)
                   .arg(p.creator)
                   .arg(p.region)
                   .arg(tags.join(u','))
                   .arg(p.approximateTime);
    }
    return out;
}

} // namespace postgen
