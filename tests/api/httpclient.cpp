#include "tests/api/httpclient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

HttpClient::HttpClient(quint16 port, QString token) : m_port(port), m_token(std::move(token))
{
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

HttpResult HttpClient::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery);
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return send("POST", path, body, {{"Content-Type", contentType}});
}

HttpResult HttpClient::postJson(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult HttpClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = u"timed out"_s;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0)
        result.networkError = reply->errorString();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs)
{
    // Event-driven, not waitFor*(): the server under test usually runs on this very thread.
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QTimer silence;
    silence.setSingleShot(true);
    QObject::connect(&silence, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        silence.start(waitMs);
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(u"127.0.0.1"_s, port);
    silence.start(waitMs);
    loop.exec();
    answer += socket.readAll();
    return answer;
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString RawResponse::errorCode() const
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QList<RawResponse> parseResponses(const QByteArray &bytes, QByteArray *rest)
{
    QList<RawResponse> out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QList<QByteArray> lines = bytes.mid(pos, end - pos).split('\n');
        RawResponse r;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            r.headers.append(qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
            if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (r.status == 100) { // an interim answer: no body, the real one follows
            pos = end + 4;
            continue;
        }
        if (bytes.size() < end + 4 + length)
            break;
        r.body = bytes.mid(end + 4, length);
        out.append(r);
        pos = end + 4 + length;
    }
    if (rest)
        *rest = bytes.mid(pos);
    return out;
}

RawConnection::RawConnection(quint16 port, int waitMs) : m_socket(std::make_unique<QTcpSocket>()), m_waitMs(waitMs)
{
    QTcpSocket *s = socket();
    QObject::connect(s, &QTcpSocket::readyRead, s, [this] { m_received += socket()->readAll(); });
    QObject::connect(s, &QTcpSocket::disconnected, s, [this] { m_closed = true; });
    QObject::connect(s, &QTcpSocket::errorOccurred, s, [this](QAbstractSocket::SocketError) {
        if (socket()->state() != QAbstractSocket::ConnectedState)
            m_closed = true;
    });
    s->connectToHost(u"127.0.0.1"_s, port);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(s, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(s, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_waitMs);
    if (s->state() != QAbstractSocket::ConnectedState)
        loop.exec();
}

bool RawConnection::isConnected() const
{
    return socket()->state() == QAbstractSocket::ConnectedState;
}

void RawConnection::write(const QByteArray &bytes)
{
    socket()->write(bytes);
    socket()->flush();
}

void RawConnection::spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QList<RawResponse> RawConnection::responses(int count)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll; // the socket's own signals are taken by the constructor's handlers
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_closed || parseResponses(m_received).size() >= count)
            loop.quit();
    });
    timer.start(m_waitMs);
    poll.start(5);
    if (!m_closed && parseResponses(m_received).size() < count)
        loop.exec();
    m_received += socket()->readAll();
    return parseResponses(m_received);
}

bool RawConnection::waitForClose()
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_closed)
            loop.quit();
    });
    timer.start(m_waitMs);
    poll.start(5);
    if (!m_closed)
        loop.exec();
    return m_closed;
}
