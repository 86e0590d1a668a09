#include "tests/bench/datagen/mediacrawlerdouyinwriter.h"

#include "tests/bench/datagen/capturewriterutil.h"
#include "tests/bench/datagen/jsontext.h"

using namespace Qt::StringLiterals;

QString MediaCrawlerDouyinWriter::formatId() const
{
    return u"mediacrawler-douyin"_s;
}

void MediaCrawlerDouyinWriter::write(const GeneratedPost &post, qint64 index, QByteArray &out)
{
    using namespace jsontext;
    QString desc = post.text;
    if (!post.hashtagsInTextOnly) {
        for (const QString &tag : post.hashtags)
            desc += u" #"_s + capturewriter::bareTag(tag);
    }
    out.append("{\"aweme_id\": ");
    appendString(out, post.postId);
    out.append(", \"aweme_type\": \"0\", \"title\": ");
    appendString(out, desc);
    out.append(", \"desc\": ");
    appendString(out, desc);
    out.append(", \"create_time\": " + QByteArray::number(post.createdAtMs / 1000) + ", \"user_id\": ");
    appendString(out, post.creatorId);
    out.append(", \"sec_uid\": \"MS4wLjABAAAAdemoDouyinSecUid\", \"nickname\": ");
    appendString(out, post.creatorName);
    // MediaCrawler stores str(int) counters; the generator's "1.2万" spellings are kept as written.
    const std::pair<const char *, const CountValue *> counts[] = {{"liked_count", &post.likes},
                                                                  {"collected_count", &post.saves},
                                                                  {"comment_count", &post.comments},
                                                                  {"share_count", &post.shares}};
    for (const auto &[key, value] : counts) {
        out.append(", \"");
        out.append(key);
        out.append("\": ");
        appendString(out, capturewriter::countText(*value));
    }
    if (!post.region.isEmpty()) {
        out.append(", \"ip_location\": ");
        appendString(out, post.region);
    }
    out.append(", \"last_modify_ts\": " + QByteArray::number(capturewriter::captureMs(post, index))
               + ", \"aweme_url\": ");
    appendString(out, QString(u"https://www.douyin.com/video/"_s + post.postId));
    out.append(", \"source_keyword\": \"抹茶拿铁\"}\n");
}
