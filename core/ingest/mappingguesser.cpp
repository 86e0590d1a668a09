#include "core/ingest/mappingguesser.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include "core/ingest/columnmapper.h"
#include "core/ingest/countparser.h"
#include "core/ingest/platform.h"
#include "core/ingest/posturl.h"
#include "core/ingest/timeparser.h"

using namespace Qt::StringLiterals;

namespace {

struct Synonym
{
    QStringView name; ///< normalized: lower-case, no separators, no array indexes
    QLatin1StringView field;
    int score;
};

// Header names of the tools analysts bring (custom scrapers, Apify, MediaCrawler, 4CAT, Bazhuayu,
// Octoparse, twarc, yt-dlp, Weibo and Xiaohongshu spiders), normalized. Scores: ids of a thing 100,
// the usual name 90, generic names 70. A name is still checked against the values.
const Synonym kSynonyms[] = {
    // post_id
    {u"postid", "post_id"_L1, 100}, {u"id", "post_id"_L1, 80}, {u"videoid", "post_id"_L1, 95},
    {u"vidid", "post_id"_L1, 95}, {u"awemeid", "post_id"_L1, 100}, {u"noteid", "post_id"_L1, 100},
    {u"mid", "post_id"_L1, 90}, {u"mblogid", "post_id"_L1, 95}, {u"weiboid", "post_id"_L1, 95},
    {u"tweetid", "post_id"_L1, 100}, {u"statusid", "post_id"_L1, 95}, {u"idstr", "post_id"_L1, 90},
    {u"restid", "post_id"_L1, 95}, {u"shortcode", "post_id"_L1, 95}, {u"itemid", "post_id"_L1, 90},
    {u"bvid", "post_id"_L1, 95}, {u"photoid", "post_id"_L1, 95}, {u"answerid", "post_id"_L1, 95},
    {u"contentid", "post_id"_L1, 90}, {u"threadid", "post_id"_L1, 90}, {u"mediaid", "post_id"_L1, 90},
    {u"微博id", "post_id"_L1, 100}, {u"帖子id", "post_id"_L1, 100}, {u"笔记id", "post_id"_L1, 100},
    {u"视频id", "post_id"_L1, 100}, {u"作品id", "post_id"_L1, 100}, {u"id号", "post_id"_L1, 80},
    // creator_id: ids first, then unique handles
    {u"authorid", "creator_id"_L1, 100}, {u"userid", "creator_id"_L1, 100}, {u"uid", "creator_id"_L1, 95},
    {u"ownerid", "creator_id"_L1, 100}, {u"creatorid", "creator_id"_L1, 100}, {u"authormetaid", "creator_id"_L1, 100},
    {u"authorid", "creator_id"_L1, 100}, {u"useridstr", "creator_id"_L1, 95}, {u"secuid", "creator_id"_L1, 90},
    {u"channelid", "creator_id"_L1, 95}, {u"authorchannelid", "creator_id"_L1, 95},
    {u"用户id", "creator_id"_L1, 100}, {u"作者id", "creator_id"_L1, 100}, {u"博主id", "creator_id"_L1, 100},
    {u"uniqueid", "creator_id"_L1, 90}, {u"authoruniqueid", "creator_id"_L1, 92}, {u"authormetaname", "creator_id"_L1, 90},
    {u"ownerusername", "creator_id"_L1, 90}, {u"username", "creator_id"_L1, 85}, {u"screenname", "creator_id"_L1, 90},
    {u"userscreenname", "creator_id"_L1, 90}, {u"handle", "creator_id"_L1, 85}, {u"authorhandle", "creator_id"_L1, 88},
    {u"authorusername", "creator_id"_L1, 90}, {u"vidauthorid", "creator_id"_L1, 95}, {u"用户名", "creator_id"_L1, 85},
    {u"账号", "creator_id"_L1, 85},
    // a handle is also the best creator name when no display name is there
    {u"username", "creator_name"_L1, 75}, {u"ownerusername", "creator_name"_L1, 75},
    {u"screenname", "creator_name"_L1, 75}, {u"用户名", "creator_name"_L1, 75},
    // creator_name
    {u"author", "creator_name"_L1, 90}, {u"user", "creator_name"_L1, 85}, {u"nickname", "creator_name"_L1, 90},
    {u"authornickname", "creator_name"_L1, 92}, {u"authormetanickname", "creator_name"_L1, 92},
    {u"ownerfullname", "creator_name"_L1, 90}, {u"displayname", "creator_name"_L1, 90}, {u"authorname", "creator_name"_L1, 90},
    {u"channeltitle", "creator_name"_L1, 90}, {u"channelname", "creator_name"_L1, 90}, {u"creator", "creator_name"_L1, 85},
    {u"creatorname", "creator_name"_L1, 90}, {u"usernickname", "creator_name"_L1, 90}, {u"vidauthor", "creator_name"_L1, 90},
    {u"作者", "creator_name"_L1, 90}, {u"微博作者", "creator_name"_L1, 95}, {u"昵称", "creator_name"_L1, 90},
    {u"用户昵称", "creator_name"_L1, 90}, {u"博主", "creator_name"_L1, 90}, {u"发布者", "creator_name"_L1, 90},
    {u"用户", "creator_name"_L1, 85}, {u"作者昵称", "creator_name"_L1, 92}, {u"博主昵称", "creator_name"_L1, 92},
    {u"up主", "creator_name"_L1, 90}, {u"名称", "creator_name"_L1, 70},
    // text
    {u"text", "text"_L1, 90}, {u"desc", "text"_L1, 90}, {u"description", "text"_L1, 88}, {u"caption", "text"_L1, 90},
    {u"vidcaption", "text"_L1, 95}, {u"vidtext", "text"_L1, 95}, {u"content", "text"_L1, 90}, {u"body", "text"_L1, 85},
    {u"message", "text"_L1, 80}, {u"fulltext", "text"_L1, 92}, {u"tweet", "text"_L1, 85}, {u"tweettext", "text"_L1, 92},
    {u"posttext", "text"_L1, 92}, {u"title", "text"_L1, 70}, {u"微博内容", "text"_L1, 95}, {u"微博正文", "text"_L1, 95},
    {u"正文", "text"_L1, 92}, {u"内容", "text"_L1, 90}, {u"文案", "text"_L1, 90}, {u"描述", "text"_L1, 85},
    {u"笔记内容", "text"_L1, 95}, {u"视频描述", "text"_L1, 95}, {u"帖子内容", "text"_L1, 95}, {u"回答内容", "text"_L1, 95},
    {u"标题", "text"_L1, 70}, {u"视频标题", "text"_L1, 80},
    // hashtags
    {u"hashtags", "hashtags"_L1, 95}, {u"hashtag", "hashtags"_L1, 92}, {u"tags", "hashtags"_L1, 90},
    {u"taglist", "hashtags"_L1, 92}, {u"hashtagsname", "hashtags"_L1, 95}, {u"challenges", "hashtags"_L1, 85},
    {u"challengestitle", "hashtags"_L1, 88}, {u"topics", "hashtags"_L1, 85}, {u"vidhashtags", "hashtags"_L1, 95},
    {u"话题", "hashtags"_L1, 92}, {u"标签", "hashtags"_L1, 92}, {u"话题标签", "hashtags"_L1, 95}, {u"tag", "hashtags"_L1, 85},
    // likes
    {u"likes", "likes"_L1, 95}, {u"likecount", "likes"_L1, 95}, {u"likescount", "likes"_L1, 95},
    {u"diggcount", "likes"_L1, 95}, {u"vidnlike", "likes"_L1, 95}, {u"nlike", "likes"_L1, 90},
    {u"favoritecount", "likes"_L1, 90}, {u"attitudescount", "likes"_L1, 95}, {u"likedcount", "likes"_L1, 95},
    {u"statsdiggcount", "likes"_L1, 95}, {u"点赞数", "likes"_L1, 95}, {u"点赞", "likes"_L1, 92}, {u"赞", "likes"_L1, 85},
    {u"点赞量", "likes"_L1, 95}, {u"获赞", "likes"_L1, 85}, {u"digg", "likes"_L1, 90},
    // comments
    {u"comments", "comments"_L1, 95}, {u"commentcount", "comments"_L1, 95}, {u"commentscount", "comments"_L1, 95},
    {u"vidncomment", "comments"_L1, 95}, {u"ncomment", "comments"_L1, 90}, {u"replycount", "comments"_L1, 90},
    {u"replies", "comments"_L1, 85}, {u"评论数", "comments"_L1, 95}, {u"评论", "comments"_L1, 90}, {u"评论量", "comments"_L1, 95},
    // shares
    {u"shares", "shares"_L1, 95}, {u"sharecount", "shares"_L1, 95}, {u"sharescount", "shares"_L1, 95},
    {u"vidnshare", "shares"_L1, 95}, {u"nshare", "shares"_L1, 90}, {u"repostcount", "shares"_L1, 95},
    {u"repostscount", "shares"_L1, 95}, {u"reposts", "shares"_L1, 92}, {u"retweetcount", "shares"_L1, 95},
    {u"retweets", "shares"_L1, 92}, {u"forwardcount", "shares"_L1, 95}, {u"转发数", "shares"_L1, 95},
    {u"转发", "shares"_L1, 90}, {u"分享数", "shares"_L1, 95}, {u"分享", "shares"_L1, 88}, {u"转发量", "shares"_L1, 95},
    // saves
    {u"saves", "saves"_L1, 95}, {u"savecount", "saves"_L1, 95}, {u"collectcount", "saves"_L1, 95},
    {u"collectedcount", "saves"_L1, 95}, {u"bookmarkcount", "saves"_L1, 95}, {u"bookmarks", "saves"_L1, 90},
    {u"vidnsave", "saves"_L1, 95}, {u"收藏数", "saves"_L1, 95}, {u"收藏", "saves"_L1, 90}, {u"收藏量", "saves"_L1, 95},
    // views
    {u"views", "views"_L1, 95}, {u"viewcount", "views"_L1, 95}, {u"viewscount", "views"_L1, 95},
    {u"playcount", "views"_L1, 95}, {u"plays", "views"_L1, 90}, {u"vidnview", "views"_L1, 95}, {u"nview", "views"_L1, 90},
    {u"impressioncount", "views"_L1, 90}, {u"videoviewcount", "views"_L1, 95}, {u"videoplaycount", "views"_L1, 95},
    {u"播放量", "views"_L1, 95}, {u"播放数", "views"_L1, 95}, {u"浏览量", "views"_L1, 95}, {u"阅读数", "views"_L1, 95},
    {u"观看数", "views"_L1, 95}, {u"阅读量", "views"_L1, 95}, {u"观看次数", "views"_L1, 95},
    // created_at
    {u"createdat", "created_at"_L1, 95}, {u"created", "created_at"_L1, 90}, {u"createtime", "created_at"_L1, 95},
    {u"createtimeiso", "created_at"_L1, 97}, {u"date", "created_at"_L1, 85}, {u"datetime", "created_at"_L1, 88},
    {u"time", "created_at"_L1, 80}, {u"timestamp", "created_at"_L1, 88}, {u"publishedat", "created_at"_L1, 95},
    {u"publisheddate", "created_at"_L1, 95}, {u"publishtime", "created_at"_L1, 95}, {u"postedat", "created_at"_L1, 95},
    {u"posttime", "created_at"_L1, 95}, {u"vidposttime", "created_at"_L1, 97}, {u"uploaddate", "created_at"_L1, 92},
    {u"takenattimestamp", "created_at"_L1, 92}, {u"takenat", "created_at"_L1, 90}, {u"pubdate", "created_at"_L1, 92},
    {u"发布时间", "created_at"_L1, 97}, {u"时间", "created_at"_L1, 85}, {u"发布日期", "created_at"_L1, 95},
    {u"创建时间", "created_at"_L1, 95}, {u"日期", "created_at"_L1, 85}, {u"发帖时间", "created_at"_L1, 95},
    {u"发文时间", "created_at"_L1, 95}, {u"上传时间", "created_at"_L1, 92},
    // region, url, language, platform
    {u"region", "region"_L1, 90}, {u"country", "region"_L1, 85}, {u"iplocation", "region"_L1, 92},
    {u"locationcreated", "region"_L1, 90}, {u"地区", "region"_L1, 90}, {u"ip属地", "region"_L1, 95}, {u"国家", "region"_L1, 85},
    {u"url", "url"_L1, 92}, {u"link", "url"_L1, 88}, {u"posturl", "url"_L1, 95}, {u"weburl", "url"_L1, 92},
    {u"webvideourl", "url"_L1, 95}, {u"videourl", "url"_L1, 80}, {u"permalink", "url"_L1, 92}, {u"vidurl", "url"_L1, 95},
    {u"noteurl", "url"_L1, 95}, {u"shareurl", "url"_L1, 85}, {u"链接", "url"_L1, 92}, {u"网址", "url"_L1, 90},
    {u"微博链接", "url"_L1, 95}, {u"笔记链接", "url"_L1, 95}, {u"视频链接", "url"_L1, 92}, {u"原文链接", "url"_L1, 95},
    {u"language", "language"_L1, 90}, {u"lang", "language"_L1, 90}, {u"语言", "language"_L1, 90},
    {u"platform", "platform"_L1, 95}, {u"site", "platform"_L1, 80}, {u"sourceplatform", "platform"_L1, 92},
    {u"平台", "platform"_L1, 95}, {u"来源平台", "platform"_L1, 95},
};

struct Part
{
    QStringView token;
    QLatin1StringView field;
};

// Words inside longer names (`vid_nlike_total`, `转发数量`): weaker than a whole name, and checked
// against the values like every guess.
const Part kParts[] = {
    {u"like", "likes"_L1},        {u"digg", "likes"_L1},       {u"赞", "likes"_L1},
    {u"comment", "comments"_L1},  {u"评论", "comments"_L1},    {u"share", "shares"_L1},
    {u"repost", "shares"_L1},     {u"retweet", "shares"_L1},   {u"forward", "shares"_L1},
    {u"转发", "shares"_L1},       {u"分享", "shares"_L1},      {u"view", "views"_L1},
    {u"play", "views"_L1},        {u"播放", "views"_L1},       {u"阅读", "views"_L1},
    {u"浏览", "views"_L1},        {u"collect", "saves"_L1},    {u"bookmark", "saves"_L1},
    {u"收藏", "saves"_L1},        {u"time", "created_at"_L1},  {u"date", "created_at"_L1},
    {u"时间", "created_at"_L1},   {u"日期", "created_at"_L1},  {u"url", "url"_L1},
    {u"link", "url"_L1},          {u"链接", "url"_L1},         {u"hashtag", "hashtags"_L1},
    {u"话题", "hashtags"_L1},     {u"caption", "text"_L1},     {u"content", "text"_L1},
    {u"内容", "text"_L1},         {u"正文", "text"_L1},        {u"nickname", "creator_name"_L1},
    {u"作者", "creator_name"_L1}, {u"昵称", "creator_name"_L1},
};

const QLatin1StringView kCountFields[] = {"likes"_L1, "comments"_L1, "shares"_L1, "saves"_L1, "views"_L1};
const QStringView kKnownPlatforms[] = {u"tiktok", u"xiaohongshu", u"douyin",   u"instagram", u"youtube", u"weibo",
                                       u"x",      u"bilibili",    u"kuaishou", u"zhihu",     u"tieba"};

/// The name without separators, array indexes or case: `authorMeta/name` → `authormetaname`.
QString normalized(const QString &column, bool lastOnly)
{
    QStringList segments = column.toLower().split(QRegularExpression(u"[/.]"_s), Qt::SkipEmptyParts);
    segments.removeIf([](const QString &s) {
        return s == u"*"_s || std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    });
    if (segments.isEmpty())
        return QString();
    QString joined = lastOnly ? segments.last() : segments.join(QString());
    joined.removeIf([](QChar c) { return c == u'_' || c == u'-' || c.isSpace() || c == u':' || c == u'(' || c == u')'; });
    return joined;
}

/// What a column's sample values look like (fractions of its non-empty values).
struct Profile
{
    int nonEmpty = 0;
    double counts = 0;     ///< parse as counts ("541.2K", "1.2万")
    double times = 0;      ///< parse as times (numbers only as epoch s/ms of 10 or 13 digits)
    double textTimes = 0;  ///< parse as times and are not plain numbers
    double urls = 0;
    double platforms = 0;  ///< known platform names
    double tags = 0;       ///< "#a #b" or short comma lists
    double spaced = 0;     ///< contain whitespace
    double avgLength = 0;
    QStringList urlPlatforms; ///< platforms of the URLs (distinct)
    double urlIds = 0;        ///< URLs that hold a post id
};

bool isPlainNumber(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isDigit() && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

bool looksLikeTags(QStringView s)
{
    s = s.trimmed();
    if (s.startsWith(u'#') || s.startsWith(u'＃'))
        return true;
    if (s.startsWith(u'[') && s.endsWith(u']'))
        return true; // a Python/JSON list dumped into a cell
    const QList<QStringView> parts = s.split(u',');
    if (parts.size() < 2)
        return false;
    for (QStringView p : parts) {
        p = p.trimmed();
        if (p.isEmpty() || p.size() > 40 || p.contains(u' '))
            return false;
    }
    return true;
}

Profile profile(const QList<QStringList> &rows, const QList<int> &columns, const TimeParser &times)
{
    Profile p;
    qint64 length = 0;
    for (const QStringList &row : rows) {
        for (const int c : columns) {
            if (c >= row.size())
                continue;
            const QString value = row[c].trimmed();
            if (value.isEmpty())
                continue;
            ++p.nonEmpty;
            length += value.size();
            const bool number = isPlainNumber(value);
            if (parseCount(value).ok)
                p.counts += 1;
            if (number ? (value.size() == 10 || value.size() == 13) && times.parse(value).ok()
                       : times.parse(value).ok()) {
                p.times += 1;
                if (!number)
                    p.textTimes += 1;
            }
            if (PostUrl::looksLikeUrl(value)) {
                p.urls += 1;
                const PostUrl url = PostUrl::parse(value);
                if (!url.platform.isEmpty() && !p.urlPlatforms.contains(url.platform))
                    p.urlPlatforms.append(url.platform);
                if (!url.postId.isEmpty())
                    p.urlIds += 1;
            }
            if (const Result<QString> slug = normalizePlatform(value);
                slug.ok() && std::find(std::begin(kKnownPlatforms), std::end(kKnownPlatforms), QStringView(slug.value()))
                                 != std::end(kKnownPlatforms))
                p.platforms += 1;
            if (looksLikeTags(value))
                p.tags += 1;
            if (value.contains(u' '))
                p.spaced += 1;
        }
    }
    if (p.nonEmpty > 0) {
        for (double *f : {&p.counts, &p.times, &p.textTimes, &p.urls, &p.platforms, &p.tags, &p.spaced, &p.urlIds})
            *f /= p.nonEmpty;
        p.avgLength = double(length) / p.nonEmpty;
    }
    return p;
}

constexpr double kMost = 0.8; // "the values agree": at least 80 % of the non-empty ones

/// Whether the values allow `field` at all (a column with no values allows anything).
bool valuesAllow(QLatin1StringView field, const Profile &p)
{
    if (p.nonEmpty == 0)
        return true;
    if (std::find(std::begin(kCountFields), std::end(kCountFields), field) != std::end(kCountFields))
        return p.counts >= kMost;
    if (field == "created_at"_L1)
        return p.times >= kMost;
    if (field == "url"_L1)
        return p.urls >= kMost;
    if (field == "platform"_L1)
        return p.platforms >= kMost;
    if (field == "post_id"_L1 || field == "creator_id"_L1)
        return p.spaced < 0.2 && p.avgLength <= 128 && p.urls < kMost;
    if (field == "region"_L1 || field == "language"_L1)
        return p.avgLength <= 40 && p.urls < kMost;
    return true;
}

struct Group
{
    QString pattern;   ///< the column, or its array form `hashtags/*/name`
    QList<int> columns;
};

struct Candidate
{
    int group;
    QLatin1StringView field;
    int score;
};

} // namespace

MappingGuess MappingGuesser::guess(const TableSample &sample, const QString &platform)
{
    MappingGuess out;
    out.columnFields = QStringList(sample.columns.size());
    // Relative dates ("3天前") count as times: anchor them at the clock (only the guess uses it).
    const TimeParser times(QTimeZone::utc(), QDateTime::currentMSecsSinceEpoch());

    // Columns of one flattened list (`hashtags/0/name`, `hashtags/1/name`) are one group.
    QList<Group> groups;
    QHash<QString, int> groupOf;
    for (int c = 0; c < sample.columns.size(); ++c) {
        const QString pattern = columnPattern(sample.columns[c]);
        const int g = groupOf.value(pattern, -1);
        if (g >= 0) {
            groups[g].columns.append(c);
        } else {
            groupOf.insert(pattern, int(groups.size()));
            groups.append(Group{pattern == sample.columns[c] ? sample.columns[c] : pattern, {c}});
        }
    }

    QList<Profile> profiles;
    QList<Candidate> candidates;
    for (int g = 0; g < groups.size(); ++g) {
        const Profile p = profile(sample.rows, groups[g].columns, times);
        profiles.append(p);
        const QString whole = normalized(groups[g].pattern, false);
        const QString last = normalized(groups[g].pattern, true);
        for (const Synonym &s : kSynonyms) {
            int score = 0;
            if (whole == s.name)
                score = s.score;
            else if (last == s.name && last != whole && s.name != u"id")
                score = s.score - 15;
            if (score > 0 && valuesAllow(s.field, p))
                candidates.append(Candidate{g, s.field, score});
        }
        for (const Part &part : kParts) {
            if (whole.contains(part.token) && valuesAllow(part.field, p))
                candidates.append(Candidate{g, part.field, 40});
        }
        // From the values alone.
        if (p.nonEmpty > 0) {
            if (p.urls >= kMost)
                candidates.append(Candidate{g, "url"_L1, 45});
            if (p.textTimes >= kMost)
                candidates.append(Candidate{g, "created_at"_L1, 45});
            if (p.platforms >= kMost)
                candidates.append(Candidate{g, "platform"_L1, 45});
            if (p.tags >= kMost && p.avgLength < 120)
                candidates.append(Candidate{g, "hashtags"_L1, 35});
            if (p.urls < kMost && p.textTimes < kMost && p.counts < kMost && p.avgLength >= 20 && p.spaced >= 0.5)
                candidates.append(Candidate{g, "text"_L1, 20 + int(qMin(p.avgLength, 200.0) / 20)});
        }
    }
    // Highest score first; ties: the column further left.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.group < b.group;
    });
    QList<bool> groupTaken(groups.size(), false);
    for (const Candidate &c : candidates) {
        if (groupTaken[c.group] || out.mapping.fields.contains(QString(c.field)))
            continue;
        groupTaken[c.group] = true;
        out.mapping.fields.insert(QString(c.field), groups[c.group].pattern);
        for (const int column : groups[c.group].columns)
            out.columnFields[column] = QString(c.field);
    }

    out.mapping.columns = sample.columns;
    if (out.mapping.fields.contains(u"platform"_s)) {
        out.platformSource = u"column"_s;
    } else if (const QString url = out.mapping.fields.value(u"url"_s); !url.isEmpty()
               && !profiles[groupOf.value(columnPattern(url), 0)].urlPlatforms.isEmpty()) {
        out.platformSource = u"url"_s;
    }
    if (!platform.isEmpty()) {
        out.mapping.platform = platform;
        if (out.platformSource.isEmpty())
            out.platformSource = u"given"_s;
    }
    out.missing = missingFields(out.mapping, sample);
    return out;
}

QStringList MappingGuesser::missingFields(const ColumnMapping &mapping, const TableSample &sample)
{
    // The URL column's values say whether it gives post ids and platforms.
    bool urlIds = false;
    bool urlPlatforms = false;
    if (const QString url = mapping.fields.value(u"url"_s); !url.isEmpty()) {
        for (int c = 0; c < sample.columns.size(); ++c) {
            if (!ColumnMapper::matches(url, sample.columns[c]))
                continue;
            for (const QStringList &row : sample.rows) {
                const PostUrl parsed = c < row.size() ? PostUrl::parse(row[c]) : PostUrl{};
                urlIds = urlIds || !parsed.postId.isEmpty();
                urlPlatforms = urlPlatforms || !parsed.platform.isEmpty();
            }
        }
    }
    const auto has = [&](const QString &field) { return !mapping.fields.value(field).trimmed().isEmpty(); };
    QStringList missing;
    if (!has(u"post_id"_s) && !urlIds)
        missing.append(u"post_id"_s);
    if (!has(u"creator_id"_s) && !has(u"creator_name"_s))
        missing.append(u"creator_id"_s);
    if (!has(u"created_at"_s))
        missing.append(u"created_at"_s);
    if (!has(u"platform"_s) && !urlPlatforms && mapping.platform.trimmed().isEmpty())
        missing.append(u"platform"_s);
    return missing;
}
