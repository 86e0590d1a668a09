// The desktop's live feeds end to end: a real FeedPoller on a temporary database and folder,
// driven through FeedsController as the window drives it.
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/config.h"
#include "core/config/configwriter.h"
#include "core/poll/feedpoller.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitepollstatestore.h"
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
        auto imports = std::make_shared<const ImportService>(std::make_shared<PostRepository>(database), IngestOptions{});
        const QString folder = m_dir.filePath(u"captures"_s);
        QVERIFY(QDir().mkpath(folder));

        FeedsController feeds(folderSettings(folder));
        feeds.setFactory([database, imports](const PollSettings &settings) {
            return std::make_unique<FeedPoller>(settings, imports, std::make_shared<SqlitePollStateStore>(database));
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

    void dialogSavesSourcesToTheConfig()
    {
        // A config with keys the dialog must not lose.
        const QString config = m_dir.filePath(u"dialog/config.yaml"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"dialog"_s)));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("server:\n  port: 9123\nclustering:\n  min_jaccard: 0.4\npoll:\n  interval_s: 45\n");
        }
        const QString first = m_dir.filePath(u"dialog/first"_s);
        const QString second = m_dir.filePath(u"dialog/second"_s);
        QVERIFY(QDir().mkpath(first));
        QVERIFY(QDir().mkpath(second));
        PollSettings start = folderSettings(first);
        start.intervalS = 45;

        FeedsController feeds(start, [config](const PollSettings &poll) { return savePollSettings(config, poll); });
        QSignalSpy saved(&feeds, &FeedsController::saved);
        feeds.showDialog(nullptr);
        FeedsDialog *dialog = feeds.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->saveButton()->isEnabled());

        // Edit as the analyst would: add a URL and a folder, remove the first folder, then Save.
        PollSource url;
        url.kind = u"url"_s;
        url.url = u"https://feeds.example.org/live.ndjson"_s;
        url.intervalS = 0; // not given: poll.interval_s
        QVERIFY(dialog->addSource(url).ok());
        PollSource folder;
        folder.kind = u"folder"_s;
        folder.path = second;
        folder.intervalS = 0;
        QVERIFY(dialog->addSource(folder).ok());
        dialog->removeSource(0);
        QCOMPARE(feeds.settings().sources.size(), 2);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(dialog->saveMessage(), u"Saved to the configuration."_s);

        const Result<Config> loaded = loadConfig(config, QProcessEnvironment());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const PollSettings &poll = loaded.value().poll;
        QCOMPARE(poll.intervalS, 45);
        QCOMPARE(poll.sources.size(), 2);
        QCOMPARE(poll.sources.at(0).kind, u"url"_s);
        QCOMPARE(poll.sources.at(0).url, url.url);
        QCOMPARE(poll.sources.at(0).intervalS, 45); // added sources take poll.interval_s
        QCOMPARE(poll.sources.at(1).path, second);
        QCOMPARE(poll.sources.at(1).intervalS, 45);
        QVERIFY(poll == feeds.settings());
        // ... and keep following it: the file gives them no interval_s of their own.
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll().count("interval_s"), 1);
        }
        QCOMPARE(loaded.value().server.port, 9123);
        QCOMPARE(loaded.value().pipeline.minJaccard, 0.4);
        dialog->close();
    }

    void dialogReportsAFailedSave()
    {
        FeedsController feeds(folderSettings(m_dir.path()),
                              [](const PollSettings &) -> Status { return Error{u"io"_s, u"read-only disk"_s, {}}; });
        QSignalSpy saved(&feeds, &FeedsController::saved);
        feeds.showDialog(nullptr);
        QTest::mouseClick(feeds.dialog()->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 0);
        QVERIFY2(feeds.dialog()->saveMessage().contains(u"read-only disk"_s), qPrintable(feeds.dialog()->saveMessage()));
        feeds.dialog()->close();

        FeedsController noConfig(folderSettings(m_dir.path()));
        noConfig.showDialog(nullptr);
        QVERIFY(!noConfig.dialog()->saveButton()->isEnabled());
        QVERIFY(!noConfig.save().ok());
        noConfig.dialog()->close();
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
