#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/ingestoptions.h"
#include "core/model/runjson.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "tests/bench/datagen/datagenerator.h"
#include "tests/bench/datagen/nativendjsonwriter.h"
#include "tests/support/sqlitediscovery.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

/// Every field of a Dataset, as text: two equal dumps are two equal Datasets.
QByteArray dump(const Dataset &d)
{
    QByteArray out;
    const auto list = [&out](const char *name, const QStringList &l) {
        out += name;
        out += l.join(u'|').toUtf8();
        out += '\n';
    };
    list("platforms ", d.platforms);
    list("creators ", d.creators);
    list("names ", d.creatorNames);
    list("regions ", d.regions);
    list("tags ", d.tags);
    list("ids ", d.postIds.toList());
    for (const DatasetPost &p : d.posts) {
        out += QByteArray::number(p.rowId) + ' ' + QByteArray::number(p.createdAtMs) + ' ' +
               QByteArray::number(p.likes) + ' ' + QByteArray::number(p.comments) + ' ' + QByteArray::number(p.shares) +
               ' ' + QByteArray::number(p.saves) + ' ' + QByteArray::number(p.views) + ' ' +
               QByteArray::number(p.platform) + ' ' + QByteArray::number(p.creator) + ' ' +
               QByteArray::number(p.region) + ' ' + QByteArray::number(p.tagBegin) + ' ' +
               QByteArray::number(p.tagCount) + ' ' + QByteArray::number(int(p.approximateTime)) + '\n';
    }
    for (std::int32_t t : d.postTags)
        out += QByteArray::number(t) + ',';
    out += "\nnewest " + QByteArray::number(d.newestCreatedAtMs);
    return out;
}

/// A run as the API and the log see it: id, counts, every cluster with its evidence, every decision.
QByteArray dump(const RunResult &run)
{
    QByteArray out = run.runId.toUtf8() + ' ' + QByteArray::number(run.postsInWindow) + '\n';
    for (const ClusterResult &c : run.clusters)
        out += QJsonDocument(runjson::toJson(c, runjson::Detail::Evidence)).toJson(QJsonDocument::Compact) + '\n';
    for (const Decision &d : run.decisions)
        out += QJsonDocument(runjson::toJson(d)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

/// Post `i` of `data` as an import would bring it again.
Post postOf(const Dataset &data, std::size_t i)
{
    const DatasetPost &p = data.posts[i];
    Post post;
    post.platform = data.platforms.at(p.platform);
    post.postId = data.postIds.at(qsizetype(i));
    post.creatorId = data.creators.at(p.creator);
    post.creatorName = data.creatorNames.at(p.creator);
    for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
        post.hashtags.append(data.tags.at(data.postTags[t]));
    post.likes = p.likes;
    post.comments = p.comments;
    post.shares = p.shares;
    post.saves = p.saves;
    if (p.views >= 0)
        post.views = p.views;
    post.createdAtMs = p.createdAtMs;
    post.region = p.region >= 0 ? data.regions.at(p.region) : QString();
    return post;
}

} // namespace

/// The live window gives exactly the Dataset (and so the run) a cold load gives: after writes of
/// its own process, after writes through another connection (another process), and after the
/// window moved; and it reads only what changed.
class TestLiveWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GeneratorConfig m_config;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<DiscoveryService> m_cold;
    std::shared_ptr<DiscoveryService> m_warm;
    LiveWindow::Refresh m_refresh;

    /// Warm and cold Datasets and runs at `asOfMs` must be equal byte for byte.
    void compareAt(qint64 asOfMs, const QStringList &disabledPlatforms = {}, bool expectTrends = true)
    {
        DiscoverRequest request;
        request.asOfMs = asOfMs;
        for (const QString &platform : disabledPlatforms)
            request.overrides.insert(u"platforms.%1.enabled"_s.arg(platform), false);
        auto params = m_cold->resolve(request);
        QVERIFY2(params.ok(), qPrintable(params.ok() ? QString() : params.error().message));
        auto cold = m_cold->loadWindow(params.value());
        auto warm = m_warm->loadWindow(params.value());
        m_refresh = m_warm->window()->lastRefresh(); // what catching up took (discover() below finds nothing new)
        QVERIFY(cold.ok() && warm.ok());
        QVERIFY(!cold.value().posts.empty());
        QCOMPARE(dump(warm.value()), dump(cold.value()));

        auto coldRun = m_cold->discover(request);
        auto warmRun = m_warm->discover(request);
        QVERIFY2(coldRun.ok() && warmRun.ok(), "discovery failed");
        if (expectTrends)
            QVERIFY(coldRun.value()->trendCount() > 0);
        QCOMPARE(dump(*warmRun.value()), dump(*coldRun.value()));
    }

    Dataset coldDataset(qint64 asOfMs)
    {
        const qint64 span = kHourMs * m_config.windowHours * (m_config.baselineWindows + 1);
        auto data = PostRepository(m_db).loadDataset(asOfMs - span, asOfMs);
        return data.ok() ? std::move(data).value() : Dataset{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.posts = 4000;
        m_config.seed = 3;
        DataGenerator generator(m_config);
        QCOMPARE(generator.validate(), QString());
        const QString path = m_dir.filePath(u"posts.ndjson"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        NativeNdjsonWriter writer;
        QCOMPARE(generator.run(file, writer), QString());
        file.close();

        auto db = Database::open(m_dir.filePath(u"live.db"_s));
        QVERIFY(db.ok());
        m_db = db.value();
        auto report = ImportService(std::make_shared<PostRepository>(m_db), IngestOptions{}).importFile(path);
        QVERIFY(report.ok());
        m_cold = sqliteDiscovery(m_db);
        m_warm = sqliteDiscovery(m_db, {}, u"latest"_s, true);
        QVERIFY(m_warm->window());
    }

    void firstUseReadsTheSpan()
    {
        compareAt(m_config.asOfMs);
        QVERIFY(m_refresh.reloaded);
        QCOMPARE(m_warm->window()->heldPosts(), qint64(coldDataset(m_config.asOfMs).posts.size()));
    }

    void unchangedDataReadsNothing()
    {
        compareAt(m_config.asOfMs);
        const LiveWindow::Refresh refresh = m_refresh;
        QVERIFY(!refresh.reloaded);
        QCOMPARE(refresh.readPosts, 0);
        QCOMPARE(refresh.droppedPosts, 0);
    }

    void anUnchangedSpanAnswersTheSameDataset()
    {
        LiveWindow &window = *m_warm->window();
        const qint64 asOf = m_config.asOfMs;
        const qint64 from = asOf - kHourMs * m_config.windowHours * (m_config.baselineWindows + 1);
        auto a = window.sharedDataset(from, asOf);
        auto b = window.sharedDataset(from, asOf);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.value().get(), a.value().get()); // nothing changed: built once
        auto some = window.sharedDataset(from, asOf, {u"tiktok"_s});
        QVERIFY(some.ok());
        QVERIFY(some.value().get() != a.value().get()); // other platforms: built for them
        QCOMPARE(dump(*some.value()), dump(PostRepository(m_db).loadDataset(from, asOf, {u"tiktok"_s}).value()));

        // One post of the span changes: the next answer is built anew, and equals a cold load.
        const Dataset before = coldDataset(asOf);
        Post changed = postOf(before, before.posts.size() / 2);
        changed.likes += 1;
        QVERIFY(PostRepository(m_db).upsert({changed}).ok());
        auto c = window.sharedDataset(from, asOf);
        QVERIFY(c.ok());
        QVERIFY(c.value().get() != a.value().get());
        QCOMPARE(dump(*c.value()), dump(coldDataset(asOf)));
    }

    void ownWritesAreReadAsChanges()
    {
        const Dataset before = coldDataset(m_config.asOfMs);
        std::vector<Post> batch;
        // Updated: new counters, a new creator name, a time moved inside the span, a time moved
        // out of it, and a tag list replaced.
        for (std::size_t i = 0; i < before.posts.size(); i += 97)
            batch.push_back(postOf(before, i));
        for (std::size_t k = 0; k < batch.size(); ++k) {
            Post &post = batch[k];
            post.likes += 1000 + qint64(k);
            if (k % 3 == 0)
                post.creatorName = u"renamed %1"_s.arg(k);
            if (k % 5 == 1)
                post.createdAtMs -= 7 * kHourMs;
            if (k % 7 == 2)
                post.createdAtMs = m_config.asOfMs - 200 * kHourMs; // out of the span
            if (k % 4 == 3)
                post.hashtags = QStringList{u"livewindowtag"_s} + post.hashtags.mid(1);
        }
        // New posts on top, one on a platform the span did not have.
        for (int n = 0; n < 60; ++n) {
            Post post = postOf(before, std::size_t(n) * 13);
            post.postId = u"new-%1"_s.arg(n);
            post.createdAtMs = m_config.asOfMs - qint64(n) * 60000;
            if (n == 7)
                post.platform = u"bilibili"_s;
            batch.push_back(post);
        }
        PostRepository own(m_db);
        QVERIFY(own.upsert(batch).ok());

        compareAt(m_config.asOfMs);
        const LiveWindow::Refresh refresh = m_refresh;
        QVERIFY(!refresh.reloaded);
        QVERIFY(refresh.readPosts > 0);
        QVERIFY(refresh.readPosts <= qint64(batch.size()));
    }

    void writesOfAnotherProcessAreSeen()
    {
        // Another connection to the same file, as another GlassTrend or a CLI import would write.
        auto other = Database::open(m_db->path());
        QVERIFY(other.ok());
        const Dataset before = coldDataset(m_config.asOfMs);
        std::vector<Post> batch;
        for (std::size_t i = 5; i < before.posts.size(); i += 211) {
            Post post = postOf(before, i);
            post.comments += 77;
            batch.push_back(post);
        }
        Post fresh = postOf(before, 0);
        fresh.postId = u"from-elsewhere"_s;
        fresh.createdAtMs = m_config.asOfMs - 1000;
        batch.push_back(fresh);
        QVERIFY(PostRepository(other.value()).upsert(batch).ok());

        compareAt(m_config.asOfMs);
        QVERIFY(!m_refresh.reloaded);
        QVERIFY(m_refresh.readPosts > 0);
    }

    void aMovedWindowReadsOnlyTheHoursThatEntered()
    {
        // Back by 5 hours: the last 5 hours leave (nothing enters: the data begins with the span).
        const qint64 held = m_warm->window()->heldPosts();
        // (Shifted windows' baselines reach before the data, so they need not hold trends.)
        compareAt(m_config.asOfMs - 5 * kHourMs, {}, false);
        QVERIFY(!m_refresh.reloaded);
        QVERIFY(m_refresh.droppedPosts > 0);
        QCOMPARE(m_refresh.readPosts, 0);
        QCOMPARE(m_warm->window()->heldPosts(), held - m_refresh.droppedPosts);

        // Forward again: only those 5 hours are read.
        compareAt(m_config.asOfMs);
        QVERIFY(!m_refresh.reloaded);
        QVERIFY(m_refresh.readPosts > 0);
        QVERIFY(m_refresh.readPosts < held / 4);
        QCOMPARE(m_warm->window()->heldPosts(), held);

        // Back by 30 hours and forward again.
        compareAt(m_config.asOfMs - 30 * kHourMs, {}, false);
        QVERIFY(!m_refresh.reloaded);
        compareAt(m_config.asOfMs);
        QVERIFY(!m_refresh.reloaded);
    }

    void aSubsetOfPlatformsIsFilteredFromTheHeldSpan()
    {
        compareAt(m_config.asOfMs, {u"weibo"_s, u"x"_s});
        QVERIFY(!m_refresh.reloaded);
    }

    void aJumpReadsTheNewSpan()
    {
        // Nothing held overlaps: read afresh. Only the posts moved out of the span above are there.
        compareAt(m_config.asOfMs - 150 * kHourMs, {}, false);
        QVERIFY(m_refresh.reloaded);
    }

    void overBudgetFallsBackToLoading()
    {
        const auto posts = std::make_shared<const PostRepository>(m_db);
        LiveWindow small(posts, 10);
        const qint64 span = kHourMs * m_config.windowHours * (m_config.baselineWindows + 1);
        auto data = small.dataset(m_config.asOfMs - span, m_config.asOfMs);
        QVERIFY(data.ok());
        QCOMPARE(dump(data.value()), dump(coldDataset(m_config.asOfMs)));
        QVERIFY(small.lastRefresh().overBudget);
        QCOMPARE(small.heldPosts(), 0);
        // The same span again goes straight to the store.
        QVERIFY(small.dataset(m_config.asOfMs - span, m_config.asOfMs).ok());
        QVERIFY(small.lastRefresh().overBudget);
        QCOMPARE(small.lastRefresh().readPosts, 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
