#include "tests/bench/datagen/zeeschuimerxiaohongshuwriter.h"

#include "tests/bench/datagen/capturewriterutil.h"
#include "tests/bench/datagen/jsontext.h"

using namespace Qt::StringLiterals;

QString ZeeschuimerXiaohongshuWriter::formatId() const
{
    return u"zeeschuimer-xiaohongshu"_s;
}

void ZeeschuimerXiaohongshuWriter::write(const GeneratedPost &post, qint64 index, QByteArray &out)
{
    using namespace jsontext;
    const qint64 captured = capturewriter::captureMs(post, index);
    out.append("{\"id\":" + QByteArray::number(index + 1) + ",\"nav_index\":\"2:4:" + QByteArray::number(index)
               + "\",\"item_id\":");
    appendString(out, post.postId);
    out.append(",\"timestamp_collected\":" + QByteArray::number(captured) + ",\"last_updated\":"
               + QByteArray::number(captured) + ",\"source_platform\":\"xiaohongshu.com\",\"source_platform_url\":");
    appendString(out, QString(u"https://www.xiaohongshu.com/explore/"_s + post.postId));
    out.append(",\"source_url\":");
    appendString(out, QString(u"https://www.xiaohongshu.com/explore/"_s + post.postId));
    out.append(",\"user_agent\":\"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\","
               "\"data\":{\"id\":");
    appendString(out, post.postId);
    out.append(",\"note\":{\"noteId\":");
    appendString(out, post.postId);
    out.append(",\"type\":\"normal\",\"title\":\"\",\"desc\":");
    appendString(out, post.text);
    out.append(",\"user\":{\"userId\":");
    appendString(out, post.creatorId);
    out.append(",\"nickname\":");
    appendString(out, post.creatorName);
    out.append("},\"interactInfo\":{\"likedCount\":");
    appendString(out, capturewriter::countText(post.likes));
    out.append(",\"collectedCount\":");
    appendString(out, capturewriter::countText(post.saves));
    out.append(",\"commentCount\":");
    appendString(out, capturewriter::countText(post.comments));
    out.append(",\"shareCount\":");
    appendString(out, capturewriter::countText(post.shares));
    out.append("},\"tagList\":[");
    for (qsizetype i = 0; !post.hashtagsInTextOnly && i < post.hashtags.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"id\":\"5c1d0a2b00000000" + QByteArray::number(i) + "\",\"name\":");
        appendString(out, capturewriter::bareTag(post.hashtags.at(i)));
        out.append(",\"type\":\"topic\"}");
    }
    out.append("],\"time\":" + QByteArray::number(post.createdAtMs) + ",\"lastUpdateTime\":"
               + QByteArray::number(post.createdAtMs));
    if (!post.region.isEmpty()) {
        out.append(",\"ipLocation\":");
        appendString(out, post.region);
    }
    out.append("}}}\n");
}
