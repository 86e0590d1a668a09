#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QTest>

#include "core/model/result.h"
#include "core/storage/database.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/sqlite/sqlitestorage.h"
#include "core/storage/storage.h"
#include "tests/support/pgtestserver.h"

/// The storage tests' two backends (STYLE.md "Write the same tests once"): a data-driven test adds
/// the rows "sqlite" and "postgres" with addRows() and opens a fresh, empty store of its row's
/// backend with open(). PostgreSQL runs on a PgTestServer started once per test program (header-only,
/// so only tests that link gt_storage and gt_storage_postgres pay for it).
///
///     void roundTrip_data() { StorageBackends::addRows(); }
///     void roundTrip() { QFETCH(QString, backend); Storage s = m_backends.open(backend); … }
class StorageBackends
{
public:
    /// Call from initTestCase(): starts PostgreSQL when its binaries are there.
    void start()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_pg.available())
            return;
        if (!m_pg.start())
            qWarning("PostgreSQL test server: %s", qPrintable(m_pg.error()));
        else
            m_pgRunning = true;
    }

    static void addRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    /// Why the postgres rows cannot run (empty when they can): QSKIP with it.
    QString unavailable(const QString &backend) const
    {
        if (backend != QStringLiteral("postgres") || m_pgRunning)
            return {};
        return m_pg.available() ? QStringLiteral("PostgreSQL test server did not start: ") + m_pg.error()
                                : m_pg.skipReason();
    }

    /// A fresh empty store of `backend`; `sqlite` receives the SQLite Database when there is one.
    Result<Storage> open(const QString &backend, std::shared_ptr<Database> *sqlite = nullptr,
                         pgstorage::Settings settings = {})
    {
        const QString name = QStringLiteral("t%1").arg(++m_opened);
        if (backend == QStringLiteral("sqlite")) {
            auto database = Database::open(m_dir->filePath(name + QStringLiteral(".db")));
            if (!database)
                return database.error();
            if (sqlite)
                *sqlite = database.value();
            return openSqliteStorage(database.value());
        }
        const QString uri = m_pg.createDatabase(name);
        if (uri.isEmpty())
            return Error{QStringLiteral("storage"), m_pg.error(), {}};
        return pgstorage::open(uri, settings);
    }

    /// The URI of a fresh empty PostgreSQL database (for the CLI and tests that open it themselves).
    QString freshPostgresUri() { return m_pg.createDatabase(QStringLiteral("t%1").arg(++m_opened)); }
    bool postgresRunning() const { return m_pgRunning; }

private:
    PgTestServer m_pg;
    bool m_pgRunning = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_opened = 0;
};

/// Opens `storage` for the current row or fails/skips the test (inside a test function).
#define GT_OPEN_STORAGE(backends, storage, ...)                                                                       \
    QFETCH(QString, backend);                                                                                         \
    if (const QString why = (backends).unavailable(backend); !why.isEmpty())                                          \
        QSKIP(qPrintable(why));                                                                                       \
    auto opened_##storage = (backends).open(backend __VA_OPT__(, ) __VA_ARGS__);                                      \
    QVERIFY2(opened_##storage.ok(), qPrintable(opened_##storage.ok() ? QString() : opened_##storage.error().message)); \
    Storage storage = std::move(opened_##storage).value()
