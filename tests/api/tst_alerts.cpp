// Watch lists and alerts end to end (issue 12): a stored run raises alerts (watched tag, act_now), each
// is POSTed to a real HTTP receiver in this test with its HMAC-SHA256 signature, a receiver that fails
// twice gets it once after the retries, a restart over the same database file sends nothing again, and
// GET /api/v1/alerts lists them through real HTTP.
#include <QtTest>

#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>

#include "core/model/timeformat.h"
#include "core/service/alertservice.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/sqlite/sqlitealertstore.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

namespace {

/// One request the receiver got.
struct Received
{
    QByteArray signature; ///< X-GlassTrend-Signature, empty when absent
    QByteArray contentType;
    QByteArray body;
    int answeredStatus = 0;
};

/// A minimal HTTP/1.1 webhook receiver on an ephemeral 127.0.0.1 port: reads one request per
/// connection (headers, Content-Length body), answers with the status `answer` picks, and closes.
class Receiver final : public QObject
{
public:
    std::function<int(const Received &, int index)> answer = [](const Received &, int) { return 200; };
    QList<Received> received;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(m_server.serverPort()); }

    Receiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Received r;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        const qsizetype colon = line.indexOf(':');
                        if (colon < 0)
                            continue;
                        const QByteArray name = line.left(colon).trimmed().toLower();
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        if (name == "content-length")
                            length = value.toLongLong();
                        else if (name == "x-glasstrend-signature")
                            r.signature = value;
                        else if (name == "content-type")
                            r.contentType = value;
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    r.answeredStatus = answer(r, int(received.size()));
                    received.append(r);
                    socket->write("HTTP/1.1 " + QByteArray::number(r.answeredStatus) +
                                  " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};

QByteArray hmacHex(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

/// Trend posts of matcha tags plus noise, stored through the server's import road.
void storePosts(ApiTestServer &t)
{
    QJsonArray posts = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s, u"icedmatcha"_s}, 40);
    for (const auto &p : noisePosts(u"n"_s, 0, 300))
        posts.append(p);
    HttpClient client(t.port());
    QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(posts)).status, 200);
}

QString discover(ApiTestServer &t)
{
    HttpClient client(t.port());
    const HttpResult r = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
    return r.status == 200 ? r.json().value(u"run_id"_s).toString() : QString();
}

/// Alerts of `t`'s database, listening to its discovery.
std::unique_ptr<AlertService> alertsFor(ApiTestServer &t, WatchList watch, WebhookSettings webhooks)
{
    auto service =
        std::make_unique<AlertService>(std::make_shared<const SqliteAlertStore>(t.database), std::move(watch),
                                       std::move(webhooks), u"http://127.0.0.1:%1"_s.arg(t.port()));
    t.discovery->setRunListener([s = service.get()](const auto &run) { s->runStored(run); });
    return service;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedJsonReachesTheReceiver()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto t = ApiTestServer::start();
        QVERIFY(t);
        storePosts(*t);
        auto alerts = alertsFor(*t, WatchList{{u"#Matcha*"_s}, true},
                                WebhookSettings{{receiver.url()}, u"s3cret"_s, 5, 20, 10000});
        QSignalSpy evaluated(alerts.get(), &AlertService::runEvaluated);
        QSignalSpy finished(alerts.get(), &AlertService::deliveryFinished);
        const QString runId = discover(*t);
        QVERIFY(!runId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        const int raised = evaluated.at(0).at(1).toInt();
        QVERIFY(raised >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), raised, 60000);
        QCOMPARE(receiver.received.size(), raised);

        bool sawWatched = false;
        for (const Received &r : receiver.received) {
            QCOMPARE(r.contentType, QByteArray("application/json"));
            QCOMPARE(r.signature, "sha256=" + hmacHex(r.body, "s3cret"));
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(r.body, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(u"run_id"_s).toString(), runId);
            QCOMPARE(o.value(u"as_of"_s).toString(), u"2025-06-01T12:00:00Z"_s);
            const QString trendId = o.value(u"trend_id"_s).toString();
            QVERIFY(!trendId.isEmpty());
            QCOMPARE(o.value(u"url"_s).toString(),
                     u"http://127.0.0.1:%1/api/v1/trends/%2"_s.arg(t->port()).arg(trendId));
            QVERIFY(!o.value(u"title"_s).toString().isEmpty());
            QVERIFY(QStringList({u"act_now"_s, u"prepare"_s, u"monitor"_s}).contains(o.value(u"urgency"_s).toString()));
            QVERIFY(o.contains(u"growth"_s));
            const QString reason = o.value(u"reason"_s).toString();
            QVERIFY(reason == u"watched_tag"_s || reason == u"act_now"_s);
            if (reason == u"act_now"_s)
                QCOMPARE(o.value(u"urgency"_s).toString(), u"act_now"_s);
            if (reason == u"watched_tag"_s) {
                sawWatched = true;
                QVERIFY(o.value(u"watched"_s).toArray().contains(u"matcha"_s));
            }
            // The trend link answers on this server.
            HttpClient client(t->port());
            QCOMPARE(client.get(u"/api/v1/trends/"_s + trendId).status, 200);
        }
        QVERIFY(sawWatched);

        // The same run again (same inputs, same run): nothing new to send.
        QCOMPARE(discover(*t), runId);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 2, 60000);
        QCOMPARE(evaluated.at(1).at(1).toInt(), 0);
        QCOMPARE(receiver.received.size(), raised);

        // GET /api/v1/alerts through real HTTP: newest first, delivered after one attempt.
        HttpClient client(t->port());
        const HttpResult listed = client.get(u"/api/v1/alerts"_s);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(u"alerts"_s).toArray();
        QCOMPARE(items.size(), raised);
        qint64 previousId = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            QVERIFY(a.value(u"id"_s).toInteger() < previousId);
            previousId = a.value(u"id"_s).toInteger();
            QCOMPARE(a.value(u"run_id"_s).toString(), runId);
            QVERIFY(a.value(u"delivered"_s).toBool());
            QCOMPARE(a.value(u"attempts"_s).toInt(), 1);
            QVERIFY(a.value(u"created_at"_s).toString().endsWith(u'Z'));
        }
        QCOMPARE(client.get(u"/api/v1/alerts?limit=1&offset=0"_s).json().value(u"alerts"_s).toArray().size(), 1);
        QCOMPARE(client.get(u"/api/v1/alerts?limit=0"_s).status, 422);
        QCOMPARE(client.get(u"/api/v1/alerts?colour=red"_s).status, 400);
        t->discovery->setRunListener({});
    }

    void aReceiverFailingTwiceGetsTheAlertOnceAndARestartSendsNothingAgain()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        receiver.answer = [](const Received &, int index) { return index < 2 ? 500 : 200; };
        auto t = ApiTestServer::start();
        QVERIFY(t);
        storePosts(*t);
        const WatchList watch{{u"matcha"_s}, false}; // one alert: the trend holding #matcha
        const WebhookSettings webhooks{{receiver.url()}, QString(), 5, 20, 10000};
        QString runId;
        {
            auto alerts = alertsFor(*t, watch, webhooks);
            QSignalSpy finished(alerts.get(), &AlertService::deliveryFinished);
            runId = discover(*t);
            QVERIFY(!runId.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QCOMPARE(finished.at(0).at(1).toInt(), 3);     // attempts
            QCOMPARE(finished.at(0).at(2).toBool(), true); // delivered
            QCOMPARE(receiver.received.size(), 3);
            QCOMPARE(receiver.received.at(0).body, receiver.received.at(2).body); // the same alert, retried
            QVERIFY(receiver.received.at(0).signature.isEmpty());                 // no alerts.secret: unsigned
            int accepted = 0;
            for (const Received &r : receiver.received)
                accepted += r.answeredStatus == 200 ? 1 : 0;
            QCOMPARE(accepted, 1);
            t->discovery->setRunListener({});
        }

        // A restart: new database connection, services and alert objects over the same file.
        auto again = ApiTestServer::start({}, t->dbPath());
        QVERIFY(again);
        auto alerts = alertsFor(*again, watch, webhooks);
        QSignalSpy evaluated(alerts.get(), &AlertService::runEvaluated);
        alerts->resumeUndelivered(); // delivered already: nothing to resume
        QCOMPARE(alerts->pendingDeliveries(), 0);
        QCOMPARE(discover(*again), runId);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        QCOMPARE(evaluated.at(0).at(1).toInt(), 0);
        QCOMPARE(alerts->pendingDeliveries(), 0);
        QCOMPARE(receiver.received.size(), 3);

        HttpClient client(again->port());
        const QJsonArray items = client.get(u"/api/v1/alerts"_s).json().value(u"alerts"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject a = items.at(0).toObject();
        QCOMPARE(a.value(u"reason"_s).toString(), u"watched_tag"_s);
        QCOMPARE(a.value(u"run_id"_s).toString(), runId);
        QCOMPARE(a.value(u"attempts"_s).toInt(), 3);
        QVERIFY(a.value(u"delivered"_s).toBool());
        again->discovery->setRunListener({});
    }

    void aDeliveryGivenUpIsResumedAfterARestartWithinTheBound()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        receiver.answer = [](const Received &, int) { return 503; };
        auto t = ApiTestServer::start();
        QVERIFY(t);
        storePosts(*t);
        const WatchList watch{{u"matcha"_s}, false};
        {
            auto alerts = alertsFor(*t, watch, WebhookSettings{{receiver.url()}, QString(), 2, 20, 10000});
            QSignalSpy finished(alerts.get(), &AlertService::deliveryFinished);
            QVERIFY(!discover(*t).isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QCOMPARE(finished.at(0).at(1).toInt(), 2);
            QCOMPARE(finished.at(0).at(2).toBool(), false);
            t->discovery->setRunListener({});
        }
        QCOMPARE(receiver.received.size(), 2);

        // Restarted with a larger bound and a receiver that accepts: the alert is sent on, counted on.
        receiver.answer = [](const Received &, int) { return 204; };
        auto again = ApiTestServer::start({}, t->dbPath());
        QVERIFY(again);
        auto alerts = alertsFor(*again, watch, WebhookSettings{{receiver.url()}, QString(), 4, 20, 10000});
        QSignalSpy finished(alerts.get(), &AlertService::deliveryFinished);
        alerts->resumeUndelivered();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(1).toInt(), 3);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QCOMPARE(receiver.received.size(), 3);
        again->discovery->setRunListener({});
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
