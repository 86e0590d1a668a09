#include "tests/support/pgtestserver.h"

#include "tests/support/freeport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kUser = "gt";

/// Gives a fresh (still empty) folder to another user: initdb creates everything under it as that user.
bool giveFolder(const QString &path, int uid, int gid)
{
    return ::chown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(gid)) == 0;
}

} // namespace

PgTestServer::PgTestServer() : m_bin(binDir()) {}

PgTestServer::~PgTestServer()
{
    stop();
}

QString PgTestServer::binDir()
{
    const QString fromEnv = qEnvironmentVariable("GT_PG_BIN");
    for (const QString &dir : {fromEnv, u"/usr/lib/postgresql/15/bin"_s}) {
        if (!dir.isEmpty() && QFileInfo(dir + u"/initdb"_s).isExecutable() &&
            QFileInfo(dir + u"/postgres"_s).isExecutable())
            return dir;
    }
    return {};
}

QString PgTestServer::skipReason() const
{
    return u"PostgreSQL 15 server binaries not found (initdb, postgres in /usr/lib/postgresql/15/bin or $GT_PG_BIN); "
           "install postgresql-15 (packaging/install-deps.sh)"_s;
}

QString PgTestServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

void PgTestServer::dropPrivileges(QProcess &process) const
{
    if (m_uid < 0)
        return;
    const uid_t uid = uid_t(m_uid);
    const gid_t gid = gid_t(m_gid);
    // Runs in the forked child before exec: only async-signal-safe calls.
    process.setChildProcessModifier([uid, gid] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
    });
}

bool PgTestServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    dropPrivileges(process);
    process.start(m_bin + u'/' + tool, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"%1 failed (exit %2): %3"_s.arg(tool).arg(process.exitCode()).arg(
            QString::fromLocal8Bit(process.readAll()).trimmed());
        process.kill();
        process.waitForFinished(2000);
        return false;
    }
    return true;
}

bool PgTestServer::start()
{
    if (!available()) {
        m_error = skipReason();
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/gt-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir->errorString();
        return false;
    }
    if (::geteuid() == 0) {
        // PostgreSQL refuses to run as root: run it as the package's unprivileged user.
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = u"running as root and there is no 'postgres' user to run the server as"_s;
            return false;
        }
        m_uid = int(user->pw_uid);
        m_gid = int(user->pw_gid);
        if (!giveFolder(m_dir->path(), m_uid, m_gid)) {
            m_error = u"cannot give %1 to the postgres user"_s.arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->path() + u"/data"_s;
    if (!runTool(u"initdb"_s,
                 {u"-D"_s, data, u"-U"_s, QString::fromLatin1(kUser), u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                  u"--locale=C"_s, u"--no-sync"_s},
                 120000))
        return false;

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeTcpPort();
        if (launch())
            return true;
        // Another process may have taken the port in between: then try another.
        if (!m_error.contains(u"could not bind"_s) && !m_error.contains(u"Address already in use"_s))
            return false;
    }
    return false;
}

bool PgTestServer::restart()
{
    if (!m_dir || m_port == 0) {
        m_error = u"restart() before start()"_s;
        return false;
    }
    stop();
    return launch();
}

bool PgTestServer::launch()
{
    const QString data = m_dir->path() + u"/data"_s;
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setWorkingDirectory(m_dir->path());
    dropPrivileges(m_server);
    m_server.start(m_bin + u"/postgres"_s,
                   {u"-D"_s, data, u"-k"_s, m_dir->path(), u"-p"_s, QString::number(m_port), u"-c"_s,
                    u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"fsync=off"_s, u"-c"_s, u"synchronous_commit=off"_s,
                    u"-c"_s, u"full_page_writes=off"_s, u"-c"_s, u"max_connections=60"_s, u"-c"_s,
                    u"shared_buffers=64MB"_s});
    if (!m_server.waitForStarted(10000)) {
        m_error = u"postgres did not start: "_s + m_server.errorString();
        return false;
    }
    // Ready when the socket accepts connections (pg_isready), or failed when the process exits.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (m_server.waitForFinished(200))
            break;
        QProcess ready;
        ready.start(m_bin + u"/pg_isready"_s, {u"-q"_s, u"-h"_s, m_dir->path(), u"-p"_s, QString::number(m_port),
                                               u"-U"_s, QString::fromLatin1(kUser)});
        if (ready.waitForFinished(5000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0)
            return true;
    }
    const QString log = QString::fromLocal8Bit(m_server.readAll()).trimmed();
    if (m_server.state() != QProcess::NotRunning) {
        stop();
        m_error = u"postgres did not accept connections within 60 s: "_s + log;
        return false;
    }
    m_error = u"postgres exited: "_s + log;
    return false;
}

QString PgTestServer::uri(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(QString::fromLatin1(kUser)).arg(m_port).arg(database);
}

QString PgTestServer::createDatabase(const QString &name)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_bin + u"/createdb"_s, {u"-h"_s, socketDir(), u"-p"_s, QString::number(m_port), u"-U"_s,
                                           QString::fromLatin1(kUser), name});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"createdb %1 failed: %2"_s.arg(name, QString::fromLocal8Bit(process.readAll()).trimmed());
        return {};
    }
    return uri(name);
}

void PgTestServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    // SIGINT: fast shutdown (open client sessions are ended), unlike QProcess::terminate's SIGTERM.
    ::kill(pid_t(m_server.processId()), SIGINT);
    if (!m_server.waitForFinished(30000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}
