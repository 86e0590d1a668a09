#include "cannedhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
}

bool CannedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray CannedHttpServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
}

void CannedHttpServer::setResponses(const QList<Response> &responses)
{
    m_responses = responses;
    m_next = 0;
}

CannedHttpServer::Response CannedHttpServer::ok(const QByteArray &body,
                                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return Response{200, body, headers, false};
}

CannedHttpServer::Response CannedHttpServer::status(int code, const QByteArray &body)
{
    return Response{code, body, {}, false};
}

void CannedHttpServer::answer(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    if (!head.contains("\r\n\r\n")) {
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("head", QByteArray());
    m_requests.append(head);
    if (m_responses.isEmpty())
        return;
    const Response response = m_responses.at(std::min<qsizetype>(m_next, m_responses.size() - 1));
    ++m_next;
    if (response.hang)
        return;
    static const QHash<int, QByteArray> reasons = {{200, "OK"},        {304, "Not Modified"},
                                                   {302, "Found"},     {301, "Moved Permanently"},
                                                   {404, "Not Found"}, {500, "Internal Server Error"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasons.value(response.status, "Status") + "\r\nConnection: close\r\n";
    if (response.status != 304 && !response.noLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (response.status != 304)
        out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
