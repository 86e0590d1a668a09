// The desktop's live feeds end to end: a real FeedPoller on a temporary database and folder,
// driven through FeedsController as the window drives it.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/poll/feedpoller.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "ui/feedscontroller.h"

using namespace Qt::StringLiterals;

namespace {

void writePosts(const QString &path, int first, int count)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    for (int i = first; i < first + count; ++i)
        file.write(QStringLiteral(R"({"platform":"tiktok","post_id":"p%1","creator_id":"c%1","text":"#matcha #抹茶拿铁",)"
                                  R"("created_at":"2026-06-01T10:00:00Z","likes":%1})" "\n")
                       .arg(i)
                       .toUtf8());
}

} // namespace

class TestFeedsController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    PollSettings folderSettings(const QString &folder)
    {
        PollSource source;
        source.kind = u"folder"_s;
        source.path = folder;
        source.intervalS = 3600; // polls only when asked: the test decides when data arrives
        PollSettings settings;
        settings.sources = {source};
        return settings;
    }

private Q_SLOTS:
    void autoRerunAnnouncesPolledData()
    {
        auto db = Database::open(m_dir.filePath(u"feeds.db"_s));
        QVERIFY(db);
        auto database = db.value();
        auto imports = std::make_shared<const ImportService>(database, IngestOptions{});
        const QString folder = m_dir.filePath(u"captures"_s);
        QVERIFY(QDir().mkpath(folder));

        FeedsController feeds(folderSettings(folder));
        feeds.setFactory([database, imports](const PollSettings &settings) {
            return std::make_unique<FeedPoller>(settings, imports, database);
        });
        QVERIFY(feeds.poller() != nullptr);
        QVERIFY(feeds.poller()->isRunning()); // configured sources start polling at once

        QSignalSpy batches(&feeds, &FeedsController::batchImported);
        QSignalSpy newData(&feeds, &FeedsController::newData);

        // auto re-run off: the batch is stored and reported, but no re-run is asked for
        writePosts(folder + u"/a.ndjson"_s, 0, 3);
        feeds.poller()->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 20000);
        QCOMPARE(newData.size(), 0);
        QCOMPARE(PostRepository(database).count().value(), qint64(3));

        // auto re-run on: appended lines arrive once and ask for a re-run
        feeds.setAutoRerun(true);
        writePosts(folder + u"/a.ndjson"_s, 3, 2);
        feeds.poller()->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(newData.size(), 1, 20000);
        QCOMPARE(newData.at(0).at(0).value<ImportReport>().inserted, qint64(2));
        QCOMPARE(PostRepository(database).count().value(), qint64(5));
    }

    void noDatabaseNoPoller()
    {
        FeedsController feeds(folderSettings(m_dir.path()));
        feeds.setFactory({});
        QVERIFY(feeds.poller() == nullptr);
    }
};

QTEST_MAIN(TestFeedsController)
#include "tst_feedscontroller.moc"
