#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// Every example record of /work/shared/formats (copied to tests/data/ingest/formats/examples) is
/// read by the right reader from its content alone: renamed with no extension and with a wrong one.
class TestFormatSniffing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleUnderAWrongName_data();
    void everyExampleUnderAWrongName();
    void sharedFolderWhenPresent();
};

namespace {

const QList<std::pair<QString, QString>> &expectedReaders()
{
    static const QList<std::pair<QString, QString>> kExpected = {
        {u"4cat_tiktok.csv"_s, u"4cat-csv"_s},
        {u"4cat_xiaohongshu.csv"_s, u"4cat-csv"_s},
        {u"apify_clockworks_tiktok.json"_s, u"apify-tiktok"_s},
        {u"mediacrawler_douyin_contents.legacy.jsonl"_s, u"mediacrawler-json"_s},
        {u"mediacrawler_weibo_contents.legacy.jsonl"_s, u"mediacrawler-json"_s},
        {u"mediacrawler_xhs_contents.jsonl"_s, u"mediacrawler-json"_s},
        {u"mediacrawler_xhs_contents.legacy.jsonl"_s, u"mediacrawler-json"_s},
        {u"tiktokapi_video_as_dict.json"_s, u"tiktokapi-json"_s},
        {u"ytdt_videolist.csv"_s, u"ytdt-csv"_s},
        {u"zeeschuimer_douyin.ndjson"_s, u"zeeschuimer-ndjson"_s},
        {u"zeeschuimer_instagram.ndjson"_s, u"zeeschuimer-ndjson"_s},
        {u"zeeschuimer_tiktok.ndjson"_s, u"zeeschuimer-ndjson"_s},
        {u"zeeschuimer_twitter.ndjson"_s, u"zeeschuimer-ndjson"_s},
        {u"zeeschuimer_xiaohongshu_detail.ndjson"_s, u"zeeschuimer-ndjson"_s},
        {u"zeeschuimer_xiaohongshu_search.ndjson"_s, u"zeeschuimer-ndjson"_s},
        // Our own awkward fixtures, for the formats the examples lack.
        {u"../4cat_wrapped.ndjson"_s, u"4cat-ndjson"_s},
        {u"../4cat_douyin.csv"_s, u"4cat-csv"_s},
        {u"../4cat_custom.csv"_s, u"4cat-csv"_s},
        {u"../mediacrawler_xhs_contents.csv"_s, u"mediacrawler-csv"_s},
        {u"../mediacrawler_douyin_contents.json"_s, u"mediacrawler-json"_s},
        {u"../tiktokapi_videos.ndjson"_s, u"tiktokapi-json"_s},
        {u"../apify_tiktok_items.json"_s, u"apify-tiktok"_s},
        {u"../bazhuayu_weibo.csv"_s, u"bazhuayu-weibo-csv"_s},
        {u"../weibo_mblog_list.json"_s, u"weibo-mblog-json"_s},
        {u"../weibo_mblogs.ndjson"_s, u"weibo-mblog-json"_s},
        // Tools and platforms of issue 10: twarc2, Apify Instagram, Apify TikTok exports,
        // MediaCrawler Bilibili/Kuaishou/Tieba/Zhihu, comments files.
        {u"../twarc2_search_pages.jsonl"_s, u"twarc-json"_s},
        {u"../twarc2_flat.jsonl"_s, u"twarc-json"_s},
        {u"../apify_instagram_posts.json"_s, u"apify-instagram"_s},
        {u"../apify_instagram_hashtag.csv"_s, u"apify-instagram"_s},
        {u"../apify_tiktok_flat.csv"_s, u"apify-tiktok"_s},
        {u"../apify_tiktok_dotted.jsonl"_s, u"apify-tiktok"_s},
        {u"../apify_tiktok_comments.json"_s, u"apify-tiktok"_s},
        {u"../mediacrawler_bilibili_contents.jsonl"_s, u"mediacrawler-json"_s},
        {u"../mediacrawler_kuaishou_contents.json"_s, u"mediacrawler-json"_s},
        {u"../mediacrawler_tieba_contents.csv"_s, u"mediacrawler-csv"_s},
        {u"../mediacrawler_zhihu_contents.jsonl"_s, u"mediacrawler-json"_s},
        {u"../mediacrawler_xhs_comments.jsonl"_s, u"mediacrawler-json"_s},
        {u"../mediacrawler_bilibili_comments.csv"_s, u"mediacrawler-csv"_s},
        {u"../mediacrawler_note_unknown_platform.jsonl"_s, u"mediacrawler-json"_s},
        {u"../zeeschuimer_tiktok_comments.ndjson"_s, u"zeeschuimer-ndjson"_s},
    };
    return kExpected;
}

/// The reader readFile() picks for `path` (the format in its report).
QString formatOf(const QString &path)
{
    const ReadAll r = readAll(path);
    return r.report.ok() ? r.report.value().format : u"error: "_s + r.report.error().message;
}

} // namespace

void TestFormatSniffing::everyExampleUnderAWrongName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reader");
    for (const auto &[file, reader] : expectedReaders())
        QTest::newRow(qPrintable(file)) << file << reader;
}

void TestFormatSniffing::everyExampleUnderAWrongName()
{
    QFETCH(QString, file);
    QFETCH(QString, reader);
    const QString source = ingestFixture(u"formats/examples/"_s + file);
    QVERIFY2(QFile::exists(source), qPrintable(source));
    QCOMPARE(formatOf(source), reader);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A csv named .json and the other way round, and no extension at all.
    const bool isCsv = file.endsWith(u".csv"_s);
    for (const QString &name : {u"export"_s, isCsv ? u"export.json"_s : u"export.csv"_s, u"export.txt"_s}) {
        const QString copy = dir.filePath(name);
        QFile::remove(copy);
        QVERIFY(QFile::copy(source, copy));
        QCOMPARE(formatOf(copy), reader);
    }
}

void TestFormatSniffing::sharedFolderWhenPresent()
{
    // The shared folder is outside the repository: checked when it is there, else skipped.
    const QDir shared(testsupport::sourcePath(u"../shared/formats"_s));
    if (!shared.exists())
        QSKIP("../shared/formats is not present");
    const QStringList files = shared.entryList({u"*.ndjson"_s, u"*.jsonl"_s, u"*.json"_s, u"*.csv"_s}, QDir::Files);
    for (const QString &file : files) {
        QString expected;
        for (const auto &[name, reader] : expectedReaders()) {
            if (name == file)
                expected = reader;
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(u"no expected reader for new example "_s + file));
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"renamed.dat"_s);
        QVERIFY(QFile::copy(shared.filePath(file), copy));
        QCOMPARE(formatOf(copy), expected);
    }
}

QTEST_GUILESS_MAIN(TestFormatSniffing)
#include "tst_formatsniffing.moc"
