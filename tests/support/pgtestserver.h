#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// A throw-away PostgreSQL 15 server for tests: `initdb` into a temporary folder and `postgres` on
/// a free TCP port of 127.0.0.1 with its Unix socket in that folder, trust authentication, fsync
/// off. When the test runs as root (CI), both run as the unprivileged `postgres` system user the
/// Debian package creates (the child sets its user before exec), and the folder belongs to it.
/// The server is stopped (fast shutdown) and the folder removed when the object goes away.
///
///     PgTestServer pg;
///     if (!pg.available()) QSKIP(qPrintable(pg.skipReason()));
///     QVERIFY2(pg.start(), qPrintable(pg.error()));
///     QString uri = pg.createDatabase("t1"); // postgresql://gt@127.0.0.1:<port>/t1
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    /// The folder holding initdb/postgres (GT_PG_BIN, else /usr/lib/postgresql/15/bin, else
    /// pg_config --bindir); empty when PostgreSQL 15 is not installed.
    static QString binDir();
    /// Whether the binaries are there; otherwise skipReason() says what is missing.
    bool available() const { return !m_bin.isEmpty(); }
    QString skipReason() const;

    /// initdb + postgres, waiting until it accepts connections. False with error() on failure.
    bool start();
    QString error() const { return m_error; }

    /// Creates a fresh database and answers its URI (empty on failure, see error()).
    QString createDatabase(const QString &name);
    /// The URI of an existing database on this server.
    QString uri(const QString &database) const;
    /// The Unix socket folder and the port.
    QString socketDir() const;
    int port() const { return m_port; }
    /// The postmaster's process id (0 when not running).
    qint64 serverPid() const { return m_server.processId(); }

    /// Fast shutdown (SIGINT), waiting for the server to exit. Called by the destructor.
    void stop();
    /// Starts the stopped server again on the same folder and port (its databases kept): a database
    /// that went away and came back.
    bool restart();

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    /// Starts postgres on m_port and waits until it accepts connections.
    bool launch();
    void dropPrivileges(QProcess &process) const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    int m_port = 0;
    int m_uid = -1; ///< the user the server runs as when we are root; -1 = ourselves
    int m_gid = -1;
    QString m_error;
};
