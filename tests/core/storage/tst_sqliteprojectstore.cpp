#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "tests/core/storage/postgenerator.h"

using namespace Qt::StringLiterals;

/// The SQLite ProjectStore: settings kept in the project's own file, and a copy that carries them.
class TestSqliteProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewProjectHasNoSettings()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"p.db"_s));
        QVERIFY(db.ok());
        SqliteProjectStore store(db.value());
        const auto values = store.settings();
        QVERIFY(values.ok());
        QVERIFY(values.value().isEmpty());
    }

    void settingsSurviveReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            SqliteProjectStore store(db.value());
            QVERIFY(store.saveSettings({{u"params"_s, u"{\"window.hours\":720}"_s}, {u"filters"_s, u"{}"_s}}).ok());
            // A later save replaces its keys and keeps the others.
            QVERIFY(store.saveSettings({{u"params"_s, u"{\"window.hours\":6}"_s}}).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto values = SqliteProjectStore(db.value()).settings();
        QVERIFY(values.ok());
        QCOMPARE(values.value(),
                 (QMap<QString, QString>{{u"filters"_s, u"{}"_s}, {u"params"_s, u"{\"window.hours\":6}"_s}}));
    }

    void aCopyCarriesPostsAndSettings()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"p.db"_s));
        QVERIFY(db.ok());
        QVERIFY(PostRepository(db.value()).upsert(postgen::posts(0, 25)).ok());
        SqliteProjectStore store(db.value());
        QVERIFY(store.saveSettings({{u"params"_s, u"{\"window.hours\":48}"_s}}).ok());

        const QString copyPath = dir.filePath(u"copy.db"_s);
        const Status copied = store.saveCopy(copyPath);
        QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
        QVERIFY(!QFileInfo::exists(copyPath + u"-wal"_s) || QFileInfo(copyPath + u"-wal"_s).size() == 0);
        auto copy = Database::open(copyPath);
        QVERIFY(copy.ok());
        QCOMPARE(PostRepository(copy.value()).count().value(), 25);
        QCOMPARE(SqliteProjectStore(copy.value()).settings().value().value(u"params"_s), u"{\"window.hours\":48}"_s);

        // Never over an existing file.
        const Status again = store.saveCopy(copyPath);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"exists"_s);
        QCOMPARE(PostRepository(copy.value()).count().value(), 25);
    }
};

QTEST_GUILESS_MAIN(TestSqliteProjectStore)
#include "tst_sqliteprojectstore.moc"
