#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// A throw-away Redis for tests: `redis-server` on a free TCP port of 127.0.0.1, nothing saved to
/// disk, its working folder temporary. kill() is SIGKILL (a Redis that dies), start() again brings it
/// back on the same port (empty). Stopped when the object goes away.
///
///     RedisTestServer redis;
///     if (!redis.available()) QSKIP(qPrintable(redis.skipReason()));
///     QVERIFY2(redis.start(), qPrintable(redis.error()));
///     QString url = redis.url(); // redis://127.0.0.1:<port>/0
class RedisTestServer
{
public:
    RedisTestServer();
    ~RedisTestServer();
    RedisTestServer(const RedisTestServer &) = delete;
    RedisTestServer &operator=(const RedisTestServer &) = delete;

    /// The redis-server binary (GT_REDIS_SERVER, else on PATH, else /usr/bin); empty when not installed.
    static QString binary();
    bool available() const { return !m_binary.isEmpty(); }
    QString skipReason() const;

    /// Starts redis-server (on a free port the first time, on the same port after kill()) and waits
    /// until it answers PING. False with error() on failure.
    bool start();
    QString error() const { return m_error; }
    /// SIGKILL, waiting for the process to be gone.
    void kill();
    /// SIGSTOP / SIGCONT: a Redis that hangs (connections open, nothing answered) and one that goes on.
    void pause();
    void resume();
    bool isRunning() const { return m_server.state() != QProcess::NotRunning; }

    int port() const { return m_port; }
    QString url() const;

private:
    bool launch();

    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    QString m_error;
};
