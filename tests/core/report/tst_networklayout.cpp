#include <cmath>

#include <QTest>

#include "core/report/networklayout.h"

using namespace Qt::StringLiterals;

/// The force-directed layout: deterministic, finite, spread out, and pulling connected tags together.
class TestNetworkLayout final : public QObject
{
    Q_OBJECT

    /// `clusters` rings of `size` tags each (an edge between neighbours), the first two rings joined by a dropped edge.
    static TagNetwork rings(int clusters, int size)
    {
        TagNetwork net;
        for (int c = 0; c < clusters; ++c)
            for (int i = 0; i < size; ++i)
                net.nodes.append(NetworkNode{u"t%1_%2"_s.arg(c, 3, 10, QChar(u'0')).arg(i, 3, 10, QChar(u'0')),
                                             {}, 10 + i, u"c%1"_s.arg(c), c, c == 0, {}});
        for (int c = 0; c < clusters; ++c)
            for (int i = 0; i < size; ++i) {
                const int a = c * size + i;
                const int b = c * size + (i + 1) % size;
                net.edges.append(NetworkEdge{std::min(a, b), std::max(a, b), 3, 0.5, false});
            }
        if (clusters > 1)
            net.edges.append(NetworkEdge{0, size, 2, 0.25, true});
        return net;
    }

    static double distance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

private Q_SLOTS:
    void sameGraphSamePositions()
    {
        const TagNetwork net = rings(6, 5);
        const QList<QPointF> first = layoutNetwork(net);
        const QList<QPointF> second = layoutNetwork(net);
        QCOMPARE(first.size(), net.nodes.size());
        QCOMPARE(first, second);
        NetworkLayoutOptions other;
        other.seed = 99;
        QVERIFY(layoutNetwork(net, {}, other) != first);
    }

    void finiteSpreadAndConnectedTagsClose()
    {
        const TagNetwork net = rings(8, 6);
        const QList<QPointF> pos = layoutNetwork(net);
        for (const QPointF &p : pos)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        // Not on one point: no two nodes closer than a tenth of the ideal edge length.
        double closest = 1e9;
        for (qsizetype i = 0; i < pos.size(); ++i)
            for (qsizetype j = i + 1; j < pos.size(); ++j)
                closest = std::min(closest, distance(pos.at(i), pos.at(j)));
        QVERIFY2(closest > 0.1, qPrintable(QString::number(closest)));
        // The ends of an edge sit closer, on average, than two tags of different clusters.
        double joined = 0;
        int edges = 0;
        for (const NetworkEdge &e : net.edges)
            if (!e.droppedBySplit) {
                joined += distance(pos.at(e.source), pos.at(e.target));
                ++edges;
            }
        double apart = 0;
        int pairs = 0;
        for (qsizetype i = 0; i < pos.size(); ++i)
            for (qsizetype j = i + 1; j < pos.size(); ++j)
                if (net.nodes.at(i).clusterIndex != net.nodes.at(j).clusterIndex) {
                    apart += distance(pos.at(i), pos.at(j));
                    ++pairs;
                }
        QVERIFY2(joined / edges < 0.5 * apart / pairs,
                 qPrintable(u"%1 vs %2"_s.arg(joined / edges).arg(apart / pairs)));
        // Centred on 0.
        QPointF sum;
        for (const QPointF &p : pos)
            sum += p;
        QVERIFY(std::abs(sum.x()) < 1e-6 && std::abs(sum.y()) < 1e-6);
    }

    void isolatedTagsAndTinyGraphs()
    {
        QVERIFY(layoutNetwork(TagNetwork{}).isEmpty());
        TagNetwork one;
        one.nodes.append(NetworkNode{u"solo"_s, {}, 3, u"c"_s, 0, false, {}});
        const QList<QPointF> single = layoutNetwork(one);
        QCOMPARE(single.size(), 1);
        QVERIFY(std::isfinite(single.first().x()));
        // Many tags without an edge are spread, not stacked.
        TagNetwork loose;
        for (int i = 0; i < 200; ++i)
            loose.nodes.append(NetworkNode{u"t%1"_s.arg(i, 4, 10, QChar(u'0')), {}, 3, u"c%1"_s.arg(i), i, false, {}});
        const QList<QPointF> spread = layoutNetwork(loose);
        double minX = 1e9, maxX = -1e9;
        for (const QPointF &p : spread) {
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
        QVERIFY(maxX - minX > 5);
    }

    void cancelledGivesNothing()
    {
        CancelToken cancel;
        cancel.cancel();
        QVERIFY(layoutNetwork(rings(3, 4), cancel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkLayout)
#include "tst_networklayout.moc"
