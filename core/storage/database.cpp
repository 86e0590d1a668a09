#include "core/storage/database.h"

#include <algorithm>

#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include "core/log/log.h"
#include "core/storage/schema.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqltransaction.h"

using namespace Qt::StringLiterals;

namespace {

// Per-connection settings.
// - page_size only takes effect on a new, empty file (before WAL is on); 16 KB pages made the bulk
//   upsert ~9 % cheaper than SQLite's default 4 KB.
// - WAL lets readers run beside the one writer; synchronous=NORMAL in WAL keeps every committed
//   transaction across a killed process (only power loss can drop the last ones) without FULL's
//   fsync per commit.
// - The larger page cache keeps the index pages of a big import in memory. No mmap: mapped pages
//   count as the process's resident memory, so reading a million-post window through a 1 GB map
//   put ~300 MB of database file on top of the Dataset (626 MB peak vs 440 MB without, for the
//   same load time); importing 1M posts peaked at 282 MB with it and 120 MB without.
// - A checkpoint every 4096 pages (64 MB) of WAL instead of SQLite's 1000: index pages rewritten
//   by consecutive import batches are copied into the database file once, not once per batch.
//   journal_size_limit (database.max_wal_mb) is set per connection in openConnection().
const QStringList &connectionPragmas()
{
    static const QStringList pragmas = {
        u"PRAGMA page_size = 16384"_s,
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(Database::kBusyTimeoutMs),
        u"PRAGMA cache_size = -%1"_s.arg(Database::kPageCacheKib),
        u"PRAGMA temp_store = MEMORY"_s,
        u"PRAGMA mmap_size = 0"_s,
    };
    return pragmas;
}

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return storage::sqlError(u"read schema version"_s, query);
    return query.value(0).toInt();
}

} // namespace

Database::Database(QString path, qint64 maxWalBytes) : m_path(std::move(path)), m_maxWalBytes(maxWalBytes)
{
    static std::atomic_int counter{0};
    m_prefix = u"glasstrend-%1-"_s.arg(counter.fetch_add(1));
}

Database::~Database()
{
    // Threads that are still alive lose their connection here; their QSqlDatabase handles must
    // already be gone (repositories only hold the shared_ptr<Database>, not connections).
    const std::lock_guard lock(m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    // This is AppDataLocation for an application called "GlassTrend" without an organization
    // (~/.local/share/GlassTrend on Linux), spelled out so the path does not depend on whether
    // main() has called setApplicationName() yet.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base % "/GlassTrend/trends.db"_L1;
}

int Database::schemaVersion()
{
    return schema::latestVersion();
}

Result<std::shared_ptr<Database>> Database::open(const QString &sqlitePath, qint64 maxWalBytes)
{
    if (maxWalBytes <= 0)
        return Error{u"invalid_value"_s, u"database.max_wal_mb must be positive"_s, {}};
    if (sqlitePath.isEmpty())
        return Error{u"invalid_value"_s, u"database path is empty"_s, {}};
    const QFileInfo info(sqlitePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"io"_s, u"cannot create directory %1"_s.arg(info.absolutePath()), {}};

    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), maxWalBytes));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error{u"storage"_s, u"cannot open database %1: %2"_s.arg(database->m_path, db.lastError().text()), {}};
    if (Status migrated = database->migrate(db); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_prefix % QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    auto opened = openConnection(name);
    if (!opened)
        gtlog::storage()->warn("{}", opened.error().message);
    {
        const std::lock_guard lock(m_mutex);
        m_connectionNames.append(name);
    }
    // Remove this thread's connection when the thread ends. The thread object is the context, so
    // the connection to the signal dies with it; DirectConnection runs the removal in the ending
    // thread itself, the one that owns the connection.
    if (QThread *thread = QThread::currentThread()) {
        QObject::connect(
            thread, &QThread::finished, thread, [name] { QSqlDatabase::removeDatabase(name); }, Qt::DirectConnection);
    }
    return QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return Error{u"storage"_s, u"cannot open database %1: %2"_s.arg(m_path, db.lastError().text()), {}};
    QSqlQuery query(db);
    for (const QString &pragma : connectionPragmas()) {
        if (!query.exec(pragma))
            return storage::sqlError(pragma, query);
    }
    // The WAL file is truncated back to this after a checkpoint restarts it (SQLite reuses it otherwise), and
    // SQLite's own checkpoints start at this many bytes of WAL (of 16 KB pages), at most 4096 pages.
    const qint64 autocheckpoint = std::clamp<qint64>(m_maxWalBytes / 16384, 1, 4096);
    for (const QString &limit : {u"PRAGMA wal_autocheckpoint = %1"_s.arg(autocheckpoint),
                                 u"PRAGMA journal_size_limit = %1"_s.arg(m_maxWalBytes)}) {
        if (!query.exec(limit))
            return storage::sqlError(limit, query);
    }
    return db;
}

Status Database::migrate(QSqlDatabase &db) const
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    const int latest = schema::latestVersion();
    if (current.value() > latest) {
        return Error{u"schema_too_new"_s,
                     u"database %1 has schema version %2, but this GlassTrend understands up to %3; "
                     "use a newer GlassTrend or another database file"_s.arg(m_path)
                         .arg(current.value())
                         .arg(latest),
                     {}};
    }
    // Whether a step below the database's version has its work (see Migration::presentQuery).
    const auto present = [&db](const Migration &step) -> Result<bool> {
        QSqlQuery probe(db);
        if (!probe.exec(step.presentQuery))
            return storage::sqlError(u"migration %1 (%2)"_s.arg(step.version).arg(step.description), probe);
        return probe.next();
    };
    for (const Migration &step : schema::migrations()) {
        const bool below = step.version <= current.value();
        if (below) {
            if (step.presentQuery.isEmpty())
                continue;
            // Looked at outside a transaction first: opening a database must not wait for the write lock.
            auto there = present(step);
            if (!there)
                return there.error();
            if (there.value())
                continue;
        }
        SqlTransaction transaction(db);
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
        QSqlQuery query(db);
        if (below) {
            // A reserved number merged after a later step; another process may have added it meanwhile.
            auto there = present(step);
            if (!there)
                return there.error();
            if (there.value())
                continue;
        } else {
            // Another process may have migrated while we waited for the write lock.
            auto now = userVersion(db);
            if (!now)
                return now.error();
            if (now.value() >= step.version)
                continue;
        }
        for (const QString &statement : step.statements) {
            if (!query.exec(statement))
                return storage::sqlError(u"migration %1 (%2)"_s.arg(step.version).arg(step.description), query);
        }
        if (step.convert) {
            if (Status converted = step.convert(db); !converted)
                return converted.error();
        }
        if (!below && !query.exec(u"PRAGMA user_version = %1"_s.arg(step.version)))
            return storage::sqlError(u"set schema version"_s, query);
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        gtlog::storage()->info("database {}: migrated to schema version {} ({}){}", m_path, step.version,
                               step.description, below ? " (a step merged after a later one)" : "");
    }
    return Ok{};
}
