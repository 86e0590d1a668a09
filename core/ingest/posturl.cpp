#include "core/ingest/posturl.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

/// `host` is `domain` or one of its subdomains.
bool hostIs(QStringView host, QStringView domain)
{
    if (!host.endsWith(domain, Qt::CaseInsensitive))
        return false;
    return host.size() == domain.size() || host[host.size() - domain.size() - 1] == u'.';
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool alnumId(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

/// The segment after `key` in `segs` ("video" → the id after /video/).
QStringView after(const QVarLengthArray<QStringView, 8> &segs, QStringView key)
{
    for (qsizetype i = 0; i + 1 < segs.size(); ++i) {
        if (segs[i].compare(key, Qt::CaseInsensitive) == 0)
            return segs[i + 1];
    }
    return {};
}

/// The value of `key` in a query string "a=1&v=xyz".
QStringView queryValue(QStringView query, QStringView key)
{
    for (QStringView part : query.tokenize(u'&')) {
        if (part.startsWith(key) && part.size() > key.size() && part[key.size()] == u'=')
            return part.sliced(key.size() + 1);
    }
    return {};
}

} // namespace

bool PostUrl::looksLikeUrl(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"http://", Qt::CaseInsensitive) || text.startsWith(u"https://", Qt::CaseInsensitive))
        return !text.contains(u' ');
    return !text.contains(u' ') && !parse(text).platform.isEmpty();
}

PostUrl PostUrl::parse(QStringView url)
{
    PostUrl out;
    url = url.trimmed();
    if (const qsizetype scheme = url.indexOf(u"://"); scheme >= 0 && scheme < 8)
        url = url.sliced(scheme + 3);
    qsizetype hostEnd = 0;
    while (hostEnd < url.size() && url[hostEnd] != u'/' && url[hostEnd] != u'?' && url[hostEnd] != u'#')
        ++hostEnd;
    QStringView host = url.first(hostEnd);
    if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0)
        host = host.sliced(at + 1);
    if (const qsizetype colon = host.indexOf(u':'); colon >= 0)
        host = host.first(colon);
    if (host.isEmpty() || !host.contains(u'.'))
        return out;
    QStringView rest = url.sliced(hostEnd);
    QStringView query;
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.first(hash);
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.sliced(q + 1);
        rest = rest.first(q);
    }
    QVarLengthArray<QStringView, 8> segs;
    for (QStringView seg : rest.tokenize(u'/', Qt::SkipEmptyParts)) {
        if (segs.size() == 8)
            break;
        segs.append(seg);
    }

    if (hostIs(host, u"tiktok.com")) {
        out.platform = u"tiktok"_s;
        QStringView id = after(segs, u"video");
        if (id.isEmpty())
            id = after(segs, u"photo");
        if (allDigits(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"douyin.com") || hostIs(host, u"iesdouyin.com")) {
        out.platform = u"douyin"_s;
        QStringView id = after(segs, u"video");
        if (id.isEmpty())
            id = after(segs, u"note");
        if (id.isEmpty())
            id = queryValue(query, u"modal_id");
        if (allDigits(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"xiaohongshu.com") || hostIs(host, u"xhslink.com")) {
        out.platform = u"xiaohongshu"_s;
        QStringView id = after(segs, u"explore");
        if (id.isEmpty())
            id = after(segs, u"item");
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"weibo.com") || hostIs(host, u"weibo.cn")) {
        out.platform = u"weibo"_s;
        // m.weibo.cn/detail/<mid>, m.weibo.cn/status/<mid>, weibo.com/<uid>/<mid or bid>
        QStringView id = after(segs, u"detail");
        if (id.isEmpty())
            id = after(segs, u"status");
        if (id.isEmpty() && segs.size() == 2 && allDigits(segs[0]))
            id = segs[1];
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"bilibili.com") || hostIs(host, u"b23.tv")) {
        out.platform = u"bilibili"_s;
        const QStringView id = after(segs, u"video");
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"instagram.com")) {
        out.platform = u"instagram"_s;
        QStringView id = after(segs, u"p");
        if (id.isEmpty())
            id = after(segs, u"reel");
        if (id.isEmpty())
            id = after(segs, u"tv");
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"youtube.com") || hostIs(host, u"youtu.be")) {
        out.platform = u"youtube"_s;
        QStringView id = hostIs(host, u"youtu.be") && !segs.isEmpty() ? segs[0] : queryValue(query, u"v");
        if (id.isEmpty())
            id = after(segs, u"shorts");
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"x.com") || hostIs(host, u"twitter.com")) {
        out.platform = u"x"_s;
        const QStringView id = after(segs, u"status");
        if (allDigits(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"kuaishou.com") || hostIs(host, u"gifshow.com")) {
        out.platform = u"kuaishou"_s;
        QStringView id = after(segs, u"short-video");
        if (id.isEmpty())
            id = after(segs, u"photo");
        if (alnumId(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"zhihu.com")) {
        out.platform = u"zhihu"_s;
        QStringView id = after(segs, u"answer");
        if (id.isEmpty() && hostIs(host, u"zhuanlan.zhihu.com"))
            id = after(segs, u"p");
        if (id.isEmpty())
            id = after(segs, u"pin");
        if (allDigits(id))
            out.postId = id.toString();
    } else if (hostIs(host, u"tieba.baidu.com")) {
        out.platform = u"tieba"_s;
        const QStringView id = after(segs, u"p");
        if (allDigits(id))
            out.postId = id.toString();
    }
    return out;
}
