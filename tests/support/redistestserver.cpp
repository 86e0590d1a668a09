#include "tests/support/redistestserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpSocket>

#include "tests/support/freeport.h"

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

/// Whether a Redis answers PING on `port`.
bool answersPing(int port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    if (!socket.waitForConnected(500))
        return false;
    socket.write("PING\r\n");
    if (!socket.waitForBytesWritten(500))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(500))
        answer += socket.readAll();
    return answer.startsWith("+PONG");
}

} // namespace

RedisTestServer::RedisTestServer() : m_binary(binary()) {}

RedisTestServer::~RedisTestServer()
{
    if (isRunning()) {
        resume();
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            kill();
    }
}

QString RedisTestServer::binary()
{
    const QString fromEnv = qEnvironmentVariable("GT_REDIS_SERVER");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    const QString found = QStandardPaths::findExecutable(u"redis-server"_s);
    if (!found.isEmpty())
        return found;
    return QFileInfo(u"/usr/bin/redis-server"_s).isExecutable() ? u"/usr/bin/redis-server"_s : QString();
}

QString RedisTestServer::skipReason() const
{
    return u"redis-server not found (on PATH, /usr/bin or $GT_REDIS_SERVER); install redis-server "
           "(packaging/install-deps.sh)"_s;
}

QString RedisTestServer::url() const
{
    return u"redis://127.0.0.1:%1/0"_s.arg(m_port);
}

bool RedisTestServer::start()
{
    if (!available()) {
        m_error = skipReason();
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir.errorString();
        return false;
    }
    if (m_port != 0)
        return launch(); // back on the same port
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeTcpPort();
        if (launch())
            return true;
        if (!m_error.contains(u"Address already in use"_s))
            return false;
    }
    return false;
}

bool RedisTestServer::launch()
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setWorkingDirectory(m_dir.path());
    m_server.start(m_binary, {u"--port"_s, QString::number(m_port), u"--bind"_s, u"127.0.0.1"_s, u"--save"_s, u""_s,
                              u"--appendonly"_s, u"no"_s, u"--daemonize"_s, u"no"_s, u"--dir"_s, m_dir.path(),
                              u"--loglevel"_s, u"warning"_s});
    if (!m_server.waitForStarted(10000)) {
        m_error = u"redis-server did not start: "_s + m_server.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_server.waitForFinished(50))
            break;
        if (answersPing(m_port))
            return true;
    }
    const QString log = QString::fromLocal8Bit(m_server.readAll()).trimmed();
    if (isRunning()) {
        kill();
        m_error = u"redis-server did not answer PING within 30 s: "_s + log;
        return false;
    }
    m_error = u"redis-server exited: "_s + log;
    return false;
}

void RedisTestServer::kill()
{
    if (!isRunning())
        return;
    m_server.kill();
    m_server.waitForFinished(5000);
}

void RedisTestServer::pause()
{
    if (isRunning())
        ::kill(pid_t(m_server.processId()), SIGSTOP);
}

void RedisTestServer::resume()
{
    if (isRunning())
        ::kill(pid_t(m_server.processId()), SIGCONT);
}
