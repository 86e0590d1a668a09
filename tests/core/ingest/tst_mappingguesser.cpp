#include <QTest>

#include "core/ingest/mappingguesser.h"

using namespace Qt::StringLiterals;

/// The guesser on header sets of the tools analysts bring (written here, not copied from real
/// files): every column's guessed field is asserted, "" meaning "not imported".
class TestMappingGuesser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesEveryColumn_data();
    void guessesEveryColumn();
    void platformComesFromColumnUrlOrGiven();
    void namesAreCheckedAgainstValues();
    void missingRequiredFieldsAreNamed();
};

namespace {

TableSample sampleOf(const QByteArray &text)
{
    Result<TableSample> sample = TableSample::fromHead(text);
    if (!sample.ok())
        qFatal("%s", qPrintable(sample.error().message));
    return sample.value();
}

} // namespace

void TestMappingGuesser::guessesEveryColumn_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("custom TikTok scraper CSV (vid_*)")
        << QByteArray("vid_id,vid_caption,vid_postTime,vid_nlike,vid_ncomment,vid_nshare,vid_nview,vid_url,author\n"
                      "7268712345678901234,matcha time #matcha #latte,2024-06-09 13:03:00,541.2K,1.2K,300,2.1M,"
                      "https://www.tiktok.com/@mia/video/7268712345678901234,mia\n"
                      "7268712345678901235,so good,2024-06-09 14:03:00,12,3,0,900,"
                      "https://www.tiktok.com/@leo/video/7268712345678901235,leo\n")
        << QStringList{u"post_id"_s, u"text"_s, u"created_at"_s, u"likes"_s, u"comments"_s, u"shares"_s, u"views"_s,
                       u"url"_s, u"creator_name"_s}
        << QStringList{};

    QTest::newRow("Weibo spider CSV in Chinese, no URL")
        << QByteArray("微博作者,微博内容,发布时间,转发数,评论数,点赞数\n"
                      "抹茶控,今天的抹茶拿铁 #抹茶拿铁#,2024-06-09 13:03,1.2万,356,10万+\n"
                      "小李,周末去哪儿,2024-06-09 18:20,12,3,45\n")
        << QStringList{u"creator_name"_s, u"text"_s, u"created_at"_s, u"shares"_s, u"comments"_s, u"likes"_s}
        << QStringList{u"post_id"_s, u"platform"_s};

    QTest::newRow("Apify TikTok CSV export, flattened /")
        << QByteArray("id,text,createTimeISO,authorMeta/name,authorMeta/nickName,diggCount,shareCount,playCount,"
                      "commentCount,hashtags/0/name,hashtags/1/name,webVideoUrl,musicMeta/musicName\n"
                      "7300000000000000001,hi #a,2024-06-01T10:00:00.000Z,mia,Mia C,10,2,100,1,a,b,"
                      "https://www.tiktok.com/@mia/video/7300000000000000001,song\n")
        << QStringList{u"post_id"_s, u"text"_s, u"created_at"_s, u"creator_id"_s, u"creator_name"_s, u"likes"_s,
                       u"shares"_s, u"views"_s, u"comments"_s, u"hashtags"_s, u"hashtags"_s, u"url"_s, QString()}
        << QStringList{};

    QTest::newRow("Apify TikTok JSON Lines, dotted keys")
        << QByteArray("{\"id\":\"7300000000000000001\",\"text\":\"hi\",\"createTime\":1717236000,"
                      "\"authorMeta.name\":\"mia\",\"diggCount\":10,\"collectCount\":3,"
                      "\"webVideoUrl\":\"https://www.tiktok.com/@mia/video/7300000000000000001\"}\n"
                      "{\"id\":\"7300000000000000002\",\"text\":\"yo\",\"createTime\":1717237000,"
                      "\"authorMeta.name\":\"leo\",\"diggCount\":1,\"collectCount\":0,"
                      "\"webVideoUrl\":\"https://www.tiktok.com/@leo/video/7300000000000000002\"}\n")
        // JSON keys come in QJsonObject's (sorted) order.
        << QStringList{u"creator_id"_s, u"saves"_s, u"created_at"_s, u"likes"_s, u"post_id"_s, u"text"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("Apify TikTok JSON array, nested objects")
        << QByteArray("[{\"id\":\"7300000000000000001\",\"desc\":\"hi #a\",\"createTime\":\"1717236000\","
                      "\"authorMeta\":{\"id\":\"6800000000000000001\",\"name\":\"mia\",\"nickName\":\"Mia C\"},"
                      "\"stats\":{\"diggCount\":10,\"playCount\":200},"
                      "\"hashtags\":[{\"name\":\"a\"},{\"name\":\"b\"}]}]")
        // authorMeta.{id,name,nickName}, createTime, desc, hashtags.{0,1}.name, id, stats.{diggCount,playCount}
        << QStringList{u"creator_id"_s, QString(),       u"creator_name"_s, u"created_at"_s, u"text"_s,
                       u"hashtags"_s,   u"hashtags"_s,   u"post_id"_s,      u"likes"_s,      u"views"_s}
        << QStringList{u"platform"_s};

    QTest::newRow("Apify Instagram JSON (ownerUsername, likesCount, shortCode)")
        << QByteArray("[{\"id\":\"3300000000000000001\",\"type\":\"Image\",\"shortCode\":\"C7xYz12AbCd\","
                      "\"caption\":\"latte art #coffee\",\"hashtags\":[\"coffee\"],"
                      "\"url\":\"https://www.instagram.com/p/C7xYz12AbCd/\",\"commentsCount\":4,\"likesCount\":120,"
                      "\"timestamp\":\"2024-06-01T10:00:00.000Z\",\"ownerFullName\":\"Mia C\","
                      "\"ownerUsername\":\"mia.c\",\"ownerId\":\"123456\"}]")
        // caption, commentsCount, hashtags, id, likesCount, ownerFullName, ownerId, ownerUsername,
        // shortCode, timestamp, type, url
        << QStringList{u"text"_s,         u"comments"_s,   u"hashtags"_s, QString(),      u"likes"_s,
                       u"creator_name"_s, u"creator_id"_s, QString(),     u"post_id"_s,   u"created_at"_s,
                       QString(),         u"url"_s}
        << QStringList{};

    QTest::newRow("Instagram CSV without owner id")
        << QByteArray("shortCode,caption,ownerUsername,likesCount,commentsCount,timestamp,url\n"
                      "C7xYz12AbCd,latte art,mia.c,120,4,2024-06-01T10:00:00.000Z,https://www.instagram.com/p/C7xYz12AbCd/\n")
        << QStringList{u"post_id"_s, u"text"_s, u"creator_id"_s, u"likes"_s, u"comments"_s, u"created_at"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("Xiaohongshu notes in Chinese")
        << QByteArray("笔记id,标题,笔记内容,作者,点赞数,收藏数,评论数,分享数,发布时间,笔记链接,ip属地,话题\n"
                      "6650e1f2000000001e02a3b4,抹茶,今天喝了抹茶拿铁,小红,1.2万,3千,45,10,3天前,"
                      "https://www.xiaohongshu.com/explore/6650e1f2000000001e02a3b4,浙江,#抹茶 #拿铁\n")
        << QStringList{u"post_id"_s, QString(),     u"text"_s,       u"creator_name"_s, u"likes"_s, u"saves"_s,
                       u"comments"_s, u"shares"_s,  u"created_at"_s, u"url"_s,          u"region"_s, u"hashtags"_s}
        << QStringList{};

    QTest::newRow("X scraper CSV (tweet_id, favorite_count)")
        << QByteArray("tweet_id,user_screen_name,user_name,full_text,created_at,retweet_count,favorite_count,"
                      "reply_count,lang,tweet_url\n"
                      "1790000000000000001,mia,Mia C,hello #a,Sat Dec 23 17:12:54 +0000 2023,3,10,1,en,"
                      "https://x.com/mia/status/1790000000000000001\n")
        << QStringList{u"post_id"_s, u"creator_id"_s, u"creator_name"_s, u"text"_s,     u"created_at"_s,
                       u"shares"_s,  u"likes"_s,      u"comments"_s,     u"language"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("YouTube Data API export (tab-separated)")
        << QByteArray("video_id\tchannel_title\tchannel_id\ttitle\tdescription\tpublished_at\tview_count\tlike_count\t"
                      "comment_count\ttags\turl\n"
                      "dQw4w9WgXcQ\tMia Cooks\tUC123\tMatcha\tHow to make matcha latte at home\t2024-06-01T10:00:00Z\t"
                      "1000\t50\t5\tmatcha,latte\thttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n")
        << QStringList{u"post_id"_s, u"creator_name"_s, u"creator_id"_s, QString(),   u"text"_s, u"created_at"_s,
                       u"views"_s,   u"likes"_s,        u"comments"_s,   u"hashtags"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("Bilibili in Chinese (semicolon-separated)")
        << QByteArray("bvid;视频标题;up主;播放量;点赞;投币;收藏;转发;发布时间;视频链接\n"
                      "BV1xx411c7mD;抹茶教程;小B;12.3万;4521;300;800;120;2024-06-01 10:00:00;"
                      "https://www.bilibili.com/video/BV1xx411c7mD\n")
        << QStringList{u"post_id"_s, u"text"_s,  u"creator_name"_s, u"views"_s,      u"likes"_s,
                       QString(),    u"saves"_s, u"shares"_s,       u"created_at"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("Meaningless headers: values alone")
        << QByteArray("c1,c2,c3,c4,c5\n"
                      "https://www.tiktok.com/@mia/video/7268712345678901234,2024-06-09T13:03:00Z,"
                      "a long caption about matcha lattes,tiktok,#matcha #latte\n"
                      "https://www.tiktok.com/@leo/video/7268712345678901235,2024-06-09T14:03:00Z,"
                      "another long caption with words,tiktok,#tea\n")
        << QStringList{u"url"_s, u"created_at"_s, u"text"_s, u"platform"_s, u"hashtags"_s}
        << QStringList{u"creator_id"_s};

    QTest::newRow("Douyin in Chinese, pipe-separated")
        << QByteArray("视频id|文案|作者昵称|用户id|点赞数|评论数|分享数|收藏数|发布时间|视频链接\n"
                      "7380000000000000001|抹茶 #抹茶|小D|MS4wLjABAAAA|1.2w|30|5|8|2024-06-09 13:03:00|"
                      "https://www.douyin.com/video/7380000000000000001\n")
        << QStringList{u"post_id"_s, u"text"_s,   u"creator_name"_s, u"creator_id"_s, u"likes"_s,
                       u"comments"_s, u"shares"_s, u"saves"_s,       u"created_at"_s, u"url"_s}
        << QStringList{};

    QTest::newRow("Kuaishou/Zhihu mixed export with a platform column")
        << QByteArray("platform,content_id,nickname,content,publish_time,like_count,link\n"
                      "kuaishou,3xabc,小K,好看,2024-06-01 10:00:00,12,https://www.kuaishou.com/short-video/3xabc\n"
                      "zhihu,123456,小Z,回答,2024-06-01 11:00:00,3,https://www.zhihu.com/question/1/answer/123456\n")
        << QStringList{u"platform"_s, u"post_id"_s,  u"creator_name"_s, u"text"_s, u"created_at"_s,
                       u"likes"_s,    u"url"_s}
        << QStringList{};
}

void TestMappingGuesser::guessesEveryColumn()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, missing);
    const TableSample sample = sampleOf(file);
    const MappingGuess guess = MappingGuesser::guess(sample);
    QCOMPARE(sample.columns.size(), fields.size());
    for (int c = 0; c < fields.size(); ++c) {
        if (guess.columnFields[c] != fields[c])
            qWarning().noquote() << "column" << sample.columns[c] << "guessed" << guess.columnFields[c] << "expected"
                                 << fields[c];
    }
    QCOMPARE(guess.columnFields, fields);
    QCOMPARE(guess.missing, missing);
}

void TestMappingGuesser::platformComesFromColumnUrlOrGiven()
{
    const TableSample urls = sampleOf("id,author,date,link\n1,a,2024-06-01,https://weibo.com/123/NxAbc\n");
    const MappingGuess fromUrl = MappingGuesser::guess(urls);
    QCOMPARE(fromUrl.platformSource, u"url"_s);
    QVERIFY(fromUrl.complete());

    const TableSample bare = sampleOf("微博作者,微博内容,发布时间,id\n小李,你好,2024-06-09 13:03,4990000000000001\n");
    const MappingGuess unknown = MappingGuesser::guess(bare);
    QCOMPARE(unknown.missing, QStringList{u"platform"_s});
    QVERIFY(unknown.mapping.platform.isEmpty()); // never guessed from Chinese headers alone
    const MappingGuess given = MappingGuesser::guess(bare, u"weibo"_s);
    QVERIFY(given.complete());
    QCOMPARE(given.platformSource, u"given"_s);
    QCOMPARE(given.mapping.platform, u"weibo"_s);
}

void TestMappingGuesser::namesAreCheckedAgainstValues()
{
    // "likes" holding text and "date" holding words are not taken; "views" with 1.2万 is.
    const TableSample sample = sampleOf("likes,date,views,post_id\nmany,someday,1.2万,1\nlots,never,3千,2\n");
    const MappingGuess guess = MappingGuesser::guess(sample);
    QCOMPARE(guess.columnFields, (QStringList{QString(), QString(), u"views"_s, u"post_id"_s}));
}

void TestMappingGuesser::missingRequiredFieldsAreNamed()
{
    const TableSample sample = sampleOf("caption,likes\nhello world there,3\n");
    const MappingGuess guess = MappingGuesser::guess(sample);
    QCOMPARE(guess.missing, (QStringList{u"post_id"_s, u"creator_id"_s, u"created_at"_s, u"platform"_s}));
    ColumnMapping fixed = guess.mapping;
    fixed.fields.insert(u"post_id"_s, u"caption"_s);
    fixed.platform = u"x"_s;
    QCOMPARE(MappingGuesser::missingFields(fixed, sample), (QStringList{u"creator_id"_s, u"created_at"_s}));
}

QTEST_GUILESS_MAIN(TestMappingGuesser)
#include "tst_mappingguesser.moc"
