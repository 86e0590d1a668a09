#include <atomic>
#include <thread>

#include <QTest>

#include "core/api/postcountcache.h"
#include "core/storage/poststore.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A post store whose count takes `countMs` and is counted; nothing else is asked of it here.
class CountingStore final : public PostStore
{
public:
    explicit CountingStore(int countMs) : m_countMs(countMs) {}
    int counts() const { return m_counts; }

    Result<qint64> count() const override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_countMs));
        return qint64(1000 + ++m_counts);
    }

    Result<UpsertStats> upsert(const PreparedBatch &) const override { return none(); }
    Result<std::unique_ptr<IngestSession>> openIngestSession() const override { return none(); }
    Result<std::optional<qint64>> newestCreatedAtMs(const QStringList &) const override { return none(); }
    Result<QStringList> platformNames() const override { return none(); }
    Result<QList<HourCount>> postsPerHour(const QStringList &) const override { return none(); }
    Result<Dataset> loadDataset(qint64, qint64, const QStringList &) const override { return none(); }
    Result<PostRows> loadRows(qint64, qint64) const override { return none(); }
    Result<PostPage> postsAfterRow(qint64, int) const override { return none(); }
    Result<ChangeMarker> changeMarker() const override { return none(); }
    Result<PostChanges> changesSince(const ChangeMarker &, qint64, qint64) const override { return none(); }
    Status hydrate(QList<TopPost> &) const override { return none(); }
    Result<QHash<QString, QString>> displayForms(const QStringList &) const override { return none(); }
    Result<QList<TopPost>> postsWithTag(const QString &, qint64, qint64, int) const override { return none(); }

private:
    static Error none() { return Error{u"test"_s, u"not used by this test"_s, {}}; }
    int m_countMs;
    mutable std::atomic<int> m_counts{0};
};

} // namespace

/// /health's post count: answered at once from the last count, recounted in the background when old — and, when
/// counting is slow (PostgreSQL reads the table), not more often than 50 times the last count's duration.
class TestPostCountCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQuickCountIsRefreshedAfterMaxAge()
    {
        auto store = std::make_shared<CountingStore>(0);
        PostCountCache cache(store, 100);
        QCOMPARE(cache.count().value(), 1001);
        QCOMPARE(store->counts(), 1);
        QTest::qWait(150);
        QCOMPARE(cache.count().value(), 1001); // answered at once; a recount runs behind it
        QTRY_VERIFY_WITH_TIMEOUT((void(cache.count()), store->counts() >= 2), 30000);
        QTRY_VERIFY(cache.count().value() >= 1002);
    }

    void aSlowCountIsRefreshedLessOften()
    {
        // 40 ms (or more, on a busy machine) a count: not again before 2 s, although max age is 100 ms.
        auto store = std::make_shared<CountingStore>(40);
        PostCountCache cache(store, 100);
        QCOMPARE(cache.count().value(), 1001);
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(100);
            QCOMPARE(cache.count().value(), 1001);
        }
        QTest::qWait(100);
        QCOMPARE(store->counts(), 1);
        // Then it is recounted (a probe after the interval starts it).
        QTRY_VERIFY_WITH_TIMEOUT((void(cache.count()), store->counts() == 2), 30000);
    }

    void ownInsertsShowAtOnce()
    {
        auto store = std::make_shared<CountingStore>(40);
        PostCountCache cache(store, 100);
        QCOMPARE(cache.count().value(), 1001);
        cache.add(5);
        QCOMPARE(cache.count().value(), 1006);
    }
};

QTEST_GUILESS_MAIN(TestPostCountCache)
#include "tst_postcountcache.moc"
