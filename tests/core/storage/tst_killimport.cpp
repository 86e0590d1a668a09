#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"

using namespace Qt::StringLiterals;

/// A process killed (SIGKILL) in the middle of a large import leaves every batch either fully
/// stored or absent, and the database opens cleanly afterwards.
class TestKillImport final : public QObject
{
    Q_OBJECT

private:
    static constexpr int kBatchSize = 20000;

    /// Runs the writer until it reported `atLeast` committed batches, kills it, returns the last
    /// number it reported.
    static int importAndKill(const QString &path, int batches, int atLeast)
    {
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationDirPath() % u"/gt_storage_writer"_s);
        writer.setArguments({path, QString::number(batches), QString::number(kBatchSize)});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        if (!writer.waitForStarted(30000))
            return -1;
        int committed = 0;
        QByteArray pending;
        while (committed < atLeast) {
            if (!writer.waitForReadyRead(120000))
                return -1; // finished early or hung
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();
            }
        }
        writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        writer.waitForFinished(30000);
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
        }
        return committed;
    }

private Q_SLOTS:
    void killedImportLeavesWholeBatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kill.db"_s);
        // Kill at different moments: right after the first commit and a few batches in.
        qint64 storedBefore = 0; // batches stored by earlier rounds
        for (int round = 0; round < 2; ++round) {
            const int reported = importAndKill(path, 50, round == 0 ? 1 : 3);
            QVERIFY2(reported >= 1, "the writer did not report committed batches");

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!query.next());

            // The writer restarts from post 0, so stored posts are always batches 1..k: every
            // reported batch, plus at most the one in flight (committed, not yet reported).
            const qint64 count = PostRepository(db.value()).count().value();
            const QByteArray counts = u"%1 posts, %2 batches reported"_s.arg(count).arg(reported).toUtf8();
            QVERIFY2(count % kBatchSize == 0, counts.constData());
            QVERIFY2(count / kBatchSize >= qMax<qint64>(storedBefore, reported), counts.constData());
            QVERIFY2(count / kBatchSize <= qMax<qint64>(storedBefore, reported + 1), counts.constData());
            storedBefore = count / kBatchSize;

            // Every stored post has its whole tag index: none half-written.
            QVERIFY(query.exec(u"SELECT count(*) FROM posts WHERE id NOT IN (SELECT post_row FROM post_tags)"_s) &&
                    query.next());
            QCOMPARE(query.value(0).toLongLong(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
