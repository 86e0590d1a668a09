#include <atomic>

#include <QtConcurrent>
#include <QtTest>

#include "core/api/httpserveradapter.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;

/// The adapter over QHttpServer 6.4: answers from the server thread and from workers, the body
/// limit enforced before QHttpServer buffers a body, and the safety net for dropped replies.
class TestHttpServerAdapter : public QObject
{
    Q_OBJECT

private:
    std::atomic_int m_handled{0};
    QThreadPool m_pool;

    std::unique_ptr<HttpServerAdapter> start(qint64 maxBody = 1024)
    {
        auto adapter = std::make_unique<HttpServerAdapter>(maxBody, [this](HttpRequest request, HttpReply reply) {
            ++m_handled;
            if (request.path == "/drop"_L1)
                return; // the reply is dropped unanswered
            if (request.path == "/worker"_L1) {
                (void)QtConcurrent::run(&m_pool, [request, reply] {
                    reply(HttpResponse{201, "text/plain", "worker:" + request.body, {}});
                });
                return;
            }
            if (request.path == "/empty"_L1) {
                reply(HttpResponse{200, "text/plain", {}, {}});
                return;
            }
            HttpResponse r{200, "text/plain",
                           request.method.toUtf8() + ' ' + request.path.toUtf8() + '?'
                               + request.query.query().toUtf8() + ' ' + QByteArray::number(request.body.size()),
                           {}};
            r.headers.append(qMakePair(QByteArray("X-Test"), QByteArray("yes")));
            reply(r);
        });
        const Status s = adapter->listen(u"127.0.0.1"_s, 0);
        if (!s)
            qFatal("listen failed");
        return adapter;
    }

private Q_SLOTS:
    void answersOnTheServerThread()
    {
        auto adapter = start();
        QVERIFY(adapter->port() != 0);
        HttpClient client(adapter->port());
        for (int i = 0; i < 3; ++i) { // one keep-alive connection, several requests
            const HttpResult r = client.post(u"/echo?a=1&b=x"_s, "hello");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("POST /echo?a=1&b=x 5"));
            QCOMPARE(r.header("X-Test"), QByteArray("yes"));
            QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        }
        QCOMPARE(adapter->inFlight(), 0);
    }

    void answersFromAWorkerThread()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.post(u"/worker"_s, "abc");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body, QByteArray("worker:abc"));
        QTRY_COMPARE(adapter->inFlight(), 0);
    }

    void answersAnEmptyBody()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.get(u"/empty"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        const HttpResult again = client.get(u"/x"_s); // the connection still frames correctly
        QCOMPARE(again.body, QByteArray("GET /x? 0"));
    }

    void droppedReplyIsA500()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.get(u"/drop"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), u"internal"_s);
    }

    void bodyAtTheLimitPasses()
    {
        auto adapter = start(1024);
        HttpClient client(adapter->port());
        const HttpResult r = client.post(u"/echo"_s, QByteArray(1024, 'x'));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("POST /echo? 1024"));
    }

    void oversizedBodyIs413AndNeverHandled()
    {
        auto adapter = start(1024);
        HttpClient client(adapter->port());
        m_handled = 0;
        const HttpResult r = client.post(u"/echo"_s, QByteArray(200 * 1024, 'x'));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"payload_too_large"_s);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"content_length"_s).toInt(),
                 200 * 1024);
        QCOMPARE(m_handled.load(), 0);
        // the server keeps serving other connections
        HttpClient other(adapter->port());
        QCOMPARE(other.get(u"/x"_s).status, 200);
    }

    void oversizedDeclaredLengthIsRejectedBeforeTheBodyArrives()
    {
        auto adapter = start(1024);
        m_handled = 0;
        // Declares 10 GB and sends 10 bytes: the answer comes from the headers alone.
        const QByteArray answer = rawExchange(adapter->port(),
                                              "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n0123456789",
                                              500);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("\"payload_too_large\""));
        QCOMPARE(m_handled.load(), 0);
    }

    void secondRequestOnAConnectionIsAlsoChecked()
    {
        auto adapter = start(100);
        m_handled = 0;
        // One keep-alive connection: a small request, its answer, then an oversized one.
        QTcpSocket socket;
        QByteArray answer;
        QEventLoop loop;
        connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
            answer += socket.readAll();
            if (answer.endsWith("5"))
                socket.write("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n" + QByteArray(500, 'y'));
        });
        connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        connect(&socket, &QTcpSocket::connected, &loop,
                [&] { socket.write("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"); });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a hang guard, not a timing assertion
        socket.connectToHost(u"127.0.0.1"_s, adapter->port());
        loop.exec();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(answer.contains("HTTP/1.1 413"), answer.constData());
        QCOMPARE(m_handled.load(), 1);
    }

    void chunkedUploadIs411()
    {
        auto adapter = start();
        const QByteArray answer = rawExchange(
            adapter->port(), "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 500);
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
        QVERIFY(answer.contains("\"length_required\""));
    }

    void hugeHeadersAre431()
    {
        auto adapter = start();
        const QByteArray answer = rawExchange(
            adapter->port(), "GET /echo HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(100 * 1024, 'h') + "\r\n\r\n", 500);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    }

    void stopListeningRefusesNewConnections()
    {
        auto adapter = start();
        const quint16 port = adapter->port();
        adapter->stopListening();
        QVERIFY(!adapter->isListening());
        HttpClient client(port);
        client.timeoutMs = 5000;
        QCOMPARE(client.get(u"/x"_s).status, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpServerAdapter)
#include "tst_httpserveradapter.moc"
