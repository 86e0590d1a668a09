#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// Twitter/X API v2 as twarc2 writes it: response pages (`data`/`includes`/`meta`) and
/// `twarc2 flatten` output (one tweet per line with `author` expanded).
class TestTwarcReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responsePages();
    void flattenedTweets();
    void pagesLongerThanTheSniffingHead();
};

void TestTwarcReader::responsePages()
{
    const ReadAll r = readAll(ingestFixture(u"formats/twarc2_search_pages.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"twarc-json"_s);
    QCOMPARE(report.perFormat.value(u"twarc-page"_s), 4); // data tweets only; the empty last page has none
    QCOMPARE(report.read, 4);
    QCOMPARE(r.posts.size(), size_t(3)); // includes.tweets (the retweeted one) are not posts

    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"x"_s);
    QCOMPARE(p.postId, u"1894123456789012345"_s);
    QCOMPARE(p.creatorId, u"1234567890"_s);
    QCOMPARE(p.creatorName, u"matchamornings"_s); // from includes.users
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s}));
    QCOMPARE(p.createdAtMs, 1772010900000);
    QCOMPARE(p.likes, 230);
    QCOMPARE(p.comments, 4);
    QCOMPARE(p.shares, 15); // retweets + quotes
    QCOMPARE(p.saves, 9);
    QCOMPARE(p.views, std::optional<qint64>(15400));
    QCOMPARE(p.region, u"US"_s); // geo.place_id → includes.places
    QCOMPARE(p.language, u"en"_s);
    QCOMPARE(p.url, u"https://x.com/matchamornings/status/1894123456789012345"_s);

    const Post &rt = r.posts[1];
    QCOMPARE(rt.creatorName, u"teafan22"_s);
    QVERIFY(!rt.views); // impression_count 0: X did not count it, unknown rather than 0

    const Post &zh = r.posts[2];
    QCOMPARE(zh.creatorName, u"hz_tea"_s);
    QCOMPARE(zh.hashtags, QStringList{u"抹茶拿铁"_s});
    QVERIFY(!zh.views); // no impression_count at all

    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"created_at"_s);
    QCOMPARE(report.rejects[0].line, 2); // the page's line
    QCOMPARE(report.rejects[0].index, 1); // the tweet's place in its data
}

void TestTwarcReader::flattenedTweets()
{
    const ReadAll r = readAll(ingestFixture(u"formats/twarc2_flat.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"twarc-json"_s);
    QCOMPARE(report.perFormat.value(u"twarc-flat"_s), 3);
    QCOMPARE(r.posts.size(), size_t(2));
    const Post &p = r.posts[0];
    QCOMPARE(p.postId, u"1894123456789012345"_s);
    QCOMPARE(p.creatorName, u"matchamornings"_s); // from `author`
    QCOMPARE(p.region, u"US"_s);                  // geo merged by flatten
    QCOMPARE(p.views, std::optional<qint64>(15400));
    QCOMPARE(r.posts[1].postId, u"1894123456700000001"_s);
    QCOMPARE(r.posts[1].creatorId, u"4444444444"_s);
    // An id that a float writer rounded is refused, never stored under a wrong id.
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"id"_s);
    QVERIFY2(report.rejects[0].reason.startsWith(u"a number, which may have lost digits"_s),
             qPrintable(report.rejects[0].reason));
    QCOMPARE(report.rejects[0].line, 3);
}

void TestTwarcReader::pagesLongerThanTheSniffingHead()
{
    // A page of 100 tweets with their includes is often 300 KB on one line, more than the 64 KiB
    // that sniffing sees: it must still be read as twarc2 lines, every tweet of every page.
    QFile fixture(ingestFixture(u"formats/twarc2_search_pages.jsonl"_s));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QJsonObject page = QJsonDocument::fromJson(fixture.readLine()).object();
    const QJsonObject tweet = page.value(u"data"_s).toArray().first().toObject();
    QJsonArray tweets;
    for (int i = 0; i < 400; ++i) {
        QJsonObject t = tweet;
        t[u"id"_s] = QString::number(1894123456789000000LL + i);
        t[u"text"_s] = QString(tweet.value(u"text"_s).toString() + QString(200, u'.'));
        tweets.append(t);
    }
    QJsonObject big = page;
    big[u"data"_s] = tweets;
    const QByteArray line = QJsonDocument(big).toJson(QJsonDocument::Compact);
    QVERIFY(line.size() > 2 * 64 * 1024);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"search.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line + '\n' + line + '\n');
    file.close();
    const ReadAll r = readAll(file.fileName());
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"twarc-json"_s);
    QCOMPARE(r.report.value().accepted, 800);
    QCOMPARE(r.posts[399].postId, u"1894123456789000399"_s);
    QCOMPARE(r.posts[399].creatorName, u"matchamornings"_s);
}

QTEST_GUILESS_MAIN(TestTwarcReader)
#include "tst_twarcreader.moc"
