#include "ui/runchange.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString describeRunChange(const RunResult *before, const RunResult &after, int maxItems)
{
    const int nAfter = after.trendCount();
    if (!before)
        return u"First run: "_s + QString::number(nAfter) + (nAfter == 1 ? u" trend"_s : u" trends"_s);

    QHash<QString, const ClusterResult *> old;
    for (const ClusterResult &c : before->clusters) {
        if (c.isTrend)
            old.insert(c.trendId, &c);
    }
    QStringList changes;
    int more = 0;
    const auto note = [&](QString text) {
        if (changes.size() < maxItems)
            changes.append(std::move(text));
        else
            ++more;
    };
    // Rank order: the most important changes are named first.
    for (const ClusterResult &c : after.clusters) {
        if (!c.isTrend)
            continue;
        const ClusterResult *was = old.take(c.trendId);
        if (!was)
            note(u"#"_s + c.anchorDisplay() + u" new ("_s + c.urgency + u')');
        else if (was->urgency != c.urgency)
            note(u"#"_s + c.anchorDisplay() + u" now "_s + c.urgency);
    }
    QList<const ClusterResult *> gone = old.values();
    std::sort(gone.begin(), gone.end(), [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    for (const ClusterResult *c : gone)
        note(u"#"_s + c->anchorDisplay() + u" dropped"_s);

    const int nBefore = before->trendCount();
    QString text = nBefore == nAfter ? QString(QString::number(nAfter) + u" trends"_s)
                                     : QString(QString::number(nBefore) + u" trends → "_s + QString::number(nAfter));
    if (!changes.isEmpty())
        text += u"; "_s + changes.join(u"; "_s);
    if (more > 0)
        text += u"; "_s + QString::number(more) + u" more"_s;
    if (changes.isEmpty() && nBefore == nAfter)
        text = QString::number(nAfter) + u" trends, same tiles and urgencies"_s;
    return text;
}
