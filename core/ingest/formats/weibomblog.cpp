#include "core/ingest/formats/weibomblog.h"

#include "core/ingest/formats/weibotext.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

bool isWeiboMblog(const QJsonObject &object)
{
    return object.contains("created_at"_L1) && object.value("user"_L1).isObject() &&
           (object.contains("text"_L1) || object.contains("text_raw"_L1)) &&
           (object.contains("attitudes_count"_L1) || object.contains("reposts_count"_L1) ||
            object.contains("comments_count"_L1));
}

void mapWeiboMblog(const QJsonObject &mblog, CaptureRecord &record)
{
    using F = NativePostMapper::Field;
    record.setText(F::Platform, "platform"_L1, u"weibo"_s);
    // `idstr` is the id as a string; `id` is a number, exact as long as it fits 64 bits.
    const QJsonValue id = firstPresent({mblog.value("idstr"_L1), mblog.value("mid"_L1), mblog.value("id"_L1)});
    record.set(F::PostId, "idstr"_L1, id);
    const QJsonObject user = mblog.value("user"_L1).toObject();
    const QJsonValue userId = firstPresent({user.value("idstr"_L1), user.value("id"_L1)});
    record.set(F::CreatorId, "user.id"_L1, userId);
    record.set(F::CreatorName, "user.screen_name"_L1, user.value("screen_name"_L1));
    // weibo.com's ajax API adds the plain `text_raw`; m.weibo.cn has only the HTML `text`.
    if (mblog.value("text_raw"_L1).isString())
        record.set(F::Text, "text_raw"_L1, mblog.value("text_raw"_L1));
    else if (mblog.value("text"_L1).isString())
        record.setText(F::Text, "text"_L1, weiboPlainText(mblog.value("text"_L1).toString()));
    else
        record.set(F::Text, "text"_L1, mblog.value("text"_L1)); // the mapper names the wrong type
    // `#话题#` pairs in the text are read by the mapper (paired syntax for Weibo).
    record.setTags("topic_struct"_L1, collect(mblog.value("topic_struct"_L1), "topic_title"_L1));
    record.set(F::CreatedAt, "created_at"_L1, mblog.value("created_at"_L1));
    record.set(F::Likes, "attitudes_count"_L1, mblog.value("attitudes_count"_L1));
    record.set(F::Comments, "comments_count"_L1, mblog.value("comments_count"_L1));
    record.set(F::Shares, "reposts_count"_L1, mblog.value("reposts_count"_L1));
    record.set(F::Region, "region_name"_L1, mblog.value("region_name"_L1));
    const QString bid = mblog.value("mblogid"_L1).toString(mblog.value("bid"_L1).toString());
    const QString uid = userId.isString()   ? userId.toString()
                        : userId.isDouble() ? QString::number(userId.toInteger())
                                            : QString();
    const QString postId = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toInteger()) : QString();
    if (!bid.isEmpty() && !uid.isEmpty())
        record.setText(F::Url, "mblogid"_L1, u"https://weibo.com/"_s + uid + u'/' + bid);
    else if (!postId.isEmpty())
        record.setText(F::Url, "idstr"_L1, u"https://m.weibo.cn/detail/"_s + postId);
}
