#include "ui/runchange.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

QString describeRunChange(const RunResult *before, const RunResult &after, int maxItems)
{
    const int nAfter = after.trendCount();
    if (!before)
        return nAfter == 1 ? QCoreApplication::translate("RunChange", "First run: 1 trend")
                           : QCoreApplication::translate("RunChange", "First run: %1 trends").arg(nAfter);

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
            note(QCoreApplication::translate("RunChange", "#%1 new (%2)").arg(c.anchorDisplay(), c.urgency));
        else if (was->urgency != c.urgency)
            note(QCoreApplication::translate("RunChange", "#%1 now %2").arg(c.anchorDisplay(), c.urgency));
    }
    QList<const ClusterResult *> gone = old.values();
    std::sort(gone.begin(), gone.end(), [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    for (const ClusterResult *c : gone)
        note(QCoreApplication::translate("RunChange", "#%1 dropped").arg(c->anchorDisplay()));

    const int nBefore = before->trendCount();
    QString text = nBefore == nAfter
                       ? QCoreApplication::translate("RunChange", "%1 trends").arg(nAfter)
                       : QCoreApplication::translate("RunChange", "%1 trends → %2").arg(nBefore).arg(nAfter);
    if (!changes.isEmpty())
        text += u"; "_s + changes.join(u"; "_s);
    if (more > 0)
        text += u"; "_s + QCoreApplication::translate("RunChange", "%1 more").arg(more);
    if (changes.isEmpty() && nBefore == nAfter)
        text = QCoreApplication::translate("RunChange", "%1 trends, same tiles and urgencies").arg(nAfter);
    return text;
}
