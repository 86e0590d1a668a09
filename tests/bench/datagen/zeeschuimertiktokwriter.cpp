#include "tests/bench/datagen/zeeschuimertiktokwriter.h"

#include "tests/bench/datagen/capturewriterutil.h"
#include "tests/bench/datagen/jsontext.h"

using namespace Qt::StringLiterals;

QString ZeeschuimerTikTokWriter::formatId() const
{
    return u"zeeschuimer-tiktok"_s;
}

void ZeeschuimerTikTokWriter::write(const GeneratedPost &post, qint64 index, QByteArray &out)
{
    using namespace jsontext;
    const qint64 captured = capturewriter::captureMs(post, index);
    const QByteArray handle = post.creatorName.isEmpty() ? post.creatorId.toUtf8() : post.creatorName.toUtf8();
    out.append("{\"id\":" + QByteArray::number(index + 1) + ",\"nav_index\":\"1:1:" + QByteArray::number(index)
               + "\",\"item_id\":");
    appendString(out, post.postId);
    out.append(",\"timestamp_collected\":" + QByteArray::number(captured) + ",\"last_updated\":"
               + QByteArray::number(captured)
               + ",\"source_platform\":\"tiktok.com\",\"source_platform_url\":\"https://www.tiktok.com/foryou\","
                 "\"source_url\":\"https://www.tiktok.com/api/recommend/item_list/?aid=1988&count=30\","
                 "\"user_agent\":\"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\","
                 "\"data\":{\"id\":");
    appendString(out, post.postId);
    out.append(",\"desc\":");
    appendString(out, post.text);
    out.append(",\"createTime\":" + QByteArray::number(post.createdAtMs / 1000) + ",\"author\":{\"id\":");
    appendString(out, post.creatorId);
    out.append(",\"uniqueId\":");
    appendString(out, QString::fromUtf8(handle));
    out.append(",\"nickname\":");
    appendString(out, post.creatorName);
    out.append(",\"avatarThumb\":\"https://p16-sign-va.tiktokcdn.com/avt-demo~c5_100x100.jpeg?x-expires=1772188800\","
               "\"secUid\":\"MS4wLjABAAAAdemoSecUid\",\"verified\":false},"
               "\"authorStats\":{\"followerCount\":48200,\"followingCount\":312,\"heart\":1290000,\"diggCount\":904,"
               "\"videoCount\":233},\"stats\":{\"diggCount\":");
    appendCount(out, post.likes);
    out.append(",\"shareCount\":");
    appendCount(out, post.shares);
    out.append(",\"commentCount\":");
    appendCount(out, post.comments);
    if (post.views) {
        out.append(",\"playCount\":");
        appendCount(out, *post.views);
    }
    out.append(",\"collectCount\":");
    appendCount(out, post.saves);
    out.append("},\"challenges\":[");
    const bool listed = !post.hashtagsInTextOnly;
    for (qsizetype i = 0; listed && i < post.hashtags.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"id\":\"16294378901" + QByteArray::number(i) + "\",\"title\":");
        appendString(out, capturewriter::bareTag(post.hashtags.at(i)));
        out.append(",\"desc\":\"\"}");
    }
    out.append("],\"textExtra\":[");
    for (qsizetype i = 0; listed && i < post.hashtags.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"awemeId\":\"\",\"start\":0,\"end\":0,\"hashtagId\":\"16294378901" + QByteArray::number(i)
                   + "\",\"hashtagName\":");
        appendString(out, capturewriter::bareTag(post.hashtags.at(i)));
        out.append(",\"type\":1,\"subType\":0,\"userId\":\"\",\"userUniqueId\":\"\",\"isCommerce\":false}");
    }
    out.append(']');
    if (!post.region.isEmpty()) {
        out.append(",\"locationCreated\":");
        appendString(out, post.region);
    }
    if (!post.language.isEmpty()) {
        out.append(",\"textLanguage\":");
        appendString(out, post.language);
    }
    out.append(",\"diversificationLabels\":[\"Food & Drink\",\"Lifestyle\"],\"isAd\":false,"
               "\"music\":{\"id\":\"7475123400000000001\",\"title\":\"original sound\",\"authorName\":");
    appendString(out, post.creatorName);
    out.append(",\"playUrl\":\"https://sf16-ies-music-va.tiktokcdn.com/obj/demo.mp3\","
               "\"coverLarge\":\"https://p16-sign-va.tiktokcdn.com/music-demo.jpeg\",\"original\":true},"
               "\"video\":{\"id\":");
    appendString(out, post.postId);
    out.append(",\"height\":1024,\"width\":576,\"duration\":14,\"ratio\":\"540p\","
               "\"cover\":\"https://p16-sign-va.tiktokcdn.com/obj/cover-demo.jpeg?x-expires=1772188800\","
               "\"playAddr\":\"https://v16-webapp.tiktok.com/demo/video.mp4?a=1988&br=1234&bt=617\","
               "\"downloadAddr\":\"https://v16-webapp.tiktok.com/demo/video.mp4?a=1988&br=1234&bt=617&dl=1\","
               "\"format\":\"mp4\",\"bitrate\":1263000}}}\n");
}
