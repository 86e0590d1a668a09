#include "core/service/alertevaluator.h"

#include "core/model/runresult.h"

using namespace Qt::StringLiterals;

namespace {

QString normalizedWatch(QString pattern)
{
    pattern = pattern.trimmed();
    if (pattern.startsWith(u'#'))
        pattern.remove(0, 1);
    return pattern.toCaseFolded();
}

} // namespace

bool watchMatches(const QString &pattern, const QString &tag)
{
    const QString p = normalizedWatch(pattern);
    const QString t = tag.toCaseFolded();
    if (p.endsWith(u'*'))
        return p.size() > 1 && t.startsWith(QStringView(p).chopped(1));
    return !p.isEmpty() && t == p;
}

QList<Alert> evaluateAlerts(const RunResult &run, const WatchList &watch)
{
    QList<Alert> alerts;
    for (const ClusterResult &c : run.clusters) {
        if (!c.isTrend)
            continue;
        Alert base;
        base.trendId = c.trendId;
        base.runId = run.runId;
        base.asOfMs = run.asOfMs;
        base.title = c.title;
        base.urgency = c.urgency;
        base.growth = c.growth;
        QStringList matched;
        for (const QString &tag : c.hashtags)
            for (const QString &pattern : watch.tags)
                if (watchMatches(pattern, tag) && !matched.contains(tag))
                    matched.append(tag);
        if (!matched.isEmpty()) {
            Alert a = base;
            a.reason = u"watched_tag"_s;
            a.watched = matched;
            alerts.append(a);
        }
        if (watch.onActNow && c.urgency == u"act_now"_s) {
            Alert a = base;
            a.reason = u"act_now"_s;
            alerts.append(a);
        }
    }
    return alerts;
}
