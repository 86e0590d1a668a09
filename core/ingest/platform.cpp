#include "core/ingest/platform.h"

using namespace Qt::StringLiterals;

namespace {

struct Alias
{
    QStringView from;
    QLatin1StringView to;
};

// Matched after lower-casing. Site names appear as Zeeschuimer's `source_platform`.
constexpr Alias kAliases[] = {
    {u"rednote", "xiaohongshu"_L1},     {u"xhs", "xiaohongshu"_L1},       {u"red", "xiaohongshu"_L1},
    {u"小红书", "xiaohongshu"_L1},      {u"xiaohongshu.com", "xiaohongshu"_L1},
    {u"twitter", "x"_L1},               {u"twitter.com", "x"_L1},          {u"x.com", "x"_L1},
    {u"tiktok.com", "tiktok"_L1},       {u"douyin.com", "douyin"_L1},      {u"抖音", "douyin"_L1},
    {u"instagram.com", "instagram"_L1}, {u"youtube.com", "youtube"_L1},    {u"weibo.com", "weibo"_L1},
    {u"微博", "weibo"_L1},
    {u"bili", "bilibili"_L1},           {u"bilibili.com", "bilibili"_L1},  {u"哔哩哔哩", "bilibili"_L1},
    {u"b站", "bilibili"_L1},            {u"ks", "kuaishou"_L1},            {u"kuaishou.com", "kuaishou"_L1},
    {u"快手", "kuaishou"_L1},           {u"zhihu.com", "zhihu"_L1},        {u"知乎", "zhihu"_L1},
    {u"tieba.baidu.com", "tieba"_L1},   {u"贴吧", "tieba"_L1},             {u"百度贴吧", "tieba"_L1},
};

bool isSlugChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

Result<QString> normalizePlatform(QStringView raw)
{
    const QString lower = raw.trimmed().toString().toLower();
    for (const Alias &a : kAliases) {
        if (QStringView(lower) == a.from)
            return QString(a.to);
    }
    bool valid = !lower.isEmpty() && lower.size() <= 32;
    for (const QChar c : lower)
        valid = valid && isSlugChar(c);
    if (!valid) {
        return Error{u"invalid_value"_s,
                     u"not a platform slug [a-z0-9_]{1,32}: \""_s + raw.toString() + u'"', {}};
    }
    return lower;
}

QStringList knownPlatforms()
{
    return {u"tiktok"_s,   u"xiaohongshu"_s, u"douyin"_s,   u"instagram"_s, u"youtube"_s, u"weibo"_s,
            u"x"_s,        u"bilibili"_s,    u"kuaishou"_s, u"zhihu"_s,     u"tieba"_s};
}
