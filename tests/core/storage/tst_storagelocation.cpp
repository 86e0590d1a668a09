#include <QTest>

#include "core/storage/storagelocation.h"

using namespace Qt::StringLiterals;

/// Where the data lives (--db, database.url): which backend, and the password never shown.
class TestStorageLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresUrisAreRecognized()
    {
        QVERIFY(storagelocation::isPostgresUri(u"postgresql://gt@db:5432/trends"_s));
        QVERIFY(storagelocation::isPostgresUri(u"  postgres://db/trends"_s));
        QVERIFY(storagelocation::isPostgresUri(u"POSTGRESQL://db"_s));
        QVERIFY(!storagelocation::isPostgresUri(u"/data/trends.db"_s));
        QVERIFY(!storagelocation::isPostgresUri(u"postgresql.db"_s));
        QVERIFY(!storagelocation::isPostgresUri(u"C:/postgresql://x"_s));
    }

    void passwordsAreRedacted_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("user info") << u"postgresql://gt:s3cret@db:5432/trends"_s << u"postgresql://gt:***@db:5432/trends"_s;
        QTest::newRow("no password") << u"postgresql://gt@db/trends"_s << u"postgresql://gt@db/trends"_s;
        QTest::newRow("query") << u"postgresql://db/trends?user=gt&password=p%40ss&sslmode=require"_s
                               << u"postgresql://db/trends?user=gt&password=***&sslmode=require"_s;
        QTest::newRow("@ in password") << u"postgresql://gt:a@b@db/x"_s << u"postgresql://gt:***@db/x"_s;
        QTest::newRow("file") << u"/tmp/a:b@c.db"_s << u"/tmp/a:b@c.db"_s;
    }
    void passwordsAreRedacted()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(storagelocation::redacted(location), shown);
    }

    void messagesAreScrubbed()
    {
        const QString uri = u"postgresql://gt:p%40ss@db/trends"_s;
        // libpq may quote the decoded form.
        QCOMPARE(storagelocation::scrubbed(u"password authentication failed for p@ss and p%40ss"_s, uri),
                 u"password authentication failed for *** and ***"_s);
    }

    /// What Open recent saves and the window title shows: no password at all, not even stars.
    void passwordsAreLeftOut_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("name");
        QTest::newRow("user info") << u"postgresql://gt:s3cret@db:5432/trends"_s << u"postgresql://gt@db:5432/trends"_s
                                   << u"db:5432/trends"_s;
        QTest::newRow("no password") << u"postgresql://gt@db/trends"_s << u"postgresql://gt@db/trends"_s << u"db/trends"_s;
        QTest::newRow("query") << u"postgresql://db/trends?user=gt&password=p%40ss&sslmode=require"_s
                               << u"postgresql://db/trends?user=gt&sslmode=require"_s << u"db/trends"_s;
        QTest::newRow("only a password") << u" postgres://db/x?password=p "_s << u"postgres://db/x"_s << u"db/x"_s;
        QTest::newRow("@ in password") << u"postgresql://gt:a@b@db/x"_s << u"postgresql://gt@db/x"_s << u"db/x"_s;
        QTest::newRow("socket") << u"postgresql:///trends?host=/run/postgresql"_s
                                << u"postgresql:///trends?host=/run/postgresql"_s << u"/run/postgresql/trends"_s;
        QTest::newRow("no host") << u"postgresql://"_s << u"postgresql://"_s << u"localhost"_s;
        QTest::newRow("file") << u"/tmp/a:b@c.db"_s << u"/tmp/a:b@c.db"_s << u"/tmp/a:b@c.db"_s;
    }
    void passwordsAreLeftOut()
    {
        QFETCH(QString, location);
        QFETCH(QString, saved);
        QFETCH(QString, name);
        QCOMPARE(storagelocation::withoutPassword(location), saved);
        QCOMPARE(storagelocation::displayName(location), name);
    }
};

QTEST_GUILESS_MAIN(TestStorageLocation)
#include "tst_storagelocation.moc"
