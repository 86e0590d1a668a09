#pragma once

#include <QString>
#include <QStringView>

/// What a post's URL says: the platform its host belongs to and, when the path holds it, the
/// post's id on that platform (e.g. `https://www.tiktok.com/@a/video/7268712345678901234` →
/// tiktok, 7268712345678901234). Hosts: tiktok.com, douyin.com/iesdouyin.com,
/// xiaohongshu.com/xhslink.com, weibo.com/weibo.cn, bilibili.com/b23.tv, instagram.com,
/// youtube.com/youtu.be, x.com/twitter.com, kuaishou.com, zhihu.com, tieba.baidu.com. Short links
/// (vm.tiktok.com, xhslink.com, b23.tv …) give the platform only. Anything else gives nothing:
/// a platform is never guessed from a host that does not belong to it.
struct PostUrl
{
    QString platform; ///< SPEC section 1 slug; empty when the host is not a known platform's
    QString postId;   ///< empty when the path does not hold it

    /// Parses `url` (scheme optional, case-insensitive host, query and fragment ignored except
    /// YouTube's `v=`).
    static PostUrl parse(QStringView url);
    /// True when `text` looks like an http(s) URL or a bare `host/path` of a known platform.
    static bool looksLikeUrl(QStringView text);
};
