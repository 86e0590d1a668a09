#include "tests/bench/datagen/nativendjsonwriter.h"

#include "tests/bench/datagen/jsontext.h"

using namespace Qt::StringLiterals;

QString NativeNdjsonWriter::formatId() const
{
    return u"native-ndjson"_s;
}

void NativeNdjsonWriter::write(const GeneratedPost &post, qint64 index, QByteArray &out)
{
    Q_UNUSED(index);
    using namespace jsontext;
    out.append('{');
    appendKey(out, "platform");
    appendString(out, post.platform);
    out.append(',');
    appendKey(out, "post_id");
    appendString(out, post.postId);
    out.append(',');
    appendKey(out, "creator_id");
    appendString(out, post.creatorId);
    if (!post.creatorName.isEmpty()) {
        out.append(',');
        appendKey(out, "creator_name");
        appendString(out, post.creatorName);
    }
    out.append(',');
    appendKey(out, "text");
    appendString(out, post.text);
    if (!post.hashtagsInTextOnly) {
        out.append(',');
        appendKey(out, "hashtags");
        out.append('[');
        for (qsizetype i = 0; i < post.hashtags.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, post.hashtags.at(i));
        }
        out.append(']');
    }
    const std::pair<const char *, const CountValue *> counts[] = {
        {"likes", &post.likes}, {"comments", &post.comments}, {"shares", &post.shares}, {"saves", &post.saves}};
    for (const auto &[key, value] : counts) {
        out.append(',');
        appendKey(out, key);
        appendCount(out, *value);
    }
    if (post.views) {
        out.append(',');
        appendKey(out, "views");
        appendCount(out, *post.views);
    } else if (post.unknownViewsAsNull) {
        out.append(',');
        appendKey(out, "views");
        out.append("null", 4);
    }
    out.append(',');
    appendKey(out, "created_at");
    appendTime(out, post);
    if (!post.region.isEmpty()) {
        out.append(',');
        appendKey(out, "region");
        appendString(out, post.region);
    }
    if (!post.url.isEmpty()) {
        out.append(',');
        appendKey(out, "url");
        appendString(out, post.url);
    }
    if (!post.language.isEmpty()) {
        out.append(',');
        appendKey(out, "language");
        appendString(out, post.language);
    }
    out.append("}\n", 2);
}
