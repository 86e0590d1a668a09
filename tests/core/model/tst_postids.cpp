#include <QRandomGenerator>
#include <QTest>

#include "core/model/postids.h"

using namespace Qt::StringLiterals;

namespace {

/// Random UTF-8 bytes of the kinds post ids come in and the edges of the order: ASCII, CJK, the private use area
/// and the last BMP characters (lead bytes EE, EF), emoji (F0), a byte order mark, NUL, and damaged sequences.
QByteArray randomId(QRandomGenerator &random)
{
    static const QByteArray pieces[] = {
        "a", "Z", "0", "_", "-", "\x7f", QByteArray("\0", 1),
        "\xe4\xb8\xad",     // 中 U+4E2D
        "\xed\x9f\xbf",     // U+D7FF, the last before the surrogates
        "\xee\x80\x80",     // U+E000
        "\xef\xbb\xbf",     // U+FEFF, a byte order mark
        "\xef\xbf\xbd",     // U+FFFD
        "\xf0\x9f\x98\x80", // 😀 U+1F600
        "\xf4\x8f\xbf\xbf", // U+10FFFF
        "\xff",             // never valid
        "\xc3",             // a lead byte without its continuation
        "\xed\xa0\x80",     // an encoded surrogate
        "\xc0\xaf",         // an overlong '/'
    };
    QByteArray id;
    const int length = int(random.bounded(6));
    for (int i = 0; i < length; ++i)
        id += pieces[random.bounded(int(std::size(pieces)))];
    return id;
}

} // namespace

class TestPostIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsReadBackAsQStringFromUtf8()
    {
        QRandomGenerator random(7);
        PostIds ids;
        QStringList expected;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray bytes = randomId(random);
            ids.append(QByteArrayView(bytes));
            expected.append(QString::fromUtf8(bytes));
        }
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(ids.toList(), expected);
        for (qsizetype i = 0; i < ids.size(); ++i)
            QVERIFY(ids.utf8(i).isValidUtf8()); // damaged bytes are kept as repaired
        QCOMPARE(ids.value(-1), QString());
        QCOMPARE(ids.value(ids.size()), QString());
        QCOMPARE(PostIds::fromList(expected), ids); // from QStrings, the same bytes
    }

    void idsCompareAsTheirQStringsDo()
    {
        QRandomGenerator random(11);
        PostIds ids;
        for (int i = 0; i < 400; ++i)
            ids.append(QByteArrayView(randomId(random)));
        const QStringList texts = ids.toList();
        for (qsizetype a = 0; a < ids.size(); ++a) {
            for (qsizetype b = 0; b < ids.size(); ++b) {
                if (ids.less(a, b) != (texts[a] < texts[b]))
                    QFAIL(qPrintable(u"%1 < %2"_s.arg(QString::fromLatin1(ids.utf8(a).toByteArray().toHex()),
                                                      QString::fromLatin1(ids.utf8(b).toByteArray().toHex()))));
            }
        }
    }

    void theOrderDiffersFromUtf8sAboveTheBasicPlane()
    {
        // Worked by hand: U+FF01 (EF BC 81) is the UTF-16 unit FF01; U+1F600 is the surrogate pair D83D DE00. A
        // QString puts the emoji first, though its UTF-8 lead byte F0 is greater than EF.
        const QByteArray fullwidth("\xef\xbc\x81");
        const QByteArray emoji("\xf0\x9f\x98\x80");
        QVERIFY(fullwidth < emoji);
        QVERIFY(QString::fromUtf8(emoji) < QString::fromUtf8(fullwidth));
        QVERIFY(PostIds::lessUtf16(emoji, fullwidth));
        QVERIFY(!PostIds::lessUtf16(fullwidth, emoji));
        // Below U+E000 both orders agree: 中 (E4) after ASCII, before U+E000.
        QVERIFY(PostIds::lessUtf16("z", "\xe4\xb8\xad"));
        QVERIFY(PostIds::lessUtf16("\xe4\xb8\xad", "\xee\x80\x80"));
        // A prefix sorts first; equal ids are not less.
        QVERIFY(PostIds::lessUtf16("ab", "abc"));
        QVERIFY(!PostIds::lessUtf16("abc", "abc"));
    }

    void appendSliceAndShare()
    {
        PostIds a{u"p1"_s, u"帖子2"_s, QString(), u"p4"_s};
        const PostIds b{u"q1"_s, u"😀"_s};
        PostIds joined = a;
        joined.append(b);
        QCOMPARE(joined.toList(), (QStringList{u"p1"_s, u"帖子2"_s, QString(), u"p4"_s, u"q1"_s, u"😀"_s}));
        QCOMPARE(a.size(), 4); // the copy did not change
        QCOMPARE(joined.sliced(1, 3).toList(), (QStringList{u"帖子2"_s, QString(), u"p4"_s}));
        QCOMPARE(joined.sliced(4, 2), b);
        QVERIFY(joined.sliced(2, 0).isEmpty());
        PostIds picked;
        picked.appendFrom(joined, 5);
        picked.appendFrom(joined, 0);
        QCOMPARE(picked.toList(), (QStringList{u"😀"_s, u"p1"_s}));
        PostIds empty;
        empty.append(b); // shares b's buffers
        QCOMPARE(empty, b);
        empty.append(u"x"_s);
        QCOMPARE(b.size(), 2);
        QCOMPARE(empty.byteSize(), b.byteSize() + 1);
    }

    void aByteOrderMarkIsKeptAsTheQStringHadIt()
    {
        PostIds ids;
        ids.append(QByteArrayView("\xef\xbb\xbfx")); // bytes: QString::fromUtf8 drops a leading mark
        ids.append(u"\uFEFFy"_s);                     // a QString that begins with one keeps it
        QCOMPARE(ids.toList(), (QStringList{u"x"_s, u"\uFEFFy"_s}));
        QCOMPARE(ids.utf8(1), QByteArrayView("\xef\xbb\xbfy"));
    }
};

QTEST_APPLESS_MAIN(TestPostIds)
#include "tst_postids.moc"
