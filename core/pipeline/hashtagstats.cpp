#include "core/pipeline/hashtagstats.h"

#include <algorithm>

#include <QSet>

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

QString stoplistKey(const QString &entry)
{
    QString key = entry.trimmed();
    while (key.startsWith(u'#') || key.startsWith(u'＃'))
        key.remove(0, 1);
    return key.trimmed().toCaseFolded();
}

TagStats computeTagStats(const Dataset &data, const WindowPlan &window, const PipelineParams &params,
                         const CancelToken &cancel)
{
    TagStats stats;
    const std::size_t tagCount = std::size_t(data.tags.size());
    stats.posts.assign(tagCount, 0);
    stats.creators.assign(tagCount, 0);
    stats.keptIndex.assign(tagCount, -1);

    // Posts per tag, then the window's posts grouped by tag (counting sort) so that unique creators per tag
    // are counted with one stamp per creator instead of a set per tag.
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if (!window.inWindow(i))
            continue;
        const DatasetPost &p = data.posts[i];
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
            ++stats.posts[std::size_t(data.postTags[t])];
    }
    if (cancel.cancelled())
        return stats;
    std::vector<std::uint32_t> offset(tagCount + 1, 0);
    for (std::size_t t = 0; t < tagCount; ++t)
        offset[t + 1] = offset[t] + std::uint32_t(stats.posts[t]);
    std::vector<std::int32_t> creatorOfEntry(offset[tagCount]);
    {
        std::vector<std::uint32_t> fill(offset.begin(), offset.end() - 1);
        for (std::size_t i = 0; i < data.posts.size(); ++i) {
            if (!window.inWindow(i))
                continue;
            const DatasetPost &p = data.posts[i];
            for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
                creatorOfEntry[fill[std::size_t(data.postTags[t])]++] = p.creator;
        }
    }
    std::vector<std::int32_t> stamp(std::size_t(data.creators.size()), -1);
    for (std::size_t t = 0; t < tagCount; ++t) {
        int unique = 0;
        for (std::uint32_t e = offset[t]; e < offset[t + 1]; ++e) {
            auto &s = stamp[std::size_t(creatorOfEntry[e])];
            if (s != std::int32_t(t)) {
                s = std::int32_t(t);
                ++unique;
            }
        }
        stats.creators[t] = unique;
    }
    if (cancel.cancelled())
        return stats;

    // Every tag seen in the window, in string order: the order of kept indices and of the decisions.
    // Sorted on the first eight UTF-16 units packed in two integers (the same order as QString's operator<, shorter
    // strings first), so most comparisons never touch the strings, which live scattered on the heap.
    struct Key
    {
        std::uint64_t prefix;
        std::uint64_t next;
        std::int32_t tag;
    };
    std::vector<Key> keys;
    for (std::size_t t = 0; t < tagCount; ++t) {
        if (stats.posts[t] == 0)
            continue;
        const QString &s = data.tags.at(qsizetype(t));
        std::uint64_t prefix = 0;
        std::uint64_t next = 0;
        for (qsizetype u = 0; u < 4; ++u) {
            prefix = (prefix << 16) | (u < s.size() ? s.at(u).unicode() : 0u);
            next = (next << 16) | (u + 4 < s.size() ? s.at(u + 4).unicode() : 0u);
        }
        keys.push_back(Key{prefix, next, std::int32_t(t)});
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        if (a.next != b.next)
            return a.next < b.next;
        return data.tags.at(a.tag) < data.tags.at(b.tag);
    });
    std::vector<std::int32_t> seen;
    seen.reserve(keys.size());
    for (const Key &k : keys)
        seen.push_back(k.tag);
    stats.tagsInWindow = int(seen.size());

    QSet<QString> stoplist;
    for (const QString &entry : params.stoplist)
        stoplist.insert(stoplistKey(entry));

    for (const std::int32_t t : seen) {
        if (stoplist.contains(data.tags.at(t))) {
            ++stats.droppedByStoplist;
            stats.drops.emplace_back(t, true);
        } else if (stats.posts[std::size_t(t)] < params.minPosts) {
            ++stats.droppedByMinPosts;
            stats.drops.emplace_back(t, false);
        } else {
            stats.keptIndex[std::size_t(t)] = std::int32_t(stats.keptTags.size());
            stats.keptTags.push_back(t);
        }
    }
    return stats;
}

void logTagStats(const Dataset &data, const TagStats &stats, const PipelineParams &params, std::vector<Decision> &log)
{
    const QString stoplistRule = u"clustering.stoplist"_s;
    const QString minPostsRule = u"clustering.min_posts"_s;
    const QString minPostsText = numbertext::integer(params.minPosts);
    // Tags dropped by min_posts are most of a run's decisions (most hashtags are used once or twice) and have few
    // posts, so their values and messages repeat: built once per (posts, creators) and shared (implicitly shared
    // Qt values). The tag itself is the decision's subject.
    struct Shared
    {
        QJsonObject values;
        QString message;
    };
    std::vector<Shared> minPostsShared;
    for (const auto &[t, byStoplist] : stats.drops) {
        const QString &tag = data.tags.at(t);
        const int posts = stats.posts[std::size_t(t)];
        const int creators = stats.creators[std::size_t(t)];
        if (byStoplist) {
            decisions::add(log, decisions::kStageHashtagStats, u"tag:"_s + tag, stoplistRule,
                           QJsonObject{{u"posts"_s, posts}, {u"creators"_s, creators}}, decisions::kDropped,
                           u"#"_s + tag + u" is in clustering.stoplist ("_s + numbertext::integer(posts) + u" posts)"_s);
            continue;
        }
        const std::size_t key = std::size_t(posts) * std::size_t(posts + 1) / 2 + std::size_t(creators);
        if (minPostsShared.size() <= key)
            minPostsShared.resize(key + 1);
        Shared &shared = minPostsShared[key];
        if (shared.message.isEmpty()) {
            shared.values =
                QJsonObject{{u"posts"_s, posts}, {u"creators"_s, creators}, {u"threshold"_s, params.minPosts}};
            shared.message = numbertext::integer(posts) + (posts == 1 ? u" post"_s : u" posts"_s) + u" (by "_s
                             + numbertext::integer(creators) + (creators == 1 ? u" creator"_s : u" creators"_s)
                             + u") < clustering.min_posts = "_s + minPostsText + u": tag dropped"_s;
        }
        decisions::add(log, decisions::kStageHashtagStats, u"tag:"_s + tag, minPostsRule, shared.values,
                       decisions::kDropped, shared.message);
    }

    decisions::add(log, decisions::kStageHashtagStats, u"run"_s, minPostsRule,
                   QJsonObject{{u"tags_in_window"_s, stats.tagsInWindow},
                               {u"dropped_stoplist"_s, stats.droppedByStoplist},
                               {u"dropped_min_posts"_s, stats.droppedByMinPosts},
                               {u"kept"_s, int(stats.keptTags.size())},
                               {u"threshold"_s, params.minPosts}},
                   decisions::kComputed,
                   numbertext::integer(stats.tagsInWindow) + u" tags in the window: "_s
                       + numbertext::integer(stats.droppedByStoplist) + u" dropped by clustering.stoplist, "_s
                       + numbertext::integer(stats.droppedByMinPosts) + u" dropped by clustering.min_posts = "_s
                       + minPostsText + u", "_s + numbertext::integer(stats.keptTags.size()) + u" kept"_s);
}
