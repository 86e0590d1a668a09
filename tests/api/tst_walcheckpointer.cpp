#include <QtTest>

#include <QFileInfo>
#include <QSqlQuery>

#include "core/service/walcheckpointer.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"

using namespace Qt::StringLiterals;

/// The ingest writer's checkpoints: done on the checkpointer's own thread from thresholdPages on,
/// with the WAL bounded by backstopPages, and the connection's settings given back on detach().
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::vector<Post> posts(int first, int n)
    {
        std::vector<Post> out;
        for (int i = first; i < first + n; ++i) {
            Post p;
            p.platform = u"tiktok"_s;
            p.postId = u"w"_s + QString::number(i);
            p.creatorId = u"c"_s + QString::number(i % 37);
            p.text = u"post %1 with some text to fill pages"_s.arg(i);
            p.hashtags = {u"tag"_s + QString::number(i % 101), u"matcha"_s};
            p.createdAtMs = 1748779200000LL - qint64(i % 5000) * 61000;
            out.push_back(std::move(p));
        }
        return out;
    }

    static qint64 pragma(const QSqlDatabase &db, const QString &name)
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return -2;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void checkpointsOnItsOwnThreadAndBoundsTheWal()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"w.db"_s));
        QVERIFY(opened);
        std::shared_ptr<Database> db = opened.value();
        const QSqlDatabase writer = db->connection();
        const qint64 pageSize = pragma(writer, u"page_size"_s);
        const qint64 storageLimit = pragma(writer, u"journal_size_limit"_s);

        constexpr int kThreshold = 16;
        constexpr int kBackstop = 64;
        WalCheckpointer checkpointer(db, WalCheckpointer::Settings{kThreshold, kBackstop, 0});
        QVERIFY(checkpointer.attach(writer));
        QCOMPARE(pragma(writer, u"journal_size_limit"_s), -1);

        PostRepository repository(db);
        const QString wal = db->path() + u"-wal"_s;
        QVERIFY(repository.upsert(posts(0, 300)));
        const qint64 commitPages = QFileInfo(wal).size() / pageSize; // one commit, from an empty WAL
        QVERIFY(commitPages > 0 && commitPages < kBackstop);
        constexpr int kCommits = 60;
        for (int b = 1; b < kCommits; ++b)
            QVERIFY(repository.upsert(posts(b * 300, 300)));
        QTRY_VERIFY(checkpointer.checkpoints() > 0);
        // Without checkpoints the WAL would hold all 60 commits; with them it never goes much past
        // the backstop (the commit that reaches it, give or take a few pages).
        const qint64 walPages = QFileInfo(wal).size() / pageSize;
        QVERIFY2(walPages < qint64(kCommits) * commitPages / 2, qPrintable(QString::number(walPages)));
        QVERIFY2(walPages <= kBackstop + 2 * commitPages, qPrintable(QString::number(walPages)));

        checkpointer.detach(writer);
        QCOMPARE(pragma(writer, u"journal_size_limit"_s), storageLimit);
        auto stored = repository.count();
        QVERIFY(stored);
        QCOMPARE(stored.value(), 60 * 300);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
