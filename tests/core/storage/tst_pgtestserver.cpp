#include <QProcess>
#include <QTest>

#include <unistd.h>

#include "tests/support/pgtestserver.h"

using namespace Qt::StringLiterals;

/// The harness the PostgreSQL tests stand on: a real server in a temporary folder, reachable over
/// TCP and its Unix socket, run unprivileged, gone afterwards.
class TestPgTestServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsQueriesAndStops()
    {
        QString folder;
        {
            PgTestServer pg;
            if (!pg.available())
                QSKIP(qPrintable(pg.skipReason()));
            QVERIFY2(pg.start(), qPrintable(pg.error()));
            QVERIFY(pg.port() > 0);
            folder = pg.socketDir();
            QVERIFY(QFile::exists(folder + u"/.s.PGSQL.%1"_s.arg(pg.port())));

            const QString uri = pg.createDatabase(u"harness"_s);
            QVERIFY2(!uri.isEmpty(), qPrintable(pg.error()));
            QCOMPARE(uri, u"postgresql://gt@127.0.0.1:%1/harness"_s.arg(pg.port()));
            // Over TCP with the URI; the server process must not be root.
            QProcess psql;
            psql.start(PgTestServer::binDir() + u"/psql"_s,
                       {u"-At"_s, uri, u"-c"_s, u"SELECT current_database(), pg_backend_pid() > 0"_s});
            QVERIFY(psql.waitForFinished(30000));
            QCOMPARE(psql.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(psql.readAllStandardOutput()).trimmed(), u"harness|t"_s);

            QProcess owner;
            owner.start(u"ps"_s, {u"-o"_s, u"user="_s, u"-p"_s, QString::number(pg.serverPid())});
            QVERIFY(owner.waitForFinished(10000));
            const QString user = QString::fromUtf8(owner.readAllStandardOutput()).trimmed();
            QVERIFY(!user.isEmpty());
            if (::geteuid() == 0)
                QCOMPARE(user, u"postgres"_s);

            pg.stop();
            QVERIFY(!QFile::exists(folder + u"/.s.PGSQL.%1"_s.arg(pg.port())));
        }
        QVERIFY(!QFile::exists(folder));
    }

};

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
