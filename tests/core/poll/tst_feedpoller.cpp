#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cannedhttpserver.h"
#include "core/poll/feedpoller.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitepollstatestore.h"
#include "core/storage/postrepository.h"
#include "postlines.h"

using namespace Qt::StringLiterals;

namespace {

PollSource urlSource(const QByteArray &url, int timeoutS = 5, qint64 maxBytes = 1024 * 1024)
{
    // A long interval: the test drives polls with pollNow(); timers never fire during a test.
    return PollSource{u"url"_s, {}, QString::fromLatin1(url), 60, timeoutS, maxBytes};
}

} // namespace

/// FeedPoller through real HTTP on an ephemeral port and a temporary folder.
class TestFeedPoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const ImportService> m_importer;

    std::unique_ptr<FeedPoller> poller(const PollSource &source)
    {
        return std::make_unique<FeedPoller>(PollSettings{{source}, 60}, m_importer,
                                            std::make_shared<SqlitePollStateStore>(m_database));
    }
    qint64 storedPosts() const { return PostRepository(m_database).count().value(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(database.ok());
        m_database = database.value();
        m_importer = std::make_shared<const ImportService>(std::make_shared<PostRepository>(m_database), IngestOptions{});
    }

    void folderAppendsArriveAsBatches()
    {
        const QString folder = m_dir.filePath(u"captures"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + u"/capture.ndjson"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(postLines(1, 3));
        file.flush();

        auto feeds = poller(PollSource{u"folder"_s, folder, {}, 60, 30, 1024 * 1024});
        QSignalSpy batches(feeds.get(), &FeedPoller::batchImported);
        feeds->start();
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).at(0).value<ImportReport>().inserted, 3);
        QTRY_VERIFY(feeds->isIdle());
        FeedStatus status = feeds->status().value(0);
        QCOMPARE(status.filesSeen, 1);
        QCOMPARE(status.postsImported, 3);
        QVERIFY(status.lastSuccessMs > 0);
        QVERIFY(status.nextPollMs > status.lastAttemptMs);

        file.write(postLines(4, 2));
        file.flush();
        feeds->pollNow();
        QTRY_COMPARE(batches.size(), 2);
        const ImportReport second = batches.at(1).at(0).value<ImportReport>();
        QCOMPARE(second.read, 2);
        QCOMPARE(second.inserted, 2);
        QCOMPARE(second.updated, 0);

        // Nothing new: a poll without a batch.
        QSignalSpy statuses(feeds.get(), &FeedPoller::statusChanged);
        feeds->pollNow();
        QTRY_VERIFY(feeds->isIdle() && statuses.size() >= 2);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(feeds->status().value(0).postsImported, 5);
        QCOMPARE(storedPosts(), 5);

        QSignalSpy stopped(feeds.get(), &FeedPoller::stopped);
        feeds->stop();
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(feeds->status().value(0).nextPollMs, 0);
    }

    void urlOkThenNotModified()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses(
            {CannedHttpServer::ok(postLines(1, 4),
                                  {{"ETag", "\"v1\""}, {"Last-Modified", "Sat, 01 Jun 2024 00:00:00 GMT"}}),
             CannedHttpServer::status(304)});
        auto feeds = poller(urlSource(server.url()));
        QSignalSpy batches(feeds.get(), &FeedPoller::batchImported);
        feeds->start();
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).at(0).value<ImportReport>().inserted, 4);
        QTRY_VERIFY(feeds->isIdle());
        const qint64 firstSuccess = feeds->status().value(0).lastSuccessMs;
        QVERIFY(firstSuccess > 0);
        QVERIFY(!server.requests().at(0).contains("If-None-Match"));

        QTest::qWait(5); // so the second success has a later time stamp
        feeds->pollNow();
        QTRY_COMPARE(server.requests().size(), 2);
        QTRY_VERIFY(feeds->isIdle());
        QVERIFY(server.requests().at(1).contains("If-None-Match: \"v1\""));
        QVERIFY(server.requests().at(1).contains("If-Modified-Since: Sat, 01 Jun 2024 00:00:00 GMT"));
        const FeedStatus status = feeds->status().value(0);
        QCOMPARE(status.lastError, QString());
        QVERIFY(status.lastSuccessMs > firstSuccess);
        QCOMPARE(status.postsImported, 4);
        QCOMPARE(batches.size(), 1);

        // A restarted poller sends the stored validators on its first request.
        feeds.reset();
        auto again = poller(urlSource(server.url()));
        again->start();
        QTRY_COMPARE(server.requests().size(), 3);
        QVERIFY(server.requests().at(2).contains("If-None-Match: \"v1\""));
        QTRY_VERIFY(again->isIdle());
    }

    void serverErrorThenRecovery()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({CannedHttpServer::status(500, "boom"), CannedHttpServer::status(500, "boom"),
                             CannedHttpServer::ok(postLines(1, 2))});
        auto feeds = poller(urlSource(server.url()));
        feeds->start();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 1 && feeds->isIdle());
        FeedStatus status = feeds->status().value(0);
        QVERIFY2(status.lastError.contains(u"HTTP 500"_s), qPrintable(status.lastError));
        QCOMPARE(status.lastSuccessMs, 0);
        // interval × 2^failures: 60 s → 120 s after one failure (plus the request's own time).
        QVERIFY(status.nextPollMs - status.lastAttemptMs >= 120'000);
        QVERIFY(status.nextPollMs - status.lastAttemptMs < 130'000);

        feeds->pollNow();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 2 && feeds->isIdle());
        status = feeds->status().value(0);
        QVERIFY(status.nextPollMs - status.lastAttemptMs >= 240'000);

        QSignalSpy batches(feeds.get(), &FeedPoller::batchImported);
        feeds->pollNow();
        QTRY_COMPARE(batches.size(), 1);
        QTRY_VERIFY(feeds->isIdle());
        status = feeds->status().value(0);
        QCOMPARE(status.consecutiveFailures, 0);
        QCOMPARE(status.lastError, QString());
        QVERIFY(status.lastSuccessMs > 0);
        QCOMPARE(status.postsImported, 2);
        QVERIFY(status.nextPollMs - status.lastAttemptMs >= 60'000);
        QVERIFY(status.nextPollMs - status.lastAttemptMs < 70'000);
        QCOMPARE(storedPosts(), 2);
    }

    void timeout()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        CannedHttpServer::Response hang;
        hang.hang = true;
        server.setResponses({hang});
        auto feeds = poller(urlSource(server.url(), 1));
        feeds->start();
        QTRY_VERIFY_WITH_TIMEOUT(feeds->status().value(0).consecutiveFailures == 1, 10'000);
        const FeedStatus status = feeds->status().value(0);
        QVERIFY2(status.lastError.contains(u"timed out after 1 s"_s), qPrintable(status.lastError));
        QVERIFY(!status.busy);
    }

    void overSizeBodyRejected()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({CannedHttpServer::ok(postLines(1, 50))});
        auto feeds = poller(urlSource(server.url(), 5, 1000));
        QSignalSpy batches(feeds.get(), &FeedPoller::batchImported);
        feeds->start();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 1);
        const FeedStatus status = feeds->status().value(0);
        QVERIFY2(status.lastError.contains(u"body over 1000 bytes"_s), qPrintable(status.lastError));
        QCOMPARE(batches.size(), 0);
        QCOMPARE(storedPosts(), 0);
    }

    void overSizeBodyWithoutLengthRejected()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        CannedHttpServer::Response big = CannedHttpServer::ok(postLines(1, 50));
        big.noLength = true;
        server.setResponses({big});
        auto feeds = poller(urlSource(server.url(), 5, 1000));
        feeds->start();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 1);
        const QString error = feeds->status().value(0).lastError;
        QVERIFY2(error.startsWith(u"body over 1000 bytes"_s), qPrintable(error));
        QCOMPARE(storedPosts(), 0);
    }

    void redirects()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        // Same origin: followed.
        server.setResponses({CannedHttpServer::Response{302, {}, {{"Location", "/moved.ndjson"}}, false, false},
                             CannedHttpServer::ok(postLines(1, 2))});
        auto feeds = poller(urlSource(server.url()));
        QSignalSpy batches(feeds.get(), &FeedPoller::batchImported);
        feeds->start();
        QTRY_COMPARE(batches.size(), 1);
        QVERIFY(server.requests().at(1).startsWith("GET /moved.ndjson "));
        QTRY_VERIFY(feeds->isIdle());

        // Another origin over plain http ("localhost" is not "127.0.0.1"): refused.
        const QByteArray elsewhere = server.url().replace("127.0.0.1", "localhost");
        server.setResponses({CannedHttpServer::Response{302, {}, {{"Location", elsewhere}}, false, false}});
        feeds->pollNow();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 1);
        const QString error = feeds->status().value(0).lastError;
        QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
        QCOMPARE(server.requests().size(), 3);
    }

    void malformedBodyIsTheLastError()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({CannedHttpServer::ok("<html>not a feed</html>\n")});
        auto feeds = poller(urlSource(server.url("/feed")));
        feeds->start();
        QTRY_VERIFY(feeds->status().value(0).consecutiveFailures == 1);
        const QString error = feeds->status().value(0).lastError;
        QVERIFY2(error.contains(u"not recognised"_s), qPrintable(error));
    }

    void stopAbortsAFetchInFlight()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        CannedHttpServer::Response hang;
        hang.hang = true;
        server.setResponses({hang});
        auto feeds = poller(urlSource(server.url(), 30));
        QSignalSpy stopped(feeds.get(), &FeedPoller::stopped);
        feeds->start();
        QTRY_COMPARE(server.requests().size(), 1);
        feeds->stop();
        QTRY_COMPARE(stopped.size(), 1);
        QVERIFY(feeds->isIdle());
        // A stop is not a failure of the source.
        QCOMPARE(feeds->status().value(0).consecutiveFailures, 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedPoller)
#include "tst_feedpoller.moc"
