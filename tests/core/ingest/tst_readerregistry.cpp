#include <QTest>

#include "core/ingest/readerregistry.h"

using namespace Qt::StringLiterals;

namespace {

/// A capture-tool reader as another engineer would add it: recognises its own key strongly.
class FakeCaptureReader final : public Reader
{
public:
    QString id() const override { return u"fake-capture"_s; }
    QStringList extensions() const override { return {u"ndjson"_s}; }
    int recognise(const SniffInput &input) const override { return input.head.contains("\"nav_index\"") ? 80 : 0; }
    Status read(QIODevice &, ReadSession &) const override { return Ok{}; }
};

} // namespace

class TestReaderRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsByContent_data();
    void sniffsByContent();
    void specificReadersWin();
};

void TestReaderRegistry::sniffsByContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reader");
    const QByteArray ndjson = "{\"platform\": \"tiktok\", \"post_id\": \"1\"}\n{\"platform\": \"x\", \"post_id\": \"2\"}\n";
    QTest::newRow("ndjson") << ndjson << u"posts.ndjson"_s << u"native-ndjson"_s;
    QTest::newRow("ndjson named .json") << ndjson << u"posts.json"_s << u"native-ndjson"_s;
    QTest::newRow("ndjson named .csv") << ndjson << u"posts.csv"_s << u"native-ndjson"_s;
    QTest::newRow("ndjson cut mid-line") << QByteArray("{\"post_id\": \"1\"}\n{\"post_") << u"x"_s << u"native-ndjson"_s;
    QTest::newRow("array") << QByteArray("\n [ {\"post_id\": \"1\"} ]") << u"dump.txt"_s << u"native-json"_s;
    QTest::newRow("posts object on one line") << QByteArray("{\"posts\": [{\"post_id\": \"1\"}]}") << u"a.ndjson"_s
                                              << u"native-json"_s;
    QTest::newRow("pretty posts object") << QByteArray("{\n  \"posts\": [\n") << u"a"_s << u"native-json"_s;
    QTest::newRow("pretty object, posts later") << QByteArray("{\n  \"meta\": {\n") << u"a.json"_s << u"native-json"_s;
    QTest::newRow("csv with bom") << QByteArray("\xEF\xBB\xBFplatform,post_id,creator_id,created_at\r\nx,1,a,0\r\n")
                                  << u"export.txt"_s << u"native-csv"_s;
    QTest::newRow("csv quoted header") << QByteArray("\"post_id\",\"text\"\n1,hi\n") << u"a.csv"_s << u"native-csv"_s;
    // No reader knows it: only a column mapping can read it (issue #10).
    QTest::newRow("csv without post_id") << QByteArray("id,body\n1,hi\n") << u"a.csv"_s << u"mapped"_s;
    QTest::newRow("json without native keys") << QByteArray("[{\"id\": \"1\", \"desc\": \"hi\"}]") << u"a.json"_s
                                              << u"mapped"_s;
    QTest::newRow("prose with a comma") << QByteArray("Dear diary, today #matcha\n") << u"a.txt"_s << QString();
    QTest::newRow("prose") << QByteArray("hello world\n") << u"a.txt"_s << QString();
}

void TestReaderRegistry::sniffsByContent()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(QString, reader);
    const ReaderRegistry registry = ReaderRegistry::standard();
    const Reader *picked = registry.pick(SniffInput{head, fileName});
    QCOMPARE(picked ? picked->id() : QString(), reader);
}

void TestReaderRegistry::specificReadersWin()
{
    ReaderRegistry registry = ReaderRegistry::standard();
    registry.add(std::make_unique<FakeCaptureReader>());
    const QByteArray capture = "{\"nav_index\": \"1:2:3\", \"item_id\": \"7\", \"data\": {}}\n";
    QCOMPARE(registry.pick(SniffInput{capture, u"zs.ndjson"_s})->id(), u"fake-capture"_s);
    const QByteArray native = "{\"post_id\": \"7\"}\n";
    QCOMPARE(registry.pick(SniffInput{native, u"zs.ndjson"_s})->id(), u"native-ndjson"_s);
}

QTEST_GUILESS_MAIN(TestReaderRegistry)
#include "tst_readerregistry.moc"
