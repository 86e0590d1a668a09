#include "tests/bench/truthcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace truthcheck {

namespace {

QSet<QString> tagSet(const QJsonObject &item)
{
    QSet<QString> tags;
    for (const QJsonValue &v : item[u"tags"_s].toArray())
        tags.insert(v.toString());
    return tags;
}

bool touches(const ClusterResult &cluster, const QSet<QString> &tags)
{
    for (const QString &tag : cluster.hashtags) {
        if (tags.contains(tag))
            return true;
    }
    return false;
}

QString describe(const ClusterResult &c)
{
    QStringList baseline;
    for (const int n : c.baselineCounts)
        baseline.append(QString::number(n));
    return u"#%1 (%2 posts, baseline [%8], %3 creators, %4 regions, %5 platforms, growth %6, significance %7)"_s
        .arg(c.anchor)
        .arg(c.posts)
        .arg(c.uniqueCreators)
        .arg(c.regions.size())
        .arg(c.platforms.size())
        .arg(c.growth.value_or(qQNaN()), 0, 'f', 2)
        .arg(c.significance.value_or(qQNaN()), 0, 'f', 1)
        .arg(baseline.join(u", "_s));
}

} // namespace

Result<QJsonObject> loadTruth(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, path + u": "_s + file.errorString(), {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error{u"invalid_value"_s, path + u": not a truth file: "_s + error.errorString(), {}};
    return doc.object();
}

Verdict check(const RunResult &run, const QJsonObject &truth)
{
    Verdict verdict;
    const auto fail = [&verdict](const QString &why) {
        verdict.passed = false;
        verdict.failures.append(why);
    };
    QList<const ClusterResult *> tiles;
    for (const ClusterResult &c : run.clusters) {
        if (c.isTrend)
            tiles.append(&c);
    }
    verdict.notes.append(u"%1 posts in window, %2 clusters, %3 tiles"_s.arg(run.postsInWindow)
                             .arg(run.clusters.size())
                             .arg(tiles.size()));

    QSet<const ClusterResult *> explained;
    for (const QJsonValue &v : truth[u"trends"_s].toArray()) {
        const QJsonObject trend = v.toObject();
        const QString name = trend[u"name"_s].toString();
        const QString anchor = trend[u"anchor"_s].toString();
        const QSet<QString> tags = tagSet(trend);
        QList<const ClusterResult *> hits;
        for (const ClusterResult *tile : std::as_const(tiles)) {
            if (touches(*tile, tags))
                hits.append(tile);
        }
        if (hits.size() != 1) {
            QStringList anchors;
            for (const ClusterResult *t : std::as_const(hits))
                anchors.append(u'#' + t->anchor);
            fail(u"trend %1 (#%2): in %3 tiles, expected exactly 1 %4"_s.arg(name, anchor).arg(hits.size())
                     .arg(anchors.join(u", "_s)));
            // Why not: the cluster holding the anchor, if any.
            for (const ClusterResult &c : run.clusters) {
                if (!c.isTrend && c.hashtags.contains(anchor)) {
                    QStringList failed;
                    for (const ValidationCheck &check : c.checks) {
                        if (!check.passed)
                            failed.append(u"%1 %2 < %3"_s.arg(check.name).arg(check.value.value_or(qQNaN()), 0, 'g', 4)
                                              .arg(check.threshold, 0, 'g', 4));
                    }
                    verdict.notes.append(u"  cluster of #%1 failed: %2"_s.arg(anchor, failed.join(u"; "_s)));
                }
            }
            continue;
        }
        const ClusterResult *tile = hits.constFirst();
        explained.insert(tile);
        QStringList missing;
        for (const QString &tag : tags) {
            if (!tile->hashtags.contains(tag))
                missing.append(tag);
        }
        missing.sort();
        verdict.notes.append(u"trend %1: tile rank %2 %3%4%5"_s.arg(name).arg(tile->rank).arg(describe(*tile))
                                 .arg(tile->anchor == anchor ? QString() : u", truth anchor #"_s + anchor)
                                 .arg(missing.isEmpty() ? QString() : u", tags elsewhere: "_s + missing.join(u' ')));
    }

    for (const QJsonValue &v : truth[u"decoys"_s].toArray()) {
        const QJsonObject decoy = v.toObject();
        const QString name = decoy[u"name"_s].toString();
        const QString anchor = decoy[u"anchor"_s].toString();
        const QSet<QString> tags = tagSet(decoy);
        for (const ClusterResult *tile : std::as_const(tiles)) {
            if (touches(*tile, tags)) {
                fail(u"decoy %1: its tags are in tile %2"_s.arg(name, describe(*tile)));
                explained.insert(tile);
            }
        }
        const ClusterResult *cluster = nullptr;
        for (const ClusterResult &c : run.clusters) {
            if (c.hashtags.contains(anchor))
                cluster = &c;
        }
        if (!cluster) {
            fail(u"decoy %1: no cluster holds #%2, so its checks cannot be seen"_s.arg(name, anchor));
            continue;
        }
        QStringList failedChecks;
        for (const ValidationCheck &check : cluster->checks) {
            if (!check.passed)
                failedChecks.append(check.name);
        }
        for (const QJsonValue &mustFail : decoy[u"must_fail"_s].toArray()) {
            if (!failedChecks.contains(mustFail.toString()))
                fail(u"decoy %1: check %2 passed, the truth says it must fail: %3"_s.arg(name, mustFail.toString(),
                                                                                        describe(*cluster)));
        }
        verdict.notes.append(u"decoy %1: %2 fails %3"_s.arg(name, describe(*cluster), failedChecks.join(u", "_s)));
    }

    for (const ClusterResult *tile : std::as_const(tiles)) {
        if (!explained.contains(tile))
            fail(u"unexpected tile (background): %1"_s.arg(describe(*tile)));
    }
    return verdict;
}

} // namespace truthcheck
