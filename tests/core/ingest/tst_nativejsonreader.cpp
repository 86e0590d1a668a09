#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

class TestNativeJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodArray();
    void goodPostsObject();
    void brokenArrayKeepsGoodRecords();
    void truncatedArray();
    void objectWithoutPosts();
};

void TestNativeJsonReader::goodArray()
{
    const ReadAll r = readAll(ingestFixture(u"native_good_array.json"_s));
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.value().format, u"native-json"_s);
    QCOMPARE(r.report.value().accepted, 4);
    QCOMPARE(r.report.value().rejected, 0);
    QCOMPARE(r.posts.size(), size_t(4));
    QCOMPARE(r.posts[0].hashtags, (QStringList{u"抹茶拿铁"_s, u"周末探店"_s}));
    QCOMPARE(r.posts[1].createdAtMs, 1717201800000);
    QCOMPARE(r.posts[3].postId, u"1798000000000000001"_s);
}

void TestNativeJsonReader::goodPostsObject()
{
    const ReadAll r = readAll(ingestFixture(u"native_good_posts.json"_s));
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.value().format, u"native-json"_s);
    QCOMPARE(r.report.value().accepted, 3);
    QCOMPARE(r.posts[0].platform, u"x"_s);
    QCOMPARE(r.posts[1].hashtags, (QStringList{u"冰美式"_s, u"夏日"_s, u"抹茶"_s}));
    QCOMPARE(r.posts[2].platform, u"weibo"_s);
}

void TestNativeJsonReader::brokenArrayKeepsGoodRecords()
{
    const QString path = ingestFixture(u"native_broken_array.json"_s);
    const ReadAll r = readAll(path);
    QVERIFY(r.report.ok());
    const ImportReport &report = r.report.value();
    QCOMPARE(report.accepted, 2);
    QCOMPARE(report.rejected, 4);
    QCOMPARE(r.posts[0].postId, u"1"_s);
    QCOMPARE(r.posts[1].postId, u"6"_s);
    QCOMPARE(r.posts[1].text, u"{\"quoted braces]\" stay inside"_s);

    QCOMPARE(report.rejects.size(), 4);
    QCOMPARE(report.rejects[0].line, 3); // the record starts on line 3 and spans two lines
    QCOMPARE(report.rejects[0].index, 1);
    QCOMPARE(report.rejects[0].field, u"post_id"_s);
    QCOMPARE(report.rejects[0].reason, u"required"_s);
    QCOMPARE(report.rejects[1].line, 5);
    QCOMPARE(report.rejects[1].field, u"likes"_s);
    QCOMPARE(report.rejects[1].reason, u"negative count -3"_s);
    QCOMPARE(report.rejects[2].line, 6);
    QCOMPARE(report.rejects[2].field, QString());
    QVERIFY2(report.rejects[2].reason.startsWith("not valid JSON: "_L1), qPrintable(report.rejects[2].reason));
    QCOMPARE(report.rejects[3].line, 7);
    QCOMPARE(report.rejects[3].field, u"created_at"_s);
    QCOMPARE(report.rejects[3].reason, u"month 13 out of range in \"2024-13-01T00:00:00Z\""_s);
}

void TestNativeJsonReader::truncatedArray()
{
    const ReadAll r = readAll(ingestFixture(u"native_truncated_array.json"_s));
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.value().accepted, 1);
    QCOMPARE(r.report.value().rejected, 1);
    QCOMPARE(r.report.value().rejects[0].line, 3);
    QCOMPARE(r.report.value().rejects[0].reason,
             u"unterminated record (unexpected end of file or a record over 64 MiB)"_s);
}

void TestNativeJsonReader::objectWithoutPosts()
{
    const QString path = ingestFixture(u"native_no_posts.json"_s);
    const ReadAll r = readAll(path);
    QVERIFY(!r.report.ok());
    QCOMPARE(r.report.error().code, u"invalid_format"_s);
    QCOMPARE(r.report.error().message, path + u": no \"posts\" array in the top-level object"_s);
}

QTEST_GUILESS_MAIN(TestNativeJsonReader)
#include "tst_nativejsonreader.moc"
