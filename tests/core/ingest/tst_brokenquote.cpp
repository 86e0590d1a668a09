#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/readfile.h"

using namespace Qt::StringLiterals;

/// Issue #15 finding 10: an unbalanced quote on row 2 of a 200,000-row CSV reported "1 read,
/// 1 rejected" and silently dropped the 199,999 rows after it.
class TestBrokenQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unbalancedQuoteLosesOneLineNotTheFile_data();
    void unbalancedQuoteLosesOneLineNotTheFile();
};

void TestBrokenQuote::unbalancedQuoteLosesOneLineNotTheFile_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("native") << QByteArray("platform,post_id,creator_id,created_at,text\n") << QByteArray("native-csv");
    // The mapped reader shares the loop (csvrows.h) and the parser.
    QTest::newRow("mapped") << QByteArray("platform,note_id,user_id,time,desc\n") << QByteArray();
}

void TestBrokenQuote::unbalancedQuoteLosesOneLineNotTheFile()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, format);
    constexpr int kRows = 200'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header);
        QByteArray rows;
        for (int i = 1; i <= kRows; ++i) {
            rows += "tiktok," + QByteArray::number(i) + ",c" + QByteArray::number(i % 97) + ",1717236000,";
            // Row 2 opens a quote that never closes; a few later rows hold proper quoted text.
            rows += i == 2 ? "\"oops, no closing quote\n" : i % 1000 == 0 ? "\"quoted, fine\"\n" : "text\n";
            if (rows.size() > (1 << 20)) {
                file.write(rows);
                rows.clear();
            }
        }
        file.write(rows);
    }
    IngestOptions options;
    ColumnMapping mapping;
    mapping.fields = {{u"platform"_s, u"platform"_s}, {u"post_id"_s, u"note_id"_s}, {u"creator_id"_s, u"user_id"_s},
                      {u"created_at"_s, u"time"_s}, {u"text"_s, u"desc"_s}};
    if (format.isEmpty())
        options.mapping = std::make_shared<const ColumnMapping>(mapping);
    qint64 stored = 0;
    const Result<ImportReport> report = readFile(path, options, [&stored](std::vector<Post> &&batch) -> Status {
        stored += qint64(batch.size());
        return Ok{};
    });
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const ImportReport &r = report.value();
    QCOMPARE(r.accepted, kRows - 1);
    QCOMPARE(stored, kRows - 1);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.unreadLines, 1);
    QCOMPARE(r.rejects.at(0).line, 3); // header is line 1, row 2 is line 3
    QVERIFY2(r.rejects.at(0).reason.contains(u"reading resumed at line 4"_s), qPrintable(r.rejects.at(0).reason));
    // header + accepted + rejected (the unread line) = every line of the file
    QCOMPARE(1 + r.accepted + r.rejected, kRows + 1);
}

QTEST_GUILESS_MAIN(TestBrokenQuote)
#include "tst_brokenquote.moc"
