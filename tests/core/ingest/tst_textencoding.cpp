// Sniffing the text encoding of an import (SPEC section 2): BOMs, UTF-8 vs GB18030 on real Chinese,
// Windows-1252 vs Mac Roman on real Western text, and the names --encoding accepts.
#include <QTest>

#include "core/ingest/textencoding.h"

using namespace Qt::StringLiterals;

namespace {

// "今天的抹茶拿铁真好喝 #抹茶拿铁# 领克900" in UTF-8 and in GB18030 (as Python's codecs write them).
const QByteArray kChineseUtf8 = u"今天的抹茶拿铁真好喝 #抹茶拿铁# 领克900，周末去了新开的咖啡馆。"_s.toUtf8();
const QByteArray kChineseGb18030 =
    "\xbd\xf1\xcc\xec\xb5\xc4\xc4\xa8\xb2\xe8\xc4\xc3\xcc\xfa\xd5\xe6\xba\xc3\xba\xc8 #\xc4\xa8\xb2\xe8\xc4\xc3\xcc\xfa# "
    "\xc1\xec\xbf\xcb" "900\xa3\xac\xd6\xdc\xc4\xa9\xc8\xa5\xc1\xcb\xd0\xc2\xbf\xaa\xb5\xc4\xbf\xa7\xb7\xc8\xb9\xdd\xa1\xa3";
// "Café crème brûlée in Köln – “naïve” déjà vu, Señora’s fête" in Windows-1252 and in Mac Roman.
const QByteArray kWestern1252 =
    "Caf\xe9 cr\xe8me br\xfbl\xe9" "e in K\xf6ln \x96 \x93na\xefve\x94 d\xe9j\xe0 vu, Se\xf1ora\x92s f\xeate";
const QByteArray kWesternMacRoman =
    "Caf\x8e cr\x8fme br\x9el\x8e" "e in K\x9aln \xd0 \xd2na\x95ve\xd3 d\x8ej\x88 vu, Se\x96ora\xd5s f\x90te";

} // namespace

class TestTextEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bom");
        QTest::newRow("ascii") << QByteArray("post_id,text\n1,hello\n") << true << int(TextEncoding::Utf8) << 0;
        QTest::newRow("utf-8 chinese") << kChineseUtf8 << true << int(TextEncoding::Utf8) << 0;
        QTest::newRow("utf-8 chinese cut mid-character")
            << kChineseUtf8.first(kChineseUtf8.size() - 2) << false << int(TextEncoding::Utf8) << 0;
        QTest::newRow("utf-8 bom") << ("\xEF\xBB\xBF" + kChineseUtf8) << true << int(TextEncoding::Utf8) << 3;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEp\0o\0", 6) << true << int(TextEncoding::Utf16LE) << 2;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0p\0o", 6) << true << int(TextEncoding::Utf16BE) << 2;
        QTest::newRow("gb18030 chinese") << kChineseGb18030 << true << int(TextEncoding::Gb18030) << 0;
        QTest::newRow("gb18030 cut mid-character")
            << kChineseGb18030.first(kChineseGb18030.size() - 1) << false << int(TextEncoding::Gb18030) << 0;
        QTest::newRow("windows-1252") << kWestern1252 << true << int(TextEncoding::Windows1252) << 0;
        QTest::newRow("mac roman") << kWesternMacRoman << true << int(TextEncoding::MacRoman) << 0;
        // One damaged byte among plenty of good Chinese is a repair, not another encoding.
        QByteArray damaged = kChineseUtf8 + kChineseUtf8 + kChineseUtf8;
        damaged[5] = '\xFF';
        QTest::newRow("utf-8 with a bad byte") << damaged << true << int(TextEncoding::Utf8) << 0;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, whole);
        QFETCH(int, encoding);
        QFETCH(int, bom);
        const EncodingGuess guess = textencoding::sniff(head, whole);
        QCOMPARE(textencoding::name(guess.encoding), textencoding::name(TextEncoding(encoding)));
        QCOMPARE(guess.bomBytes, qsizetype(bom));
    }

    void names()
    {
        QVERIFY(textencoding::fromName(u"gbk") == TextEncoding::Gb18030);
        QVERIFY(textencoding::fromName(u"GB2312") == TextEncoding::Gb18030);
        QVERIFY(textencoding::fromName(u"utf8") == TextEncoding::Utf8);
        QVERIFY(textencoding::fromName(u"UTF-16BE") == TextEncoding::Utf16BE);
        QVERIFY(textencoding::fromName(u"latin-1") == TextEncoding::Windows1252);
        QVERIFY(textencoding::fromName(u"cp1252") == TextEncoding::Windows1252);
        QVERIFY(textencoding::fromName(u"Mac Roman") == TextEncoding::MacRoman);
        QVERIFY(textencoding::fromName(u"klingon") == std::nullopt);
        for (const QString &name : textencoding::names())
            QCOMPARE(textencoding::name(*textencoding::fromName(name)), name);
    }

    void utf8Sequences()
    {
        const auto len = [](const QByteArray &b) {
            return textencoding::utf8Sequence(reinterpret_cast<const uchar *>(b.constData()), b.size());
        };
        QCOMPARE(len("\xE9\xA2\x86"), 3);    // 领
        QCOMPARE(len("\xE9\xA2"), 0);        // cut off: wait for more
        QCOMPARE(len("\xC0\xAF"), -1);       // overlong '/'
        QCOMPARE(len("\xED\xA0\x80"), -1);   // a surrogate
        QCOMPARE(len("\xE9\x41"), -1);       // lead byte then ASCII: one U+FFFD, 'A' is read again
        QCOMPARE(len("\xF0\x9F\x98\x80"), 4); // 😀
        QCOMPARE(len("\xF4\x90\x80\x80"), -1); // above U+10FFFF
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
