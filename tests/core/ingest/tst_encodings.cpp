// Importing files in every supported text encoding (SPEC section 2, issue #10 item 4) and the
// byte-level failures of issue #15 finding 11: the encoding is sniffed below every reader and
// named in the report; damaged bytes are counted repairs, never silent; line 1 alone does not
// decide the format; a FIFO is refused instead of blocking; duplicates within a file are counted.
#include <sys/stat.h>

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/hashtags.h"
#include "tests/core/ingest/readall.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

QByteArray ndjsonLine(int i, const QByteArray &text = "hello")
{
    return "{\"platform\":\"tiktok\",\"post_id\":\"" + QByteArray::number(i) + "\",\"creator_id\":\"c" +
           QByteArray::number(i % 7) + "\",\"text\":\"" + text + "\",\"created_at\":1717000000}\n";
}

} // namespace

class TestEncodings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseInEveryUnicodeAndGbEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << u"utf8.csv"_s << u"UTF-8"_s;
        QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << u"UTF-8"_s;
        QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << u"UTF-16LE"_s;
        QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << u"UTF-16BE"_s;
        QTest::newRow("gb18030") << u"gb18030.csv"_s << u"GB18030"_s;
    }

    void chineseInEveryUnicodeAndGbEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const ReadAll r = readAll(ingestFixture(u"encodings/"_s + file));
        QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
        const ImportReport &report = r.report.value();
        QCOMPARE(report.encoding, encoding);
        QCOMPARE(report.format, u"native-csv"_s);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.textRepairs, 0);
        QCOMPARE(r.posts.size(), size_t(3));
        QCOMPARE(r.posts[0].creatorName, u"抹茶控小林"_s);
        QCOMPARE(r.posts[0].text, u"今天的抹茶拿铁真好喝 #抹茶拿铁# 领克900试驾"_s);
        QCOMPARE(r.posts[0].likes, 12000);
        QCOMPARE(r.posts[2].hashtags, QStringList{u"领克900"_s});
        // The three spreadsheet date forms of the file, in the naive zone (UTC).
        QCOMPARE(r.posts[0].createdAtMs, 1717938180000); // 2024-06-09 13:03:00
        QCOMPARE(r.posts[1].createdAtMs, 1717938300000); // 2024/6/9 13:05
        QCOMPARE(r.posts[2].createdAtMs, 1717938420000); // 2024年6月9日 13:07
    }

    void westernSingleByteEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("windows-1252") << u"windows1252.csv"_s << u"Windows-1252"_s;
        QTest::newRow("mac roman") << u"macroman.csv"_s << u"Mac Roman"_s;
    }

    void westernSingleByteEncodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const ReadAll r = readAll(ingestFixture(u"encodings/"_s + file));
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.value().encoding, encoding);
        QCOMPARE(r.posts.size(), size_t(2));
        QCOMPARE(r.posts[0].creatorName, u"Zoë Müller"_s);
        QCOMPARE(r.posts[0].text, u"Café crème brûlée in Köln – “naïve” déjà vu #CaféLatte"_s);
        QCOMPARE(r.posts[1].text, u"Señora’s piñata at the fête… #Fête"_s);
        QCOMPARE(r.posts[1].hashtags, QStringList{u"fête"_s});
    }

    void encodingOverride()
    {
        // Mac Roman read as Windows-1252 on request: the analyst's word wins over sniffing.
        IngestOptions options;
        options.encoding = u"cp1252"_s;
        ReadAll r = readAll(ingestFixture(u"encodings/macroman.csv"_s), options);
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.value().encoding, u"Windows-1252"_s);
        QCOMPARE(r.posts[0].creatorName, u"Zo\u2018 M\u0178ller"_s); // Mac Roman ë, ü are 1252's ‘, Ÿ

        options.encoding = u"gbk"_s;
        r = readAll(ingestFixture(u"encodings/gb18030.csv"_s), options);
        QCOMPARE(r.report.value().encoding, u"GB18030"_s);
        QCOMPARE(r.posts.size(), size_t(3));

        options.encoding = u"ebcdic"_s;
        r = readAll(ingestFixture(u"encodings/gb18030.csv"_s), options);
        QVERIFY(!r.report.ok());
        QVERIFY(r.report.error().message.startsWith(u"unknown encoding \"ebcdic\""_s));
    }

    void streamedThroughATrickle()
    {
        // Every character of a UTF-16 stream split across reads at every byte.
        QFile f(ingestFixture(u"encodings/utf16le_bom.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        TrickleDevice device(f.readAll(), 3);
        std::vector<Post> posts;
        const Result<ImportReport> r =
            readDevice(device, u"stream.csv"_s, IngestOptions{}, [&posts](std::vector<Post> &&batch) -> Status {
                posts.insert(posts.end(), batch.begin(), batch.end());
                return Ok{};
            });
        QVERIFY(r.ok());
        QCOMPARE(r.value().encoding, u"UTF-16LE"_s);
        QCOMPARE(posts.size(), size_t(3));
        QCOMPARE(posts[1].creatorName, u"上海探店"_s);
    }

    void invalidUtf8OnLineOneIsARepairNotAnUnknownFormat()
    {
        // Issue #15 finding 11: one bad byte on line 1 made 2,000 lines "not recognised".
        QTemporaryDir dir;
        QByteArray content = ndjsonLine(0, "caf\xE9 latte"); // a Latin-1 é inside UTF-8
        for (int i = 1; i < 2000; ++i)
            content += ndjsonLine(i, u"抹茶拿铁"_s.toUtf8());
        const ReadAll r = readAll(writeFile(dir, u"bad-line1.ndjson"_s, content));
        QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
        QCOMPARE(r.posts.size(), size_t(2000));
        QCOMPARE(r.report.value().encoding, u"UTF-8"_s);
        QCOMPARE(r.report.value().textRepairs, 1);
        QCOMPARE(r.report.value().firstTextRepairs, QStringList{u"line 1, byte 65"_s});
        QCOMPARE(r.posts[0].text, u"caf\uFFFD latte"_s);
        QVERIFY(r.report.value().textRepairSummary().contains(u"1 invalid UTF-8 byte sequence replaced by U+FFFD"_s));
    }

    void invalidUtf8OnLine500IsCountedNotSilent()
    {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 1; i <= 2000; ++i)
            content += ndjsonLine(i, i == 500 ? QByteArray("bad \xFF byte") : QByteArray("fine"));
        const ReadAll r = readAll(writeFile(dir, u"bad-line500.ndjson"_s, content));
        QVERIFY(r.report.ok());
        QCOMPARE(r.posts.size(), size_t(2000));
        QCOMPARE(r.report.value().encoding, u"UTF-8"_s); // JSON is UTF-8 (RFC 8259): a stray byte is damage
        QCOMPARE(r.report.value().textRepairs, 1);
        QCOMPARE(r.report.value().firstTextRepairs, QStringList{u"line 500, byte 68"_s});
    }

    void longFirstLineDoesNotHideTheFormat()
    {
        // Line 1 longer than the 64 KiB sniffing head (a 200 KB caption) used to make the file unknown.
        QTemporaryDir dir;
        QByteArray content = ndjsonLine(0, QByteArray(200 * 1024, 'a'));
        for (int i = 1; i < 50; ++i)
            content += ndjsonLine(i);
        const ReadAll r = readAll(writeFile(dir, u"long-line1.ndjson"_s, content));
        QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
        QCOMPARE(r.report.value().format, u"native-ndjson"_s);
        QCOMPARE(r.posts.size(), size_t(50));

        // A damaged first line does not hide a good second line either; it is a reject of its own.
        const ReadAll broken = readAll(writeFile(dir, u"broken-line1.ndjson"_s, "{\"platform\": \"tiktok\", \"post_\n"
                                                                                    + ndjsonLine(1) + ndjsonLine(2)));
        QVERIFY(broken.report.ok());
        QCOMPARE(broken.posts.size(), size_t(2));
        QCOMPARE(broken.report.value().rejected, 1);
        QCOMPARE(broken.report.value().rejects.first().line, 1);
    }

    void unknownFormatNamesTheRealProblem()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"notes.txt"_s, QByteArray(70 * 1024, 'x'));
        const ReadAll r = readAll(path);
        QVERIFY(!r.report.ok());
        QCOMPARE(r.report.error().code, u"unknown_format"_s);
        QVERIFY2(r.report.error().message.contains(u"read as UTF-8; line 1 is longer than 64 KiB"_s),
                 qPrintable(r.report.error().message));
        QCOMPARE(r.report.error().message.count(path), 1); // the path once, not "file: file: …"
    }

    void fifoIsRefusedNotWaitedOn()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"feed.ndjson"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ReadAll r = readAll(fifo); // no writer: opening it would block forever
        QVERIFY(!r.report.ok());
        QCOMPARE(r.report.error().code, u"io"_s);
        QCOMPARE(r.report.error().message, fifo + u": is a named pipe (FIFO), not a file: copy its content to a file "
                                                 u"and import that"_s);
        const ReadAll folder = readAll(dir.path());
        QVERIFY(!folder.report.ok());
        QVERIFY(folder.report.error().message.endsWith(u"is a directory, not a file"_s));
    }

    void duplicatesWithinTheFileAreCounted()
    {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 10; ++i)
            content += ndjsonLine(i);
        for (int i = 0; i < 4; ++i)
            content += ndjsonLine(i); // the same posts captured again
        const ReadAll r = readAll(writeFile(dir, u"twice.ndjson"_s, content));
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.value().accepted, 14);
        QCOMPARE(r.report.value().duplicatesInFile, 4);
    }
};

QTEST_GUILESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
