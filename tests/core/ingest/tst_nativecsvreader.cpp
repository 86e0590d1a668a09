#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

class TestNativeCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFileWithBomAndMultilineCaption();
    void brokenFileKeepsGoodRows();
};

void TestNativeCsvReader::goodFileWithBomAndMultilineCaption()
{
    const ReadAll r = readAll(ingestFixture(u"native_good.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"native-csv"_s);
    QCOMPARE(report.accepted, 3);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.unknownViews, 1);

    const Post &xhs = r.posts[0];
    QCOMPARE(xhs.platform, u"xiaohongshu"_s); // the BOM did not stick to the first header cell
    QCOMPARE(xhs.text, u"第一行, 有逗号\r\n第二行 #抹茶拿铁[话题]# \"好喝\""_s);
    QCOMPARE(xhs.hashtags, (QStringList{u"周末探店"_s, u"抹茶拿铁"_s}));
    QCOMPARE(xhs.likes, 12000);
    QCOMPARE(xhs.shares, 100000);
    QCOMPARE(xhs.saves, 3000);
    QVERIFY(!xhs.views.has_value());
    QCOMPARE(xhs.createdAtMs, 1717000000123);
    QCOMPARE(xhs.region, u"CN-ZJ"_s);
    QCOMPARE(xhs.rawCounts.size(), 3);
    QVERIFY(xhs.rawCounts[1].lowerBound);

    const Post &tiktok = r.posts[1];
    QCOMPARE(tiktok.creatorName, u"Maya \"M\" Chen"_s);
    QCOMPARE(tiktok.hashtags, (QStringList{u"matcha"_s, u"icedlatte"_s, u"matchalatte"_s}));
    QCOMPARE(tiktok.views, std::optional<qint64>(2100000));
    QCOMPARE(tiktok.createdAtMs, 1717201800000);
    QCOMPARE(tiktok.region, u"GB"_s);
    QCOMPARE(tiktok.url, QString());

    const Post &x = r.posts[2];
    QCOMPARE(x.postId, u"1798000000000000001"_s);
    QCOMPARE(x.likes, 1234);
    QCOMPARE(x.createdAtMs, 1717236000000);
}

void TestNativeCsvReader::brokenFileKeepsGoodRows()
{
    const QString path = ingestFixture(u"native_broken.csv"_s);
    const ReadAll r = readAll(path);
    QVERIFY(r.report.ok());
    const ImportReport &report = r.report.value();
    // Line 9's quote never closes: it costs that line only, and line 10 is read (issue #15).
    QCOMPARE(report.accepted, 3);
    QCOMPARE(report.rejected, 5);
    QCOMPARE(report.unreadLines, 1);
    QCOMPARE(r.posts[2].postId, u"10"_s);
    QCOMPARE(r.posts[0].postId, u"1"_s);
    QCOMPARE(r.posts[1].postId, u"7"_s);
    QCOMPARE(r.posts[1].text, u"#matcha \"good\" again"_s);
    QCOMPARE(r.posts[1].likes, 12000);

    struct Expected { qint64 line; const char *field; QString reason; };
    const QList<Expected> expected{
        {3, "", u"expected 6 fields as in the header, found 4"_s},
        {4, "post_id", u"required"_s}, // a record over lines 4–5 is reported where it starts
        {6, "likes", u"negative count -3"_s},
        {8, "created_at", u"not a time: \"yesterday\""_s},
        {9, "", u"unbalanced quote: a quoted field opened here never closes; reading resumed at line 10"_s},
    };
    QCOMPARE(report.rejects.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(report.rejects[i].file, path);
        QCOMPARE(report.rejects[i].line, expected[i].line);
        QCOMPARE(report.rejects[i].field, QLatin1StringView(expected[i].field));
        QCOMPARE(report.rejects[i].reason, expected[i].reason);
    }
}

QTEST_GUILESS_MAIN(TestNativeCsvReader)
#include "tst_nativecsvreader.moc"
