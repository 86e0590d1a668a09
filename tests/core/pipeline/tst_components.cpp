#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <QTest>

#include "core/pipeline/components.h"

using namespace Qt::StringLiterals;

/// Connected components and the clustering.max_tags split.
class TestComponents final : public QObject
{
    Q_OBJECT

    /// A graph given directly: tags t0… (kept index = position, names sorted), posts per tag, edges by co.
    struct Graph
    {
        Dataset data;
        TagStats stats;
        std::vector<TagEdge> edges;
    };

    static Graph graph(const QStringList &names, const std::vector<int> &posts,
                       const std::vector<std::tuple<int, int, int>> &coEdges)
    {
        Graph g;
        g.data.tags = names;
        for (int i = 0; i < int(names.size()); ++i) {
            g.stats.posts.push_back(posts[std::size_t(i)]);
            g.stats.keptIndex.push_back(i);
            g.stats.keptTags.push_back(i);
        }
        for (const auto &[a, b, co] : coEdges) {
            const int pa = posts[std::size_t(a)];
            const int pb = posts[std::size_t(b)];
            g.edges.push_back(TagEdge{a, b, co, double(co) / double(pa + pb - co)});
        }
        std::sort(g.edges.begin(), g.edges.end(),
                  [](const TagEdge &x, const TagEdge &y) { return std::pair(x.a, x.b) < std::pair(y.a, y.b); });
        return g;
    }

    static std::vector<std::vector<std::int32_t>> tagsOf(const std::vector<TagPart> &parts)
    {
        std::vector<std::vector<std::int32_t>> out;
        for (const TagPart &p : parts)
            out.push_back(p.tags);
        return out;
    }

    /// The SPEC's procedure done literally: while some part is over the limit, drop the weakest edge inside the
    /// parts over the limit and recompute the components. O(E²) — fine for a reference.
    static std::pair<std::set<std::vector<std::int32_t>>, std::vector<std::pair<int, int>>>
    naiveSplit(const Graph &g, int maxTags)
    {
        std::vector<TagEdge> alive = g.edges;
        std::vector<std::pair<int, int>> drops;
        const int n = int(g.stats.keptTags.size());
        for (;;) {
            std::vector<int> comp(std::size_t(n), -1);
            std::vector<int> size;
            for (int s = 0; s < n; ++s) {
                if (comp[std::size_t(s)] >= 0)
                    continue;
                const int c = int(size.size());
                size.push_back(0);
                std::vector<int> stack{s};
                comp[std::size_t(s)] = c;
                while (!stack.empty()) {
                    const int x = stack.back();
                    stack.pop_back();
                    ++size[std::size_t(c)];
                    for (const TagEdge &e : alive) {
                        const int y = e.a == x ? e.b : e.b == x ? e.a : -1;
                        if (y >= 0 && comp[std::size_t(y)] < 0) {
                            comp[std::size_t(y)] = c;
                            stack.push_back(y);
                        }
                    }
                }
            }
            auto weakest = alive.end();
            for (auto it = alive.begin(); it != alive.end(); ++it)
                if (size[std::size_t(comp[std::size_t(it->a)])] > maxTags
                    && (weakest == alive.end() || weakerEdge(*it, *weakest, g.stats)))
                    weakest = it;
            if (weakest == alive.end()) {
                std::map<int, std::vector<std::int32_t>> parts;
                for (int t = 0; t < n; ++t)
                    parts[comp[std::size_t(t)]].push_back(t);
                std::set<std::vector<std::int32_t>> out;
                for (auto &[c, tags] : parts)
                    out.insert(tags);
                return {out, drops};
            }
            drops.emplace_back(weakest->a, weakest->b);
            alive.erase(weakest);
        }
    }

private Q_SLOTS:
    void componentsAndSingletons()
    {
        // a–b kept edge, c alone: two clusters {a, b} and {c}
        const Graph g = graph({u"a"_s, u"b"_s, u"c"_s}, {5, 5, 5}, {{0, 1, 3}});
        std::vector<Decision> log;
        const auto parts = splitComponents(g.data, g.stats, g.edges, PipelineParams(), log, CancelToken());
        QCOMPARE(tagsOf(parts), (std::vector<std::vector<std::int32_t>>{{0, 1}, {2}}));
        QCOMPARE(parts[0].edges.size(), std::size_t(1));
        QVERIFY(log.empty());
    }

    void splitDropsWeakestEdgesFirst()
    {
        // Six tags of 10 posts each; jaccard = co / (20 − co):
        //   a–b co 8 → 0.6667   d–e co 7 → 0.5385   b–c co 6 → 0.4286   e–f co 6 → 0.4286
        //   a–c co 5 → 0.3333   c–d co 3 → 0.1765
        // max_tags = 2. Weakest first, only inside parts over the limit:
        //   1. c–d (0.1765): {a..f} (6 tags) → {a,b,c} + {d,e,f}
        //   2. a–c (0.3333): {a,b,c} still 3 > 2; stays connected through a–b, b–c
        //   3. b–c (0.4286; ties e–f on jaccard and co, and the pair (b,c) < (e,f)): → {a,b} + {c}
        //   4. e–f (0.4286): {d,e,f} → {d,e} + {f}
        const Graph g = graph({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}, {10, 10, 10, 10, 10, 10},
                              {{0, 1, 8}, {3, 4, 7}, {1, 2, 6}, {4, 5, 6}, {0, 2, 5}, {2, 3, 3}});
        PipelineParams params;
        params.maxTags = 2;
        std::vector<Decision> log;
        const auto parts = splitComponents(g.data, g.stats, g.edges, params, log, CancelToken());
        QCOMPARE(tagsOf(parts), (std::vector<std::vector<std::int32_t>>{{0, 1}, {2}, {3, 4}, {5}}));

        QStringList drops;
        for (const Decision &d : log)
            if (d.outcome == u"dropped")
                drops.append(d.subject);
        QCOMPARE(drops, (QStringList{u"edge:c|d"_s, u"edge:a|c"_s, u"edge:b|c"_s, u"edge:e|f"_s}));
        QCOMPARE(log.front().values.value(u"part_tags"_s).toInt(), 6);
        QVERIFY2(log.front().message.contains(u"splitting the part into 3 + 3 tags"_s), qPrintable(log.front().message));
        QVERIFY(log[1].message.contains(u"the part stays connected"_s));
        QCOMPARE(log.back().outcome, u"split"_s);
        QCOMPARE(log.back().rule, u"clustering.max_tags"_s);
        QCOMPARE(log.back().values.value(u"edges_dropped"_s).toInt(), 4);

        // max_tags = 3 stops after the first drop.
        params.maxTags = 3;
        log.clear();
        const auto three = splitComponents(g.data, g.stats, g.edges, params, log, CancelToken());
        QCOMPARE(tagsOf(three), (std::vector<std::vector<std::int32_t>>{{0, 1, 2}, {3, 4, 5}}));
        QCOMPARE(three[0].edges.size(), std::size_t(3)); // a–b, a–c, b–c stay
    }

    void matchesTheLiteralProcedureOnRandomGraphs()
    {
        std::mt19937 rng(12345);
        for (int round = 0; round < 40; ++round) {
            const int n = 10 + int(rng() % 50);
            QStringList names;
            std::vector<int> posts;
            for (int i = 0; i < n; ++i) {
                names.append(u"t"_s + QString::number(1000 + i));
                posts.push_back(3 + int(rng() % 20));
            }
            std::vector<std::tuple<int, int, int>> coEdges;
            for (int a = 0; a < n; ++a)
                for (int b = a + 1; b < n; ++b)
                    if (rng() % 100 < 15)
                        coEdges.emplace_back(a, b, 1 + int(rng() % std::min(posts[std::size_t(a)], posts[std::size_t(b)])));
            const Graph g = graph(names, posts, coEdges);
            PipelineParams params;
            params.maxTags = 1 + int(rng() % 12);
            std::vector<Decision> log;
            const auto parts = splitComponents(g.data, g.stats, g.edges, params, log, CancelToken());
            const auto [expectedParts, expectedDrops] = naiveSplit(g, params.maxTags);
            const auto got = tagsOf(parts);
            const std::set<std::vector<std::int32_t>> gotParts(got.begin(), got.end());
            QCOMPARE(gotParts, expectedParts);
            std::set<std::pair<int, int>> dropped;
            for (const Decision &d : log)
                if (d.outcome == u"dropped") {
                    const QStringList ab = d.subject.mid(5).split(u'|');
                    dropped.emplace(int(names.indexOf(ab[0])), int(names.indexOf(ab[1])));
                }
            const std::set<std::pair<int, int>> expectedDropSet(expectedDrops.begin(), expectedDrops.end());
            QCOMPARE(dropped, expectedDropSet);
            for (const TagPart &p : parts)
                QVERIFY(int(p.tags.size()) <= params.maxTags);
        }
    }

    void aComponentOfThousandsOfTagsSplitsInOnePass()
    {
        // 3000 tags in a ring plus chords: one component far over 12; every part must fit afterwards.
        const int n = 3000;
        QStringList names;
        std::vector<int> posts;
        for (int i = 0; i < n; ++i) {
            names.append(u"tag"_s + QString::number(10000 + i));
            posts.push_back(50 + i % 17);
        }
        std::vector<std::tuple<int, int, int>> coEdges;
        for (int i = 0; i < n; ++i) {
            coEdges.emplace_back(std::min(i, (i + 1) % n), std::max(i, (i + 1) % n), 5 + (i * 7) % 31);
            coEdges.emplace_back(std::min(i, (i + 37) % n), std::max(i, (i + 37) % n), 3 + (i * 11) % 29);
        }
        const Graph g = graph(names, posts, coEdges);
        std::vector<Decision> log;
        const auto parts = splitComponents(g.data, g.stats, g.edges, PipelineParams(), log, CancelToken());
        std::size_t tags = 0;
        for (const TagPart &p : parts) {
            QVERIFY(p.tags.size() <= 12);
            tags += p.tags.size();
        }
        QCOMPARE(tags, std::size_t(n));
        QVERIFY(parts.size() >= std::size_t(n / 12));
    }
};

QTEST_GUILESS_MAIN(TestComponents)
#include "tst_components.moc"
