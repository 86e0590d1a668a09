#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/poll/folderpoll.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitepollstatestore.h"
#include "core/storage/postrepository.h"
#include "postlines.h"
#include "tests/support/storagebackends.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestFolderPoll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<ImportService> m_importer;
    PollSource m_source;
    const QString m_id = u"folder:test"_s;
    StorageBackends m_backends;

    FolderPollResult pollOnce() { return poll::pollFolder(m_source, m_id, *m_importer, SqlitePollStateStore(m_database)); }
    qint64 storedPosts() const { return PostRepository(m_database).count().value(); }

private Q_SLOTS:
    void initTestCase() { m_backends.start(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.path() + u"/captures/"_s + QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir().mkpath(m_folder));
        auto database =
            Database::open(m_dir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
        QVERIFY(database.ok());
        m_database = database.value();
        m_importer = std::make_unique<ImportService>(std::make_shared<PostRepository>(m_database), IngestOptions{});
        m_source = PollSource{u"folder"_s, m_folder, {}, 60, 30, 64LL * 1024 * 1024};
    }

    void newFileImportedOnce()
    {
        write(m_folder + u"/a.ndjson"_s, postLines(1, 3));
        FolderPollResult first = pollOnce();
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; "_s)));
        QCOMPARE(first.filesSeen, 1);
        QCOMPARE(first.filesImported, 1);
        QCOMPARE(first.report.inserted, 3);
        QCOMPARE(storedPosts(), 3);

        FolderPollResult second = pollOnce();
        QVERIFY(second.errors.isEmpty());
        QCOMPARE(second.filesSeen, 1);
        QCOMPARE(second.filesImported, 0);
        QCOMPARE(second.report.read, 0);
    }

    void appendedLinesReadOnce()
    {
        const QString path = m_folder + u"/capture.ndjson"_s;
        write(path, postLines(1, 3));
        QCOMPARE(pollOnce().report.inserted, 3);

        append(path, postLines(4, 2));
        FolderPollResult grown = pollOnce();
        QVERIFY(grown.errors.isEmpty());
        QCOMPARE(grown.report.read, 2);
        QCOMPARE(grown.report.inserted, 2);
        QCOMPARE(grown.report.updated, 0);
        QCOMPARE(storedPosts(), 5);
        QCOMPARE(pollOnce().report.read, 0);
    }

    void partialLastLineWaits()
    {
        const QString path = m_folder + u"/capture.jsonl"_s;
        const QByteArray next = postLines(3, 1);
        write(path, postLines(1, 2) + next.left(40));
        FolderPollResult first = pollOnce();
        QVERIFY(first.errors.isEmpty());
        QCOMPARE(first.report.read, 2);
        QCOMPARE(first.report.rejected, 0);

        // Unchanged: nothing read, and the half line is not consumed as a broken record.
        QCOMPARE(pollOnce().report.read, 0);

        append(path, next.mid(40));
        FolderPollResult completed = pollOnce();
        QVERIFY(completed.errors.isEmpty());
        QCOMPARE(completed.report.read, 1);
        QCOMPARE(completed.report.inserted, 1);
        QCOMPARE(completed.report.rejected, 0);
        QCOMPARE(storedPosts(), 3);
    }

    void rejectsAreNumberedFromTheFileStart()
    {
        const QString path = m_folder + u"/capture.ndjson"_s;
        write(path, postLines(1, 3));
        QCOMPARE(pollOnce().report.inserted, 3);
        append(path, postLines(4, 1) + "{\"platform\": \"tiktok\", \"creator_id\": \"u1\"}\n");
        FolderPollResult grown = pollOnce();
        QCOMPARE(grown.report.read, 2);
        QCOMPARE(grown.report.rejected, 1);
        QCOMPARE(grown.report.rejects.value(0).line, 5);
        // A garbage line starting an appended part is rejected, and does not block what follows.
        append(path, "not json\n");
        FolderPollResult garbage = pollOnce();
        QVERIFY2(garbage.errors.isEmpty(), qPrintable(garbage.errors.join(u"; "_s)));
        QCOMPARE(garbage.report.rejects.value(0).line, 6);
        append(path, "\n" + postLines(5, 1));
        FolderPollResult after = pollOnce();
        QVERIFY2(after.errors.isEmpty(), qPrintable(after.errors.join(u"; "_s)));
        QCOMPARE(after.report.inserted, 1);
        QCOMPARE(PostRepository(m_database).count().value(), 5);
    }

    void lastLineWithoutNewlineIsTakenWhenWhole()
    {
        const QString path = m_folder + u"/capture.ndjson"_s;
        write(path, postLines(1, 2).chopped(1)); // the writer does not end its last line
        QCOMPARE(pollOnce().report.inserted, 2);
        append(path, "\n" + postLines(3, 1));
        FolderPollResult grown = pollOnce();
        QCOMPARE(grown.report.read, 1);
        QCOMPARE(grown.report.rejected, 0);
    }

    void restartReadsNothingAgain()
    {
        const QString path = m_folder + u"/capture.ndjson"_s;
        write(path, postLines(1, 4));
        QCOMPARE(pollOnce().report.inserted, 4);

        // A new process: new Database object and service on the same file.
        const QString dbPath = m_database->path();
        m_importer.reset();
        m_database.reset();
        auto reopened = Database::open(dbPath);
        QVERIFY(reopened.ok());
        m_database = reopened.value();
        m_importer = std::make_unique<ImportService>(std::make_shared<PostRepository>(m_database), IngestOptions{});

        QCOMPARE(pollOnce().filesImported, 0);
        append(path, postLines(5, 1));
        FolderPollResult grown = pollOnce();
        QCOMPARE(grown.report.read, 1);
        QCOMPARE(grown.report.inserted, 1);
    }

    void replacedFileIsReadFromTheStart()
    {
        const QString path = m_folder + u"/capture.ndjson"_s;
        write(path, postLines(1, 5));
        QCOMPARE(pollOnce().report.inserted, 5);
        // Rotated: a shorter file with other first bytes.
        write(path, postLines(20, 2));
        FolderPollResult rotated = pollOnce();
        QCOMPARE(rotated.report.read, 2);
        QCOMPARE(rotated.report.inserted, 2);
        // Replaced by a longer file that starts differently: not resumed at the old offset.
        write(path, postLines(30, 8));
        FolderPollResult replaced = pollOnce();
        QCOMPARE(replaced.report.read, 8);
    }

    void captureToolFileResumes()
    {
        // A Zeeschuimer capture that grows while the analyst browses: the appended part is sniffed
        // on its own and still read by the capture reader.
        QFile fixture(testsupport::dataPath(u"poll/zeeschuimer_tiktok_capture.ndjson"_s));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = fixture.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        const QString path = m_folder + u"/tiktok.ndjson"_s;
        write(path, lines[0] + '\n' + lines[1] + '\n');
        FolderPollResult first = pollOnce();
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; "_s)));
        QVERIFY2(first.report.format.startsWith(u"zeeschuimer"_s), qPrintable(first.report.format));
        QCOMPARE(first.report.inserted, 2);
        append(path, lines[2] + '\n');
        FolderPollResult grown = pollOnce();
        QVERIFY2(grown.errors.isEmpty(), qPrintable(grown.errors.join(u"; "_s)));
        QCOMPARE(grown.report.format, first.report.format);
        QCOMPARE(grown.report.read, 1);
        QCOMPARE(grown.report.inserted, 1);
    }

    void grownCsvIsReadWhole()
    {
        const QString path = m_folder + u"/export.csv"_s;
        const QByteArray header = "platform,post_id,creator_id,text,created_at\n";
        write(path, header + "tiktok,1,u1,#a,2024-06-01T00:00:00Z\ntiktok,2,u2,#a,2024-06-01T00:00:00Z\n");
        QCOMPARE(pollOnce().report.inserted, 2);
        append(path, "tiktok,3,u3,#a,2024-06-01T00:00:00Z\n");
        FolderPollResult grown = pollOnce();
        QCOMPARE(grown.report.read, 3);
        QCOMPARE(grown.report.inserted, 1);
        QCOMPARE(grown.report.updated, 2);
    }

    void grownJsonArrayIsReadWhole()
    {
        const QString path = m_folder + u"/posts.json"_s;
        const auto array = [](int count) -> QByteArray {
            QByteArray lines = postLines(1, count).trimmed();
            return "[\n" + lines.replace("}\n{", "},\n{") + "\n]"; // no newline after ']'
        };
        write(path, array(2));
        FolderPollResult first = pollOnce();
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; "_s)));
        QCOMPARE(first.report.inserted, 2);
        write(path, array(3));
        FolderPollResult grown = pollOnce();
        QVERIFY2(grown.errors.isEmpty(), qPrintable(grown.errors.join(u"; "_s)));
        QCOMPARE(grown.report.read, 3);
        QCOMPARE(grown.report.inserted, 1);
        QCOMPARE(grown.report.updated, 2);
    }

    void unknownFilesAndBrokenFiles()
    {
        write(m_folder + u"/README.txt"_s, "Captures land here.\n");
        write(m_folder + u"/download.ndjson.part"_s, postLines(1, 1));
        write(m_folder + u"/broken.ndjson"_s, "hello, this is not a feed\nsecond line\n");
        FolderPollResult result = pollOnce();
        QCOMPARE(result.filesSeen, 2);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(u"broken.ndjson: "_s), qPrintable(result.errors.first()));
        // A failed file is not retried until it changes.
        QVERIFY(pollOnce().errors.isEmpty());
        QCOMPARE(storedPosts(), 0);
    }

    void overSizeFileRefused()
    {
        m_source.maxBytes = 100;
        write(m_folder + u"/big.ndjson"_s, postLines(1, 5));
        FolderPollResult result = pollOnce();
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(u"over the limit of 100 bytes"_s), qPrintable(result.errors.first()));
        QCOMPARE(storedPosts(), 0);
    }

    /// The feed through the storage ports on both backends: the ingest instances of a team database keep their
    /// feeds' state in PostgreSQL. A restart (a new Storage on the same database) reads nothing again.
    void aFeedOnEitherBackend_data() { StorageBackends::addRows(); }
    void aFeedOnEitherBackend()
    {
        GT_OPEN_STORAGE(m_backends, storage);
        const ImportService importer(storage.posts, IngestOptions{});
        write(m_folder + u"/a.ndjson"_s, postLines(1, 3));
        FolderPollResult first = poll::pollFolder(m_source, m_id, importer, *storage.pollState);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; "_s)));
        QCOMPARE(first.report.inserted, 3);
        QCOMPARE(poll::pollFolder(m_source, m_id, importer, *storage.pollState).filesImported, 0);
        append(m_folder + u"/a.ndjson"_s, postLines(4, 2));
        FolderPollResult grown = poll::pollFolder(m_source, m_id, importer, *storage.pollState);
        QCOMPARE(grown.report.read, 2);
        QCOMPARE(grown.report.inserted, 2);
        QCOMPARE(storage.posts->count().value(), 5);
    }

    void missingFolder()
    {
        m_source.path = m_folder + u"/nope"_s;
        FolderPollResult result = pollOnce();
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestFolderPoll)
#include "tst_folderpoll.moc"
