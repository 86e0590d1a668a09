// Transcoder: every import encoding to UTF-8, fed whole and one byte at a time (a character cut by
// a chunk boundary), and invalid input replaced by U+FFFD and counted with its line and byte.
#include <QTest>

#include "core/ingest/transcoder.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray decodeAll(TextEncoding encoding, const QByteArray &input, qsizetype chunk, Transcoder *keep = nullptr)
{
    Transcoder local(encoding);
    Transcoder &t = keep ? *keep : local;
    QByteArray out;
    for (qsizetype i = 0; i < input.size(); i += chunk)
        t.decode(QByteArrayView(input).sliced(i, qMin(chunk, input.size() - i)), false, out);
    t.decode({}, true, out);
    return out;
}

const QString kChinese = u"领克900 抹茶拿铁，😀 周末"_s;

} // namespace

class TestTranscoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << int(TextEncoding::Utf8) << kChinese.toUtf8() << kChinese;
        QByteArray le, be;
        for (const QChar c : kChinese) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le") << int(TextEncoding::Utf16LE) << le << kChinese;
        QTest::newRow("utf-16be") << int(TextEncoding::Utf16BE) << be << kChinese;
        // "领克900 抹茶拿铁，周末" and a 4-byte GB18030 sequence (U+20AC € is A2E3; 😀 is 9439FC36).
        QTest::newRow("gb18030") << int(TextEncoding::Gb18030)
                                 << QByteArray("\xc1\xec\xbf\xcb" "900 \xc4\xa8\xb2\xe8\xc4\xc3\xcc\xfa\xa3\xac\x94\x39\xfc\x36 "
                                               "\xd6\xdc\xc4\xa9")
                                 << kChinese;
        QTest::newRow("windows-1252") << int(TextEncoding::Windows1252) << QByteArray("Caf\xe9 \x93ok\x94 \x80 5")
                                      << u"Café “ok” € 5"_s;
        QTest::newRow("mac roman") << int(TextEncoding::MacRoman) << QByteArray("Caf\x8e \xd2ok\xd3 \xdb 5")
                                   << u"Café “ok” € 5"_s;
    }

    void decodes()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), input.size()}) {
            Transcoder t{TextEncoding(encoding)};
            QCOMPARE(QString::fromUtf8(decodeAll(TextEncoding(encoding), input, chunk, &t)), expected);
            QCOMPARE(t.repairs(), 0);
        }
    }

    void invalidUtf8IsReplacedAndCounted()
    {
        // Line 3 has a stray 0xFF at byte 5 and a lead byte without its continuation at byte 9.
        const QByteArray input = "line one\nline two\nabcd\xFF" "efg\xE9z\nend \xE9\xA2";
        for (const qsizetype chunk : {qsizetype(1), qsizetype(4), input.size()}) {
            Transcoder t(TextEncoding::Utf8);
            const QByteArray out = decodeAll(TextEncoding::Utf8, input, chunk, &t);
            QCOMPARE(QString::fromUtf8(out), u"line one\nline two\nabcd\uFFFDefg\uFFFDz\nend \uFFFD"_s);
            QCOMPARE(t.repairs(), 3);
            QCOMPARE(t.firstRepairs().size(), 3);
            QCOMPARE(t.firstRepairs()[0].line, 3);
            QCOMPARE(t.firstRepairs()[0].byte, 5);
            QCOMPARE(t.firstRepairs()[1].line, 3);
            QCOMPARE(t.firstRepairs()[1].byte, 11); // the U+FFFD before it takes 3 bytes of output
            QCOMPARE(t.firstRepairs()[2].line, 4); // cut off by the end of the file
            QCOMPARE(t.firstRepairs()[2].byte, 5);
        }
    }

    void invalidGb18030AndUtf16AreCounted()
    {
        Transcoder gb(TextEncoding::Gb18030);
        QCOMPARE(QString::fromUtf8(decodeAll(TextEncoding::Gb18030, "a\xff" "b", 1, &gb)), u"a\uFFFDb"_s);
        QCOMPARE(gb.repairs(), 1);
        Transcoder u16(TextEncoding::Utf16LE);
        // A lone high surrogate (D83D) followed by 'a'.
        QCOMPARE(QString::fromUtf8(decodeAll(TextEncoding::Utf16LE, QByteArray("\x3d\xd8" "a\0", 4), 3, &u16)),
                 u"\uFFFDa"_s);
        QCOMPARE(u16.repairs(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscoder)
#include "tst_transcoder.moc"
